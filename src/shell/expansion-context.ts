/** What word expansion needs from the running shell, and how it fails. Expansion itself is pure but for
 *  `substitute` (which runs $(…)) and `assign` (${x:=w}, $((x=1))). */
import type { Fs } from '../os/fs'
import type { Script } from './ast'
import type { ParseFailure } from './parse-failure'

export interface ExpansionContext {
  /** A parameter's value: a variable, a positional parameter (`1`…) or a special one (`?` `#` `$` `!` `-` `0`);
   *  undefined when unset. */
  lookup(name: string): string | undefined
  positional(): readonly string[]
  assign(name: string, value: string): void
  /** Runs the commands of $(…) and returns what they wrote to stdout; reports a backquoted text that did not
   *  parse (status 2, no output). */
  substitute(part: { body: Script; failure?: ParseFailure; text?: string }): Promise<string>
  /** The home directory for `~` ('' is the current user), or undefined when there is no such user. */
  home(user: string): string | undefined
  readonly fs: Fs
  readonly cwd: string
  /** `set -f` */
  readonly noglob: boolean
  /** `set -u` */
  readonly nounset: boolean
}

/** An expansion that cannot be done; the message follows the shell's prefix: `bash: ${a b}: bad substitution`. */
export class ExpansionError extends Error {
  /** The status a non-interactive shell exits with (bash exits 127 for ${x:?message}). */
  constructor(message: string, readonly status = 1) {
    super(message)
  }
}
