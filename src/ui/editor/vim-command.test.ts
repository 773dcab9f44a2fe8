import { describe, expect, it } from 'vitest'
import { vimCommand } from './vim-command'

describe('the editor\'s vim command line', () => {
  it('writes and stays open with :w, and writes elsewhere with :w FILE', () => {
    expect(vimCommand('w', true)).toEqual({ kind: 'write', file: undefined, quit: false })
    expect(vimCommand(':write', false)).toEqual({ kind: 'write', file: undefined, quit: false })
    expect(vimCommand('w /tmp/copy.conf', true)).toEqual({ kind: 'write', file: '/tmp/copy.conf', quit: false })
  })

  it('writes and quits with :wq, and with :x only when there are changes', () => {
    expect(vimCommand('wq', false)).toEqual({ kind: 'write', file: undefined, quit: true })
    expect(vimCommand('wq!', true)).toEqual({ kind: 'write', file: undefined, quit: true })
    expect(vimCommand('x', true)).toEqual({ kind: 'write', file: undefined, quit: true })
    expect(vimCommand('x', false)).toEqual({ kind: 'quit' })
    expect(vimCommand('exit', false)).toEqual({ kind: 'quit' })
  })

  it('quits with :q only when nothing changed, as vim refuses with E37', () => {
    expect(vimCommand('q', false)).toEqual({ kind: 'quit' })
    expect(vimCommand('q', true)).toEqual({ kind: 'error', message: 'E37: No write since last change (add ! to override)' })
    expect(vimCommand('quit', true).kind).toBe('error')
  })

  it('quits without writing with :q!', () => {
    expect(vimCommand('q!', true)).toEqual({ kind: 'quit' })
    expect(vimCommand('qa!', true)).toEqual({ kind: 'quit' })
  })

  it('names what it does not know with E492, and ignores an empty line', () => {
    expect(vimCommand('foo', false)).toEqual({ kind: 'error', message: 'E492: Not an editor command: foo' })
    expect(vimCommand('wqq', false)).toEqual({ kind: 'error', message: 'E492: Not an editor command: wqq' })
    expect(vimCommand('  ', true)).toEqual({ kind: 'none' })
  })
})
