import { STATUS_CODES } from 'node:http'
import { describe, expect, it } from 'vitest'
import { Status, statusClass, statusInfo, statusText } from 'statuskit'

describe('statusInfo(code)', () => {
  it.each([600, 99, 1.5, Number.NaN, '409', null, undefined, -1, 1000, Infinity])('throws a RangeError for %s', (bad) => {
    expect(() => statusInfo(bad as number)).toThrow(RangeError)
    expect(() => statusText(bad as number)).toThrow(RangeError)
    expect(() => statusClass(bad as number)).toThrow(RangeError)
  })

  it('says what was given and what is allowed', () => {
    expect(() => statusInfo('409' as unknown as number)).toThrow(
      'Invalid HTTP status for `code`: received "409" (a string); expected an integer from 100 to 599 (RFC 9110 §15).',
    )
    expect(() => statusInfo(600)).toThrow(/received 600; expected an integer from 100 to 599/)
  })

  it.each([
    { code: 471, cls: '4xx', phrase: 'Client Error', treatAs: 400, final: true },
    { code: 299, cls: '2xx', phrase: 'Successful', treatAs: 200, final: true },
    { code: 150, cls: '1xx', phrase: 'Informational', treatAs: 100, final: false },
    { code: 399, cls: '3xx', phrase: 'Redirection', treatAs: 300, final: true },
    { code: 599, cls: '5xx', phrase: 'Server Error', treatAs: 500, final: true },
  ])('answers unregistered $code with its class defaults', ({ code, cls, phrase, treatAs, final }) => {
    expect(statusInfo(code)).toEqual({
      code,
      phrase,
      aliases: [],
      class: cls,
      final,
      registered: false,
      registry: 'unassigned',
      expires: undefined,
      deprecated: false,
      reference: undefined,
      treatAs,
      noContent: !final,
      heuristicallyCacheable: false,
      neverStore: !final,
      requiredHeaders: [],
      forbiddenHeaders: statusInfo(treatAs).forbiddenHeaders, // the class's rows (RFC 9110 §8.6 speaks of any 1xx, any 2xx to CONNECT)
    })
  })

  it('describes 409 Conflict', () => {
    expect(statusInfo(Status.CONFLICT)).toMatchObject({
      code: 409,
      phrase: 'Conflict',
      class: '4xx',
      final: true,
      registry: 'permanent',
      reference: 'RFC9110 Section 15.5.10',
      noContent: false,
      heuristicallyCacheable: false,
      neverStore: false,
      requiredHeaders: [],
    })
  })

  it('records the temporary registration of 104 and its expiry', () => {
    expect(statusInfo(104)).toMatchObject({ registry: 'temporary', expires: '2026-11-13', final: false })
  })

  it.each([
    [306, 'unused'],
    [418, 'unused'],
    [510, 'obsolete'],
  ])('marks %i as %s and deprecated', (code, registry) => {
    expect(statusInfo(code)).toMatchObject({ registry, deprecated: true })
  })

  it.each([
    [405, 'Allow', 'MUST'],
    [401, 'WWW-Authenticate', 'MUST'],
    [407, 'Proxy-Authenticate', 'MUST'],
    [416, 'Content-Range', 'SHOULD'],
    [301, 'Location', 'SHOULD'],
    [303, 'Location', 'SHOULD'], // review B5: RFC 9110 §15.4.4 has no BCP 14 keyword
    [426, 'Upgrade', 'MUST'],
    [503, 'Retry-After', 'MAY'],
  ])('%i requires %s (%s)', (code, name, level) => {
    expect(statusInfo(code).requiredHeaders).toContainEqual(expect.objectContaining({ name, level }))
  })

  it('knows which statuses carry no content', () => {
    const noContent = [100, 101, 102, 103, 104, 204, 205, 304]
    for (const code of Object.values(Status)) expect(statusInfo(code).noContent).toBe(noContent.includes(code))
  })

  it('knows the heuristically cacheable and never-stored codes', () => {
    const hc = [200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501]
    const never = [100, 101, 102, 103, 104, 428, 429, 431, 511]
    for (const code of Object.values(Status)) {
      expect(statusInfo(code).heuristicallyCacheable).toBe(hc.includes(code))
      expect(statusInfo(code).neverStore).toBe(never.includes(code))
    }
  })

  it('keeps legacy phrases as aliases', () => {
    expect(statusInfo(413).aliases).toEqual(['Payload Too Large', 'Request Entity Too Large'])
    expect(statusInfo(422).aliases).toEqual(['Unprocessable Entity'])
    expect(statusInfo(418).aliases).toEqual(["I'm a Teapot"])
  })

  it('returns a fresh object each time', () => {
    expect(statusInfo(409)).not.toBe(statusInfo(409))
  })
})

describe('statusText against Node http.STATUS_CODES', () => {
  // status-facts.md §2: the IANA phrase is newer than Node's exactly here
  // (and 104 is missing from Node, 509 is Node-only).
  const newer: Record<number, [iana: string, node: string]> = {
    413: ['Content Too Large', 'Payload Too Large'],
    418: ['(Unused)', "I'm a Teapot"],
    422: ['Unprocessable Content', 'Unprocessable Entity'],
  }

  it('differs only where IANA renamed the phrase', () => {
    const differing: number[] = []
    for (const code of new Set(Object.values(Status))) {
      const node = STATUS_CODES[code]
      if (node === undefined) continue
      if (node !== statusText(code)) differing.push(code)
    }
    expect(differing).toEqual([413, 418, 422])
    for (const [code, [iana, node]] of Object.entries(newer)) {
      expect(statusText(Number(code))).toBe(iana)
      expect(STATUS_CODES[code]).toBe(node)
    }
  })

  it('has codes Node lacks and lacks codes Node invented', () => {
    expect(STATUS_CODES[104]).toBeUndefined()
    expect(statusText(104)).toBe('Upload Resumption Supported')
    expect(STATUS_CODES[509]).toBe('Bandwidth Limit Exceeded')
    expect(statusText(509)).toBe('Server Error')
  })
})

describe('statusClass(code)', () => {
  it.each([
    [100, '1xx'],
    [204, '2xx'],
    [308, '3xx'],
    [409, '4xx'],
    [599, '5xx'],
  ])('%i is %s', (code, cls) => {
    expect(statusClass(code)).toBe(cls)
  })
})
