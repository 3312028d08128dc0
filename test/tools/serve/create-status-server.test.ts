import type { Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createStatusServer, simulateStatus } from 'statuskit/serve'
import { inspectResponse } from 'statuskit/inspect'
import { closeLoopback, listenLoopback } from '../../helpers/loopback.js'

let server: Server
let base: string
beforeAll(async () => {
  server = createStatusServer({ maxBodyBytes: 1024 })
  base = await listenLoopback(server)
})
afterAll(() => closeLoopback(server))

describe('the simulator API over loopback', () => {
  it('answers 409 with problem+json describing the request', async () => {
    const res = await fetch(`${base}/api/status/409?x=1`, { method: 'PUT', headers: { 'if-match': '"v7"' } })
    expect(res.status).toBe(409)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.headers.get('date')).toMatch(/GMT$/)
    const body = await res.json()
    expect(res.headers.get('etag')).toBe('"v2"')
    expect(body).toMatchObject({
      type: 'tag:statuskit.dev,2026:simulator/version-conflict',
      title: 'Version conflict',
      currentVersion: 2,
      status: 409,
      instance: '/api/status/409',
      request: { method: 'PUT', path: '/api/status/409', query: { x: '1' }, headers: { 'if-match': '"v7"' } },
      returned: { code: 409, phrase: 'Conflict', class: '4xx', retry: { strategy: 'after-refresh-state', retry: false } },
    })
    expect(body.returned.monitoring.server.level).toBe('info')
  })

  it('answers 204 and 304 without a body', async () => {
    for (const code of [204, 304]) {
      const res = await fetch(`${base}/api/status/${code}`)
      expect(res.status).toBe(code)
      expect(await res.text()).toBe('')
      expect(res.headers.get('content-type')).toBeNull()
    }
  })

  it('answers 200 and 201 with diagnostic JSON, 201 with Location', async () => {
    const ok = await fetch(`${base}/api/status/200`)
    expect(ok.headers.get('content-type')).toBe('application/json')
    expect((await ok.json()).returned).toMatchObject({ code: 200, phrase: 'OK', class: '2xx' })
    const created = await fetch(`${base}/api/status/201`, { method: 'POST', body: '{}' })
    expect(created.status).toBe(201)
    expect(created.headers.get('location')).toBe('/api/status/200?created=1')
  })

  it('sends Location on 3xx without following it here', async () => {
    const res = await fetch(`${base}/api/status/308`, { redirect: 'manual' })
    expect(res.status).toBe(308)
    expect(res.headers.get('location')).toBe('/api/status/200')
  })

  it('sends the headers 405, 401 and 416 require', async () => {
    expect((await fetch(`${base}/api/status/405`, { method: 'DELETE' })).headers.get('allow')).toBe('GET, HEAD, OPTIONS')
    expect((await fetch(`${base}/api/status/401`)).headers.get('www-authenticate')).toBe('Bearer realm="statuskit-simulator"')
    expect((await fetch(`${base}/api/status/416`)).headers.get('content-range')).toBe('bytes */1000')
  })

  it('sends Retry-After on 429 and 503: 1 s by default, ?retryAfter= seconds, none with ?retryAfter=none', async () => {
    const res = await fetch(`${base}/api/status/429?retryAfter=7`)
    expect(res.headers.get('retry-after')).toBe('7')
    expect((await res.json()).returned.retry).toMatchObject({ strategy: 'with-backoff', retry: true, delayMs: 7000 })
    expect((await fetch(`${base}/api/status/503`)).headers.get('retry-after')).toBe('1')
    expect((await fetch(`${base}/api/status/429`)).headers.get('retry-after')).toBe('1')
    expect((await fetch(`${base}/api/status/503?retryAfter=none`)).headers.get('retry-after')).toBeNull()
    expect((await fetch(`${base}/api/status/500`)).headers.get('retry-after')).toBeNull()
  })

  it('answers HEAD with headers and no body', async () => {
    const res = await fetch(`${base}/api/status/409`, { method: 'HEAD' })
    expect(res.status).toBe(409)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    expect(await res.text()).toBe('')
  })

  it('omits the body with ?body=none', async () => {
    const res = await fetch(`${base}/api/status/500?body=none`)
    expect(res.status).toBe(500)
    expect(await res.text()).toBe('')
  })

  it.each([
    ['100', /interim \(1xx\) status/],
    ['101', /cannot be the final response/],
    ['abc', /"abc" is not a status code: use an integer from 100 to 599/],
    ['999', /"999" is not a status code: use an integer from 100 to 599/],
  ])('answers %s with a 400 problem', async (code, detail) => {
    const res = await fetch(`${base}/api/status/${code}`)
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    expect((await res.json()).detail).toMatch(detail)
  })

  it('answers 304 to a method other than GET or HEAD with a 400 problem naming 412', async () => {
    const res = await fetch(`${base}/api/status/304`, { method: 'PUT' })
    expect(res.status).toBe(400)
    expect((await res.json()).detail).toMatch(/only a conditional GET or HEAD .* 412 Precondition Failed/)
  })

  it('answers a malformed percent escape in the code with a 400 problem, not a 500', async () => {
    const res = await fetch(`${base}/api/status/%E0%A4%A`)
    expect(res.status).toBe(400)
    expect((await res.json()).detail).toMatch(/is not a status code/)
  })

  it('answers unknown paths with a 404 problem', async () => {
    const res = await fetch(`${base}/nope`)
    expect(res.status).toBe(404)
    expect(await res.json()).toMatchObject({ status: 404, title: 'Not Found' })
  })

  it('caps request bodies', async () => {
    const res = await fetch(`${base}/api/status/200`, { method: 'POST', body: 'x'.repeat(5000) })
    expect(res.status).toBe(413)
    expect((await res.json()).title).toBe('Content Too Large')
  })

  it('waits ?delay=ms before answering', async () => {
    const started = Date.now()
    const res = await fetch(`${base}/api/status/202?delay=150`)
    expect(res.status).toBe(202)
    expect(Date.now() - started).toBeGreaterThanOrEqual(140)
  })

  it('honours ?delay up to 10 000 ms', () => {
    const r = simulateStatus({ method: 'GET', code: '200', path: '/api/status/200', query: new URLSearchParams('delay=10000') })
    expect(r.delayMs).toBe(10_000)
  })
})

describe('the simulator follows its own rules', () => {
  const methods = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE']
  const codes: number[] = []
  for (let code = 200; code <= 599; code++) codes.push(code)

  it('inspectResponse finds no error in any simulator response', () => {
    const errors: string[] = []
    for (const code of codes) {
      for (const method of methods) {
        for (const query of ['', 'retryAfter=5']) {
          const r = simulateStatus({ method, code: String(code), path: `/api/status/${code}`, query: new URLSearchParams(query) })
          const { findings } = inspectResponse({
            request: { method, url: `http://127.0.0.1/api/status/${code}` },
            response: { status: r.status, headers: r.headers, body: r.body },
          })
          for (const f of findings) if (f.severity === 'error') errors.push(`${method} ${code}?${query}: ${f.id}`)
        }
      }
    }
    expect(errors).toEqual([])
  })
})

describe('the status pages', () => {
  it('lists every code by class on /', async () => {
    const res = await fetch(`${base}/`)
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const html = await res.text()
    for (const cls of ['1xx Informational', '2xx Successful', '3xx Redirection', '4xx Client Error', '5xx Server Error']) expect(html).toContain(cls)
    expect(html).toContain('href="/status/409"')
    expect(html).toContain('href="/status/499?vendor=nginx"')
  })

  it('renders the guide for /status/409 with the Try it form', async () => {
    const html = await (await fetch(`${base}/status/409`)).text()
    expect(html).toContain('<h1>409 Conflict</h1>')
    for (const heading of ['Meaning', 'When to use it', 'When not to use it', 'Critical headers', 'Client contract', 'Related status codes']) expect(html).toContain(`<h2>${heading}<a class="anchor"`)
    expect(html).toContain('id="try-button"')
  })

  it('never reflects input unescaped', async () => {
    const res = await fetch(`${base}/status/%3Cscript%3Ealert(1)%3C%2Fscript%3E`)
    const text = await res.text()
    expect(text).not.toContain('<script>alert(1)')
    const api = await fetch(`${base}/api/status/%3Cimg%20src%3Dx%3E`)
    expect(api.headers.get('content-type')).toBe('application/problem+json')
  })

})
