/** Connects word expansion to a runtime: parameters come from its state, $(…) runs in a subshell whose stdout
 *  is captured, and `~user` is looked up in /etc/passwd on the process's filesystem. */
import { createBufferWriter } from '../os/stream'
import type { ExpansionContext } from './expansion-context'
import { formatParseFailure } from './parse-failure'
import type { Io, Runtime } from './runtime'
import { lookupParameter, setVariable } from './runtime'

function passwdHome(rt: Runtime, user: string): string | undefined {
  try {
    const passwd = rt.config.process.fs.readText('/etc/passwd')
    for (const line of passwd.split('\n')) {
      const fields = line.split(':')
      if (fields[0] === user && fields.length >= 6) return fields[5]
    }
  } catch {
    // no /etc/passwd: fall through to the one user every machine has
  }
  return user === 'root' ? '/root' : undefined
}

export function createExpansionContext(rt: Runtime, io: Io): ExpansionContext {
  return {
    lookup: (name) => lookupParameter(rt, name),
    positional: () => rt.state.positional,
    assign: (name, value) => setVariable(rt, name, value),
    async substitute({ body, failure, text }) {
      if (failure) {
        const { dialect, name } = rt.config
        io.stderr.write(formatParseFailure(failure, { dialect, name, interactive: false, label: 'command substitution', source: text }))
        rt.substitutionStatus = rt.state.status = 2
        return ''
      }
      const output = createBufferWriter()
      const status = await rt.exec.subshell(rt, body, { stdin: io.stdin, stdout: output, stderr: io.stderr })
      rt.substitutionStatus = status
      rt.state.status = status
      return output.text()
    },
    home: (user) => (user === '' ? rt.state.vars.get('HOME') ?? passwdHome(rt, 'root') : passwdHome(rt, user)),
    fs: rt.config.process.fs,
    get cwd() { return rt.state.cwd },
    get noglob() { return rt.state.options.noglob },
    get nounset() { return rt.state.options.nounset },
  }
}
