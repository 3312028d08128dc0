// Correctness review 2026-12, section C (inspector false positives and negatives), the
// cases of its Appendix 2. Each test fails on the 0.1 inspector.
import { describe, expect, it } from 'vitest'
import { inspectResponse, type InspectInput } from 'statuskit/inspect'
import { problem } from 'statuskit'
import { renderProblem } from 'statuskit/server'

const URL_ = 'https://api.example.com/orders/7'
const PROBLEM = 'application/problem+json'
const NOW = Date.UTC(2026, 0, 1)

function ids(method: string, status: number, headers: Record<string, string>, body?: unknown, request: Record<string, string> = {}): string[] {
  const input: InspectInput = { request: { method, url: URL_, headers: request }, response: { status, headers, body } }
  return inspectResponse(input, { now: NOW }).findings.map((f) => `${f.severity} ${f.id}`)
}

describe('section C: MUST rows of the catalog (items 1-3)', () => {
  it('C1: a single-part 206 without Content-Range is an error', () => {
    expect(ids('GET', 206, { 'content-type': 'text/plain' }, 'abc', { range: 'bytes=0-2' })).toContain('error header.required-missing')
    expect(ids('GET', 206, { 'content-type': 'text/plain', 'content-range': 'bytes 0-2/9' }, 'abc', { range: 'bytes=0-2' })).toEqual([])
  })

  it('C2: a multipart/byteranges 206 with a top-level Content-Range is an error; without it, none', () => {
    const multipart = 'multipart/byteranges; boundary=THIS'
    expect(ids('GET', 206, { 'content-type': multipart, 'content-range': 'bytes 0-2/9' }, '--THIS--')).toEqual(['error header.content-range-on-multipart'])
    expect(ids('GET', 206, { 'content-type': multipart }, '--THIS--')).toEqual([])
  })

  it('C3: 226 without ETag is an error', () => {
    expect(ids('GET', 226, { 'content-type': 'text/plain', im: 'diffe' }, 'x')).toEqual(['error header.required-missing'])
    expect(ids('GET', 226, { 'content-type': 'text/plain', im: 'diffe', etag: '"v2"' }, 'x')).toEqual([])
  })

  it('the message names the header and the section', () => {
    const { findings } = inspectResponse({ request: { method: 'GET', url: URL_ }, response: { status: 226, headers: {}, body: 'x' } })
    expect(findings.find((f) => f.id === 'header.required-missing')?.message).toBe('226 without ETag (RFC 3229 §10.4.1).')
  })
})

describe('section C: SHOULD rows (items 4, 5)', () => {
  it('C4: 416 to a Range request without Content-Range is a warning; without Range, none', () => {
    expect(ids('GET', 416, { 'content-type': PROBLEM }, '{"status":416,"title":"x","detail":"y"}', { range: 'bytes=50-' })).toEqual(['warning header.recommended-missing'])
    expect(ids('GET', 416, { 'content-type': PROBLEM }, '{"status":416,"title":"x","detail":"y"}')).toEqual([])
  })

  it('C5: 451 without Link is a warning', () => {
    expect(ids('GET', 451, { 'content-type': PROBLEM, 'cache-control': 'no-store' }, '{"status":451,"title":"x"}')).toEqual(['warning header.recommended-missing'])
  })
})

describe('section C: item 7', () => {
  const VALIDATORS = { etag: '"v8"', 'cache-control': 'max-age=60' }
  it('C7: a 304 to a GET or HEAD without If-None-Match or If-Modified-Since is an error (RFC 9110 §15.4.5: it answers a conditional request)', () => {
    expect(ids('GET', 304, VALIDATORS)).toContain('error status.304-non-get')
    expect(ids('HEAD', 304, VALIDATORS, undefined, { 'if-match': '"v8"' })).toContain('error status.304-non-get') // If-Match fails with 412, never 304
    const message = inspectResponse({ request: { method: 'GET', url: URL_, headers: {} }, response: { status: 304, headers: VALIDATORS } }).findings[0]?.message
    expect(message).toBe('304 to a GET without If-None-Match or If-Modified-Since.')
  })

  it('C7: a conditional GET, or a request whose headers are not given, is not flagged', () => {
    expect(ids('GET', 304, VALIDATORS, undefined, { 'if-none-match': '"v8"' })).toEqual([])
    expect(ids('HEAD', 304, VALIDATORS, undefined, { 'If-Modified-Since': 'Thu, 01 Jan 2026 00:00:00 GMT' })).toEqual([])
    expect(inspectResponse({ request: { method: 'GET', url: URL_ }, response: { status: 304, headers: VALIDATORS } }).findings).toEqual([])
  })
})

describe('section C: items 6, 8, 9', () => {
  it('C6: a 401 with an empty WWW-Authenticate has no challenge', () => {
    expect(ids('GET', 401, { 'www-authenticate': ' ', 'content-type': PROBLEM }, '{"status":401,"title":"x"}')).toContain('error status.401-without-www-authenticate')
  })

  it('an empty Allow on 405 is valid (RFC 9110 §10.2.1: the resource allows no method)', () => {
    expect(ids('DELETE', 405, { allow: '', 'content-type': PROBLEM, 'cache-control': 'no-store' }, '{"status":405,"title":"x"}')).toEqual([])
  })

  it('C8: Transfer-Encoding on a 1xx or 204, and Content-Length or Transfer-Encoding on a 2xx to CONNECT, are errors (RFC 9112 §6.1, RFC 9110 §8.6)', () => {
    const rule = 'error header.content-length-on-1xx-204'
    expect(ids('GET', 204, { 'transfer-encoding': 'chunked' })).toContain(rule)
    expect(ids('GET', 103, { 'transfer-encoding': 'chunked', link: '</a.css>; rel=preload' })).toContain(rule)
    expect(ids('GET', 150, { 'transfer-encoding': 'chunked' })).toContain(rule) // any 1xx, registered or not
    expect(ids('CONNECT', 200, { 'content-length': '0' })).toContain(rule)
    expect(ids('CONNECT', 200, { 'transfer-encoding': 'chunked' })).toContain(rule)
    expect(ids('CONNECT', 299, { 'transfer-encoding': 'chunked' })).toContain(rule)
    expect(ids('CONNECT', 200, {})).not.toContain(rule)
    expect(ids('GET', 200, { 'content-length': '2', 'transfer-encoding': 'chunked', 'content-type': 'text/plain' }, 'ok')).not.toContain(rule)
    expect(ids('CONNECT', 407, { 'content-length': '2', 'proxy-authenticate': 'Basic', 'content-type': 'text/plain' }, 'no')).not.toContain(rule)
    const message = inspectResponse({ request: { method: 'CONNECT', url: 'api.example.com:443' }, response: { status: 200, headers: { 'transfer-encoding': 'chunked' } } }).findings[0]?.message
    expect(message).toBe('200 to CONNECT with Transfer-Encoding.')
  })

  it('C9: 101 and 426 with Upgrade but without Connection: upgrade', () => {
    expect(ids('GET', 426, { upgrade: 'HTTP/2.0', 'content-type': PROBLEM, 'cache-control': 'no-store' }, '{"status":426,"title":"x"}')).toEqual(['error status.101-426-without-upgrade'])
    expect(ids('GET', 426, { upgrade: 'HTTP/2.0', connection: 'keep-alive, Upgrade', 'content-type': PROBLEM, 'cache-control': 'no-store' }, '{"status":426,"title":"x"}')).toEqual([])
  })
})

describe('section C: the Vary: Accept rule both ways (items 10, 11)', () => {
  const json = { 'content-type': 'application/json' }
  it('C10: without evidence of negotiation it is info, never a warning', () => {
    expect(ids('GET', 200, { ...json, 'cache-control': 'public, max-age=60' }, '{}', { accept: 'application/json' })).toEqual(['info cache.vary-missing-accept'])
  })

  it('C10: a browser navigation Accept on a public HTML page is not taken as negotiation', () => {
    const accept = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'
    expect(ids('GET', 200, { 'content-type': 'text/html', 'cache-control': 'public, max-age=60' }, '<p>hi</p>', { accept })).toEqual([])
  })

  it('C11: a shared-cacheable max-age response without public is checked', () => {
    expect(ids('GET', 200, { ...json, 'cache-control': 'max-age=600' }, '{}', { accept: 'application/json' })).toEqual(['info cache.vary-missing-accept'])
  })

  it('C11: so is a heuristically cacheable 200 with Last-Modified', () => {
    expect(ids('GET', 200, { ...json, 'last-modified': 'Tue, 01 Dec 2026 00:00:00 GMT' }, '{}', { accept: 'application/json' })).toEqual(['info cache.vary-missing-accept'])
  })

  it('private responses and Vary: Accept stay silent', () => {
    expect(ids('GET', 200, { ...json, 'cache-control': 'private, max-age=600' }, '{}', { accept: 'application/json' })).toEqual([])
    expect(ids('GET', 200, { ...json, 'cache-control': 'max-age=600', vary: 'Accept' }, '{}', { accept: 'application/json' })).toEqual([])
  })
})

describe('section C: items 12-17', () => {
  it('C12: a cross-origin 429 the script cannot read at all (no ACAO) is not told to expose Retry-After', () => {
    const headers = { 'retry-after': '5', 'content-type': PROBLEM }
    expect(ids('GET', 429, headers, '{"status":429,"title":"x"}', { origin: 'https://app.example' })).not.toContain('warning cors.retry-after-not-exposed')
    expect(ids('GET', 429, { ...headers, 'access-control-allow-origin': '*' }, '{"status":429,"title":"x"}', { origin: 'https://app.example' })).toContain('warning cors.retry-after-not-exposed')
  })

  it('C13 with B5: 303 without Location is a warning like every 3xx (§15.4.4 has no BCP 14 keyword, the catalog says SHOULD); 301 cites §15.4.2', () => {
    expect(ids('POST', 303, {})).toEqual(['warning status.3xx-without-location'])
    const { findings } = inspectResponse({ request: { method: 'GET', url: URL_ }, response: { status: 301, headers: {} } })
    expect(findings.map((f) => [f.id, f.severity])).toEqual([['status.3xx-without-location', 'warning']])
    expect(findings[0]?.reference).toContain('§15.4.2')
  })

  it('C14: an error without an explanation breaks a SHOULD: warning', () => {
    expect(ids('PUT', 409, { 'cache-control': 'no-store' })).toEqual(['warning body.error-without-explanation'])
  })

  it('C15: a valid problem document over 1 MiB is not reported as "not a JSON object"', () => {
    const big = JSON.stringify({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'x', pad: 'y'.repeat(2 << 20) })
    expect(ids('POST', 400, { 'content-type': PROBLEM, 'cache-control': 'no-store' }, big)).not.toContain('warning problem.invalid-body')
  })

  it('C16: a status-catalogue body {"code":404,"phrase":"Not Found"} is not a soft error; with a message it is', () => {
    expect(ids('GET', 200, { 'content-type': 'application/json' }, '{"code":404,"phrase":"Not Found"}')).toEqual([])
    expect(ids('GET', 200, { 'content-type': 'application/json' }, '{"code":500,"message":"db down"}')).toEqual(['info misuse.200-error-body'])
  })

  it('C17: a problem status member that is not a number breaks RFC 9457 §3.1.2', () => {
    expect(ids('GET', 404, { 'content-type': PROBLEM, 'cache-control': 'no-store' }, '{"type":"about:blank","title":"Not Found","status":"500"}')).toEqual(['error problem.status-mismatch'])
  })
})

describe('issue 18 item 1: a problem that left out a header its status requires is flagged on the response', () => {
  it.each([
    [401, 'status.401-without-www-authenticate'],
    [405, 'status.405-without-allow'],
    [407, 'status.407-without-proxy-authenticate'],
    [426, 'status.101-426-without-upgrade'],
  ])('problem(%i) rendered and inspected', async (status, id) => {
    const rendered = renderProblem(problem(status as 401), { accept: 'application/json', method: 'GET' })
    const { findings } = inspectResponse({ request: { method: 'GET', url: URL_ }, response: { status: rendered.status, headers: rendered.headers, body: rendered.body } })
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.id)).toEqual([id])
  })

  it('through a real Response (toResponse)', async () => {
    const response = problem(401).toResponse()
    const { findings } = inspectResponse({ request: { method: 'GET', url: URL_ }, response: { status: response.status, headers: response.headers, body: await response.text() } })
    expect(findings.map((f) => f.id)).toContain('status.401-without-www-authenticate')
  })
})

describe('section C: items 18, 19', () => {
  const summary = (method: string, status: number, headers: Record<string, string>, request: Record<string, string> = {}, url = URL_) =>
    inspectResponse({ request: { method, url, headers: request }, response: { status, headers } }, { now: NOW }).summary.cache

  it('C18: a never-stored 429 with an Expires ahead of the clock and no Date has explicit freshness (RFC 9111 §4.2.1: the time of receipt)', () => {
    const expires = new Date(NOW + 3_600_000).toUTCString()
    expect(ids('GET', 429, { expires, 'content-type': PROBLEM }, '{"status":429,"title":"x"}')).toContain('warning cache.never-store-has-freshness')
    expect(ids('GET', 429, { expires: new Date(NOW - 1000).toUTCString(), 'content-type': PROBLEM }, '{"status":429,"title":"x"}')).not.toContain('warning cache.never-store-has-freshness')
  })

  it('C19: private, s-maxage=60 is not 60 s fresh (s-maxage is for shared caches, RFC 9111 §5.2.2.10)', () => {
    expect(summary('GET', 200, { 'cache-control': 'private, s-maxage=60' })).toMatchObject({ storable: true, shared: false, freshness: undefined, source: 'heuristic' })
    expect(summary('GET', 200, { 'cache-control': 'private, s-maxage=60, max-age=5' })).toMatchObject({ shared: false, freshness: 5 })
  })

  it('C19: an invalid max-age is stale at once, not heuristic (RFC 9111 §4.2.1)', () => {
    expect(summary('GET', 200, { 'cache-control': 'max-age=abc' })).toMatchObject({ storable: true, freshness: 0, source: 'explicit', note: 'Invalid max-age: stale at once (RFC 9111 §4.2.1).' })
  })

  it('C19: a POST response is reusable only with a Content-Location equal to its target URI (RFC 9110 §9.3.3)', () => {
    expect(summary('POST', 200, { 'cache-control': 'max-age=60' })).toMatchObject({ storable: false })
    expect(summary('POST', 200, { 'cache-control': 'max-age=60', 'content-location': '/orders/8' })).toMatchObject({ storable: false })
    expect(summary('POST', 200, { 'cache-control': 'max-age=60', 'content-location': '/orders/7' })).toMatchObject({ storable: true, freshness: 60 })
  })

  it('C19: public, no-cache is "revalidated before each reuse", not "heuristic freshness"', () => {
    const cache = summary('GET', 200, { 'cache-control': 'public, no-cache' })
    expect(cache).toMatchObject({ storable: true, freshness: 0, source: 'explicit' })
    expect(cache.note).not.toMatch(/heuristic/)
  })

  it('C19: a 401/403 with s-maxage is shared-cacheable like public; max-age alone is not reported', () => {
    expect(ids('GET', 403, { 'cache-control': 's-maxage=60', 'content-type': PROBLEM }, '{"status":403,"title":"x"}')).toContain('warning cache.public-on-auth-error')
    expect(ids('GET', 401, { 'cache-control': 'max-age=60', 'www-authenticate': 'Bearer', 'content-type': PROBLEM }, '{"status":401,"title":"x"}')).not.toContain('warning cache.public-on-auth-error')
  })
})
