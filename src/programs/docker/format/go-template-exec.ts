/** The executor of Go 1.24's text/template (exec.go), walking a parsed tree over JS values (go-template-values.ts)
 *  and failing with Go's messages: `template: :1:2: executing "" at <.Foo>: can't evaluate field Foo in type T`.
 *
 *  It mirrors exec.go's bookkeeping of "where am I" (s.at), so that the `at <…>` part names the same node as Go's
 *  does, and its missingkey option (default: a missing map key is no value; error: `map has no entry for key`).
 *  Output written before an error is kept: docker prints a table header that far, and drops a row. The State
 *  class stays whole, method for method with exec.go, so the two can be read side by side. */
import { goQuote, printValue as fmtValue } from './go-template-fmt'
import { BUILTINS, type FuncMap, type GoFunc } from './go-template-funcs'
import {
  nodeString, type ArgNode, type BranchNode, type ChainNode, type CommandNode, type FieldNode, type IdentifierNode, type ListNode, type Node,
  type NumberNode, type PipeNode, type TreeSet, type VariableNode,
} from './go-template-nodes'
import { GoFloat, GoNil, isTrue, kindOf, memberOf, signatureOf, sortedEntries, typeName, utf8Length, type GoParam } from './go-template-values'

export type MissingKey = 'default' | 'zero' | 'error'

export interface ExecContext {
  /** The parse name: the first part of every error location. */
  readonly parseName: string
  readonly set: TreeSet
  readonly funcs: FuncMap
  readonly missingKey: MissingKey
}

/** An execution error with Go's message; `output` is what was written before it. */
export class TemplateExecError extends Error {}

const MISSING: unique symbol = Symbol('missing')
type Final = unknown

const BREAK = { walk: 'break' }
const CONTINUE = { walk: 'continue' }

/** Recursion through {{template}} stops here (Go allows 100000; a browser's stack does not). */
const MAX_DEPTH = 1000

type AnyNode = Node | ArgNode | CommandNode

class State {
  out = ''
  node: AnyNode | undefined
  vars: { name: string; value: unknown }[]

  constructor(
    private readonly ctx: ExecContext,
    private readonly name: string,
    data: unknown,
    private readonly depth = 0,
  ) {
    this.vars = [{ name: '$', value: data }]
  }

  // ------------------------------------------------------------------------------------------------ errors

  at(node: AnyNode): void {
    this.node = node
  }

  errorf(message: string): never {
    if (!this.node) throw new TemplateExecError(`template: ${this.name}: ${message}`)
    const text = this.ctx.set.text.slice(0, this.node.pos)
    const nl = text.lastIndexOf('\n')
    const byteNum = nl < 0 ? utf8Length(text) : utf8Length(text.slice(nl + 1))
    const line = 1 + text.split('\n').length - 1
    throw new TemplateExecError(
      `template: ${this.ctx.parseName}:${line}:${byteNum}: executing ${goQuote(this.name)} at <${nodeString(this.node)}>: ${message}`,
    )
  }

  // ------------------------------------------------------------------------------------------------ variables

  mark(): number {
    return this.vars.length
  }

  pop(mark: number): void {
    this.vars.length = mark
  }

  push(name: string, value: unknown): void {
    this.vars.push({ name, value })
  }

  setVar(name: string, value: unknown): void {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      if (this.vars[i].name === name) {
        this.vars[i].value = value
        return
      }
    }
    this.errorf(`undefined variable: ${name}`)
  }

  setTopVar(n: number, value: unknown): void {
    this.vars[this.vars.length - n].value = value
  }

  varValue(name: string): unknown {
    for (let i = this.vars.length - 1; i >= 0; i--) if (this.vars[i].name === name) return this.vars[i].value
    return this.errorf(`undefined variable: ${name}`)
  }

  // ------------------------------------------------------------------------------------------------ walking

  walk(dot: unknown, node: Node): void {
    this.at(node)
    switch (node.type) {
      case 'action': {
        const val = this.evalPipeline(dot, node.pipe)
        if (node.pipe.decl.length === 0) this.printValue(node, val)
        return
      }
      case 'break': throw BREAK
      case 'continue': throw CONTINUE
      case 'comment': return
      case 'if': case 'with': return this.walkIfOrWith(node, dot)
      case 'list': for (const n of node.nodes) this.walk(dot, n); return
      case 'range': return this.walkRange(dot, node)
      case 'template': return this.walkTemplate(dot, node.name, node.pipe)
      case 'text': this.out += node.text; return
    }
  }

  walkIfOrWith(node: BranchNode, dot: unknown): void {
    const mark = this.mark()
    try {
      const val = this.evalPipeline(dot, node.pipe)
      if (isTrue(val)) this.walk(node.type === 'with' ? val : dot, node.list)
      else if (node.elseList) this.walk(dot, node.elseList)
    } finally {
      this.pop(mark)
    }
  }

  walkRange(dot: unknown, r: BranchNode): void {
    this.at(r)
    const outer = this.mark()
    try {
      const val = this.evalPipeline(dot, r.pipe)
      const mark = this.mark()
      const decl = r.pipe.decl
      const oneIteration = (index: unknown, elem: unknown) => {
        if (decl.length > 0) {
          if (r.pipe.isAssign) this.setVar(decl[0].ident[0], decl.length > 1 ? index : elem)
          else this.setTopVar(1, elem)
        }
        if (decl.length > 1) {
          if (r.pipe.isAssign) this.setVar(decl[1].ident[0], elem)
          else this.setTopVar(2, index)
        }
        try {
          this.walk(elem, r.list)
        } catch (e) {
          if (e !== CONTINUE) throw e
        } finally {
          this.pop(mark)
        }
      }
      let ran = false
      switch (kindOf(val)) {
        case 'int': {
          if (decl.length > 1) this.errorf(`can't use ${fmtValue(val)} to iterate over more than one variable`)
          const n = val as number | bigint
          if (typeof n === 'bigint') for (let i = 0n; i < n; i++) { ran = true; oneIteration(undefined, i) }
          else for (let i = 0; i < n; i++) { ran = true; oneIteration(undefined, i) }
          break
        }
        case 'slice':
          (val as unknown[]).forEach((e, i) => { ran = true; oneIteration(i, e ?? null) })
          break
        case 'map':
          for (const [k, v] of sortedEntries(val as object)) { ran = true; oneIteration(k, v ?? null) }
          break
        case 'invalid': case 'nil':
          break
        default:
          this.errorf(`range can't iterate over ${fmtValue(val)}`)
      }
      if (!ran && r.elseList) this.walk(dot, r.elseList)
    } catch (e) {
      if (e !== BREAK) throw e
    } finally {
      this.pop(outer)
    }
  }

  walkTemplate(dot: unknown, name: string, pipe: PipeNode | undefined): void {
    const tree = this.ctx.set.trees.get(name)
    if (!tree) this.errorf(`template ${goQuote(name)} not defined`)
    if (this.depth >= MAX_DEPTH) this.errorf('exceeded maximum template depth (100000)')
    const newDot = this.evalPipeline(dot, pipe)
    const inner = new State(this.ctx, name, newDot, this.depth + 1)
    inner.out = this.out
    try {
      inner.walk(newDot, tree)
    } finally {
      this.out = inner.out
    }
  }

  // ------------------------------------------------------------------------------------------------ evaluation

  evalPipeline(dot: unknown, pipe: PipeNode | undefined): unknown {
    if (!pipe) return undefined
    this.at(pipe)
    let value: unknown = MISSING
    for (const cmd of pipe.cmds) {
      value = this.evalCommand(dot, cmd, value)
      // An empty interface holding nothing is no value.
      if (value === null) value = undefined
    }
    for (const v of pipe.decl) {
      if (pipe.isAssign) this.setVar(v.ident[0], value)
      else this.push(v.ident[0], value)
    }
    return value
  }

  notAFunction(args: readonly ArgNode[] | null, final: Final): void {
    if ((args && args.length > 1) || final !== MISSING) this.errorf(`can't give argument to non-function ${nodeString(args![0])}`)
  }

  evalCommand(dot: unknown, cmd: CommandNode, final: Final): unknown {
    const first = cmd.args[0]
    switch (first.type) {
      case 'field': return this.evalFieldNode(dot, first, cmd.args, final)
      case 'chain': return this.evalChainNode(dot, first, cmd.args, final)
      case 'identifier': return this.evalFunction(dot, first, cmd, cmd.args, final)
      case 'pipe':
        this.notAFunction(cmd.args, final)
        return this.evalPipeline(dot, first)
      case 'variable': return this.evalVariableNode(dot, first, cmd.args, final)
    }
    this.at(first)
    this.notAFunction(cmd.args, final)
    switch (first.type) {
      case 'bool': return first.value
      case 'dot': return dot
      case 'nil': return this.errorf('nil is not a command')
      case 'number': return this.idealConstant(first)
      case 'string': return first.text
    }
  }

  idealConstant(n: NumberNode): unknown {
    this.at(n)
    if (n.isComplex) return n.text
    const hexInt = /^[+-]?0[xX]/.test(n.text) && !/[pP]/.test(n.text)
    if (n.isFloat && !hexInt && !n.text.startsWith("'") && /[.eEpP]/.test(n.text)) {
      return Number.isInteger(n.float) ? new GoFloat(n.float!) : n.float
    }
    if (n.isInt) return n.int
    if (n.isUint) this.errorf(`${n.text} overflows int`)
    return undefined
  }

  evalFieldNode(dot: unknown, field: FieldNode, args: readonly ArgNode[] | null, final: Final): unknown {
    this.at(field)
    return this.evalFieldChain(dot, dot, field, field.ident, args, final)
  }

  evalChainNode(dot: unknown, chain: ChainNode, args: readonly ArgNode[] | null, final: Final): unknown {
    this.at(chain)
    if (chain.field.length === 0) this.errorf('internal error: no fields in evalChainNode')
    if (chain.node.type === 'nil') this.errorf(`indirection through explicit nil in ${nodeString(chain)}`)
    const pipe = this.evalArg(dot, undefined, chain.node)
    return this.evalFieldChain(dot, pipe, chain, chain.field, args, final)
  }

  evalVariableNode(dot: unknown, variable: VariableNode, args: readonly ArgNode[] | null, final: Final): unknown {
    this.at(variable)
    const value = this.varValue(variable.ident[0])
    if (variable.ident.length === 1) {
      this.notAFunction(args, final)
      return value
    }
    return this.evalFieldChain(dot, value, variable, variable.ident.slice(1), args, final)
  }

  evalFieldChain(dot: unknown, receiver: unknown, node: AnyNode, ident: readonly string[], args: readonly ArgNode[] | null, final: Final): unknown {
    // What a map of interface{} hands out has the static type interface {}, which Go's errors name.
    let staticType: string | undefined
    for (let i = 0; i < ident.length - 1; i++) {
      const fromMap = kindOf(receiver) === 'map' && typeName(receiver) === 'map[string]interface {}'
      receiver = this.evalField(dot, ident[i], node, null, MISSING, receiver, staticType)
      staticType = fromMap ? 'interface {}' : undefined
    }
    return this.evalField(dot, ident[ident.length - 1], node, args, final, receiver, staticType)
  }

  evalFunction(dot: unknown, node: IdentifierNode, cmd: AnyNode, args: readonly ArgNode[] | null, final: Final): unknown {
    this.at(node)
    const name = node.ident
    const own = Object.prototype.hasOwnProperty.call(this.ctx.funcs, name) ? this.ctx.funcs[name] : undefined
    const builtin = Object.prototype.hasOwnProperty.call(BUILTINS, name) ? BUILTINS[name] : undefined
    const fn = own ?? builtin
    if (!fn) this.errorf(`${goQuote(name)} is not a defined function`)
    return this.evalCall(dot, fn, own === undefined, cmd, name, args, final)
  }

  evalField(dot: unknown, fieldName: string, node: AnyNode, args: readonly ArgNode[] | null, final: Final, receiver: unknown, staticType?: string): unknown {
    const kind = kindOf(receiver)
    if (kind === 'invalid') {
      if (this.ctx.missingKey === 'error') this.errorf(`nil data; no entry for key ${goQuote(fieldName)}`)
      return undefined
    }
    if (kind === 'nil') this.errorf(`nil pointer evaluating interface {}.${fieldName}`)
    if (kind === 'ptr') this.errorf(`nil pointer evaluating ${(receiver as GoNil).typeName}.${fieldName}`)
    const hasArgs = (args !== null && args.length > 1) || final !== MISSING
    if (kind === 'struct' || kind === 'map') {
      const member = memberOf(receiver as object, fieldName)
      if (member.found && typeof member.value === 'function') {
        const method = member.value as (...a: unknown[]) => unknown
        const bound: GoFunc = { ...signatureOf(method), fn: ((...a: unknown[]) => method.apply(receiver, a)) as (...args: never[]) => unknown }
        return this.evalCall(dot, bound, false, node, fieldName, args, final)
      }
      if (kind === 'struct' && member.found && member.value !== undefined) {
        if (hasArgs) this.errorf(`${fieldName} has arguments but cannot be invoked as function`)
        return member.value
      }
      if (kind === 'map') {
        if (hasArgs) this.errorf(`${fieldName} is not a method but has arguments`)
        if (member.found && member.value !== undefined) return member.value
        switch (this.ctx.missingKey) {
          case 'default': return undefined
          case 'zero': return typeName(receiver) === 'map[string]string' ? '' : null
          case 'error': this.errorf(`map has no entry for key ${goQuote(fieldName)}`)
        }
      }
    }
    return this.errorf(`can't evaluate field ${fieldName} in type ${staticType ?? typeName(receiver)}`)
  }

  evalCall(dot: unknown, fun: GoFunc, isBuiltin: boolean, node: AnyNode, name: string, argNodes: readonly ArgNode[] | null, final: Final): unknown {
    const args = argNodes ? argNodes.slice(1) : []
    const { params, variadic } = fun
    const numIn = args.length + (final !== MISSING ? 1 : 0)
    let numFixed = args.length
    if (variadic !== undefined) {
      numFixed = params.length
      if (numIn < numFixed) this.errorf(`wrong number of args for ${name}: want at least ${params.length} got ${args.length}`)
    } else if (numIn !== params.length) {
      this.errorf(`wrong number of args for ${name}: want ${params.length} got ${numIn}`)
    }

    if (isBuiltin && (fun.special === 'and' || fun.special === 'or')) {
      let v: unknown
      for (const arg of args) {
        v = this.evalArg(dot, 'value', arg)
        if (isTrue(v) === (fun.special === 'or')) return v
      }
      if (final !== MISSING) v = this.validateType(final, 'value')
      return v
    }

    const argv: unknown[] = []
    let i = 0
    for (; i < numFixed && i < args.length; i++) argv[i] = this.evalArg(dot, params[i], args[i])
    if (variadic !== undefined) for (; i < args.length; i++) argv[i] = this.evalArg(dot, variadic, args[i])
    if (final !== MISSING) {
      let t: GoParam = variadic !== undefined ? variadic : params[params.length - 1]
      if (variadic !== undefined && numIn - 1 < numFixed) t = params[numIn - 1]
      argv[i] = this.validateType(final, t)
    }
    if (isBuiltin && fun.special === 'call') {
      const callee = args.length === 0 ? String(final) : nodeString(args[0])
      argv.unshift(callee)
    }
    try {
      return (fun.fn as (...a: unknown[]) => unknown)(...argv)
    } catch (e) {
      if (e instanceof TemplateExecError) throw e
      this.at(node)
      return this.errorf(`error calling ${name}: ${e instanceof Error ? e.message : String(e)}`)
    }
  }

  validateType(value: unknown, typ: GoParam | undefined): unknown {
    if (value === undefined) {
      switch (typ) {
        case undefined: case 'value': return undefined
        case 'any': return null
        case '[]string': return null
        default: return this.errorf(`invalid value; expected ${typ}`)
      }
    }
    if (typ === undefined || typ === 'value' || typ === 'any') return value
    const ok =
      typ === 'string' ? typeof value === 'string'
        : typ === 'int' ? kindOf(value) === 'int' && !(value instanceof GoFloat)
          : typ === 'bool' ? typeof value === 'boolean'
            : Array.isArray(value) && value.every((e) => typeof e === 'string')
    if (!ok) this.errorf(`wrong type for value; expected ${typ}; got ${typeName(value)}`)
    return typ === 'int' ? Number(value) : value
  }

  evalArg(dot: unknown, typ: GoParam | undefined, n: ArgNode): unknown {
    this.at(n)
    switch (n.type) {
      case 'dot': return this.validateType(dot, typ)
      case 'nil':
        if (typ === 'value' || typ === undefined) return undefined
        if (typ === 'any' || typ === '[]string') return null
        return this.errorf(`cannot assign nil to ${typ}`)
      case 'field': return this.validateType(this.evalFieldNode(dot, n, [n], MISSING), typ)
      case 'variable': return this.validateType(this.evalVariableNode(dot, n, null, MISSING), typ)
      case 'pipe': return this.validateType(this.evalPipeline(dot, n), typ)
      case 'identifier': return this.validateType(this.evalFunction(dot, n, n, null, MISSING), typ)
      case 'chain': return this.validateType(this.evalChainNode(dot, n, null, MISSING), typ)
    }
    switch (typ) {
      case 'bool':
        if (n.type === 'bool') return n.value
        return this.errorf(`expected bool; found ${nodeString(n)}`)
      case 'int':
        if (n.type === 'number' && n.isInt) return Number(n.int)
        return this.errorf(`expected integer; found ${nodeString(n)}`)
      case 'string':
        if (n.type === 'string') return n.text
        return this.errorf(`expected string; found ${nodeString(n)}`)
      case 'any': case 'value': case undefined:
        return this.evalEmptyInterface(dot, n)
      default:
        return this.errorf(`can't handle ${nodeString(n)} for arg of type ${typ}`)
    }
  }

  evalEmptyInterface(dot: unknown, n: ArgNode): unknown {
    this.at(n)
    switch (n.type) {
      case 'bool': return n.value
      case 'dot': return dot
      case 'field': return this.evalFieldNode(dot, n, null, MISSING)
      case 'identifier': return this.evalFunction(dot, n, n, null, MISSING)
      case 'nil': return this.errorf("evalEmptyInterface: nil (can't happen)")
      case 'number': return this.idealConstant(n)
      case 'string': return n.text
      case 'variable': return this.evalVariableNode(dot, n, null, MISSING)
      case 'pipe': return this.evalPipeline(dot, n)
      case 'chain': return this.evalChainNode(dot, n, null, MISSING)
    }
  }

  printValue(node: AnyNode, v: unknown): void {
    this.at(node)
    if (v === undefined) {
      this.out += '<no value>'
      return
    }
    if (typeof v === 'function') this.errorf(`can't print ${nodeString(node)} of type ${typeName(v)}`)
    this.out += v instanceof GoNil ? '<nil>' : fmtValue(v)
  }
}

export interface ExecResult {
  /** What the template wrote, up to the error if there was one. */
  readonly output: string
  readonly error?: string
}

/** Template.Execute of the named tree over data. */
export function execute(ctx: ExecContext, name: string, data: unknown): ExecResult {
  const state = new State(ctx, name, data)
  try {
    const tree: ListNode | undefined = ctx.set.trees.get(name)
    if (!tree) return state.errorf(`${goQuote(name)} is an incomplete or empty template`)
    state.walk(data, tree)
    return { output: state.out }
  } catch (e) {
    if (e instanceof TemplateExecError) return { output: state.out, error: e.message }
    if (e instanceof RangeError) return { output: state.out, error: `template: ${name}: exceeded maximum template depth (100000)` }
    throw e
  }
}
