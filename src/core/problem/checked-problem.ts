import { isHttpProblem } from './is-http-problem.js'
import { isPlainObject } from './json-value.js'
import { parseProblem, type ParsedProblem, type ParseProblemOptions } from './parse-problem.js'
import type { StandardSchemaV1 } from './standard-schema.js'

/**
 * A problem that passed a defined type's checks: a {@link ParsedProblem} whose `type` is
 * the definition's URI and whose `extensions` passed its schema (the schema's output).
 *
 * @typeParam TType - The problem type URI (a literal when the definition's is).
 * @typeParam TExtensions - The extension members.
 *
 * @example
 * ```ts
 * import type { CheckedProblem } from 'statuskit'
 * type VersionConflict = CheckedProblem<'https://example.com/probs/version-conflict', { currentVersion: number }>
 * ```
 */
export interface CheckedProblem<TType extends string = string, TExtensions = Record<string, unknown>>
  extends Omit<ParsedProblem, 'type' | 'extensions'> {
  /** The problem type URI. */
  readonly type: TType
  /** The extension members, checked by the definition's schema when it has one. */
  readonly extensions: Readonly<TExtensions>
}

/**
 * What a defined problem's `.parse()` returns: Standard Schema's result shape, `{ value }`
 * on success, `{ issues }` on failure (each also declares the other member as absent, so
 * `result.value` can be read on either).
 *
 * @example
 * ```ts
 * import type { CheckedProblem, ProblemParseResult } from 'statuskit'
 * type Result = ProblemParseResult<CheckedProblem<'https://example.com/probs/version-conflict', { currentVersion: number }>>
 * ```
 */
export type ProblemParseResult<TValue> =
  | {
      /** The checked problem. */
      readonly value: TValue
      /** Absent on success. */
      readonly issues?: undefined
    }
  | {
      /** Why the body is not an occurrence of the type. */
      readonly issues: readonly StandardSchemaV1.Issue[]
      /** Absent on failure. */
      readonly value?: undefined
    }

/** What `checkProblem()` needs of a definition. Internal. */
export interface ProblemCheck {
  readonly type: string
  readonly extensionsSchema: StandardSchemaV1 | undefined
}

/** A `parseProblem()` result, told apart from a raw document by its own members. Internal. */
function isParsedProblem(value: Record<string, unknown>): value is ParsedProblem & Record<string, unknown> {
  return typeof value['valid'] === 'boolean' && 'statusMismatch' in value && isPlainObject(value['extensions'])
}

/** The issue when the schema throws, rejects or returns no result. */
const UNCHECKED = 'The schema failed.'

/** A failure with one issue. */
function fail(message: string, path?: readonly PropertyKey[]): { readonly issues: readonly StandardSchemaV1.Issue[] } {
  return { issues: [path ? { message, path } : { message }] }
}

/**
 * The body as a {@link ParsedProblem}: an `HttpProblem` through its document, a
 * `parseProblem()` result as it is, anything else (text, bytes, a raw object) through
 * `parseProblem()`. Internal.
 */
export function toParsedProblem(body: unknown, options?: ParseProblemOptions): ParsedProblem {
  try {
    if (!isHttpProblem(body) && isPlainObject(body) && isParsedProblem(body)) return body
  } catch {
    // a hostile object: parseProblem() copes with it
  }
  return parseProblem(body, options)
}

/**
 * Checks a body against a definition: a problem document, of that type, whose extension
 * members pass its schema. Never throws and never rejects; returns a Promise only when
 * the schema's `validate` does. Internal: the defined problem's `.parse()`.
 */
export function checkProblem(
  definition: ProblemCheck,
  body: unknown,
  options?: ParseProblemOptions,
): ProblemParseResult<CheckedProblem> | Promise<ProblemParseResult<CheckedProblem>> {
  const parsed = toParsedProblem(body, options)
  if (!parsed.valid) return fail('Not a problem document.')
  if (parsed.type !== definition.type) return fail('Another problem type.', ['type'])
  const schema = definition.extensionsSchema
  if (!schema) return { value: parsed }
  const settle = (result: StandardSchemaV1.Result<unknown>): ProblemParseResult<CheckedProblem> => {
    try {
      if (result.issues) return { issues: result.issues }
      return { value: { ...parsed, extensions: result.value as Record<string, unknown> } }
    } catch {
      return fail(UNCHECKED)
    }
  }
  let result: StandardSchemaV1.Result<unknown> | Promise<StandardSchemaV1.Result<unknown>>
  try {
    result = schema['~standard'].validate(parsed.extensions)
    if (!(result instanceof Promise)) return settle(result)
  } catch {
    return fail(UNCHECKED)
  }
  return result.then(settle, () => fail(UNCHECKED))
}

/**
 * Whether `value` is an occurrence of the definition, checked synchronously: the type
 * matches and the extension members pass the schema (an asynchronous schema never passes
 * here; use `.parse()`). Never throws. Internal: the defined problem's `.is()` with a schema.
 */
export function passesCheck(definition: ProblemCheck, value: unknown): boolean {
  const result = checkProblem(definition, value)
  if (result instanceof Promise) {
    result.then(undefined, () => undefined) // settled and ignored: never an unhandled rejection
    return false
  }
  return !result.issues
}
