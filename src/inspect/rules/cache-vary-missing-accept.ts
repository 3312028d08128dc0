import type { Rule } from '../rule.js'

/**
 * A shared-cacheable response to a request that negotiated with Accept must list
 * `Accept` in `Vary`, or a cache serves one format to clients that asked for another
 * (RFC 9110 §12.5.5, RFC 9111 §4.1).
 */
export const cacheVaryMissingAccept: Rule = {
  id: 'cache.vary-missing-accept',
  severity: 'warning',
  reference: 'RFC 9110 §12.5.5; RFC 9111 §4.1',
  hint: 'Add `Vary: Accept` (the body depends on Accept), or make the response private.',
  check: (x) => {
    const accept = x.request.accept?.trim()
    const vary = (x.headers.vary ?? '')
      .toLowerCase()
      .split(',')
      .map((v) => v.trim())
    const shared = 'public' in x.cacheControl || 's-maxage' in x.cacheControl
    return (
      shared &&
      !!accept &&
      accept !== '*/*' &&
      !vary.includes('accept') &&
      !vary.includes('*') &&
      `Shared-cacheable ${x.status} negotiated on Accept (${accept.slice(0, 60)}) without Vary: Accept.`
    )
  },
}
