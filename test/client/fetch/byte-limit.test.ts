import { describe, expect, it } from 'vitest'
import { byteLimit, DEFAULT_MAX_BODY_BYTES } from '../../../src/client/fetch/byte-limit.js'

describe('byteLimit', () => {
  it('defaults to 64 KiB and keeps any non-negative integer', () => {
    expect(byteLimit(undefined)).toBe(DEFAULT_MAX_BODY_BYTES)
    expect(DEFAULT_MAX_BODY_BYTES).toBe(65_536)
    expect(byteLimit(0)).toBe(0)
    expect(byteLimit(1_048_576)).toBe(1_048_576)
  })

  it.each([-1, 0.5, Number.NaN, Infinity, 2 ** 53])('refuses %s with a RangeError', (value) => {
    expect(() => byteLimit(value)).toThrow(RangeError)
    expect(() => byteLimit(value)).toThrow(`Invalid \`maxBytes\`: received ${value}; expected a non-negative integer number of bytes.`)
  })

  it.each([['1024'], [null], [{}]])('refuses %o with a TypeError', (value) => {
    expect(() => byteLimit(value)).toThrow(TypeError)
  })
})
