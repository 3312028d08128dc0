import type { Context, MiddlewareHandler } from 'hono'
import { createWebIdempotency, type WebIdempotencyBaseOptions } from 'statuskit/idempotency'

/**
 * Options of the Hono {@link idempotency} middleware: those of every adapter (`store`,
 * `required`, `methods`, `ttlMs`, `lockMs`, `maxBodyBytes`, `onStoreError`), the bound on
 * the request body read for the fingerprint (`maxRequestBytes`), and two that read Hono's
 * `Context`.
 *
 * @example
 * ```ts
 * import type { HonoIdempotencyOptions } from 'statuskit/hono'
 * const options: HonoIdempotencyOptions = { required: true, scope: (c) => c.req.header('authorization') }
 * ```
 */
export interface HonoIdempotencyOptions extends WebIdempotencyBaseOptions {
  /**
   * Who is asking (an account or tenant id): a key is looked up within its scope only,
   * so one client can never get another's stored response by guessing its key.
   *
   * @default none: one key space for every client
   */
  readonly scope?: ((c: Context) => string | undefined) | undefined
  /**
   * What identifies the payload, hashed with the method, path and query; may be async
   * (`(c) => c.req.json()`: Hono caches the body, the handler can read it again).
   *
   * @default the body bytes, read from a clone of `c.req.raw`
   */
  readonly fingerprint?: ((c: Context) => unknown) | undefined
}

/**
 * Hono middleware (Hono 4, on Node, Bun, Deno, Workers) for the `Idempotency-Key`
 * request header (draft-ietf-httpapi-idempotency-key-header): the first POST or PATCH
 * with a key runs and its response is stored; a repeat gets that response again with
 * `Idempotent-Replayed: true`, without running the handler; a repeat while the first
 * still runs gets a 409 `idempotencyKeyInUse` problem with `Retry-After: 1`; the key with
 * another method, URL or body gets a 422 `idempotencyKeyReused`; no key where `required`
 * gets a 400 `idempotencyKeyMissing`; a keyed body over `maxRequestBytes` a 413. 2xx, 3xx
 * and most 4xx are stored (a problem `app.onError` rendered included); a 5xx, a throw
 * that reaches it, a body over `maxBodyBytes` or a stream the client cancels frees the
 * key (the response still goes out as it is, streamed). Refusals are thrown to
 * `app.onError`: install `problemHandler()` to send them as problem documents.
 *
 * The body is read for the fingerprint from a clone of the request: the handler, Hono's
 * validators and `c.req.json()` read it as usual.
 *
 * @param options - See {@link HonoIdempotencyOptions}.
 * @returns The middleware, for a route (`app.post(path, idempotency(), handler)`) or `app.use`.
 * @throws RangeError or TypeError for an invalid option (see `createIdempotency`).
 *
 * @example
 * ```ts
 * import { Hono } from 'hono'
 * import { memoryStore } from 'statuskit/idempotency'
 * import { idempotency, problemHandler } from 'statuskit/hono'
 *
 * const app = new Hono()
 * app.post('/orders', idempotency({ store: memoryStore(), required: true }), async (c) => {
 *   const { sku } = await c.req.json<{ sku: string }>()
 *   return c.json({ id: 7, sku }, 201)
 * })
 * app.onError(problemHandler())
 * ```
 * @see {@link https://datatracker.ietf.org/doc/draft-ietf-httpapi-idempotency-key-header/ | Idempotency-Key draft}
 */
export function idempotency(options: HonoIdempotencyOptions = {}): MiddlewareHandler {
  const send = createWebIdempotency(options)
  const { scope, fingerprint } = options
  return async (c, next) => {
    let ran = false
    const response = await send(
      c.req.raw,
      async () => {
        ran = true
        await next()
        return c.res
      },
      { scope: scope?.(c), fingerprint: fingerprint && (() => fingerprint(c)) },
    )
    if (!ran) return response // a replay: Hono makes it the answer
    if (response !== c.res) {
      // Unset first: Hono's setter would copy the old headers (Content-Length) onto the new response.
      c.res = undefined
      c.res = response
    }
    return undefined
  }
}
