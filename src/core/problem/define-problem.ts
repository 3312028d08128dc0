import type { ErrorStatus } from '../catalog/status.js'
import { build } from './builders/build.js'
import { checkProblem, passesCheck, type CheckedProblem, type ProblemParseResult } from './checked-problem.js'
import type { HttpProblem } from './http-problem.js'
import { isHttpProblem } from './is-http-problem.js'
import { isPlainObject } from './json-value.js'
import type { ParsedProblem, ParseProblemOptions } from './parse-problem.js'
import type { ProblemDocument } from './problem-document.js'
import type { ProblemExtensions, ProblemOptions } from './problem-options.js'
import type { StandardSchemaV1 } from './standard-schema.js'

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
export interface ProblemDefinition<TStatus extends ErrorStatus = ErrorStatus, TType extends string = string> {
  /** Absolute URI identifying the problem type (RFC 9457 §3.1.1, §4). */
  readonly type: TType
  /** The status every occurrence has. */
  readonly status: TStatus
  /** Short summary of the problem type, the same for every occurrence (RFC 9457 §3.1.3). */
  readonly title: string
  /**
   * JSON Schema (2020-12) of the extension members: an object schema whose `properties`
   * are the members. `problemSchema()` and `openApiComponents()` (`statuskit/schema`) use
   * it; give it where the schema library cannot describe itself (valibot: use
   * `@valibot/to-json-schema`), or without a schema, for the documentation only.
   */
  readonly extensionsJsonSchema?: object | undefined
}

/**
 * A problem definition with a Standard Schema (zod, valibot, arktype, ...) for its
 * extension members: the factory's `extensions` are typed from the schema's input, and
 * `.is()` and `.parse()` on the client check received members against it.
 *
 * @example
 * ```ts
 * import type { SchemaProblemDefinition } from 'statuskit'
 * import * as z from 'zod'
 * const VersionConflict = z.object({ currentVersion: z.number().int() })
 * const definition: SchemaProblemDefinition<409, 'https://example.com/probs/version-conflict', typeof VersionConflict> = {
 *   type: 'https://example.com/probs/version-conflict',
 *   status: 409,
 *   title: 'Version conflict',
 *   extensions: VersionConflict,
 * }
 * ```
 */
export interface SchemaProblemDefinition<
  TStatus extends ErrorStatus = ErrorStatus,
  TType extends string = string,
  TSchema extends StandardSchemaV1<ProblemExtensions, unknown> = StandardSchemaV1<ProblemExtensions, unknown>,
> extends ProblemDefinition<TStatus, TType> {
  /** Standard Schema of the extension members (the whole object of members, not the document). */
  readonly extensions: TSchema
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
 * are `Partial` (they came from the network, check them before use), unless the
 * definition has a schema: then `.is()` checked them (`TReceived` is the schema's input).
 *
 * @example
 * ```ts
 * import type { ProblemMatch } from 'statuskit'
 * type VersionConflictMatch = ProblemMatch<409, { currentVersion: number }>
 * ```
 */
export type ProblemMatch<
  TStatus extends ErrorStatus,
  TExtensions extends ProblemExtensions,
  TReceived extends ProblemExtensions = Partial<TExtensions>,
> =
  | HttpProblem<TStatus, TExtensions>
  | (ParsedProblem & {
      /** The extension members: each possibly missing, unless a schema checked them. */
      readonly extensions: Readonly<TReceived>
    })
  | (ProblemDocument & TReceived)

/**
 * What every defined problem type has, with or without a schema: its `type`, `status`,
 * `title`, its schemas and `.parse()`. `matchProblem()`, `problemSchema()` and
 * `openApiComponents()` take it.
 *
 * @typeParam TType - The problem type URI.
 * @typeParam TChecked - The extension members of a parsed occurrence.
 *
 * @example
 * ```ts
 * import { defineProblem, type ProblemContract } from 'statuskit'
 * const archived: ProblemContract = defineProblem({ type: 'https://example.com/probs/archived', status: 410, title: 'Archived' })
 * ```
 */
export interface ProblemContract<TType extends string = string, TChecked = unknown> {
  /** The problem type URI. */
  readonly type: TType
  /** The status of every occurrence. */
  readonly status: ErrorStatus
  /** The title of every occurrence. */
  readonly title: string
  /** The Standard Schema of the extension members, if the definition gave one. */
  readonly extensionsSchema: StandardSchemaV1 | undefined
  /** The JSON Schema of the extension members, if the definition gave one. */
  readonly extensionsJsonSchema: Readonly<Record<string, unknown>> | undefined
  /**
   * Reads a received body (text, bytes, parsed JSON, a `parseProblem()` result or an
   * `HttpProblem`) as an occurrence of this type: `{ value }` when it is a problem
   * document of this type whose extension members pass the schema, else `{ issues }`.
   * Never throws; returns a Promise only when the schema's `validate` does.
   */
  parse(
    body: unknown,
    options?: ParseProblemOptions,
  ): ProblemParseResult<CheckedProblem<TType, TChecked>> | Promise<ProblemParseResult<CheckedProblem<TType, TChecked>>>
}

/**
 * A factory for one problem type, made by `defineProblem()`: call it as
 * `factory(options)` or `factory(detail, options)`.
 *
 * @typeParam TStatus - The status of every occurrence.
 * @typeParam TExtensions - The extension members the server gives.
 * @typeParam TType - The problem type URI.
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
export interface ProblemFactory<
  TStatus extends ErrorStatus,
  TExtensions extends ProblemExtensions,
  TType extends string = string,
> extends ProblemFactoryBase<TStatus, TExtensions, TType> {
  /**
   * Tells whether `value` is an occurrence of this type: an `HttpProblem` (on the server)
   * or a parsed body (`parseProblem()` result or a plain object) whose `type` is this URI.
   * Never throws.
   */
  is(value: unknown): value is ProblemMatch<TStatus, TExtensions>
  /**
   * Reads a received body as an occurrence of this type: `{ value }` when it is a problem
   * document with this `type` (extension members unchecked: each may be missing), else
   * `{ issues }`. Never throws, never a Promise.
   */
  parse(body: unknown, options?: ParseProblemOptions): ProblemParseResult<CheckedProblem<TType, Partial<TExtensions>>>
}

/**
 * A factory for a problem type whose extension members have a Standard Schema, made by
 * `defineProblem({ ..., extensions: schema })`: the server gives the schema's input, the
 * client's `.is()` and `.parse()` check received members against it.
 *
 * @typeParam TStatus - The status of every occurrence.
 * @typeParam TSchema - The Standard Schema of the extension members.
 * @typeParam TType - The problem type URI.
 *
 * @example
 * ```ts
 * import { defineProblem, type SchemaProblemFactory } from 'statuskit'
 * import * as z from 'zod'
 * const Members = z.object({ currentVersion: z.number() })
 * const versionConflict: SchemaProblemFactory<409, typeof Members, 'https://example.com/probs/version-conflict'> = defineProblem({
 *   type: 'https://example.com/probs/version-conflict',
 *   status: 409,
 *   title: 'Version conflict',
 *   extensions: Members,
 * })
 * ```
 */
export interface SchemaProblemFactory<
  TStatus extends ErrorStatus,
  TSchema extends StandardSchemaV1<ProblemExtensions, unknown>,
  TType extends string = string,
> extends ProblemFactoryBase<TStatus, StandardSchemaV1.InferInput<TSchema>, TType> {
  /** The Standard Schema of the extension members. */
  readonly extensionsSchema: TSchema
  /**
   * Tells whether `value` is an occurrence of this type whose extension members pass the
   * schema, checked synchronously (with an asynchronous schema it is always false: use
   * `.parse()`). Never throws.
   */
  is(value: unknown): value is ProblemMatch<TStatus, StandardSchemaV1.InferInput<TSchema>, StandardSchemaV1.InferInput<TSchema>>
  /**
   * Reads a received body as an occurrence of this type: `{ value }` (extension members
   * as the schema outputs them) or `{ issues }` (not a problem document, another type, or
   * the schema's issues, with paths from the document's root). Never throws; returns a
   * Promise only when the schema's `validate` does.
   */
  parse(
    body: unknown,
    options?: ParseProblemOptions,
  ):
    | ProblemParseResult<CheckedProblem<TType, StandardSchemaV1.InferOutput<TSchema>>>
    | Promise<ProblemParseResult<CheckedProblem<TType, StandardSchemaV1.InferOutput<TSchema>>>>
}

/**
 * What both kinds of factory share: the call that builds an occurrence, and the
 * definition's members.
 *
 * @example
 * ```ts
 * import { defineProblem, type ProblemFactoryBase } from 'statuskit'
 * const archived: ProblemFactoryBase<410, Record<never, never>> = defineProblem({ type: 'https://example.com/probs/archived', status: 410, title: 'Archived' })
 * ```
 */
export interface ProblemFactoryBase<TStatus extends ErrorStatus, TExtensions extends ProblemExtensions, TType extends string = string> {
  /** Builds one occurrence. */
  (
    ...args: Record<never, never> extends TExtensions
      ? [options?: DefinedProblemOptions<TExtensions>] | [detail: string | undefined, options?: DefinedProblemOptions<TExtensions>]
      : [options: DefinedProblemOptions<TExtensions>] | [detail: string | undefined, options: DefinedProblemOptions<TExtensions>]
  ): HttpProblem<TStatus, TExtensions>
  /** The problem type URI. */
  readonly type: TType
  /** The status of every occurrence. */
  readonly status: TStatus
  /** The title of every occurrence. */
  readonly title: string
  /** The Standard Schema of the extension members, if the definition gave one. */
  readonly extensionsSchema: StandardSchemaV1<ProblemExtensions, unknown> | undefined
  /** The JSON Schema of the extension members, if the definition gave one. */
  readonly extensionsJsonSchema: Readonly<Record<string, unknown>> | undefined
}

/**
 * Declares one problem type once, for both sides: the server builds occurrences with the
 * factory, the client recognises them with `.is()` and reads them with `.parse()`.
 *
 * With `extensions`, a Standard Schema (zod, valibot, arktype, ...) of the extension
 * members, everything is inferred: the factory's `extensions` are typed from the schema's
 * input, `.is()` is false when received members fail the schema, and `.parse(body)`
 * returns `{ value }` (members as the schema outputs them) or `{ issues }`, never throws,
 * and is synchronous unless the schema is.
 *
 * Without a schema, give the extension members as the first type argument (a `type`
 * alias, not an `interface`: it must have an index signature) and the status as the
 * second to keep its literal type; a missing or mistyped member is then a compile error,
 * and the client side only checks the `type`. Extension names follow the same rules as
 * everywhere: no standard member names, no `__proto__` / `constructor` / `prototype`.
 *
 * @param definition - `type` (an absolute URI), `status`, `title`, and optionally
 * `extensions` (a Standard Schema) and `extensionsJsonSchema` (for `statuskit/schema`).
 * @returns A factory with `.is()`, `.parse()`, `.type`, `.status` and `.title`.
 * @throws TypeError when `type` or `title` is not a non-empty string, `extensions` is not
 * a Standard Schema or `extensionsJsonSchema` not an object.
 * @throws RangeError when `status` is not an integer from 400 to 599.
 *
 * @example
 * ```ts
 * import { defineProblem } from 'statuskit'
 * import * as z from 'zod'
 * const versionConflict = defineProblem({
 *   type: 'https://example.com/probs/version-conflict',
 *   status: 409,
 *   title: 'Version conflict',
 *   extensions: z.object({ currentVersion: z.number().int(), yourVersion: z.number().int() }),
 * })
 * throw versionConflict('Order 7 is at version 8.', { extensions: { currentVersion: 8, yourVersion: 7 } })
 * // on the client:
 * const result = await versionConflict.parse(await response.text(), { status: response.status })
 * if (result.value) console.log(result.value.extensions.currentVersion)
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9457#section-4 | RFC 9457 §4}
 */
export function defineProblem<
  const TType extends string,
  TStatus extends ErrorStatus,
  TSchema extends StandardSchemaV1<ProblemExtensions, unknown>,
>(definition: SchemaProblemDefinition<TStatus, TType, TSchema>): SchemaProblemFactory<TStatus, TSchema, TType>
/**
 * Declares one problem type without a schema; the extension members are the first type
 * argument, the status the second.
 *
 * @param definition - `type` (an absolute URI), `status`, `title`, optionally `extensionsJsonSchema`.
 * @returns A {@link ProblemFactory} with `.is()`, `.parse()`, `.type`, `.status` and `.title`.
 *
 * @example
 * ```ts
 * import { defineProblem, parseProblem } from 'statuskit'
 * const versionConflict = defineProblem<{ currentVersion: number; yourVersion: number }, 409>({
 *   type: 'https://example.com/probs/version-conflict',
 *   status: 409,
 *   title: 'Version conflict',
 * })
 * const parsed = parseProblem(await response.text(), { status: response.status })
 * if (versionConflict.is(parsed)) console.log(parsed.extensions.currentVersion)
 * ```
 */
export function defineProblem<
  TExtensions extends ProblemExtensions = Record<never, never>,
  TStatus extends ErrorStatus = ErrorStatus,
  const TType extends string = string,
>(definition: ProblemDefinition<TStatus, TType>): ProblemFactory<TStatus, TExtensions, TType>
export function defineProblem(
  definition: ProblemDefinition & { readonly extensions?: unknown },
): ProblemFactory<ErrorStatus, ProblemExtensions> | SchemaProblemFactory<ErrorStatus, StandardSchemaV1<ProblemExtensions, unknown>> {
  const { type, status, title, extensions: extensionsSchema, extensionsJsonSchema } = definition
  for (const [name, value] of [['type', type], ['title', title]] as const) {
    if (typeof value !== 'string' || value === '') {
      throw new TypeError(`Invalid \`definition.${name}\`: expected a non-empty string.`)
    }
  }
  if (!Number.isInteger(status) || status < 400 || status > 599) {
    throw new RangeError(`Invalid \`definition.status\`: received ${String(status)}; expected an integer from 400 to 599.`)
  }
  const standard = (extensionsSchema as { readonly '~standard'?: { readonly validate?: unknown } } | null | undefined)?.['~standard']
  if (extensionsSchema !== undefined && typeof standard?.validate !== 'function') {
    throw new TypeError('Invalid `definition.extensions`: expected a Standard Schema.')
  }
  if (extensionsJsonSchema !== undefined && !isPlainObject(extensionsJsonSchema)) {
    throw new TypeError('Invalid `definition.extensionsJsonSchema`: expected an object.')
  }
  const factory = (detail?: string | ProblemOptions, options?: ProblemOptions): HttpProblem => {
    const optionsFirst = typeof detail === 'object' && detail !== null
    const given = optionsFirst ? detail : options
    return build(status, title, optionsFirst ? undefined : detail, { ...given, type, title })
  }
  const check = { type, extensionsSchema: extensionsSchema as StandardSchemaV1<ProblemExtensions, unknown> | undefined }
  const is = (value: unknown): boolean => {
    if (check.extensionsSchema) return passesCheck(check, value)
    try {
      return (isHttpProblem(value) || isPlainObject(value)) && value.type === type
    } catch {
      return false
    }
  }
  const parse = (body: unknown, options?: ParseProblemOptions) => checkProblem(check, body, options)
  return Object.freeze(
    Object.assign(factory, { type, status, title, extensionsSchema: check.extensionsSchema, extensionsJsonSchema, is, parse }),
  ) as never
}
