import { describe, expect, it } from 'vitest'
import { inspectResponse } from 'statuskit/inspect'
import { exchange } from './rule-case.js'

const leaks = (status: number, body: string, type = 'text/html'): boolean =>
  inspectResponse(exchange('GET', status, { 'content-type': type, 'cache-control': 'no-store' }, body)).findings.some(
    (f) => f.id === 'body.error-leaks-internals',
  )

describe('body.error-leaks-internals beyond stack frames', () => {
  it.each([
    [500, '<h1>HTTP Status 500</h1><p>java.lang.NullPointerException: Cannot invoke "String.length()"</p>'],
    [500, 'Unhandled exception. System.InvalidOperationException: Sequence contains no elements'],
    [500, '{"error":"SQLSTATE[23000]: Integrity constraint violation"}'],
    [500, 'ORA-00942: table or view does not exist'],
    [500, 'You have an error in your SQL syntax; check the manual'],
    [500, 'ERROR: syntax error at or near "FROM"'],
    [502, '<p>connect ECONNREFUSED 10.0.3.7:5432</p>'],
    [504, 'upstream 192.168.1.20:8080 timed out'],
    [503, 'backend 172.20.0.5:3000 is down'],
  ])('flags a %i showing internals: %s', (status, body) => {
    expect(leaks(status, body)).toBe(true)
  })

  it.each([
    [500, '<h1>Something went wrong</h1><p>Trace id 4bf92f35. Try again later.</p>'],
    [500, 'The java runtime is fine; the system had an error.'],
    [502, '<p>Bad gateway. Our status page: https://status.example.com</p>'],
    [503, 'Down for maintenance until 10.30 UTC; version 10.2.3.4 is coming.'],
    [400, '{"title":"Invalid order","detail":"Quantity must be at least 1."}'],
  ])('does not flag a %i with a plain explanation: %s', (status, body) => {
    expect(leaks(status, body)).toBe(false)
  })

  it('never judges a success body', () => {
    expect(leaks(200, 'connect ECONNREFUSED 10.0.3.7:5432')).toBe(false)
  })
})
