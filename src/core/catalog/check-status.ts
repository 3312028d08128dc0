import { isStatusInRange } from './status-range.js'

function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}" (a string)`
  if (typeof value === 'number') return String(value)
  if (value === null) return 'null'
  if (typeof value === 'bigint') return `${value}n (a bigint)`
  return `a value of type ${typeof value}`
}

/**
 * Checks that `value` is an integer from 100 to 599 (RFC 9110 §15: "Values outside the
 * range 100..599 are invalid") and returns it. Internal; the public functions that
 * take a status call it so they all fail with the same message.
 *
 * @throws RangeError naming the parameter, the value received and the allowed range.
 */
export function checkStatus(value: unknown, parameter = 'status'): number {
  if (isStatusInRange(value)) return value
  throw new RangeError(
    `Invalid HTTP status for \`${parameter}\`: received ${describe(value)}; expected an integer from 100 to 599 (RFC 9110 §15).`,
  )
}
