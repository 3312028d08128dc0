import { statusText } from '../catalog/status-text.js'
import { build } from './builders/build.js'
import type { HttpProblem } from './http-problem.js'
import type { ProblemOptions } from './problem-options.js'

/**
 * One invalid input, as in the `errors` member of RFC 9457 §3's validation example.
 * Name where it is with `pointer` (a JSON Pointer into the body, usually in URI fragment
 * form: `#/age`), or with `parameter` (query) or `header`.
 *
 * @example
 * ```ts
 * import type { ValidationIssue } from 'statuskit'
 * const issue: ValidationIssue = { detail: 'must be a positive integer', pointer: '#/age' }
 * ```
 */
export interface ValidationIssue {
  /** What is wrong with this input. */
  readonly detail: string
  /** JSON Pointer (RFC 6901) to the member in the request body, e.g. `#/age`. */
  readonly pointer?: string | undefined
  /** Name of the query parameter. */
  readonly parameter?: string | undefined
  /** Name of the request header. */
  readonly header?: string | undefined
}

/**
 * The extension members of a validation problem.
 *
 * @example
 * ```ts
 * import { validationProblem, type ValidationExtensions } from 'statuskit'
 * const ext: ValidationExtensions = validationProblem([{ detail: 'required', pointer: '#/name' }]).extensions
 * ```
 */
export type ValidationExtensions = {
  /** The invalid inputs, one entry each (RFC 9457 §3). */
  readonly errors: readonly ValidationIssue[]
}

/**
 * Options of `validationProblem()`.
 *
 * @example
 * ```ts
 * import { validationProblem, type ValidationProblemOptions } from 'statuskit'
 * const options: ValidationProblemOptions<422> = { status: 422, detail: 'The order is not valid.' }
 * throw validationProblem([{ detail: 'must be positive', pointer: '#/quantity' }], options)
 * ```
 */
export interface ValidationProblemOptions<TStatus extends 400 | 422 = 400 | 422> extends ProblemOptions {
  /**
   * 400 (the request is malformed) or 422 (well-formed but semantically invalid).
   * @default 400
   */
  readonly status?: TStatus | undefined
  /** Explanation of this occurrence as a whole. */
  readonly detail?: string | undefined
}

const KEYS = ['detail', 'pointer', 'parameter', 'header'] as const

function issue(value: unknown, index: number): ValidationIssue {
  const copy: Record<string, string> = {}
  for (const key of KEYS) {
    const member = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined
    if (typeof member === 'string') copy[key] = member
    else if (member !== undefined || key === 'detail') {
      throw new TypeError(`Invalid \`errors[${index}].${key}\`: expected a string.`)
    }
  }
  return Object.freeze(copy) as unknown as ValidationIssue
}

/**
 * Builds a 400 (or 422) problem listing the invalid inputs in an `errors` extension
 * member, the shape of RFC 9457 §3's example: `errors: [{ detail, pointer }]`. Each issue
 * is copied (only `detail`, `pointer`, `parameter`, `header`).
 *
 * @param errors - The invalid inputs.
 * @param options - `status` (400 or 422), `detail`, `type`, `title`, `instance`, headers,
 * `cause` and further extension members (not `errors`).
 * @returns An {@link HttpProblem} with the `errors` extension.
 * @throws TypeError when an issue has no string `detail`, `errors` is not an array, or
 * `extensions.errors` is set.
 * @throws RangeError when `status` is not 400 or 422.
 *
 * @example
 * ```ts
 * import { validationProblem } from 'statuskit'
 * throw validationProblem([
 *   { detail: 'must be a positive integer', pointer: '#/age' },
 *   { detail: "must be 'green', 'red' or 'blue'", pointer: '#/profile/color' },
 * ])
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9457#section-3 | RFC 9457 §3}
 */
export function validationProblem<TStatus extends 400 | 422 = 400>(
  errors: readonly ValidationIssue[],
  options?: ValidationProblemOptions<TStatus>,
): HttpProblem<TStatus, ValidationExtensions> {
  if (!Array.isArray(errors)) throw new TypeError('Invalid `errors`: expected an array of { detail, pointer }.')
  const status = options?.status ?? 400
  if (status !== 400 && status !== 422) {
    throw new RangeError(`Invalid \`options.status\`: received ${String(status)}; expected 400 or 422.`)
  }
  if (options?.extensions !== undefined && Object.hasOwn(options.extensions, 'errors')) {
    throw new TypeError('Invalid `options.extensions.errors`: validationProblem() sets `errors` itself.')
  }
  const extensions = { ...options?.extensions, errors: Object.freeze(errors.map(issue)) }
  return build(status, statusText(status), options?.detail, { ...options, extensions }) as HttpProblem<TStatus, ValidationExtensions>
}
