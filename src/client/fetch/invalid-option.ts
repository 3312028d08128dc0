/**
 * Throws the error for an option or argument `parameter` that is not `expected`: a
 * `RangeError` for a number out of range, a `TypeError` for a value of the wrong type.
 * The message names the parameter and the value's type (a number is shown), never the
 * value itself. Internal.
 *
 * @param parameter - The option's name, e.g. `maxRetryAfterMs`.
 * @param value - What was given.
 * @param expected - What it must be, e.g. `a positive integer`.
 * @param range - Whether it is a number out of range (default: whether it is a number).
 */
export function invalidOption(parameter: string, value: unknown, expected: string, range = typeof value === 'number'): never {
  const message = `Invalid \`${parameter}\`: received ${describe(value)}; expected ${expected}.`
  throw range ? new RangeError(message) : new TypeError(message)
}

/** A number as itself, anything else by its kind: never the content of a string or object. */
function describe(value: unknown): string {
  if (typeof value === 'number') return String(value)
  if (value === null) return 'null'
  return typeof value
}
