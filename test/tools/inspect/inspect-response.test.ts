import { describe, expect, it } from 'vitest'
import { inspectResponse } from 'statuskit/inspect'

const NOW = Date.UTC(2026, 0, 1)
const PUT = { method: 'PUT', url: 'https://api.example.com/orders/7' }
const CONFLICT_BODY = {
  type: 'https://example.com/probs/version-conflict',
  title: 'Version conflict',
  status: 409,
  detail: 'Order 7 is at version 8; you sent version 7.',
}

describe('inspectResponse()', () => {
  it('keeps the status and headers when the body cannot be read (a revoked Proxy)', () => {
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    const { findings, summary } = inspectResponse(
      { request: PUT, response: { status: 409, headers: { 'content-type': 'application/problem+json' }, body: proxy } },
      { now: NOW },
    )
    expect(findings.map((f) => f.id)).not.toContain('status.out-of-range')
    expect(summary.semantics).toContain('409')
  })

  it('finds no warning or error on a correct 409 problem+json response with Cache-Control: no-store', () => {
    const { findings } = inspectResponse(
      {
        request: PUT,
        response: {
          status: 409,
          headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store' },
          body: JSON.stringify(CONFLICT_BODY),
        },
      },
      { now: NOW }
    )
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([])
    expect(findings).toEqual([])
  })

  it('reports a finding with id, severity, message, hint and reference', () => {
    const { findings } = inspectResponse({
      request: { method: 'delete', url: 'https://api.example.com/orders/7' },
      response: { status: 405, headers: { 'content-type': 'text/plain' }, body: 'no' },
    })
    expect(findings.find((f) => f.id === 'status.405-without-allow')).toEqual({
      id: 'status.405-without-allow',
      severity: 'error',
      message: '405 to DELETE without an Allow header.',
      hint: 'Add `Allow: GET, HEAD` (the methods it supports).',
      reference: 'RFC 9110 §15.5.6',
    })
  })

  it('orders findings errors first, then warnings, then info', () => {
    const { findings } = inspectResponse({
      request: { method: 'GET', url: 'https://api.example.com/' },
      response: { status: 401, headers: {}, body: 'no' },
    })
    expect(findings.map((f) => [f.severity, f.id])).toEqual([
      ['error', 'status.401-without-www-authenticate'],
      ['warning', 'header.error-without-content-type'],
    ])
  })

  it('skips ignored rule ids', () => {
    const input = {
      request: { method: 'GET', url: 'https://api.example.com/' },
      response: { status: 503, headers: {} },
    }
    expect(inspectResponse(input).findings.map((f) => f.id)).toEqual([
      'body.error-without-explanation',
      'retry.429-503-without-retry-after',
    ])
    expect(inspectResponse(input, { ignore: ['retry.429-503-without-retry-after'] }).findings.map((f) => f.id)).toEqual(
      ['body.error-without-explanation']
    )
  })

  describe('reads headers as', () => {
    const shapes = {
      Headers: new Headers({ 'content-type': 'application/problem+json', allow: 'PUT' }),
      'a plain object in any casing': { 'Content-Type': 'application/problem+json', ALLOW: 'PUT' },
      'Node arrays for repeated fields': { 'content-type': 'application/problem+json', allow: ['PUT', 'DELETE'] },
      'an array of pairs': [
        ['Content-Type', 'application/problem+json'],
        ['Allow', 'PUT'],
      ] as const,
    }
    it.each(Object.entries(shapes))('%s', (_, headers) => {
      const { findings } = inspectResponse({
        request: { method: 'GET', url: 'https://api.example.com/' },
        response: { status: 405, headers, body: '{"title":"Method Not Allowed","status":405}' },
      })
      // Allow and Content-Type were read (no 405-without-allow, no error-without-content-type).
      expect(findings.map((f) => f.id)).toEqual(['cache.error-heuristically-cacheable-without-cache-control'])
    })
  })

  describe('reads the body as', () => {
    const problem = '{"title":"Conflict","status":400}'
    it.each([
      ['a string', problem],
      ['bytes', new TextEncoder().encode(problem)],
      ['an ArrayBuffer', new TextEncoder().encode(problem).buffer],
      ['a parsed object', { title: 'Conflict', status: 400 }],
    ])('%s', (_, body) => {
      const { findings } = inspectResponse({
        request: PUT,
        response: {
          status: 409,
          headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store' },
          body,
        },
      })
      expect(findings.map((f) => f.message)).toEqual(['Problem status member 400 differs from HTTP 409.', '409 about:blank without detail.'])
    })

    it('no content when undefined or empty', () => {
      for (const body of [undefined, '', new Uint8Array(0)]) {
        const { findings } = inspectResponse({
          request: { method: 'DELETE', url: '/x' },
          response: { status: 204, headers: {}, body },
        })
        expect(findings).toEqual([])
      }
    })
  })

  describe('summary', () => {
    it('describes a 409 to PUT: semantics, no caching, refresh-state retry, monitoring on both sides', () => {
      const { summary } = inspectResponse(
        {
          request: PUT,
          response: {
            status: 409,
            headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store' },
            body: '{}',
          },
        },
        { now: NOW }
      )
      expect(summary.status).toBe(409)
      expect(summary.method).toBe('PUT')
      expect(summary.semantics).toBe('409 Conflict: client error (final) response to PUT.')
      expect(summary.cache).toEqual({
        storable: false,
        shared: false,
        freshness: undefined,
        source: 'none',
        note: 'Cache-Control: no-store.',
      })
      expect(summary.retry).toMatchObject({ retry: false, strategy: 'after-refresh-state' })
      expect(summary.monitoring?.server).toMatchObject({
        level: 'info',
        spanStatus: 'unset',
        fault: 'client',
        countsAgainstSlo: false,
      })
      expect(summary.monitoring?.client).toMatchObject({ spanStatus: 'error', errorType: '409' })
    })

    it('says how a redirect is followed', () => {
      const at = (method: string, status: number): string =>
        inspectResponse({ request: { method, url: '/a' }, response: { status, headers: { location: '/b' } } }).summary
          .semantics
      expect(at('POST', 303)).toBe(
        '303 See Other: redirection (final) response to POST; a client follows Location with GET; caches invalidate the target URI.'
      )
      expect(at('POST', 302)).toContain('follows Location with GET')
      expect(at('PUT', 302)).toContain('follows Location with PUT')
      expect(at('POST', 307)).toContain('follows Location with POST')
    })

    it('notes invalidation after a successful unsafe request and the fallback of an unregistered code', () => {
      const put = inspectResponse({ request: PUT, response: { status: 204, headers: {} } }).summary.semantics
      expect(put).toBe('204 No Content: successful (final) response to PUT; caches invalidate the target URI.')
      const vendor = inspectResponse({
        request: { method: 'GET', url: '/' },
        response: { status: 499, headers: {} },
      }).summary
      expect(vendor.semantics).toBe('499 Client Error: client error (final) response to GET; read as 400.')
    })

    it('gives retry guidance from Retry-After', () => {
      const { summary } = inspectResponse(
        { request: { method: 'GET', url: '/' }, response: { status: 429, headers: { 'retry-after': '7' } } },
        { now: NOW }
      )
      expect(summary.retry).toMatchObject({ retry: true, strategy: 'with-backoff', retryAfterMs: 7000 })
    })

    it.each([
      [
        '404 without headers: heuristic',
        'GET',
        404,
        {},
        {},
        { storable: true, shared: true, freshness: undefined, source: 'heuristic' },
      ],
      [
        '200 max-age=60',
        'GET',
        200,
        { 'cache-control': 'max-age=60' },
        {},
        { storable: true, shared: true, freshness: 60, source: 'explicit' },
      ],
      [
        's-maxage wins',
        'GET',
        200,
        { 'cache-control': 'max-age=60, s-maxage=600' },
        {},
        { storable: true, shared: true, freshness: 600, source: 'explicit' },
      ],
      [
        'private',
        'GET',
        200,
        { 'cache-control': 'private, max-age=60' },
        {},
        { storable: true, shared: false, freshness: 60, source: 'explicit' },
      ],
      [
        'Expires - Date',
        'GET',
        200,
        { date: 'Thu, 01 Jan 2026 00:00:00 GMT', expires: 'Thu, 01 Jan 2026 00:10:00 GMT' },
        {},
        { storable: true, freshness: 600, source: 'explicit' },
      ],
      [
        'invalid Expires is already stale',
        'GET',
        200,
        { expires: '0' },
        {},
        { storable: true, freshness: 0, source: 'explicit' },
      ],
      [
        'no-cache',
        'GET',
        200,
        { 'cache-control': 'no-cache, max-age=60' },
        {},
        { storable: true, freshness: 0, source: 'explicit' },
      ],
      [
        'Authorization without public: private only',
        'GET',
        200,
        { 'cache-control': 'max-age=60' },
        { authorization: 'Bearer t' },
        { storable: true, shared: false },
      ],
      [
        'Authorization with public: shared',
        'GET',
        200,
        { 'cache-control': 'public, max-age=60' },
        { authorization: 'Bearer t' },
        { storable: true, shared: true },
      ],
      ['500 without freshness: not storable', 'GET', 500, {}, {}, { storable: false, source: 'none' }],
      [
        '429 never stored, whatever max-age says',
        'GET',
        429,
        { 'cache-control': 'max-age=60' },
        {},
        { storable: false, source: 'none' },
      ],
      ['PUT response: not cacheable', 'PUT', 200, { 'cache-control': 'max-age=60' }, {}, { storable: false }],
      ['POST without freshness: not storable', 'POST', 200, {}, {}, { storable: false }],
      [
        'POST with max-age and Content-Location equal to the target: storable',
        'POST',
        200,
        { 'cache-control': 'max-age=60', 'content-location': '/' },
        {},
        { storable: true, freshness: 60 },
      ],
      ['1xx: never', 'GET', 103, {}, {}, { storable: false }],
    ])('cache: %s', (_, method, status, headers, requestHeaders, expected) => {
      const { summary } = inspectResponse(
        { request: { method, url: '/', headers: requestHeaders }, response: { status, headers } },
        { now: NOW }
      )
      expect(summary.cache).toMatchObject(expected)
    })

    it('has no retry or monitoring for an invalid status', () => {
      const { summary } = inspectResponse({
        request: { method: 'GET', url: '/' },
        response: { status: 1000, headers: {} },
      })
      expect(summary.retry).toBeUndefined()
      expect(summary.monitoring).toBeUndefined()
      expect(summary.semantics).toBe('1000 is not a valid status; recipients treat it as a server error.')
    })
  })
})
