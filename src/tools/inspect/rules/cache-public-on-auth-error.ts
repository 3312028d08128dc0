import type { Rule } from '../rule.js'

/**
 * `public` or `s-maxage` lets shared caches store a 401/403 meant for one requester, even
 * one that carried Authorization (RFC 9111 §5.2.2.9, §5.2.2.10, §3.5). `max-age` alone
 * does not: a shared cache does not store it for a request with Authorization.
 */
export const cachePublicOnAuthError: Rule = {
  id: 'cache.public-on-auth-error',
  severity: 'warning',
  reference: 'RFC 9111 §5.2.2.9, §3.5',
  hint: 'Send `Cache-Control: no-store` (or `private`) on 401 and 403.',
  check: (x) => {
    if (x.status !== 401 && x.status !== 403) return false
    const directive = ['public', 's-maxage'].find((name) => name in x.cacheControl)
    return directive !== undefined && `${x.status} marked Cache-Control: ${directive}.`
  },
}
