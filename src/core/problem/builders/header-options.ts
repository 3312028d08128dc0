import type { LeftOut } from '../../http/header-field.js'
import type { ProblemOptions } from '../problem-options.js'

/**
 * The options object of a builder called as `(options)` or `(detail, options)`; `{}`
 * when there is none (`null` counts as none). Never throws: a required option that is
 * missing is reported by {@link listValue}, which then gets `undefined`, and the problem
 * leaves its header out with a warning. Internal.
 *
 * @param required - The option the status requires, if any (documents the call site;
 *   the TypeScript signature of the builder is what requires it).
 */
export function optionsOf<TOptions extends ProblemOptions>(
  detailOrOptions: string | TOptions | undefined,
  maybeOptions: TOptions | undefined,
  required: string | undefined,
): Partial<TOptions> {
  void required
  const options = typeof detailOrOptions === 'object' && detailOrOptions !== null ? detailOrOptions : maybeOptions
  return typeof options === 'object' && options !== null ? options : {}
}

/**
 * A list header value (`Allow`, `Upgrade`, `WWW-Authenticate`): a string as is, an array
 * of strings joined with ", " (RFC 9110 §5.3). Never throws: anything else is a
 * {@link LeftOut} saying why, and the problem leaves the header out with a warning.
 * Internal.
 *
 * @param value - The option's value.
 * @param parameter - The option's name, for the warning.
 * @returns The field value, or why there is none.
 */
export function listValue(value: unknown, parameter: string): string | LeftOut {
  if (typeof value === 'string') return value
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(', ')
  return {
    leftOut:
      value === undefined
        ? `\`options.${parameter}\` is missing, and this status requires it`
        : `\`options.${parameter}\` is not a string or an array of strings`,
  }
}
