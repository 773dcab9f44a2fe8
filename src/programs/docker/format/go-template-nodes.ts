/** The nodes of a parsed template (text/template/parse's node.go) and how Go prints one back (Node.String()),
 *  which execution errors quote in their `at <…>` part. Positions are JS string indices into the template text. */
import { goQuote } from './go-template-fmt'

export interface TextNode { readonly type: 'text'; readonly pos: number; readonly text: string }
export interface CommentNode { readonly type: 'comment'; readonly pos: number; readonly text: string }
export interface ListNode { readonly type: 'list'; readonly pos: number; readonly nodes: Node[] }
export interface ActionNode { readonly type: 'action'; readonly pos: number; readonly pipe: PipeNode }
export interface BranchNode {
  readonly type: 'if' | 'range' | 'with'
  readonly pos: number
  readonly pipe: PipeNode
  readonly list: ListNode
  readonly elseList?: ListNode
}
export interface TemplateNode { readonly type: 'template'; readonly pos: number; readonly name: string; readonly pipe?: PipeNode }
export interface BreakNode { readonly type: 'break' | 'continue'; readonly pos: number }
export type Node = TextNode | CommentNode | ListNode | ActionNode | BranchNode | TemplateNode | BreakNode

export interface PipeNode {
  readonly type: 'pipe'
  readonly pos: number
  isAssign: boolean
  readonly decl: VariableNode[]
  readonly cmds: CommandNode[]
}
export interface CommandNode { readonly type: 'command'; readonly pos: number; readonly args: ArgNode[] }
export interface FieldNode { readonly type: 'field'; readonly pos: number; readonly ident: string[] }
export interface VariableNode { readonly type: 'variable'; readonly pos: number; readonly ident: string[] }
export interface ChainNode { readonly type: 'chain'; readonly pos: number; readonly node: ArgNode; readonly field: string[] }
export interface IdentifierNode { readonly type: 'identifier'; readonly pos: number; readonly ident: string }
export interface DotNode { readonly type: 'dot'; readonly pos: number }
export interface NilNode { readonly type: 'nil'; readonly pos: number }
export interface BoolNode { readonly type: 'bool'; readonly pos: number; readonly value: boolean }
export interface StringNode { readonly type: 'string'; readonly pos: number; readonly quoted: string; readonly text: string }
export interface NumberNode {
  readonly type: 'number'
  readonly pos: number
  readonly text: string
  readonly isInt: boolean
  readonly isUint: boolean
  readonly isFloat: boolean
  readonly isComplex: boolean
  /** The integer value when isInt or isUint (bigint beyond 2^53). */
  readonly int?: number | bigint
  readonly float?: number
}
/** Parsed templates by name, and the text they came from (for error positions). */
export interface TreeSet {
  readonly text: string
  readonly trees: Map<string, ListNode>
}

export type ArgNode =
  | FieldNode | VariableNode | ChainNode | IdentifierNode | DotNode | NilNode | BoolNode | StringNode | NumberNode | PipeNode

/** Node.String() */
export function nodeString(n: Node | ArgNode | CommandNode): string {
  switch (n.type) {
    case 'text': return n.text
    case 'comment': return `{{${n.text}}}`
    case 'list': return n.nodes.map(nodeString).join('')
    case 'action': return `{{${nodeString(n.pipe)}}}`
    case 'if': case 'range': case 'with':
      return `{{${n.type} ${nodeString(n.pipe)}}}${nodeString(n.list)}${n.elseList ? `{{else}}${nodeString(n.elseList)}` : ''}{{end}}`
    case 'template': return `{{template ${goQuote(n.name)}${n.pipe ? ' ' + nodeString(n.pipe) : ''}}}`
    case 'break': case 'continue': return `{{${n.type}}}`
    case 'pipe': {
      const decl = n.decl.length ? n.decl.map(nodeString).join(', ') + (n.isAssign ? ' = ' : ' := ') : ''
      return decl + n.cmds.map(nodeString).join(' | ')
    }
    case 'command': return n.args.map((a) => (a.type === 'pipe' ? `(${nodeString(a)})` : nodeString(a))).join(' ')
    case 'field': return n.ident.map((id) => '.' + id).join('')
    case 'variable': return n.ident.join('.')
    case 'chain': return (n.node.type === 'pipe' ? `(${nodeString(n.node)})` : nodeString(n.node)) + n.field.map((f) => '.' + f).join('')
    case 'identifier': return n.ident
    case 'dot': return '.'
    case 'nil': return 'nil'
    case 'bool': return String(n.value)
    case 'string': return n.quoted
    case 'number': return n.text
  }
}
