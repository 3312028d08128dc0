import type { Rule } from '../rule.js'

/** Members that say "this failed" inside a success body. */
function looksLikeError(json: unknown): boolean {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return false
  const body = json as Record<string, unknown>
  const status = body.status ?? body.statusCode ?? body.code
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
  hint: 'Answer with the 4xx or 5xx that fits and an application/problem+json body, not an error object in a 200.',
  check: (x) => x.status === 200 && looksLikeError(x.json) && '200 with a body that reports an error.',
}
