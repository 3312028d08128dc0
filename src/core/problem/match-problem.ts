import { checkProblem, toParsedProblem, type CheckedProblem } from './checked-problem.js'
import type { ProblemContract } from './define-problem.js'
import type { ParsedProblem, ParseProblemOptions } from './parse-problem.js'
import type { StandardSchemaV1 } from './standard-schema.js'

/**
 * One known problem in a `matchProblem()` result: the checked occurrence of one of the
 * definitions, with `known: true`.
 *
 * @example
 * ```ts
 * import type { KnownProblem } from 'statuskit'
 * type Known = KnownProblem<'https://example.com/probs/version-conflict', { currentVersion: number }>
 * ```
 */
export type KnownProblem<TType extends string, TExtensions> = CheckedProblem<TType, TExtensions> & {
  /** `true`: the body is an occurrence of one of the definitions. */
  readonly known: true
}

/**
 * The fallback of `matchProblem()`: a body that is none of the definitions (another
 * type, not a problem document, or members that fail the schema), as `parseProblem()`
 * read it, with `known: false` and the issues of the definition whose type it has.
 *
 * @example
 * ```ts
 * import { matchProblem, type UnknownProblem } from 'statuskit'
 * const fallback: UnknownProblem | undefined = undefined
 * ```
 */
export type UnknownProblem = ParsedProblem & {
  /** `false`: none of the definitions matched. */
  readonly known: false
  /** Why the definition of this `type` refused it (its schema's issues); empty for an unknown type. */
  readonly issues: readonly StandardSchemaV1.Issue[]
}

/**
 * What `matchProblem()` returns for a list of definitions: a union of their checked
 * occurrences, discriminated by `type` once `known` is true, or the {@link UnknownProblem}.
 *
 * @example
 * ```ts
 * import type { MatchedProblem, ProblemContract } from 'statuskit'
 * type Result = MatchedProblem<ProblemContract<'https://example.com/probs/archived', Record<never, never>>>
 * ```
 */
export type MatchedProblem<TDefinition extends ProblemContract> =
  | (TDefinition extends ProblemContract<infer TType, infer TExtensions> ? KnownProblem<TType, TExtensions> : never)
  | UnknownProblem

/**
 * Reads a received problem against several problem types at once, on the client: the
 * result narrows to a discriminated union, so a `switch` on `type` (once `known` is true)
 * gives each type's checked extension members; anything else falls back to the
 * {@link UnknownProblem} (`known: false`), to handle by status. The first definition whose
 * `type` matches decides; its schema must pass synchronously (an asynchronous schema
 * never matches here: use its `.parse()`). Never throws.
 *
 * @param body - The response body (text, bytes, parsed JSON), a `parseProblem()` result or an `HttpProblem`.
 * @param definitions - The problem types the client knows (`defineProblem()` factories).
 * @param options - The HTTP `status` and `baseUrl` used to read a body that is not parsed yet.
 * @returns A {@link KnownProblem} of one definition, or the {@link UnknownProblem}.
 *
 * @example
 * ```ts
 * import { defineProblem, matchProblem } from 'statuskit'
 * import * as z from 'zod'
 * const versionConflict = defineProblem({
 *   type: 'https://example.com/probs/version-conflict', status: 409, title: 'Version conflict',
 *   extensions: z.object({ currentVersion: z.number() }),
 * })
 * const outOfCredit = defineProblem({
 *   type: 'https://example.com/probs/out-of-credit', status: 403, title: 'Out of credit',
 *   extensions: z.object({ balance: z.number() }),
 * })
 * const problem = matchProblem(await response.text(), [versionConflict, outOfCredit], { status: response.status })
 * if (!problem.known) console.log('unexpected problem', problem.status, problem.title)
 * else if (problem.type === versionConflict.type) console.log('re-read version', problem.extensions.currentVersion)
 * else console.log('top up', problem.extensions.balance)
 * ```
 */
export function matchProblem<const TDefinition extends ProblemContract>(
  body: unknown,
  definitions: readonly TDefinition[],
  options?: ParseProblemOptions,
): MatchedProblem<TDefinition> {
  const parsed = toParsedProblem(body, options)
  let issues: readonly StandardSchemaV1.Issue[] = []
  try {
    for (const definition of Array.isArray(definitions) ? (definitions as readonly TDefinition[]) : []) {
      if (parsed.type !== definition.type) continue
      const result = checkProblem(definition, parsed)
      if (result instanceof Promise) {
        result.then(undefined, () => undefined)
        issues = [{ message: 'Asynchronous schema: use parse().' }]
      } else if (result.issues) issues = result.issues
      else return { ...result.value, known: true } as MatchedProblem<TDefinition>
      break
    }
  } catch {
    // a hostile definitions list: fall back
  }
  return { ...parsed, known: false, issues }
}
