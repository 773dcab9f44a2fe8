/** Prints commands back as bash does for `type NAME` (its print_cmd layout): four-space indentation, one command
 *  per line ending in `;` inside compound commands, `elif` written as a nested `if`, redirections after the words
 *  (`1>&2`, `2> file`), a function body always in braces. Words are printed as they were written. */
import type { AndOr, Command, CompoundCommand, FunctionDefinition, Pipeline, Redirect, Script, SimpleCommand } from './ast'

const pad = (level: number) => ' '.repeat(4 * level)

function redirect(r: Redirect): string {
  const input = r.op === '<' || r.op === '<>' || r.op === '<&' || r.op === '<<' || r.op === '<<-' || r.op === '<<<'
  if (r.op === '>&' || r.op === '<&') return `${r.fd ?? (input ? 0 : 1)}${r.op}${r.target.raw}`
  const fd = r.fd === null ? '' : String(r.fd)
  if (r.op === '<<' || r.op === '<<-') return `${fd}${r.op}${r.target.raw}`
  return `${fd}${r.op} ${r.target.raw}`
}

/** Here-document bodies follow the line that holds their operators. */
function heredocs(redirects: Redirect[]): string {
  return redirects
    .filter((r) => (r.op === '<<' || r.op === '<<-') && r.heredoc)
    .map((r) => `\n${r.heredoc!.raw}${r.target.raw.replace(/['"\\]/g, '')}\n`).join('')
}

function simple(cmd: SimpleCommand): string {
  const words = [...cmd.assignments.map((a) => `${a.name}${a.append ? '+=' : '='}${a.value.raw}`), ...cmd.words.map((w) => w.raw)]
  return [...words, ...cmd.redirects.map(redirect)].join(' ') + heredocs(cmd.redirects)
}

function pipeline(p: Pipeline, level: number): string {
  const text = p.commands.map((c, i) => command(c, level) + (i < p.withStderr.length ? (p.withStderr[i] ? ' |& ' : ' | ') : '')).join('')
  return `${p.timed === 'posix' ? 'time -p ' : p.timed ? 'time ' : ''}${p.negate ? '! ' : ''}${text}`
}

function andOr(a: AndOr, level: number): string {
  return [pipeline(a.first, level), ...a.rest.map((r) => `${r.op} ${pipeline(r.pipeline, level)}`)].join(' ')
}

/** The commands of a list, one per line at `level`, background jobs joined with ` & `. */
function list(script: Script, level: number, trailing = ''): string {
  let out = ''
  script.items.forEach((item, i) => {
    out += andOr(item.command, level)
    if (item.background) out += i < script.items.length - 1 ? ' & ' : ' &'
    else if (i < script.items.length - 1) out += `;\n${pad(level)}`
  })
  return out + (script.items[script.items.length - 1]?.background ? '' : trailing)
}

function block(script: Script, level: number): string {
  return `${pad(level + 1)}${list(script, level + 1, ';')}\n`
}

function compound(c: CompoundCommand, level: number): string {
  switch (c.type) {
    case 'brace': return `{ \n${pad(level + 1)}${list(c.body, level + 1)}\n${pad(level)}}`
    case 'subshell': return `( ${list(c.body, level)} )`
    case 'if': {
      const [first, ...rest] = c.clauses
      let out = `if ${list(first.condition, level)}; then\n${block(first.body, level)}`
      if (rest.length) {
        const nested: CompoundCommand = { ...c, clauses: rest, redirects: [] }
        out += `${pad(level)}else\n${pad(level + 1)}${compound(nested, level + 1)};\n`
      } else if (c.elseBody) {
        out += `${pad(level)}else\n${block(c.elseBody, level)}`
      }
      return `${out}${pad(level)}fi`
    }
    case 'while':
      return `${c.until ? 'until' : 'while'} ${list(c.condition, level)}; do\n${block(c.body, level)}${pad(level)}done`
    case 'for': {
      const items = c.items ? c.items.map((w) => w.raw).join(' ') : '"$@"'
      return `for ${c.name} in ${items};\n${pad(level)}do\n${block(c.body, level)}${pad(level)}done`
    }
    case 'arith-for': {
      const clauses = [c.init, c.condition, c.update].map((w) => w.raw.trim()).join('; ')
      return `for ((${clauses}))\n${pad(level)}do\n${block(c.body, level)}${pad(level)}done`
    }
    case 'case': {
      const items = c.items.map((item) =>
        `${pad(level + 1)}${item.patterns.map((p) => p.raw).join(' | ')})\n` +
        (item.body.items.length ? `${pad(level + 2)}${list(item.body, level + 2)}\n` : '') +
        `${pad(level + 1)};;\n`).join('')
      return `case ${c.subject.raw} in \n${items}${pad(level)}esac`
    }
    case 'conditional':
      return `[[ ${c.items.map((i) => (i.kind === 'op' ? i.op : i.word.raw)).join(' ')} ]]`
    case 'arith':
      return `(( ${c.expression.raw.trim()} ))`
  }
}

function command(c: Command, level: number): string {
  if (c.type === 'simple') return simple(c)
  if (c.type === 'function') return `function ${functionText(c, level)}`
  const redirects = c.redirects.map(redirect).join(' ')
  return compound(c, level) + (redirects ? ' ' + redirects : '') + heredocs(c.redirects)
}

function functionText(fn: FunctionDefinition, level: number): string {
  const body = fn.body.type === 'brace' && fn.body.redirects.length === 0
    ? compound(fn.body, level)
    : `{ \n${pad(level + 1)}${command(fn.body, level + 1)}\n${pad(level)}}`
  return `${fn.name} () \n${pad(level)}${body}`
}

/** `name () ` and the body, as the second and following lines of `type name`. */
export function printFunction(fn: FunctionDefinition): string {
  return functionText(fn, 0)
}
