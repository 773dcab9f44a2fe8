/** Which hints apply: a hint names a misconception by the state it leaves behind (an alpine container that exited at
 *  once, a daemon started but not enabled) and shows while all of its conditions hold. Pure, like the checks. */
import { evaluateCheck, type StepMarks } from './goal-checks'
import type { Condition, Hint, Step } from './lesson-format'
import type { World } from './world'

export function conditionHolds(c: Condition, world: World, marks: StepMarks): boolean {
  return evaluateCheck(c, world, marks) !== (c.not === true)
}

export const hintApplies = (h: Hint, world: World, marks: StepMarks): boolean => h.when.every((c) => conditionHolds(c, world, marks))

/** The step's hints that apply now, in the order the lesson lists them. */
export function applicableHints(step: Step, world: World, marks: StepMarks): Hint[] {
  return step.hints.filter((h) => hintApplies(h, world, marks))
}
