import type { ErrorStatus } from '../catalog/status.js'

/**
 * Extension members of a problem: extra top-level members of the JSON document
 * (RFC 9457 §3.2). Names must not reuse a standard member (`type`, `title`, `status`,
 * `detail`, `instance`) nor be `__proto__`, `constructor` or `prototype`.
 *
 * @example
 * ```ts
 * import type { ProblemExtensions } from 'statuskit'
 * const extensions: ProblemExtensions = { balance: 30, accounts: ['/account/12345'] }
 * ```
 */
export type ProblemExtensions = { readonly [member: string]: unknown }

/**
 * Options every problem builder accepts (`problem()`, `conflict()`, ...).
 *
 * @example
 * ```ts
 * import { conflict, type ProblemOptions } from 'statuskit'
 * const options: ProblemOptions = {
 *   type: 'https://example.com/probs/version-conflict',
 *   instance: '/orders/7',
 *   extensions: { currentVersion: 8 },
 * }
 * throw conflict('Order 7 is at version 8; you sent version 7.', options)
 * ```
 */
export interface ProblemOptions {
  /**
   * URI reference identifying the problem type (RFC 9457 §3.1.1).
   * @default 'about:blank'
   */
  readonly type?: string | undefined
  /**
   * Short, human-readable summary of the problem type. With `type: 'about:blank'` keep
   * the default (RFC 9457 §4.2.1).
   * @default the status phrase, e.g. 'Conflict'
   */
  readonly title?: string | undefined
  /** URI reference identifying this occurrence (RFC 9457 §3.1.5). */
  readonly instance?: string | undefined
  /** Extension members, serialized after the standard members (RFC 9457 §3.2). */
  readonly extensions?: ProblemExtensions | undefined
  /**
   * Response header fields: a plain object, a `Headers` (or a `Map`) or `[name, value]`
   * pairs, each value one string (send one `Set-Cookie` field per problem). They override the defaults `content-type:
   * application/problem+json` and `cache-control: no-store`, and the headers a builder
   * sets from its options. A field whose name is not a token or whose value is not a valid
   * field value (CR, LF, NUL or another control character, a character above U+00FF) is
   * left out, and the problem's `warnings` say so.
   */
  readonly headers?: Headers | Readonly<Record<string, string>> | readonly (readonly [string, string])[] | undefined
  /**
   * Whether `detail` is sent to the client.
   * @default status < 500
   */
  readonly expose?: boolean | undefined
  /** The error that caused this problem; kept for logs, never serialized. */
  readonly cause?: unknown
  /**
   * Whether to capture a stack trace. A 4xx problem is an expected outcome and skips the
   * capture by default (`problem.stack` is then just its first line); set `true` to see
   * where one is created, e.g. while debugging.
   * @default status >= 500
   */
  readonly stack?: boolean | undefined
}

/**
 * Everything `new HttpProblem()` needs. `title` is required here (the builders and
 * `problem()` fill it in from the status), so the class never needs the phrase table.
 *
 * @example
 * ```ts
 * import { HttpProblem, type ProblemInit } from 'statuskit'
 * const init: ProblemInit<409> = { status: 409, title: 'Conflict', detail: 'Order 7 changed.' }
 * throw new HttpProblem(init)
 * ```
 */
export interface ProblemInit<TStatus extends ErrorStatus = ErrorStatus> extends ProblemOptions {
  /** The HTTP status, 400–599. */
  readonly status: TStatus
  /** Short, human-readable summary of the problem type (RFC 9457 §3.1.3). */
  readonly title: string
  /** Explanation specific to this occurrence (RFC 9457 §3.1.4). No secrets. */
  readonly detail?: string | undefined
}
