import { describe, expect, it } from 'vitest'
import {
  classifyMonitoring,
  classifyRetry,
  idempotencyKeyInUse,
  logLevel,
  statusInfo,
  upgradeRequired,
  vendorStatuses,
} from 'statuskit'

// One test per defect of ../shared/reviews/2026-12-correctness.md that concerns the catalog
// and the classifiers; each fails on the 0.1 tables.
const half = (): number => 0.5

describe('review 2026-12, section A (catalog vs classifier vs guide)', () => {
  it('A1: 525, 526, 530 are not retried (nothing processed, will not clear on its own); 509 only with Retry-After', () => {
    for (const code of [525, 526, 530]) expect(classifyRetry(code), String(code)).toMatchObject({ retry: false, strategy: 'never' })
    expect(classifyRetry(509)).toMatchObject({ retry: false, strategy: 'never' })
    expect(classifyRetry(509, { method: 'POST', headers: { 'retry-after': '30' } })).toMatchObject({ retry: true, strategy: 'with-backoff', delayMs: 30_000 })
  })

  it('A2: 561 is not retried; 529 waits the 30 minutes SSL Labs asks for', () => {
    expect(classifyRetry(561)).toMatchObject({ retry: false, strategy: 'never' })
    expect(classifyRetry(529)).toMatchObject({ retry: false, strategy: 'with-backoff' })
    expect(classifyRetry(529, { maxRetryAfterMs: 3_600_000, random: half })).toMatchObject({ retry: true, delayMs: 1_800_000 })
  })

  it('A3: 522 and 523 back off for 1 to 2 s, not 100 ms', () => {
    expect(classifyRetry(522, { random: half }).delayMs).toBe(1500)
    expect(classifyRetry(523, { random: () => 0 }).delayMs).toBe(1000)
  })

  it('A4/D3: Esri 499 gets Esri\'s rule (re-authenticate, client warn), not nginx\'s', () => {
    expect(classifyRetry(499, { vendor: 'esri' })).toMatchObject({ retry: false, strategy: 'after-reauth' })
    expect(logLevel(499, 'client', { vendor: 'esri' })).toBe('warn')
    expect(classifyMonitoring(499, 'client', { vendor: 'esri' })).toMatchObject({ spanStatus: 'error', errorType: '499' })
    expect(classifyRetry(499, { vendor: 'nginx' }).strategy).toBe('idempotent-or-keyed')
  })

  it('A5: nginx 499 and ALB 460 (the caller gave up) share one rule: idempotent-or-keyed', () => {
    for (const code of [499, 460]) {
      expect(classifyRetry(code).strategy).toBe('idempotent-or-keyed')
      expect(classifyRetry(code).retry).toBe(true)
      expect(classifyRetry(code, { method: 'POST' }).retry).toBe(false)
      expect(logLevel(code, 'client')).toBe('debug')
    }
  })

  it('A6: 440 and 498 are after-reauth, Laravel 419 after-refresh-state', () => {
    expect(classifyRetry(440).strategy).toBe('after-reauth')
    expect(classifyRetry(498).strategy).toBe('after-reauth')
    expect(classifyRetry(419).strategy).toBe('after-refresh-state')
  })

  it('A7: Twitter 420 backs off like 429', () => {
    expect(classifyRetry(420, { method: 'POST', random: half })).toMatchObject({ retry: true, strategy: 'with-backoff', delayMs: classifyRetry(429, { random: half }).delayMs })
  })

  it('A8: 421 and 425 are repeated now, and say on what (new connection, not in early data); 408 too', () => {
    expect(classifyRetry(421)).toMatchObject({ retry: true, delayMs: 0, requires: 'new-connection', reason: '421: resend it now (new-connection).' })
    expect(classifyRetry(425)).toMatchObject({ retry: true, delayMs: 0, requires: 'not-early-data' })
    expect(classifyRetry(408).requires).toBe('usable-connection')
  })

  it('A9: a 503 with Retry-After does not make an unkeyed POST safe to repeat', () => {
    expect(classifyRetry(503, { method: 'POST', headers: { 'retry-after': '5' } }).retry).toBe(false)
    expect(classifyRetry(503, { method: 'POST', idempotencyKey: 'k', idempotencyKeyHonoured: true, headers: { 'retry-after': '5' } }).retry).toBe(true)
  })

  it('A10/D5: a 403 with an exhausted rate limit waits for x-ratelimit-reset, and is not repeated without one', () => {
    const now = Date.parse('2026-12-03T12:00:00Z')
    const reset = String(now / 1000 + 30)
    expect(classifyRetry(403, { headers: { 'x-ratelimit-remaining': '0' } }).retry).toBe(false)
    expect(classifyRetry(403, { now, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset } })).toMatchObject({ retry: true, delayMs: 30_000, retryAfterMs: 30_000 })
  })

  it('A11: a keyed 409 is resent as is only when the server says so', () => {
    expect(classifyRetry(409, { method: 'POST', idempotencyKey: 'k' })).toMatchObject({ retry: false, strategy: 'after-refresh-state' })
    expect(classifyRetry(409, { method: 'POST', idempotencyKey: 'k', idempotencyKeyHonoured: true }).strategy).toBe('with-backoff')
    expect(classifyRetry(409, { method: 'POST', problemType: idempotencyKeyInUse.type }).strategy).toBe('with-backoff')
    // the key default is the same for 409 and 5xx: not honoured
    expect(classifyRetry(500, { method: 'POST', idempotencyKey: 'k' }).retry).toBe(false)
  })

  it('A12/A15: 404 and 507 are "do not repeat automatically", not "cannot help"; 507 waits for a user action', () => {
    expect(classifyRetry(404).reason).toBe('404: do not repeat it automatically.')
    expect(classifyRetry(507)).toMatchObject({ strategy: 'never', requires: 'user-action' })
  })

  it('A13: 511 is a network login, not a token refresh', () => {
    expect(classifyRetry(511)).toMatchObject({ retry: false, strategy: 'never', requires: 'network-login' })
  })

  it('A16: 508 does not count against the availability SLO', () => {
    expect(classifyMonitoring(508, 'server')).toMatchObject({ countsAgainstSlo: false, level: 'warn' })
  })

  it('A17: treatAs is the x00 of the class (RFC 9110 §15)', () => {
    expect([418, 306, 510, 208, 409].map((code) => statusInfo(code).treatAs)).toEqual([400, 300, 500, 200, 400])
  })

  it('A18: 304 lists the headers RFC 9110 §15.4.5 requires when the 200 would carry them', () => {
    expect(statusInfo(304).requiredHeaders.map((h) => h.name)).toEqual(['Content-Location', 'Date', 'ETag', 'Vary', 'Cache-Control', 'Expires'])
  })

  it('A19: 101 and 426 require Connection: upgrade (RFC 9110 §7.8), and upgradeRequired() sends it', () => {
    for (const code of [101, 426]) expect(statusInfo(code).requiredHeaders).toContainEqual({ name: 'Connection', level: 'MUST', reference: 'RFC 9110 §7.8', value: 'upgrade' })
    expect(upgradeRequired({ upgrade: 'h2c' }).headers).toMatchObject({ upgrade: 'h2c', connection: 'upgrade' })
  })

  it('A20: Esri 498/499 and Qualys 529 are documented by their vendors, not deprecated', () => {
    for (const [code, vendor] of [[498, 'esri'], [499, 'esri'], [529, 'qualys']] as const) expect(vendorStatuses(code, vendor)[0]?.deprecated).toBeUndefined()
  })

  it('A23: a 3xx is "not an error", and its Retry-After is the wait before following', () => {
    expect(classifyRetry(302, { headers: { 'retry-after': '5' } })).toMatchObject({ retry: false, delayMs: 5000, reason: '302: not an error, nothing to retry.' })
  })
})

describe('review 2026-12, section B (wrong facts)', () => {
  it('B5: 303 Location is a SHOULD (RFC 9110 §15.4.4 has no BCP 14 keyword)', () => {
    expect(statusInfo(303).requiredHeaders[0]).toMatchObject({ name: 'Location', level: 'SHOULD' })
  })

  it('B12: 449 cites MS-WDV §2.2.6 and §3.2.5.6', () => {
    expect(vendorStatuses(449)[0]?.source).toBe('Microsoft MS-WDV §2.2.6, §3.2.5.6')
  })

  it('B13: 206 cites §15.3.7.1 for the single part and requires multipart/byteranges for several', () => {
    expect(statusInfo(206).requiredHeaders).toEqual([
      { name: 'Content-Range', level: 'MUST', reference: 'RFC 9110 §15.3.7.1', condition: 'for a single-part response' },
      { name: 'Content-Type', level: 'MUST', reference: 'RFC 9110 §15.3.7.2', condition: 'for a multipart response', value: 'multipart/byteranges' },
    ])
  })

  it('B14: a caller\'s cancellation (nginx 499, ALB 460) leaves the client span unset, without error.type', () => {
    for (const code of [499, 460]) expect(classifyMonitoring(code, 'client')).toMatchObject({ spanStatus: 'unset', errorType: undefined })
  })

  it('B15: codes no client receives have no error.type; 494–497 reach the client as 400', () => {
    for (const code of [444, 599]) expect(classifyMonitoring(code, 'client')).toMatchObject({ spanStatus: 'error', errorType: undefined })
    for (const code of [494, 495, 496, 497]) expect(classifyMonitoring(code, 'client')).toMatchObject({ spanStatus: 'error', errorType: '400', level: 'error' })
  })

  it('B16: a status outside 100–599 is a 5xx, not an exception', () => {
    expect(classifyMonitoring(600, 'client')).toMatchObject({ spanStatus: 'error', errorType: '600', fault: 'server' })
  })
})

describe('review 2026-12, section D (design)', () => {
  it('D6: the catalog states MUST NOT rows: Content-Length and Transfer-Encoding on 1xx/204 and a 2xx to CONNECT, Content-Range atop a multipart 206, 304\'s Content-Length', () => {
    const rows = (code: number): string[] => statusInfo(code).forbiddenHeaders.map((h) => `${h.name} ${h.level} ${h.reference}${h.condition ? `, ${h.condition}` : ''}`)
    for (const code of [100, 103, 150, 204]) expect(rows(code), String(code)).toEqual(['Content-Length MUST NOT RFC 9110 §8.6', 'Transfer-Encoding MUST NOT RFC 9112 §6.1'])
    for (const code of [200, 201, 299]) {
      expect(rows(code), String(code)).toEqual(['Content-Length MUST NOT RFC 9110 §8.6, in a response to CONNECT', 'Transfer-Encoding MUST NOT RFC 9112 §6.1, in a response to CONNECT'])
    }
    expect(rows(206)).toContain('Content-Range MUST NOT RFC 9110 §15.3.7.2, at the top of a multipart response')
    expect(rows(304)).toEqual(['Content-Length MUST NOT RFC 9110 §8.6, unless it is the length a 200 would have'])
    for (const code of [404, 409, 500, 302]) expect(rows(code), String(code)).toEqual([])
  })

  it('D8/E2: the one after-refresh-state reason holds for every 409 (version conflict, duplicate, invalid transition), and a key in flight is a decision of its own', () => {
    for (const [code, vendor] of [[409], [412], [416], [423], [428], [419, 'laravel']] as const) {
      const { reason } = classifyRetry(code, { vendor })
      expect(reason, String(code)).toBe(`${code}: re-read the current state, then send a request based on it.`)
      expect(reason).not.toMatch(/reapply|If-Match/)
    }
    expect(classifyRetry(409, { method: 'POST', idempotencyKey: 'k' })).toMatchObject({ strategy: 'after-refresh-state', retry: false })
    expect(classifyRetry(409, { method: 'POST', idempotencyKey: 'k', problemType: idempotencyKeyInUse.type })).toMatchObject({ strategy: 'with-backoff', retry: true })
  })

  it('D10: no first retry is immediate: it waits at least half its window (equal jitter), and 1 s where the guide says a quick retry does not help', () => {
    const zero = (): number => 0
    for (const [code, vendor] of [[500], [502], [520, 'cloudflare'], [598, 'proxy']] as const) {
      expect(classifyRetry(code, { vendor, random: zero }).delayMs, String(code)).toBe(50)
    }
    for (const [code, vendor] of [[429], [503], [504], [522, 'cloudflare'], [523, 'cloudflare']] as const) {
      expect(classifyRetry(code, { vendor, random: zero }), String(code)).toMatchObject({ retry: true, delayMs: 1000 })
    }
    // 421 and 425 are the documented exceptions: repeated at once on a new connection / not in early data (A8).
    expect(classifyRetry(421, { random: zero }).delayMs).toBe(0)
  })
})
