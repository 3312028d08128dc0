import type { Context } from 'hono'
import { validationProblem, type IssueLocation, type IssueMappingOptions, type StandardSchemaV1 } from 'statuskit'
import { readWebRequest } from 'statuskit/server'
import { answer, honoPipeline, type HonoProblemOptions } from './problem-handler.js'

/**
 * What the hook of `@hono/standard-validator`'s `sValidator` and `@hono/zod-validator`'s
 * `zValidator` is called with: `success`, on failure an `error` (the Standard Schema
 * issues, or a `ZodError` holding them in `issues`), and the validator's `target`. The
 * rejected value (`data`) is never read.
 *
 * @example
 * ```ts
 * import type { HonoValidationResult } from 'statuskit/hono'
 * const failed: HonoValidationResult = { success: false, error: [{ message: 'Required', path: ['name'] }], target: 'json' }
 * ```
 */
export interface HonoValidationResult {
  /** `false` when the value failed its schema. */
  readonly success: boolean
  /** On failure: `readonly StandardSchemaV1.Issue[]` (sValidator) or a `ZodError` (zValidator). */
  readonly error?: unknown
  /** Where the value came from: `json`, `form`, `query`, `param`, `header` or `cookie`. */
  readonly target: string
}

/**
 * Options of {@link validationHook}: those of `problemHandler()` (pass it the same
 * object) plus the problem's `status` and how an issue's `detail` is written.
 *
 * @example
 * ```ts
 * import type { ValidationHookOptions } from 'statuskit/hono'
 * const options: ValidationHookOptions = { status: 422, traceId: false }
 * ```
 */
export interface ValidationHookOptions extends HonoProblemOptions {
  /**
   * 400 (the request is malformed) or 422 (well-formed but semantically invalid).
   * @default 400
   */
  readonly status?: 400 | 422 | undefined
  /** See `validationProblem.fromIssues()`: never put the rejected value in it. */
  readonly issueDetail?: IssueMappingOptions['issueDetail']
}

/** Where each target's issues are named: a body pointer, a parameter, or a header. */
const LOCATIONS: Readonly<Record<string, IssueLocation>> = { query: 'query', param: 'query', cookie: 'query', header: 'header' }

function issuesOf(error: unknown): readonly StandardSchemaV1.Issue[] {
  try {
    const issues: unknown = Array.isArray(error) ? error : (error as { readonly issues?: unknown } | null | undefined)?.issues
    return Array.isArray(issues) ? (issues as readonly StandardSchemaV1.Issue[]) : []
  } catch {
    return []
  }
}

/**
 * The hook for Hono's validators (`sValidator` of `@hono/standard-validator`, any Standard
 * Schema library; `zValidator` of `@hono/zod-validator`): a failed validation is answered
 * with a validation problem (`validationProblem.fromIssues()`: 400, an `errors` entry per
 * issue, never the rejected value), through the same pipeline as `problemHandler()`:
 * `customize`, `traceId`, negotiation on `Accept`, `HEAD` without a body, the log. The
 * bytes are those of the same problem thrown to `problemHandler`. A success passes on.
 *
 * Where each entry points, by the validator's `target`: `json` and `form` give a
 * `pointer` into the body (`#/items/0/qty`); `query`, `param` and `cookie` a `parameter`
 * and `header` a `header`, named by the issue's first path segment (OpenAPI's parameters
 * `in: query, path, cookie` and `in: header`).
 *
 * @param options - See {@link ValidationHookOptions}.
 * @returns The hook, for the validator's third argument.
 * @throws TypeError when an option has the wrong type.
 * @throws RangeError when `status` is not 400 or 422.
 *
 * @example
 * ```ts
 * import { sValidator } from '@hono/standard-validator'
 * import { Hono } from 'hono'
 * import { problemHandler, validationHook } from 'statuskit/hono'
 * import * as z from 'zod'
 *
 * const Order = z.object({ quantity: z.number().int().positive() })
 * const app = new Hono()
 * app.post('/orders', sValidator('json', Order, validationHook()), (c) => c.json(c.req.valid('json'), 201))
 * app.onError(problemHandler())
 * // POST /orders {"quantity":0}: 400, errors: [{ detail: 'Too small: expected number to be >0', pointer: '#/quantity' }]
 * ```
 */
export function validationHook(options: ValidationHookOptions = {}): (result: HonoValidationResult, c: Context) => Response | undefined {
  const pipeline = honoPipeline(options)
  const { status, issueDetail } = options
  if (issueDetail !== undefined && typeof issueDetail !== 'function') throw new TypeError('Invalid `issueDetail`: expected a function.')
  validationProblem.fromIssues([], { status }) // a RangeError now for a status other than 400 or 422, not per request
  return (result, c) => {
    if (result.success) return undefined
    const location = LOCATIONS[result.target] ?? 'body'
    const problem = validationProblem.fromIssues(issuesOf(result.error), { status, location, issueDetail })
    return answer(pipeline, pipeline.fromProblem(problem, readWebRequest(c.req.raw)), c)
  }
}
