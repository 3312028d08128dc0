import { escapeToken, MAX_POINTER_LENGTH, pointerFragment } from './json-pointer.js'
import type { StandardSchemaV1 } from './standard-schema.js'
import type { ValidationIssue } from './validation-problem.js'

/** Most issues copied into one validation problem; the rest are left off. */
export const MAX_ISSUES = 100

/** Longest `detail` kept for one issue, in UTF-16 code units; longer ones are cut with `…`. */
export const MAX_ISSUE_DETAIL = 500

/** What replaces the rejected value where an issue's message quotes it. */
const REDACTED = '<redacted>'

/**
 * Where the validated input came from, which decides how an issue names its place:
 * `pointer` into the body, the query `parameter` or the `header` (the first path segment).
 *
 * @example
 * ```ts
 * import type { IssueLocation } from 'statuskit'
 * const location: IssueLocation = 'query'
 * ```
 */
export type IssueLocation = 'body' | 'query' | 'header'

/**
 * How `validationProblem.fromIssues()` turns issues into entries.
 *
 * @example
 * ```ts
 * import type { IssueMappingOptions } from 'statuskit'
 * const options: IssueMappingOptions = { location: 'body', issueDetail: (issue) => issue.message }
 * ```
 */
export interface IssueMappingOptions {
  /**
   * Where the validated value came from: `'body'` gives each entry a `pointer`,
   * `'query'` a `parameter`, `'header'` a `header` (named by the first path segment).
   * @default 'body'
   */
  readonly location?: IssueLocation | undefined
  /**
   * Writes an entry's `detail` from the issue (to translate or reword messages). What it
   * returns is sent as is: never put the rejected value in it.
   * @default the issue's `message`, with the rejected value taken out where the issue carries it
   */
  readonly issueDetail?: ((issue: StandardSchemaV1.Issue) => string) | undefined
}

function read(value: unknown, key: string): unknown {
  try {
    return typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined
  } catch {
    return undefined
  }
}

/** The path's member names, up to the first one JSON cannot hold or the pointer length cap. */
function keys(path: unknown): string[] {
  const result: string[] = []
  if (!Array.isArray(path)) return result
  let length = 0
  for (const segment of path as unknown[]) {
    const key = typeof segment === 'object' && segment !== null ? read(segment, 'key') : segment
    if (typeof key !== 'string' && typeof key !== 'number') break // a symbol (or junk) names no JSON member
    length += escapeToken(String(key)).length + 1
    if (length > MAX_POINTER_LENGTH) break
    result.push(String(key))
  }
  return result
}

/**
 * The message with the rejected value taken out. Libraries that quote it in the message
 * keep it on the issue: valibot (and zod with `reportInput`) as `input`, arktype as `data`.
 */
function redact(message: string, issue: unknown): string {
  let out = message
  for (const value of [read(issue, 'input'), read(issue, 'data')]) {
    if (typeof value === 'string') {
      for (const quoted of [JSON.stringify(value), `"${value}"`, `'${value}'`]) out = out.replaceAll(quoted, REDACTED)
    } else if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') {
      const text = String(value).replace(/[.+]/g, '\\$&')
      out = out.replace(new RegExp(`(?<![\\w.])${text}n?(?![\\w.])`, 'g'), REDACTED)
    }
  }
  return out
}

function detailOf(issue: unknown, options: IssueMappingOptions | undefined): string {
  let detail: unknown
  try {
    const message = read(issue, 'message')
    detail = options?.issueDetail ? options.issueDetail(issue as StandardSchemaV1.Issue) : typeof message === 'string' ? redact(message, issue) : undefined
  } catch {
    detail = undefined
  }
  if (typeof detail !== 'string' || detail === '') return 'is invalid'
  return detail.length > MAX_ISSUE_DETAIL ? `${detail.slice(0, MAX_ISSUE_DETAIL - 1)}…` : detail
}

/**
 * Standard Schema issues as RFC 9457 `errors` entries: a `detail` and a `pointer` (JSON
 * Pointer in fragment form, `#/items/0/qty`), or a `parameter` / `header`. Copies only
 * the message and the path, never the rejected value. At most {@link MAX_ISSUES}. Internal;
 * `validationProblem.fromIssues()` is the public form.
 *
 * @throws TypeError when `issues` is not an array.
 */
export function errorsFromIssues(issues: readonly StandardSchemaV1.Issue[], options?: IssueMappingOptions): ValidationIssue[] {
  if (!Array.isArray(issues)) throw new TypeError('Invalid `issues`: expected an array.')
  const location = options?.location ?? 'body'
  if (location !== 'body' && location !== 'query' && location !== 'header') {
    throw new TypeError('Invalid `options.location`: expected body, query or header.')
  }
  const errors: ValidationIssue[] = []
  for (const issue of (issues as readonly unknown[]).slice(0, MAX_ISSUES)) {
    const detail = detailOf(issue, options)
    const path = keys(read(issue, 'path'))
    if (location === 'body') errors.push({ detail, pointer: pointerFragment(path.map((key) => `/${escapeToken(key)}`).join('')) })
    else if (location === 'query') errors.push({ detail, parameter: path[0] ?? '' })
    else errors.push({ detail, header: path[0] ?? '' })
  }
  return errors
}
