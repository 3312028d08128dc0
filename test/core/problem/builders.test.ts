import { describe, expect, it } from 'vitest'
import * as statuskit from 'statuskit'
import {
  conflict,
  contentTooLarge,
  methodNotAllowed,
  payloadTooLarge,
  proxyAuthenticationRequired,
  rangeNotSatisfiable,
  serviceUnavailable,
  tooManyRequests,
  unauthorized,
  unavailableForLegalReasons,
  unprocessableContent,
  unprocessableEntity,
  upgradeRequired,
  uriTooLong,
  statusInfo,
  type HttpProblem,
} from 'statuskit'
import * as clientErrors from '../../../src/core/problem/builders/client-errors.js'
import * as serverErrors from '../../../src/core/problem/builders/server-errors.js'

/** camelCase of a phrase, written here independently of the code: "URI Too Long" -> uriTooLong. */
function builderName(phrase: string): string {
  const words = phrase.split(/[^A-Za-z0-9]+/).filter(Boolean)
  return words.map((w, i) => (i === 0 ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1).toLowerCase())).join('')
}

// Every registered 4xx/5xx in the catalog that is still in use. The catalog marks 418 "(Unused)"
// and 510 (obsolete) as deprecated: they get no builder (problem(418) still works).
const codes = Array.from({ length: 200 }, (_, i) => 400 + i).filter((code) => {
  const info = statusInfo(code)
  return info.registered && !info.deprecated
})
const expected = codes.map((code) => ({ code, name: builderName(statusInfo(code).phrase), title: statusInfo(code).phrase }))
const HEADER_OPTIONS: Record<number, object> = {
  401: { wwwAuthenticate: 'Bearer' },
  405: { allow: ['GET'] },
  407: { proxyAuthenticate: 'Basic' },
  426: { upgrade: 'h2c' },
}
type AnyBuilder = (detail?: string, options?: object) => HttpProblem

describe('named builders', () => {
  it('cover the registered 4xx and 5xx codes (sanity: the catalog list is not empty)', () => {
    expect(codes).toContain(409)
    expect(codes).toContain(511)
    expect(codes).not.toContain(418)
    expect(codes).not.toContain(510)
    expect(expected.length).toBe(38)
  })

  it.each(expected)('$name() exists and builds $code "$title"', ({ code, name, title }) => {
    const build = (statuskit as unknown as Record<string, AnyBuilder | undefined>)[name]
    expect(build, `statuskit should export ${name}`).toBeTypeOf('function')
    const p = build!('why', HEADER_OPTIONS[code])
    expect(p.status).toBe(code)
    expect(p.toJSON()).toMatchObject({ type: 'about:blank', title, status: code })
    expect(p.detail).toBe('why')
  })

  it('are exactly those, plus the deprecated aliases (no drift, no extras)', () => {
    const exported = [...Object.keys(clientErrors), ...Object.keys(serverErrors)].sort()
    expect(exported).toStrictEqual([...expected.map((e) => e.name), 'payloadTooLarge', 'unprocessableEntity'].sort())
  })

  it.each([
    { build: conflict, status: 409, title: 'Conflict' },
    { build: contentTooLarge, status: 413, title: 'Content Too Large' },
    { build: uriTooLong, status: 414, title: 'URI Too Long' },
    { build: unprocessableContent, status: 422, title: 'Unprocessable Content' },
    { build: serviceUnavailable, status: 503, title: 'Service Unavailable' },
  ])('$status builds "$title" (literal table)', ({ build, status, title }) => {
    expect(build('why').toJSON()).toStrictEqual({ type: 'about:blank', title, status, ...(status < 500 ? { detail: 'why' } : {}) })
  })

  it('keeps legacy names as aliases of the current builders', () => {
    expect(payloadTooLarge).toBe(contentTooLarge)
    expect(unprocessableEntity).toBe(unprocessableContent)
  })

  it('accept type, title, instance and extensions', () => {
    const p = conflict('Order 7 is at version 8.', {
      type: 'https://example.com/probs/version-conflict',
      title: 'Version conflict',
      instance: '/orders/7',
      extensions: { currentVersion: 8 },
    })
    expect(JSON.stringify(p)).toBe(
      '{"type":"https://example.com/probs/version-conflict","title":"Version conflict","status":409,' +
        '"detail":"Order 7 is at version 8.","instance":"/orders/7","currentVersion":8}',
    )
  })
})

describe('builders that set the headers their status calls for', () => {
  it('methodNotAllowed({ allow }) sets Allow', () => {
    const p = methodNotAllowed({ allow: ['GET', 'PUT'] })
    expect(p.status).toBe(405)
    expect(p.headers.allow).toBe('GET, PUT')
    expect(p.detail).toBeUndefined()
  })
  it('methodNotAllowed(detail, { allow }) sets the detail too', () => {
    const p = methodNotAllowed('Orders are read-only.', { allow: ['GET'] })
    expect(p.detail).toBe('Orders are read-only.')
    expect(p.headers.allow).toBe('GET')
  })
  it('methodNotAllowed with an empty list sends an empty Allow (no method allowed, RFC 9110 §10.2.1)', () => {
    expect(methodNotAllowed({ allow: [] }).headers.allow).toBe('')
  })
  it('unauthorized({ wwwAuthenticate }) sets WWW-Authenticate', () => {
    expect(unauthorized({ wwwAuthenticate: 'Bearer realm="api"' }).headers['www-authenticate']).toBe('Bearer realm="api"')
    expect(unauthorized({ wwwAuthenticate: ['Basic realm="a"', 'Bearer'] }).headers['www-authenticate']).toBe(
      'Basic realm="a", Bearer',
    )
  })
  it('proxyAuthenticationRequired({ proxyAuthenticate }) sets Proxy-Authenticate', () => {
    expect(proxyAuthenticationRequired({ proxyAuthenticate: 'Basic realm="p"' }).headers['proxy-authenticate']).toBe(
      'Basic realm="p"',
    )
  })
  it('upgradeRequired({ upgrade }) sets Upgrade', () => {
    expect(upgradeRequired({ upgrade: ['HTTP/2.0', 'HTTP/3.0'] }).headers.upgrade).toBe('HTTP/2.0, HTTP/3.0')
  })
  it('tooManyRequests({ retryAfter }) sets Retry-After from seconds or a Date', () => {
    expect(tooManyRequests({ retryAfter: 30 }).headers['retry-after']).toBe('30')
    expect(tooManyRequests('Slow down.', { retryAfter: new Date(Date.UTC(2026, 9, 21, 7, 28)) }).headers['retry-after']).toBe(
      'Wed, 21 Oct 2026 07:28:00 GMT',
    )
    expect(tooManyRequests().headers).not.toHaveProperty('retry-after')
  })
  it('serviceUnavailable({ retryAfter }) sets Retry-After', () => {
    expect(serviceUnavailable({ retryAfter: 120 }).headers['retry-after']).toBe('120')
  })
  it('contentTooLarge({ retryAfter }) sets Retry-After', () => {
    expect(contentTooLarge({ retryAfter: 60 }).headers['retry-after']).toBe('60')
  })
  it('rangeNotSatisfiable({ contentRange }) sets Content-Range', () => {
    expect(rangeNotSatisfiable({ contentRange: 'bytes */1000' }).headers['content-range']).toBe('bytes */1000')
  })
  it('unavailableForLegalReasons({ blockedBy }) sets a blocked-by Link', () => {
    expect(unavailableForLegalReasons({ blockedBy: 'https://isp.example/legal' }).headers.link).toBe(
      '<https://isp.example/legal>; rel="blocked-by"',
    )
  })
  it('never throw when a required header option is missing: the header is left out, with a warning', () => {
    const none = (methodNotAllowed as unknown as () => HttpProblem)()
    expect(none.status).toBe(405)
    expect(none.headers).not.toHaveProperty('allow')
    expect(none.warnings).toStrictEqual(['Left out the header "allow": `options.allow` is missing, and this status requires it.'])
    const detailOnly = (unauthorized as unknown as (d: string) => HttpProblem)('no options')
    expect(detailOnly.status).toBe(401)
    expect(detailOnly.detail).toBe('no options')
    expect(detailOnly.warnings[0]).toContain('`options.wwwAuthenticate` is missing')
    expect(methodNotAllowed({} as never).warnings).toHaveLength(1)
    expect(proxyAuthenticationRequired(undefined as never).headers).not.toHaveProperty('proxy-authenticate')
    expect(upgradeRequired('h2 only', null as never).status).toBe(426)
  })
  it('never throw for an invalid list value: left out, with a warning naming the option', () => {
    const p = methodNotAllowed({ allow: 5 } as never)
    expect(p.status).toBe(405)
    expect(p.warnings).toStrictEqual(['Left out the header "allow": `options.allow` is not a string or an array of strings.'])
    expect(unauthorized({ wwwAuthenticate: ['Bearer', 7] } as never).warnings).toHaveLength(1)
  })
  it('take any non-negative number of seconds for retryAfter, rounded up (issue 18: 1500 / 1000 answered 500)', () => {
    expect(tooManyRequests('Slow down.', { retryAfter: 1500 / 1000 }).headers['retry-after']).toBe('2')
    expect(serviceUnavailable({ retryAfter: 0.001 }).headers['retry-after']).toBe('1')
    expect(contentTooLarge({ retryAfter: 0 }).headers['retry-after']).toBe('0')
    expect(tooManyRequests({ retryAfter: 1e300 }).headers['retry-after']).toBe(String(2 ** 31))
  })
  it.each([-5, Number.NaN, Infinity, '30', new Date(Number.NaN)])('leave out Retry-After %s, with a warning, and never throw', (retryAfter) => {
    const p = tooManyRequests({ retryAfter } as never)
    expect(p.status).toBe(429)
    expect(p.headers).not.toHaveProperty('retry-after')
    expect(p.warnings).toStrictEqual([
      'Left out the header "retry-after": `options.retryAfter` is not a non-negative number of seconds or a valid Date.',
    ])
  })
  it('drop header injection through a header option, and never throw', () => {
    const a = unauthorized({ wwwAuthenticate: 'Bearer\r\nSet-Cookie: admin=1' })
    expect(a.status).toBe(401)
    expect(a.headers).not.toHaveProperty('www-authenticate')
    expect(a.headers).not.toHaveProperty('set-cookie')
    expect(methodNotAllowed({ allow: ['GET\r\nX: y'] }).headers).not.toHaveProperty('allow')
    expect(unavailableForLegalReasons({ blockedBy: 'https://a\nb' }).headers).not.toHaveProperty('link')
    expect(conflict('x', { headers: { 'content-disposition': 'filename="€.pdf"' } }).warnings).toHaveLength(1)
  })
  it('accept null options wherever undefined is (security review #12)', () => {
    expect(conflict('x', null as never).detail).toBe('x')
    expect(conflict(null as never, null as never).status).toBe(409)
    expect(methodNotAllowed(null as never, { allow: ['GET'], instance: '/a' }).instance).toBe('/a')
    expect(tooManyRequests(null as never).headers).not.toHaveProperty('retry-after')
    expect(conflict('x', { headers: null } as never).warnings).toStrictEqual([])
  })
  it('take the caller headers as a Headers or pairs too, over the builder headers', () => {
    expect(methodNotAllowed({ allow: ['GET'], headers: new Headers({ Allow: 'GET, HEAD' }) }).headers.allow).toBe('GET, HEAD')
    expect(conflict('x', { headers: [['ETag', '"8"']] }).headers.etag).toBe('"8"')
  })
  it('let explicit headers override a typed header option', () => {
    expect(methodNotAllowed({ allow: ['GET'], headers: { Allow: 'GET, HEAD' } }).headers.allow).toBe('GET, HEAD')
  })
})
