import type { Rule } from '../rule.js'
import { missingRequired } from './required-header.js'

/** A 407 MUST carry a `Proxy-Authenticate` challenge (RFC 9110 §15.5.8). */
export const status407WithoutProxyAuthenticate: Rule = {
  id: 'status.407-without-proxy-authenticate',
  severity: 'error',
  reference: 'RFC 9110 §15.5.8',
  hint: 'Add a `Proxy-Authenticate` challenge for the proxy.',
  check: (x) => !!missingRequired(x, 'Proxy-Authenticate') && `${x.status} without a Proxy-Authenticate challenge.`,
}
