import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { conflict, MAX_PROBLEM_BODY, parseProblem } from 'statuskit'

const NOT_A_PROBLEM = {
  type: 'about:blank',
  title: undefined,
  status: undefined,
  detail: undefined,
  instance: undefined,
  extensions: {},
  valid: false,
  statusMismatch: undefined,
}

describe('parseProblem', () => {
  it('reads the standard members and keeps unknown members as extensions', () => {
    const parsed = parseProblem(
      '{"type":"https://example.com/probs/version-conflict","title":"Version conflict","status":409,' +
        '"detail":"Order 7 is at version 8.","instance":"/orders/7","currentVersion":8}',
    )
    expect(parsed).toEqual({
      type: 'https://example.com/probs/version-conflict',
      title: 'Version conflict',
      status: 409,
      detail: 'Order 7 is at version 8.',
      instance: '/orders/7',
      extensions: { currentVersion: 8 },
      valid: true,
      statusMismatch: undefined,
    })
  })

  it('treats a missing type as about:blank', () => {
    expect(parseProblem('{"title":"Not Found"}').type).toBe('about:blank')
  })

  it.each([
    ['type', '{"type":42}', { type: 'about:blank' }],
    ['title', '{"title":["x"]}', { title: undefined }],
    ['status', '{"status":"409"}', { status: undefined }],
    ['status (fraction)', '{"status":409.5}', { status: undefined }],
    ['status (out of range)', '{"status":700}', { status: undefined }],
    ['detail', '{"detail":{"a":1}}', { detail: undefined }],
    ['instance', '{"instance":null}', { instance: undefined }],
  ])('ignores an ill-typed %s member', (_, body, expected) => {
    const parsed = parseProblem(body)
    expect(parsed).toMatchObject({ ...expected, valid: true })
    expect(parsed.extensions).toEqual({})
  })

  it('resolves a relative type and instance against baseUrl', () => {
    const parsed = parseProblem('{"type":"/probs/version-conflict","instance":"7/attempts/2"}', {
      baseUrl: 'https://api.example.com/orders/7',
    })
    expect(parsed.type).toBe('https://api.example.com/probs/version-conflict')
    expect(parsed.instance).toBe('https://api.example.com/orders/7/attempts/2')
  })

  it('leaves an absolute type alone, and a relative one when there is no (valid) baseUrl', () => {
    expect(parseProblem('{"type":"urn:problem:x"}', { baseUrl: 'https://a.example/' }).type).toBe('urn:problem:x')
    expect(parseProblem('{"type":"/probs/x"}').type).toBe('/probs/x')
    expect(parseProblem('{"type":"/probs/x"}', { baseUrl: 'not a url' }).type).toBe('/probs/x')
  })

  it('trusts the HTTP status and reports a differing status member', () => {
    const parsed = parseProblem('{"title":"Conflict","status":200}', { status: 409 })
    expect(parsed.status).toBe(409)
    expect(parsed.statusMismatch).toStrictEqual({ member: 200, http: 409 })
    expect(parseProblem('{"status":409}', { status: 409 }).statusMismatch).toBeUndefined()
  })

  it('reads bytes (Uint8Array, ArrayBuffer, with a BOM) and already parsed objects', () => {
    const text = '\uFEFF{"title":"Gone","status":410}'
    const bytes = new TextEncoder().encode(text)
    expect(parseProblem(bytes)).toMatchObject({ title: 'Gone', status: 410, valid: true })
    expect(parseProblem(bytes.buffer)).toMatchObject({ title: 'Gone', valid: true })
    expect(parseProblem(text)).toMatchObject({ title: 'Gone', valid: true })
    expect(parseProblem({ title: 'Gone', status: 410 })).toMatchObject({ title: 'Gone', valid: true })
    expect(parseProblem(conflict('x'))).toMatchObject({ title: 'Conflict', detail: 'x', valid: true })
  })

  it.each([
    ['invalid JSON', '{"title":'],
    ['an array', '[{"title":"x"}]'],
    ['null', 'null'],
    ['a JSON string', '"Conflict"'],
    ['a JSON number', '409'],
    ['an empty string', ''],
    ['HTML', '<html><body>502 Bad Gateway</body></html>'],
    ['undefined', undefined],
    ['null value', null],
    ['a number value', 409],
    ['a Date', new Date()],
    ['a Response', new Response('{}')],
    ['invalid UTF-8 bytes', new Uint8Array([0xff, 0xfe, 0x7b])],
  ])('returns valid: false for %s', (_, body) => {
    expect(parseProblem(body)).toEqual(NOT_A_PROBLEM)
  })

  it('keeps the HTTP status on an invalid body', () => {
    expect(parseProblem('<html>', { status: 502 })).toMatchObject({ status: 502, valid: false })
  })

  it(`does not parse bodies over ${MAX_PROBLEM_BODY} bytes (10 MB string, big byte array)`, () => {
    const huge = `{"title":"x","pad":"${'a'.repeat(10 * 1024 * 1024)}"}`
    expect(parseProblem(huge)).toEqual(NOT_A_PROBLEM)
    expect(parseProblem(new Uint8Array(MAX_PROBLEM_BODY + 1))).toEqual(NOT_A_PROBLEM)
    const justFits = `{"pad":"${'a'.repeat(MAX_PROBLEM_BODY - 10)}"}`
    expect(parseProblem(justFits).valid).toBe(true)
  })

  it('survives deep nesting: the document parses, the too-deep member is dropped', () => {
    const deep = `{"title":"x","deep":${'['.repeat(30_000)}${']'.repeat(30_000)},"ok":[[1]]}`
    const parsed = parseProblem(deep)
    expect(parsed.valid).toBe(true)
    expect(parsed.title).toBe('x')
    expect(parsed.extensions).toEqual({ ok: [[1]] })
  })

  describe('prototype pollution', () => {
    it('drops __proto__, constructor and prototype keys at the top level and nested', () => {
      const parsed = parseProblem(
        '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"prototype":1,' +
          '"nested":{"__proto__":{"polluted":1},"keep":true},"list":[{"constructor":1,"k":2}]}',
      )
      expect(Object.keys(parsed.extensions)).toEqual(['nested', 'list'])
      expect(parsed.extensions.nested).toStrictEqual({ keep: true })
      expect(parsed.extensions.list).toStrictEqual([{ k: 2 }])
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      expect(Object.getPrototypeOf(parsed.extensions)).toBeNull()
    })
    it('gives extensions that are safe to merge with Object.assign', () => {
      const parsed = parseProblem('{"nested":{"__proto__":{"polluted":1}}}')
      const merged = Object.assign({}, parsed.extensions.nested)
      expect((merged as Record<string, unknown>).polluted).toBeUndefined()
      expect(Object.getPrototypeOf(merged)).toBe(Object.prototype)
    })
  })

  it('never throws on hostile objects and options', () => {
    const getter = Object.defineProperty({}, 'title', { enumerable: true, get: () => { throw new Error('no') } })
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    const trap = new Proxy({}, { ownKeys: () => { throw new Error('trap') } })
    for (const body of [getter, proxy, trap]) expect(parseProblem(body).valid).toBe(false)
    const badOptions = Object.defineProperty({}, 'status', { get: () => { throw new Error('no') } })
    expect(parseProblem('{"title":"x"}', badOptions).title).toBe('x')
  })

  it('drops extension values that are not JSON (functions, bigints, cycles)', () => {
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    const parsed = parseProblem({ f: () => 1, b: 1n, c: cyclic, ok: 'yes', u: undefined })
    expect(parsed.extensions).toEqual({ ok: 'yes' })
  })

  it('never throws on arbitrary input (property test)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.anything(), fc.uint8Array()), (body) => {
        const parsed = parseProblem(body, { status: 409, baseUrl: 'https://a.example/x' })
        expect(typeof parsed.type).toBe('string')
        expect(typeof parsed.valid).toBe('boolean')
      }),
      { numRuns: 300 },
    )
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
