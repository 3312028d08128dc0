import type { Rule } from '../rule.js'

/**
 * A 511 with a WWW-Authenticate challenge: the network, not the origin, asks for the
 * login, and the response SHOULD NOT carry a challenge (RFC 6585 §6), or clients answer
 * it with the origin's credentials.
 */
export const status511WithChallenge: Rule = {
  id: 'status.511-with-challenge',
  severity: 'warning',
  reference: 'RFC 6585 §6',
  hint: 'Drop WWW-Authenticate; link to the network login page in the body.',
  check: (x) => x.status === 511 && !!x.headers['www-authenticate']?.trim() && '511 with a WWW-Authenticate challenge.',
}
