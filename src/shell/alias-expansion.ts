/** Alias expansion, done by the parser where a command starts: the alias's text is spliced into the source in
 *  place of its name and read again, as bash re-reads it, so an alias may hold several words, operators or even
 *  the start of a compound command. Each alias is expanded at most once per command word (`alias ls='ls -F'`). */
import type { Parser } from './parser'

export function expandAlias(p: Parser): void {
  const aliases = p.options.aliases
  if (!aliases || aliases.size === 0) return
  const seen = new Set<string>()
  for (;;) {
    const t = p.peek()
    if (t.type !== 'word' || t.literal === null || seen.has(t.literal)) return
    const value = aliases.get(t.literal)
    if (value === undefined) return
    seen.add(t.literal)
    p.next() // drops the peeked name: the spliced text is read again from where the name started
    const c = p.cursor
    c.source = c.source.slice(0, t.start) + value + c.source.slice(t.end)
    if (c.syntheticEnd >= t.end) c.syntheticEnd += value.length - (t.end - t.start)
    c.pos = t.start
    c.line = t.line
  }
}
