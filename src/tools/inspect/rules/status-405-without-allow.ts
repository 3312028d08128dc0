import type { Rule } from '../rule.js'
import { missingRequired } from './required-header.js'

/** A 405 MUST list the supported methods in `Allow` (RFC 9110 §15.5.6, §10.2.1). */
export const status405WithoutAllow: Rule = {
  id: 'status.405-without-allow',
  severity: 'error',
  reference: 'RFC 9110 §15.5.6',
  hint: 'Add `Allow: GET, HEAD` (the methods it supports).',
  check: (x) => !!missingRequired(x, 'Allow') && `${x.status} to ${x.method} without an Allow header.`,
}
