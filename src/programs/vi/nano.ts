/** nano FILE: the same editor over the terminal that vi opens (the machine's `editor` service), so Ctrl-S and the
 *  vim-style command line both save. Without an editor screen there is no curses screen to draw: with no terminal
 *  and no TERM nano fails as ncurses does (`Error opening terminal: unknown.`); otherwise it falls back to vi's
 *  line editor, which is this sandbox's stand-in rather than nano's own keys. */
import type { Program } from '../../os/process'
import { resolvePath } from '../coreutils/applet'
import { inEditor, lineEditor } from './vi'

export const nano: Program = async (p) => {
  const args = p.argv.slice(1)
  if (args.includes('--version') || args.includes('-V')) {
    if (p.fs.stat('/etc/centos-release')) p.stdout.write(' GNU nano version 2.3.1 (compiled 04:47:52, Jun 10 2014)\n (C) 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007,\n 2008, 2009 Free Software Foundation, Inc.\n Email: nano@nano-editor.org\tWeb: http://www.nano-editor.org/\n Compiled options: --enable-color --enable-extra --enable-multibuffer --enable-nanorc --enable-utf8\n')
    else if (p.fs.stat('/etc/alpine-release')) p.stdout.write(' GNU nano, version 8.4\n (C) 2025 the Free Software Foundation and various contributors\n Compiled options: --enable-utf8\n')
    else p.stdout.write(' GNU nano, version 7.2\n (C) 2023 the Free Software Foundation and various contributors\n Compiled options: --disable-libmagic --enable-utf8\n')
    return 0
  }
  const name = args.find((a) => !a.startsWith('-') && !a.startsWith('+')) ?? ''
  const path = name ? resolvePath(p, name) : ''
  const st = path ? p.fs.stat(path) : undefined
  const original = st?.type === 'file' ? p.fs.readText(path) : ''
  const opened = await inEditor(p, 'nano', name, original)
  if (opened !== undefined) return opened
  if (!p.tty && !p.env.TERM) { p.stderr.write('Error opening terminal: unknown.\n'); return 1 }
  return lineEditor(p, name, original, st?.type)
}
