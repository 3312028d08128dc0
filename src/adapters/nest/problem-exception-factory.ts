import { validationProblem, type HttpProblem, type ValidationExtensions } from 'statuskit'

/**
 * The part of class-validator's `ValidationError` {@link problemExceptionFactory} reads:
 * the property, its failed constraints (name → message) and the errors of its nested
 * object or array (`@ValidateNested()`: array indices are property names, `'0'`).
 *
 * @example
 * ```ts
 * import type { ValidationErrorLike } from 'statuskit/nest'
 * const error: ValidationErrorLike = { property: 'quantity', constraints: { isPositive: 'quantity must be a positive number' } }
 * ```
 */
export interface ValidationErrorLike {
  /** The property that failed, or an array index. */
  readonly property: string
  /** The failed constraints, each with its message. */
  readonly constraints?: { readonly [name: string]: string } | undefined
  /** The errors of the nested object or array. */
  readonly children?: readonly ValidationErrorLike[] | undefined
}

/** Most issues collected (`fromIssues` lists at most 100); the tree is walked no deeper than this. */
const MAX_ISSUES = 100
const MAX_DEPTH = 32

/** A Standard Schema issue: the message and the path of keys (`['items', '0', 'qty']`). */
interface Issue {
  readonly message: string
  readonly path: readonly string[]
}

function collect(errors: unknown, path: readonly string[], issues: Issue[]): void {
  if (!Array.isArray(errors) || path.length > MAX_DEPTH) return
  for (const error of errors as unknown[]) {
    if (issues.length >= MAX_ISSUES || typeof error !== 'object' || error === null) continue
    const { property, constraints, children } = error as Partial<Record<keyof ValidationErrorLike, unknown>>
    const here = [...path, String(property)]
    if (typeof constraints === 'object' && constraints !== null) {
      for (const message of Object.values(constraints)) {
        if (typeof message === 'string' && issues.length < MAX_ISSUES) issues.push({ message, path: here })
      }
    }
    collect(children, here, issues)
  }
}

/**
 * The `exceptionFactory` for Nest's `ValidationPipe`: turns class-validator's error tree
 * into a 400 validation problem (`validationProblem.fromIssues()`) whose `errors` name each
 * failed constraint with a JSON Pointer into the body (its URI fragment form), nested objects and array items included
 * (`#/address/street`, `#/items/0/quantity`). At most 100 issues are listed; the values
 * the client sent are not copied. Send it with {@link ProblemFilter}: Nest's own filter
 * answers an `HttpProblem` with a 500.
 *
 * @param errors - What `ValidationPipe` hands its `exceptionFactory` (class-validator's `ValidationError[]`).
 * @returns The 400 problem, for `ValidationPipe` to throw.
 *
 * @example
 * ```ts
 * import { ValidationPipe } from '@nestjs/common'
 * import { problemExceptionFactory } from 'statuskit/nest'
 *
 * const pipe = new ValidationPipe({ exceptionFactory: problemExceptionFactory })
 * ```
 */
export function problemExceptionFactory(errors: readonly ValidationErrorLike[]): HttpProblem<400, ValidationExtensions> {
  const issues: Issue[] = []
  collect(errors, [], issues)
  return validationProblem.fromIssues(issues)
}
