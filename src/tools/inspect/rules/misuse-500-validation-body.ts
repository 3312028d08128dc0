import type { Rule } from '../rule.js'

const VALIDATION =
  /validat|invalid[ _-]?(param|input|field|argument)|is required|must be (a|an|one of|at least|at most)\b/i
const VALIDATION_MEMBERS = [
  'errors',
  'invalid-params',
  'invalidParams',
  'violations',
  'validationErrors',
  'fieldErrors',
]

function looksLikeValidation(json: unknown, text: string | undefined): boolean {
  if (typeof json === 'object' && json !== null && !Array.isArray(json)) {
    const body = json as Record<string, unknown>
    if (VALIDATION_MEMBERS.some((name) => Array.isArray(body[name]) && (body[name] as unknown[]).length > 0))
      return true
    return ['type', 'title', 'detail', 'message', 'error', 'name'].some(
      (name) => typeof body[name] === 'string' && VALIDATION.test(body[name])
    )
  }
  return text !== undefined && VALIDATION.test(text.slice(0, 2000))
}

/**
 * A 500 for invalid input says "server fault": it triggers retries and pages on-call for
 * a client mistake (RFC 9110 §15.6.1, §15.5.1, §15.5.21).
 */
export const misuse500ValidationBody: Rule = {
  id: 'misuse.500-validation-body',
  severity: 'info',
  reference: 'RFC 9110 §15.6.1, §15.5.1, §15.5.21',
  hint: 'Answer invalid input with 400 or 422, conflicts with 409.',
  check: (x) =>
    x.status === 500 && looksLikeValidation(x.json, x.text) && '500 with a body describing a validation error.',
}
