import { deltaSeconds } from '../cache-control.js'
import type { Rule } from '../rule.js'

/**
 * 428, 429, 431 and 511 MUST NOT be stored by a cache (RFC 6585 §3–§6); explicit
 * freshness on them is a contradiction that shared caches may get wrong.
 */
export const cacheNeverStoreHasFreshness: Rule = {
  id: 'cache.never-store-has-freshness',
  severity: 'warning',
  reference: 'RFC 6585 §3, §4, §5, §6',
  hint: 'Send `Cache-Control: no-store` instead.',
  check: (x) => {
    if (!x.info?.final || !x.info.neverStore) return false
    const cc = x.cacheControl
    const expires = Date.parse(x.headers.expires ?? '')
    const date = Date.parse(x.headers.date ?? '')
    // Expires gives freshness only when it is later than Date, or than the time of receipt
    // without Date (RFC 9111 §4.2.1; the inspection's clock). An Expires in the past, or an
    // invalid one such as "0", means already stale (RFC 9111 §5.3): the usual way to say
    // "do not cache".
    const fresh =
      !!deltaSeconds(cc['max-age']) || !!deltaSeconds(cc['s-maxage']) || 'public' in cc || expires > (Number.isNaN(date) ? x.now : date)
    return fresh && `${x.status} must never be stored, yet it carries explicit freshness.`
  },
}
