import { getRequestListener } from '@hono/node-server'
import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { HTTPException } from 'hono/http-exception'
import { createServer } from 'node:http'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { conflict } from '../../../src/index.js'
import { notFoundHandler, problemHandler } from '../../../src/adapters/hono/index.js'
import { closeLoopback, listenLoopback } from '../../helpers/loopback.js'

const server = createServer()
let url: string
const log = vi.fn()

beforeAll(async () => {
  const app = new Hono()
  app.use('*', cors({ origin: 'https://app.example.com', exposeHeaders: ['Retry-After'] }))
  app.put('/orders/:id', (c) => {
    c.header('x-before', 'kept')
    throw conflict(`Order ${c.req.param('id')} is at version 8; you sent version 7.`)
  })
  app.get('/auth', () => {
    throw new HTTPException(401, {
      message: 'Log in first.',
      res: new Response('Unauthorized', { status: 401, headers: { 'www-authenticate': 'Basic realm="api"', 'content-length': '12' } }),
    })
  })
  app.get('/boom', () => {
    throw new Error('connection string postgres://user:secret@db')
  })
  app.notFound(notFoundHandler({ log }))
  app.onError(problemHandler({ log }))
  server.on('request', getRequestListener(app.fetch))
  url = await listenLoopback(server)
})
afterAll(() => closeLoopback(server))

describe('statuskit/hono on @hono/node-server', () => {
  it('answers a thrown conflict() as a problem, with the CORS headers of the middleware', async () => {
    const response = await fetch(`${url}/orders/7`, { method: 'PUT', headers: { origin: 'https://app.example.com' } })
    expect(response.status).toBe(409)
    expect(response.statusText).toBe('Conflict')
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    expect(response.headers.get('access-control-allow-origin')).toBe('https://app.example.com')
    expect(await response.json()).toMatchObject({ status: 409, detail: 'Order 7 is at version 8; you sent version 7.' })
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith('info', expect.objectContaining({ status: 409 }), expect.anything()))
  })

  it("maps HTTPException by its status with the safe header fields of its res", async () => {
    const response = await fetch(`${url}/auth`)
    expect(response.status).toBe(401)
    expect(response.headers.get('www-authenticate')).toBe('Basic realm="api"')
    const body = await response.json()
    expect(body).toMatchObject({ status: 401, title: 'Unauthorized', detail: 'Log in first.' })
  })

  it('hides an unknown error', async () => {
    const response = await fetch(`${url}/boom`)
    expect(response.status).toBe(500)
    expect(await response.text()).not.toContain('secret')
  })

  it('answers an unknown route with a 404 problem, HEAD without a body', async () => {
    const response = await fetch(`${url}/nowhere`)
    expect(response.status).toBe(404)
    expect(await response.json()).toMatchObject({ status: 404, title: 'Not Found' })
    const head = await fetch(`${url}/nowhere`, { method: 'HEAD' })
    expect(head.status).toBe(404)
    expect(await head.text()).toBe('')
  })
})
