import type { Rule } from '../rule.js'

/**
 * A 203 that still carries `Cache-Control: no-transform`: the origin forbade
 * intermediaries to transform the content (RFC 9111 §5.2.2.6 MUST NOT), yet a proxy says
 * it did (RFC 9110 §15.3.4, §7.7).
 */
export const status203DespiteNoTransform: Rule = {
  id: 'status.203-despite-no-transform',
  severity: 'error',
  reference: 'RFC 9111 §5.2.2.6; RFC 9110 §15.3.4, §7.7',
  hint: 'Forward the response unchanged (the origin said no-transform) and keep its status.',
  check: (x) => x.status === 203 && 'no-transform' in x.cacheControl && '203 with Cache-Control: no-transform: a proxy transformed what the origin protected.',
}
