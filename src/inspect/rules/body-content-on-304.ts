import type { Rule } from '../rule.js'

/** A 304 cannot contain content; the client reuses its stored copy (RFC 9110 §15.4.5). */
export const bodyContentOn304: Rule = {
  id: 'body.content-on-304',
  severity: 'error',
  reference: 'RFC 9110 §15.4.5',
  hint: 'Send 304 without a body, or 200 with it.',
  check: (x) => x.status === 304 && !!x.info?.noContent && x.hasContent && '304 carries content.',
}
