/**
 * The adapter contract: one table of cases every statuskit server adapter must pass, on
 * every framework and major version, against a real server on 127.0.0.1.
 *
 * ## Adding a framework (web, Hono, Nest, Koa, ...)
 *
 * Write a driver in `test/adapters/<framework>/contract.test.ts` and call
 * `runContract([driver, ...])`. A {@link ContractDriver} has a `name` (`'hono4'`) and
 * `start(setup)`, which must start a real server on 127.0.0.1 on a random port and return
 * its `url` and a `close()` that ends every connection. The server has:
 *
 * - the adapter installed with `setup.options` (`map`, `customize`, `traceId`, `log`,
 *   passed as they are), answering errors and unknown routes (the framework's not-found
 *   hook, or a catch-all after the routes);
 * - for each of `setup.routes`, `GET <route.path>` whose handler throws `route.thrown()`
 *   (synchronously, or from an `async` handler where the framework needs one);
 * - `POST /echo`, which parses a JSON body with the framework's own body parser, limited to
 *   `setup.bodyLimit` bytes, and answers it back with 200;
 * - `GET /started`, which writes a 200 head and the chunk `partial`, then fails (throws, or
 *   `next(error)`), so the error arrives after the headers went out.
 *
 * Drivers translate only: they never assert. Every assertion is a case below.
 */
import Boom from '@hapi/boom'
import createError from 'http-errors'
import { inspect } from 'node:util'
import { conflict, contentTooLarge, defineProblem, HttpProblem, unprocessableContent, type LogLevel } from 'statuskit'
import { withExtensions, type ServerProblemOptions } from 'statuskit/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/** A route of the contract server: `GET path` throws `thrown()`. */
export interface ContractRoute {
  readonly path: string
  readonly thrown: () => unknown
}

/** What a driver's server is built from. */
export interface ContractSetup {
  /** The adapter's options, passed as they are. */
  readonly options: ServerProblemOptions<unknown>
  /** `GET path` routes that throw. */
  readonly routes: readonly ContractRoute[]
  /** The byte limit of the JSON body parser on `POST /echo`. */
  readonly bodyLimit: number
}

/** A running contract server. */
export interface ContractServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string
  /** Stops the server and ends every connection. */
  close(): Promise<void>
}

/** One framework and version under the contract. */
export interface ContractDriver {
  /** E.g. `express4`, `fastify5`. */
  readonly name: string
  /** Starts the server described in this file's header. */
  start(setup: ContractSetup): Promise<ContractServer>
  /**
   * Set when the framework takes a thrown `null` for "no error" and goes on to the next
   * handler (Express's router: `catch (err) { next(err) }` is `next(null)`): the request
   * then gets the 404 problem of an unknown route instead of a 500.
   */
  readonly thrownNullIsNoError?: boolean
}

class OutOfStock extends Error {
  constructor(readonly sku: string) {
    super(`SKU ${sku} is out of stock`)
  }
}
/** The error the throwing mapper throws on. */
class MapperBug extends Error {}

const outOfStock = defineProblem<{ sku: string }, 409>({ type: 'https://example.com/probs/out-of-stock', status: 409, title: 'Out of stock' })
const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736'
const TRACEPARENT = `00-${TRACE_ID}-00f067aa0ba902b7-01`
const SECRETS = ['hunter2', 'SECRET_BEARER', 'SECRET_API_KEY', 'mapper internals', 'customize internals', 'getter']

/** What a 502 for an upstream's 401 looks like from axios, credentials included. */
function axiosError(): Error {
  return Object.assign(new Error('Request failed with status code 401'), {
    name: 'AxiosError',
    config: { url: 'http://10.0.0.7/v1/charges?api_key=SECRET_API_KEY', headers: { Authorization: 'Bearer SECRET_BEARER' } },
    request: { _header: 'GET /v1/charges?api_key=SECRET_API_KEY HTTP/1.1\r\nAuthorization: Bearer SECRET_BEARER\r\n\r\n' },
    response: { status: 401, headers: {} },
  })
}

/** A Proxy whose every trap throws. */
function hostileProxy(): object {
  const fail = () => {
    throw new Error('trap getter')
  }
  return new Proxy({}, { get: fail, has: fail, ownKeys: fail, getPrototypeOf: fail, getOwnPropertyDescriptor: fail })
}

/** A Proxy around a real problem that answers the brand but throws on every other read. */
function brandedProxy(): object {
  return new Proxy(conflict('x'), {
    get(target, key) {
      if (typeof key === 'symbol') return Reflect.get(target, key)
      throw new Error('branded getter')
    },
  })
}

const ROUTES: readonly ContractRoute[] = [
  { path: '/problem', thrown: () => conflict('Order 7 is at version 8; you sent version 7.', { headers: { etag: '"8"' } }) },
  { path: '/error', thrown: () => new Error('db password is hunter2') },
  { path: '/http-errors', thrown: () => createError(409, 'Order 7 changed.') },
  { path: '/boom', thrown: () => Boom.conflict('Order 7 changed.') },
  { path: '/boom-500', thrown: () => Boom.internal('db password is hunter2') },
  { path: '/out-of-stock', thrown: () => new OutOfStock('A-7') },
  { path: '/mapper-bug', thrown: () => new MapperBug('mapper bug') },
  { path: '/upstream', thrown: axiosError },
  { path: '/413', thrown: () => contentTooLarge('Upload at most 1 MB.') },
  { path: '/422', thrown: () => unprocessableContent('Quantity must be positive.') },
  { path: '/499', thrown: () => new HttpProblem({ status: 499, title: 'Client Closed Request' }) },
  { path: '/null', thrown: () => null },
  { path: '/string', thrown: () => 'db password is hunter2' },
  { path: '/proxy', thrown: hostileProxy },
  { path: '/branded-proxy', thrown: brandedProxy },
  {
    path: '/getters',
    thrown: () => ({
      get message(): string {
        throw new Error('message getter')
      },
      get status(): number {
        throw new Error('status getter')
      },
      get name(): string {
        throw new Error('name getter')
      },
    }),
  },
]

/** The logger of the contract server records `[level, status, detail, cause as printed]`. */
type LogEntry = readonly [LogLevel, number, string | undefined, string]

function setupFor(logs: LogEntry[]): ContractSetup {
  return {
    bodyLimit: 64,
    routes: ROUTES,
    options: {
      map: [
        (error) => {
          if (error instanceof MapperBug) throw new Error('mapper internals')
          return undefined
        },
        (error) => (error instanceof OutOfStock ? outOfStock(error.message, { extensions: { sku: error.sku } }) : undefined),
      ],
      customize: (problem, { request }) => {
        const mode = request.header('x-customize')
        if (mode === 'throw') throw new Error('customize internals')
        return mode === 'add' ? withExtensions(problem, { customized: request.method }) : undefined
      },
      log: (level, problem) => void logs.push([level, problem.status, problem.detail, inspect(problem.cause, { depth: 6, showHidden: true })]),
    },
  }
}

/** Header fields whatever the route does (the server's, Node's, the framework's). */
function ownHeaders(response: Response): Record<string, string> {
  const headers = Object.fromEntries(response.headers)
  for (const name of ['date', 'connection', 'keep-alive', 'x-powered-by']) delete headers[name]
  return headers
}

const BARE_500 = '{"type":"about:blank","title":"Internal Server Error","status":500}'
const NOT_FOUND = '{"type":"about:blank","title":"Not Found","status":404}'

/**
 * Runs every contract case against each driver: one server per driver, started before its
 * cases and closed after them.
 *
 * @param drivers - The frameworks and versions to check.
 */
export function runContract(drivers: readonly ContractDriver[]): void {
  describe.each(drivers.map((driver) => ({ name: driver.name, driver })))('adapter contract on $name', ({ driver }) => {
    const logs: LogEntry[] = []
    let server: ContractServer
    let url: string
    const get = (path: string, init?: RequestInit) => fetch(`${url}${path}`, { signal: AbortSignal.timeout(10_000), ...init })

    beforeAll(async () => {
      server = await driver.start(setupFor(logs))
      url = server.url
    })
    afterAll(() => server.close())

    it('sends a thrown problem as it is: status, phrase, headers, exact JSON', async () => {
      const response = await get('/problem')
      expect([response.status, response.statusText]).toEqual([409, 'Conflict'])
      expect(ownHeaders(response)).toEqual({
        'content-type': 'application/problem+json',
        'cache-control': 'no-store',
        etag: '"8"',
        vary: 'Accept',
        'x-content-type-options': 'nosniff',
        'content-length': '110',
      })
      expect(await response.text()).toBe('{"type":"about:blank","title":"Conflict","status":409,"detail":"Order 7 is at version 8; you sent version 7."}')
    })

    it('hides the message and stack of an unknown Error behind a bare 500, logged at error', async () => {
      logs.length = 0
      for (const path of ['/error', '/string', '/boom-500']) {
        const response = await get(path)
        expect([path, response.status, response.headers.get('content-type')]).toEqual([path, 500, 'application/problem+json'])
        expect(await response.text()).toBe(BARE_500)
      }
      expect(logs.map(([level, status]) => [level, status])).toEqual([
        ['error', 500],
        ['error', 500],
        ['error', 500],
      ])
      expect(logs[0]?.[3]).toContain('db password is hunter2') // the cause stays in the server's log
    })

    it('maps http-errors and Boom errors by their status', async () => {
      for (const path of ['/http-errors', '/boom']) {
        const response = await get(path)
        expect(response.status).toBe(409)
        expect(await response.json()).toEqual({ type: 'about:blank', title: 'Conflict', status: 409, detail: 'Order 7 changed.' })
      }
    })

    it('answers malformed JSON with 400 and an oversized body with 413 Content Too Large', async () => {
      const post = (body: string) => get('/echo', { method: 'POST', headers: { 'content-type': 'application/json' }, body })
      const ok = await post('{"id":7}')
      expect([ok.status, await ok.json()]).toEqual([200, { id: 7 }])
      const malformed = await post('{"id": 7,')
      expect([malformed.status, malformed.headers.get('content-type')]).toEqual([400, 'application/problem+json'])
      expect(await malformed.json()).toMatchObject({ type: 'about:blank', title: 'Bad Request', status: 400 })
      const large = await post(JSON.stringify({ note: 'x'.repeat(200) }))
      expect([large.status, large.statusText]).toEqual([413, 'Content Too Large'])
      expect(await large.json()).toMatchObject({ type: 'about:blank', title: 'Content Too Large', status: 413 })
    })

    it('answers HEAD with the headers of GET and no body, for a thrown problem and an unknown route', async () => {
      for (const path of ['/problem', '/nowhere']) {
        const got = await get(path)
        await got.text()
        const head = await get(path, { method: 'HEAD' })
        expect(head.status).toBe(got.status)
        expect(ownHeaders(head)).toEqual(ownHeaders(got))
        expect(await head.text()).toBe('')
      }
    })

    it('sends one line of text to a client that accepts only text/plain, and never HTML', async () => {
      const text = await get('/problem', { headers: { accept: 'text/plain' } })
      expect([text.status, text.headers.get('content-type'), text.headers.get('vary')]).toEqual([409, 'text/plain; charset=utf-8', 'Accept'])
      expect(await text.text()).toBe('409 Conflict: Order 7 is at version 8; you sent version 7.')
      const html = await get('/problem', { headers: { accept: 'text/html' } })
      expect(html.headers.get('content-type')).toBe('application/problem+json')
    })

    it('answers an unknown route with a 404 problem that does not echo the path, logged at info', async () => {
      logs.length = 0
      const response = await get('/nowhere/<script>')
      expect([response.status, response.statusText]).toEqual([404, 'Not Found'])
      expect(await response.text()).toBe(NOT_FOUND)
      expect(logs.map(([level, status]) => [level, status])).toEqual([['info', 404]])
    })

    it('maps a domain error with the first mapper that answers', async () => {
      const response = await get('/out-of-stock')
      expect(response.status).toBe(409)
      expect(await response.json()).toEqual({ type: 'https://example.com/probs/out-of-stock', title: 'Out of stock', status: 409, detail: 'SKU A-7 is out of stock', sku: 'A-7' })
    })

    it('skips a throwing mapper: the client sees toProblem, the log sees the defect', async () => {
      logs.length = 0
      const response = await get('/mapper-bug')
      expect(await response.text()).toBe(BARE_500)
      expect(logs.map(([level, status, detail]) => [level, status, detail])).toEqual([
        ['error', 500, undefined],
        ['error', 500, 'statuskit: a `map` function threw; skipped'],
      ])
      expect(logs[1]?.[3]).toContain('mapper internals')
    })

    it('customizes every problem (thrown, mapped, 404), and sends it uncustomized when customize throws', async () => {
      for (const [path, status] of [['/problem', 409], ['/out-of-stock', 409], ['/nowhere', 404]] as const) {
        const response = await get(path, { headers: { 'x-customize': 'add' } })
        expect(response.status).toBe(status)
        expect(await response.json()).toMatchObject({ status, customized: 'GET' })
      }
      logs.length = 0
      const failed = await get('/problem', { headers: { 'x-customize': 'throw' } })
      expect(await failed.text()).toBe('{"type":"about:blank","title":"Conflict","status":409,"detail":"Order 7 is at version 8; you sent version 7."}')
      expect(logs.map(([level, , detail]) => [level, detail])).toEqual([
        ['info', 'Order 7 is at version 8; you sent version 7.'],
        ['error', 'statuskit: `customize` threw; sent uncustomized'],
      ])
    })

    it('adds the traceId of a valid traceparent (over x-request-id), or a safe x-request-id', async () => {
      const traced = await get('/problem', { headers: { traceparent: TRACEPARENT, 'x-request-id': 'req-7' } })
      expect(await traced.json()).toMatchObject({ status: 409, traceId: TRACE_ID })
      const requested = await get('/nowhere', { headers: { 'x-request-id': 'req-7' } })
      expect(await requested.json()).toEqual({ type: 'about:blank', title: 'Not Found', status: 404, traceId: 'req-7' })
    })

    it('never reflects a hostile trace id', async () => {
      for (const hostile of ['<script>alert(1)</script>', 'x'.repeat(129), '"quoted"']) {
        const response = await get('/problem', { headers: { 'x-request-id': hostile, traceparent: `00-${hostile}-00f067aa0ba902b7-01` } })
        const text = await response.text()
        expect(JSON.parse(text)).not.toHaveProperty('traceId')
        expect(text).not.toContain(hostile)
      }
    })

    it('drops the connection when the error comes after the headers went out, and keeps serving', async () => {
      const response = await get('/started')
      expect(response.status).toBe(200)
      await expect(response.text()).rejects.toThrow()
      expect((await get('/problem')).status).toBe(409)
    })

    it.each(['/null', '/proxy', '/branded-proxy', '/getters'])('answers the hostile thrown value %s with a bare 500', async (path) => {
      const response = await get(path)
      const expected = path === '/null' && driver.thrownNullIsNoError ? [404, NOT_FOUND] : [500, BARE_500]
      expect([response.status, response.headers.get('content-type')]).toEqual([expected[0], 'application/problem+json'])
      expect(await response.text()).toBe(expected[1])
    })

    it('sends the current IANA phrase, and a vendor code’s catalog phrase, on the status line', async () => {
      const phrases: [number, string][] = []
      for (const path of ['/413', '/422', '/499']) {
        const response = await get(path)
        await response.text()
        phrases.push([response.status, response.statusText])
      }
      expect(phrases).toEqual([
        [413, 'Content Too Large'],
        [422, 'Unprocessable Content'],
        [499, 'Client Closed Request'],
      ])
    })

    it("answers an HTTP client's error with a bare 502, and logs its cause without credentials", async () => {
      logs.length = 0
      const response = await get('/upstream')
      expect(await response.text()).toBe('{"type":"about:blank","title":"Bad Gateway","status":502}')
      expect(logs.map(([level, status]) => [level, status])).toEqual([['error', 502]])
      const printed = logs[0]?.[3] ?? ''
      expect(printed).toContain('Request failed with status code 401')
      for (const secret of SECRETS) expect(printed).not.toContain(secret)
    })

    it('leaks nothing from any route: no secret, stack frame or hostile text in any body', async () => {
      for (const { path } of ROUTES) {
        const text = await (await get(path)).text()
        for (const secret of SECRETS) expect([path, text.includes(secret)]).toEqual([path, false])
        expect([path, text.includes('    at ')]).toEqual([path, false])
      }
    })
  })
}
