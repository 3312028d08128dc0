import { afterEach, describe, expect, it } from 'vitest'
import { ensureOk, ProblemError } from 'statuskit/fetch'
import { startServer, type LoopbackServer } from './loopback-server.js'

let server: LoopbackServer | undefined

afterEach(async () => {
  await server?.close()
  server = undefined
})

describe('ensureOk', () => {
  it('resolves the same response when it is ok, body unread', async () => {
    server = await startServer((_req, res) => res.end('hello'))
    const response = await fetch(`${server.origin}/`)
    expect(await ensureOk(response)).toBe(response)
    expect(await response.text()).toBe('hello')
  })

  it('rejects a 409 with a ProblemError carrying the problem and the verdict', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(409, { 'content-type': 'application/problem+json' })
      res.end('{"type":"https://example.com/probs/version-conflict","title":"Version conflict","status":409}')
    })
    const response = await fetch(`${server.origin}/orders/7?sig=abc`, { method: 'PATCH' })
    const error = (await ensureOk(response, { method: 'patch' }).catch((e: unknown) => e)) as ProblemError
    expect(error).toBeInstanceOf(ProblemError)
    expect(error.response).toBe(response)
    expect(error.problem.type).toBe('https://example.com/probs/version-conflict')
    expect(error.decision).toMatchObject({ retry: false, strategy: 'after-refresh-state' })
    expect(error.method).toBe('PATCH')
    expect(error.url).toBe(`${server.origin}/orders/7`)
    expect(error.message).toBe(`409 Conflict: PATCH ${server.origin}/orders/7`)
  })

  it('passes stack: true on, so a 4xx error shows where ensureOk was called', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(404)
      res.end()
    })
    const plain = (await ensureOk(await fetch(`${server.origin}/a`)).catch((e: unknown) => e)) as ProblemError
    const traced = (await ensureOk(await fetch(`${server.origin}/b`), { stack: true }).catch((e: unknown) => e)) as ProblemError
    expect(plain.stack).toBe(`ProblemError: 404 Not Found: GET ${server.origin}/a`)
    expect(traced.stack).toContain('ensure-ok.test.ts')
  })

  it('classifies a GET 503 with Retry-After as retryable after the wait', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(503, { 'retry-after': '7' })
      res.end()
    })
    const error = (await ensureOk(await fetch(`${server.origin}/`)).catch((e: unknown) => e)) as ProblemError
    expect(error.decision).toMatchObject({ retry: true, strategy: 'idempotent-or-keyed', delayMs: 7000, retryAfterMs: 7000 }) // review A9
    expect(error.problem).toMatchObject({ title: 'Service Unavailable', valid: false })
  })
})

describe('ensureOk: security review', () => {
  it('never carries the query token through problem.type or problem.instance (#4)', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(404, { 'content-type': 'application/problem+json' })
      res.end('{"type":"#not-found","title":"Not found","instance":""}')
    })
    const url = `${server.origin}/v1/users/7?access_token=SECRET_TOKEN`
    const error = (await ensureOk(await fetch(url)).catch((caught: unknown) => caught)) as ProblemError
    expect(error).toBeInstanceOf(ProblemError)
    expect(error.problem.instance).toBe(`${server.origin}/v1/users/7`)
    const { inspect } = await import('node:util')
    expect(inspect(error, { depth: 10 })).not.toContain('SECRET_TOKEN')
    expect(JSON.stringify(error)).not.toContain('SECRET_TOKEN')
  })

  it('accepts null options as none (#12)', async () => {
    const error = await ensureOk(new Response(null, { status: 503 }), null as never).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ProblemError)
    expect((error as ProblemError).method).toBe('GET')
  })
})
