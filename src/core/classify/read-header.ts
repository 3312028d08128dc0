import { headerPairs } from '../http/header-pairs.js'

export type { HeadersLike } from '../http/header-pairs.js'

/**
 * Reads one header field, case-insensitively, from any {@link HeadersLike}: a `Headers`
 * (its `get()`), a plain object or Node's `IncomingHttpHeaders` (the first key that
 * matches), an array of `[name, value]` pairs (the first pair that matches). Repeated
 * values (`string[]`) are combined with `", "`, as `Headers.get()` does (RFC 9110 §5.3).
 * Internal; never throws, whatever it is given (missing headers, non-objects, non-string
 * values, which are ignored, throwing getters, revoked Proxies, which read as absent).
 *
 * @param headers - The response headers, or anything else.
 * @param name - The field name in lower case.
 * @returns The field value without surrounding whitespace, or `undefined` when absent or empty.
 */
export function readHeader(headers: unknown, name: string): string | undefined {
  try {
    let value: unknown
    const get = (headers as { get?: unknown } | null | undefined)?.get
    if (typeof get === 'function') value = get.call(headers, name)
    else for (const [key, field] of headerPairs(headers) || []) if (String(key).toLowerCase() === name) value ??= field
    if (Array.isArray(value)) value = value.filter((item) => typeof item === 'string').join(', ')
    return (typeof value === 'string' && value.trim()) || undefined
  } catch {
    return undefined
  }
}
