import Koa from 'koa'
import { createServer } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { conflict } from 'statuskit'
import { problemMiddleware } from 'statuskit/koa'
import { closeLoopback, listenLoopback } from '../../helpers/loopback.js'

const server = createServer()
const emitted: unknown[] = []
let url: string

beforeAll(async () => {
  const app = new Koa()
  app.on('error', (error: unknown) => void emitted.push(error))
  app.use(problemMiddleware({ log: false }))
  app.use(async (ctx, next) => {
    ctx.set('access-control-allow-origin', 'https://app.example.com')
    ctx.vary('Origin')
    ctx.set('content-language', 'en') // describes the representation the error replaces
    await next()
  })
  app.use((ctx) => {
    if (ctx.path === '/conflict') throw conflict('Order 7 is at version 8; you sent version 7.')
    if (ctx.path === '/throw') ctx.throw(403, 'Not yours.')
    if (ctx.path === '/ok') ctx.body = { ok: true }
  })
  server.on('request', app.callback())
  url = await listenLoopback(server)
})
afterAll(() => closeLoopback(server))

describe('statuskit/koa', () => {
  it('keeps CORS and Vary set before the error, drops what described the failed representation', async () => {
    const response = await fetch(`${url}/conflict`)
    expect(response.status).toBe(409)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    expect(response.headers.get('access-control-allow-origin')).toBe('https://app.example.com')
    expect(response.headers.get('vary')).toBe('Origin, Accept')
    expect(response.headers.get('content-language')).toBeNull()
  })

  it("answers ctx.throw() by its status and still emits app.on('error')", async () => {
    emitted.length = 0
    const response = await fetch(`${url}/throw`)
    expect(response.status).toBe(403)
    expect(await response.json()).toMatchObject({ status: 403, title: 'Forbidden', detail: 'Not yours.' })
    expect(emitted).toHaveLength(1)
    expect(emitted[0]).toMatchObject({ status: 403 })
  })

  it('answers an unmatched request with a 404 problem, and leaves answered ones alone', async () => {
    const missing = await fetch(`${url}/nowhere`)
    expect(missing.status).toBe(404)
    expect(await missing.json()).toEqual({ type: 'about:blank', title: 'Not Found', status: 404 })
    const ok = await fetch(`${url}/ok`)
    expect(await ok.json()).toEqual({ ok: true })
  })
})
