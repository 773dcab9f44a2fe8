import { describe, expect, it } from 'vitest'
import type { Word } from './ast'
import { expandBraces } from './brace-expansion'
import { parse } from './parser'

function word(text: string): Word {
  const result = parse(`x ${text}`)
  if (result.status !== 'ok') throw new Error('no parse')
  const command = result.script.items[0].command.first.commands[0]
  if (command.type !== 'simple') throw new Error('not simple')
  return command.words[1]
}
const texts = (text: string) => expandBraces(word(text)).map((w) => w.parts.map((p) => ('text' in p ? p.text : `{${p.type}}`)).join(''))

describe('brace expansion', () => {
  it('expands comma lists with a prefix and suffix', () => {
    expect(texts('pre{a,b,c}post')).toEqual(['preapost', 'prebpost', 'precpost'])
  })

  it('expands numeric and letter sequences, with steps and padding', () => {
    expect(texts('{1..4}')).toEqual(['1', '2', '3', '4'])
    expect(texts('{3..1}')).toEqual(['3', '2', '1'])
    expect(texts('{0..10..5}')).toEqual(['0', '5', '10'])
    expect(texts('{08..10}')).toEqual(['08', '09', '10'])
    expect(texts('{a..c}')).toEqual(['a', 'b', 'c'])
  })

  it('nests and multiplies', () => {
    expect(texts('{a,b{1,2}}')).toEqual(['a', 'b1', 'b2'])
    expect(texts('{x,y}{1,2}')).toEqual(['x1', 'x2', 'y1', 'y2'])
  })

  it('leaves braces without a comma or sequence, quoted braces and unclosed ones alone', () => {
    expect(texts('{a}')).toEqual(['{a}'])
    expect(texts('"{a,b}"')).toEqual(['{double}'])
    expect(texts('{a,b')).toEqual(['{a,b'])
  })

  it('keeps expansions inside alternatives as they are', () => {
    expect(texts('{$x,y}')).toEqual(['{param}', 'y'])
  })
})
