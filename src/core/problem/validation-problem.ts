import { badRequest, unprocessableContent } from './builders/client-errors.js'
import type { HttpProblem } from './http-problem.js'
import type { ProblemOptions } from './problem-options.js'
import { errorsFromIssues, type IssueMappingOptions } from './errors-from-issues.js'
import type { StandardSchemaV1 } from './standard-schema.js'

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
  /**
   * JSON Pointer (RFC 6901) to the member in the request body, in URI fragment form
   * (RFC 6901 §6, percent-encoded), e.g. `#/age`, `#/items/0/qty`.
   */
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
 * Options of `validationProblem.fromIssues()`: those of `validationProblem()` plus how
 * issues become entries.
 *
 * @example
 * ```ts
 * import { validationProblem, type FromIssuesOptions } from 'statuskit'
 * const options: FromIssuesOptions<422> = { status: 422, location: 'body' }
 * throw validationProblem.fromIssues([{ message: 'Required', path: ['name'] }], options)
 * ```
 */
export interface FromIssuesOptions<TStatus extends 400 | 422 = 400 | 422>
  extends ValidationProblemOptions<TStatus>,
    IssueMappingOptions {}

/**
 * `validationProblem`: a function that builds a validation problem from `{ detail,
 * pointer }` entries, with `fromIssues()` for the issues of any Standard Schema library.
 *
 * @example
 * ```ts
 * import { validationProblem } from 'statuskit'
 * throw validationProblem([{ detail: 'must be a positive integer', pointer: '#/age' }])
 * ```
 */
export interface ValidationProblemBuilder {
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
  <TStatus extends 400 | 422 = 400>(
    errors: readonly ValidationIssue[],
    options?: ValidationProblemOptions<TStatus>,
  ): HttpProblem<TStatus, ValidationExtensions>
  /**
   * Builds the validation problem for the issues of a failed Standard Schema validation
   * (zod, valibot, arktype, ...): each issue becomes `{ detail, pointer }` with the path
   * as a JSON Pointer in fragment form (RFC 6901: `~0`, `~1`, array indices, then
   * percent-encoded, `#/items/0/qty`); path segments may be keys or `{ key }`. Only the
   * message and the path are copied, never the rejected value: where an issue carries it
   * (valibot, arktype, zod's `reportInput`), a message that quotes it gets `<redacted>`
   * instead. At most 100 issues, each `detail` at most 500 characters.
   *
   * @param issues - `result.issues` of a failed `schema['~standard'].validate(value)`.
   * @param options - `status` (400 or 422), `location` (`'body'`, `'query'`, `'header'`),
   * `issueDetail` and every option of `validationProblem()`.
   * @returns A 400 (or 422) {@link HttpProblem} with the `errors` extension.
   * @throws TypeError when `issues` is not an array or `extensions.errors` is set.
   * @throws RangeError when `status` is not 400 or 422.
   *
   * @example
   * ```ts
   * import { validationProblem } from 'statuskit'
   * import * as z from 'zod'
   * const Order = z.object({ quantity: z.number().int().positive() })
   * const result = Order['~standard'].validate(await request.json())
   * if (result instanceof Promise) throw new TypeError('Order is synchronous')
   * if (result.issues) throw validationProblem.fromIssues(result.issues, { status: 422 })
   * ```
   * @see {@link https://www.rfc-editor.org/rfc/rfc9457#section-3 | RFC 9457 §3}
   * @see {@link https://www.rfc-editor.org/rfc/rfc6901#section-6 | RFC 6901 §6}
   */
  fromIssues<TStatus extends 400 | 422 = 400>(
    issues: readonly StandardSchemaV1.Issue[],
    options?: FromIssuesOptions<TStatus>,
  ): HttpProblem<TStatus, ValidationExtensions>
}

function buildValidationProblem<TStatus extends 400 | 422 = 400>(
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
  // The two builders hold the titles (the catalog's phrases), so no phrase table is bundled.
  const make = status === 400 ? badRequest : unprocessableContent
  return make(options?.detail, { ...options, extensions }) as HttpProblem<TStatus, ValidationExtensions>
}

function fromIssues<TStatus extends 400 | 422 = 400>(
  issues: readonly StandardSchemaV1.Issue[],
  options?: FromIssuesOptions<TStatus>,
): HttpProblem<TStatus, ValidationExtensions> {
  const errors = errorsFromIssues(issues, options)
  if (options === undefined) return buildValidationProblem(errors)
  const { location: _location, issueDetail: _issueDetail, ...rest } = options
  return buildValidationProblem(errors, rest)
}

/**
 * Builds a 400 (or 422) problem listing the invalid inputs in an `errors` extension
 * member (RFC 9457 §3's shape); `validationProblem.fromIssues()` builds it from Standard
 * Schema issues. See {@link ValidationProblemBuilder}.
 *
 * @example
 * ```ts
 * import { validationProblem } from 'statuskit'
 * throw validationProblem([{ detail: 'must be a positive integer', pointer: '#/age' }])
 * throw validationProblem.fromIssues([{ message: 'Required', path: ['profile', { key: 'color' }] }])
 * // errors: [{ detail: 'Required', pointer: '#/profile/color' }]
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9457#section-3 | RFC 9457 §3}
 */
export const validationProblem: ValidationProblemBuilder = /* @__PURE__ */ Object.assign(buildValidationProblem, { fromIssues })
