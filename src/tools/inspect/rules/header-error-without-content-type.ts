import type { Rule } from '../rule.js'

/** Content SHOULD be labelled with Content-Type; unlabelled error bodies get sniffed (RFC 9110 §8.3). */
export const headerErrorWithoutContentType: Rule = {
  id: 'header.error-without-content-type',
  severity: 'warning',
  reference: 'RFC 9110 §8.3',
  hint: 'Label the error body, e.g. `Content-Type: application/problem+json`.',
  check: (x) => x.status >= 400 && x.hasContent && !x.mediaType && `${x.status} body without Content-Type.`,
}
