import type { Rule } from '../rule.js'
import { missingRequired } from './required-header.js'

/** A 401 MUST carry a `WWW-Authenticate` challenge (RFC 9110 §15.5.2, §11.6.1). */
export const status401WithoutWwwAuthenticate: Rule = {
  id: 'status.401-without-www-authenticate',
  severity: 'error',
  reference: 'RFC 9110 §15.5.2',
  hint: 'Add `WWW-Authenticate: Bearer realm="api"`, or answer 403.',
  check: (x) => !!missingRequired(x, 'WWW-Authenticate') && `${x.status} without a WWW-Authenticate challenge.`,
}
