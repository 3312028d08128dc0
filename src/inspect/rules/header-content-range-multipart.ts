import type { Rule } from '../rule.js'

/**
 * A multipart/byteranges 206 carries Content-Range in each part, never in the header
 * section (RFC 9110 §15.3.7.2 MUST NOT).
 */
export const headerContentRangeMultipart: Rule = {
  id: 'header.content-range-on-multipart',
  severity: 'error',
  reference: 'RFC 9110 §15.3.7.2',
  hint: 'Put Content-Range in each part only.',
  check: (x) => x.mediaType === 'multipart/byteranges' && 'content-range' in x.headers && 'Multipart 206 with a top-level Content-Range.',
}
