import type { Rule } from '../rule.js'

/**
 * A Content-Type on a 204: there is no content to describe (RFC 9110 §15.3.5, §8.3); it
 * is harmless, but usually means the handler meant to send a body that got dropped.
 */
export const headerContentTypeOn204: Rule = {
  id: 'header.content-type-on-204',
  severity: 'info',
  reference: 'RFC 9110 §15.3.5, §8.3',
  hint: 'Drop Content-Type from the 204, or answer 200 with the body the handler meant.',
  check: (x) => x.status === 204 && !!x.headers['content-type']?.trim() && `204 with Content-Type ${x.mediaType.slice(0, 40) || 'set'}.`,
}
