import type { Rule } from '../rule.js'

/**
 * A 301 or 302 to a method other than GET or HEAD: user agents may (and browsers do, for
 * POST) repeat the request as a GET (RFC 9110 §15.4.2, §15.4.3 notes). 307 and 308 keep
 * the method; 303 says "fetch the result with GET".
 */
export const status3xxMethodMayChange: Rule = {
  id: 'status.3xx-method-may-change',
  severity: 'info',
  reference: 'RFC 9110 §15.4.2, §15.4.3',
  hint: 'Use 307 or 308 to keep the method, or 303 to send the client to the result with GET.',
  check: (x) =>
    (x.status === 301 || x.status === 302) &&
    x.method !== 'GET' &&
    x.method !== 'HEAD' &&
    `${x.status} to ${x.method.slice(0, 20)}: clients may repeat it as a GET.`,
}
