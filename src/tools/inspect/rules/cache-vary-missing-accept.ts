import { cacheability } from '../cacheability.js'
import type { Rule } from '../rule.js'

/**
 * A response a shared cache may store (explicitly or heuristically, as the summary says),
 * to a request with a specific Accept, without `Vary: Accept`: if the body depends on
 * Accept, a cache serves one format to clients that asked for another (RFC 9110 §12.5.5,
 * RFC 9111 §4.1). The inspector cannot see whether the server negotiated, so this is
 * info, and a browser's navigation Accept (`text/html,…`) is not taken as a sign of it.
 */
export const cacheVaryMissingAccept: Rule = {
  id: 'cache.vary-missing-accept',
  severity: 'info',
  reference: 'RFC 9110 §12.5.5; RFC 9111 §4.1',
  hint: 'If the body depends on Accept, add `Vary: Accept`.',
  check: (x) => {
    const accept = x.request.accept?.trim()
    const vary = (x.headers.vary ?? '').toLowerCase().split(',').map((v) => v.trim())
    const cache = cacheability(x, 0)
    return (
      cache.shared &&
      !!accept &&
      accept !== '*/*' &&
      !accept.includes('text/html') &&
      !vary.includes('accept') &&
      !vary.includes('*') &&
      `Shared-cacheable ${x.status} without Vary: Accept.`
    )
  },
}
