/** How `exit`, `return`, `break`, `continue` and a closed pipe unwind the interpreter. They are thrown inside the
 *  interpreter and always caught there (at the shell, subshell, function, loop or pipeline stage that they end):
 *  `Shell.run` never lets one escape to its caller. */

export class ExitSignal extends Error {
  constructor(readonly status: number) {
    super(`exit ${status}`)
  }
}

export class ReturnSignal extends Error {
  constructor(readonly status: number) {
    super(`return ${status}`)
  }
}

export class LoopSignal extends Error {
  constructor(readonly kind: 'break' | 'continue', public levels: number) {
    super(`${kind} ${levels}`)
  }
}

/** The reader of the pipe this shell code writes to has finished (SIGPIPE): the writing stage ends with 141. */
export class BrokenPipe extends Error {
  constructor() {
    super('broken pipe')
  }
}
