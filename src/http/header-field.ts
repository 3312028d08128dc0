/**
 * A field name is a `token` (RFC 9110 §5.1, §5.6.2): one or more of `!#$%&'*+-.^_`|~`,
 * digits and ASCII letters.
 */
export const HEADER_NAME = /^[!#$%&'*+\-.^_`|~\w]+$/

/** CR, LF and NUL are never allowed in a field value (RFC 9110 §5.5). */
export const FORBIDDEN_IN_HEADER_VALUE = /[\r\n\0]/

/**
 * Tells whether `name` is a valid header field name (an RFC 9110 token). Internal.
 */
export function isHeaderName(name: unknown): name is string {
  return typeof name === 'string' && HEADER_NAME.test(name)
}

/**
 * Tells whether `value` may be sent as a header field value: a string without CR, LF or
 * NUL, so user data cannot split the header block. Internal.
 */
export function isHeaderValue(value: unknown): value is string {
  return typeof value === 'string' && !FORBIDDEN_IN_HEADER_VALUE.test(value)
}
