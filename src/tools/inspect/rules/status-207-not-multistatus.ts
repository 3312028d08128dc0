import type { Rule } from '../rule.js'

/**
 * A 207 whose body is not a DAV:multistatus XML document: WebDAV clients read the
 * per-resource statuses from that element (RFC 4918 §13, §14.16) and find nothing in JSON
 * or HTML. Info: RFC 4918 calls XML the "default" body, and some JSON APIs use 207 for
 * batches.
 */
export const status207NotMultistatus: Rule = {
  id: 'status.207-not-multistatus',
  severity: 'info',
  reference: 'RFC 4918 §13, §14.16',
  hint: 'Send `Content-Type: application/xml` with a DAV:multistatus root, or answer 200 with JSON.',
  check: (x) => {
    if (x.status !== 207) return false
    const xml = x.mediaType === 'application/xml' || x.mediaType === 'text/xml' || x.mediaType.endsWith('+xml')
    if (!xml) return `207 served as ${x.mediaType.slice(0, 40) || 'no media type'}, not a multistatus XML body.`
    // A cut body may hold its root later; only a complete one proves the element missing.
    return !x.cut && x.text !== undefined && !/<(?:[\w.-]+:)?multistatus[\s>/]/.test(x.text) && '207 XML body without a multistatus element.'
  },
}
