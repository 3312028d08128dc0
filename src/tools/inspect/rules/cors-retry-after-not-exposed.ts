import type { Rule } from '../rule.js'

/**
 * Retry-After is not a CORS-safelisted response header: a browser script making a
 * cross-origin request cannot read it unless Access-Control-Expose-Headers lists it
 * (WHATWG Fetch, CORS protocol). Only for a response the script can read at all: one
 * that passes the CORS check with `Access-Control-Allow-Origin` (else it sees a network
 * error, and exposing headers does not help). The rule needs the request's `Origin`:
 * `statuskit inspect -H 'Origin: …'`.
 */
export const corsRetryAfterNotExposed: Rule = {
  id: 'cors.retry-after-not-exposed',
  severity: 'warning',
  reference: 'WHATWG Fetch §3.2.3 (Access-Control-Expose-Headers)',
  hint: 'Add `Access-Control-Expose-Headers: Retry-After`.',
  check: (x) => {
    const origin = x.request.origin
    const allowed = x.headers['access-control-allow-origin']
    if (!origin || x.status < 400 || !('retry-after' in x.headers) || (allowed !== '*' && allowed !== origin)) return false
    try {
      if (new URL(x.url).origin === origin) return false
    } catch {
      // No parsable URL: treat the Origin header as cross-origin.
    }
    const exposed = (x.headers['access-control-expose-headers'] ?? '')
      .toLowerCase()
      .split(',')
      .map((v) => v.trim())
    const star = exposed.includes('*') && x.headers['access-control-allow-credentials'] !== 'true'
    return (
      !star &&
      !exposed.includes('retry-after') &&
      `Cross-origin ${x.status} carries Retry-After that scripts cannot read.`
    )
  },
}
