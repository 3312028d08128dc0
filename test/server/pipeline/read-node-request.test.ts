import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { conflict } from 'statuskit'
import { createProblemPipeline, readNodeRequest, writeNodeResponse, type RequestInfo } from 'statuskit/server'
import { describe, expect, it } from 'vitest'
import { closeLoopback, listenLoopback } from '../../helpers/loopback.js'

describe('readNodeRequest and writeNodeResponse on a real node:http server', () => {
  it('reads method, url, accept and headers, and aborts signal when the client leaves', async () => {
    let seen: RequestInfo | undefined
    let aborted: Promise<boolean> | undefined
    const server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const info = readNodeRequest(req, res)
      if (req.url === '/leave') {
        aborted = new Promise((resolve) => info.signal.addEventListener('abort', () => resolve(true)))
        return
      }
      seen = info
      res.end('ok')
    })
    const url = await listenLoopback(server)
    try {
      await (await fetch(`${url}/orders/7?x=1`, { headers: { accept: 'text/plain', 'X-Request-Id': 'req-9' } })).text()
      expect([seen?.method, seen?.url, seen?.accept, seen?.header('X-REQUEST-ID'), seen?.header('missing')]).toEqual(['GET', '/orders/7?x=1', 'text/plain', 'req-9', undefined])
      expect(seen?.signal.aborted).toBe(false)
      const controller = new AbortController()
      const pending = fetch(`${url}/leave`, { signal: controller.signal }).catch(() => 'aborted')
      for (let i = 0; i < 100 && aborted === undefined; i++) await new Promise((resolve) => setTimeout(resolve, 10))
      controller.abort()
      expect(await pending).toBe('aborted')
      expect(await aborted).toBe(true)
    } finally {
      await closeLoopback(server)
    }
  })

  it('writes status, phrase, headers and body, keeping the response Vary', async () => {
    const pipeline = createProblemPipeline({ traceId: false })
    const server = createServer((req, res) => {
      res.setHeader('vary', 'Origin')
      res.setHeader('content-encoding', 'gzip')
      writeNodeResponse(res, pipeline.fromProblem(conflict('Order 7 changed.'), readNodeRequest(req, res), { vary: res.getHeader('vary') }))
    })
    const url = await listenLoopback(server)
    try {
      const response = await fetch(url)
      expect([response.status, response.statusText, response.headers.get('vary'), response.headers.get('content-encoding')]).toEqual([409, 'Conflict', 'Origin, Accept', null])
      expect(await response.json()).toEqual({ type: 'about:blank', title: 'Conflict', status: 409, detail: 'Order 7 changed.' })
    } finally {
      await closeLoopback(server)
    }
  })
})
