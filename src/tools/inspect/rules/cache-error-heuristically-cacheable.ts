import type { Rule } from '../rule.js'

/**
 * 404, 405, 410, 414, 451 and 501 are heuristically cacheable (RFC 9110 §15.1,
 * RFC 7725 §3): without Cache-Control or Expires a cache or CDN may store and replay them
 * for later GET and HEAD requests (responses to other methods are not reused, RFC 9111 §3).
 */
export const cacheErrorHeuristicallyCacheable: Rule = {
  id: 'cache.error-heuristically-cacheable-without-cache-control',
  severity: 'warning',
  reference: 'RFC 9111 §4.2.2; RFC 9110 §15.1',
  hint: 'Send `Cache-Control: no-store`.',
  check: (x) =>
    x.status >= 400 &&
    (x.method === 'GET' || x.method === 'HEAD') &&
    !!x.info?.heuristicallyCacheable &&
    !('cache-control' in x.headers) &&
    !('expires' in x.headers) &&
    `${x.status} is heuristically cacheable and has no Cache-Control: caches may store it.`,
}
