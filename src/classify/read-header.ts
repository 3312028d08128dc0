/**
 * Response header fields in any of the shapes a client holds them: a fetch `Headers`,
 * a plain object (any key casing), or Node's `IncomingHttpHeaders` (lower-case keys,
 * `string[]` for repeated fields).
 *
 * @example
 * ```ts
 * import type { HeadersLike } from 'statuskit'
 * const fromFetch: HeadersLike = new Headers({ 'Retry-After': '5' })
 * const fromNode: HeadersLike = { 'retry-after': '5', 'set-cookie': ['a=1', 'b=2'] }
 * ```
 */
export type HeadersLike =
  | Headers
  | Readonly<Record<string, string | readonly string[] | undefined>>

/**
 * Reads one header field, case-insensitively, from any {@link HeadersLike}. Repeated
 * values (`string[]`) are combined with `", "`, as `Headers.get()` does (RFC 9110 §5.3).
 * Internal; never throws on odd input (missing headers, non-objects, non-string values,
 * which are ignored).
 *
 * @param headers - The response headers, or `undefined`.
 * @param name - The field name in lower case.
 * @returns The field value without surrounding whitespace, or `undefined` when absent or empty.
 */
export function readHeader(headers: unknown, name: string): string | undefined {
  if (!headers || typeof headers !== 'object') return undefined
  const { get } = headers as { get?: unknown }
  let value: unknown
  if (typeof get === 'function') value = get.call(headers, name)
  else for (const key of Object.keys(headers)) if (key.toLowerCase() === name) value ??= (headers as Record<string, unknown>)[key]
  if (Array.isArray(value)) value = value.filter((item) => typeof item === 'string').join(', ')
  return (typeof value === 'string' && value.trim()) || undefined
}
