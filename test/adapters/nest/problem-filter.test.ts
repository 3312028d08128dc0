import {
  BadRequestException,
  ConflictException,
  Get,
  HttpException,
  InternalServerErrorException,
  NotFoundException,
  Res,
  type ArgumentsHost,
  type LoggerService,
} from '@nestjs/common'
import { ProblemFilter } from 'statuskit/nest'
import { conflict } from 'statuskit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { controller, startNest, type NestServer, type Platform } from './nest-app.js'

const THROWN: Record<string, () => unknown> = {
  '/conflict': () => new ConflictException('Order 7 is at version 8; you sent version 7.'),
  '/string-form': () => new HttpException('Order 7 changed.', 409),
  '/object-form': () => new HttpException({ message: 'Quantity must be positive.', code: 'qty' }, 422),
  '/array-form': () => new BadRequestException(['name must be a string', 'age must be an integer']),
  '/bare': () => new ConflictException(),
  '/not-found': () => new NotFoundException('No order 7.'),
  '/internal': () => new InternalServerErrorException('db password is hunter2'),
  '/503': () => new HttpException({ message: 'upstream 10.0.0.7 is down' }, 503),
  '/odd-status': () => new HttpException('odd', 999),
  '/problem': () => conflict('Order 7 changed.'),
  '/error': () => new Error('db password is hunter2'),
}

/** Records what Nest's `Logger` is handed, as an app's own `LoggerService` would. */
function recordingLogger(lines: unknown[][]): LoggerService {
  const record = (level: string) => (...args: unknown[]) => void lines.push([level, ...args])
  return { log: record('log'), error: record('error'), warn: record('warn'), debug: record('debug'), verbose: record('verbose') }
}

describe.each(['express', 'fastify'] as const)('ProblemFilter on Nest with platform-%s', (platform: Platform) => {
  const lines: unknown[][] = []
  let server: NestServer
  const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, { signal: AbortSignal.timeout(10_000), ...init })

  beforeAll(async () => {
    const Routes = controller([
      ...Object.entries(THROWN).map(([path, thrown], index) => ({
        name: `route${index}`,
        decorators: [Get(path)],
        handler: () => {
          throw thrown()
        },
      })),
      {
        // A header set on the response before the error (on Fastify's reply, not on Node's res).
        name: 'tagged',
        decorators: [Get('/tagged')],
        params: [Res({ passthrough: true })],
        handler: (response: { header?: (name: string, value: string) => unknown; setHeader?: (name: string, value: string) => unknown }) => {
          if (response.header && !response.setHeader) response.header('x-tag', 'kept')
          else response.setHeader?.('x-tag', 'kept')
          throw new ConflictException('Order 7 changed.')
        },
      },
    ])
    server = await startNest(platform, [Routes], {
      logger: recordingLogger(lines),
      configure: (app) => {
        app.enableCors({ origin: ['https://shop.example'] }) // a list: both platforms then add `Vary: Origin`
        app.useGlobalFilters(new ProblemFilter())
      },
    })
  })
  afterAll(() => server.close())

  it('sends an HttpException subclass by its status, with its message as the detail', async () => {
    const response = await get('/conflict')
    expect([response.status, response.statusText, response.headers.get('content-type')]).toEqual([409, 'Conflict', 'application/problem+json'])
    expect(await response.text()).toBe('{"type":"about:blank","title":"Conflict","status":409,"detail":"Order 7 is at version 8; you sent version 7."}')
  })

  it('reads getResponse() in its string form, its object form and ValidationPipe’s string[] form', async () => {
    const bodies = []
    for (const path of ['/string-form', '/object-form', '/array-form', '/bare', '/not-found']) bodies.push(await (await get(path)).json())
    expect(bodies).toEqual([
      { type: 'about:blank', title: 'Conflict', status: 409, detail: 'Order 7 changed.' },
      { type: 'about:blank', title: 'Unprocessable Content', status: 422, detail: 'Quantity must be positive.' },
      { type: 'about:blank', title: 'Bad Request', status: 400, detail: 'name must be a string; age must be an integer' },
      { type: 'about:blank', title: 'Conflict', status: 409 },
      { type: 'about:blank', title: 'Not Found', status: 404, detail: 'No order 7.' },
    ])
  })

  it('never sends the message of a 5xx HttpException, nor of an unknown error', async () => {
    const answers = []
    for (const path of ['/internal', '/503', '/odd-status', '/error']) {
      const response = await get(path)
      answers.push([response.status, await response.text()])
    }
    expect(answers).toEqual([
      [500, '{"type":"about:blank","title":"Internal Server Error","status":500}'],
      [503, '{"type":"about:blank","title":"Service Unavailable","status":503}'],
      [500, '{"type":"about:blank","title":"Internal Server Error","status":500}'],
      [500, '{"type":"about:blank","title":"Internal Server Error","status":500}'],
    ])
  })

  it('sends a thrown HttpProblem as it is', async () => {
    const response = await get('/problem')
    expect(await response.json()).toEqual({ type: 'about:blank', title: 'Conflict', status: 409, detail: 'Order 7 changed.' })
  })

  it('answers an unknown route with the plain 404 problem, not Nest’s "Cannot GET /path"', async () => {
    const response = await get('/nowhere?q=<b>')
    expect([response.status, await response.text()]).toEqual([404, '{"type":"about:blank","title":"Not Found","status":404}'])
  })

  it('keeps the headers set before the error: CORS from enableCors(), and the route’s own', async () => {
    const response = await get('/tagged', { headers: { origin: 'https://shop.example' } })
    expect(response.status).toBe(409)
    expect(response.headers.get('access-control-allow-origin')).toBe('https://shop.example')
    expect(response.headers.get('x-tag')).toBe('kept')
    expect(response.headers.get('vary')?.split(/\s*,\s*/).sort()).toEqual(['Accept', 'Origin'])
  })

  it('logs error-level problems through Nest’s Logger (context ExceptionsHandler), and no 4xx', async () => {
    lines.length = 0
    await (await get('/conflict')).text()
    await (await get('/error')).text()
    const errors = lines.filter(([level]) => level === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]?.at(-1)).toBe('ExceptionsHandler')
    expect(errors[0]?.[1]).toMatchObject({ status: 500 })
    expect(lines.filter(([level, ...rest]) => level !== 'error' && rest.at(-1) === 'ExceptionsHandler')).toEqual([])
  })
})

describe('ProblemFilter outside HTTP', () => {
  it('rethrows in an RPC or WebSocket context, answering nothing', () => {
    const filter = new ProblemFilter({ log: false })
    const error = new Error('rpc')
    expect(() => filter.catch(error, { getType: () => 'rpc' } as unknown as ArgumentsHost)).toThrow(error)
  })

  it('rejects an option of the wrong type when it is made', () => {
    expect(() => new ProblemFilter({ map: 7 as never })).toThrow(TypeError)
    expect(() => new ProblemFilter({ log: 'console' as never })).toThrow(TypeError)
  })
})
