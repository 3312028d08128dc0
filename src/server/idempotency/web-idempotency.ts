import { captureWebResponse } from './capture-web-response.js'
import { createIdempotency, invalid } from './create-idempotency.js'
import type { IdempotencyOptions } from './idempotency-options.js'
import { readRequestBytes } from './read-request-bytes.js'

/**
 * Options of {@link createWebIdempotency}: those of every adapter, plus the bound on the
 * request body it reads for the fingerprint.
 *
 * @example
 * ```ts
 * import type { WebIdempotencyBaseOptions } from 'statuskit/idempotency'
 * const options: WebIdempotencyBaseOptions = { required: true, maxRequestBytes: 262_144 }
 * ```
 */
export interface WebIdempotencyBaseOptions extends IdempotencyOptions {
  /**
   * The largest request body read for the fingerprint, in bytes. A keyed request with a
   * larger body gets a 413 `contentTooLarge` problem and runs
   * nothing; an unkeyed one, or one whose method is not deduplicated, is not read at all.
   *
   * @default 1048576 (1 MiB)
   */
  readonly maxRequestBytes?: number | undefined
}

/**
 * What the adapter knows about the request besides the `Request` itself.
 *
 * @example
 * ```ts
 * import type { WebIdempotentExtras } from 'statuskit/idempotency'
 * const extras: WebIdempotentExtras = { scope: 'tenant-7' }
 * ```
 */
export interface WebIdempotentExtras {
  /** Who is asking: keys are looked up within this scope only. */
  readonly scope?: string | undefined
  /** What identifies the payload instead of the body bytes; may return a promise. */
  readonly fingerprint?: (() => unknown) | undefined
}

/**
 * The function {@link createWebIdempotency} returns: answers `request` by running
 * `handler` under the key, replaying the stored response, or throwing a refusal.
 *
 * @example
 * ```ts
 * import { createWebIdempotency, type WebIdempotency } from 'statuskit/idempotency'
 * const send: WebIdempotency = createWebIdempotency()
 * const response = await send(new Request('http://localhost/orders', { method: 'POST' }), () => new Response(null, { status: 201 }))
 * ```
 */
export type WebIdempotency = (
  request: Request,
  handler: () => Response | Promise<Response>,
  extras?: WebIdempotentExtras,
) => Promise<Response>

/** The stored response as a web `Response` (repeated header values appended). */
function toReplay(status: number, headers: Readonly<Record<string, string | readonly string[]>>, body: Uint8Array): Response {
  const fields = new Headers()
  for (const [name, value] of Object.entries(headers)) {
    for (const one of typeof value === 'string' ? [value] : value) fields.append(name, one)
  }
  // An empty body is sent as none: a 204, 205 or 304 may have no other.
  return new Response(body.byteLength ? (body as Uint8Array<ArrayBuffer>) : null, { status, headers: fields })
}

/**
 * The `Idempotency-Key` translation every web-standard adapter shares (statuskit/hono,
 * statuskit/web; write your own on it for another `(Request) => Response` framework): reads
 * the key, the method and the path and query from the `Request`, and its body from a
 * clone (bounded by `maxRequestBytes`, only when the request is deduplicated), then asks
 * {@link createIdempotency}. A `replay` becomes a `Response` marked
 * `Idempotent-Replayed: true`; a `run` calls `handler` and sends its response on while
 * recording it (see `maxBodyBytes`); a handler that throws frees the key and the error is
 * rethrown. A refusal (400, 409, 422, 503) and the 413 of a body over `maxRequestBytes` are
 * thrown as `HttpProblem`s, for the adapter's problem handler to render.
 *
 * @param options - See {@link WebIdempotencyBaseOptions}.
 * @returns The function that answers a request; see {@link WebIdempotency}.
 * @throws RangeError or TypeError for an invalid option (see {@link createIdempotency}).
 *
 * @example
 * ```ts
 * import { createWebIdempotency, memoryStore } from 'statuskit/idempotency'
 *
 * const send = createWebIdempotency({ store: memoryStore() })
 * const handle = (request: Request): Promise<Response> =>
 *   send(request, async () => Response.json({ id: 7 }, { status: 201 }))
 * ```
 */
export function createWebIdempotency(options: WebIdempotencyBaseOptions = {}): WebIdempotency {
  const gate = createIdempotency(options)
  const { maxRequestBytes = 1_048_576 } = options
  if (!(Number.isSafeInteger(maxRequestBytes) && maxRequestBytes >= 0)) invalid(RangeError, 'maxRequestBytes', 'a non-negative integer', maxRequestBytes)
  return async (request, handler, extras = {}) => {
    const { pathname, search } = new URL(request.url)
    const { fingerprint } = extras
    const decision = await gate.begin({
      method: request.method,
      target: pathname + search,
      key: request.headers.get('idempotency-key') ?? undefined,
      readBody: fingerprint ?? (() => readRequestBytes(request, maxRequestBytes)),
      scope: extras.scope,
    })
    if (decision.action === 'refuse') throw decision.problem
    if (decision.action === 'replay') return toReplay(decision.status, decision.headers, decision.body)
    if (decision.action === 'pass') return handler()
    let response: Response
    try {
      response = await handler()
    } catch (thrown) {
      await decision.finish(500, {}, undefined)
      throw thrown
    }
    return captureWebResponse(response, decision)
  }
}
