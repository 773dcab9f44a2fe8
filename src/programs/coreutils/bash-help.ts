/** bash's `help` with no arguments: the builtins' synopses in two columns, laid out for $COLUMNS as help.def's
 *  show_builtin_command_help does (half the width per column, at most 128; a `>` marks a cut). The synopses are
 *  bash 4.2's (CentOS 7), the busybox sh has no `help` list of this kind. The shell registers this as a builtin. */
import type { Process } from '../../os/process'

export const BASH_VERSION_LINE = 'GNU bash, version 4.2.46(2)-release (x86_64-redhat-linux-gnu)'

const SYNOPSES: readonly string[] = [
  "job_spec [&]",
  "(( expression ))",
  ". filename [arguments]",
  ":",
  "[ arg... ]",
  "[[ expression ]]",
  "alias [-p] [name[=value] ... ]",
  "bg [job_spec ...]",
  "bind [-lpvsPVS] [-m keymap] [-f filename] [-q name] [-u name] [-r keyseq] [-x keyseq:shell-command] [keyseq:readline-function or readline-command]",
  "break [n]",
  "builtin [shell-builtin [arg ...]]",
  "caller [expr]",
  "case WORD in [PATTERN [| PATTERN]...) COMMANDS ;;]... esac",
  "cd [-L|[-P [-e]]] [dir]",
  "command [-pVv] command [arg ...]",
  "compgen [-abcdefgjksuv] [-o option]  [-A action] [-G globpat] [-W wordlist]  [-F function] [-C command] [-X filterpat] [-P prefix] [-S suffix] [word]",
  "complete [-abcdefgjksuv] [-pr] [-DE] [-o option] [-A action] [-G globpat] [-W wordlist]  [-F function] [-C command] [-X filterpat] [-P prefix] [-S suffix] [name ...]",
  "compopt [-o|+o option] [-DE] [name ...]",
  "continue [n]",
  "coproc [NAME] command [redirections]",
  "declare [-aAfFgilrtux] [-p] [name[=value] ...]",
  "dirs [-clpv] [+N] [-N]",
  "disown [-h] [-ar] [jobspec ...]",
  "echo [-neE] [arg ...]",
  "enable [-a] [-dnps] [-f filename] [name ...]",
  "eval [arg ...]",
  "exec [-cl] [-a name] [command [arguments ...]] [redirection ...]",
  "exit [n]",
  "export [-fn] [name[=value] ...] or export -p",
  "false",
  "fc [-e ename] [-lnr] [first] [last] or fc -s [pat=rep] [command]",
  "fg [job_spec]",
  "for NAME [in WORDS ... ] ; do COMMANDS; done",
  "for (( exp1; exp2; exp3 )); do COMMANDS; done",
  "function name { COMMANDS ; } or name () { COMMANDS ; }",
  "getopts optstring name [arg]",
  "hash [-lr] [-p pathname] [-dt] [name ...]",
  "help [-dms] [pattern ...]",
  "history [-c] [-d offset] [n] or history -anrw [filename] or history -ps arg [arg...]",
  "if COMMANDS; then COMMANDS; [ elif COMMANDS; then COMMANDS; ]... [ else COMMANDS; ] fi",
  "jobs [-lnprs] [jobspec ...] or jobs -x command [args]",
  "kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]",
  "let arg [arg ...]",
  "local [option] name[=value] ...",
  "logout [n]",
  "mapfile [-n count] [-O origin] [-s count] [-t] [-u fd] [-C callback] [-c quantum] [array]",
  "popd [-n] [+N | -N]",
  "printf [-v var] format [arguments]",
  "pushd [-n] [+N | -N | dir]",
  "pwd [-LP]",
  "read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]",
  "readarray [-n count] [-O origin] [-s count] [-t] [-u fd] [-C callback] [-c quantum] [array]",
  "readonly [-aAf] [name[=value] ...] or readonly -p",
  "return [n]",
  "select NAME [in WORDS ... ;] do COMMANDS; done",
  "set [-abefhkmnptuvxBCHP] [-o option-name] [--] [arg ...]",
  "shift [n]",
  "shopt [-pqsu] [-o] [optname ...]",
  "source filename [arguments]",
  "suspend [-f]",
  "test [expr]",
  "time [-p] pipeline",
  "times",
  "trap [-lp] [[arg] signal_spec ...]",
  "true",
  "type [-afptP] name [name ...]",
  "typeset [-aAfFgilrtux] [-p] name[=value] ...",
  "ulimit [-SHabcdefilmnpqrstuvxT] [limit]",
  "umask [-p] [-S] [mode]",
  "unalias [-a] name [name ...]",
  "unset [-f] [-v] [name ...]",
  "until COMMANDS; do COMMANDS-2; done",
  "variables - Names and meanings of some shell variables",
  "wait [id]",
  "while COMMANDS; do COMMANDS-2; done",
  "{ COMMANDS ; }",
]

/** wdispcolumn(): width-3 characters fit, and a `>` takes the last place when the text reaches it. */
function column(doc: string, width: number): string {
  return doc.length >= width - 3 ? ` ${doc.slice(0, width - 4)}>` : ` ${doc}`
}

/** The text `help` prints for a terminal `columns` wide. */
export function bashHelpText(columns: number): string {
  let width = Math.floor((columns > 0 ? columns : 80) / 2)
  if (width > 128) width = 128
  if (width <= 3) width = 40
  const height = Math.ceil(SYNOPSES.length / 2)
  let out = `${BASH_VERSION_LINE}
These shell commands are defined internally.  Type \`help' to see this list.
Type \`help name' to find out more about the function \`name'.
Use \`info bash' to find out more about the shell in general.
Use \`man -k' or \`info' to find out more about commands not in this list.

A star (*) next to a name means that the command is disabled.

`
  for (let i = 0; i < height; i++) {
    const left = column(SYNOPSES[i], width)
    const j = i + height
    out += j < SYNOPSES.length ? left.padEnd(width) + column(SYNOPSES[j], width) : left
    out += '\n'
  }
  return out
}

/** `help` as a program: the list for the terminal's width ($COLUMNS first, as bash reads it). */
export async function help(p: Process, args: string[]): Promise<number> {
  if (args.length) {
    const name = args.find((a) => !a.startsWith('-')) ?? ''
    const hit = SYNOPSES.find((s) => s.startsWith(`${name} `) || s === name)
    if (!hit) { p.stderr.write(`-bash: help: no help topics match \`${name}'.  Try \`help help' or \`man -k ${name}' or \`info ${name}'.\n`); return 1 }
    p.stdout.write(`${name}: ${hit}\n`)
    return 0
  }
  const columns = Number(p.env.COLUMNS) || p.tty?.cols || 80
  p.stdout.write(bashHelpText(columns))
  return 0
}
