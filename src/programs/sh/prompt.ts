/** The prompt each system's shell shows by default:
 *    CentOS bash (host and centos images)  [\u@\h \W]\$    → [root@localhost ~]#
 *    Debian/Ubuntu bash                      \u@\h:\w\$     → root@3f4e5d6c7b8a:/#
 *    busybox ash (alpine, busybox)           \w \$          → / #
 *    bash on alpine (/etc/bash/bashrc)       \h:\w\$       → 3f4e5d6c7b8a:/#
 *  \W is the last part of the directory, \w the whole; both show the home directory as ~. */
import type { Fs } from '../../os/fs'

export type PromptStyle = 'centos' | 'debian' | 'ash' | 'alpine'

export function promptStyle(fs: Fs, dialect: 'bash' | 'ash'): PromptStyle {
  if (dialect === 'ash') return 'ash'
  if (fs.stat('/etc/alpine-release')) return 'alpine'
  return fs.stat('/etc/centos-release') ? 'centos' : 'debian'
}

export function renderPrompt(style: PromptStyle, v: { user: string; host: string; cwd: string; home: string }): string {
  // A home of `/` is never shortened (bash: only a home longer than one character is).
  const tilde = v.home.length > 1 && (v.cwd === v.home || v.cwd.startsWith(v.home + '/')) ? '~' + v.cwd.slice(v.home.length) : v.cwd
  const base = tilde === '~' || tilde === '/' ? tilde : tilde.split('/').pop()!
  const sign = v.user === 'root' ? '#' : '$'
  const host = v.host.split('.')[0]
  if (style === 'centos') return `[${v.user}@${host} ${base}]${sign} `
  if (style === 'debian') return `${v.user}@${host}:${tilde}${sign} `
  if (style === 'alpine') return `${host}:${tilde}${sign} `
  return `${tilde} ${sign} `
}
