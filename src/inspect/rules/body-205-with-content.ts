import type { Rule } from '../rule.js'

/** The server MUST NOT generate content in a 205 (RFC 9110 §15.3.6). */
export const body205WithContent: Rule = {
  id: 'body.205-with-content',
  severity: 'error',
  reference: 'RFC 9110 §15.3.6',
  hint: 'Send 205 with no body and `Content-Length: 0`.',
  check: (x) => x.status === 205 && !!x.info?.noContent && x.hasContent && '205 carries content.',
}
