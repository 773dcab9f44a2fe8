/** Tab completion, as the line editor sees it: the word under the cursor and what could replace it.
 *  Candidates are whole replacement words; a directory candidate ends in '/', and the editor adds a space after a
 *  sole candidate that does not. The completer is synchronous: everything it reads is already in memory. */
export interface CompletionResult {
  /** Start and end (exclusive) of the word being completed, as indexes into the line. */
  start: number
  end: number
  candidates: readonly string[]
  /** The candidates are paths: a listing shows only their last component ("/etc/yum/" → "yum/"), as bash does. */
  filenames?: boolean
}

export type Completer = (line: string, cursor: number) => CompletionResult
