import { checkStatus } from './check-status.js'
import type { StatusClass } from './status.js'

/**
 * The class of a status (RFC 9110 §15): `'1xx'` informational, `'2xx'` successful,
 * `'3xx'` redirection, `'4xx'` client error, `'5xx'` server error.
 *
 * @param code - An integer from 100 to 599, registered or not.
 * @returns The class.
 * @throws RangeError when `code` is not an integer from 100 to 599.
 *
 * @example
 * ```ts
 * import { statusClass } from 'statuskit'
 * statusClass(409) // '4xx'
 * statusClass(599) // '5xx'
 * ```
 */
export function statusClass(code: number): StatusClass {
  return `${Math.floor(checkStatus(code, 'code') / 100)}xx` as StatusClass
}
