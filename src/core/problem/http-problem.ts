import type { ErrorStatus } from '../catalog/status.js'
import { isHeaderName, isHeaderValue, type LeftOut } from '../http/header-field.js'
import { PROBLEM_JSON } from '../http/problem-json.js'
import type { ProblemDocument } from './problem-document.js'
import type { ProblemExtensions, ProblemInit } from './problem-options.js'
import { headerPairs } from '../http/header-pairs.js'
import { HTTP_PROBLEM_BRAND } from './problem-brand.js'


/** Shared by every problem without extra headers (frozen). */
const DEFAULT_HEADERS: Record<string, string> = /* @__PURE__ */ Object.freeze({
  'content-type': PROBLEM_JSON,
  'cache-control': 'no-store',
})

/** Shared by every problem without extensions: a frozen object without a prototype. */
const NO_EXTENSIONS: Record<string, unknown> = /* @__PURE__ */ Object.freeze({ __proto__: null })

/** Shared by every problem made without a warning (frozen). */
const NO_WARNINGS: readonly string[] = /* @__PURE__ */ Object.freeze([])

/** Member names an extension may not take: the standard members and prototype keys. */
const RESERVED = /^(type|title|status|detail|instance|__proto__|constructor|prototype)$/

/**
 * An HTTP error as an RFC 9457 problem: throw it from a handler and let an adapter (or
 * `toResponse()`) send it as `application/problem+json`. Usually made by `problem()` or
 * a named builder (`conflict()`, `notFound()`, ...), which fill in `title`.
 *
 * `detail` is sent only when `expose` is true, which by default it is for 4xx and not
 * for 5xx (as in http-errors), so internal messages never reach clients by accident.
 * `cause`, `stack`, `message`, `headers`, `expose` and `warnings` are never serialized.
 *
 * A problem is made while a server is already handling an error, so making one never
 * fails for a bad member: a member of the wrong type, an extension that reuses a standard
 * member name (or `__proto__` / `constructor` / `prototype`), a header whose name is not
 * a token or whose value is not a valid field value (CR, LF, NUL or another control
 * character, a character above U+00FF) is left out, and {@link HttpProblem.warnings}
 * says why (a missing `title` becomes `''`).
 *
 * A 4xx problem is an expected outcome (the client's request was wrong), not a bug: it
 * captures no stack frames unless `stack: true`, so emitting one stays cheap when clients
 * send floods of them (404 scans, 401 credential stuffing, 429 under rate limiting). Its
 * `type` and `detail` say what happened. A 5xx problem records the full stack.
 *
 * @typeParam TStatus - The status code, e.g. `409`.
 * @typeParam TExtensions - The extension members.
 * @throws RangeError when `status` is not an integer from 400 to 599 (the only error).
 *
 * @example
 * ```ts
 * import { HttpProblem } from 'statuskit'
 * const p = new HttpProblem({ status: 409, title: 'Conflict', detail: 'Order 7 changed.' })
 * p.toJSON() // { type: 'about:blank', title: 'Conflict', status: 409, detail: 'Order 7 changed.' }
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9457 | RFC 9457}
 */
export class HttpProblem<
  TStatus extends ErrorStatus = ErrorStatus,
  TExtensions extends ProblemExtensions = ProblemExtensions,
> extends Error {
  /** Always `'HttpProblem'` (a literal field: minifiers rename classes). */
  override readonly name = 'HttpProblem' as const
  /** The HTTP status, 400–599. */
  declare readonly status: TStatus
  /** URI reference of the problem type. @default 'about:blank' */
  declare readonly type: string
  /** Short summary of the problem type. */
  declare readonly title: string
  /** Explanation of this occurrence; sent only when {@link HttpProblem.expose} is true. */
  declare readonly detail: string | undefined
  /** URI reference of this occurrence. */
  declare readonly instance: string | undefined
  /** Extension members (a frozen object without a prototype). */
  declare readonly extensions: Readonly<TExtensions>
  /** Response header fields, lower-case names, including `content-type` and `cache-control`. */
  declare readonly headers: Readonly<Record<string, string>>
  /** Whether `detail` is sent. @default status < 500 */
  declare readonly expose: boolean

  /**
   * @param init - Status, title and the optional members; see {@link ProblemInit}.
   */
  constructor(init: ProblemInit<TStatus> & { readonly extensions?: TExtensions | undefined }) {
    const { status, stack } = init
    if (!(Number.isInteger(status) && status >= 400 && status <= 599)) {
      throw new RangeError('Invalid `status`: expected an integer 400-599.')
    }
    const warnings: string[] = []
    const leaveOut = (what: string, why: string): void => {
      warnings.push(`Left out ${what}: ${why}.`)
    }
    /** The member `key` of `init` when it is absent or of the JSON type `kind`; else a warning and `undefined`. */
    const member = <K extends keyof typeof init>(key: K, kind: 'string' | 'boolean' | 'object'): (typeof init)[K] | undefined => {
      const value = init[key]
      if (value === undefined || (typeof value === kind && value !== null)) return value
      leaveOut(`\`${key}\``, `expected a ${kind}`)
    }
    const title = member('title', 'string') ?? ''
    const detail = member('detail', 'string')
    // The cause is read once, here, into a plain object: `super()` then reads nothing
    // from `init`, so nothing can throw between changing Error.stackTraceLimit and
    // restoring it (a getter or Proxy trap of the caller's throws before either).
    const options = 'cause' in init ? { cause: init.cause } : undefined
    // Capturing the stack is most of the cost of an Error; a 4xx needs none (see above).
    // V8's Error.stackTraceLimit (Node, Deno, Chromium); Reflect.set changes nothing, and
    // does not throw, where it is frozen.
    const limit = Error.stackTraceLimit
    Reflect.set(Error, 'stackTraceLimit', (stack ?? status >= 500) ? limit : 0)
    super(detail ?? title, options)
    Reflect.set(Error, 'stackTraceLimit', limit)
    this.status = status
    this.type = member('type', 'string') ?? 'about:blank'
    this.title = title
    this.detail = detail
    this.instance = member('instance', 'string')
    this.expose = member('expose', 'boolean') ?? status < 500
    const given: Record<string, unknown> | undefined = member('extensions', 'object')
    // Only a problem with extensions gets its own object (a fresh null-prototype object is
    // most of the cost of a problem without them).
    const extensions: Record<string, unknown> = given ? { __proto__: null } : NO_EXTENSIONS
    // Own members only: a polluted Object.prototype never leaks into a problem document.
    for (const [key, value] of Object.entries(given ?? {})) {
      if (RESERVED.test(key)) leaveOut(`\`extensions.${key}\``, 'a reserved name')
      else extensions[key] = value
    }
    this.extensions = Object.freeze(extensions) as Readonly<TExtensions>
    const pairs = headerPairs(init.headers)
    const headers: Record<string, string> = pairs ? ({ __proto__: null, ...DEFAULT_HEADERS } as never) : DEFAULT_HEADERS
    for (const [name, value] of pairs ?? []) {
      if (isHeaderName(name) && isHeaderValue(value)) headers[name.toLowerCase()] = value
      else if (value !== undefined) {
        // JSON.stringify quotes the name safely (escapes CR, LF; any type).
        leaveOut(`the header ${JSON.stringify(String(name))}`, (value as Partial<LeftOut> | null)?.leftOut ?? 'an invalid name or value')
      }
    }
    this.headers = Object.freeze(headers)
    // The brand `isHttpProblem()` reads, non-enumerable so spreads and logs skip it.
    Object.defineProperty(this, HTTP_PROBLEM_BRAND, { value: true })
    // Only a problem with warnings gets its own list (non-enumerable, read-only).
    if (warnings.length) Object.defineProperty(this, 'warnings', { value: Object.freeze(warnings) })
  }

  /**
   * Why a part of the problem was left out when it was made: a header its status calls
   * for whose option was missing or invalid (`unauthorized()` without `wwwAuthenticate`,
   * a `retryAfter` that is not a number of seconds or a Date), a header value with CR, LF
   * or a character above U+00FF, a member of the wrong type, a reserved extension name.
   * One English sentence each, naming the option or header, never quoting the value. The
   * server adapters log them at `warn`; empty (a shared, frozen list) for a problem made
   * as asked. Not enumerable, read-only and never serialized.
   *
   * @example
   * ```ts
   * import { conflict, methodNotAllowed } from 'statuskit'
   * const p = methodNotAllowed({ allow: 5 as never }) // still a 405, without Allow
   * p.warnings // ['Left out the header "allow": `options.allow` is not a string or an array of strings.']
   * conflict('x').warnings // []
   * ```
   */
  get warnings(): readonly string[] {
    return NO_WARNINGS
  }

  /**
   * The problem document: `type`, `title`, `status`, `detail` (only when exposed),
   * `instance`, then the extension members (RFC 9457 §3). `JSON.stringify()` calls it.
   *
   * @returns A fresh plain object.
   *
   * @example
   * ```ts
   * import { conflict } from 'statuskit'
   * JSON.stringify(conflict('Order 7 changed.'))
   * // '{"type":"about:blank","title":"Conflict","status":409,"detail":"Order 7 changed."}'
   * ```
   */
  toJSON(): ProblemDocument {
    const doc: ProblemDocument = { type: this.type, title: this.title, status: this.status }
    if (this.expose && this.detail !== undefined) doc.detail = this.detail
    if (this.instance !== undefined) doc.instance = this.instance
    return Object.assign(doc, this.extensions)
  }

  /**
   * A web-standard `Response` with this status, the problem document as body and
   * {@link HttpProblem.headers} (`content-type: application/problem+json` by default).
   *
   * @returns A new `Response`.
   *
   * @example
   * ```ts
   * import { notFound } from 'statuskit'
   * export default { fetch: () => notFound('No order 7.').toResponse() }
   * ```
   */
  toResponse(): Response {
    return new Response(JSON.stringify(this), { status: this.status, headers: this.headers })
  }
}
