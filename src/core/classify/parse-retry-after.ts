/** Month names as HTTP-dates write them (RFC 9110 §5.6.7), January first. */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
/**
 * IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`) and the obsolete RFC 850 form
 * (`Sunday, 06-Nov-94 08:49:37 GMT`) in one pattern: day, month, year, hour, minute,
 * second. The weekday name is not checked (it is redundant with the date).
 */
const GMT_DATE = /^[A-Z][a-z]{2,8}, (?<day>\d\d)(?<sep>[ -])(?<month>[A-Z][a-z]{2})\k<sep>(?<year>\d{4}|\d\d) (?<hour>\d\d):(?<minute>\d\d):(?<second>\d\d) GMT$/
/** The obsolete asctime form: `Sun Nov  6 08:49:37 1994`. */
const ASCTIME = /^[A-Z][a-z]{2} (?<month>[A-Z][a-z]{2}) (?<day>[ \d]\d) (?<hour>\d\d):(?<minute>\d\d):(?<second>\d\d) (?<year>\d{4})$/

/**
 * Largest delay-seconds value honoured: 2^31 seconds (about 68 years). Longer values
 * (20-digit numbers, `99999999999`) are capped to it instead of being ignored, so a
 * caller still sees "wait far too long" rather than "no hint"; RFC 9111 §1.2.2 caps
 * delta-seconds the same way.
 */
const MAX_DELAY_SECONDS = 2 ** 31

/** Milliseconds since the epoch of an HTTP-date, or `NaN` when `value` is not one. */
function parseHttpDate(value: string, now: number): number {
  // Both patterns name the same parts.
  const parts = (GMT_DATE.exec(value) ?? ASCTIME.exec(value))?.groups
  if (!parts) return NaN
  const day = Number(parts.day)
  const hour = Number(parts.hour)
  const minute = Number(parts.minute)
  const second = Number(parts.second)
  let year = Number(parts.year)
  if (parts.year?.length === 2) {
    // RFC 850 two-digit year (RFC 9110 §5.6.7): more than 50 years ahead means the past century.
    const thisYear = new Date(now).getUTCFullYear()
    year += thisYear - (thisYear % 100)
    if (year > thisYear + 50) year -= 100
  }
  const month = MONTHS.indexOf(parts.month ?? '')
  const time = Date.UTC(year, month, day, hour, minute, second)
  // Date.UTC carries over out-of-range parts (31 Feb is 3 Mar): such a date is no date.
  const valid = month >= 0 && new Date(time).getUTCDate() === day && hour < 24 && minute < 60 && second < 61
  return valid ? time : NaN
}

/**
 * Reads a `Retry-After` value (RFC 9110 §10.2.3) as a delay in milliseconds. Accepts
 * `delay-seconds` (`1*DIGIT`, so no sign, decimals or exponents), IMF-fixdate and the
 * obsolete RFC 850 and asctime date forms, which recipients must still accept
 * (RFC 9110 §5.6.7). A date in the past gives 0.
 *
 * Never throws and never returns `NaN`. Anything else (garbage, `-5`, `1.5`, `Infinity`,
 * `1e400`, impossible dates, hostile objects such as Proxies whose traps throw) gives
 * `undefined`: ignore the hint. A `now` that is no usable clock means `Date.now()`. Delay-seconds above
 * 2^31 (20-digit numbers) are capped at 2^31 s, so the caller still sees an
 * over-long wait. A number is read as delay-seconds; an array (Node's repeated fields)
 * gives the longest valid wait in it, so a client never retries sooner than asked.
 *
 * @param value - The header value: string, `string[]`, number, or anything else.
 * @param now - The current time (ms since the epoch, or a `Date`) for date forms.
 *   Defaults to `Date.now()`.
 * @returns Milliseconds to wait (0 or more), or `undefined` when `value` is not valid.
 *
 * @example
 * ```ts
 * import { parseRetryAfter } from 'statuskit'
 * parseRetryAfter('120') // 120000
 * const now = Date.parse('2026-01-01T00:00:00Z')
 * parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now) // 30000
 * parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now) // 0: already past
 * parseRetryAfter('soon') // undefined
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3 | RFC 9110 §10.2.3}
 */
export function parseRetryAfter(value: unknown, now?: number | Date): number | undefined {
  try {
    if (Array.isArray(value)) {
      // Repeated fields (Node's string[]): honour the longest valid wait.
      let longest = -1
      for (const item of value as unknown[]) {
        const ms = typeof item === 'string' ? parseRetryAfterText(item.trim(), now) : undefined
        longest = Math.max(longest, ms ?? -1)
      }
      return longest < 0 ? undefined : longest
    }
    // A number is read as its decimal form: 5 → "5"; -5, 1.5, NaN, Infinity are invalid.
    return typeof value === 'number' || typeof value === 'string' ? parseRetryAfterText(String(value).trim(), now) : undefined
  } catch {
    // A hostile array (a Proxy whose traps throw, a revoked Proxy): no usable hint.
    return undefined
  }
}

/**
 * {@link parseRetryAfter} for one trimmed string; what {@link classifyRetry} uses, as
 * header values arrive trimmed. Internal.
 *
 * @param text - A trimmed field value, or `undefined`.
 * @param now - The clock for date forms.
 * @returns Milliseconds, or `undefined` when `text` is not a valid Retry-After value.
 */
export function parseRetryAfterText(text: string | undefined, now?: number | Date): number | undefined {
  if (text === undefined) return undefined
  if (/^\d+$/.test(text)) return Math.min(Number(text), MAX_DELAY_SECONDS) * 1000
  let clock: unknown = now
  try {
    if (now instanceof Date) clock = now.getTime()
  } catch {
    // a Proxy whose getPrototypeOf trap throws: not a usable clock
  }
  const current = typeof clock === 'number' && Number.isFinite(clock) ? clock : Date.now()
  const date = parseHttpDate(text, current)
  return Number.isNaN(date) ? undefined : Math.max(0, date - current)
}
