// The Go value grammars flags are parsed with: strconv, time.ParseDuration, go-units RAMInBytes, net.ParseIP,
// docker's NanoCPUs and encoding/csv. Expected texts are Go's (several checked against docker 28.2.2 in
// captured-runs.ts as part of whole error messages).
import { describe, expect, it } from 'vitest'
import { parseCsvRecord, parseDecimal, parseFilter } from './flag-parsers'
import { parseGoDuration } from './go-duration'
import { goQuote, parseGoBool, parseGoInt, parseGoUint } from './go-strconv'
import { normalizeIPAddress } from './ip-address'
import { ramInBytes } from './ram-in-bytes'

const value = (r: { ok: boolean; value?: unknown; error?: string }) => (r.ok ? r.value : `error: ${r.error}`)

describe('strconv', () => {
  it('reads integers in any base prefix, with underscores', () => {
    expect(['10', '-10', '0x1f', '0o17', '017', '0b101', '1_000'].map((s) => value(parseGoInt(s))))
      .toEqual([10, -10, 31, 15, 15, 5, 1000])
  })
  it('rejects what Go rejects', () => {
    expect(value(parseGoInt('1.5'))).toBe('error: strconv.ParseInt: parsing "1.5": invalid syntax')
    expect(value(parseGoInt('08'))).toBe('error: strconv.ParseInt: parsing "08": invalid syntax')
    expect(value(parseGoInt('9223372036854775808')))
      .toBe('error: strconv.ParseInt: parsing "9223372036854775808": value out of range')
    expect(value(parseGoUint('70000', 16))).toBe('error: strconv.ParseUint: parsing "70000": value out of range')
    expect(value(parseGoUint('-1', 16))).toBe('error: strconv.ParseUint: parsing "-1": invalid syntax')
  })
  it('reads Go booleans', () => {
    expect(['1', 't', 'TRUE', 'True', '0', 'f', 'False'].map((s) => value(parseGoBool(s))))
      .toEqual([true, true, true, true, false, false, false])
    expect(value(parseGoBool('yes'))).toBe('error: strconv.ParseBool: parsing "yes": invalid syntax')
  })
  it('quotes like %q', () => {
    expect(goQuote('a"b\\c\n\u0001é')).toBe('"a\\"b\\\\c\\n\\x01é"')
  })
})

describe('time.ParseDuration', () => {
  it('gives nanoseconds', () => {
    expect(['1h2m3.5s', '90s', '-1s', '+5ms', '1µs', '1us', '0', '1.5h'].map((s) => value(parseGoDuration(s))))
      .toEqual([3723.5e9, 90e9, -1e9, 5e6, 1000, 1000, 0, 5400e9])
  })
  it('explains what is wrong', () => {
    expect(value(parseGoDuration('5'))).toBe('error: time: missing unit in duration "5"')
    expect(value(parseGoDuration('5x'))).toBe('error: time: unknown unit "x" in duration "5x"')
    expect(value(parseGoDuration('.s'))).toBe('error: time: invalid duration ".s"')
    expect(value(parseGoDuration('9999999999h'))).toBe('error: time: invalid duration "9999999999h"')
  })
})

describe('go-units RAMInBytes', () => {
  it('uses 1024-based suffixes with optional b / ib', () => {
    expect(['100', '1k', '1kb', '1KiB', '512m', '1.5g', '2 GiB', '1b'].map((s) => value(ramInBytes(s))))
      .toEqual([100, 1024, 1024, 1024, 512 * 1024 ** 2, 1.5 * 1024 ** 3, 2 * 1024 ** 3, 1])
  })
  it('rejects bad sizes with go-units\' texts', () => {
    expect(value(ramInBytes('1x'))).toBe("error: invalid suffix: 'x'")
    expect(value(ramInBytes('1Ki'))).toBe("error: invalid suffix: 'ki'")
    expect(value(ramInBytes('-1'))).toBe("error: invalid size: '-1'")
    expect(value(ramInBytes('abc'))).toBe("error: invalid size: 'abc'")
    expect(value(ramInBytes('1.5.5g'))).toBe('error: strconv.ParseFloat: parsing "1.5.5": invalid syntax')
  })
})

describe('docker NanoCPUs', () => {
  it('reads decimals and fractions exactly', () => {
    expect(['1.5', '.5', '5.', '3/2', '1e-9', '1e3'].map((s) => value(parseDecimal(s, {}))))
      .toEqual([1.5e9, 0.5e9, 5e9, 1.5e9, 1, 1e12])
    expect(value(parseDecimal('1/3', {}))).toBe('error: value is too precise')
    expect(value(parseDecimal('abc', {}))).toBe('error: failed to parse abc as a rational number')
  })
})

describe('net.ParseIP', () => {
  it('normalises addresses as Go prints them', () => {
    expect(normalizeIPAddress('0:0:0:0:0:0:0:1')).toBe('::1')
    expect(normalizeIPAddress('::ffff:1.2.3.4')).toBe('1.2.3.4')
    expect(normalizeIPAddress('2001:db8:0:0:1:0:0:1')).toBe('2001:db8::1:0:0:1')
    expect(normalizeIPAddress('10.0.0.1')).toBe('10.0.0.1')
  })
  it('rejects leading zeros, zones and short forms', () => {
    expect(['1.2.3.04', 'fe80::1%eth0', '1.2.3', '1:2'].map(normalizeIPAddress)).toEqual([undefined, undefined, undefined, undefined])
  })
})

describe('list values', () => {
  it('splits a stringSlice occurrence as one CSV record', () => {
    expect(value(parseCsvRecord('a,"b,c",d', {}))).toEqual(['a', 'b,c', 'd'])
    expect(value(parseCsvRecord('a"b', {}))).toBe('error: parse error on line 1, column 2: bare " in non-quoted-field')
    expect(value(parseCsvRecord('ab,"c', {})))
      .toBe('error: parse error on line 1, column 6: extraneous or missing " in quoted-field')
  })
  it('normalises filters to name=value', () => {
    expect(value(parseFilter(' Status = exited ', {}))).toBe('status=exited')
    expect(value(parseFilter('dangling', {}))).toBe('error: bad format of filter (expected name=value)')
  })
})
