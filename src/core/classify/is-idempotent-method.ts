/**
 * Tells whether a request method is idempotent (RFC 9110 §9.2.2): GET, HEAD, OPTIONS,
 * TRACE (the safe methods, §9.2.1), PUT and DELETE. Case-insensitive, because a client
 * may hold `'get'`. POST, PATCH, CONNECT and unknown methods answer `false`: a client
 * "SHOULD NOT automatically retry a request with a non-idempotent method" unless it knows
 * the request is idempotent by other means (an honoured `Idempotency-Key`).
 *
 * @param method - A method name; anything that is not a string answers `false`.
 * @returns `true` for the six idempotent methods of RFC 9110.
 *
 * @example
 * ```ts
 * import { isIdempotentMethod } from 'statuskit'
 * isIdempotentMethod('put') // true
 * isIdempotentMethod('POST') // false
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-9.2.2 | RFC 9110 §9.2.2}
 */
export function isIdempotentMethod(method: unknown): boolean {
  return typeof method === 'string' && /^(?:GET|HEAD|OPTIONS|TRACE|PUT|DELETE)$/i.test(method)
}
