import Boom from '@hapi/boom'
import bodyParser from 'body-parser'
import createError from 'http-errors'
import fastify4 from 'fastify4'
import fastify5 from 'fastify5'
import { describe, expect, it } from 'vitest'
import { conflict, toProblem, vendorStatuses } from 'statuskit'
import { CLIENT_CLOSED_REQUEST } from '../../../src/core/problem/to-problem.js'

const GENERIC_500 = { type: 'about:blank', title: 'Internal Server Error', status: 500 }

/** Runs body-parser's JSON parser on a fake request and returns the error it reports. */
async function bodyParserError(body: string, limit = '100kb'): Promise<unknown> {
  const { Readable } = await import('node:stream')
  const req = Object.assign(Readable.from([Buffer.from(body)]), {
    headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
  })
  return new Promise((resolve) => {
    bodyParser.json({ limit })(req as never, {} as never, (error?: unknown) => resolve(error))
  })
}

/** Sends a request through a real Fastify instance and returns the error its handler saw. */
async function fastifyError(make: typeof fastify5 | typeof fastify4, payload: unknown): Promise<unknown> {
  const app = (make as unknown as () => import('fastify5').FastifyInstance)()
  let seen: unknown
  app.setErrorHandler((error, _request, reply) => {
    seen = error
    void reply.code(500).send()
  })
  app.post(
    '/orders',
    {
      schema: {
        body: {
          type: 'object',
          required: ['name'],
          properties: { name: { type: 'string' }, age: { type: 'integer', minimum: 0 } },
        },
      },
    },
    async () => 'ok',
  )
  await app.inject({
    method: 'POST',
    url: '/orders',
    headers: { 'content-type': 'application/json' },
    payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
  })
  await app.close()
  return seen
}

describe('toProblem', () => {
  it('returns an HttpProblem as is', () => {
    const p = conflict('x')
    expect(toProblem(p)).toBe(p)
  })

  describe('http-errors', () => {
    it('maps status, message and headers, and keeps the error as cause', () => {
      const error = createError(405, 'Orders are read-only.', { headers: { Allow: 'GET' } })
      const p = toProblem(error)
      expect(p.status).toBe(405)
      expect(p.toJSON()).toStrictEqual({
        type: 'about:blank',
        title: 'Method Not Allowed',
        status: 405,
        detail: 'Orders are read-only.',
      })
      expect(p.headers.allow).toBe('GET')
      expect(p.cause).toBe(error)
    })
    it('does not repeat the default message as detail', () => {
      expect(toProblem(createError(404)).toJSON()).toStrictEqual({ type: 'about:blank', title: 'Not Found', status: 404 })
    })
    it('hides a 5xx message, honouring expose', () => {
      expect(toProblem(createError(503, 'redis at 10.0.0.5 down')).toJSON()).toStrictEqual({
        type: 'about:blank',
        title: 'Service Unavailable',
        status: 503,
      })
      expect(toProblem(createError(503, 'Back soon.', { expose: true })).toJSON().detail).toBe('Back soon.')
      expect(toProblem(createError(400, 'internal', { expose: false })).toJSON()).not.toHaveProperty('detail')
    })
    it('drops a header that would inject a field instead of throwing', () => {
      const p = toProblem(createError(401, 'Log in.', { headers: { 'WWW-Authenticate': 'Bearer\r\nSet-Cookie: a=1', 'X-Ok': '1' } }))
      expect(p.headers).not.toHaveProperty('www-authenticate')
      expect(p.headers['x-ok']).toBe('1')
    })
    it("never copies framing, representation, cookie or caching fields from an error's headers", () => {
      // An error that carries all of an upstream response's headers.
      const upstream = {
        'Content-Security-Policy': "default-src 'none'",
        'Transfer-Encoding': 'chunked',
        'Content-Encoding': 'gzip',
        'Content-Language': 'de',
        'Content-Length': '12',
        Connection: 'close',
        'Keep-Alive': 'timeout=5',
        'Set-Cookie': 'internal_sess=1',
        'Cache-Control': 'public, max-age=86400',
        Expires: 'Thu, 01 Dec 2033 16:00:00 GMT',
        ETag: '"v7"',
        'Last-Modified': 'Tue, 15 Nov 1994 12:45:26 GMT',
        Date: 'Tue, 15 Nov 1994 12:45:26 GMT',
        Age: '60',
        'Retry-After': '30',
        'Content-Range': 'bytes */100',
        Allow: 'GET',
      }
      // http-errors' shape (a boolean `expose`): the app chose this status and these headers.
      const p = toProblem(Object.assign(new Error('upstream'), { statusCode: 404, expose: true, headers: upstream }))
      expect(p.status).toBe(404)
      expect(p.headers).toEqual({
        'content-type': 'application/problem+json',
        'cache-control': 'no-store',
        'retry-after': '30',
        'content-range': 'bytes */100',
        allow: 'GET',
        'content-security-policy': "default-src 'none'",
      })
    })
  })

  describe('HTTP client errors (they carry the upstream response)', () => {
    it.each([
      ['statuskit ProblemError', 'ProblemError', 404],
      ["ky's HTTPError", 'HTTPError', 401],
      ['axios', 'AxiosError', 409],
    ])('maps %s to a 502 without the upstream status, message or URL', (_, name, status) => {
      const thrown = Object.assign(new Error(`${status} Not Found: GET http://10.0.0.7:8080/v2/accounts/7`), {
        name,
        status,
        response: new Response(null, { status }),
      })
      const p = toProblem(thrown)
      expect(p.status).toBe(502)
      expect(p.cause).toBe(thrown)
      expect(JSON.stringify(p)).toBe('{"type":"about:blank","title":"Bad Gateway","status":502}')
    })

    it("maps undici's ResponseError (no response, the upstream's status and headers) to a 502", () => {
      const thrown = Object.assign(new Error('Response Error'), {
        name: 'ResponseError',
        code: 'UND_ERR_RESPONSE',
        statusCode: 401,
        headers: { 'www-authenticate': 'Bearer realm="internal"' },
      })
      expect(toProblem(thrown).toJSON()).toEqual({ type: 'about:blank', title: 'Bad Gateway', status: 502 })
      expect(toProblem(thrown).headers).not.toHaveProperty('www-authenticate')
    })

    // The shapes of the SDKs' errors, member for member, as the security review saw them
    // through the real SDKs (openai 4.104, stripe 23.2, AWS SDK v2/v3, twilio).
    it.each([
      [
        'OpenAI APIError (status and headers on the error)',
        Object.assign(new Error('401 Incorrect API key provided: sk-proj-****REAL.'), {
          name: 'AuthenticationError',
          status: 401,
          headers: { 'www-authenticate': 'Bearer realm="OpenAI API"', 'openai-organization': 'org-ACME-internal-42', 'x-request-id': 'req_abc' },
          error: { message: 'Incorrect API key provided: sk-proj-****REAL.', type: 'invalid_request_error', code: 'invalid_api_key' },
          code: 'invalid_api_key',
          param: null,
          type: 'invalid_request_error',
          request_id: 'req_abc',
        }),
      ],
      [
        'Stripe StripeAuthenticationError (statusCode and headers on the error)',
        Object.assign(new Error('Invalid API Key provided: sk_live_****REAL'), {
          type: 'StripeAuthenticationError',
          rawType: 'invalid_request_error',
          statusCode: 401,
          headers: { 'www-authenticate': 'Basic realm="Stripe"', 'x-stripe-account': 'acct_INTERNAL', 'request-id': 'req_stripe' },
          requestId: 'req_stripe',
          raw: { message: 'Invalid API Key provided: sk_live_****REAL' },
        }),
      ],
      [
        'AWS SDK v3 ServiceException ($metadata.httpStatusCode)',
        Object.assign(new Error('Access Denied'), { name: 'AccessDenied', $fault: 'client', $metadata: { httpStatusCode: 403, requestId: 'R1' } }),
      ],
      ['AWS SDK v2 error (statusCode, retryable)', Object.assign(new Error('Access Denied'), { code: 'AccessDenied', statusCode: 403, retryable: false })],
      [
        'Twilio RestException (status, moreInfo)',
        Object.assign(new Error('Authenticate'), { status: 401, code: 20003, moreInfo: 'https://www.twilio.com/docs/errors/20003' }),
      ],
      [
        "undici 6's ResponseStatusCodeError (code UND_ERR_RESPONSE_STATUS_CODE)",
        Object.assign(new Error('Response status code 401: Unauthorized'), {
          name: 'ResponseStatusCodeError',
          code: 'UND_ERR_RESPONSE_STATUS_CODE',
          status: 401,
          statusCode: 401,
          headers: { location: 'http://10.1.2.3/admin' },
        }),
      ],
    ])('maps %s to a 502 without its message or headers (security review #1)', (_, thrown) => {
      const p = toProblem(thrown)
      expect(p.toJSON()).toStrictEqual({ type: 'about:blank', title: 'Bad Gateway', status: 502 })
      expect({ ...p.headers }).toStrictEqual({ 'content-type': 'application/problem+json', 'cache-control': 'no-store' })
      expect(p.cause).toBe(thrown)
    })

    it('maps a real undici 6 request({ throwOnError: true }) failure against an upstream to a 502 (security review #1)', async () => {
      const { createServer } = await import('node:http')
      const { request } = await import('undici6')
      const { closeLoopback, listenLoopback } = await import('../../helpers/loopback.js')
      const upstream = createServer((_req, res) => {
        res.writeHead(401, {
          'www-authenticate': 'Bearer realm="internal-billing"',
          'x-internal-host': 'billing-7.corp:8443',
          location: 'http://10.1.2.3/admin',
          'content-type': 'application/json',
        })
        res.end('{"error":"bad key sk_live_SECRET"}')
      })
      const origin = await listenLoopback(upstream)
      try {
        const thrown = await request(`${origin}/v1/charges?api_key=SECRET`, { throwOnError: true }).catch((caught: unknown) => caught)
        expect((thrown as { code?: string }).code).toBe('UND_ERR_RESPONSE_STATUS_CODE')
        const p = toProblem(thrown)
        expect(p.status).toBe(502)
        expect(JSON.stringify(p)).toBe('{"type":"about:blank","title":"Bad Gateway","status":502}')
        expect(Object.keys(p.headers).sort()).toStrictEqual(['cache-control', 'content-type'])
      } finally {
        await closeLoopback(upstream)
      }
    })

    const axiosError = () =>
      Object.assign(new Error('Request failed with status code 404'), {
        name: 'AxiosError',
        status: 404,
        response: { status: 404, headers: {}, data: {} },
      })

    it('keeps the status Boom or http-errors chose when they wrap such an error', () => {
      expect(toProblem(createError(404, axiosError())).status).toBe(404)
      expect(toProblem(Boom.boomify(axiosError(), { statusCode: 503 })).status).toBe(503)
    })

    it('leaves alone a `response` that is not an HTTP response (a NestJS HttpException body)', () => {
      const nest = Object.assign(new Error('Order 7 not found'), {
        status: 404,
        response: { statusCode: 404, message: 'Order 7 not found' },
      })
      expect(toProblem(nest).toJSON()).toEqual({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'Order 7 not found' })
    })
  })

  describe('Boom', () => {
    it('maps output.statusCode, the message and output.headers', () => {
      const error = Boom.unauthorized('Token expired.', 'Bearer')
      const p = toProblem(error)
      expect(p.status).toBe(401)
      expect(p.detail).toBe('Token expired.')
      expect(p.headers['www-authenticate']).toContain('Bearer')
      expect(p.cause).toBe(error)
    })
    it('maps a Boom conflict', () => {
      expect(toProblem(Boom.conflict('Order 7 changed.')).toJSON()).toStrictEqual({
        type: 'about:blank',
        title: 'Conflict',
        status: 409,
        detail: 'Order 7 changed.',
      })
    })
    it('never sends a Boom 5xx message', () => {
      expect(toProblem(Boom.badImplementation('SELECT * failed')).toJSON()).toStrictEqual(GENERIC_500)
      expect(toProblem(Boom.boomify(new Error('disk full'))).toJSON()).toStrictEqual(GENERIC_500)
    })
  })

  describe.each([
    ['fastify 4', fastify4],
    ['fastify 5', fastify5],
  ])('%s', (_, make) => {
    it('maps a schema validation error to a 400 with errors and pointers', async () => {
      const error = await fastifyError(make, { name: 'Ada', age: -1 })
      const p = toProblem(error)
      expect(p.status).toBe(400)
      expect(p.cause).toBe(error)
      expect(p.toJSON()).toStrictEqual({
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        errors: [{ detail: 'must be >= 0', pointer: '#/age' }],
      })
    })
    it('points a missing required member at its path', async () => {
      const p = toProblem(await fastifyError(make, { age: 3 }))
      expect(p.toJSON().errors).toStrictEqual([{ detail: "must have required property 'name'", pointer: '#/name' }])
    })
    it('names a query-string parameter instead of a body pointer', async () => {
      const app = (make as unknown as () => import('fastify5').FastifyInstance)()
      let seen: unknown
      app.setErrorHandler((error, _request, reply) => {
        seen = error
        void reply.code(500).send()
      })
      const querystring = { type: 'object', properties: { limit: { type: 'integer', maximum: 100 } } }
      app.get('/orders', { schema: { querystring } }, async () => 'ok')
      await app.inject({ method: 'GET', url: '/orders?limit=500' })
      await app.close()
      expect(toProblem(seen).toJSON().errors).toStrictEqual([{ detail: 'must be <= 100', parameter: 'limit' }])
    })
    it('maps a 4xx framework error (unsupported media type), dropping a message that only repeats the title', async () => {
      const app = (make as unknown as () => import('fastify5').FastifyInstance)()
      let seen: unknown
      app.setErrorHandler((error, _request, reply) => {
        seen = error
        void reply.code(500).send()
      })
      app.post('/orders', async () => 'ok')
      await app.inject({ method: 'POST', url: '/orders', headers: { 'content-type': 'text/x-nope' }, payload: 'x' })
      await app.close()
      const p = toProblem(seen)
      expect(p.status).toBe(415)
      expect(p.title).toBe('Unsupported Media Type')
      // fastify 4 says 'Unsupported Media Type: text/x-nope'; fastify 5 only repeats the title
      expect(p.detail === undefined || p.detail.includes('text/x-nope')).toBe(true)
    })
    it('maps invalid JSON to a 400', async () => {
      const error = await fastifyError(make, '{"name":')
      expect(toProblem(error).status).toBe(400)
      expect(toProblem(error).cause).toBe(error)
    })
  })

  describe('body-parser', () => {
    it('maps entity.parse.failed to 400', async () => {
      const error = await bodyParserError('{"a":')
      expect((error as { type: string }).type).toBe('entity.parse.failed')
      expect(toProblem(error).status).toBe(400)
    })
    it('maps entity.too.large to 413', async () => {
      const error = await bodyParserError(JSON.stringify({ a: 'x'.repeat(200) }), '10b')
      expect((error as { type: string }).type).toBe('entity.too.large')
      expect(toProblem(error).toJSON()).toMatchObject({ status: 413, title: 'Content Too Large' })
    })
    it('ignores a type that names an Object.prototype member', () => {
      expect(toProblem(Object.assign(new Error('x'), { type: 'constructor' })).toJSON()).toStrictEqual(GENERIC_500)
    })
    it('maps by type even when the status is missing', () => {
      expect(toProblem(Object.assign(new Error('x'), { type: 'entity.too.large' })).status).toBe(413)
    })
  })

  it('maps a bare SyntaxError (await upstream.json() on an HTML page) to the server\'s 500, not the client\'s 400 (security review #2)', async () => {
    let error: unknown
    try {
      JSON.parse('{"secret": tru')
    } catch (caught) {
      error = caught
    }
    expect(toProblem(error).toJSON()).toStrictEqual(GENERIC_500)
    const upstream = await new Response('<html><body>502 Bad Gateway</body></html>').json().catch((caught: unknown) => caught)
    expect(upstream).toBeInstanceOf(SyntaxError)
    expect(toProblem(upstream).toJSON()).toStrictEqual(GENERIC_500)
    expect(JSON.stringify(toProblem(error))).not.toContain('secret')
  })

  it("inlines nginx's 499 phrase exactly as the catalog's vendor table has it", () => {
    expect(vendorStatuses(499).find((row) => row.vendor === 'nginx')?.phrase).toBe(CLIENT_CLOSED_REQUEST)
  })

  it('maps an AbortError to 499 only when the request\'s signal has aborted, and a TimeoutError to 504', () => {
    const abort = new DOMException('The operation was aborted.', 'AbortError')
    const left = new AbortController()
    left.abort()
    expect(toProblem(abort, { signal: left.signal }).toJSON()).toStrictEqual({ type: 'about:blank', title: 'Client Closed Request', status: 499 })
    expect(toProblem(new DOMException('timed out', 'TimeoutError')).status).toBe(504)
  })

  it('does not report a server-side abort (its own upstream call) as 499 (security review #5)', () => {
    const upstreamCall = new AbortController()
    upstreamCall.abort()
    const abort = upstreamCall.signal.reason as DOMException
    expect(abort.name).toBe('AbortError')
    // no signal: nothing says the client left
    expect(toProblem(abort).toJSON()).toStrictEqual(GENERIC_500)
    // the client is still there
    expect(toProblem(abort, { signal: new AbortController().signal }).toJSON()).toStrictEqual(GENERIC_500)
    expect(toProblem(abort, { signal: new AbortController().signal, status: 504 }).status).toBe(504)
  })

  it.each([
    ['a plain Error', new Error('password=hunter2')],
    ['a string', 'oops'],
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a status out of range', { status: 302, message: 'moved' }],
    ['a non-JSON SyntaxError', new SyntaxError('Unexpected token')],
    ['an object with extension-like members', { status: 'x', balance: 30, detail: 'internal' }],
  ])('maps %s to a 500 without detail or extensions', (_, thrown) => {
    const p = toProblem(thrown)
    expect(p.toJSON()).toStrictEqual(GENERIC_500)
    expect(p.cause).toBe(thrown)
  })

  it('never throws on getters that throw or Proxies', () => {
    const getter = Object.defineProperty({}, 'status', { get: () => { throw new Error('no') } })
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    const trap = new Proxy({}, { get: () => { throw new Error('trap') }, getPrototypeOf: () => { throw new Error('proto') } })
    for (const thrown of [getter, proxy, trap]) {
      expect(toProblem(thrown).toJSON()).toStrictEqual(GENERIC_500)
    }
  })

  it('accepts null options as none (security review #12)', () => {
    expect(toProblem(new Error('x'), null as never).toJSON()).toStrictEqual(GENERIC_500)
    expect(toProblem(conflict('x'), null as never).status).toBe(409)
  })

  it('uses options.status for throws that carry none', () => {
    expect(toProblem(new Error('x'), { status: 502 }).toJSON()).toStrictEqual({ type: 'about:blank', title: 'Bad Gateway', status: 502 })
    expect(toProblem(new Error('x'), { status: 200 as never }).status).toBe(500)
  })
})
