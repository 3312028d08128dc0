import type { Rule } from '../rule.js'

/** A 204 ends at the header section: no content (RFC 9110 §15.3.5). */
export const bodyContentOn204: Rule = {
  id: 'body.content-on-204',
  severity: 'error',
  reference: 'RFC 9110 §15.3.5',
  hint: 'Drop the body, or answer 200 with it.',
  check: (x) => x.status === 204 && !!x.info?.noContent && x.hasContent && '204 carries content.',
}
