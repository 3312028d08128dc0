// Security review 2026-12, defects 7, 8 and 9: malformed request-targets are the client's
// 400, a foreign Host (DNS rebinding) is refused, and every /api/* answer forbids sniffing.
import type { Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createStatusServer } from 'statuskit/serve'
import { closeLoopback, listenLoopback } from '../../helpers/loopback.js'
import { rawHttp } from '../../helpers/raw-http.js'

let server: Server
let base: string
beforeAll(async () => {
  server = createStatusServer({ allowedHosts: ['devbox.lan'] })
  base = await listenLoopback(server)
})
afterAll(() => closeLoopback(server))

const statusLine = (answer: string): string => answer.split('\r\n')[0] ?? ''

describe('security review #7: malformed request-targets', () => {
  it.each(['http://[::1/api/status/200', 'http://x:99999/', '*', 'ftp://127.0.0.1/'])('answers GET %s with 400, not 500', async (target) => {
    const answer = await rawHttp(base, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`)
    expect(statusLine(answer)).toBe('HTTP/1.1 400 Bad Request')
    expect(answer).toContain('application/problem+json')
  })

  // These are valid origin-form targets (RFC 9110 §4.1: absolute-path = 1*( "/" segment ),
  // and a segment may be empty or hold ':' and '@'), so no route matches: 404, never 500.
  it.each(['//', '//x:99999/', '//@/'])('answers the path %s with a 404 problem, not 500', async (target) => {
    const answer = await rawHttp(base, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`)
    expect(statusLine(answer)).toBe('HTTP/1.1 404 Not Found')
  })

  it('keeps //x/api/status/200 a path, not a host', async () => {
    const answer = await rawHttp(base, 'GET //x/api/status/200 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n')
    expect(statusLine(answer)).toBe('HTTP/1.1 404 Not Found')
  })
})

describe('security review #8: Host is checked (DNS rebinding)', () => {
  it.each(['attacker.rebind.example', 'attacker.rebind.example:80', 'localhost.attacker.example', ''])('answers Host "%s" with 421 and no simulator content', async (host) => {
    const answer = await rawHttp(base, `GET /api/status/200?probe=1 HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`)
    expect(statusLine(answer)).toBe('HTTP/1.1 421 Misdirected Request')
    expect(answer).not.toContain('probe')
  })

  it.each(['127.0.0.1', '127.0.0.1:8080', 'localhost:3000', 'app.localhost', '[::1]:80', '192.168.1.20', 'devbox.lan:8080'])('answers Host "%s"', async (host) => {
    const answer = await rawHttp(base, `GET /api/status/200 HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`)
    expect(statusLine(answer)).toBe('HTTP/1.1 200 OK')
  })

  it('refuses the pages too', async () => {
    const answer = await rawHttp(base, 'GET / HTTP/1.1\r\nHost: attacker.rebind.example\r\nConnection: close\r\n\r\n')
    expect(statusLine(answer)).toBe('HTTP/1.1 421 Misdirected Request')
    expect(answer).not.toContain('<html')
  })
})

describe('security review #9: nosniff on every /api/* answer', () => {
  it.each([
    '/api/status/200?x=%3Cscript%3Ealert(1)%3C/script%3E',
    '/api/status/409?x=%3Cimg%20src=x%20onerror=alert(1)%3E',
    '/api/status/abc',
    '/api/status/200?delay=soon',
    '/api/sequence/503,200?key=run-nosniff',
    '/api/sequence/nope',
    '/api/inspect',
  ])('%s', async (path) => {
    const res = await fetch(`${base}${path}`)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('POST /api/inspect answers carry it too', async () => {
    const res = await fetch(`${base}/api/inspect`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ url: `${base}/api/status/200` }) })
    expect(res.status).toBe(200)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('pages cannot be framed', async () => {
    const res = await fetch(`${base}/status/409`)
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
  })
})
