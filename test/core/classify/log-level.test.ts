import { describe, expect, it } from 'vitest'
import { logLevel } from 'statuskit'

describe('logLevel', () => {
  it.each([
    [500, 'server', 'error'],
    [500, 'client', 'warn'],
    [400, 'server', 'info'],
    [400, 'client', 'error'],
    [404, 'client', 'info'],
    [408, 'server', 'warn'],
    [501, 'server', 'warn'],
    [499, 'client', 'debug'],
    [204, 'server', 'info'],
    [101, 'client', 'debug'],
  ] as const)('%i on the %s side → %s', (status, side, level) => {
    expect(logLevel(status, side)).toBe(level)
  })

  it('passes options through', () => {
    expect(logLevel(404, 'client', { expected: false })).toBe('error')
  })

  it('throws a RangeError for an invalid status', () => {
    expect(() => logLevel(0.5, 'server')).toThrow(RangeError)
    expect(logLevel(0, 'server')).toBe('error') // review B16: out of range is a 5xx
  })
})
