/** Running compound commands: { }, ( ), if, while/until, for, for ((…)), case, [[ ]] and (( )).
 *  Conditions run "tested" (set -e does not apply in them). Loops call `checkpoint` every iteration, so Ctrl-C
 *  (Killed from the process) and a broken pipe end them, and they catch break/continue meant for them.
 *  The status of a loop is that of the last body run, 0 if none ran. */
import type { CompoundCommand, Script, Word } from './ast'
import { ArithmeticError, evaluateArithmetic } from './arithmetic'
import { runConditional } from './conditional-expression'
import { LoopSignal } from './control-flow'
import { createExpansionContext } from './expansion-host'
import { arithmeticScope } from './parameter-expansion'
import { matchPattern } from './pattern'
import type { Io, Runtime } from './runtime'
import { preempt } from '../os/kernel'
import { checkpoint, isValidName, report, setVariable } from './runtime'
import { expandPattern, expandString, expandWords } from './word-expansion'

async function tested(rt: Runtime, script: Script, io: Io): Promise<number> {
  rt.testedDepth++
  try {
    return await rt.exec.script(rt, script, io)
  } finally {
    rt.testedDepth--
  }
}

/** Runs one loop body; `control` says whether a break or continue for this loop arrived. */
async function loopBody(rt: Runtime, body: Script, io: Io): Promise<{ status: number; control: 'break' | 'continue' | null }> {
  try {
    return { status: await rt.exec.script(rt, body, io), control: null }
  } catch (e) {
    if (!(e instanceof LoopSignal)) throw e
    if (e.levels > 1) { e.levels--; throw e }
    return { status: 0, control: e.kind }
  }
}

/** Runs `next` until it says stop, counting as a loop for break and continue. */
async function loop(rt: Runtime, io: Io, next: () => Promise<Script | null>): Promise<number> {
  let status = 0
  rt.loopDepth++
  try {
    for (;;) {
      checkpoint(rt, io)
      // A loop that never waits must still let Ctrl-C in (and the page paint).
      const turn = preempt()
      if (turn) { await turn; checkpoint(rt, io) }
      const body = await next()
      if (!body) break
      const result = await loopBody(rt, body, io)
      status = result.status
      if (result.control === 'break') break
    }
  } finally {
    rt.loopDepth--
  }
  return status
}

/** (( expression )) and the clauses of for ((…)): the value, or null after reporting an error. */
async function arithmetic(rt: Runtime, word: Word, io: Io): Promise<bigint | null> {
  const text = await expandString(word, createExpansionContext(rt, io))
  try {
    return evaluateArithmetic(text, arithmeticScope(createExpansionContext(rt, io)))
  } catch (e) {
    if (!(e instanceof ArithmeticError)) throw e
    report(rt, io, e.message, '((')
    return null
  }
}

export async function runCompound(rt: Runtime, command: CompoundCommand, io: Io): Promise<number> {
  switch (command.type) {
    case 'brace':
      return rt.exec.script(rt, command.body, io)
    case 'subshell':
      return rt.exec.subshell(rt, command.body, io)
    case 'if':
      for (const clause of command.clauses) {
        if ((await tested(rt, clause.condition, io)) === 0) return rt.exec.script(rt, clause.body, io)
      }
      return command.elseBody ? rt.exec.script(rt, command.elseBody, io) : 0
    case 'while':
      return loop(rt, io, async () => ((await tested(rt, command.condition, io)) === 0) !== command.until ? command.body : null)
    case 'for': {
      const ctx = createExpansionContext(rt, io)
      const items = command.items ? await expandWords(command.items, ctx, { braces: rt.config.dialect === 'bash' }) : [...rt.state.positional]
      if (!isValidName(command.name)) {
        report(rt, io, `\`${command.name}': not a valid identifier`)
        return 1
      }
      let i = 0
      return loop(rt, io, async () => {
        if (i >= items.length) return null
        setVariable(rt, command.name, items[i++])
        return command.body
      })
    }
    case 'arith-for': {
      if (command.init.raw.trim() && (await arithmetic(rt, command.init, io)) === null) return 1
      let first = true
      return loop(rt, io, async () => {
        if (!first && command.update.raw.trim() && (await arithmetic(rt, command.update, io)) === null) return null
        first = false
        if (!command.condition.raw.trim()) return command.body
        const value = await arithmetic(rt, command.condition, io)
        return value ? command.body : null
      })
    }
    case 'case': {
      const ctx = createExpansionContext(rt, io)
      const subject = await expandString(command.subject, ctx)
      for (const item of command.items) {
        for (const pattern of item.patterns) {
          if (matchPattern(await expandPattern(pattern, ctx), subject)) return rt.exec.script(rt, item.body, io)
        }
      }
      return 0
    }
    case 'conditional':
      return runConditional(rt, command.items, io)
    case 'arith': {
      const value = await arithmetic(rt, command.expression, io)
      return value === null || value === 0n ? 1 : 0
    }
  }
}
