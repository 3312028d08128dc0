import type { Rule } from '../rule.js'

/**
 * A 409 to GET or HEAD: a read does not change state, so it can hardly conflict with it
 * (RFC 9110 §15.5.10 expects conflicts mostly on PUT); the code is likely misused for a
 * missing or invalid resource (404, 400, 422).
 */
export const status409SafeMethod: Rule = {
  id: 'status.409-safe-method',
  severity: 'info',
  reference: 'RFC 9110 §15.5.10, §9.2.1',
  hint: 'Answer a read with 404, 400 or 422 as fits; keep 409 for writes that conflict with the state.',
  check: (x) => x.status === 409 && (x.method === 'GET' || x.method === 'HEAD') && `409 to ${x.method}.`,
}
