import { createWebIdempotency, type WebIdempotencyBaseOptions } from 'statuskit/idempotency'
import type { WebHandler } from './with-problems.js'

/**
 * Options of the web {@link idempotency} wrapper: those of every adapter (`store`,
 * `required`, `methods`, `ttlMs`, `lockMs`, `maxBodyBytes`, `onStoreError`), the bound on
 * the request body read for the fingerprint (`maxRequestBytes`), and two that read the
 * `Request`.
 *
 * @example
 * ```ts
 * import type { WebIdempotencyOptions } from 'statuskit/web'
 * const options: WebIdempotencyOptions = { required: true, scope: (request) => request.headers.get('authorization') ?? undefined }
 * ```
 */
export interface WebIdempotencyOptions extends WebIdempotencyBaseOptions {
  /**
   * Who is asking (an account or tenant id): a key is looked up within its scope only,
   * so one client can never get another's stored response by guessing its key.
   *
   * @default none: one key space for every client
   */
  readonly scope?: ((request: Request) => string | undefined) | undefined
  /**
   * What identifies the payload, hashed with the method, path and query; may be async.
   * Read the body from `request.clone()`: the handler gets `request` after it.
   *
   * @default the body bytes, read from a clone of the request
   */
  readonly fingerprint?: ((request: Request) => unknown) | undefined
}

/**
 * What {@link idempotency} returns: wraps a web-standard handler (any extra arguments
 * passed through) so that it runs under the `Idempotency-Key`.
 *
 * @example
 * ```ts
 * import { idempotency, type IdempotentWrapper } from 'statuskit/web'
 * const keyed: IdempotentWrapper = idempotency()
 * export const POST = keyed(async () => Response.json({ id: 7 }, { status: 201 }))
 * ```
 */
export type IdempotentWrapper = <TRest extends unknown[]>(handler: WebHandler<TRest>) => (request: Request, ...rest: TRest) => Promise<Response>

/**
 * The `Idempotency-Key` request header (draft-ietf-httpapi-idempotency-key-header) for
 * web-standard handlers, `(Request) => Response`: Next.js route handlers, `Bun.serve`,
 * `Deno.serve`, Workers. The first POST or PATCH with a key runs and its response is
 * stored; a repeat gets that response again with `Idempotent-Replayed: true`, without
 * running the handler; a repeat while the first still runs gets a 409
 * `idempotencyKeyInUse` problem with `Retry-After: 1`; the key with another method, URL or
 * body gets a 422 `idempotencyKeyReused`; no key where `required` gets a 400
 * `idempotencyKeyMissing`; a keyed body over `maxRequestBytes` a 413. A returned 2xx, 3xx
 * or most 4xx is stored; a 5xx, a throw, a body over `maxBodyBytes` or a stream the client
 * cancels frees the key (the response still goes out as it is, streamed).
 *
 * Refusals, and whatever the handler throws, are thrown: wrap the result in
 * `withProblems()`, outermost, to send them as problem documents (negotiation, trace id,
 * your `customize`). The body is read for the fingerprint from a clone of the request,
 * so the handler reads it as usual. No Node-only API.
 *
 * @param options - See {@link WebIdempotencyOptions}.
 * @returns The wrapper; one wrapper can key several handlers (one store, one key space).
 * @throws RangeError or TypeError for an invalid option (see `createIdempotency`); the
 *   wrapper throws TypeError when given a handler that is not a function.
 *
 * @example
 * ```ts
 * // app/orders/route.ts (Next.js), or the `fetch` of Bun.serve / Deno.serve / a Worker
 * import { memoryStore } from 'statuskit/idempotency'
 * import { idempotency, withProblems } from 'statuskit/web'
 *
 * const keyed = idempotency({ store: memoryStore(), required: true })
 * export const POST = withProblems(keyed(async (request: Request) => {
 *   const { sku } = (await request.json()) as { sku: string }
 *   return Response.json({ id: 7, sku }, { status: 201 })
 * }))
 * ```
 * @see {@link https://datatracker.ietf.org/doc/draft-ietf-httpapi-idempotency-key-header/ | Idempotency-Key draft}
 */
export function idempotency(options: WebIdempotencyOptions = {}): IdempotentWrapper {
  const send = createWebIdempotency(options)
  const { scope, fingerprint } = options
  return (handler) => {
    if (typeof handler !== 'function') throw new TypeError('Invalid `handler`: expected a function.')
    return (request, ...rest) =>
      send(request, () => handler(request, ...rest), { scope: scope?.(request), fingerprint: fingerprint && (() => fingerprint(request)) })
  }
}
