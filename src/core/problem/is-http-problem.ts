import type { HttpProblem } from './http-problem.js'
import { HTTP_PROBLEM_BRAND } from './problem-brand.js'

/**
 * Tells whether a value is an {@link HttpProblem}, including one made by another copy of
 * statuskit (an ESM and a CJS build, or a duplicate install): it checks the
 * `Symbol.for('statuskit.HttpProblem')` brand every instance carries as an own,
 * non-enumerable property, not `instanceof`, which only knows one copy. A Proxy that
 * answers `true` for every key, or an object that merely has the symbol as an ordinary
 * member, is not taken for a problem. Never throws, even on hostile Proxies.
 *
 * It is a type guard, not a validation: a determined forgery can still pass it, so
 * `toProblem()` returns a branded value as is only when it is an intact `HttpProblem` of
 * this copy, and rebuilds anything else.
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
    const brand = typeof value === 'object' && value !== null ? Object.getOwnPropertyDescriptor(value, HTTP_PROBLEM_BRAND) : undefined
    return brand !== undefined && brand.value === true && !brand.enumerable
  } catch {
    return false
  }
}
