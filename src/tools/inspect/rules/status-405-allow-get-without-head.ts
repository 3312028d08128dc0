import type { Rule } from '../rule.js'
import { readAllowedMethods } from './status-405-allow-includes-method.js'

/**
 * A 405 whose Allow lists GET but not HEAD: general-purpose servers MUST support HEAD
 * wherever they support GET (RFC 9110 §9.1, §9.3.2).
 */
export const status405AllowGetWithoutHead: Rule = {
  id: 'status.405-allow-get-without-head',
  severity: 'info',
  reference: 'RFC 9110 §9.1, §9.3.2',
  hint: 'Answer HEAD wherever GET is answered, and list both in Allow.',
  check: (x) => {
    const allowed = readAllowedMethods(x.headers.allow)
    return x.status === 405 && allowed.includes('GET') && !allowed.includes('HEAD') && '405 with Allow listing GET but not HEAD.'
  },
}
