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
    it.each(['type', 'title', 'status', 'detail', 'instance'])('leaves out an extension named like the standard member %s, with a warning', (name) => {
      const p = make({ extensions: { [name]: 'x', kept: 1 } })
      expect(p.toJSON()).toStrictEqual({ type: 'about:blank', title: 'Conflict', status: 409, kept: 1 })
      expect(p.warnings).toStrictEqual([`Left out \`extensions.${name}\`: a reserved name.`])
    })
    it.each(['__proto__', 'constructor', 'prototype'])('leaves out an extension named %s, with a warning', (name) => {
      const extensions = JSON.parse(`{"${name}": {"polluted": true}}`) as Record<string, unknown>
      const p = make({ extensions })
      expect(Object.keys(p.extensions)).toStrictEqual([])
      expect(p.warnings).toHaveLength(1)
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
    it.each(['/a\r\nSet-Cookie: admin=1', '/a\nb', 'a\0b'])('drops the injected value %j, with a warning, and never throws', (value) => {
      const p = make({ headers: { location: value, etag: '"1"' } })
      expect(p.headers).not.toHaveProperty('location')
      expect(p.headers.etag).toBe('"1"')
      expect(p.warnings).toStrictEqual(['Left out the header "location": an invalid name or value.'])
    })
    it.each(['Bad Name', 'x\r\ny', 'a:b', ''])('drops the header name %j, with a warning', (name) => {
      const p = make({ headers: { [name]: 'v' } })
      expect(Object.keys(p.headers)).toStrictEqual(['content-type', 'cache-control'])
      expect(p.warnings).toHaveLength(1)
      expect(p.warnings[0]).not.toMatch(/[\r\n]/)
    })
    it.each(['a\x01b', 'a\x7fb', 'filename="€.pdf"', 'x\r', '\n'])('drops the value %j, which Node would refuse to send', (value) => {
      const p = make({ headers: { 'content-disposition': value } })
      expect(p.headers).not.toHaveProperty('content-disposition')
      expect(p.warnings).toHaveLength(1)
    })
    it('accepts tabs, spaces and bytes 0x80–0xFF in a value', () => {
      expect(make({ headers: { 'x-note': ' a\tü ' } }).headers['x-note']).toBe(' a\tü ')
    })
    it('drops a non-string header value, with a warning, and skips an undefined one', () => {
      const p = make({ headers: { 'retry-after': 30, 'x-absent': undefined } })
      expect(p.headers).not.toHaveProperty('retry-after')
      expect(p.warnings).toStrictEqual(['Left out the header "retry-after": an invalid name or value.'])
    })
    it('takes a Headers, a Map and [name, value] pairs as well as a record (never silently ignored)', () => {
      const expected = { 'content-type': PROBLEM_JSON, 'cache-control': 'no-store', etag: '"8"', 'x-a': '1' }
      expect({ ...make({ headers: new Headers({ ETag: '"8"', 'X-A': '1' }) }).headers }).toStrictEqual(expected)
      expect({ ...make({ headers: new Map([['ETag', '"8"'], ['X-A', '1']]) }).headers }).toStrictEqual(expected)
      expect({ ...make({ headers: [['ETag', '"8"'], ['X-A', '1']] }).headers }).toStrictEqual(expected)
      const odd = make({ headers: [['etag', '"8"'], 'x-a', null, [5, 'v']] })
      expect(odd.headers.etag).toBe('"8"')
      expect(odd.warnings).toHaveLength(3)
    })
    it('treats null headers as none', () => {
      const p = make({ headers: null })
      expect({ ...p.headers }).toStrictEqual({ 'content-type': PROBLEM_JSON, 'cache-control': 'no-store' })
      expect(p.warnings).toStrictEqual([])
    })
  })

  describe('validation', () => {
    it.each([200, 399, 600, 409.5, Number.NaN, '409'])('throws a RangeError for status %j', (status) => {
      expect(() => new HttpProblem({ status, title: 'x' } as never)).toThrow(RangeError)
    })
    it('checks the title also when a detail is given, and never throws for it', () => {
      expect(make({ title: 5, detail: 'x' }).warnings).toStrictEqual(['Left out `title`: expected a string.'])
      const untitled = new HttpProblem({ status: 409, detail: 'x' } as never)
      expect(untitled.title).toBe('')
      expect(untitled.message).toBe('x')
    })
    it('names the member and never quotes the value in its messages', () => {
      expect(make({ headers: { location: '/a\r\nSet-Cookie: admin=1' } }).warnings.join()).not.toContain('admin')
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
    ])('leaves out %s when it has the wrong type, with a warning naming it', (name, extra) => {
      const p = make(extra)
      expect(p.status).toBe(409)
      expect(p.warnings.length).toBe(name === 'headers' ? 0 : 1)
      if (name !== 'headers') expect(p.warnings[0]).toContain(`\`${name}\``)
      expect(p.toJSON()).toMatchObject({ status: 409, type: 'about:blank' })
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
      expect(() => new HttpProblem({ status: 600, title: 'x' } as never)).toThrow(RangeError)
      expect(make({ headers: { 'x-a': 'a\nb' } }).warnings).toHaveLength(1)
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
    it('restores Error.stackTraceLimit when a cause getter throws only on its second read (security review #15)', () => {
      const before = Error.stackTraceLimit
      let reads = 0
      const init = { status: 409, title: 'Conflict' }
      Object.defineProperty(init, 'cause', {
        enumerable: true,
        get: () => {
          if (++reads > 1) throw new Error('second read')
          return 'first'
        },
      })
      const p = new HttpProblem(init as never)
      expect(p.cause).toBe('first')
      expect(Error.stackTraceLimit).toBe(before)
      expect(frames(new Error('after'))).toBeGreaterThan(0)
    })
    it('restores Error.stackTraceLimit when an init Proxy throws from its has trap on the second look (security review #15)', () => {
      const before = Error.stackTraceLimit
      let looks = 0
      const init = new Proxy({ status: 409, title: 'Conflict', cause: 'c' } as Record<string, unknown>, {
        has: (target, key) => {
          if (key === 'cause' && ++looks > 1) throw new Error('second look')
          return key in target
        },
      })
      expect(new HttpProblem(init as never).cause).toBe('c')
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

  describe('warnings', () => {
    it('is an empty, shared, frozen list on a problem made as asked (cheap to create)', () => {
      const a = conflict('x')
      const b = make()
      expect(a.warnings).toStrictEqual([])
      expect(a.warnings).toBe(b.warnings)
      expect(Object.isFrozen(a.warnings)).toBe(true)
      expect(Object.hasOwn(a, 'warnings')).toBe(false)
    })
    it('is not enumerable, read-only and never serialized', () => {
      const p = make({ headers: { 'x-a': 'a\nb' } })
      expect(Object.keys(p)).not.toContain('warnings')
      expect(Object.isFrozen(p.warnings)).toBe(true)
      expect(() => {
        ;(p as unknown as { warnings: string[] }).warnings = []
      }).toThrow(TypeError)
      expect(JSON.stringify(p)).not.toContain('Left out')
      expect({ ...p }).not.toHaveProperty('warnings')
    })
  })
})
