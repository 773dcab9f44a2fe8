/** The parser of Go 1.24's text/template/parse: tokens from go-template-lex.ts into trees of nodes, with Go's
 *  parse errors word for word (`template: :1: function "foo" not defined`, `unexpected EOF`, …).
 *
 *    list     := (text | action | {{if pipe}} list [{{else [if|with] …}} list] {{end}} | {{range …}} | {{with …}}
 *                 | {{define "n"}} list {{end}} | {{block "n" pipe}} list {{end}} | {{template "n" [pipe]}}
 *                 | {{break}} | {{continue}})*
 *    pipe     := [$x [, $y] (:= | =)] command ('|' command)*
 *    command  := operand (space operand)*
 *    operand  := term ('.' Field)*     term := .Field | $var | func | . | nil | literal | '(' pipe ')'
 *
 *  Invariant: parsing never executes. Nodes are in go-template-nodes.ts, literals in go-template-literals.ts; the
 *  Parser class stays whole, method for method with parse.go, so the two can be read side by side. */
import { goQuote } from './go-template-fmt'
import { itemString, Lexer, type Item, type ItemType } from './go-template-lex'
import { newNumber, unquote } from './go-template-literals'
import { nodeString, type ArgNode, type BranchNode, type BreakNode, type CommandNode, type ListNode, type Node, type PipeNode, type TemplateNode, type TreeSet, type VariableNode } from './go-template-nodes'

/** A parse error with Go's message. */
export class TemplateParseError extends Error {}

// ---------------------------------------------------------------------------------------------------- parser

class Parser {
  private readonly token: Item[] = []
  private peekCount = 0
  private vars: string[] = ['$']
  private actionLine = 0
  private rangeDepth = 0
  /** The line of the last token the lexer handed out: Go's t.token[0].line, which errorf prints. */
  private lastLine = 1

  constructor(
    private readonly lex: Lexer,
    private readonly name: string,
    private readonly hasFunction: (name: string) => boolean,
    private readonly trees: Map<string, ListNode>,
  ) {
    lex.options = { emitComment: false, breakOK: !hasFunction('break'), continueOK: !hasFunction('continue') }
  }

  private fetch(): Item {
    const i = this.lex.nextItem()
    this.lastLine = i.line
    return i
  }

  next(): Item {
    if (this.peekCount > 0) this.peekCount--
    else this.token[0] = this.fetch()
    return this.token[this.peekCount]
  }

  backup(): void {
    this.peekCount++
  }

  backup2(t1: Item): void {
    this.token[1] = t1
    this.peekCount = 2
  }

  backup3(t2: Item, t1: Item): void {
    this.token[1] = t1
    this.token[2] = t2
    this.peekCount = 3
  }

  peek(): Item {
    if (this.peekCount > 0) return this.token[this.peekCount - 1]
    this.peekCount = 1
    this.token[0] = this.fetch()
    return this.token[0]
  }

  nextNonSpace(): Item {
    let token: Item
    do token = this.next()
    while (token.typ === 'space')
    return token
  }

  peekNonSpace(): Item {
    const token = this.nextNonSpace()
    this.backup()
    return token
  }

  errorf(message: string): never {
    throw new TemplateParseError(`template: ${this.name}:${this.lastLine}: ${message}`)
  }

  expect(expected: ItemType, context: string): Item {
    const token = this.nextNonSpace()
    if (token.typ !== expected) this.unexpected(token, context)
    return token
  }

  unexpected(token: Item, context: string): never {
    if (token.typ === 'error') {
      let extra = ''
      if (this.actionLine !== 0 && this.actionLine !== token.line) {
        extra = ` in action started at ${this.name}:${this.actionLine}`
        if (token.val.endsWith(' action')) extra = extra.slice(' in action'.length)
      }
      this.errorf(`${itemString(token)}${extra}`)
    }
    this.errorf(`unexpected ${itemString(token)} in ${context}`)
  }

  /** Tree.parse: the top level, where {{define}} may appear. */
  parse(): ListNode {
    const root: ListNode = { type: 'list', pos: this.peek().pos, nodes: [] }
    while (this.peek().typ !== 'eof') {
      if (this.peek().typ === 'leftDelim') {
        const delim = this.next()
        if (this.nextNonSpace().typ === 'define') {
          this.parseDefinition()
          continue
        }
        this.backup2(delim)
      }
      const n = this.textOrAction()
      if (n.type === 'end' || n.type === 'else') this.errorf(`unexpected ${n.type === 'end' ? '{{end}}' : '{{else}}'}`)
      root.nodes.push(n as Node)
    }
    return root
  }

  /** A {{define}} or {{block}} body is a tree of its own: only $ is in scope, and no range encloses it. */
  private withScope<T>(body: () => T): T {
    const saved = { vars: this.vars, rangeDepth: this.rangeDepth }
    this.vars = ['$']
    this.rangeDepth = 0
    try {
      return body()
    } finally {
      this.vars = saved.vars
      this.rangeDepth = saved.rangeDepth
    }
  }

  private parseDefinition(): void {
    const context = 'define clause'
    const nameTok = this.nextNonSpace()
    if (nameTok.typ !== 'string' && nameTok.typ !== 'rawString') this.unexpected(nameTok, context)
    const name = unquote(nameTok.val)
    if (name === undefined) this.errorf('invalid syntax')
    this.expect('rightDelim', context)
    this.withScope(() => {
      const { list, next } = this.itemList()
      if (next.type !== 'end') this.errorf(`unexpected ${next.type === 'else' ? '{{else}}' : '{{end}}'} in ${context}`)
      this.addTree(name, list)
    })
  }

  addTree(name: string, list: ListNode): void {
    const existing = this.trees.get(name)
    if (existing === undefined || isEmptyTree(existing)) {
      this.trees.set(name, list)
      return
    }
    if (!isEmptyTree(list)) this.errorf(`template: multiple definition of template ${goQuote(name)}`)
  }

  private itemList(): { list: ListNode; next: { type: 'end' | 'else'; pos: number } } {
    const list: ListNode = { type: 'list', pos: this.peekNonSpace().pos, nodes: [] }
    while (this.peekNonSpace().typ !== 'eof') {
      const n = this.textOrAction()
      if (n.type === 'end' || n.type === 'else') return { list, next: n as { type: 'end' | 'else'; pos: number } }
      list.nodes.push(n as Node)
    }
    this.errorf('unexpected EOF')
  }

  private textOrAction(): Node | { type: 'end' | 'else'; pos: number } {
    const token = this.nextNonSpace()
    switch (token.typ) {
      case 'text': return { type: 'text', pos: token.pos, text: token.val }
      case 'leftDelim':
        this.actionLine = token.line
        try {
          return this.action()
        } finally {
          this.actionLine = 0
        }
      case 'comment': return { type: 'comment', pos: token.pos, text: token.val }
      default: this.unexpected(token, 'input')
    }
  }

  private action(): Node | { type: 'end' | 'else'; pos: number } {
    const token = this.nextNonSpace()
    switch (token.typ) {
      case 'block': return this.blockControl()
      case 'break': return this.breakControl(token.pos, 'break')
      case 'continue': return this.breakControl(token.pos, 'continue')
      case 'else': return this.elseControl()
      case 'end': return { type: 'end', pos: this.expect('rightDelim', 'end').pos }
      case 'if': return this.parseControl('if')
      case 'range': return this.parseControl('range')
      case 'template': return this.templateControl()
      case 'with': return this.parseControl('with')
    }
    this.backup()
    const pos = this.peek().pos
    return { type: 'action', pos, pipe: this.pipeline('command', 'rightDelim') }
  }

  private breakControl(pos: number, kind: 'break' | 'continue'): BreakNode {
    const token = this.nextNonSpace()
    if (token.typ !== 'rightDelim') this.unexpected(token, `{{${kind}}}`)
    if (this.rangeDepth === 0) this.errorf(`{{${kind}}} outside {{range}}`)
    return { type: kind, pos }
  }

  private elseControl(): { type: 'else'; pos: number } {
    const peek = this.peekNonSpace()
    if (peek.typ === 'if' || peek.typ === 'with') return { type: 'else', pos: peek.pos }
    return { type: 'else', pos: this.expect('rightDelim', 'else').pos }
  }

  private pipeline(context: string, end: ItemType): PipeNode {
    const pipe: PipeNode = { type: 'pipe', pos: this.peekNonSpace().pos, isAssign: false, decl: [], cmds: [] }
    decls: for (;;) {
      const v = this.peekNonSpace()
      if (v.typ !== 'variable') break
      this.next()
      const tokenAfterVariable = this.peek()
      const next = this.peekNonSpace()
      if (next.typ === 'assign' || next.typ === 'declare') {
        pipe.isAssign = next.typ === 'assign'
        this.nextNonSpace()
        pipe.decl.push({ type: 'variable', pos: v.pos, ident: v.val.split('.') })
        this.vars.push(v.val)
      } else if (next.typ === 'char' && next.val === ',') {
        this.nextNonSpace()
        pipe.decl.push({ type: 'variable', pos: v.pos, ident: v.val.split('.') })
        this.vars.push(v.val)
        if (context === 'range' && pipe.decl.length < 2) {
          const t = this.peekNonSpace().typ
          if (t === 'variable' || t === 'rightDelim' || t === 'rightParen') continue decls
          this.errorf('range can only initialize variables')
        }
        this.errorf(`too many declarations in ${context}`)
      } else if (tokenAfterVariable.typ === 'space') {
        this.backup3(v, tokenAfterVariable)
      } else {
        this.backup2(v)
      }
      break
    }
    for (;;) {
      const token = this.nextNonSpace()
      if (token.typ === end) {
        this.checkPipeline(pipe, context)
        return pipe
      }
      switch (token.typ) {
        case 'bool': case 'charConstant': case 'complex': case 'dot': case 'field': case 'identifier':
        case 'number': case 'nil': case 'rawString': case 'string': case 'variable': case 'leftParen':
          this.backup()
          pipe.cmds.push(this.command())
          break
        default:
          this.unexpected(token, context)
      }
    }
  }

  private checkPipeline(pipe: PipeNode, context: string): void {
    if (pipe.cmds.length === 0) this.errorf(`missing value for ${context}`)
    pipe.cmds.slice(1).forEach((c, i) => {
      const t = c.args[0].type
      if (t === 'bool' || t === 'dot' || t === 'nil' || t === 'number' || t === 'string') {
        this.errorf(`non executable command in pipeline stage ${i + 2}`)
      }
    })
  }

  private parseControl(context: 'if' | 'range' | 'with'): BranchNode {
    const mark = this.vars.length
    try {
      const pipe = this.pipeline(context, 'rightDelim')
      if (context === 'range') this.rangeDepth++
      const body = this.itemList()
      const list = body.list
      let next = body.next
      if (context === 'range') this.rangeDepth--
      let elseList: ListNode | undefined
      if (next.type === 'else') {
        if (context === 'if' && this.peek().typ === 'if') {
          this.next()
          elseList = { type: 'list', pos: next.pos, nodes: [this.parseControl('if')] }
        } else if (context === 'with' && this.peek().typ === 'with') {
          this.next()
          elseList = { type: 'list', pos: next.pos, nodes: [this.parseControl('with')] }
        } else {
          ;({ list: elseList, next } = this.itemList())
          if (next.type !== 'end') this.errorf('expected end; found {{else}}')
        }
      }
      return { type: context, pos: pipe.pos, pipe, list, elseList }
    } finally {
      this.vars = this.vars.slice(0, mark)
    }
  }

  private blockControl(): TemplateNode {
    const context = 'block clause'
    const token = this.nextNonSpace()
    const name = this.templateName(token, context)
    const pipe = this.pipeline(context, 'rightDelim')
    this.withScope(() => {
      const { list, next } = this.itemList()
      if (next.type !== 'end') this.errorf(`unexpected {{else}} in ${context}`)
      this.addTree(name, list)
    })
    return { type: 'template', pos: token.pos, name, pipe }
  }

  private templateControl(): TemplateNode {
    const context = 'template clause'
    const token = this.nextNonSpace()
    const name = this.templateName(token, context)
    let pipe: PipeNode | undefined
    if (this.nextNonSpace().typ !== 'rightDelim') {
      this.backup()
      pipe = this.pipeline(context, 'rightDelim')
    }
    return { type: 'template', pos: token.pos, name, pipe }
  }

  private templateName(token: Item, context: string): string {
    if (token.typ !== 'string' && token.typ !== 'rawString') this.unexpected(token, context)
    const s = unquote(token.val)
    if (s === undefined) this.errorf('invalid syntax')
    return s
  }

  private command(): CommandNode {
    const cmd: CommandNode = { type: 'command', pos: this.peekNonSpace().pos, args: [] }
    for (;;) {
      this.peekNonSpace()
      const operand = this.operand()
      if (operand) cmd.args.push(operand)
      const token = this.next()
      if (token.typ === 'space') continue
      if (token.typ === 'rightDelim' || token.typ === 'rightParen') this.backup()
      else if (token.typ !== 'pipe') this.unexpected(token, 'operand')
      break
    }
    if (cmd.args.length === 0) this.errorf('empty command')
    return cmd
  }

  private operand(): ArgNode | undefined {
    let node = this.term()
    if (!node) return undefined
    if (this.peek().typ === 'field') {
      const pos = this.peek().pos
      const fields: string[] = []
      while (this.peek().typ === 'field') fields.push(this.next().val.slice(1))
      switch (node.type) {
        case 'field': node = { type: 'field', pos, ident: [...node.ident, ...fields] }; break
        case 'variable': node = { type: 'variable', pos, ident: [...node.ident, ...fields] }; break
        case 'bool': case 'string': case 'number': case 'nil': case 'dot':
          this.errorf(`unexpected . after term ${goQuote(nodeString(node))}`)
          break
        default: node = { type: 'chain', pos, node, field: fields }
      }
    }
    return node
  }

  private term(): ArgNode | undefined {
    const token = this.nextNonSpace()
    switch (token.typ) {
      case 'identifier':
        if (!this.hasFunction(token.val)) this.errorf(`function ${goQuote(token.val)} not defined`)
        return { type: 'identifier', pos: token.pos, ident: token.val }
      case 'dot': return { type: 'dot', pos: token.pos }
      case 'nil': return { type: 'nil', pos: token.pos }
      case 'variable': return this.useVar(token.pos, token.val)
      case 'field': return { type: 'field', pos: token.pos, ident: token.val.slice(1).split('.') }
      case 'bool': return { type: 'bool', pos: token.pos, value: token.val === 'true' }
      case 'charConstant': case 'complex': case 'number': {
        const n = newNumber(token.pos, token.val, token.typ)
        if (typeof n === 'string') this.errorf(n)
        return n
      }
      case 'leftParen': return this.pipeline('parenthesized pipeline', 'rightParen')
      case 'string': case 'rawString': {
        const s = unquote(token.val)
        if (s === undefined) this.errorf('invalid syntax')
        return { type: 'string', pos: token.pos, quoted: token.val, text: s }
      }
    }
    this.backup()
    return undefined
  }

  private useVar(pos: number, name: string): VariableNode {
    const v: VariableNode = { type: 'variable', pos, ident: name.split('.') }
    if (!this.vars.includes(v.ident[0])) this.errorf(`undefined variable ${goQuote(v.ident[0])}`)
    return v
  }
}

export function isEmptyTree(n: Node): boolean {
  switch (n.type) {
    case 'comment': return true
    case 'list': return n.nodes.every(isEmptyTree)
    case 'text': return n.text.trim() === ''
    default: return false
  }
}

/** parse.Parse: the trees of one template text, the main one under `name`. Throws TemplateParseError. */
export function parseTrees(name: string, text: string, hasFunction: (name: string) => boolean): TreeSet {
  const trees = new Map<string, ListNode>()
  const parser = new Parser(new Lexer(text), name, hasFunction, trees)
  const root = parser.parse()
  parser.addTree(name, root)
  return { text, trees }
}
