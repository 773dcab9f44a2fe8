/** A small awk: the parser. Grammar (a subset of POSIX awk):
 *    program  := item*            item := BEGIN block | END block | pattern [block] | block
 *    pattern  := expr [',' expr]  block := '{' stmt* '}'
 *    stmt     := print [exprs] [> expr] | printf exprs | if (e) stmt [else stmt] | while (e) stmt
 *              | for (s; e; s) stmt | for (v in a) stmt | next | exit [e] | delete a[e] | block | expr
 *    expr     := ternary, ||, &&, in, ~ !~, comparisons, concatenation, + -, * / %, unary ! -, ^, ++ --, $, (e)
 *  A syntax error throws AwkSyntaxError with the offending line. */

export type Expr =
  | { k: 'num'; v: number } | { k: 'str'; v: string } | { k: 're'; v: string }
  | { k: 'var'; name: string } | { k: 'field'; e: Expr } | { k: 'index'; name: string; keys: Expr[] }
  | { k: 'assign'; op: string; target: Expr; e: Expr } | { k: 'incdec'; op: '++' | '--'; prefix: boolean; target: Expr }
  | { k: 'bin'; op: string; a: Expr; b: Expr } | { k: 'not'; e: Expr } | { k: 'neg'; e: Expr } | { k: 'plus'; e: Expr }
  | { k: 'cond'; c: Expr; a: Expr; b: Expr } | { k: 'in'; keys: Expr[]; name: string }
  | { k: 'call'; name: string; args: Expr[] } | { k: 'group'; e: Expr }

export type Stmt =
  | { k: 'print'; args: Expr[]; dest?: { append: boolean; e: Expr } } | { k: 'printf'; args: Expr[]; dest?: { append: boolean; e: Expr } }
  | { k: 'if'; c: Expr; then: Stmt; else?: Stmt } | { k: 'while'; c: Expr; body: Stmt } | { k: 'do'; c: Expr; body: Stmt }
  | { k: 'for'; init?: Stmt; c?: Expr; step?: Stmt; body: Stmt } | { k: 'forin'; v: string; arr: string; body: Stmt }
  | { k: 'block'; body: Stmt[] } | { k: 'expr'; e: Expr } | { k: 'next' } | { k: 'exit'; e?: Expr }
  | { k: 'break' } | { k: 'continue' } | { k: 'delete'; name: string; keys?: Expr[] } | { k: 'getline' }

export interface Item { pattern?: Expr; range?: Expr; kind: 'begin' | 'end' | 'main'; body?: Stmt[] }

export class AwkSyntaxError extends Error {
  constructor(readonly line: number, readonly near: string) { super(`syntax error at source line ${line}`) }
}

type Tok = { t: 'num' | 'str' | 're' | 'name' | 'func' | 'op' | 'nl' | 'eof'; v: string; line: number }

const OPS = ['+=', '-=', '*=', '/=', '%=', '^=', '==', '!=', '<=', '>=', '&&', '||', '++', '--', '!~', '>>', '~', '<', '>', '!', '+', '-', '*', '/', '%', '^', '=', '?', ':', ',', ';', '{', '}', '(', ')', '[', ']', '$']
const BUILTINS = new Set(['length', 'substr', 'index', 'split', 'sub', 'gsub', 'match', 'sprintf', 'toupper', 'tolower', 'int', 'sqrt', 'exp', 'log', 'sin', 'cos', 'atan2', 'rand', 'srand', 'system'])

function tokenize(src: string): Tok[] {
  const toks: Tok[] = []
  let line = 1
  let i = 0
  const regexAllowed = () => {
    const last = toks[toks.length - 1]
    if (!last) return true
    if (last.t === 'nl') return true
    if (last.t === 'op') return !([')', ']', '$', '++', '--'].includes(last.v))
    return false
  }
  while (i < src.length) {
    const c = src[i]
    if (c === '\\' && src[i + 1] === '\n') { i += 2; line++; continue }
    if (c === ' ' || c === '\t' || c === '\r') { i++; continue }
    if (c === '#') { while (i < src.length && src[i] !== '\n') i++; continue }
    if (c === '\n') { toks.push({ t: 'nl', v: '\n', line }); line++; i++; continue }
    if (/[0-9.]/.test(c) && /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.test(src.slice(i))) {
      const m = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(src.slice(i))!
      toks.push({ t: 'num', v: m[0], line }); i += m[0].length; continue
    }
    if (c === '"') {
      let s = ''
      i++
      while (i < src.length && src[i] !== '"') {
        if (src[i] === '\n') throw new AwkSyntaxError(line, src.slice(i))
        if (src[i] === '\\' && i + 1 < src.length) {
          const n = src[++i]
          s += ({ n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', '/': '/', a: '\x07', b: '\b', f: '\f', v: '\v' } as Record<string, string>)[n] ?? `\\${n}`
        } else s += src[i]
        i++
      }
      if (src[i] !== '"') throw new AwkSyntaxError(line, '')
      i++
      toks.push({ t: 'str', v: s, line })
      continue
    }
    if (c === '/' && regexAllowed()) {
      let s = ''
      i++
      let inBracket = false
      while (i < src.length && (src[i] !== '/' || inBracket)) {
        if (src[i] === '\n') throw new AwkSyntaxError(line, '')
        if (src[i] === '\\' && src[i + 1] === '/') { s += '/'; i += 2; continue }
        if (src[i] === '\\') { s += src[i] + (src[i + 1] ?? ''); i += 2; continue }
        if (src[i] === '[') inBracket = true
        else if (src[i] === ']') inBracket = false
        s += src[i++]
      }
      if (src[i] !== '/') throw new AwkSyntaxError(line, '')
      i++
      toks.push({ t: 're', v: s, line })
      continue
    }
    if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i))!
      i += m[0].length
      toks.push({ t: src[i] === '(' && !BUILTINS.has(m[0]) && !KEYWORDS.has(m[0]) ? 'func' : 'name', v: m[0], line })
      continue
    }
    const op = OPS.find((o) => src.startsWith(o, i))
    if (!op) throw new AwkSyntaxError(line, src.slice(i))
    toks.push({ t: 'op', v: op, line })
    i += op.length
  }
  toks.push({ t: 'eof', v: '', line })
  return toks
}

const KEYWORDS = new Set(['BEGIN', 'END', 'print', 'printf', 'if', 'else', 'while', 'for', 'do', 'in', 'next', 'exit', 'delete', 'break', 'continue', 'getline', 'function', 'return'])

export function parseAwk(src: string): Item[] {
  const toks = tokenize(src)
  let pos = 0
  const peek = () => toks[pos]
  const next = () => toks[pos++]
  const is = (v: string) => peek().v === v && (peek().t === 'op' || peek().t === 'name')
  const fail = (): never => { throw new AwkSyntaxError(peek().line, peek().v) }
  const expect = (v: string) => { if (!is(v)) fail(); return next() }
  const skipNl = () => { while (peek().t === 'nl' || (peek().t === 'op' && peek().v === ';' && false)) next() }
  const skipTerms = () => { while (peek().t === 'nl' || is(';')) next() }

  // Expressions, lowest precedence first. `noGt` stops `>` being read as a comparison (print redirection);
  // `noIn` stops `in` (for (v in a)).
  const expr = (noGt = false): Expr => ternary(noGt)
  const ternary = (noGt: boolean): Expr => {
    const c = or(noGt)
    if (is('?')) { next(); skipNl(); const a = ternary(noGt); skipNl(); expect(':'); skipNl(); const b = ternary(noGt); return { k: 'cond', c, a, b } }
    if (['=', '+=', '-=', '*=', '/=', '%=', '^='].includes(peek().v) && peek().t === 'op' && (c.k === 'var' || c.k === 'field' || c.k === 'index')) {
      const op = next().v
      skipNl()
      return { k: 'assign', op, target: c, e: ternary(noGt) }
    }
    return c
  }
  const or = (noGt: boolean): Expr => {
    let a = and(noGt)
    while (is('||')) { next(); skipNl(); a = { k: 'bin', op: '||', a, b: and(noGt) } }
    return a
  }
  const and = (noGt: boolean): Expr => {
    let a = inExpr(noGt)
    while (is('&&')) { next(); skipNl(); a = { k: 'bin', op: '&&', a, b: inExpr(noGt) } }
    return a
  }
  const inExpr = (noGt: boolean): Expr => {
    let a = match(noGt)
    while (is('in') && peek().t === 'name') { next(); const name = next().v; a = { k: 'in', keys: [a], name } }
    return a
  }
  const match = (noGt: boolean): Expr => {
    let a = comparison(noGt)
    while (is('~') || is('!~')) { const op = next().v; a = { k: 'bin', op, a, b: comparison(noGt) } }
    return a
  }
  const comparison = (noGt: boolean): Expr => {
    const a = concat(noGt)
    const v = peek().v
    if (peek().t === 'op' && ['<', '<=', '==', '!=', '>=', ...(noGt ? [] : ['>'])].includes(v)) { next(); return { k: 'bin', op: v, a, b: concat(noGt) } }
    return a
  }
  const startsPrimary = () => {
    const tk = peek()
    if (tk.t === 'num' || tk.t === 'str' || tk.t === 're' || tk.t === 'func') return true
    if (tk.t === 'name') return !KEYWORDS.has(tk.v) || tk.v === 'getline'
    return tk.t === 'op' && ['$', '!', '(', '-', '+', '++', '--'].includes(tk.v)
  }
  const concat = (noGt: boolean): Expr => {
    let a = additive()
    while (startsPrimary() && !is('in')) {
      // `a -1` is subtraction, already taken by additive(); here only things that cannot continue an operator.
      if (is('-') || is('+')) break
      a = { k: 'bin', op: 'concat', a, b: additive() }
    }
    void noGt
    return a
  }
  const additive = (): Expr => {
    let a = multiplicative()
    while (is('+') || is('-')) { const op = next().v; a = { k: 'bin', op, a, b: multiplicative() } }
    return a
  }
  const multiplicative = (): Expr => {
    let a = unary()
    while (is('*') || is('/') || is('%')) { const op = next().v; a = { k: 'bin', op, a, b: unary() } }
    return a
  }
  const unary = (): Expr => {
    if (is('!')) { next(); return { k: 'not', e: unary() } }
    if (is('-')) { next(); return { k: 'neg', e: unary() } }
    if (is('+')) { next(); return { k: 'plus', e: unary() } }
    return power()
  }
  const power = (): Expr => {
    const a = postfix()
    if (is('^')) { next(); return { k: 'bin', op: '^', a, b: unary() } }
    return a
  }
  const postfix = (): Expr => {
    if (is('++') || is('--')) { const op = next().v as '++' | '--'; return { k: 'incdec', op, prefix: true, target: postfix() } }
    const e = primary()
    if ((is('++') || is('--')) && (e.k === 'var' || e.k === 'field' || e.k === 'index')) return { k: 'incdec', op: next().v as '++' | '--', prefix: false, target: e }
    return e
  }
  const primary = (): Expr => {
    const tk = next()
    if (tk.t === 'num') return { k: 'num', v: Number(tk.v) }
    if (tk.t === 'str') return { k: 'str', v: tk.v }
    if (tk.t === 're') return { k: 're', v: tk.v }
    if (tk.t === 'op' && tk.v === '$') return { k: 'field', e: is('++') || is('--') ? postfix() : primary() }
    if (tk.t === 'op' && tk.v === '(') {
      const e = expr()
      if (is(',')) {
        const keys = [e]
        while (is(',')) { next(); keys.push(expr()) }
        expect(')')
        if (!is('in')) fail()
        next()
        return { k: 'in', keys, name: next().v }
      }
      expect(')')
      return { k: 'group', e }
    }
    if (tk.t === 'func' || (tk.t === 'name' && BUILTINS.has(tk.v))) {
      const args: Expr[] = []
      if (is('(')) {
        next()
        skipNl()
        if (!is(')')) { args.push(expr()); while (is(',')) { next(); skipNl(); args.push(expr()) } }
        expect(')')
      }
      return { k: 'call', name: tk.v, args }
    }
    if (tk.t === 'name' && !KEYWORDS.has(tk.v)) {
      if (is('[')) {
        next()
        const keys = [expr()]
        while (is(',')) { next(); keys.push(expr()) }
        expect(']')
        return { k: 'index', name: tk.v, keys }
      }
      return { k: 'var', name: tk.v }
    }
    pos--
    return fail()
  }

  const simpleStatement = (): Stmt => {
    if (is('print') || is('printf')) {
      const kind = next().v as 'print' | 'printf'
      const args: Expr[] = []
      const endOfArgs = () => peek().t === 'nl' || peek().t === 'eof' || is(';') || is('}') || is('>') || is('>>')
      if (!endOfArgs()) {
        if (is('(')) {
          // print (a, b) — a parenthesised list — or print (a) b — an expression that starts with a group.
          const save = pos
          next()
          const first = expr()
          if (is(',')) {
            const list = [first]
            while (is(',')) { next(); list.push(expr()) }
            expect(')')
            if (endOfArgs()) args.push(...list)
            else { pos = save; args.push(expr(true)) }
          } else { pos = save; args.push(expr(true)) }
        } else args.push(expr(true))
        while (is(',')) { next(); skipNl(); args.push(expr(true)) }
      }
      let dest: { append: boolean; e: Expr } | undefined
      if (is('>') || is('>>')) { const append = next().v === '>>'; dest = { append, e: concat(true) } }
      return { k: kind, args, dest }
    }
    if (is('next')) { next(); return { k: 'next' } }
    if (is('exit')) { next(); const e = peek().t === 'nl' || is(';') || is('}') || peek().t === 'eof' ? undefined : expr(); return { k: 'exit', e } }
    if (is('break')) { next(); return { k: 'break' } }
    if (is('continue')) { next(); return { k: 'continue' } }
    if (is('delete')) {
      next()
      const name = next().v
      if (is('[')) { next(); const keys = [expr()]; while (is(',')) { next(); keys.push(expr()) } expect(']'); return { k: 'delete', name, keys } }
      return { k: 'delete', name }
    }
    if (is('getline')) { next(); return { k: 'getline' } }
    return { k: 'expr', e: expr() }
  }

  const statement = (): Stmt => {
    skipTerms()
    if (is('{')) return { k: 'block', body: block() }
    if (is('if')) {
      next(); expect('('); const c = expr(); expect(')'); skipNl()
      const then = statement()
      const save = pos
      skipTerms()
      if (is('else')) { next(); skipNl(); return { k: 'if', c, then, else: statement() } }
      pos = save
      return { k: 'if', c, then }
    }
    if (is('while')) { next(); expect('('); const c = expr(); expect(')'); skipNl(); return { k: 'while', c, body: statement() } }
    if (is('do')) {
      next(); skipNl(); const body = statement(); skipTerms(); expect('while'); expect('('); const c = expr(); expect(')')
      return { k: 'do', c, body }
    }
    if (is('for')) {
      next(); expect('(')
      if (peek().t === 'name' && toks[pos + 1].v === 'in' && toks[pos + 2].t === 'name' && toks[pos + 3].v === ')') {
        const v = next().v; next(); const arr = next().v; expect(')'); skipNl()
        return { k: 'forin', v, arr, body: statement() }
      }
      const init = is(';') ? undefined : simpleStatement()
      expect(';'); skipNl()
      const c = is(';') ? undefined : expr()
      expect(';'); skipNl()
      const step = is(')') ? undefined : simpleStatement()
      expect(')'); skipNl()
      return { k: 'for', init, c, step, body: statement() }
    }
    if (is(';')) { next(); return { k: 'block', body: [] } }
    const s = simpleStatement()
    if (!(peek().t === 'nl' || peek().t === 'eof' || is(';') || is('}'))) fail()
    if (is(';')) next()
    return s
  }

  function block(): Stmt[] {
    expect('{')
    const body: Stmt[] = []
    skipTerms()
    while (!is('}')) {
      if (peek().t === 'eof') fail()
      body.push(statement())
      skipTerms()
    }
    next()
    return body
  }

  const items: Item[] = []
  skipTerms()
  while (peek().t !== 'eof') {
    if (is('BEGIN')) { next(); skipNl(); items.push({ kind: 'begin', body: block() }) }
    else if (is('END')) { next(); skipNl(); items.push({ kind: 'end', body: block() }) }
    else if (is('function')) fail()
    else {
      let pattern: Expr | undefined
      let range: Expr | undefined
      if (!is('{')) {
        pattern = expr()
        if (is(',')) { next(); skipNl(); range = expr() }
      }
      items.push({ kind: 'main', pattern, range, body: is('{') ? block() : undefined })
    }
    skipTerms()
  }
  return items
}
