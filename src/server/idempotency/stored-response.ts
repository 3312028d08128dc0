import { classifyRetry } from 'statuskit'

/**
 * A response kept for replay: status, end-to-end headers (lower-case names) and body bytes.
 *
 * @example
 * ```ts
 * import type { StoredResponse } from 'statuskit/idempotency'
 * const created: StoredResponse = {
 *   status: 201,
 *   headers: { 'content-type': 'application/json', location: '/orders/7' },
 *   body: new TextEncoder().encode('{"id":7}'),
 * }
 * ```
 */
export interface StoredResponse {
  /** The status code the first request was answered with. */
  readonly status: number
  /** Its headers, lower-case names, minus hop-by-hop fields, `date`, `content-length` and `set-cookie`. */
  readonly headers: Readonly<Record<string, string | readonly string[]>>
  /** Its body, exactly as the handler wrote it (before any compression layered outside). */
  readonly body: Uint8Array
}

/** The header that marks a replayed response, as Stripe and others send it: `Idempotent-Replayed: true`. */
export const IDEMPOTENT_REPLAYED = 'idempotent-replayed'

/**
 * Headers never stored: hop-by-hop fields (RFC 9110 §7.6.1), `date` and `content-length`
 * (the replay gets its own), `set-cookie` (a replay would hand the first caller's session
 * to whoever repeats the key) and the replay marker itself.
 */
const NOT_STORED = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'date',
  'content-length',
  'set-cookie',
  IDEMPOTENT_REPLAYED,
])

/**
 * Whether a final response is the completed outcome a repeat must get again. Stored:
 * 2xx, 3xx (a 303 after a POST is a completed creation) and 4xx, except those that say
 * the request was not processed and may be sent again as is (`classifyRetry` retries
 * them: 408, 421, 425, 429, a 413 with `Retry-After`) and 401, 403, 407 (the client
 * resends with other credentials: the `after-reauth` strategy). Never 5xx: the server failed, the key is freed for a new attempt.
 */
function isStorable(status: number, headers: Readonly<Record<string, string | readonly string[]>>): boolean {
  if (!(Number.isInteger(status) && status >= 200 && status < 500)) return false
  const decision = classifyRetry(status, { method: 'POST', headers })
  return !decision.retry && decision.strategy !== 'after-reauth'
}

/**
 * Internal to statuskit/idempotency (used by `createIdempotency`).
 * The response to store for a request that ran, or `undefined` when it is not stored
 * (then the key is released, see `isStorable` rules in the docs): a status that is not a
 * completed outcome, or a body over `maxBodyBytes` (the adapter passes `undefined` then).
 * Headers are copied with lower-case names, minus the hop-by-hop fields of RFC 9110 §7.6.1,
 * `date`, `content-length` and `set-cookie`.
 *
 * @param status - The status sent.
 * @param headers - The headers sent, any case; numbers are turned into strings.
 * @param body - The body bytes, or `undefined` when they were not all captured.
 * @returns The response to store, or `undefined`.
 */
export function storedResponseOf(
  status: number,
  headers: Readonly<Record<string, string | number | readonly string[] | undefined>>,
  body: Uint8Array | undefined,
): StoredResponse | undefined {
  if (body === undefined) return undefined
  const kept: Record<string, string | readonly string[]> = {}
  for (const name of Object.keys(headers)) {
    const value = headers[name]
    if (value === undefined) continue
    const lower = name.toLowerCase()
    if (NOT_STORED.has(lower)) continue
    kept[lower] = Array.isArray(value) ? value.map(String) : String(value)
  }
  if (!isStorable(status, kept)) return undefined
  return { status, headers: kept, body: body.slice() }
}

/**
 * Internal to statuskit/idempotency (used by `createIdempotency`).
 * The headers to send with a replay of `response`: its stored headers, a
 * `content-length` of its body and `idempotent-replayed: true`.
 *
 * @param response - The stored response.
 * @returns Lower-case header names to values.
 */
export function replayHeaders(response: StoredResponse): Record<string, string | readonly string[]> {
  return { ...response.headers, 'content-length': String(response.body.byteLength), [IDEMPOTENT_REPLAYED]: 'true' }
}
