import type { Rule } from '../rule.js'

/** `public` lets shared caches store a 401/403 meant for one requester (RFC 9111 §5.2.2.9, §3.5). */
export const cachePublicOnAuthError: Rule = {
  id: 'cache.public-on-auth-error',
  severity: 'warning',
  reference: 'RFC 9111 §5.2.2.9, §3.5',
  hint: 'Send `Cache-Control: no-store` (or `private`) on 401 and 403.',
  check: (x) =>
    (x.status === 401 || x.status === 403) && 'public' in x.cacheControl && `${x.status} marked Cache-Control: public.`,
}
