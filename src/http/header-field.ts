/**
 * What a field value may not contain (RFC 9110 §5.5: visible ASCII, space, tab and
 * obs-text bytes 0x80–0xFF only): CR, LF, NUL and the other control characters, and
 * anything above U+00FF, which Node refuses to send.
 */
export const FORBIDDEN_IN_HEADER_VALUE = /[^\t -~\x80-\xff]/

/**
 * Tells whether `name` is a valid header field name: a `token` (RFC 9110 §5.1, §5.6.2).
 * The runtime's own `Headers` checks it, as the Fetch standard says. Internal.
 */
export function isHeaderName(name: unknown): name is string {
  if (typeof name !== 'string') return false
  try {
    new Headers([[name, '']]) // throws a TypeError for a name that is not a token
    return true
  } catch {
    return false
  }
}

/**
 * Tells whether `value` may be sent as a header field value: a string without CR, LF,
 * NUL or other control characters (so user data cannot split the header block) and
 * without characters above U+00FF. Internal.
 */
export function isHeaderValue(value: unknown): value is string {
  return typeof value === 'string' && !FORBIDDEN_IN_HEADER_VALUE.test(value)
}
