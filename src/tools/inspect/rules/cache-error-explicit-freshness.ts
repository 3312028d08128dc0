import { deltaSeconds } from '../cache-control.js'
import type { Rule } from '../rule.js'

/**
 * Errors that describe a passing state of the server or the resource (a conflict, a
 * failed precondition, an outage, a timeout). 428, 429, 431 and 511 must never be stored
 * at all: `cache.never-store-has-freshness`.
 */
const TRANSIENT = [408, 409, 412, 422, 423, 425, 500, 502, 503, 504]

/**
 * Explicit freshness (max-age, s-maxage, public, a future Expires) on a transient error:
 * caches serve the error after the condition is gone (RFC 9111 §4.2.1, §5.2.2). A
 * lifetime no longer than the response's own Retry-After is consistent and not flagged.
 */
export const cacheErrorExplicitFreshness: Rule = {
  id: 'cache.error-explicit-freshness',
  severity: 'info',
  reference: 'RFC 9111 §4.2.1, §5.2.2.1',
  hint: 'Send `Cache-Control: no-store` on errors that pass; a CDN micro-cache can stay within Retry-After.',
  check: (x) => {
    if (!TRANSIENT.includes(x.status)) return false
    const cc = x.cacheControl
    if ('no-store' in cc || 'no-cache' in cc) return false
    const expires = Date.parse(x.headers.expires ?? '')
    const date = Date.parse(x.headers.date ?? '')
    const fromExpires = expires > date ? (expires - date) / 1000 : 0
    const lifetime = Math.max(deltaSeconds(cc['s-maxage']) ?? 0, deltaSeconds(cc['max-age']) ?? 0, fromExpires)
    const retryAfter = /^\d+$/.test(x.headers['retry-after']?.trim() ?? '') ? Number(x.headers['retry-after']) : 0
    if (lifetime > 0 && lifetime <= retryAfter) return false
    const stated = 'max-age' in cc || 's-maxage' in cc || !Number.isNaN(expires)
    return (lifetime > 0 || ('public' in cc && !stated)) && `${x.status} carries explicit freshness: caches repeat a passing error.`
  },
}
