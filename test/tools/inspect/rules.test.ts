import { describe, expect, it } from 'vitest'
import { inspectResponse, RULES, type InspectInput } from 'statuskit/inspect'
import { RULE_CASES } from './rules/rule-cases.js'
import { GUIDE_ENTRIES } from '../../../src/tools/guide/guide-entries.js'

const URL_ = 'https://api.example.com/orders/7'
const PROBLEM = 'application/problem+json'

function exchange(
  method: string,
  status: number,
  headers: Record<string, string> = {},
  body?: unknown,
  requestHeaders: Record<string, string> = {}
): InspectInput {
  return { request: { method, url: URL_, headers: requestHeaders }, response: { status, headers, body } }
}

const ids = (input: InspectInput): string[] =>
  inspectResponse(input, { now: Date.UTC(2026, 0, 1) }).findings.map((f) => f.id)

interface Case {
  readonly id: string
  readonly fires: InspectInput
  readonly silent: InspectInput
}

const problemBody = (status: number): string => JSON.stringify({ type: 'about:blank', title: 'x', status })

const CASES: readonly Case[] = [
  {
    id: 'status.out-of-range',
    fires: exchange('GET', 600),
    silent: exchange('GET', 599, { 'content-type': 'text/plain' }, 'x'),
  },
  {
    id: 'status.401-without-www-authenticate',
    fires: exchange('GET', 401, { 'content-type': PROBLEM }, problemBody(401)),
    silent: exchange(
      'GET',
      401,
      { 'content-type': PROBLEM, 'www-authenticate': 'Bearer realm="api"' },
      problemBody(401)
    ),
  },
  {
    id: 'status.405-without-allow',
    fires: exchange('DELETE', 405),
    silent: exchange('DELETE', 405, { Allow: 'GET, HEAD' }),
  },
  {
    id: 'status.407-without-proxy-authenticate',
    fires: exchange('GET', 407),
    silent: exchange('GET', 407, { 'proxy-authenticate': 'Basic realm="proxy"' }),
  },
  {
    id: 'status.101-426-without-upgrade',
    fires: exchange('GET', 426),
    silent: exchange('GET', 426, { upgrade: 'HTTP/3.0', connection: 'Upgrade' }),
  },
  {
    id: 'status.201-post-without-location',
    fires: exchange('POST', 201, { 'content-type': 'application/json' }, '{"id":8}'),
    silent: exchange('POST', 201, { 'content-type': 'application/json', location: '/orders/8' }, '{"id":8}'),
  },
  {
    id: 'status.3xx-without-location',
    fires: exchange('GET', 308),
    silent: exchange('GET', 308, { location: 'https://api.example.com/v2/orders/7' }),
  },
  {
    id: 'status.304-non-get',
    fires: exchange('PUT', 304),
    silent: exchange('GET', 304, { etag: '"v8"' }, undefined, { 'if-none-match': '"v8"' }),
  },
  {
    id: 'body.content-on-1xx',
    fires: exchange('GET', 103, {}, 'hello'),
    silent: exchange('GET', 103, { link: '</a.css>; rel=preload' }),
  },
  { id: 'body.content-on-204', fires: exchange('DELETE', 204, {}, 'deleted'), silent: exchange('DELETE', 204, {}, '') },
  {
    id: 'body.content-on-304',
    fires: exchange('GET', 304, { etag: '"v8"' }, '{"id":7}'),
    silent: exchange('GET', 304, { etag: '"v8"' }),
  },
  {
    id: 'body.content-on-head',
    fires: exchange('HEAD', 200, { 'content-type': 'text/plain' }, 'body'),
    silent: exchange('HEAD', 200, { 'content-type': 'text/plain', 'content-length': '4' }),
  },
  {
    id: 'body.205-with-content',
    fires: exchange('POST', 205, {}, 'reset'),
    silent: exchange('POST', 205, { 'content-length': '0' }),
  },
  {
    id: 'body.error-without-explanation',
    fires: exchange('GET', 409, { 'cache-control': 'no-store' }),
    silent: exchange('GET', 409, { 'cache-control': 'no-store', 'content-type': PROBLEM }, problemBody(409)),
  },
  {
    id: 'header.content-length-on-1xx-204',
    fires: exchange('DELETE', 204, { 'content-length': '0' }),
    silent: exchange('DELETE', 204),
  },
  {
    id: 'header.error-without-content-type',
    fires: exchange('GET', 400, {}, 'bad input'),
    silent: exchange('GET', 400, { 'content-type': 'text/plain; charset=utf-8' }, 'bad input'),
  },
  {
    id: 'problem.status-mismatch',
    fires: exchange('PUT', 409, { 'content-type': PROBLEM, 'cache-control': 'no-store' }, problemBody(400)),
    silent: exchange('PUT', 409, { 'content-type': PROBLEM, 'cache-control': 'no-store' }, problemBody(409)),
  },
  {
    id: 'problem.served-as-json',
    fires: exchange('PUT', 409, { 'content-type': 'application/json' }, problemBody(409)),
    silent: exchange('PUT', 409, { 'content-type': `${PROBLEM}; charset=utf-8` }, problemBody(409)),
  },
  {
    id: 'problem.invalid-body',
    fires: exchange('PUT', 409, { 'content-type': PROBLEM }, 'Conflict'),
    silent: exchange('PUT', 409, { 'content-type': PROBLEM }, problemBody(409)),
  },
  {
    id: 'cache.never-store-has-freshness',
    fires: exchange('GET', 429, { 'retry-after': '5', 'cache-control': 'public, max-age=60' }),
    silent: exchange('GET', 429, { 'retry-after': '5', 'cache-control': 'no-store' }),
  },
  {
    id: 'cache.error-heuristically-cacheable-without-cache-control',
    fires: exchange('GET', 404, { 'content-type': PROBLEM }, problemBody(404)),
    silent: exchange('GET', 404, { 'content-type': PROBLEM, 'cache-control': 'no-store' }, problemBody(404)),
  },
  {
    id: 'cache.public-on-auth-error',
    fires: exchange('GET', 403, { 'cache-control': 'public, max-age=300' }),
    silent: exchange('GET', 403, { 'cache-control': 'private, no-store' }),
  },
  {
    id: 'cache.vary-missing-accept',
    fires: exchange('GET', 200, { 'content-type': 'application/json', 'cache-control': 'public, max-age=60' }, '{}', {
      accept: 'application/json',
    }),
    silent: exchange(
      'GET',
      200,
      { 'content-type': 'application/json', 'cache-control': 'public, max-age=60', vary: 'Accept-Encoding, Accept' },
      '{}',
      { accept: 'application/json' }
    ),
  },
  {
    id: 'retry.429-503-without-retry-after',
    fires: exchange('GET', 503),
    silent: exchange('GET', 503, { 'retry-after': '120' }),
  },
  {
    id: 'retry.invalid-retry-after',
    fires: exchange('GET', 429, { 'retry-after': '1.5' }),
    silent: exchange('GET', 429, { 'retry-after': 'Wed, 21 Oct 2026 07:28:00 GMT' }),
  },
  {
    id: 'cors.retry-after-not-exposed',
    fires: exchange(
      'GET',
      429,
      { 'retry-after': '5', 'access-control-allow-origin': 'https://app.example.com' },
      undefined,
      {
        origin: 'https://app.example.com',
      }
    ),
    silent: exchange(
      'GET',
      429,
      {
        'retry-after': '5',
        'access-control-allow-origin': 'https://app.example.com',
        'access-control-expose-headers': 'X-Request-Id, Retry-After',
      },
      undefined,
      { origin: 'https://app.example.com' }
    ),
  },
  {
    id: 'misuse.200-error-body',
    fires: exchange('GET', 200, { 'content-type': 'application/json' }, '{"ok":false,"error":"order not found"}'),
    silent: exchange('GET', 200, { 'content-type': 'application/json' }, '{"ok":true,"id":7}'),
  },
  {
    id: 'header.required-missing',
    fires: exchange('GET', 206, { 'content-type': 'text/plain' }, 'abc', { range: 'bytes=0-2' }),
    silent: exchange('GET', 206, { 'content-type': 'text/plain', 'content-range': 'bytes 0-2/10' }, 'abc', { range: 'bytes=0-2' }),
  },
  {
    id: 'header.recommended-missing',
    fires: exchange('GET', 451, { 'content-type': PROBLEM }, problemBody(451)),
    silent: exchange('GET', 451, { 'content-type': PROBLEM, link: '<https://authority.example>; rel="blocked-by"' }, problemBody(451)),
  },
  {
    id: 'header.content-range-on-multipart',
    fires: exchange('GET', 206, { 'content-type': 'multipart/byteranges; boundary=B', 'content-range': 'bytes 0-2/10' }, '--B--'),
    silent: exchange('GET', 206, { 'content-type': 'multipart/byteranges; boundary=B' }, '--B--'),
  },
  {
    id: 'status.409-precondition-failed',
    fires: exchange('PUT', 409, { 'content-type': PROBLEM, etag: '"v8"' }, problemBody(409), { 'if-match': '"v7"' }),
    silent: exchange('PUT', 409, { 'content-type': PROBLEM, etag: '"v8"' }, problemBody(409), { 'if-match': '"v8"' }),
  },
  {
    id: 'status.409-unexplained',
    fires: exchange('PUT', 409, { 'content-type': PROBLEM }, '{"type":"about:blank","title":"Conflict","status":409}'),
    silent: exchange('PUT', 409, { 'content-type': PROBLEM }, '{"type":"https://example.com/probs/version-conflict","title":"Version conflict","status":409}'),
  },
  {
    id: 'body.error-leaks-internals',
    fires: exchange('GET', 500, { 'content-type': 'text/html' }, '<pre>at db.js:12 password=hunter2</pre>'),
    silent: exchange('GET', 500, { 'content-type': 'text/html' }, '<h1>Something went wrong</h1><p>Trace id 4bf92f35.</p>'),
  },
  {
    id: 'misuse.500-validation-body',
    fires: exchange(
      'POST',
      500,
      { 'content-type': 'application/json' },
      '{"name":"ValidationError","message":"email is required"}'
    ),
    silent: exchange('POST', 500, { 'content-type': PROBLEM }, '{"title":"Internal Server Error","status":500}'),
  },
  {
    id: 'misuse.reserved-status',
    fires: exchange('GET', 418),
    silent: exchange('GET', 400, { 'content-type': 'text/plain' }, 'no'),
  },
  {
    id: 'misuse.unregistered-status',
    fires: exchange('GET', 499),
    silent: exchange('GET', 400, { 'content-type': 'text/plain' }, 'no'),
  },
]

describe('RULES', () => {
  it('lists these stable ids, each with a severity, a reference and a hint', () => {
    expect(RULES.map((rule) => rule.id).sort()).toEqual([
      'body.205-with-content',
      'body.content-on-1xx',
      'body.content-on-204',
      'body.content-on-304',
      'body.content-on-head',
      'body.error-leaks-internals',
      'body.error-without-explanation',
      'cache.error-explicit-freshness',
      'cache.error-heuristically-cacheable-without-cache-control',
      'cache.never-store-has-freshness',
      'cache.public-on-auth-error',
      'cache.vary-missing-accept',
      'cors.retry-after-not-exposed',
      'header.content-length-on-1xx-204',
      'header.content-range-on-multipart',
      'header.content-type-on-204',
      'header.error-without-content-type',
      'header.invalid-auth-challenge',
      'header.recommended-missing',
      'header.required-missing',
      'misuse.200-error-body',
      'misuse.500-validation-body',
      'misuse.reserved-status',
      'misuse.unregistered-status',
      'problem.invalid-body',
      'problem.served-as-json',
      'problem.status-mismatch',
      'retry.429-503-without-retry-after',
      'retry.invalid-retry-after',
      'retry.ratelimit-invalid',
      'retry.retry-after-too-far',
      'status.101-426-without-upgrade',
      'status.101-upgrade-not-offered',
      'status.201-post-without-location',
      'status.201-safe-method',
      'status.203-despite-no-transform',
      'status.207-not-multistatus',
      'status.208-top-level',
      'status.304-etag-not-matched',
      'status.304-non-get',
      'status.3xx-location-self',
      'status.3xx-method-may-change',
      'status.3xx-without-location',
      'status.401-without-www-authenticate',
      'status.405-allow-get-without-head',
      'status.405-allow-includes-method',
      'status.405-without-allow',
      'status.407-without-proxy-authenticate',
      'status.409-precondition-failed',
      'status.409-safe-method',
      'status.409-unexplained',
      'status.412-not-modified-due',
      'status.511-with-challenge',
      'status.out-of-range',
    ])
    for (const rule of RULES) {
      expect(rule.severity).toMatch(/^(error|warning|info)$/)
      expect(rule.reference).toMatch(/^(RFC \d{4} §|WHATWG Fetch §|IANA |CWE-\d+)/)
      expect(rule.hint.length).toBeGreaterThan(20)
    }
  })

  it('has a firing and a silent case below for every rule', () => {
    expect([...CASES, ...RULE_CASES].map((c) => c.id).sort()).toEqual(RULES.map((rule) => rule.id).sort())
  })
})

describe('the rules the status pages name under "What an inspector checks"', () => {
  const named = [...new Set(GUIDE_ENTRIES.flatMap((g) => g.inspectorSignals.flatMap((s) => s.rules)))].sort()
  const firing = (id: string): InspectInput[] => [
    ...CASES.filter((c) => c.id === id).map((c) => c.fires),
    ...RULE_CASES.filter((c) => c.id === id).flatMap((c) => c.fires),
  ]
  it.each(named)('%s fires on a fixture', (id) => {
    expect(firing(id).length).toBeGreaterThan(0)
    for (const input of firing(id)) expect(ids(input)).toContain(id)
  })
})

describe.each(CASES)('$id', ({ id, fires, silent }) => {
  it('fires on the faulty exchange', () => {
    expect(ids(fires)).toContain(id)
  })
  it('stays silent on the correct exchange', () => {
    expect(ids(silent)).not.toContain(id)
  })
})

describe('severities', () => {
  it.each([
    ['status.401-without-www-authenticate', 'error'],
    ['status.405-without-allow', 'error'],
    ['status.304-non-get', 'error'],
    ['body.content-on-204', 'error'],
    ['problem.status-mismatch', 'error'],
    ['status.201-post-without-location', 'warning'],
    ['status.3xx-without-location', 'warning'],
    ['cache.never-store-has-freshness', 'warning'],
    ['cors.retry-after-not-exposed', 'warning'],
    ['retry.429-503-without-retry-after', 'info'],
    ['misuse.200-error-body', 'info'],
    ['misuse.reserved-status', 'info'],
  ])('%s is %s', (id, severity) => {
    expect(RULES.find((rule) => rule.id === id)?.severity).toBe(severity)
  })
})

describe('rule edges', () => {
  it('does not flag 300 without Location (Location is optional there)', () => {
    expect(ids(exchange('GET', 300, { 'content-type': 'text/html' }, '<ul></ul>'))).not.toContain(
      'status.3xx-without-location'
    )
  })
  it('does not flag 304 to HEAD', () => {
    expect(ids(exchange('HEAD', 304, {}, undefined, { 'if-modified-since': 'Thu, 01 Jan 2026 00:00:00 GMT' }))).not.toContain('status.304-non-get')
  })
  it('does not flag a heuristically cacheable error to a method whose responses are not reused', () => {
    expect(ids(exchange('DELETE', 405, { allow: 'GET' }))).not.toContain(
      'cache.error-heuristically-cacheable-without-cache-control'
    )
  })
  it('does not flag 201 to PUT without Location (the target is the created resource)', () => {
    expect(ids(exchange('PUT', 201))).not.toContain('status.201-post-without-location')
  })
  it('flags Retry-After not exposed only for cross-origin requests', () => {
    const sameOrigin = exchange('GET', 503, { 'retry-after': '5' }, undefined, { origin: 'https://api.example.com' })
    expect(ids(sameOrigin)).not.toContain('cors.retry-after-not-exposed')
  })
  it('accepts Access-Control-Expose-Headers: * without credentials but not with them', () => {
    const base = {
      'retry-after': '5',
      'access-control-allow-origin': 'https://app.example.com',
      'access-control-expose-headers': '*',
    }
    const origin = { origin: 'https://app.example.com' }
    expect(ids(exchange('GET', 503, base, undefined, origin))).not.toContain('cors.retry-after-not-exposed')
    expect(
      ids(exchange('GET', 503, { ...base, 'access-control-allow-credentials': 'true' }, undefined, origin))
    ).toContain('cors.retry-after-not-exposed')
  })
  it('does not take an Expires in the past, an invalid one, or one without Date, for freshness on a 429', () => {
    const headers = { 'content-type': PROBLEM, 'retry-after': '30', 'cache-control': 'no-store' }
    const body = problemBody(429)
    for (const extra of [
      { expires: 'Thu, 01 Jan 1970 00:00:01 GMT' },
      { expires: '0' },
      { expires: '0', date: 'Thu, 01 Jan 2026 00:00:00 GMT' },
    ]) {
      expect(ids(exchange('GET', 429, { ...headers, ...extra }, body))).toEqual([])
    }
  })
  it('asks for Location only on a 201, not on a 3xx answer to a POST', () => {
    expect(ids(exchange('POST', 201))).toContain('status.201-post-without-location')
    expect(ids(exchange('POST', 302))).not.toContain('status.201-post-without-location')
    expect(ids(exchange('POST', 300))).not.toContain('status.201-post-without-location')
  })
  it('reads a problem body that starts with a byte order mark, as parseProblem does', () => {
    const body = `\ufeff${problemBody(409)}`
    expect(ids(exchange('PUT', 409, { 'content-type': PROBLEM, 'cache-control': 'no-store' }, body))).not.toContain(
      'problem.invalid-body'
    )
  })
  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(RULES)).toBe(true)
    expect(RULES.every((rule) => Object.isFrozen(rule))).toBe(true)
    expect(() => (RULES as unknown as unknown[]).splice(0)).toThrow(TypeError)
  })
  it('flags a future Expires on a 431 but not Expires in the past', () => {
    const date = 'Thu, 01 Jan 2026 00:00:00 GMT'
    expect(ids(exchange('GET', 431, { date, expires: 'Thu, 01 Jan 2026 01:00:00 GMT' }))).toContain(
      'cache.never-store-has-freshness'
    )
    expect(ids(exchange('GET', 431, { date, expires: 'Wed, 31 Dec 2025 00:00:00 GMT' }))).not.toContain(
      'cache.never-store-has-freshness'
    )
  })
  it('flags 510 and 306 as reserved or obsolete', () => {
    expect(ids(exchange('GET', 510))).toContain('misuse.reserved-status')
    expect(ids(exchange('GET', 306))).toContain('misuse.reserved-status')
  })
  it('reads 500 text bodies for validation wording', () => {
    expect(
      ids(exchange('POST', 500, { 'content-type': 'text/plain' }, 'Validation failed: name must be a string'))
    ).toContain('misuse.500-validation-body')
    expect(ids(exchange('POST', 500, { 'content-type': 'text/plain' }, 'Database unavailable'))).not.toContain(
      'misuse.500-validation-body'
    )
  })
  it('only reports out-of-range for an invalid status', () => {
    expect(ids(exchange('HEAD', 999, {}, 'x'))).toEqual(['status.out-of-range'])
  })
})
