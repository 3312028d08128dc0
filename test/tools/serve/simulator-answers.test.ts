// The simulator's answers follow its own rules (issue 24 item 3, issue 17 item 6): the
// current phrase on the status line, Vary/nosniff, a real 409, Retry-After by default,
// invalid query values named in a 400, the sequence endpoint, CORS behind the option.
import { request, type Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createStatusServer, simulateStatus } from 'statuskit/serve'
import { MAX_SEQUENCE_KEYS, SequenceStore } from '../../../src/tools/serve/sequence-store.js'
import { closeLoopback, listenLoopback } from '../../helpers/loopback.js'

let server: Server
let corsServer: Server
let base: string
let corsBase: string
beforeAll(async () => {
  server = createStatusServer()
  corsServer = createStatusServer({ cors: true })
  base = await listenLoopback(server)
  corsBase = await listenLoopback(corsServer)
})
afterAll(async () => {
  await closeLoopback(server)
  await closeLoopback(corsServer)
})

/** The reason phrase as it went over the wire (node:http keeps it; fetch does too). */
function statusLine(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    request(url, { agent: false }, (res) => {
      res.resume()
      resolve(`${res.statusCode} ${res.statusMessage}`)
    })
      .on('error', reject)
      .end()
  })
}

describe('the status line carries the catalog phrase (issue 17 item 6)', () => {
  it.each([
    ['413', '413 Content Too Large'],
    ['422', '422 Unprocessable Content'],
    ['409', '409 Conflict'],
    ['522', '522 Connection Timed Out'],
    ['599', '599 Network Connect Timeout Error'],
    ['499?vendor=nginx', '499 Client Closed Request'],
    ['499?vendor=esri', '499 Token Required'],
    ['499', '499 Client Error'],
  ])('/api/status/%s → %s', async (path, line) => {
    expect(await statusLine(`${base}/api/status/${path}`)).toBe(line)
  })

  it('on problems of the server itself too', async () => {
    expect(await statusLine(`${base}/api/status/200?delay=abc`)).toBe('400 Bad Request')
    expect(await statusLine(`${base}/nope`)).toBe('404 Not Found')
  })

  it('the vendor phrase is the problem title', async () => {
    const body = await (await fetch(`${base}/api/status/522`)).json()
    expect(body).toMatchObject({ title: 'Connection Timed Out', status: 522, returned: { phrase: 'Connection Timed Out' } })
  })
})

describe('headers the guide asks for', () => {
  it.each(['200', '409', '429', '204', '500'])('%s sends Vary: Accept and nosniff', async (code) => {
    const res = await fetch(`${base}/api/status/${code}`)
    expect(res.headers.get('vary')).toBe('Accept')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('?body=none sends no Content-Type', async () => {
    const res = await fetch(`${base}/api/status/409?body=none`)
    expect(res.headers.get('content-type')).toBeNull()
    expect(await res.text()).toBe('')
  })

  it('echoes the start of a request body in the diagnostics', async () => {
    const body = await (await fetch(`${base}/api/status/200`, { method: 'POST', body: '{"q":3}' })).json()
    expect(body.request.body).toBe('{"q":3}')
  })
})

describe('invalid query values get a 400 problem naming the parameter', () => {
  it.each([
    ['delay=abc', 'delay'],
    ['delay=-1', 'delay'],
    ['delay=10001', 'delay'],
    ['retryAfter=-1', 'retryAfter'],
    ['retryAfter=abc', 'retryAfter'],
    ['retryAfter=1.5', 'retryAfter'],
    ['retryAfter=86401', 'retryAfter'],
    ['body=yes', 'body'],
    ['vendor=acme', 'vendor'],
  ])('?%s', async (query, parameter) => {
    const res = await fetch(`${base}/api/status/503?${query}`)
    expect(res.status).toBe(400)
    const body = await res.json()
    expect(body.detail).toMatch(new RegExp(`^Query parameter ${parameter}: `))
    expect(body.errors).toEqual([expect.objectContaining({ parameter })])
  })

  it('accepts the bounds', () => {
    const r = simulateStatus({ method: 'GET', code: '429', path: '/', query: new URLSearchParams('delay=0&retryAfter=86400') })
    expect(r).toMatchObject({ status: 429, delayMs: 0, headers: { 'retry-after': '86400' } })
  })
})

describe('/api/sequence/:codes?key=', () => {
  it('answers the statuses in order per key, then repeats the last', async () => {
    const seen: string[] = []
    for (let i = 0; i < 4; i++) {
      const res = await fetch(`${base}/api/sequence/503,503,200?key=run1`)
      seen.push(`${res.status} ${res.headers.get('x-statuskit-sequence')}`)
    }
    expect(seen).toEqual(['503 1/3', '503 2/3', '200 3/3', '200 3/3'])
    expect((await fetch(`${base}/api/sequence/503,503,200?key=run2`)).status).toBe(503)
  })

  it('passes the query on: ?retryAfter= and ?delay=', async () => {
    const res = await fetch(`${base}/api/sequence/429,200?key=run3&retryAfter=4`)
    expect(res.headers.get('retry-after')).toBe('4')
  })

  it.each([
    ['503,200', 'key'],
    ['503,200?key=', 'key'],
    ['503,200?key=a%20b', 'key'],
    ['abc?key=x', 'codes'],
    [`${Array(21).fill('200').join(',')}?key=x`, 'codes'],
  ])('%s → 400 naming %s', async (path, parameter) => {
    const res = await fetch(`${base}/api/sequence/${path}`)
    expect(res.status).toBe(400)
    expect((await res.json()).errors[0].parameter).toBe(parameter)
  })

  it('a code the simulator cannot send is a 400 at its step', async () => {
    expect((await fetch(`${base}/api/sequence/999?key=bad`)).status).toBe(400)
  })

  it('keeps at most MAX_SEQUENCE_KEYS keys, forgetting the least recently used', () => {
    const store = new SequenceStore(3)
    expect(store.take('a', '1,2', 2)).toBe(0)
    store.take('b', '1,2', 2)
    store.take('c', '1,2', 2)
    store.take('a', '1,2', 2) // a is now the most recent
    store.take('d', '1,2', 2) // b is dropped
    expect(store.size).toBe(3)
    expect(store.take('b', '1,2', 2)).toBe(0)
    expect(store.take('a', '1,2', 2)).toBe(1)
    const big = new SequenceStore()
    for (let i = 0; i < MAX_SEQUENCE_KEYS + 50; i++) big.take(`k${i}`, '200', 1)
    expect(big.size).toBe(MAX_SEQUENCE_KEYS)
  })
})

describe('CORS behind --cors', () => {
  it('answers a preflight with 204 and the allowed method and headers', async () => {
    const res = await fetch(`${corsBase}/api/status/409`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'PUT', 'access-control-request-headers': 'if-match, content-type' },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-allow-methods')).toContain('PUT')
    expect(res.headers.get('access-control-allow-headers')).toBe('if-match, content-type')
  })

  it('exposes Retry-After to scripts', async () => {
    const res = await fetch(`${corsBase}/api/sequence/429,200?key=cors`, { headers: { origin: 'http://localhost:5173' } })
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-expose-headers')).toMatch(/Retry-After/)
  })

  it('is off by default: no CORS headers, OPTIONS is simulated', async () => {
    const res = await fetch(`${base}/api/status/409`, { method: 'OPTIONS', headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'PUT' } })
    expect(res.status).toBe(409)
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('never on /api/inspect', async () => {
    const res = await fetch(`${corsBase}/api/inspect`, { method: 'OPTIONS', headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' } })
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('short links', () => {
  it('/409 redirects to /status/409', async () => {
    const res = await fetch(`${base}/409`, { redirect: 'manual' })
    expect(res.status).toBe(301)
    expect(res.headers.get('location')).toBe('/status/409')
    expect((await fetch(`${base}/499?vendor=nginx`, { redirect: 'manual' })).headers.get('location')).toBe('/status/499?vendor=nginx')
  })
})
