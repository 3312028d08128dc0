import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { backoffDelay } from 'statuskit'

describe('backoffDelay', () => {
  it('is (1 + random()) / 2 · min(cap, base · 2^attempt), in whole ms', () => {
    expect(backoffDelay(0, { random: () => 0.5 })).toBe(75)
    expect(backoffDelay(1, { random: () => 0.5 })).toBe(150)
    expect(backoffDelay(3, { baseMs: 1000, random: () => 0.25 })).toBe(5000)
    expect(backoffDelay(2, { baseMs: 10, capMs: 1000, random: () => 0.999 })).toBe(39)
  })

  it('is bounded by the cap (20 s by default)', () => {
    expect(backoffDelay(10, { random: () => 0.999 })).toBe(19_990)
    expect(backoffDelay(5000, { random: () => 0.999 })).toBe(19_990)
    expect(backoffDelay(8, { baseMs: 1000, capMs: 5000, random: () => 1 })).toBe(5000)
  })

  it('D10: equal jitter never goes below half the window (full jitter from 0 ms made the first retry immediate)', () => {
    expect(backoffDelay(0, { random: () => 0 })).toBe(50)
    expect(backoffDelay(4, { random: () => 0 })).toBe(800)
    expect(backoffDelay(0, { baseMs: 2000, random: () => 0 })).toBe(1000)
  })

  it('never returns NaN: bad numbers fall back to defaults, random() is clamped to [0, 1]', () => {
    expect(backoffDelay(Number.NaN, { random: () => 0.5 })).toBe(75)
    expect(backoffDelay(-3, { random: () => 0.5 })).toBe(75)
    expect(backoffDelay(1, { baseMs: Number.NaN, capMs: -1, random: () => 0.5 })).toBe(150)
    expect(backoffDelay(1, { random: () => Number.NaN })).toBe(100)
    expect(backoffDelay(1, { random: () => 7 })).toBe(200)
    expect(backoffDelay(1, { random: () => -7 })).toBe(100)
    expect(backoffDelay(2000, { baseMs: 0, random: () => 0.5 })).toBe(0)
  })

  it('uses Math.random by default, within the window', () => {
    const delay = backoffDelay(2)
    expect(delay).toBeGreaterThanOrEqual(200)
    expect(delay).toBeLessThan(400)
  })

  it('stays within [0, cap] for any input', () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), fc.double(), fc.double(), (attempt, baseMs, capMs, r) => {
        const delay = backoffDelay(attempt, { baseMs, capMs, random: () => r })
        expect(Number.isInteger(delay)).toBe(true)
        expect(delay).toBeGreaterThanOrEqual(0)
        expect(delay).toBeLessThanOrEqual(capMs >= 0 && capMs < Infinity ? capMs : 20_000)
      }),
      { numRuns: 2000 },
    )
  })
})
