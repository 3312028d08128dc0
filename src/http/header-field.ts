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

/**
 * Checks a header field and returns its name in lower case. Internal; used wherever a
 * header is set from user input (RFC 9110 §5.1, §5.5).
 *
 * @param name - The field name; must be a token.
 * @param value - The field value; must be a string without CR, LF or NUL.
 * @throws TypeError naming the header (the value is not quoted: it may hold user data).
 */
export function checkHeader(name: string, value: unknown): string {
  if (!HEADER_NAME.test(name) || typeof value != 'string' || FORBIDDEN_IN_HEADER_VALUE.test(value)) {
    throw new TypeError(`Invalid header ${JSON.stringify(name.slice(0, 40))}: expected a token, and a value without CR, LF or NUL.`)
  }
  return name.toLowerCase()
}
