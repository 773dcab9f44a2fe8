import { describe, expect, it } from 'vitest'
import { relativeTime, systemdTimestamp } from './unit-status'

describe('systemd time formats', () => {
  it('prints timestamps with the weekday and zone', () => {
    expect(systemdTimestamp(Date.UTC(2026, 0, 1, 9, 30, 5))).toBe('Thu 2026-01-01 09:30:05 UTC')
  })

  it('prints relative times as format_timestamp_relative does', () => {
    const s = 1000
    expect([relativeTime(5 * s), relativeTime(90 * s), relativeTime(7 * 60 * s), relativeTime(3 * 3600 * s + 2 * 60 * s), relativeTime(3 * 86400 * s)])
      .toEqual(['5s ago', '1min 30s ago', '7min ago', '3h 2min ago', '3 days ago'])
  })
})
