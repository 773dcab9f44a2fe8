/** The emacs keymap: key names (from the key decoder) → readline command names. A key missing here does nothing.
 *  'text' is self-insert; the editor handles it before looking here. */
export type Command =
  | 'accept-line' | 'backward-delete-char' | 'delete-char' | 'delete-char-or-eof'
  | 'backward-char' | 'forward-char' | 'beginning-of-line' | 'end-of-line' | 'backward-word' | 'forward-word'
  | 'previous-history' | 'next-history' | 'beginning-of-history' | 'end-of-history'
  | 'kill-line' | 'unix-line-discard' | 'unix-word-rubout' | 'kill-word' | 'backward-kill-word' | 'yank'
  | 'clear-screen' | 'interrupt' | 'reverse-search-history' | 'abort' | 'complete' | 'transpose-chars'

export const EMACS_KEYMAP: Readonly<Record<string, Command>> = {
  'enter': 'accept-line',
  'backspace': 'backward-delete-char',
  'delete': 'delete-char',
  'C-d': 'delete-char-or-eof',
  'left': 'backward-char',
  'C-b': 'backward-char',
  'right': 'forward-char',
  'C-f': 'forward-char',
  'home': 'beginning-of-line',
  'C-a': 'beginning-of-line',
  'end': 'end-of-line',
  'C-e': 'end-of-line',
  'M-b': 'backward-word',
  'C-left': 'backward-word',
  'M-left': 'backward-word',
  'M-f': 'forward-word',
  'C-right': 'forward-word',
  'M-right': 'forward-word',
  'up': 'previous-history',
  'C-p': 'previous-history',
  'down': 'next-history',
  'C-n': 'next-history',
  'M-<': 'beginning-of-history',
  'M->': 'end-of-history',
  'C-k': 'kill-line',
  'C-u': 'unix-line-discard',
  'C-w': 'unix-word-rubout',
  'M-d': 'kill-word',
  'C-delete': 'kill-word',
  'M-backspace': 'backward-kill-word',
  'C-y': 'yank',
  'C-t': 'transpose-chars',
  'C-l': 'clear-screen',
  'C-c': 'interrupt',
  'C-r': 'reverse-search-history',
  'C-g': 'abort',
  'tab': 'complete',
}
