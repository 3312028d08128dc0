import { describe, expect, it } from 'vitest'
import { replayHeaders, storedResponseOf } from '../../../src/server/idempotency/stored-response.js'

const body = new TextEncoder().encode('{"id":7}')

describe('storedResponseOf', () => {
  it('keeps status, end-to-end headers in lower case and a copy of the body', () => {
    const bytes = body.slice()
    const stored = storedResponseOf(
      201,
      {
        'Content-Type': 'application/json',
        Location: '/orders/7',
        'X-Count': 3,
        Vary: ['Accept', 'Origin'],
        Connection: 'keep-alive',
        'Keep-Alive': 'timeout=5',
        'Transfer-Encoding': 'chunked',
        Date: 'Thu, 03 Dec 2026 14:00:00 GMT',
        'Content-Length': '8',
        'Set-Cookie': ['session=secret'],
        'Idempotent-Replayed': 'true',
        Missing: undefined,
      },
      bytes,
    )
    expect(stored).toEqual({
      status: 201,
      headers: { 'content-type': 'application/json', location: '/orders/7', 'x-count': '3', vary: ['Accept', 'Origin'] },
      body,
    })
    bytes[0] = 0
    expect(stored?.body[0]).toBe(123)
  })

  it.each([200, 201, 204, 303, 400, 404, 409, 410, 412, 413, 422])('stores a %i: a completed outcome', (status) => {
    expect(storedResponseOf(status, {}, body)?.status).toBe(status)
  })

  it.each([
    { status: 500, why: 'a server failure' },
    { status: 502, why: 'a server failure' },
    { status: 503, why: 'a server failure' },
    { status: 408, why: 'not processed' },
    { status: 421, why: 'not processed' },
    { status: 425, why: 'not processed' },
    { status: 429, why: 'not processed' },
    { status: 401, why: 'resent with new credentials' },
    { status: 403, why: 'resent with new credentials' },
    { status: 407, why: 'resent with new credentials' },
    { status: 100, why: 'not final' },
  ])('does not store a $status ($why)', ({ status }) => {
    expect(storedResponseOf(status, {}, body)).toBeUndefined()
  })

  it('does not store a 413 that asks to come back later (Retry-After)', () => {
    expect(storedResponseOf(413, { 'retry-after': '5' }, body)).toBeUndefined()
    expect(storedResponseOf(413, {}, body)?.status).toBe(413)
  })

  it('does not store a body that was not all captured', () => {
    expect(storedResponseOf(201, {}, undefined)).toBeUndefined()
  })
})

describe('replayHeaders', () => {
  it('adds content-length of the body and the replay marker', () => {
    expect(replayHeaders({ status: 201, headers: { location: '/orders/7', 'content-length': '99' }, body })).toEqual({
      location: '/orders/7',
      'content-length': '8',
      'idempotent-replayed': 'true',
    })
  })
})
