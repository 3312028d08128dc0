import type { Request, RequestHandler, Response } from 'express'
import { createIdempotency, type IdempotencyDecision, type IdempotencyOptions } from 'statuskit/idempotency'

/**
 * Options of the Express {@link idempotency} middleware: those of every adapter
 * (`store`, `required`, `methods`, `ttlMs`, `lockMs`, `maxBodyBytes`, `onStoreError`)
 * plus two that read the Express request.
 *
 * @example
 * ```ts
 * import type { ExpressIdempotencyOptions } from 'statuskit/express'
 * const options: ExpressIdempotencyOptions = { required: true, scope: (req) => req.get('authorization') }
 * ```
 */
export interface ExpressIdempotencyOptions extends IdempotencyOptions {
  /**
   * Who is asking (an account or tenant id): a key is looked up within its scope only,
   * so one client can never get another's stored response by guessing its key (the
   * draft's §4 "composite key").
   *
   * @default none: one key space for every client
   */
  readonly scope?: ((req: Request) => string | undefined) | undefined
  /**
   * What identifies the payload, hashed with the method and `req.originalUrl`.
   *
   * @default req.body (install your body parser before this middleware)
   */
  readonly fingerprint?: ((req: Request) => unknown) | undefined
}

type Run = Extract<IdempotencyDecision, { action: 'run' }>
type Chunk = string | Uint8Array | undefined | null

/**
 * Records what the handler sends through `res` (status, headers, up to `maxBodyBytes` of
 * body) and, when it ends the response, stores it (or frees the key) before the last
 * bytes go out: once a client has its answer, a repeat gets the replay.
 */
function capture(res: Response, run: Run): void {
  // The functions in place now (the framework's, or those of middleware installed earlier).
  const write = res.write.bind(res) as (...args: unknown[]) => boolean
  const end = res.end.bind(res) as (...args: unknown[]) => Response
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => Response
  const chunks: Uint8Array[] = []
  let size = 0
  let captured = true
  let ended = false
  let head: { status: number; headers: ReturnType<Response['getHeaders']> } | undefined
  const take = (chunk: unknown, encoding: unknown): void => {
    if (!captured || chunk === undefined || chunk === null || typeof chunk === 'function') return
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : (chunk as Uint8Array)
    size += bytes.byteLength
    if (size > run.maxBodyBytes) {
      captured = false
      chunks.length = 0
    } else chunks.push(bytes)
  }
  res.writeHead = function (this: Response, status: number, ...rest: unknown[]) {
    // Headers given to writeHead go through setHeader first, so that they are recorded.
    const fields = typeof rest[0] === 'string' ? rest[1] : rest[0]
    if (Array.isArray(fields)) {
      for (let i = 0; i + 1 < fields.length; i += 2) this.setHeader(String(fields[i]), fields[i + 1] as string)
    } else if (fields && typeof fields === 'object') {
      for (const [name, value] of Object.entries(fields)) if (value !== undefined) this.setHeader(name, value as string)
    }
    head ??= { status, headers: this.getHeaders() }
    return typeof rest[0] === 'string' ? writeHead(status, rest[0]) : writeHead(status)
  } as Response['writeHead']
  res.write = function (this: Response, chunk: Chunk, ...rest: unknown[]) {
    if (!ended) take(chunk, rest[0])
    return write(chunk, ...rest)
  } as Response['write']
  res.end = function (this: Response, chunk?: unknown, encoding?: unknown, callback?: unknown) {
    if (ended) return end(chunk, encoding, callback)
    ended = true
    take(chunk, encoding)
    const { status, headers } = head ?? { status: this.statusCode, headers: this.getHeaders() }
    void run.finish(status, headers, captured ? Buffer.concat(chunks) : undefined).then(() => {
      end(chunk, encoding, callback)
    })
    return this
  } as Response['end']
}

/**
 * Express middleware (Express 4 and 5) for the `Idempotency-Key` request header
 * (draft-ietf-httpapi-idempotency-key-header): the first POST or PATCH with a key runs
 * and its response is stored; a repeat gets that response again with
 * `Idempotent-Replayed: true`, without running the route; a repeat while the first still
 * runs gets a 409 `idempotencyKeyInUse` problem with `Retry-After: 1` (statuskit's
 * `createFetch` backs off and resends it); the key with another method, URL or body gets
 * a 422 `idempotencyKeyReused`; no key where `required` gets a 400 `idempotencyKeyMissing`.
 * 2xx, 3xx and most 4xx are stored; a 5xx or a thrown error frees the key. Refusals go to
 * `next(problem)`: install `problemHandler()` to send them as problem documents.
 *
 * Install it after the body parser and before the route, on a route or app-wide.
 *
 * @param options - See {@link ExpressIdempotencyOptions}.
 * @returns A request handler.
 * @throws RangeError or TypeError for an invalid option (see `createIdempotency`).
 *
 * @example
 * ```ts
 * import express from 'express'
 * import { memoryStore } from 'statuskit/idempotency'
 * import { idempotency, problemHandler } from 'statuskit/express'
 *
 * const app = express()
 * app.post('/orders', express.json(), idempotency({ store: memoryStore(), required: true }), (req, res) => {
 *   res.status(201).json({ id: 7, sku: req.body.sku })
 * })
 * app.use(problemHandler())
 * ```
 * @see {@link https://datatracker.ietf.org/doc/draft-ietf-httpapi-idempotency-key-header/ | Idempotency-Key draft}
 */
export function idempotency(options: ExpressIdempotencyOptions = {}): RequestHandler {
  const gate = createIdempotency(options)
  const { scope, fingerprint } = options
  return (req, res, next) => {
    const decide = async (): Promise<IdempotencyDecision> =>
      gate.begin({
        method: req.method,
        target: req.originalUrl,
        key: req.headers['idempotency-key'],
        body: fingerprint ? fingerprint(req) : req.body,
        scope: scope?.(req),
      })
    decide().then((decision) => {
      if (decision.action === 'pass') return next()
      if (decision.action === 'refuse') return next(decision.problem)
      if (decision.action === 'replay') {
        res.statusCode = decision.status
        for (const [name, value] of Object.entries(decision.headers)) res.setHeader(name, value)
        res.end(decision.body)
        return
      }
      capture(res, decision)
      next()
    }, next)
  }
}
