import type { Rule } from '../rule.js'

/**
 * The rule for a status whose response ends at the header section (the catalog's
 * `noContent`: 204, 205, 304) when the response carries content anyway. Internal: each
 * such rule is one call in its own file.
 *
 * @param id - The rule id.
 * @param status - The status it is about.
 * @param reference - The RFC section that forbids the content.
 * @param hint - What to do instead.
 */
export function contentOnEmptyStatus(id: string, status: number, reference: string, hint: string): Rule {
  return {
    id,
    severity: 'error',
    reference,
    hint,
    check: (x) => x.status === status && !!x.info?.noContent && x.hasContent && `${status} carries content.`,
  }
}
