import type { ProblemOptions } from '../problem-options.js'

/**
 * The options object of a builder called as `(options)` or `(detail, options)`. Internal.
 *
 * @throws TypeError when `required` and no options object was given.
 */
export function optionsOf<TOptions extends ProblemOptions>(
  detailOrOptions: string | TOptions | undefined,
  maybeOptions: TOptions | undefined,
  required: string | undefined,
): Partial<TOptions> {
  const options = typeof detailOrOptions === 'object' && detailOrOptions !== null ? detailOrOptions : maybeOptions
  if (typeof options === 'object' && options !== null) return options
  if (required !== undefined) throw new TypeError(`Missing \`options.${required}\`: this status requires it.`)
  return {}
}

/**
 * A list header value (`Allow`, `Upgrade`, `WWW-Authenticate`): a string as is, an array
 * joined with ", " (RFC 9110 §5.3). Internal.
 *
 * @throws TypeError when the value is neither a string nor an array of strings.
 */
export function listValue(value: unknown, parameter: string): string {
  if (typeof value === 'string') return value
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(', ')
  throw new TypeError(`Invalid \`options.${parameter}\`: expected a string or an array of strings.`)
}
