/** Prompt strings (PS1, PS2) as bash and busybox decode them, before the shell expands $VAR and $(…) in them:
 *    \u user   \h host up to the first dot   \H host   \w working directory (~ for $HOME)   \W its last part
 *    \$ '#' for root, else '$'   \s shell name   \v \V version   \n \r \a \e \\   \nnn octal   \[ \] dropped
 *    \t HH:MM:SS   \T hh:mm:ss   \@ hh:mm AM   \A HH:MM   \d "Tue May 26"   \# \! command and history number
 *  CentOS's `[\u@\h \W]\$ ` gives `[root@localhost ~]# `; busybox's `\w \$ ` gives `/ # `. Times are UTC. */

export interface PromptInfo {
  user: string
  hostname: string
  cwd: string
  home: string | undefined
  root: boolean
  shellName: string
  version: string
  /** Milliseconds since the epoch. */
  now: number
  commandNumber: number
  historyNumber: number
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const two = (n: number) => String(n).padStart(2, '0')

function tildePath(cwd: string, home: string | undefined): string {
  if (home && home !== '/' && (cwd === home || cwd.startsWith(home + '/'))) return '~' + cwd.slice(home.length)
  return cwd
}

/** `forExpansion` escapes $ ` \ in what the escapes produce, so that the shell's expansion afterwards leaves a
 *  directory called `$x` alone while still expanding $VAR written in the template itself. */
export function decodePrompt(template: string, info: PromptInfo, forExpansion = false): string {
  const protect = (text: string) => (forExpansion ? text.replace(/[\\$`]/g, '\\$&') : text)
  const date = new Date(info.now)
  const hours12 = date.getUTCHours() % 12 || 12
  const codes: Record<string, () => string> = {
    u: () => info.user,
    h: () => info.hostname.split('.')[0],
    H: () => info.hostname,
    w: () => tildePath(info.cwd, info.home),
    W: () => {
      const path = tildePath(info.cwd, info.home)
      return path === '/' || path === '~' ? path : path.slice(path.lastIndexOf('/') + 1)
    },
    $: () => (info.root ? '#' : '$'),
    s: () => info.shellName.replace(/^-/, '').replace(/^.*\//, ''),
    v: () => info.version.split('.').slice(0, 2).join('.'),
    V: () => info.version,
    n: () => '\n', r: () => '\r', a: () => '\x07', e: () => '\x1b', '\\': () => '\\', '[': () => '', ']': () => '',
    t: () => `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}`,
    T: () => `${two(hours12)}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}`,
    '@': () => `${two(hours12)}:${two(date.getUTCMinutes())} ${date.getUTCHours() < 12 ? 'AM' : 'PM'}`,
    A: () => `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}`,
    d: () => `${DAYS[date.getUTCDay()]} ${MONTHS[date.getUTCMonth()]} ${two(date.getUTCDate())}`,
    '#': () => String(info.commandNumber),
    '!': () => String(info.historyNumber),
  }
  let out = ''
  for (let i = 0; i < template.length; i++) {
    const c = template[i]
    if (c !== '\\' || i + 1 >= template.length) { out += c; continue }
    const next = template[++i]
    const octal = /^[0-7]{3}/.exec(template.slice(i, i + 3))
    if (octal) { out += protect(String.fromCharCode(parseInt(octal[0], 8))); i += 2; continue }
    out += next in codes ? protect(codes[next]()) : '\\' + next
  }
  return out
}
