import { PHRASES } from './phrases.js'
import type { StatusCode } from './status.js'

/**
 * Tells whether a value is one of the 64 codes in the IANA registry. Unregistered but
 * valid codes (471, 599) and vendor codes (499, 520) answer `false`.
 *
 * @param value - Anything.
 * @returns `true` when `value` is a registered status code.
 *
 * @example
 * ```ts
 * import { isStatusCode } from 'statuskit'
 * isStatusCode(409) // true
 * isStatusCode(499) // false: nginx log code
 * ```
 */
export function isStatusCode(value: unknown): value is StatusCode {
  return typeof value === 'number' && Number.isInteger(value) && PHRASES[value] !== undefined
}
