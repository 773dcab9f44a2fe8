/** A goal in words, for the checklist beside the lesson text. */
import type { Goal } from '../../lessons/lesson-format'
import type { Locale } from '../i18n'

export function goalLabel(g: Goal, locale: Locale): string {
  const zh = locale === 'zh-CN'
  const a = g.args as Record<string, string | number | undefined>
  const who = (image?: unknown, name?: unknown) => [name && (zh ? `名为 ${name}` : `named ${name}`), image && (zh ? `来自 ${image}` : `from ${image}`)].filter(Boolean).join(' ')
  switch (g.check) {
    case 'dockerInstalled': return zh ? '已安装 Docker' : 'Docker is installed'
    case 'daemonRunning': return zh ? 'Docker 守护进程正在运行' : 'The Docker daemon is running'
    case 'unitEnabled': return zh ? `${a.unit} 已设为开机启动` : `${a.unit} starts at boot`
    case 'imagePresent': return zh ? `本地有镜像 ${a.ref}` : `Image ${a.ref} is present`
    case 'imageAbsent': return zh ? `本地没有镜像 ${a.ref}` : `Image ${a.ref} is gone`
    case 'containerRunning': return (zh ? `有一个运行中的容器 ${who(a.image, a.name)}` : `A container ${who(a.image, a.name)} is running`).replace(/\s+/g, ' ') + (a.publishes ? (zh ? `，端口 ${a.publishes}` : `, publishing ${a.publishes}`) : '')
    case 'containerExists': return (zh ? `存在容器 ${who(a.image, a.name)}` : `A container ${who(a.image, a.name)} exists`).replace(/\s+/g, ' ') + (a.status ? ` (${a.status})` : '')
    case 'containerExited': return (zh ? `容器 ${who(a.image, a.name)} 已退出` : `A container ${who(a.image, a.name)} has exited`).replace(/\s+/g, ' ') + (a.exitCode !== undefined ? (zh ? `，退出码 ${a.exitCode}` : ` with code ${a.exitCode}`) : '')
    case 'fileExists': return zh ? `文件 ${a.path} 存在` : `File ${a.path} exists`
    case 'fileContains': return zh ? `${a.path} 包含 “${a.text}”` : `${a.path} contains “${a.text}”`
    case 'mirrorConfigured': return zh ? `已配置镜像加速器${a.url ? ` ${a.url}` : ''}` : `A registry mirror${a.url ? ` (${a.url})` : ''} is configured`
    case 'commandRan': return zh ? `运行命令：${readable(String(a.pattern))}` : `Run: ${readable(String(a.pattern))}`
    case 'commandSucceeded': return zh ? `成功运行：${readable(String(a.pattern))}` : `Run successfully: ${readable(String(a.pattern))}`
  }
}

/** `^docker\s+pull\s+alpine` → `docker pull alpine`: enough to say what to type. */
const readable = (pattern: string): string => pattern.replace(/^\^|\$$/g, '').replace(/\\s[+*]/g, ' ').replace(/\\(.)/g, '$1').replace(/[()?]/g, '')
