import type { Rule } from '../rule.js'

/** Members that say "this failed" inside a success body. */
function looksLikeError(json: unknown): boolean {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return false
  const body = json as Record<string, unknown>
  // A bare numeric `code` is often data ({"code":404,"phrase":"Not Found"}); with a message it is an error.
  const status = body.status ?? body.statusCode ?? ('message' in body ? body.code : undefined)
  return (
    body.ok === false ||
    body.success === false ||
    (typeof body.error === 'string' && body.error !== '') ||
    (typeof body.error === 'object' && body.error !== null) ||
    (typeof status === 'number' && status >= 400 && status <= 599)
  )
}

/**
 * A 200 whose body reports an error ("soft error") hides the failure from generic
 * clients, monitors and retries, and 200 is heuristically cacheable (RFC 9110 §15.3.1, §15.1).
 */
export const misuse200ErrorBody: Rule = {
  id: 'misuse.200-error-body',
  severity: 'info',
  reference: 'RFC 9110 §15.3.1, §15.5, §15.6',
  hint: 'Answer the 4xx or 5xx that fits, with a problem body.',
  check: (x) => x.status === 200 && looksLikeError(x.json) && '200 with a body that reports an error.',
}
