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
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROUTES, setupFor, type ContractSetup, type LogEntry } from './contract-setup.js'

export type { ContractRoute, ContractSetup } from './contract-setup.js'

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
  /**
   * Set when the status line is written by a bridge or the runtime, not by the adapter:
   * @hono/node-server turns a web `Response` into Node's `writeHead(status, headers)` and
   * Node writes its own phrase (413 "Payload Too Large"); `Bun.serve` also ignores
   * `statusText`. The adapter's `Response.statusText` is then checked by
   * that adapter's own tests; here only the status codes are compared.
   */
  readonly phraseFromBridge?: boolean
}

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736'
const TRACEPARENT = `00-${TRACE_ID}-00f067aa0ba902b7-01`
const SECRETS = ['hunter2', 'SECRET_BEARER', 'SECRET_API_KEY', 'mapper internals', 'customize internals', 'getter']

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
    /** The status line's phrase, or the expected one where a bridge writes Node's (see `phraseFromBridge`). */
    const phraseOf = (response: Response, expected: string) => (driver.phraseFromBridge ? expected : response.statusText)

    beforeAll(async () => {
      server = await driver.start(setupFor(logs))
      url = server.url
    })
    afterAll(() => server.close())

    it('sends a thrown problem as it is: status, phrase, headers, exact JSON', async () => {
      const response = await get('/problem')
      expect([response.status, phraseOf(response, 'Conflict')]).toEqual([409, 'Conflict'])
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
      expect([large.status, phraseOf(large, 'Content Too Large')]).toEqual([413, 'Content Too Large'])
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
      expect([response.status, phraseOf(response, 'Not Found')]).toEqual([404, 'Not Found'])
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
      // A client may have pooled the connection the server just closed (Bun's fetch does):
      // one more try, on a new connection.
      const next = await get('/problem').catch(() => get('/problem'))
      expect(next.status).toBe(409)
    })

    it.each(['/null', '/proxy', '/branded-proxy', '/getters'])('answers the hostile thrown value %s with a bare 500', async (path) => {
      const response = await get(path)
      const expected = path === '/null' && driver.thrownNullIsNoError ? [404, NOT_FOUND] : [500, BARE_500]
      expect([response.status, response.headers.get('content-type')]).toEqual([expected[0], 'application/problem+json'])
      expect(await response.text()).toBe(expected[1])
    })

    it('sends the current IANA phrase, and a vendor code’s catalog phrase, on the status line', async () => {
      const phrases: [number, string][] = []
      const expected = { '/413': 'Content Too Large', '/422': 'Unprocessable Content', '/499': 'Client Closed Request' }
      for (const [path, phrase] of Object.entries(expected)) {
        const response = await get(path)
        await response.text()
        phrases.push([response.status, phraseOf(response, phrase)])
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
