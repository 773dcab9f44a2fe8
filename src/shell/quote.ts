/** Quoting a string so that the shell reads it back as exactly one word with exactly that text: plain when every
 *  character is harmless anywhere (letters, digits, _ @ % + : , . / -), else in single quotes, where each ' is
 *  written '\'' (close, escaped quote, reopen). Used for `set -x` traces, `alias` listings and %q. */

const SAFE = /^[A-Za-z0-9_@%+:,./-]+$/

export function quote(word: string): string {
  if (SAFE.test(word)) return word
  return `'${word.replace(/'/g, `'\\''`)}'`
}
