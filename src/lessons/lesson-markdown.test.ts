import { describe, expect, it } from 'vitest'
import { isRunnableIn, parseLessonText, runnableBlocks } from './lesson-markdown'

const FILE = 'lessons/04-search-pull/en.md'
const md = (...lines: string[]) => lines.join('\n')

describe('splitting a locale file into steps', () => {
  it('takes the introduction, then one section per step heading with its title', () => {
    const r = parseLessonText(md(
      'Images come from a registry.',
      '',
      '## step: search Find an image',
      'Search Docker Hub:',
      '```sh',
      'docker search nginx',
      '```',
      '## step: pull-alpine Pull alpine',
      'Then pull it.',
    ), ['search', 'pull-alpine'], FILE)
    expect(r.errors).toEqual([])
    expect(r.text.intro).toBe('Images come from a registry.')
    expect(r.text.steps.search).toEqual({
      title: 'Find an image',
      markdown: 'Search Docker Hub:\n```sh\ndocker search nginx\n```',
      runnable: [{ lines: ['docker search nginx'] }],
    })
    expect(r.text.steps['pull-alpine'].markdown).toBe('Then pull it.')
  })

  it('refuses a misspelt step heading instead of folding it into the previous step', () => {
    const r = parseLessonText(md('## step: a A', 'text', '## Step: b B', 'more'), ['a', 'b'], FILE)
    expect(r.errors).toEqual([
      `${FILE}:3: "## Step: b B" is not a step heading (write "## step: <id> <title>"; use ### and deeper inside a step)`,
      `${FILE}: no section for step "b" (add "## step: b <title>")`,
    ])
  })

  it('allows ### headings in a step and ## lines inside code blocks', () => {
    const r = parseLessonText(md('## step: a A', '### Why', 'because', '```text', '## not a heading', '```'), ['a'], FILE)
    expect(r.errors).toEqual([])
    expect(r.text.steps.a.markdown).toContain('## not a heading')
  })

  it('reports missing, unknown, repeated, empty and misordered sections', () => {
    expect(parseLessonText(md('## step: a A', 'x', '## step: zz Z', 'y'), ['a', 'b'], FILE).errors).toEqual([
      `${FILE}:3: section for unknown step "zz"`,
      `${FILE}: no section for step "b" (add "## step: b <title>")`,
    ])
    expect(parseLessonText(md('## step: a A', 'x', '## step: a A again', 'y'), ['a'], FILE).errors).toEqual([
      `${FILE}:3: second section for step "a"`,
    ])
    expect(parseLessonText(md('## step: a A', '', '## step: b B', 'y'), ['a', 'b'], FILE).errors).toEqual([
      `${FILE}:1: step "a" has no text`,
    ])
    expect(parseLessonText(md('## step: b B', 'x', '## step: a A', 'y'), ['a', 'b'], FILE).errors).toEqual([
      `${FILE}: step sections are in the order b, a; lesson.json has a, b`,
    ])
  })

  it('wants a title after the step id', () => {
    expect(parseLessonText(md('## step: a', 'x'), ['a'], FILE).errors[0]).toBe(
      `${FILE}:1: "## step: a" is not a step heading (write "## step: <id> <title>"; use ### and deeper inside a step)`,
    )
  })

  it('reports a code block that is never closed', () => {
    expect(parseLessonText(md('## step: a A', '```sh', 'docker ps'), ['a'], FILE).errors).toEqual([
      `${FILE}:3: a code block opened with \`\`\` is never closed`,
    ])
  })
})

describe('runnable blocks', () => {
  it('are the sh blocks only', () => {
    expect(runnableBlocks(md('```console', '$ docker ps', '```', '```sh', 'docker ps', 'docker ps -a', '```', '```', 'plain', '```')))
      .toEqual([{ lines: ['docker ps', 'docker ps -a'] }])
  })

  it('hold a solution line as a whole line, and a multi-line entry as consecutive lines', () => {
    const step = { title: 't', markdown: '', runnable: [{ lines: ['cat > /etc/docker/daemon.json <<EOF', '{}', 'EOF', 'docker ps'] }] }
    expect(isRunnableIn(step, 'docker ps')).toBe(true)
    expect(isRunnableIn(step, 'docker p')).toBe(false)
    expect(isRunnableIn(step, 'cat > /etc/docker/daemon.json <<EOF\n{}\nEOF')).toBe(true)
    expect(isRunnableIn(step, 'cat > /etc/docker/daemon.json <<EOF\nEOF')).toBe(false)
  })
})
