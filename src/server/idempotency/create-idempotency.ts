import { idempotencyKeyInUse, idempotencyKeyMissing, idempotencyKeyReused, serviceUnavailable, type HttpProblem } from 'statuskit'
import { fingerprintOf } from './fingerprint.js'
import { readIdempotencyKey } from './idempotency-key.js'
import type { IdempotencyOptions } from './idempotency-options.js'
import { memoryStore } from './memory-store.js'
import { replayHeaders, storedResponseOf } from './stored-response.js'

/**
 * What an adapter tells {@link Idempotency.begin} about a request.
 *
 * @example
 * ```ts
 * import type { IdempotentRequest } from 'statuskit/idempotency'
 * const request: IdempotentRequest = { method: 'POST', target: '/orders', key: 'k1', body: { sku: 'A1' } }
 * ```
 */
export interface IdempotentRequest {
  /** The request method, any case. */
  readonly method: string
  /** The path and query the request was sent to. */
  readonly target: string
  /** The `Idempotency-Key` field value(s), as the framework gives them. */
  readonly key: string | readonly string[] | undefined
  /** The body: raw bytes, a string, or what a body parser made of it. */
  readonly body?: unknown
  /**
   * Reads the body when reading it costs (a web `Request`'s stream): called, and awaited,
   * only when the request is deduplicated (its method is in `methods` and it has a valid
   * key); what it resolves to replaces `body`. What it throws, `begin` rejects with.
   */
  readonly readBody?: (() => unknown) | undefined
  /** Who is asking (a tenant or user id): keys are looked up within their scope only. */
  readonly scope?: string | undefined
}

/**
 * What to do with a request, the answer of {@link Idempotency.begin}:
 * `pass` (not deduplicated: run it as usual), `refuse` (send `problem`: 400, 409, 422 or
 * 503), `replay` (send the stored `status`, `headers`, `body` without running the
 * handler), or `run` (run the handler, capture at most `maxBodyBytes` of its body, then
 * call `finish` once with what was sent; the body `undefined` when it was not all captured).
 *
 * @example
 * ```ts
 * import { createIdempotency, type IdempotencyDecision } from 'statuskit/idempotency'
 * const decision: IdempotencyDecision = await createIdempotency().begin({ method: 'GET', target: '/', key: undefined, body: undefined })
 * decision.action // 'pass'
 * ```
 */
export type IdempotencyDecision =
  | {
      /** Not deduplicated (another method, no key and not required, the store down with fail-open): run as usual. */
      readonly action: 'pass'
    }
  | {
      /** Send `problem` instead of running the handler. */
      readonly action: 'refuse'
      /** The 400, 409, 422 or 503 problem to send. */
      readonly problem: HttpProblem
    }
  | {
      /** Send the stored response instead of running the handler. */
      readonly action: 'replay'
      /** The stored status. */
      readonly status: number
      /** The stored headers, plus `content-length` and `idempotent-replayed: true`. */
      readonly headers: Readonly<Record<string, string | readonly string[]>>
      /** The stored body. */
      readonly body: Uint8Array
    }
  | {
      /** The key is claimed: run the handler, capture its response, then call `finish`. */
      readonly action: 'run'
      /** Capture at most this many body bytes; past it, pass `undefined` as the body. */
      readonly maxBodyBytes: number
      /**
       * Stores the response (2xx, 3xx, most 4xx) or releases the key (5xx, a body not
       * captured). Never rejects.
       *
       * @param status - The status sent.
       * @param headers - The headers sent.
       * @param body - The body bytes, or `undefined` when they were not all captured.
       */
      finish(
        status: number,
        headers: Readonly<Record<string, string | number | readonly string[] | undefined>>,
        body: Uint8Array | undefined,
      ): Promise<void>
    }

/**
 * The framework-free core of `idempotency()`: each adapter asks it what to do with a
 * request and reports the response. Create one per `idempotency()` call.
 *
 * @example
 * ```ts
 * import { createIdempotency } from 'statuskit/idempotency'
 * const gate = createIdempotency({ required: true })
 * const decision = await gate.begin({ method: 'POST', target: '/orders', key: 'k1', body: '{"sku":"A1"}' })
 * if (decision.action === 'run') await decision.finish(201, { 'content-type': 'application/json' }, new TextEncoder().encode('{"id":7}'))
 * ```
 */
export interface Idempotency {
  /**
   * Decides what to do with `request` (see {@link IdempotencyDecision}); claims its key
   * in the store when it is to run. A store failure is answered as `onStoreError` says;
   * `begin` rejects only with what `request.readBody` throws.
   *
   * @param request - Method, target, key, body, scope.
   * @returns The decision.
   */
  begin(request: IdempotentRequest): Promise<IdempotencyDecision>
}

const PASS: IdempotencyDecision = { action: 'pass' }
const refuse = (problem: HttpProblem): IdempotencyDecision => ({ action: 'refuse', problem })

/** Throws the TypeError or RangeError of an option with the wrong value. Internal to statuskit/idempotency. */
export function invalid(Kind: typeof TypeError, name: string, expected: string, value: unknown): never {
  throw new Kind(`idempotency: ${name} must be ${expected}; received ${String(value)}`)
}

/**
 * Builds the core of `idempotency()` (draft-ietf-httpapi-idempotency-key-header §2.6):
 * a first request with a key runs and its response is stored; a repeat with the same
 * fingerprint gets it back, marked `Idempotent-Replayed: true`; a repeat while the first
 * runs gets 409 `idempotencyKeyInUse` with `Retry-After: 1`; the key with another method,
 * target or body gets 422 `idempotencyKeyReused`; no key where `required` gets 400
 * `idempotencyKeyMissing` (so does a malformed key, always). Only completed outcomes are
 * stored (2xx, 3xx, 4xx but 401, 403, 407 and those that say "not processed, send again":
 * 408, 421, 425, 429); a 5xx or an error frees the key. Use it to write an adapter; apps
 * use `idempotency()` from `statuskit/express`, `statuskit/fastify`, `statuskit/hono` or
 * `statuskit/web` (the last two through `createWebIdempotency`).
 *
 * @param options - See {@link IdempotencyOptions}.
 * @returns The core; see {@link Idempotency}.
 * @throws RangeError when `ttlMs` or `lockMs` is not a positive number, or `maxBodyBytes`
 *   is not a non-negative integer; TypeError when `store` lacks a method, `methods` is
 *   not an array of strings, or `onStoreError` is neither `'fail-closed'` nor `'fail-open'`.
 *
 * @example
 * ```ts
 * import { createIdempotency, memoryStore } from 'statuskit/idempotency'
 * const gate = createIdempotency({ store: memoryStore() })
 * const first = await gate.begin({ method: 'POST', target: '/orders', key: 'k1', body: '{}' })
 * // first.action 'run'; once finished with a 201, the same request gets { action: 'replay', status: 201, ... }
 * ```
 * @see {@link https://datatracker.ietf.org/doc/draft-ietf-httpapi-idempotency-key-header/ | Idempotency-Key draft §2.6}
 */
export function createIdempotency(options: IdempotencyOptions = {}): Idempotency {
  const { required = false, onStoreError = 'fail-closed', maxBodyBytes = 65_536, ttlMs = 86_400_000, lockMs = 60_000 } = options
  const store = options.store ?? memoryStore()
  if (typeof store?.claim !== 'function' || typeof store.complete !== 'function' || typeof store.release !== 'function') {
    invalid(TypeError, 'store', 'an object with claim, complete and release', store)
  }
  for (const [name, ms] of [['ttlMs', ttlMs], ['lockMs', lockMs]] as const) {
    if (!(ms > 0 && ms < Infinity)) invalid(RangeError, name, 'a positive number of ms', ms)
  }
  if (!(Number.isSafeInteger(maxBodyBytes) && maxBodyBytes >= 0)) invalid(RangeError, 'maxBodyBytes', 'a non-negative integer', maxBodyBytes)
  const methodList: unknown = options.methods ?? ['POST', 'PATCH']
  if (!(Array.isArray(methodList) && methodList.every((method) => typeof method === 'string'))) {
    invalid(TypeError, 'methods', 'an array of method names', methodList)
  }
  const methods = new Set(methodList.map((method: string) => method.toUpperCase()))
  if (onStoreError !== 'fail-closed' && onStoreError !== 'fail-open') invalid(TypeError, 'onStoreError', "'fail-closed' or 'fail-open'", onStoreError)

  return {
    async begin(request) {
      if (!methods.has(request.method.toUpperCase())) return PASS
      const key = readIdempotencyKey(request.key)
      if (key === false) {
        return refuse(idempotencyKeyMissing('The Idempotency-Key is not 1 to 255 visible ASCII characters.'))
      }
      if (key === undefined) {
        return required ? refuse(idempotencyKeyMissing()) : PASS
      }
      const scoped = request.scope === undefined ? key : `${request.scope.length}:${request.scope}:${key}`
      const body = request.readBody ? await request.readBody() : request.body
      let claim
      try {
        const fingerprint = await fingerprintOf(request.method, request.target, body)
        claim = await store.claim(scoped, fingerprint, lockMs)
      } catch {
        if (onStoreError === 'fail-open') return PASS
        return refuse(serviceUnavailable({ retryAfter: 1 }))
      }
      switch (claim.state) {
        case 'completed':
          return { action: 'replay', status: claim.response.status, headers: replayHeaders(claim.response), body: claim.response.body }
        case 'in-flight':
          return refuse(idempotencyKeyInUse({ headers: { 'retry-after': '1' } }))
        case 'mismatch':
          return refuse(idempotencyKeyReused())
      }
      const { token } = claim
      let finished = false
      return {
        action: 'run',
        maxBodyBytes,
        async finish(status, headers, body) {
          if (finished) return
          finished = true
          try {
            const response = storedResponseOf(status, headers, body)
            if (response) await store.complete(scoped, token, response, ttlMs)
            else await store.release(scoped, token)
          } catch {
            // The claim expires after lockMs (see onStoreError).
          }
        },
      }
    },
  }
}
