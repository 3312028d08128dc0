import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { classifyMonitoring, type MonitoringSide } from 'statuskit'

describe('classifyMonitoring: OpenTelemetry span status', () => {
  it('server spans are error only for 5xx, client spans for 4xx and 5xx, for every integer 100–599', () => {
    for (let status = 100; status <= 599; status++) {
      const server = classifyMonitoring(status, 'server')
      const client = classifyMonitoring(status, 'client')
      const serverError = status >= 500
      const clientError = status >= 400
      expect(server.spanStatus, `server ${status}`).toBe(serverError ? 'error' : 'unset')
      expect(server.errorType, `server ${status}`).toBe(serverError ? `${status}` : undefined)
      // review B14/B15: cancellations (nginx 499, ALB 460) are unset; 444/599 never reach a client; 494–497 reach it as 400
      const cancelled = status === 499 || status === 460
      const rewritten = status >= 494 && status <= 497
      const noStatus = status === 444 || status === 599
      expect(client.spanStatus, `client ${status}`).toBe(clientError && !cancelled ? 'error' : 'unset')
      expect(client.errorType, `client ${status}`).toBe(!clientError || cancelled || noStatus ? undefined : rewritten ? '400' : `${status}`)
    }
  })

  it('returns the full shape', () => {
    expect(classifyMonitoring(409, 'server')).toEqual({
      level: 'info',
      countsAgainstSlo: false,
      spanStatus: 'unset',
      errorType: undefined,
      fault: 'client',
    })
    expect(classifyMonitoring(409, 'client')).toEqual({
      level: 'warn',
      countsAgainstSlo: false,
      spanStatus: 'error',
      errorType: '409',
      fault: 'client',
    })
    expect(classifyMonitoring(502, 'server')).toEqual({
      level: 'error',
      countsAgainstSlo: true,
      spanStatus: 'error',
      errorType: '502',
      fault: 'server',
    })
  })
})

describe('classifyMonitoring: options', () => {
  it('501 and 505 do not count against the SLO unless countUnsupported', () => {
    expect(classifyMonitoring(501, 'server').countsAgainstSlo).toBe(false)
    expect(classifyMonitoring(505, 'server').countsAgainstSlo).toBe(false)
    expect(classifyMonitoring(501, 'server', { countUnsupported: true }).countsAgainstSlo).toBe(true)
    expect(classifyMonitoring(505, 'client', { countUnsupported: true }).countsAgainstSlo).toBe(true)
    expect(classifyMonitoring(511, 'server', { countUnsupported: true }).countsAgainstSlo).toBe(false)
  })

  it('429 does not count against the SLO unless countTooManyRequests', () => {
    expect(classifyMonitoring(429, 'server').countsAgainstSlo).toBe(false)
    expect(classifyMonitoring(429, 'server', { countTooManyRequests: true }).countsAgainstSlo).toBe(true)
    expect(classifyMonitoring(428, 'server', { countTooManyRequests: true }).countsAgainstSlo).toBe(false)
  })

  it('expected changes the client-side level of 404, 409 and 412 only', () => {
    expect(classifyMonitoring(404, 'client', { expected: false }).level).toBe('error')
    expect(classifyMonitoring(409, 'client', { expected: false }).level).toBe('error')
    expect(classifyMonitoring(412, 'client', { expected: false }).level).toBe('error')
    expect(classifyMonitoring(409, 'client', { expected: true }).level).toBe('info')
    expect(classifyMonitoring(404, 'server', { expected: false }).level).toBe('info')
    expect(classifyMonitoring(400, 'client', { expected: true }).level).toBe('error')
    // The span stays an error: OTel leaves "expected" to the instrumentation's own context.
    expect(classifyMonitoring(404, 'client', { expected: true }).spanStatus).toBe('error')
  })
})

describe('classifyMonitoring: bad input', () => {
  it.each([200.5, Number.NaN])('throws a RangeError for status %s', (status) => {
    expect(() => classifyMonitoring(status, 'server')).toThrow(
      /^Invalid HTTP status for `status`: received .*; expected an integer from 100 to 599/,
    )
  })

  it.each([99, 600, 0, 999])('treats the integer %s, outside 100–599, as a 5xx (review B16; RFC 9110 §15)', (status) => {
    expect(classifyMonitoring(status, 'client')).toEqual({ level: 'warn', countsAgainstSlo: true, spanStatus: 'error', errorType: String(status), fault: 'server' })
    expect(classifyMonitoring(status, 'server')).toMatchObject({ level: 'error', spanStatus: 'error', fault: 'server' })
  })

  it('throws a TypeError for an unknown side', () => {
    expect(() => classifyMonitoring(500, 'proxy' as MonitoringSide)).toThrow(TypeError)
    expect(() => classifyMonitoring(500, 'proxy' as MonitoringSide)).toThrow("expected 'server' or 'client'")
  })

  it('never throws for 100–599, both sides and any options', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 599 }),
        fc.constantFrom<MonitoringSide>('server', 'client'),
        fc.record(
          { countUnsupported: fc.boolean(), countTooManyRequests: fc.boolean(), expected: fc.boolean() },
          { requiredKeys: [] },
        ),
        (status, side, options) => {
          const m = classifyMonitoring(status, side, options)
          expect(['debug', 'info', 'warn', 'error']).toContain(m.level)
          if (m.spanStatus === 'unset') expect(m.errorType).toBeUndefined()
          else if (status !== 444 && status !== 599) expect(m.errorType).toMatch(/^\d{3}$/)
        },
      ),
      { numRuns: 2000 },
    )
  })
})
