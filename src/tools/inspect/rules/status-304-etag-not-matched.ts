import type { Rule } from '../rule.js'

/** An entity tag without its weak prefix: If-None-Match uses the weak comparison (RFC 9110 §8.8.3.2). */
const opaque = (tag: string): string => tag.trim().replace(/^W\//, '')

/**
 * A 304 whose ETag is none of the tags the request's If-None-Match listed: the cache
 * would freshen a stored response that the server did not match (RFC 9110 §13.1.2,
 * §15.4.5; a 304 updates the stored response it was validated against).
 */
export const status304EtagNotMatched: Rule = {
  id: 'status.304-etag-not-matched',
  severity: 'warning',
  reference: 'RFC 9110 §13.1.2, §15.4.5',
  hint: 'Answer 304 only when the current ETag is in If-None-Match, and send that ETag.',
  check: (x) => {
    const ifNoneMatch = x.request['if-none-match']?.trim()
    const etag = x.headers.etag?.trim()
    if (x.status !== 304 || !ifNoneMatch || !etag || ifNoneMatch === '*') return false
    const listed = ifNoneMatch.split(',').map(opaque)
    return !listed.includes(opaque(etag)) && `304 with ETag ${etag.slice(0, 40)}, which If-None-Match did not list.`
  },
}
