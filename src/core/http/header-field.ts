/**
 * What a field value may not contain (RFC 9110 §5.5: visible ASCII, space, tab and
 * obs-text bytes 0x80–0xFF only): CR, LF, NUL and the other control characters, and
 * anything above U+00FF, which Node refuses to send.
 */
const FORBIDDEN_IN_HEADER_VALUE = /[^\t -~\x80-\xff]/

/** A header field name: a `token` (RFC 9110 §5.6.2), one or more `tchar`. */
const TOKEN = /^[\w!#$%&'*+.^`|~-]+$/

/**
 * Tells whether `name` is a valid header field name: a `token` (RFC 9110 §5.1, §5.6.2),
 * the set the Fetch standard's `Headers` and Node's `setHeader` accept. Internal.
 */
export function isHeaderName(name: unknown): name is string {
  return typeof name === 'string' && TOKEN.test(name)
}

/**
 * Tells whether `value` may be sent as a header field value: a string without CR, LF,
 * NUL or other control characters (so user data cannot split the header block) and
 * without characters above U+00FF. Internal.
 */
export function isHeaderValue(value: unknown): value is string {
  return typeof value === 'string' && !FORBIDDEN_IN_HEADER_VALUE.test(value)
}

/**
 * A header value a builder could not make (a missing or invalid option), and why: the
 * problem leaves the header out and records `leftOut` in its `warnings`. Internal,
 * returned by the builders' helpers (`listValue`, `retryAfterValue`).
 */
export interface LeftOut {
  /** Why, naming the option and what it must be, never quoting the value. */
  readonly leftOut: string
}
