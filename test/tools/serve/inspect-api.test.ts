// The web inspector's API, POST /api/inspect: the server requests the URL (http/https
// only, bounded), returns each hop with its findings, and answers only its own pages.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createStatusServer } from 'statuskit/serve'
import { closeLoopback, listenLoopback } from '../../helpers/loopback.js'

let simulator: Server
let target: Server
let base: string
let targetBase: string

beforeAll(async () => {
  simulator = createStatusServer()
  target = createServer((req, res) => {
    if (req.url === '/good409') {
      res.writeHead(409, { 'content-type': 'application/problem+json', 'cache-control': 'no-store', etag: '"v8"' })
      res.end(JSON.stringify({ type: 'https://example.com/probs/version-conflict', title: 'Version conflict', status: 409, detail: 'Order 7 is at version 8.', currentVersion: 8 }))
    } else if (req.url === '/bad409') {
      res.writeHead(409, { 'content-type': 'application/problem+json', 'cache-control': 'no-store', etag: '"v8"' })
      res.end(JSON.stringify({ type: 'about:blank', title: 'Conflict', status: 409 }))
    } else if (req.url === '/moved') {
      res.writeHead(302, { location: '/good409', 'cache-control': 'no-store' })
      res.end()
    } else if (req.url === '/big') {
      res.writeHead(200, { 'content-type': 'text/plain' })
      res.end('x'.repeat(1.5 * 1024 * 1024))
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' })
      res.end('no')
    }
  })
  base = await listenLoopback(simulator)
  targetBase = await listenLoopback(target)
})
afterAll(async () => {
  await closeLoopback(simulator)
  await closeLoopback(target)
})

function inspect(body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${base}/api/inspect`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
}

interface Hop {
  status: number
  statusText: string
  headers: [string, string][]
  request: { method: string; url: string; headers: [string, string][] }
  findings: { id: string; severity: string; reference: string }[]
  summary: { retry?: { strategy: string }; monitoring?: { server: { level: string } } }
  body: string
  bodyBytes: number
  truncated: boolean
}

describe('POST /api/inspect', () => {
  it('inspects a good 409: no findings, the retry and monitoring verdicts', async () => {
    const res = await inspect({ url: `${targetBase}/good409`, method: 'PUT', headers: { 'If-Match': '"v8"' }, body: '{"qty":2}' })
    expect(res.status).toBe(200)
    const { hops } = (await res.json()) as { hops: Hop[] }
    expect(hops).toHaveLength(1)
    const hop = hops[0] as Hop
    expect(hop).toMatchObject({ status: 409, statusText: 'Conflict', request: { method: 'PUT' } })
    expect(hop.request.headers).toEqual(expect.arrayContaining([['if-match', '"v8"'], ['content-type', 'application/json']]))
    expect(hop.findings).toEqual([])
    expect(hop.summary.retry?.strategy).toBe('after-refresh-state')
    expect(hop.summary.monitoring?.server.level).toBe('info')
  })

  it('inspects a bad 409: the failed If-Match and the unexplained about:blank, with references', async () => {
    const { hops } = (await (await inspect({ url: `${targetBase}/bad409`, method: 'PUT', headers: { 'If-Match': '"v7"' } })).json()) as { hops: Hop[] }
    const findings = hops[0]?.findings ?? []
    expect(findings.map((f) => f.id)).toEqual(['status.409-precondition-failed', 'status.409-unexplained'])
    expect(findings[0]?.reference).toBe('RFC 9110 §13.1.1, §13.2.2')
  })

  it('shows a redirect as a hop and follows it only when asked', async () => {
    const one = (await (await inspect({ url: `${targetBase}/moved` })).json()) as { hops: Hop[] }
    expect(one.hops.map((h) => h.status)).toEqual([302])
    expect(one.hops[0]?.headers).toContainEqual(['location', '/good409'])
    const both = (await (await inspect({ url: `${targetBase}/moved`, follow: true })).json()) as { hops: Hop[] }
    expect(both.hops.map((h) => `${h.request.method} ${new URL(h.request.url).pathname} ${h.status}`)).toEqual(['GET /moved 302', 'GET /good409 409'])
  })

  it('bounds the body it reads', async () => {
    const { hops } = (await (await inspect({ url: `${targetBase}/big` })).json()) as { hops: Hop[] }
    expect(hops[0]).toMatchObject({ status: 200, truncated: true, bodyBytes: 1 << 20 })
    expect(hops[0]?.body.length).toBe(65_536)
  })

  it.each([
    [{ url: 'ftp://127.0.0.1/' }, '#/url'],
    [{ url: 'file:///etc/passwd' }, '#/url'],
    [{}, '#/url'],
    [[1], '#'],
    [{ url: 'http://127.0.0.1/', method: 'GE T' }, '#/method'],
    [{ url: 'http://127.0.0.1/', headers: { 'x-a': 'b\r\nc: d' } }, '#/headers/x-a'],
    [{ url: 'http://127.0.0.1/', headers: ['x'] }, '#/headers'],
    [{ url: 'http://127.0.0.1/', body: 3 }, '#/body'],
    [{ url: 'http://127.0.0.1/', follow: 'yes' }, '#/follow'],
  ])('answers %j with a 400 problem naming %s', async (input, pointer) => {
    const res = await inspect(input)
    expect(res.status).toBe(400)
    expect((await res.json()).errors[0].pointer).toBe(pointer)
  })

  it('answers an unreachable target with a 502 problem, credentials redacted', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    const res = await inspect({ url: `http://127.0.0.1:${port}/x?token=s3cret` })
    expect(res.status).toBe(502)
    expect((await res.json()).detail).toMatch(/ECONNREFUSED/)
    const creds = await inspect({ url: `http://user:pw@127.0.0.1:${port}/` })
    const detail = (await creds.json()).detail as string
    expect(detail).toContain('http://***@127.0.0.1')
    expect(detail).not.toContain('pw')
  })

  it('answers only its own pages: a foreign Origin gets 403, its own Origin or none is served', async () => {
    const url = `${targetBase}/good409`
    expect((await inspect({ url }, { origin: 'https://evil.example' })).status).toBe(403)
    expect((await inspect({ url }, { origin: 'http://localhost:1' })).status).toBe(403)
    expect((await inspect({ url }, { origin: base })).status).toBe(200)
  })

  it('takes JSON only (a cross-origin form post cannot reach it without a preflight)', async () => {
    const res = await fetch(`${base}/api/inspect`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ url: `${targetBase}/good409` }) })
    expect(res.status).toBe(415)
  })

  it('answers other methods with 405 and Allow: POST', async () => {
    const res = await fetch(`${base}/api/inspect?code=409`)
    expect(res.status).toBe(405)
    expect(res.headers.get('allow')).toBe('POST')
  })
})

describe('GET /inspect', () => {
  it('serves the inspector page', async () => {
    const html = await (await fetch(`${base}/inspect`)).text()
    expect(html).toContain('<h1>Inspector</h1>')
    expect(html).toContain('id="inspector-form"')
  })
})
