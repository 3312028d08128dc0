import type { ErrorStatus } from '../catalog/status.js'
import { FORBIDDEN_IN_HEADER_VALUE } from '../http/header-field.js'
import { PROBLEM_JSON } from '../http/problem-json.js'
import type { ProblemDocument } from './problem-document.js'
import type { ProblemExtensions, ProblemInit } from './problem-options.js'
import { HTTP_PROBLEM_BRAND } from './problem-brand.js'


/** Shared by every problem without extra headers (frozen). */
const DEFAULT_HEADERS: Record<string, string> = /* @__PURE__ */ Object.freeze({
  'content-type': PROBLEM_JSON,
  'cache-control': 'no-store',
})

/** Shared by every problem without extensions: a frozen object without a prototype. */
const NO_EXTENSIONS: Record<string, unknown> = /* @__PURE__ */ Object.freeze({ __proto__: null })

/** Member names an extension may not take: the standard members and prototype keys. */
const RESERVED = /^(type|title|status|detail|instance|__proto__|constructor|prototype)$/

/**
 * Throws the TypeError (or RangeError) for an invalid member, naming it and what it must
 * be, never quoting the value (it may hold user data).
 */
function fail(parameter: string, expected: string, kind = TypeError): never {
  throw new kind(`Invalid \`${parameter}\`: expected ${expected}.`)
}

/** Returns `value` when it is `undefined` or has the JSON type `kind`; throws otherwise. */
function check<T>(value: T, parameter: string, kind: string): T {
  if (value !== undefined && (typeof value != kind || value === null)) fail(parameter, kind)
  return value
}

/**
 * An HTTP error as an RFC 9457 problem: throw it from a handler and let an adapter (or
 * `toResponse()`) send it as `application/problem+json`. Usually made by `problem()` or
 * a named builder (`conflict()`, `notFound()`, ...), which fill in `title`.
 *
 * `detail` is sent only when `expose` is true, which by default it is for 4xx and not
 * for 5xx (as in http-errors), so internal messages never reach clients by accident.
 * `cause`, `stack`, `message`, `headers` and `expose` are never serialized.
 *
 * A 4xx problem is an expected outcome (the client's request was wrong), not a bug: it
 * captures no stack frames unless `stack: true`, so emitting one stays cheap when clients
 * send floods of them (404 scans, 401 credential stuffing, 429 under rate limiting). Its
 * `type` and `detail` say what happened. A 5xx problem records the full stack.
 *
 * @typeParam TStatus - The status code, e.g. `409`.
 * @typeParam TExtensions - The extension members.
 * @throws RangeError when `status` is not an integer from 400 to 599.
 * @throws TypeError when a member has the wrong type, an extension reuses a standard
 * member name or `__proto__` / `constructor` / `prototype`, or a header name is not a
 * token or its value is not a valid field value (CR, LF, NUL or another control
 * character, or a character above U+00FF).
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
    const { status, detail, expose } = init
    // `~~status === status` is Number.isInteger for this range, in fewer bytes (size budget).
    if (!(~~status === status && status >= 400 && status <= 599)) {
      fail('status', 'an integer 400-599', RangeError)
    }
    // A missing title fails the check as `null` would (`fail` never quotes the value).
    const title = check(init.title ?? null, 'title', 'string') as string
    const message = check(detail, 'detail', 'string') ?? title
    // Capturing the stack is most of the cost of an Error; a 4xx needs none (see above).
    // V8's Error.stackTraceLimit (Node, Deno, Chromium); Reflect.set changes nothing, and
    // does not throw, where it is frozen. `init` doubles as the ErrorOptions; its `cause`
    // is read first, so a throwing getter fails before the limit changes and it is always
    // restored.
    void init.cause
    const limit = Error.stackTraceLimit
    Reflect.set(Error, 'stackTraceLimit', init.stack ?? status > 499 ? limit : 0)
    super(message, init)
    Reflect.set(Error, 'stackTraceLimit', limit)
    this.status = status
    this.type = check(init.type, 'type', 'string') ?? 'about:blank'
    this.title = title
    this.detail = detail
    this.instance = check(init.instance, 'instance', 'string')
    this.expose = check(expose, 'expose', 'boolean') ?? status < 500
    const given: Record<string, unknown> | undefined = check(init.extensions, 'extensions', 'object')
    // Only a problem with extensions gets its own object (a fresh null-prototype object is
    // most of the cost of a problem without them).
    const extensions: Record<string, unknown> = given ? ({ __proto__: null } as never) : NO_EXTENSIONS
    // Own members only: a polluted Object.prototype never leaks into a problem document.
    for (const key of Object.keys(given || {})) {
      if (RESERVED.test(key)) fail(`extensions.${key}`, 'no reserved name')
      extensions[key] = (given as Record<string, unknown>)[key]
    }
    this.extensions = Object.freeze(extensions) as Readonly<TExtensions>
    const extra: Record<string, unknown> | undefined = check(init.headers, 'headers', 'object')
    const headers: Record<string, string> = extra ? ({ __proto__: null, ...DEFAULT_HEADERS } as never) : DEFAULT_HEADERS
    for (const name of Object.keys(extra || {})) {
      const value = (extra as Record<string, unknown>)[name]
      // isHeaderName and isHeaderValue inlined (size budget): a token name, checked by the
      // runtime's Headers, and a valid field value (RFC 9110 §5.5), CR and LF included:
      // Headers would strip those at the ends rather than refuse them.
      try {
        if (typeof value != 'string' || FORBIDDEN_IN_HEADER_VALUE.test(value)) throw value
        new Headers([[name, value]])
      } catch {
        fail(`headers.${name}`, 'a valid header field')
      }
      headers[name.toLowerCase()] = value
    }
    this.headers = Object.freeze(headers)
    // The brand `isHttpProblem()` reads, non-enumerable so spreads and logs skip it.
    Object.defineProperty(this, HTTP_PROBLEM_BRAND, { value: true })
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
    // The problem itself is the ResponseInit: it has `status` and `headers` (size budget).
    return new Response(JSON.stringify(this), this)
  }
}
