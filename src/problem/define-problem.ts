import type { ErrorStatus } from '../catalog/status.js'
import { build } from './builders/build.js'
import type { HttpProblem } from './http-problem.js'
import { isHttpProblem } from './is-http-problem.js'
import { isPlainObject } from './json-value.js'
import type { ParsedProblem } from './parse-problem.js'
import type { ProblemDocument } from './problem-document.js'
import type { ProblemExtensions, ProblemOptions } from './problem-options.js'

/**
 * What `defineProblem()` needs: the type URI, its status and its title.
 *
 * @example
 * ```ts
 * import type { ProblemDefinition } from 'statuskit'
 * const definition: ProblemDefinition<409> = {
 *   type: 'https://example.com/probs/version-conflict',
 *   status: 409,
 *   title: 'Version conflict',
 * }
 * ```
 */
export interface ProblemDefinition<TStatus extends ErrorStatus = ErrorStatus> {
  /** Absolute URI identifying the problem type (RFC 9457 §3.1.1, §4). */
  readonly type: string
  /** The status every occurrence has. */
  readonly status: TStatus
  /** Short summary of the problem type, the same for every occurrence (RFC 9457 §3.1.3). */
  readonly title: string
}

/**
 * Options of a defined problem's factory: {@link ProblemOptions} without `type` and
 * `title` (fixed by the definition), with `extensions` typed (required when the type
 * declares members).
 *
 * @example
 * ```ts
 * import type { DefinedProblemOptions } from 'statuskit'
 * const options: DefinedProblemOptions<{ currentVersion: number }> = { extensions: { currentVersion: 8 } }
 * ```
 */
export type DefinedProblemOptions<TExtensions extends ProblemExtensions> = Omit<
  ProblemOptions,
  'type' | 'title' | 'extensions'
> &
  (Record<never, never> extends TExtensions
    ? {
        /** Extension members of this problem type (all optional in its definition). */
        readonly extensions?: TExtensions | undefined
      }
    : {
        /** Extension members of this problem type, typed by its definition. */
        readonly extensions: TExtensions
      })

/**
 * Anything a defined problem's `.is()` recognises: an instance, a {@link ParsedProblem}
 * or a raw problem document with that type. Extension members of parsed or raw bodies
 * are `Partial`: they came from the network, check them before use.
 *
 * @example
 * ```ts
 * import type { ProblemMatch } from 'statuskit'
 * type VersionConflictMatch = ProblemMatch<409, { currentVersion: number }>
 * ```
 */
export type ProblemMatch<TStatus extends ErrorStatus, TExtensions extends ProblemExtensions> =
  | HttpProblem<TStatus, TExtensions>
  | (ParsedProblem & {
      /** The extension members, each possibly missing from a received body. */
      readonly extensions: Readonly<Partial<TExtensions>>
    })
  | (ProblemDocument & Partial<TExtensions>)

/**
 * A factory for one problem type, made by `defineProblem()`: call it as
 * `factory(options)` or `factory(detail, options)`.
 *
 * @example
 * ```ts
 * import { defineProblem, type ProblemFactory } from 'statuskit'
 * const outOfCredit: ProblemFactory<403, { balance: number }> = defineProblem<{ balance: number }, 403>({
 *   type: 'https://example.com/probs/out-of-credit',
 *   status: 403,
 *   title: 'You do not have enough credit.',
 * })
 * ```
 */
export interface ProblemFactory<TStatus extends ErrorStatus, TExtensions extends ProblemExtensions> {
  /** Builds one occurrence. */
  (
    ...args: Record<never, never> extends TExtensions
      ? [options?: DefinedProblemOptions<TExtensions>] | [detail: string | undefined, options?: DefinedProblemOptions<TExtensions>]
      : [options: DefinedProblemOptions<TExtensions>] | [detail: string | undefined, options: DefinedProblemOptions<TExtensions>]
  ): HttpProblem<TStatus, TExtensions>
  /** The problem type URI. */
  readonly type: string
  /** The status of every occurrence. */
  readonly status: TStatus
  /** The title of every occurrence. */
  readonly title: string
  /**
   * Tells whether `value` is an occurrence of this type: an `HttpProblem` (on the server)
   * or a parsed body (`parseProblem()` result or a plain object) whose `type` is this URI.
   * Never throws.
   */
  is(value: unknown): value is ProblemMatch<TStatus, TExtensions>
}

/**
 * Declares one problem type once, for both sides: the server builds occurrences with the
 * factory, the client recognises them with `.is()`. Give the extension members as the
 * first type argument (a `type` alias, not an `interface`: it must have an index
 * signature) and the status as the second to keep its literal type; a missing or mistyped
 * member is then a compile error. Extension names follow the same rules as everywhere:
 * no standard member names, no `__proto__` / `constructor` / `prototype`.
 *
 * @param definition - `type` (an absolute URI), `status` and `title`.
 * @returns A {@link ProblemFactory} with `.is()`, `.type`, `.status` and `.title`.
 * @throws TypeError when `type` or `title` is not a non-empty string.
 * @throws RangeError when `status` is not an integer from 400 to 599.
 *
 * @example
 * ```ts
 * import { defineProblem, parseProblem } from 'statuskit'
 * const versionConflict = defineProblem<{ currentVersion: number; yourVersion: number }, 409>({
 *   type: 'https://example.com/probs/version-conflict',
 *   status: 409,
 *   title: 'Version conflict',
 * })
 * throw versionConflict('Order 7 is at version 8.', { extensions: { currentVersion: 8, yourVersion: 7 } })
 * // on the client:
 * const parsed = parseProblem(await response.text(), { status: response.status })
 * if (versionConflict.is(parsed)) console.log(parsed.extensions.currentVersion)
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9457#section-4 | RFC 9457 §4}
 */
export function defineProblem<
  TExtensions extends ProblemExtensions = Record<never, never>,
  TStatus extends ErrorStatus = ErrorStatus,
>(definition: ProblemDefinition<TStatus>): ProblemFactory<TStatus, TExtensions> {
  const { type, status, title } = definition
  for (const [name, value] of [['type', type], ['title', title]] as const) {
    if (typeof value !== 'string' || value === '') {
      throw new TypeError(`Invalid \`definition.${name}\`: expected a non-empty string.`)
    }
  }
  if (!Number.isInteger(status) || status < 400 || status > 599) {
    throw new RangeError(`Invalid \`definition.status\`: received ${String(status)}; expected an integer from 400 to 599.`)
  }
  const factory = (detail?: string | ProblemOptions, options?: ProblemOptions): HttpProblem<TStatus, TExtensions> => {
    const optionsFirst = typeof detail === 'object' && detail !== null
    const given = optionsFirst ? detail : options
    return build(status, title, optionsFirst ? undefined : detail, { ...given, type, title }) as HttpProblem<TStatus, TExtensions>
  }
  const is = (value: unknown): boolean => {
    try {
      return (isHttpProblem(value) || isPlainObject(value)) && value.type === type
    } catch {
      return false
    }
  }
  return Object.freeze(Object.assign(factory, { type, status, title, is })) as unknown as ProblemFactory<TStatus, TExtensions>
}
