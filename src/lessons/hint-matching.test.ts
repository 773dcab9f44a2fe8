import { describe, expect, it } from 'vitest'
import { givenWorld } from './given-world.test-helper'
import { applicableHints, conditionHolds } from './hint-matching'
import type { Hint, Step } from './lesson-format'

const text = (en: string) => ({ 'zh-CN': en, en })
const marks = { history: 0, commands: 0 }

const exitedAtOnce: Hint = {
  when: [
    { check: 'containerExited', args: { image: 'alpine' } },
    { check: 'containerRunning', args: { image: 'alpine' }, not: true },
  ],
  text: text('alpine exited at once: run it with -it, or give it a long-running command'),
}
const notEnabled: Hint = {
  when: [{ check: 'daemonRunning', args: {} }, { check: 'unitEnabled', args: { unit: 'docker' }, not: true }],
  text: text('Docker runs now but will not start after a reboot: systemctl enable docker'),
}
const step: Step = { id: 's', goals: [{ check: 'containerRunning', args: { image: 'alpine' } }], hints: [exitedAtOnce, notEnabled], solution: ['x'] }

describe('hint matching', () => {
  it('negates a condition with not', () => {
    const w = givenWorld({ running: false })
    expect(conditionHolds({ check: 'daemonRunning', args: {} }, w, marks)).toBe(false)
    expect(conditionHolds({ check: 'daemonRunning', args: {}, not: true }, w, marks)).toBe(true)
  })

  it('shows a hint when all of its conditions hold', () => {
    const w = givenWorld({ images: ['alpine:latest'], containers: [{ image: 'alpine', status: 'exited' }] })
    expect(applicableHints(step, w, marks)).toEqual([exitedAtOnce])
  })

  it('hides it as soon as one condition fails', () => {
    const w = givenWorld({ images: ['alpine:latest'], containers: [{ image: 'alpine', status: 'exited' }, { image: 'alpine', status: 'running' }] })
    expect(applicableHints(step, w, marks)).toEqual([])
  })

  it('lists every applicable hint in the lesson\'s order', () => {
    const w = givenWorld({
      units: { docker: { enabled: false, active: true } },
      images: ['alpine:latest'], containers: [{ image: 'alpine', status: 'exited' }],
    })
    expect(applicableHints(step, w, marks)).toEqual([exitedAtOnce, notEnabled])
  })

  it('reads history conditions from the step\'s start', () => {
    const hint: Hint = { when: [{ check: 'commandRan', args: { pattern: '^docker exec .*bash' } }], text: text('alpine has no bash') }
    const s: Step = { ...step, hints: [hint] }
    const w = givenWorld({ history: ['docker exec -it box bash'] })
    expect(applicableHints(s, w, { history: 0, commands: 0 })).toEqual([hint])
    expect(applicableHints(s, w, { history: 1, commands: 0 })).toEqual([])
  })
})
