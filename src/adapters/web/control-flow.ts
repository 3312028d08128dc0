/**
 * Next.js's control-flow errors (`redirect()`, `permanentRedirect()`, `notFound()`,
 * `forbidden()`, `unauthorized()`, dynamic-rendering bail-outs) carry a `digest` that
 * Next's router reads; they are not failures and must reach Next unchanged. Older Next
 * versions used `NEXT_NOT_FOUND`; 15+ use `NEXT_HTTP_ERROR_FALLBACK;<status>`.
 */
const NEXT_DIGESTS = ['NEXT_REDIRECT', 'NEXT_NOT_FOUND', 'NEXT_HTTP_ERROR_FALLBACK', 'DYNAMIC_SERVER_USAGE', 'BAILOUT_TO_CSR']

/** Reads one property, `undefined` when reading throws (a hostile getter or Proxy). */
export function read(value: unknown, key: string): unknown {
  try {
    return (typeof value === 'object' && value !== null) || typeof value === 'function'
      ? (value as Record<string, unknown>)[key]
      : undefined
  } catch {
    return undefined
  }
}

/**
 * `value instanceof type`, `false` when asking throws (a Proxy whose `getPrototypeOf`
 * trap throws). Internal.
 *
 * @param value - Any value.
 * @param type - A class.
 * @returns Whether `value` is an instance of `type`.
 */
export function isInstance<T>(value: unknown, type: abstract new (...args: never[]) => T): value is T {
  try {
    return value instanceof type
  } catch {
    return false
  }
}

/**
 * Whether a thrown value is a framework's control flow that a problem handler must
 * rethrow untouched: Next.js's navigation errors (by their `digest`) and SvelteKit's
 * `redirect()` (an object with a 3xx `status` and a string `location`, not an `Error`).
 * A thrown `Response` is handled by the caller: it is returned, not rethrown. Internal.
 *
 * @param thrown - What the handler threw.
 * @returns `true` to rethrow it.
 */
export function isControlFlow(thrown: unknown): boolean {
  const digest = read(thrown, 'digest')
  if (typeof digest === 'string' && NEXT_DIGESTS.some((prefix) => digest === prefix || digest.startsWith(`${prefix};`))) {
    return true
  }
  const status = read(thrown, 'status')
  return (
    !isInstance(thrown, Error) &&
    typeof status === 'number' &&
    status >= 300 &&
    status <= 308 &&
    typeof read(thrown, 'location') === 'string'
  )
}
