import { conflict, defineProblem, HttpProblem, notFound, problem, type LogLevel } from 'statuskit'
import { createProblemPipeline, type ProblemLogger } from 'statuskit/server'
import { describe, expect, it } from 'vitest'
import { request } from './request.js'

class OutOfStock extends Error {
  constructor(readonly sku: string) {
    super(`SKU ${sku} is out of stock`)
  }
}
const outOfStock = defineProblem<{ sku: string }, 409>({ type: 'https://example.com/probs/out-of-stock', status: 409, title: 'Out of stock' })
const mapOutOfStock = (error: unknown) => (error instanceof OutOfStock ? outOfStock(error.message, { extensions: { sku: error.sku } }) : undefined)

const TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01'

function recorder() {
  const calls: [LogLevel, number, string | undefined][] = []
  const log: ProblemLogger<string> = (level, p) => void calls.push([level, p.status, p.detail])
  return { calls, log }
}

const json = (body: string | undefined) => JSON.parse(body ?? 'null') as Record<string, unknown>

describe('createProblemPipeline: map', () => {
  it('tries the mappers in order, the first problem wins, then toProblem', () => {
    const seen: string[] = []
    const pipeline = createProblemPipeline({
      map: [
        (error) => void seen.push(`first ${String(error)}`),
        mapOutOfStock,
        () => {
          seen.push('never reached for an OutOfStock')
          return conflict('other')
        },
      ],
      traceId: false,
    })
    const sent = pipeline.fromError(new OutOfStock('A-7'), request())
    expect(sent.status).toBe(409)
    expect(json(sent.body)).toEqual({ type: 'https://example.com/probs/out-of-stock', title: 'Out of stock', status: 409, detail: 'SKU A-7 is out of stock', sku: 'A-7' })
    expect(seen).toEqual(['first Error: SKU A-7 is out of stock'])
    expect(createProblemPipeline({ map: mapOutOfStock }).fromError(new Error('db down'), request()).status).toBe(500)
  })

  it('skips a mapper that throws or answers something else, and reports it at error', () => {
    const { calls, log } = recorder()
    const pipeline = createProblemPipeline<string>({
      map: [
        () => {
          throw new Error('mapper bug with https://u:p@db.internal/?password=hunter2')
        },
        (() => Promise.resolve(conflict('async'))) as never,
        mapOutOfStock,
      ],
      traceId: false,
      log,
    })
    const sent = pipeline.fromError(new OutOfStock('A-7'), request())
    expect(sent.status).toBe(409)
    expect(sent.body).not.toContain('mapper bug')
    expect(sent.diagnostics.map((d) => d.detail)).toEqual([
      'statuskit: a `map` function threw; skipped',
      'statuskit: a `map` function returned neither an HttpProblem nor undefined; skipped',
    ])
    pipeline.log(sent, 'req')
    expect(calls.map(([level, status]) => [level, status])).toEqual([
      ['info', 409],
      ['error', 500],
      ['error', 500],
    ])
  })

  it('does not map problems the app sends itself', () => {
    const pipeline = createProblemPipeline({ map: () => conflict('mapped'), traceId: false })
    expect(pipeline.fromProblem(notFound(), request()).status).toBe(404)
    expect(pipeline.fromError(notFound(), request()).status).toBe(409)
  })

  it('refuses options of the wrong type when the adapter is made', () => {
    expect(() => createProblemPipeline({ map: 'x' as never })).toThrow(new TypeError('Invalid `map`: expected a function or an array of functions.'))
    expect(() => createProblemPipeline({ map: [mapOutOfStock, 1 as never] })).toThrow(TypeError)
    expect(() => createProblemPipeline({ customize: {} as never })).toThrow(new TypeError('Invalid `customize`: expected a function.'))
    expect(() => createProblemPipeline({ traceId: 'yes' as never })).toThrow(TypeError)
    expect(() => createProblemPipeline({ log: true as never })).toThrow(new TypeError('Invalid `log`: expected a function or false.'))
  })
})

describe('createProblemPipeline: customize', () => {
  it('runs for thrown, mapped and adapter-made problems, with the request', () => {
    const seen: [number, string][] = []
    const pipeline = createProblemPipeline({
      map: mapOutOfStock,
      traceId: false,
      customize: (p, { request: r }) => {
        seen.push([p.status, r.url])
        return p.status === 404 ? problem(404, undefined, { instance: r.url }) : undefined
      },
    })
    pipeline.fromError(new OutOfStock('A-7'), request())
    pipeline.fromError(new Error('x'), request())
    const missing = pipeline.fromProblem(notFound(), request({}, 'GET', '/nowhere'))
    expect(seen).toEqual([
      [409, '/orders/7'],
      [500, '/orders/7'],
      [404, '/nowhere'],
    ])
    expect(json(missing.body)).toEqual({ type: 'about:blank', title: 'Not Found', status: 404, instance: '/nowhere' })
  })

  it('sends the uncustomized problem when customize throws or answers something else', () => {
    const throwing = createProblemPipeline({
      traceId: false,
      customize: () => {
        throw new Error('customize bug')
      },
    }).fromProblem(conflict('Order 7 changed.'), request())
    expect(json(throwing.body)).toEqual({ type: 'about:blank', title: 'Conflict', status: 409, detail: 'Order 7 changed.' })
    expect(throwing.diagnostics.map((d) => d.detail)).toEqual(['statuskit: `customize` threw; sent uncustomized'])
    const wrong = createProblemPipeline({ traceId: false, customize: (() => ({ status: 200 })) as never }).fromProblem(conflict('x'), request())
    expect(wrong.status).toBe(409)
    expect(wrong.diagnostics).toHaveLength(1)
  })
})

describe('createProblemPipeline: traceId', () => {
  const pipeline = createProblemPipeline()
  const traceIdOf = (headers: Record<string, string>) => json(pipeline.fromProblem(conflict('x'), request(headers)).body)['traceId']

  it('takes the trace id of a valid traceparent, which wins over x-request-id', () => {
    expect(traceIdOf({ traceparent: TRACEPARENT, 'x-request-id': 'req-1' })).toBe('4bf92f3577b34da6a3ce929d0e0e4736')
    expect(traceIdOf({ 'x-request-id': 'req-1' })).toBe('req-1')
    expect(traceIdOf({ 'x-request-id': 'a'.repeat(128) })).toBe('a'.repeat(128))
    expect(traceIdOf({})).toBeUndefined()
  })

  it('falls back to x-request-id when traceparent is invalid', () => {
    for (const traceparent of [
      'ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01', // version ff
      '00-00000000000000000000000000000000-00f067aa0ba902b7-01', // all-zero trace id
      '00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01', // all-zero parent id
      '00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01', // upper case
      '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra', // version 00 has 4 fields
      '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01, 00-4bf92f3577b34da6a3ce929d0e0e4737-00f067aa0ba902b7-01',
    ]) {
      expect(traceIdOf({ traceparent, 'x-request-id': 'req-2' })).toBe('req-2')
    }
    expect(traceIdOf({ traceparent: '01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-future' })).toBe('4bf92f3577b34da6a3ce929d0e0e4736')
  })

  it('never reflects a hostile value', () => {
    for (const hostile of ['<script>alert(1)</script>', 'a'.repeat(129), 'id\r\nset-cookie: x=1', 'id with spaces', '"quoted"', 'ümlaut', '']) {
      const sent = pipeline.fromProblem(conflict('x'), request({ 'x-request-id': hostile }))
      expect(json(sent.body)['traceId']).toBeUndefined()
      expect(sent.body).not.toContain('script')
    }
  })

  it('reads it with a function of yours, validated the same way, or not at all', () => {
    const custom = createProblemPipeline({ traceId: (r) => r.header('x-amzn-trace-id') })
    expect(json(custom.fromProblem(conflict('x'), request({ 'x-amzn-trace-id': 'Root=1-67891233' })).body)['traceId']).toBe('Root=1-67891233')
    expect(json(custom.fromProblem(conflict('x'), request({ 'x-amzn-trace-id': 'Root=1;<b>' })).body)['traceId']).toBeUndefined()
    const throwing = createProblemPipeline({
      traceId: () => {
        throw new Error('reader bug')
      },
    }).fromProblem(conflict('x'), request())
    expect(throwing.status).toBe(409)
    expect(throwing.diagnostics.map((d) => d.detail)).toEqual(['statuskit: the `traceId` function threw'])
    const off = createProblemPipeline({ traceId: false }).fromProblem(conflict('x'), request({ traceparent: TRACEPARENT }))
    expect(json(off.body)['traceId']).toBeUndefined()
  })

  it('keeps a traceId the problem already has, and everything else of the problem', () => {
    const own = conflict('x', { extensions: { traceId: 'mine' } })
    expect(json(pipeline.fromProblem(own, request({ traceparent: TRACEPARENT })).body)['traceId']).toBe('mine')
    const original = conflict('Order 7 changed.', { headers: { etag: '"8"' }, extensions: { currentVersion: 8 }, instance: '/orders/7' })
    const sent = pipeline.fromProblem(original, request({ 'x-request-id': 'req-3' }))
    expect(json(sent.body)).toEqual({ type: 'about:blank', title: 'Conflict', status: 409, detail: 'Order 7 changed.', instance: '/orders/7', currentVersion: 8, traceId: 'req-3' })
    expect(sent.headers['etag']).toBe('"8"')
    expect([sent.traceId, sent.problem]).toEqual(['req-3', original])
    const logged: unknown[] = []
    createProblemPipeline({ log: (_level, p) => void logged.push(p.toJSON()) }).log(sent, request())
    expect(logged).toEqual([{ type: 'about:blank', title: 'Conflict', status: 409, detail: 'Order 7 changed.', instance: '/orders/7', currentVersion: 8, traceId: 'req-3' }])
  })
})

describe('createProblemPipeline: the request signal', () => {
  const pipeline = createProblemPipeline({ traceId: false })
  const abortError = () => Object.assign(new Error('The operation was aborted.'), { name: 'AbortError' })
  function counting(aborted: boolean) {
    const controller = new AbortController()
    if (aborted) controller.abort()
    const info = { ...request(), reads: 0 }
    Object.defineProperty(info, 'signal', {
      get() {
        info.reads++
        return controller.signal
      },
    })
    return info
  }

  it('reads the signal only for an AbortError: 499 when the client left, 500 when the server aborted', () => {
    const plain = counting(true)
    expect(pipeline.fromError(new Error('boom'), plain).status).toBe(500)
    expect(pipeline.fromError(conflict('x'), plain).status).toBe(409)
    expect(plain.reads).toBe(0)
    const left = counting(true)
    expect(pipeline.fromError(abortError(), left).status).toBe(499)
    expect(left.reads).toBeGreaterThan(0)
    expect(pipeline.fromError(abortError(), counting(false)).status).toBe(500)
  })
})

describe('createProblemPipeline: render', () => {
  const pipeline = createProblemPipeline({ traceId: false })

  it('merges the response Vary, the problem Vary and Accept once', () => {
    expect(pipeline.fromProblem(conflict('x'), request()).headers['vary']).toBe('Accept')
    expect(pipeline.fromProblem(conflict('x'), request(), { vary: 'Origin' }).headers['vary']).toBe('Origin, Accept')
    expect(pipeline.fromProblem(conflict('x', { headers: { vary: 'accept-language' } }), request(), { vary: ['Origin', 'accept'] }).headers['vary']).toBe('Origin, accept, accept-language')
    expect(pipeline.fromProblem(conflict('x'), request(), { vary: '*' }).headers['vary']).toBe('*')
    expect(pipeline.fromProblem(conflict('x'), request(), { vary: 7 }).headers['vary']).toBe('Accept')
  })

  it('negotiates text/plain and drops the body of HEAD unless the framework drops it itself', () => {
    const text = pipeline.fromProblem(conflict('Order 7 changed.'), request({ accept: 'text/plain' }))
    expect([text.headers['content-type'], text.body]).toEqual(['text/plain; charset=utf-8', '409 Conflict: Order 7 changed.'])
    const head = pipeline.fromProblem(conflict('x'), request({}, 'HEAD'))
    expect(head.body).toBeUndefined()
    expect(head.headers['content-length']).toBe('67')
    expect(pipeline.fromProblem(conflict('x'), request({}, 'HEAD'), { bodyForHead: true }).body).toHaveLength(67)
  })

  it('gives the status line the current IANA phrase, or the catalog phrase of a vendor code', () => {
    const phrase = (status: number) => pipeline.fromProblem(problem(status as 400), request()).statusText
    expect([413, 422, 409, 451].map(phrase)).toEqual(['Content Too Large', 'Unprocessable Content', 'Conflict', 'Unavailable For Legal Reasons'])
    expect(phrase(499)).toBe('Client Closed Request')
    expect(phrase(520)).toBe('Web Server Returned an Unknown Error')
    expect(phrase(477)).toBe('Client Error')
  })

  it('answers a value that claims to be a problem but cannot be read with a bare 500', () => {
    const branded = new Proxy(conflict('x'), {
      get(target, key) {
        if (typeof key === 'symbol') return Reflect.get(target, key)
        throw new Error('hostile getter')
      },
    })
    // Thrown: toProblem itself refuses the forgery (a bare 500, nothing to report).
    const thrown = createProblemPipeline().fromError(branded, request())
    expect(thrown.status).toBe(500)
    expect(json(thrown.body)).toEqual({ type: 'about:blank', title: 'Internal Server Error', status: 500 })
    expect(thrown.diagnostics).toEqual([])
    // Sent as a problem by the app: the render step catches it and reports the defect.
    const sent = createProblemPipeline().fromProblem(branded as HttpProblem, request())
    expect(sent.status).toBe(500)
    expect(json(sent.body)).toEqual({ type: 'about:blank', title: 'Internal Server Error', status: 500 })
    expect(sent.diagnostics.map((d) => d.detail)).toEqual(['statuskit: the problem could not be rendered; sent a bare 500'])
  })
})

describe('createProblemPipeline: log', () => {
  it('logs at the level of the status sent, after the defects, and ignores failing loggers', async () => {
    const { calls, log } = recorder()
    const pipeline = createProblemPipeline<string>({ traceId: false, log })
    const sent = pipeline.fromProblem(conflict('x'), request())
    pipeline.log(sent, 'req')
    pipeline.log(sent, 'req', 500)
    expect(calls).toEqual([
      ['info', 409, 'x'],
      ['error', 409, 'x'],
    ])
    const unhandled: unknown[] = []
    const record = (reason: unknown) => void unhandled.push(reason)
    process.on('unhandledRejection', record)
    try {
      const throwing = createProblemPipeline({ log: () => { throw new Error('down') } })
      expect(() => throwing.log(throwing.fromProblem(conflict('x'), request()), request())).not.toThrow()
      const rejecting = createProblemPipeline({ log: async () => { throw new Error('down') } })
      expect(() => rejecting.log(rejecting.fromProblem(conflict('x'), request()), request())).not.toThrow()
      await new Promise((resolve) => setTimeout(resolve, 20))
    } finally {
      process.off('unhandledRejection', record)
    }
    expect(unhandled).toEqual([])
  })

  it('uses the adapter default logger unless log is given or false', () => {
    const { calls, log } = recorder()
    createProblemPipeline<string>({}, log).log(createProblemPipeline().fromProblem(conflict('x'), request()), 'req')
    createProblemPipeline<string>({ log: false }, log).log(createProblemPipeline().fromProblem(conflict('y'), request()), 'req')
    expect(calls).toEqual([['info', 409, 'x']])
  })

  it("logs a problem's warnings at warn, whether or not the problem is copied for its trace id", () => {
    const { calls, log } = recorder()
    const warned = Object.defineProperty(new HttpProblem({ status: 401, title: 'Unauthorized' }), 'warnings', {
      value: Object.freeze(['401 without WWW-Authenticate']),
    })
    for (const headers of [{}, { 'x-request-id': 'req-4' }]) {
      const pipeline = createProblemPipeline<string>({ log })
      pipeline.log(pipeline.fromProblem(warned, request(headers)), 'req')
    }
    expect(calls).toEqual([
      ['info', 401, undefined],
      ['warn', 500, 'statuskit: the 401 problem sent has warnings: 401 without WWW-Authenticate'],
      ['info', 401, undefined],
      ['warn', 500, 'statuskit: the 401 problem sent has warnings: 401 without WWW-Authenticate'],
    ])
  })
})
