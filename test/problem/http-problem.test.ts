import { describe, expect, it } from 'vitest'
import { conflict, HttpProblem, internalServerError, PROBLEM_JSON, problem } from 'statuskit'

const make = (extra: Record<string, unknown> = {}): HttpProblem =>
  new HttpProblem({ status: 409, title: 'Conflict', ...extra } as never)

describe('HttpProblem', () => {
  it('is an Error named HttpProblem whose message is detail ?? title', () => {
    const p = make({ detail: 'Order 7 changed.' })
    expect(p).toBeInstanceOf(Error)
    expect(p.name).toBe('HttpProblem')
    expect(p.message).toBe('Order 7 changed.')
    expect(make().message).toBe('Conflict')
    expect(Object.prototype.toString.call(p)).toBe('[object Error]')
  })

  it('keeps cause through the Error options and never serializes it', () => {
    const cause = new Error('db said no')
    const p = make({ cause })
    expect(p.cause).toBe(cause)
    expect(JSON.stringify(p)).not.toContain('db said no')
    expect(JSON.stringify(p)).not.toContain('stack')
    expect('cause' in make()).toBe(false)
  })

  it('serializes the members in RFC 9457 order, then the extensions', () => {
    const p = new HttpProblem({
      extensions: { balance: 30, accounts: ['/account/12345'] },
      instance: '/account/12345/msgs/abc',
      detail: 'Your current balance is 30, but that costs 50.',
      title: 'You do not have enough credit.',
      type: 'https://example.com/probs/out-of-credit',
      status: 403,
    })
    expect(JSON.stringify(p)).toBe(
      '{"type":"https://example.com/probs/out-of-credit","title":"You do not have enough credit.","status":403,' +
        '"detail":"Your current balance is 30, but that costs 50.","instance":"/account/12345/msgs/abc",' +
        '"balance":30,"accounts":["/account/12345"]}',
    )
  })

  it('defaults type to about:blank and omits absent detail and instance', () => {
    expect(make().toJSON()).toStrictEqual({ type: 'about:blank', title: 'Conflict', status: 409 })
  })

  it('never serializes name, message, stack, headers or expose', () => {
    const keys = Object.keys(make({ detail: 'x', headers: { etag: '"1"' } }).toJSON())
    expect(keys).toEqual(['type', 'title', 'status', 'detail'])
  })

  describe('exposure', () => {
    it('sends the detail of a 4xx', () => {
      expect(make({ detail: 'Order 7 changed.' }).toJSON().detail).toBe('Order 7 changed.')
    })
    it('hides the detail of a 5xx unless expose is true, and keeps the title', () => {
      const hidden = new HttpProblem({ status: 500, title: 'Internal Server Error', detail: 'password=hunter2' })
      expect(hidden.expose).toBe(false)
      expect(JSON.stringify(hidden)).not.toContain('hunter2')
      expect(hidden.toJSON()).toStrictEqual({ type: 'about:blank', title: 'Internal Server Error', status: 500 })
      const shown = new HttpProblem({ status: 503, title: 'Service Unavailable', detail: 'Back at 14:00.', expose: true })
      expect(shown.toJSON().detail).toBe('Back at 14:00.')
    })
    it('hides a 4xx detail when expose is false', () => {
      expect(make({ detail: 'internal', expose: false }).toJSON()).not.toHaveProperty('detail')
    })
    it('keeps the 5xx detail in message for server logs', () => {
      expect(internalServerError('db timeout').message).toBe('db timeout')
    })
  })

  describe('extensions', () => {
    it.each(['type', 'title', 'status', 'detail', 'instance'])('rejects an extension named like the standard member %s', (name) => {
      expect(() => make({ extensions: { [name]: 'x' } })).toThrow(TypeError)
    })
    it.each(['__proto__', 'constructor', 'prototype'])('rejects an extension named %s', (name) => {
      const extensions = JSON.parse(`{"${name}": {"polluted": true}}`) as Record<string, unknown>
      expect(() => make({ extensions })).toThrow(TypeError)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    })
    it('stores the extensions in a frozen object without a prototype', () => {
      const p = make({ extensions: { currentVersion: 8 } })
      expect(Object.getPrototypeOf(p.extensions)).toBeNull()
      expect(Object.isFrozen(p.extensions)).toBe(true)
      expect(p.extensions.currentVersion).toBe(8)
    })
    it('copies the extensions, so later changes to the input do not leak in', () => {
      const input: Record<string, unknown> = { a: 1 }
      const p = make({ extensions: input })
      input.b = 2
      expect(p.toJSON()).not.toHaveProperty('b')
    })
  })

  describe('headers', () => {
    it('defaults to application/problem+json and no-store', () => {
      expect({ ...make().headers }).toStrictEqual({ 'content-type': PROBLEM_JSON, 'cache-control': 'no-store' })
    })
    it('lower-cases names and lets a problem override the defaults', () => {
      const p = make({ headers: { 'Cache-Control': 'private, max-age=5', ETag: '"8"' } })
      expect({ ...p.headers }).toStrictEqual({
        'content-type': PROBLEM_JSON,
        'cache-control': 'private, max-age=5',
        etag: '"8"',
      })
      expect(Object.isFrozen(p.headers)).toBe(true)
    })
    it.each(['/a\r\nSet-Cookie: admin=1', '/a\nb', 'a\0b'])('rejects the injected value %j with a TypeError', (value) => {
      expect(() => make({ headers: { location: value } })).toThrow(TypeError)
    })
    it.each(['Bad Name', 'x\r\ny', 'a:b', ''])('rejects the header name %j with a TypeError', (name) => {
      expect(() => make({ headers: { [name]: 'v' } })).toThrow(TypeError)
    })
    it.each(['a\x01b', 'a\x7fb', 'filename="€.pdf"', 'x\r', '\n'])('rejects the value %j, which Node would refuse to send', (value) => {
      expect(() => make({ headers: { 'content-disposition': value } })).toThrow(TypeError)
    })
    it('accepts tabs, spaces and bytes 0x80–0xFF in a value', () => {
      expect(make({ headers: { 'x-note': ' a\tü ' } }).headers['x-note']).toBe(' a\tü ')
    })
    it('rejects a non-string header value', () => {
      expect(() => make({ headers: { 'retry-after': 30 } })).toThrow(TypeError)
    })
  })

  describe('validation', () => {
    it.each([200, 399, 600, 409.5, Number.NaN, '409'])('throws a RangeError for status %j', (status) => {
      expect(() => new HttpProblem({ status, title: 'x' } as never)).toThrow(RangeError)
    })
    it('checks the title also when a detail is given', () => {
      expect(() => make({ title: 5, detail: 'x' })).toThrow('title')
      expect(() => new HttpProblem({ status: 409, detail: 'x' } as never)).toThrow(TypeError)
    })
    it('names the member and never quotes the value in its messages', () => {
      expect(() => make({ headers: { location: '/a\r\nSet-Cookie: admin=1' } })).toThrow('Invalid `headers.location`: expected a valid header field.')
      expect(() => make({ headers: { location: '/a\r\nSet-Cookie: admin=1' } })).not.toThrow('admin')
      expect(() => new HttpProblem({ status: 600, title: 'x' } as never)).toThrow('Invalid `status`: expected an integer 400-599.')
    })
    it('accepts an unregistered status from 400 to 599', () => {
      expect(new HttpProblem({ status: 499, title: 'Client Closed Request' }).status).toBe(499)
    })
    it.each([
      ['title', { title: 5 }],
      ['type', { type: 1 }],
      ['detail', { detail: {} }],
      ['instance', { instance: [] }],
      ['expose', { expose: 'yes' }],
      ['extensions', { extensions: 'x' }],
      ['headers', { headers: null }],
    ])('throws a TypeError naming %s when it has the wrong type', (name, extra) => {
      expect(() => make(extra)).toThrow(TypeError)
      expect(() => make(extra)).toThrow(name)
    })
  })

  describe('stack', () => {
    const frames = (p: Error): number => (p.stack ?? '').split('\n').filter((line) => line.trim().startsWith('at ')).length

    it('captures no frames for a 4xx: an expected outcome, cheap under floods', () => {
      const p = conflict('Order 7 changed.')
      expect(p.stack).toBe('HttpProblem: Order 7 changed.')
      expect(frames(make())).toBe(0)
    })
    it('captures the frames of a 4xx with stack: true, and of every 5xx', () => {
      expect(frames(conflict('x', { stack: true }))).toBeGreaterThan(0)
      expect(conflict('x', { stack: true }).stack).toContain('http-problem.test.ts')
      expect(frames(internalServerError('boom'))).toBeGreaterThan(0)
    })
    it('leaves Error.stackTraceLimit as it found it, also when the problem is invalid', () => {
      const before = Error.stackTraceLimit
      conflict('x')
      expect(() => make({ headers: { 'x-a': 'a\nb' } })).toThrow(TypeError)
      expect(Error.stackTraceLimit).toBe(before)
      expect(frames(new Error('after'))).toBeGreaterThan(0)
    })
    it('restores Error.stackTraceLimit when a cause getter throws', () => {
      const before = Error.stackTraceLimit
      const init = { status: 409, title: 'Conflict' }
      Object.defineProperty(init, 'cause', { get: () => { throw new Error('hostile') } })
      expect(() => new HttpProblem(init as never)).toThrow('hostile')
      expect(Error.stackTraceLimit).toBe(before)
      expect(frames(new Error('after'))).toBeGreaterThan(0)
    })
    it('still works where Error.stackTraceLimit is frozen (the 4xx then keeps its frames)', () => {
      const descriptor = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit')
      Object.defineProperty(Error, 'stackTraceLimit', { value: 7, writable: false, configurable: true })
      try {
        const p = conflict('Order 7 changed.')
        expect(p.status).toBe(409)
        expect(frames(p)).toBeGreaterThan(0)
        expect(Error.stackTraceLimit).toBe(7)
      } finally {
        Object.defineProperty(Error, 'stackTraceLimit', descriptor as PropertyDescriptor)
      }
    })
  })

  describe('toResponse', () => {
    it('returns a web Response with the status, the headers and the document', async () => {
      const response = conflict('Order 7 changed.', { headers: { etag: '"8"' } }).toResponse()
      expect(response).toBeInstanceOf(Response)
      expect(response.status).toBe(409)
      expect(response.headers.get('content-type')).toBe('application/problem+json')
      expect(response.headers.get('cache-control')).toBe('no-store')
      expect(response.headers.get('etag')).toBe('"8"')
      expect(await response.text()).toBe('{"type":"about:blank","title":"Conflict","status":409,"detail":"Order 7 changed."}')
    })
    it('sends no 5xx detail', async () => {
      expect(await problem(502, 'upstream 10.0.0.7 refused').toResponse().json()).toStrictEqual({
        type: 'about:blank',
        title: 'Bad Gateway',
        status: 502,
      })
    })
  })
})
