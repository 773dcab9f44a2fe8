import { describe, expect, it } from 'vitest'
import type { FunctionDefinition } from './ast'
import { printFunction } from './command-printer'
import { parse } from './parser'

function definition(source: string): FunctionDefinition {
  const result = parse(source)
  if (result.status !== 'ok') throw new Error('no parse')
  const command = result.script.items[0].command.first.commands[0]
  if (command.type !== 'function') throw new Error('not a function')
  return command
}

describe('printing a function the way bash shows it', () => {
  it('puts one command per line in the braces', () => {
    expect(printFunction(definition('f() { echo hi; echo "there $1" >/tmp/x 2>&1; }')))
      .toBe('f () \n{ \n    echo hi;\n    echo "there $1" > /tmp/x 2>&1\n}')
  })

  it('indents compound commands and ends their inner commands with ;', () => {
    expect(printFunction(definition('f() { if a; then b; else c; fi; while x; do y; done; }')))
      .toBe('f () \n{ \n    if a; then\n        b;\n    else\n        c;\n    fi;\n    while x; do\n        y;\n    done\n}')
  })

  it('wraps a body that is not a brace group in braces', () => {
    expect(printFunction(definition('h() ( echo sub )'))).toBe('h () \n{ \n    ( echo sub )\n}')
  })

  it('lays out case items with their patterns and ;;', () => {
    expect(printFunction(definition('f() { case $1 in a|b) echo ab;; *) ;; esac; }')))
      .toBe('f () \n{ \n    case $1 in \n        a | b)\n            echo ab\n        ;;\n        *)\n        ;;\n    esac\n}')
  })
})
