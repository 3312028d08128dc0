import { parseRetryAfterText } from './parse-retry-after.js'
import { readHeader } from './read-header.js'

/** Millisecond hint fields: Azure `retry-after-ms` and `x-ms-retry-after-ms`. */
const MS_FIELDS = ['retry-after-ms', 'x-ms-retry-after-ms']

/**
 * The longest wait a response asks for, in ms, from `Retry-After` (seconds or
 * HTTP-date, RFC 9110 §10.2.3) and the millisecond fields `retry-after-ms` and
 * `x-ms-retry-after-ms` (`1*DIGIT`). Taking the longest keeps a client from retrying
 * sooner than any hint allows. Invalid values are ignored. Internal.
 *
 * @param headers - Response headers in any {@link HeadersLike} shape, or `undefined`.
 * @param now - The clock for HTTP-date values.
 * @returns Milliseconds, or `undefined` when no valid hint is present.
 */
export function readRetryHint(headers: unknown, now?: number | Date): number | undefined {
  let hint = parseRetryAfterText(readHeader(headers, 'retry-after'), now)
  for (const name of MS_FIELDS) {
    const text = readHeader(headers, name) ?? ''
    if (/^\d+$/.test(text)) hint = Math.max(hint ?? 0, Math.min(Number(text), 2 ** 31 * 1000))
  }
  return hint
}
