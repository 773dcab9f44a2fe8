import { describe, expect, it } from 'vitest'
import { humanDuration, humanSize, humanSizeWithPrecision, bytesSize } from './units'

describe('go-units formatting', () => {
  it('writes sizes with three significant digits the way docker images does', () => {
    expect(humanSizeWithPrecision(192434722, 3)).toBe('192MB')
    expect(humanSizeWithPrecision(8309109, 3)).toBe('8.31MB')
    expect(humanSizeWithPrecision(78117406, 3)).toBe('78.1MB')
    expect(humanSizeWithPrecision(10072, 3)).toBe('10.1kB')
    expect(humanSizeWithPrecision(1095, 3)).toBe('1.09kB')
    expect(humanSizeWithPrecision(2, 3)).toBe('2B')
    expect(humanSizeWithPrecision(0, 3)).toBe('0B')
    expect(humanSizeWithPrecision(1200000000, 3)).toBe('1.2GB')
    expect(humanSizeWithPrecision(999600000, 3)).toBe('1e+03MB')
  })
  it('writes pull counters with four digits', () => {
    expect(humanSize(28230000)).toBe('28.23MB')
    expect(humanSize(628)).toBe('628B')
    expect(humanSize(1209)).toBe('1.209kB')
    expect(humanSize(33100000)).toBe('33.1MB')
    expect(bytesSize(3.733 * 1024 ** 3)).toBe('3.733GiB')
  })
  it('words durations like HumanDuration', () => {
    const s = 1000, m = 60 * s, h = 60 * m, d = 24 * h
    expect(humanDuration(500)).toBe('Less than a second')
    expect(humanDuration(1 * s)).toBe('1 second')
    expect(humanDuration(12 * s)).toBe('12 seconds')
    expect(humanDuration(90 * s)).toBe('About a minute')
    expect(humanDuration(5 * m)).toBe('5 minutes')
    expect(humanDuration(89 * m)).toBe('About an hour')
    expect(humanDuration(90 * m)).toBe('2 hours')
    expect(humanDuration(3 * d)).toBe('3 days')
    expect(humanDuration(15 * d)).toBe('2 weeks')
    expect(humanDuration(100 * d)).toBe('3 months')
    expect(humanDuration(800 * d)).toBe('2 years')
  })
})
