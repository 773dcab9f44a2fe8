/** Lesson Markdown, rendered with marked and sanitised with DOMPurify. A ```sh block gets a Run button that types
 *  its lines into the terminal, one Enter per line. */
import { useMemo } from 'react'
import { Marked } from 'marked'
import DOMPurify from 'dompurify'

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const marked = new Marked({
  renderer: {
    code({ text, lang }) {
      const code = `<pre><code>${escape(text)}</code></pre>`
      if (lang !== 'sh') return code
      return `<div class="runnable">${code}<button type="button" class="run" data-run="${escape(JSON.stringify(text.split('\n')))}">▶ Run</button></div>`
    },
  },
})

export function Markdown({ source, onRun, runLabel }: { source: string; onRun(lines: string[]): void; runLabel: string }) {
  const html = useMemo(() => DOMPurify.sanitize(marked.parse(source, { async: false }).replaceAll('▶ Run', `▶ ${escape(runLabel)}`)), [source, runLabel])
  return (
    <div className="markdown" dangerouslySetInnerHTML={{ __html: html }}
      onClick={(e) => {
        const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-run]')
        if (button) onRun(JSON.parse(button.dataset.run!) as string[])
      }} />
  )
}
