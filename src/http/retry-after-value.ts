/**
 * Formats a `Retry-After` field value (RFC 9110 §10.2.3): a whole number of seconds, or
 * an HTTP-date (IMF-fixdate, e.g. `Wed, 21 Oct 2026 07:28:00 GMT`). Internal; used by
 * the builders that take a `retryAfter` option.
 *
 * @param value - Seconds to wait (a non-negative integer) or the moment to retry at.
 * @param parameter - The parameter named in the error.
 * @returns The field value.
 * @throws RangeError for a negative, fractional or non-finite number, or an invalid Date.
 */
export function retryAfterValue(value: number | Date, parameter = 'retryAfter'): string {
  if (value instanceof Date) {
    if (!Number.isNaN(value.getTime())) return value.toUTCString()
  } else if (Number.isInteger(value) && value >= 0) {
    return String(value)
  }
  throw new RangeError(
    `Invalid \`${parameter}\`: received ${typeof value === 'number' ? value : value instanceof Date ? 'an invalid Date' : typeof value}; expected a non-negative integer of seconds or a valid Date.`,
  )
}
