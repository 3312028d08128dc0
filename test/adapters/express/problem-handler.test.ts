import Boom from '@hapi/boom'
import type { Express, NextFunction, Request, Response } from 'express'
import express4 from 'express4'
import express5 from 'express5'
import createError from 'http-errors'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { conflict, defineProblem, type HttpProblem, type LogLevel } from 'statuskit'
import { notFoundHandler, problemHandler } from 'statuskit/express'
import { listen, type Loopback } from './listen.js'

const VersionConflict = defineProblem<{ currentVersion: number }, 409>({
  type: 'https://example.com/probs/version-conflict',
  status: 409,
  title: 'Version conflict',
})

/** Headers the server and Node add whatever the route does. */
function ownHeaders(response: globalThis.Response): Record<string, string> {
  const headers = Object.fromEntries(response.headers)
  for (const name of ['date', 'connection', 'keep-alive', 'x-powered-by']) delete headers[name]
  return headers
}

const CONFLICT_JSON = {
  type: 'about:blank',
  title: 'Conflict',
  status: 409,
  detail: 'Order 7 is at version 8; you sent version 7.',
}

describe.each([
  { name: 'express4', express: express4, major: 4 },
  { name: 'express5', express: express5, major: 5 },
])('problemHandler on $name', ({ express, major }) => {
  let server: Loopback
  const logged: [LogLevel, number, string][] = []

  beforeAll(async () => {
    const app: Express = express()
    app.use(express.json({ limit: 64 }))
    app.put('/orders/7', () => {
      throw conflict('Order 7 is at version 8; you sent version 7.', { headers: { etag: '"8"' } })
    })
    app.get('/secret', () => {
      throw new Error('db password is hunter2')
    })
    app.get('/cors', (_req: Request, res: Response) => {
      res.setHeader('access-control-allow-origin', '*')
      res.setHeader('vary', 'Origin')
      throw conflict('Order 7 changed.')
    })
    app.get('/next-error', (_req: Request, _res: Response, next: NextFunction) => {
      next(conflict('Passed to next.'))
    })
    app.get('/http-errors', (_req: Request, _res: Response, next: NextFunction) => {
      next(createError(409, 'Order 7 changed.'))
    })
    app.get('/boom', (_req: Request, _res: Response, next: NextFunction) => {
      next(Boom.conflict('Order 7 changed.'))
    })
    app.get('/boom-500', (_req: Request, _res: Response, next: NextFunction) => {
      next(Boom.internal('db password is hunter2'))
    })
    app.get('/defined', () => {
      throw VersionConflict('Order 7 is at version 8.', { extensions: { currentVersion: 8 } })
    })
    app.get('/started', (_req: Request, res: Response, next: NextFunction) => {
      res.writeHead(200, { 'content-type': 'text/plain' })
      res.write('partial')
      next(new Error('failed after the headers went out'))
    })
    app.post('/orders', (req: Request, res: Response) => {
      res.json(req.body)
    })
    app.get('/download', (_req: Request, res: Response) => {
      // Headers of the representation the route meant to send before it failed.
      res.setHeader('content-encoding', 'gzip')
      res.setHeader('content-language', 'de')
      res.setHeader('content-disposition', 'attachment; filename="report.csv"')
      throw conflict('Report 9 changed.')
    })
    app.get('/circular', () => {
      const cycle: Record<string, unknown> = {}
      cycle['self'] = cycle
      throw conflict('Order 7 changed.', { extensions: { cycle } })
    })
    app.get('/upstream', () => {
      // What `ensureOk` throws for an upstream's 401: it must not become this server's 401.
      throw Object.assign(new Error('401 Unauthorized: GET http://10.0.0.7/v2/accounts/7'), {
        name: 'ProblemError',
        status: 401,
        response: new globalThis.Response(null, { status: 401 }),
      })
    })
    if (major === 5) {
      // Express 5 passes a rejected promise to the error handlers itself.
      app.get('/async', async () => {
        await new Promise((resolve) => setTimeout(resolve, 1))
        throw conflict('Thrown after an await.')
      })
    } else {
      // Express 4 does not: an async route hands its error to next(err).
      app.get('/async', (_req: Request, _res: Response, next: NextFunction) => {
        void (async () => {
          await new Promise((resolve) => setTimeout(resolve, 1))
          throw conflict('Thrown after an await.')
        })().catch(next)
      })
    }
    app.use(notFoundHandler({ log: false }))
    app.use(
      problemHandler({
        log: (level, problem: HttpProblem, req: Request) => {
          logged.push([level, problem.status, req.path])
        },
      }),
    )
    server = await listen(app)
  })

  afterAll(() => server.close())

  it('answers a thrown conflict() with 409, the exact problem JSON and its headers', async () => {
    const response = await fetch(`${server.url}/orders/7`, { method: 'PUT' })
    expect(response.status).toBe(409)
    expect(ownHeaders(response)).toEqual({
      'content-type': 'application/problem+json',
      'cache-control': 'no-store',
      etag: '"8"',
      vary: 'Accept',
      'x-content-type-options': 'nosniff',
      'content-length': '110',
    })
    expect(await response.json()).toEqual(CONFLICT_JSON)
  })

  it('hides the message and stack of an unknown error behind a 500', async () => {
    const response = await fetch(`${server.url}/secret`)
    expect(response.status).toBe(500)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    const body = await response.text()
    expect(body).not.toContain('hunter2')
    expect(body).not.toContain('    at ')
    expect(JSON.parse(body)).toEqual({ type: 'about:blank', title: 'Internal Server Error', status: 500 })
  })

  it('answers a problem passed to next(err)', async () => {
    const response = await fetch(`${server.url}/next-error`)
    expect(response.status).toBe(409)
    expect(await response.json()).toEqual({ type: 'about:blank', title: 'Conflict', status: 409, detail: 'Passed to next.' })
  })

  it('answers an error thrown after an await (Express 5: rejected promise; Express 4: next(err))', async () => {
    const response = await fetch(`${server.url}/async`)
    expect(response.status).toBe(409)
    expect(await response.json()).toEqual({ type: 'about:blank', title: 'Conflict', status: 409, detail: 'Thrown after an await.' })
  })

  it('maps next(createError(409)) from http-errors', async () => {
    const response = await fetch(`${server.url}/http-errors`)
    expect(response.status).toBe(409)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    expect(await response.json()).toEqual({ type: 'about:blank', title: 'Conflict', status: 409, detail: 'Order 7 changed.' })
  })

  it('maps a Boom error, hiding the message of a Boom 500', async () => {
    const response = await fetch(`${server.url}/boom`)
    expect(response.status).toBe(409)
    expect(await response.json()).toEqual({ type: 'about:blank', title: 'Conflict', status: 409, detail: 'Order 7 changed.' })
    const hidden = await fetch(`${server.url}/boom-500`)
    expect(hidden.status).toBe(500)
    expect(await hidden.text()).not.toContain('hunter2')
  })

  it('answers HEAD with the same headers and no body', async () => {
    const get = await fetch(`${server.url}/defined`)
    const head = await fetch(`${server.url}/defined`, { method: 'HEAD' })
    expect(head.status).toBe(409)
    expect(ownHeaders(head)).toEqual(ownHeaders(get))
    expect(await head.text()).toBe('')
    const missing = await fetch(`${server.url}/nowhere`)
    const missingHead = await fetch(`${server.url}/nowhere`, { method: 'HEAD' })
    expect(missingHead.status).toBe(404)
    expect(ownHeaders(missingHead)).toEqual(ownHeaders(missing))
    expect(await missingHead.text()).toBe('')
  })

  it('keeps headers set before the error and adds Accept to their Vary', async () => {
    const response = await fetch(`${server.url}/cors`)
    expect(response.status).toBe(409)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(response.headers.get('vary')).toBe('Origin, Accept')
  })

  it('drops the headers of the representation the route had begun, as Express itself does', async () => {
    const response = await fetch(`${server.url}/download`)
    expect(response.status).toBe(409)
    for (const name of ['content-encoding', 'content-language', 'content-disposition']) expect(response.headers.get(name)).toBeNull()
    expect(await response.json()).toMatchObject({ status: 409, detail: 'Report 9 changed.' })
  })

  it('answers a problem whose extensions cannot be serialized with a bare 500, not a crash, and logs it as an error', async () => {
    logged.length = 0
    const response = await fetch(`${server.url}/circular`)
    expect(response.status).toBe(500)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    expect(await response.json()).toEqual({ type: 'about:blank', title: 'Internal Server Error', status: 500 })
    expect(logged).toEqual([['error', 409, '/circular']])
  })

  it("answers an HTTP client's error (an upstream's 401) with a 502 that names no upstream", async () => {
    const response = await fetch(`${server.url}/upstream`)
    expect(response.status).toBe(502)
    const text = await response.text()
    expect(text).toBe('{"type":"about:blank","title":"Bad Gateway","status":502}')
  })

  it('hands an error after the headers went out to Express, which drops the connection', async () => {
    const response = await fetch(`${server.url}/started`)
    expect(response.status).toBe(200)
    await expect(response.text()).rejects.toThrow()
    const after = await fetch(`${server.url}/orders/7`, { method: 'PUT' })
    expect(after.status).toBe(409)
    // Express's default handler takes it from there (and logs it outside test runs).
    expect(logged.some(([, , path]) => path === '/started')).toBe(false)
  })

  it('answers a malformed JSON body with a 400 problem', async () => {
    const response = await fetch(`${server.url}/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"id": 7,',
    })
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    expect(await response.json()).toMatchObject({ type: 'about:blank', title: 'Bad Request', status: 400 })
  })

  it('answers a body over the limit with a 413 problem', async () => {
    const response = await fetch(`${server.url}/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ note: 'x'.repeat(200) }),
    })
    expect(response.status).toBe(413)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    expect(await response.json()).toMatchObject({ type: 'about:blank', title: 'Content Too Large', status: 413 })
  })

  it('answers an unknown route with a 404 problem that does not echo the path', async () => {
    const response = await fetch(`${server.url}/nowhere/<script>`)
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    expect(await response.json()).toEqual({ type: 'about:blank', title: 'Not Found', status: 404 })
  })

  it('sends one line of text to a client that accepts only text/plain', async () => {
    const response = await fetch(`${server.url}/orders/7`, { method: 'PUT', headers: { accept: 'text/plain' } })
    expect(response.status).toBe(409)
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(await response.text()).toBe('409 Conflict: Order 7 is at version 8; you sent version 7.')
  })

  it('never sends HTML, even to a client that asks only for it', async () => {
    const response = await fetch(`${server.url}/nowhere`, { headers: { accept: 'text/html' } })
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
  })

  it('keeps a defineProblem type and its extensions on the wire', async () => {
    const response = await fetch(`${server.url}/defined`)
    expect(response.status).toBe(409)
    const body: unknown = await response.json()
    expect(body).toEqual({
      type: 'https://example.com/probs/version-conflict',
      title: 'Version conflict',
      status: 409,
      detail: 'Order 7 is at version 8.',
      currentVersion: 8,
    })
    expect(VersionConflict.is(body)).toBe(true)
  })

  it('logs a 409 at info and a 500 at error', async () => {
    logged.length = 0
    await (await fetch(`${server.url}/orders/7`, { method: 'PUT' })).text()
    await (await fetch(`${server.url}/secret`)).text()
    expect(logged).toEqual([
      ['info', 409, '/orders/7'],
      ['error', 500, '/secret'],
    ])
  })
})

describe.each([
  { name: 'express4', express: express4 },
  { name: 'express5', express: express5 },
])('default logging on $name', ({ express }) => {
  let server: Loopback
  const calls: [string, unknown, unknown][] = []

  beforeAll(async () => {
    const app: Express = express()
    app.use((req: Request, _res: Response, next: NextFunction) => {
      // A pino-style logger, as pino-http attaches it.
      const log = {
        info: (object: unknown, message: unknown) => calls.push(['info', object, message]),
        error: (object: unknown, message: unknown) => calls.push(['error', object, message]),
      }
      Object.assign(req, { log })
      next()
    })
    app.get('/conflict', () => {
      throw conflict('Order 7 changed.')
    })
    app.get('/secret', () => {
      throw new Error('db password is hunter2')
    })
    app.use(notFoundHandler())
    app.use(problemHandler())
    server = await listen(app)
  })

  afterAll(() => server.close())

  it('uses req.log at the level of the status, with the problem as err', async () => {
    await (await fetch(`${server.url}/conflict`)).text()
    await (await fetch(`${server.url}/secret`)).text()
    await (await fetch(`${server.url}/nowhere`)).text()
    expect(calls.map(([level, object]) => [level, (object as { err: HttpProblem }).err.status])).toEqual([
      ['info', 409],
      ['error', 500],
      ['info', 404],
    ])
    expect(calls[0]?.[2]).toBe('Order 7 changed.')
    const secret = (calls[1]?.[1] as { err: HttpProblem }).err
    expect((secret.cause as Error).message).toBe('db password is hunter2')
  })
})

describe.each([
  { name: 'express4', express: express4 },
  { name: 'express5', express: express5 },
])('console fallback on $name', ({ express }) => {
  let server: Loopback
  const printed: unknown[] = []
  const original = console.error

  beforeAll(async () => {
    console.error = (...args: unknown[]) => void printed.push(...args)
    const app: Express = express()
    app.get('/conflict', () => {
      throw conflict('Order 7 changed.')
    })
    app.get('/secret', () => {
      throw new Error('db password is hunter2')
    })
    app.use(problemHandler())
    server = await listen(app)
  })

  afterAll(async () => {
    console.error = original
    await server.close()
  })

  it('prints only error-level problems to console.error when there is no req.log', async () => {
    await (await fetch(`${server.url}/conflict`)).text()
    expect(printed).toEqual([])
    await (await fetch(`${server.url}/secret`)).text()
    expect(printed).toHaveLength(1)
    expect((printed[0] as HttpProblem).status).toBe(500)
    expect(((printed[0] as HttpProblem).cause as Error).message).toBe('db password is hunter2')
  })
})

describe.each([
  { name: 'express4', express: express4 },
  { name: 'express5', express: express5 },
])('a logger that throws on $name', ({ express }) => {
  let server: Loopback

  beforeAll(async () => {
    const app: Express = express()
    app.use('/pino', (req: Request, _res: Response, next: NextFunction) => {
      // A pino-style req.log whose serializer fails on the error it is given.
      const fail = () => {
        throw new Error('serializer failed')
      }
      Object.assign(req, { log: { info: fail, error: fail } })
      next()
    })
    app.get(['/conflict', '/pino/conflict'], () => {
      throw conflict('Order 7 changed.')
    })
    app.get(['/hostile', '/console/hostile'], () => {
      // Its stack getter throws, so console.error's inspection of the cause throws too.
      throw Object.defineProperty(new Error(), 'stack', {
        get() {
          throw new Error('stack getter')
        },
      })
    })
    const throwing = () => {
      throw new Error('log transport down')
    }
    const rejecting = async () => {
      throw new Error('async log transport down')
    }
    app.get('/async/conflict', () => {
      throw conflict('Order 7 changed.')
    })
    app.use('/async', notFoundHandler({ log: rejecting }))
    app.use('/async', problemHandler({ log: rejecting }))
    app.use('/pino', notFoundHandler())
    app.use(notFoundHandler({ log: throwing }))
    app.use('/pino', problemHandler())
    app.use('/console', problemHandler())
    app.use(problemHandler({ log: throwing }))
    server = await listen(app)
  })

  afterAll(() => server.close())

  it.each([
    ['/conflict', 409],
    ['/pino/conflict', 409],
    ['/nowhere', 404],
    ['/pino/nowhere', 404],
    ['/hostile', 500],
    ['/console/hostile', 500],
    ['/async/conflict', 409],
    ['/async/nowhere', 404],
  ])('still answers %s with its problem (%i)', async (path, status) => {
    const unhandled: unknown[] = []
    const record = (reason: unknown) => void unhandled.push(reason)
    process.on('unhandledRejection', record)
    try {
      const response = await fetch(`${server.url}${path}`)
      expect(response.status).toBe(status)
      expect(response.headers.get('content-type')).toBe('application/problem+json')
      expect((await response.json()).status).toBe(status)
      await new Promise((resolve) => setTimeout(resolve, 20))
    } finally {
      process.off('unhandledRejection', record)
    }
    expect(unhandled).toEqual([])
  })
})
