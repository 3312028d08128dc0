import type { LeftOut } from './header-field.js'

/**
 * Formats a `Retry-After` field value (RFC 9110 §10.2.3): a whole number of seconds, or
 * an HTTP-date (IMF-fixdate, e.g. `Wed, 21 Oct 2026 07:28:00 GMT`). Internal; used by
 * the builders that take a `retryAfter` option. Never throws.
 *
 * @param value - Seconds to wait (any finite non-negative number; a fraction is rounded
 *   up, so the client never comes back sooner than asked; capped at 2^31) or the moment to retry at.
 * @param parameter - The option's name, for the warning.
 * @returns The field value, or, for anything else (a negative or non-finite number, an
 *   invalid Date, a string), a {@link LeftOut}: the problem leaves the header out with a warning.
 */
export function retryAfterValue(value: unknown, parameter = 'retryAfter'): string | LeftOut {
  if (value instanceof Date) {
    if (!Number.isNaN(value.getTime())) return value.toUTCString()
  } else if (typeof value === 'number' && value >= 0 && value < Infinity) {
    // Capped at 2^31 s (about 68 years), as RFC 9111 §1.2.2 caps delta-seconds: a larger
    // number would print in exponent form, which is no delay-seconds.
    return String(Math.min(Math.ceil(value), 2 ** 31))
  }
  return { leftOut: `\`options.${parameter}\` is not a non-negative number of seconds or a valid Date` }
}
