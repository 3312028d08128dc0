import { describe, expect, it } from 'vitest'
import { retryAfterValue } from '../../src/http/retry-after-value.js'

describe('retryAfterValue', () => {
  it('writes seconds as a whole number', () => {
    expect(retryAfterValue(0)).toBe('0')
    expect(retryAfterValue(120)).toBe('120')
  })
  it('writes a Date as an IMF-fixdate', () => {
    expect(retryAfterValue(new Date(Date.UTC(2026, 9, 21, 7, 28, 0)))).toBe('Wed, 21 Oct 2026 07:28:00 GMT')
  })
  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('throws a RangeError for %s seconds', (value) => {
    expect(() => retryAfterValue(value)).toThrow(RangeError)
    expect(() => retryAfterValue(value)).toThrow(/retryAfter/)
  })
  it('throws a RangeError for an invalid Date', () => {
    expect(() => retryAfterValue(new Date('nope'))).toThrow(/invalid Date/)
  })
})
