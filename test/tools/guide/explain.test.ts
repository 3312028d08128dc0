import { describe, expect, it } from 'vitest'
import { explain } from 'statuskit/guide'

describe('explain() spot checks of correctness', () => {
  it('409 relates to 412 and 428', () => {
    const codes = explain(409).related.map((r) => r.code)
    expect(codes).toContain(412)
    expect(codes).toContain(428)
  })

  it('401 lists WWW-Authenticate among its critical headers', () => {
    expect(explain(401).criticalHeaders.map((h) => h.name)).toContain('WWW-Authenticate')
  })

  it('204 says there is no body', () => {
    expect(explain(204).summary).toMatch(/no body/i)
    expect(explain(204).meaning).toMatch(/MUST NOT send Content-Length/)
  })

  it('429 client contract mentions Retry-After', () => {
    expect(JSON.stringify(explain(429).clientContract)).toContain('Retry-After')
  })

  it('redirects carry Location; 307 and 308 keep the method; 303 switches to GET', () => {
    for (const code of [201, 301, 302, 303, 307, 308]) {
      expect(explain(code).criticalHeaders.map((h) => h.name)).toContain('Location')
    }
    expect(explain(307).meaning).toMatch(/MUST NOT change the request method/)
    expect(explain(308).summary).toMatch(/same method and body/)
    expect(explain(303).summary).toMatch(/with GET/)
  })

  it('101 needs Upgrade, 103 carries Link, 206 carries Content-Range', () => {
    expect(explain(101).criticalHeaders.map((h) => h.name)).toContain('Upgrade')
    expect(explain(103).criticalHeaders.map((h) => h.name)).toContain('Link')
    expect(explain(206).criticalHeaders.map((h) => h.name)).toContain('Content-Range')
  })

  it('304 answers only conditional GET or HEAD and carries no content', () => {
    expect(explain(304).meaning).toMatch(/cannot contain content/)
    expect(explain(304).related.map((r) => r.code)).toContain(412)
  })

  it('305 and 306 are never emitted', () => {
    expect(explain(305)).toMatchObject({ deprecated: true, registry: 'permanent' })
    expect(explain(306)).toMatchObject({ deprecated: true, registry: 'unused', phrase: '(Unused)' })
  })
})

describe('explain() merges catalog facts', () => {
  it('takes phrase, class, registry and required headers from the catalog', () => {
    const g = explain(401)
    expect(g).toMatchObject({ code: 401, phrase: 'Unauthorized', class: '4xx', registry: 'permanent', deprecated: false })
    expect(g.source).toBe('RFC9110 Section 15.5.2')
    expect(g.requiredHeaders).toEqual([{ name: 'WWW-Authenticate', level: 'MUST', reference: 'RFC 9110 §15.5.2' }])
    expect(g.vendor).toBeUndefined()
  })

  it('reports the temporary registration of 104 and its expiry', () => {
    expect(explain(104)).toMatchObject({ registry: 'temporary', expires: '2026-11-13' })
    expect(explain(104).summary).toContain('2026-11-13')
    expect('expires' in explain(200)).toBe(false)
  })

  it('uses current IANA phrases', () => {
    expect(explain(413).phrase).toBe('Content Too Large')
    expect(explain(422).phrase).toBe('Unprocessable Content')
  })
})

describe('explain() client contract from the classifiers', () => {
  it('409: refresh state; with an honoured Idempotency-Key, back off and resend', () => {
    const { retry } = explain(409).clientContract
    expect(retry.strategy).toBe('after-refresh-state')
    expect(retry.retry).toBe(false)
    expect(retry.advice).toMatch(/current state/)
    expect(retry.withIdempotencyKey?.strategy).toBe('with-backoff')
    const keyed = retry.cases.find((c) => c.request === 'POST, honoured Idempotency-Key')
    expect(keyed).toMatchObject({ retry: true, strategy: 'with-backoff' })
  })

  it('shows no Idempotency-Key variant where the key changes nothing', () => {
    expect(explain(404).clientContract.retry.withIdempotencyKey).toBeUndefined()
    expect(explain(201).clientContract.retry.withIdempotencyKey).toBeUndefined()
  })

  it('2xx: nothing to retry; 503: outcome unknown', () => {
    expect(explain(200).clientContract.retry).toMatchObject({ strategy: 'never', retry: false })
    expect(explain(200).clientContract.retry.advice).toMatch(/^Nothing to retry: the request succeeded/)
    expect(explain(503).clientContract.retry.strategy).toBe('idempotent-or-keyed')
  })

  it('monitoring: a 5xx counts against the server SLO, a 4xx is the client\'s fault', () => {
    expect(explain(500).clientContract.monitoring.server).toMatchObject({ level: 'error', countsAgainstSlo: true, spanStatus: 'error', fault: 'server' })
    expect(explain(409).clientContract.monitoring.server).toMatchObject({ countsAgainstSlo: false, spanStatus: 'unset', fault: 'client' })
    expect(explain(409).clientContract.monitoring.client).toMatchObject({ spanStatus: 'error', errorType: '409' })
  })
})

describe('explain() vendor codes', () => {
  it('uses the most common vendor when none is given', () => {
    expect(explain(499)).toMatchObject({ vendor: 'nginx', phrase: 'Client Closed Request', registry: 'vendor' })
    expect(explain(522)).toMatchObject({ vendor: 'cloudflare', phrase: 'Connection Timed Out', class: '5xx' })
  })

  it('takes the vendor asked for', () => {
    expect(explain(499, 'esri')).toMatchObject({ vendor: 'esri', phrase: 'Token Required', deprecated: false }) // review A20: documented by Esri
  })

  it('reports whether the code reaches the client', () => {
    expect(explain(495).wire).toEqual({ sent: false, as: 400 })
    expect(explain(522).wire).toEqual({ sent: true })
    expect(explain(522).requiredHeaders).toEqual([])
  })
})

describe('explain() errors', () => {
  it.each([999, 99, 600, 1.5, Number.NaN, -1])('rejects %s with the catalog message', (code) => {
    expect(() => explain(code)).toThrow(RangeError)
    expect(() => explain(code)).toThrow(/^Invalid HTTP status for `code`: received .*; expected an integer from 100 to 599 \(RFC 9110 §15\)\.$/)
  })

  it('rejects non-numbers without crashing', () => {
    expect(() => explain('409' as unknown as number)).toThrow(/received "409" \(a string\)/)
  })

  it('explains that an unregistered, unused code falls back to its class', () => {
    expect(() => explain(471)).toThrow(RangeError)
    expect(() => explain(471)).toThrow('No guide for status 471: neither the IANA registry nor a known vendor defines it. A recipient treats it as 400 Bad Request, the x00 of its class (RFC 9110 §15).')
    expect(() => explain(597)).toThrow(/treats it as 500 Internal Server Error/)
  })

  it('rejects an unknown vendor and a vendor that does not define the code', () => {
    expect(() => explain(499, 'acme' as never)).toThrow(/^Unknown `vendor`: received "acme"; expected one of nginx, cloudflare/)
    expect(() => explain(404, 'nginx')).toThrow('Vendor nginx defines no status 404; its codes are 444, 494, 495, 496, 497, 499.')
  })

  it('returns a fresh object each time; changing one does not change the next', () => {
    expect(explain(409)).not.toBe(explain(409))
    expect(explain(409)).toEqual(explain(409))
    const first = explain(409)
    ;(first.related as unknown as unknown[]).length = 0
    expect(explain(409).related.length).toBeGreaterThan(0)
  })
})
