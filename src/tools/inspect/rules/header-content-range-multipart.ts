import type { Rule } from '../rule.js'
import { presentForbidden } from './required-header.js'

/**
 * A multipart/byteranges 206 carries Content-Range in each part, never in the header
 * section (RFC 9110 §15.3.7.2 MUST NOT): the catalog's row for 206.
 */
export const headerContentRangeMultipart: Rule = {
  id: 'header.content-range-on-multipart',
  severity: 'error',
  reference: 'RFC 9110 §15.3.7.2',
  hint: 'Put Content-Range in each part only.',
  check: (x) => presentForbidden(x, ['Content-Range']) !== undefined && 'Multipart 206 with a top-level Content-Range.',
}
