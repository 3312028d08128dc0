import { inspect } from 'node:util'
import { afterEach, describe, expect, it } from 'vitest'
import { ensureOk, ProblemError, type ResponseProblem } from 'statuskit/fetch'
import { startServer, type LoopbackServer } from './loopback-server.js'

let server: LoopbackServer | undefined

afterEach(async () => {
  await server?.close()
  server = undefined
})

const blank = (status: number, title: string): ResponseProblem => ({
  type: 'about:blank',
  title,
  status,
  detail: undefined,
  instance: undefined,
  extensions: {},
  valid: false,
  statusMismatch: undefined,
  raw: '',
  truncated: false,
})

describe('ProblemError', () => {
  it('names the method and a URL without query, fragment or credentials', () => {
    const error = new ProblemError({
      response: new Response(null, { status: 422 }),
      method: 'post',
      url: 'https://user:pw@api.example.com/orders?token=t#frag',
      problem: blank(422, 'Unprocessable Content'),
    })
    expect(error.message).toBe('422 Unprocessable Content: POST https://api.example.com/orders')
    expect(error.name).toBe('ProblemError')
    expect(error.url).toBe('https://api.example.com/orders')
    expect(error.decision.strategy).toBe('after-fix')
  })

  it('keeps the response out of logs, where its URL would show the query string', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(404, { 'content-type': 'application/problem+json' })
      res.end('{"title":"Not Found"}')
    })
    const error = (await ensureOk(await fetch(`${server.origin}/orders/7?token=SECRET`)).catch((e: unknown) => e)) as ProblemError
    expect(error.response.url).toBe(`${server.origin}/orders/7?token=SECRET`)
    expect(inspect(error, { depth: 5 })).not.toContain('SECRET')
    expect(JSON.stringify(error)).not.toContain('SECRET')
    expect(Object.keys(error)).not.toContain('response')
    expect(inspect(error)).toContain(`url: '${server.origin}/orders/7'`)
  })

  it('uses the status phrase in the message, not the problem title', () => {
    const error = new ProblemError({
      response: new Response(null, { status: 409 }),
      method: 'PUT',
      url: 'https://api.example.com/orders/7',
      problem: { ...blank(409, 'Version conflict'), type: 'https://example.com/probs/version-conflict', valid: true },
    })
    expect(error.message).toBe('409 Conflict: PUT https://api.example.com/orders/7')
  })

  it('keeps a given decision and cause', () => {
    const cause = new Error('upstream')
    const decision = { retry: false, strategy: 'never', delayMs: 0, reason: 'custom' } as const
    const error = new ProblemError({ response: new Response(null, { status: 503 }), problem: blank(503, 'Service Unavailable'), decision, cause })
    expect(error.decision).toBe(decision)
    expect(error.cause).toBe(cause)
    expect(error.message).toBe('503 Service Unavailable: GET')
  })

  it('does not throw for a status outside 100–599', () => {
    const response = new Response(null, { status: 200 })
    Object.defineProperty(response, 'status', { value: 0 })
    const error = new ProblemError({ response, problem: blank(0, '') })
    expect(error.decision).toMatchObject({ retry: false, strategy: 'never' })
  })

  describe('stack', () => {
    const frames = (error: Error): number => (error.stack ?? '').split('\n').filter((line) => line.trim().startsWith('at ')).length
    const make = (status: number, stack?: boolean): ProblemError =>
      new ProblemError({ response: new Response(null, { status }), url: 'https://api.example.com/orders/7', problem: blank(status, ''), stack })

    it('captures no frames for a 4xx response: the message names the call', () => {
      const error = make(409)
      expect(error.stack).toBe('ProblemError: 409 Conflict: GET https://api.example.com/orders/7')
      expect(frames(make(404))).toBe(0)
    })
    it('captures the frames for a 5xx response, and for a 4xx with stack: true', () => {
      expect(frames(make(503))).toBeGreaterThan(0)
      expect(make(409, true).stack).toContain('problem-error.test.ts')
    })
    it('leaves Error.stackTraceLimit as it found it', () => {
      const before = Error.stackTraceLimit
      make(409)
      expect(Error.stackTraceLimit).toBe(before)
    })
  })

  it('restores Error.stackTraceLimit when a cause getter throws', () => {
    const before = Error.stackTraceLimit
    const init = { response: new Response(null, { status: 409 }), problem: blank(409, 'Conflict') }
    Object.defineProperty(init, 'cause', { get: () => { throw new Error('hostile') } })
    expect(() => new ProblemError(init)).toThrow('hostile')
    expect(Error.stackTraceLimit).toBe(before)
  })
})
