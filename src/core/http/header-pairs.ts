/**
 * Header fields in any of the shapes code holds them, accepted by every `headers` input
 * of statuskit (a problem's headers, `classifyRetry`'s response headers):
 *
 * - a fetch `Headers` (or another iterable of `[name, value]`, such as a `Map`);
 * - a plain object, any key casing, including Node's `IncomingHttpHeaders`, whose
 *   repeated fields are `string[]` (combined with `", "`, RFC 9110 §5.3) and whose
 *   absent fields are `undefined`;
 * - an array of `[name, value]` pairs, as `new Headers()` takes them.
 *
 * @example
 * ```ts
 * import { classifyRetry, type HeadersLike } from 'statuskit'
 * const fromFetch: HeadersLike = new Headers({ 'Retry-After': '5' })
 * const fromNode: HeadersLike = { 'retry-after': '5', 'set-cookie': ['a=1', 'b=2'] }
 * const pairs: HeadersLike = [['Retry-After', '5']]
 * classifyRetry(503, { headers: pairs }).retryAfterMs // 5000
 * ```
 */
export type HeadersLike =
  | Headers
  | Readonly<Record<string, string | readonly string[] | undefined>>
  | readonly (readonly [string, string])[]

/**
 * The fields of any {@link HeadersLike} as `[name, value]` pairs, in their order, the
 * names and values as given (a `string[]` stays an array), for the caller to check.
 * Internal.
 *
 * @param headers - Anything.
 * @returns The pairs, or `undefined` when `headers` is not an object. May throw on a
 *   hostile object (a throwing getter or Proxy trap): callers catch.
 */
export function headerPairs(headers: unknown): unknown[][] | undefined {
  if (typeof headers !== 'object' || headers === null) return undefined
  // A Headers, a Map and an array of pairs are iterables of [name, value]; a record is not.
  return Symbol.iterator in headers
    ? // Anything but a pair is a pair without a value, so the caller reports it.
      Array.from(headers as Iterable<unknown>, (pair): unknown[] => (Array.isArray(pair) ? (pair as unknown[]) : [pair, null]))
    : Object.entries(headers)
}
