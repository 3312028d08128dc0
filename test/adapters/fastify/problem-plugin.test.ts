import Boom from '@hapi/boom'
import type { FastifyInstance } from 'fastify'
import fastify4 from 'fastify4'
import fastify5 from 'fastify5'
import createError from 'http-errors'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { conflict, defineProblem } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const VersionConflict = defineProblem<{ currentVersion: number }, 409>({
  type: 'https://example.com/probs/version-conflict',
  status: 409,
  title: 'Version conflict',
})

/** Headers the server and Node add whatever the route does. */
function ownHeaders(response: Response): Record<string, string> {
  const headers = Object.fromEntries(response.headers)
  for (const name of ['date', 'connection', 'keep-alive']) delete headers[name]
  return headers
}

interface LogLine {
  level: number
  msg?: string
  err?: { status?: number }
}

/** Pino's numeric levels, as written in its output. */
const PINO_INFO = 30
const PINO_ERROR = 50

describe.each([
  // Both majors are typed with Fastify 5's declarations (the augmentation targets 'fastify').
  { name: 'fastify4', create: fastify4 as unknown as typeof fastify5 },
  { name: 'fastify5', create: fastify5 },
])('problemPlugin on $name', ({ create }) => {
  let app: FastifyInstance
  let url: string
  const lines: LogLine[] = []

  beforeAll(async () => {
    app = create({
      bodyLimit: 64,
      logger: { level: 'info', stream: { write: (line: string) => lines.push(JSON.parse(line) as LogLine) } },
    })
    await app.register(problemPlugin)
    // Routes registered in a child context still get the plugin's handlers.
    await app.register(async (child) => {
      child.put('/orders/7', async () => {
        throw conflict('Order 7 is at version 8; you sent version 7.', { headers: { etag: '"8"' } })
      })
    })
    app.get('/secret', async () => {
      throw new Error('db password is hunter2')
    })
    app.get('/cors', async (_request, reply) => {
      reply.header('access-control-allow-origin', '*').header('vary', 'Origin')
      throw conflict('Order 7 changed.')
    })
    app.get('/http-errors', async () => {
      throw createError(409, 'Order 7 changed.')
    })
    app.get('/boom', async () => {
      throw Boom.conflict('Order 7 changed.')
    })
    app.get('/defined', async () => {
      throw VersionConflict('Order 7 is at version 8.', { extensions: { currentVersion: 8 } })
    })
    app.get('/reply', async (_request, reply) => reply.problem(conflict('Sent with reply.problem.')))
    app.get('/started', async (_request, reply) => {
      reply.raw.writeHead(200, { 'content-type': 'text/plain' })
      reply.raw.write('partial')
      throw new Error('failed after the headers went out')
    })
    app.post('/orders', async (request) => request.body)
    app.post(
      '/people',
      {
        schema: {
          body: {
            type: 'object',
            required: ['name'],
            properties: { name: { type: 'string' }, age: { type: 'integer' } },
          },
        },
      },
      async (request) => request.body,
    )
    await app.listen({ port: 0, host: '127.0.0.1' })
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    app.server.closeAllConnections()
    await app.close()
  })

  it('answers a thrown conflict() with 409, the exact problem JSON and its headers', async () => {
    const response = await fetch(`${url}/orders/7`, { method: 'PUT' })
    expect(response.status).toBe(409)
    expect(ownHeaders(response)).toEqual({
      'content-type': 'application/problem+json',
      'cache-control': 'no-store',
      etag: '"8"',
      vary: 'Accept',
      'x-content-type-options': 'nosniff',
      'content-length': '110',
    })
    expect(await response.json()).toEqual({
      type: 'about:blank',
      title: 'Conflict',
      status: 409,
      detail: 'Order 7 is at version 8; you sent version 7.',
    })
  })

  it('hides the message and stack of an unknown error behind a 500', async () => {
    const response = await fetch(`${url}/secret`)
    expect(response.status).toBe(500)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    const body = await response.text()
    expect(body).not.toContain('hunter2')
    expect(body).not.toContain('    at ')
    expect(JSON.parse(body)).toEqual({ type: 'about:blank', title: 'Internal Server Error', status: 500 })
  })

  it('maps a thrown createError(409) from http-errors', async () => {
    const response = await fetch(`${url}/http-errors`)
    expect(response.status).toBe(409)
    expect(await response.json()).toEqual({ type: 'about:blank', title: 'Conflict', status: 409, detail: 'Order 7 changed.' })
  })

  it('maps a thrown Boom error', async () => {
    const response = await fetch(`${url}/boom`)
    expect(response.status).toBe(409)
    expect(await response.json()).toEqual({ type: 'about:blank', title: 'Conflict', status: 409, detail: 'Order 7 changed.' })
  })

  it('decorates reply.problem()', async () => {
    const response = await fetch(`${url}/reply`)
    expect(response.status).toBe(409)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    expect(await response.json()).toEqual({ type: 'about:blank', title: 'Conflict', status: 409, detail: 'Sent with reply.problem.' })
  })

  it('answers HEAD with the same headers and no body', async () => {
    const get = await fetch(`${url}/defined`)
    const head = await fetch(`${url}/defined`, { method: 'HEAD' })
    expect(head.status).toBe(409)
    expect(ownHeaders(head)).toEqual(ownHeaders(get))
    expect(await head.text()).toBe('')
    const missing = await fetch(`${url}/nowhere`)
    const missingHead = await fetch(`${url}/nowhere`, { method: 'HEAD' })
    expect(missingHead.status).toBe(404)
    expect(ownHeaders(missingHead)).toEqual(ownHeaders(missing))
    expect(await missingHead.text()).toBe('')
  })

  it('keeps headers set before the error and adds Accept to their Vary', async () => {
    const response = await fetch(`${url}/cors`)
    expect(response.status).toBe(409)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(response.headers.get('vary')).toBe('Origin, Accept')
  })

  it('aborts the response and logs the error when it fails after the headers went out', async () => {
    lines.length = 0
    const response = await fetch(`${url}/started`)
    expect(response.status).toBe(200)
    await expect(response.text()).rejects.toThrow()
    const after = await fetch(`${url}/orders/7`, { method: 'PUT' })
    expect(after.status).toBe(409)
    expect(lines.filter((line) => line.err !== undefined).map((line) => [line.level, line.err?.status])).toContainEqual([
      PINO_ERROR,
      500,
    ])
  })

  it('answers a malformed JSON body with a 400 problem', async () => {
    const response = await fetch(`${url}/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"id": 7,',
    })
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    expect(await response.json()).toMatchObject({ type: 'about:blank', title: 'Bad Request', status: 400 })
  })

  it('answers a body over the limit with a 413 problem', async () => {
    const response = await fetch(`${url}/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ note: 'x'.repeat(200) }),
    })
    expect(response.status).toBe(413)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    expect(await response.json()).toMatchObject({ type: 'about:blank', title: 'Content Too Large', status: 413 })
  })

  it('answers a schema validation error with a 400 validation problem pointing at the member', async () => {
    const wrongType = await fetch(`${url}/people`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"name":"Ann","age":"old"}',
    })
    expect(wrongType.status).toBe(400)
    expect(wrongType.headers.get('content-type')).toBe('application/problem+json')
    expect(await wrongType.json()).toEqual({
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      errors: [{ detail: 'must be integer', pointer: '#/age' }],
    })
    const missing = await fetch(`${url}/people`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"age":30}',
    })
    expect(await missing.json()).toMatchObject({ status: 400, errors: [{ pointer: '#/name' }] })
  })

  it('answers an unknown route with a 404 problem that does not echo the path', async () => {
    const response = await fetch(`${url}/nowhere/<script>`)
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    expect(await response.json()).toEqual({ type: 'about:blank', title: 'Not Found', status: 404 })
  })

  it('sends one line of text to a client that accepts only text/plain', async () => {
    const response = await fetch(`${url}/orders/7`, { method: 'PUT', headers: { accept: 'text/plain' } })
    expect(response.status).toBe(409)
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(await response.text()).toBe('409 Conflict: Order 7 is at version 8; you sent version 7.')
  })

  it('keeps a defineProblem type and its extensions on the wire', async () => {
    const response = await fetch(`${url}/defined`)
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

  it('logs a 409 at info and a 500 at error through request.log', async () => {
    lines.length = 0
    await (await fetch(`${url}/orders/7`, { method: 'PUT' })).text()
    await (await fetch(`${url}/secret`)).text()
    const problems = lines.filter((line) => line.err !== undefined).map((line) => [line.level, line.msg, line.err?.status])
    expect(problems).toEqual([
      [PINO_INFO, 'Order 7 is at version 8; you sent version 7.', 409],
      [PINO_ERROR, 'Internal Server Error', 500],
    ])
    expect(JSON.stringify(lines)).toContain('hunter2') // the cause stays in the server's logs
  })
})

describe.each([
  { name: 'fastify4', create: fastify4 as unknown as typeof fastify5 },
  { name: 'fastify5', create: fastify5 },
])('problemPlugin log option on $name', ({ create }) => {
  it('passes the level, the problem and the request to a custom log', async () => {
    const calls: [string, number, string][] = []
    const app = create()
    await app.register(problemPlugin, {
      log: (level, problem, request) => void calls.push([level, problem.status, request.url]),
    })
    app.get('/conflict', async () => {
      throw conflict('Order 7 changed.')
    })
    app.get('/secret', async () => {
      throw new Error('db password is hunter2')
    })
    await app.inject({ method: 'GET', url: '/conflict' })
    await app.inject({ method: 'GET', url: '/secret' })
    await app.inject({ method: 'GET', url: '/nowhere' })
    await app.close()
    expect(calls).toEqual([
      ['info', 409, '/conflict'],
      ['error', 500, '/secret'],
      ['info', 404, '/nowhere'],
    ])
  })

  it('logs nothing with log: false', async () => {
    const lines: unknown[] = []
    const app = create({ logger: { level: 'trace', stream: { write: (line: string) => void lines.push(JSON.parse(line)) } } })
    await app.register(problemPlugin, { log: false })
    app.get('/secret', async () => {
      throw new Error('db password is hunter2')
    })
    const response = await app.inject({ method: 'GET', url: '/secret' })
    await app.close()
    expect(response.statusCode).toBe(500)
    expect(JSON.stringify(lines)).not.toContain('hunter2')
  })

  it('leaves the reply serializing as usual after a problem (a throwing onSend hook, then a user error handler)', async () => {
    const app = create()
    await app.register(problemPlugin, { log: false })
    await app.register(async (child) => {
      let thrown = false
      child.addHook('onSend', async () => {
        if (!thrown) {
          thrown = true
          throw new Error('hook failed once')
        }
      })
      child.setErrorHandler((_error, _request, reply) => reply.code(500).send({ message: 'handled' }))
      child.get('/problem', async (_request, reply) => reply.problem(conflict('x')))
    })
    await app.listen({ port: 0, host: '127.0.0.1' })
    try {
      const { port } = app.server.address() as AddressInfo
      const response = await fetch(`http://127.0.0.1:${port}/problem`, { signal: AbortSignal.timeout(5000) })
      expect(response.status).toBe(500)
      expect(await response.json()).toEqual({ message: 'handled' })
    } finally {
      await app.close()
    }
  })
})

describe.each([
  { name: 'fastify4', create: fastify4 as unknown as typeof fastify5 },
  { name: 'fastify5', create: fastify5 },
])('problemPlugin on $name with hostile input and failing loggers', ({ create }) => {
  const apps: FastifyInstance[] = []

  /** A real server on a random loopback port, with the plugin and the given routes. */
  const levels: [string, number][] = []
  const loggers = {
    default: undefined,
    throwing: () => {
      throw new Error('log transport down')
    },
    rejecting: async () => {
      throw new Error('async log transport down')
    },
    recording: (level: string, problem: { status: number }) => void levels.push([level, problem.status]),
  }

  async function serve(logger: boolean, log: keyof typeof loggers, routes: (app: FastifyInstance) => void): Promise<string> {
    const app: FastifyInstance = logger ? create({ logger: { level: 'info', stream: { write: () => {} } } }) : create()
    apps.push(app)
    const chosen = loggers[log]
    await app.register(problemPlugin, chosen ? { log: chosen } : {})
    routes(app)
    await app.listen({ port: 0, host: '127.0.0.1' })
    return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
  }

  afterAll(async () => {
    for (const app of apps) {
      app.server.closeAllConnections()
      await app.close()
    }
  })

  it('drops the headers of the representation the route had begun', async () => {
    const url = await serve(false, 'default', (app) => {
      app.get('/download', async (_request, reply) => {
        reply.header('content-encoding', 'gzip').header('content-language', 'de').header('content-disposition', 'attachment')
        throw conflict('Report 9 changed.')
      })
    })
    const response = await fetch(`${url}/download`)
    expect(response.status).toBe(409)
    for (const name of ['content-encoding', 'content-language', 'content-disposition']) expect(response.headers.get(name)).toBeNull()
    expect(await response.json()).toMatchObject({ status: 409, detail: 'Report 9 changed.' })
  })

  it("answers unserializable extensions with a bare 500 (logged as an error), and an HTTP client's error with a 502", async () => {
    levels.length = 0
    const url = await serve(false, 'recording', (app) => {
      app.get('/circular', async () => {
        const cycle: Record<string, unknown> = {}
        cycle['self'] = cycle
        throw conflict('Order 7 changed.', { extensions: { cycle } })
      })
      app.get('/upstream', async () => {
        throw Object.assign(new Error('404 Not Found: GET http://10.0.0.7/v2/accounts/7'), {
          name: 'ProblemError',
          status: 404,
          response: new Response(null, { status: 404 }),
        })
      })
    })
    const circular = await fetch(`${url}/circular`)
    expect(circular.status).toBe(500)
    expect(await circular.json()).toEqual({ type: 'about:blank', title: 'Internal Server Error', status: 500 })
    const upstream = await fetch(`${url}/upstream`)
    expect(upstream.status).toBe(502)
    expect(await upstream.text()).toBe('{"type":"about:blank","title":"Bad Gateway","status":502}')
    expect(levels).toEqual([
      ['error', 409],
      ['error', 502],
    ])
  })

  it.each(['default', 'throwing', 'rejecting'] as const)('still sends the problem when the logger fails (%s logger)', async (log) => {
    const unhandled: unknown[] = []
    const record = (reason: unknown) => void unhandled.push(reason)
    process.on('unhandledRejection', record)
    const url = await serve(true, log, (app) => {
      app.get('/conflict', async () => {
        throw conflict('Order 7 changed.')
      })
      app.get('/hostile', async () => {
        // pino's error serializer reads `message` from the problem's cause, and throws.
        throw {
          get message(): string {
            throw new Error('message getter')
          },
        }
      })
    })
    for (const [path, status] of [
      ['/conflict', 409],
      ['/hostile', 500],
      ['/nowhere', 404],
    ] as const) {
      const response = await fetch(`${url}${path}`)
      expect(response.status).toBe(status)
      expect(response.headers.get('content-type')).toBe('application/problem+json')
      const text = await response.text()
      expect(JSON.parse(text).status).toBe(status)
      expect(text).not.toContain('getter')
    }
    await new Promise((resolve) => setTimeout(resolve, 20))
    process.off('unhandledRejection', record)
    expect(unhandled).toEqual([])
  })
})
