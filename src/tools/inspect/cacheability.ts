import { deltaSeconds } from './cache-control.js'
import type { Exchange } from './exchange.js'

/**
 * How caches may treat the response (RFC 9111 §3, §4.2).
 *
 * @example
 * ```ts
 * import { inspectResponse, type Cacheability } from 'statuskit/inspect'
 * const { summary } = inspectResponse({
 *   request: { method: 'GET', url: 'https://api.example.com/x' },
 *   response: { status: 404, headers: {} },
 * })
 * const cache: Cacheability = summary.cache // { storable: true, shared: true, freshness: undefined, source: 'heuristic', … }
 * ```
 */
export interface Cacheability {
  /** A cache may store the response. */
  readonly storable: boolean
  /** A shared cache (proxy, CDN) may store it, not only the user agent's private cache. */
  readonly shared: boolean
  /** Explicit freshness lifetime in seconds (0: revalidate before each reuse); `undefined` when heuristic or not storable. */
  readonly freshness: number | undefined
  /** Where the freshness comes from: explicit (max-age, s-maxage, Expires), heuristic, or none. */
  readonly source: 'explicit' | 'heuristic' | 'none'
  /** One line explaining the verdict. */
  readonly note: string
}

const not = (note: string): Cacheability => ({
  storable: false,
  shared: false,
  freshness: undefined,
  source: 'none',
  note,
})

/** Whether Content-Location names the target URI itself (RFC 9110 §9.3.3, §8.7), relative references resolved. */
function namesTarget(location: string | undefined, target: string): boolean {
  if (location === undefined) return false
  try {
    return new URL(location.trim(), target).href === new URL(target).href
  } catch {
    return location.trim() === target
  }
}

/**
 * Decides whether and how the response may be cached. Internal.
 *
 * @param x - The exchange.
 * @param now - The clock, for an `Expires` without `Date`.
 */
export function cacheability(x: Exchange, now: number): Cacheability {
  const { info, method, cacheControl: cc, headers } = x
  if (!info?.final) return not('Interim or invalid responses are never stored.')
  if (info.neverStore) return not(`${x.status} must never be stored (RFC 6585).`)
  if ('no-store' in cc) return not('Cache-Control: no-store.')
  if (method !== 'GET' && method !== 'HEAD' && method !== 'POST')
    return not(`Responses to ${method} are not cacheable.`)
  const isPrivate = 'private' in cc
  // s-maxage is for shared caches only (RFC 9111 §5.2.2.10): a private response ignores it.
  const sMaxAge = isPrivate ? undefined : deltaSeconds(cc['s-maxage'])
  // A max-age or s-maxage that is not delta-seconds: caches are encouraged to treat the
  // response as stale (RFC 9111 §4.2.1), not to fall back to a heuristic.
  const maxAge = deltaSeconds(cc['max-age'])
  const invalid = sMaxAge === undefined && maxAge === undefined ? ['max-age', ...(isPrivate ? [] : ['s-maxage'])].find((name) => name in cc) : undefined
  let freshness = sMaxAge ?? maxAge ?? (invalid === undefined ? undefined : 0)
  if (freshness === undefined && headers.expires !== undefined) {
    const expires = Date.parse(headers.expires)
    const date = Date.parse(headers.date ?? '')
    freshness = Number.isNaN(expires)
      ? 0
      : Math.max(0, Math.floor((expires - (Number.isNaN(date) ? now : date)) / 1000))
  }
  const shared =
    !isPrivate &&
    (!('authorization' in x.request) || 'public' in cc || sMaxAge !== undefined || 'must-revalidate' in cc)
  const revalidate = 'no-cache' in cc
  if (method === 'POST' && (freshness === undefined || !namesTarget(headers['content-location'], x.url))) {
    return not('A POST response is reused only with explicit freshness and a Content-Location equal to its target URI (RFC 9110 §9.3.3).')
  }
  if (freshness !== undefined) {
    const why = revalidate
      ? 'Stored, but revalidated before each reuse (no-cache)'
      : invalid !== undefined
        ? `Invalid ${invalid}: stale at once (RFC 9111 §4.2.1)`
        : 'Explicit freshness'
    return {
      storable: true,
      shared,
      freshness: revalidate ? 0 : freshness,
      source: 'explicit',
      note: `${why}${shared ? '' : ', private caches only'}.`,
    }
  }
  if (info.heuristicallyCacheable || 'public' in cc) {
    return {
      storable: true,
      shared,
      freshness: revalidate ? 0 : undefined,
      source: revalidate ? 'explicit' : 'heuristic',
      note: revalidate ? 'Stored, but revalidated before each reuse (no-cache).' : `${x.status} may be stored with heuristic freshness (RFC 9111 §4.2.2).`,
    }
  }
  if (isPrivate || revalidate)
    return {
      storable: true,
      shared,
      freshness: 0,
      source: 'explicit',
      note: 'Stored, but revalidated before each reuse.',
    }
  return not(`No explicit freshness, and ${x.status} is not heuristically cacheable.`)
}
