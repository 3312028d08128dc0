import type { HttpProblem } from './http-problem.js'
import { HTTP_PROBLEM_BRAND } from './problem-brand.js'

/**
 * Tells whether a value is an {@link HttpProblem}, including one made by another copy of
 * statuskit (an ESM and a CJS build, or a duplicate install): it checks the
 * `Symbol.for('statuskit.HttpProblem')` brand every instance carries, not `instanceof`,
 * which only knows one copy. Never throws, even on hostile Proxies.
 *
 * @param value - Anything, typically a caught error.
 * @returns `true` when `value` is an `HttpProblem`.
 *
 * @example
 * ```ts
 * import { isHttpProblem } from 'statuskit'
 * try {
 *   await handle()
 * } catch (error) {
 *   if (isHttpProblem(error)) console.log(error.status, error.title)
 * }
 * ```
 */
export function isHttpProblem(value: unknown): value is HttpProblem {
  try {
    return (
      typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[HTTP_PROBLEM_BRAND] === true
    )
  } catch {
    return false
  }
}
