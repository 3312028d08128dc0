import { HttpProblem } from 'statuskit'
import { acceptQuality } from './accept-quality.js'

/** The media type of the short text form (RFC 2046 §4.1.3; UTF-8 as RFC 8259 for JSON). */
const TEXT_PLAIN = 'text/plain; charset=utf-8'
const ASCII = /^[\0-\x7f]*$/

/**
 * What {@link renderProblem} needs to know about the request it answers.
 */
export interface RenderProblemOptions {
  /**
   * The request's `Accept` field value(s).
   * @default undefined (accepts anything: the problem goes out as `application/problem+json`)
   */
  accept?: string | readonly string[] | undefined
  /**
   * The request method; `HEAD` gets the same status and headers and no body.
   * @default undefined (treated as `GET`)
   */
  method?: string | undefined
  /**
   * The `Vary` field the response already has (a CORS middleware's `Origin`): its
   * members are kept, with the problem's own and `Accept` merged in, each once. Every
   * adapter passes it here, so the merge is written in one place.
   * @default undefined (only the problem's `Vary` and `Accept`)
   */
  vary?: string | readonly string[] | undefined
  /**
   * Members to add to the JSON document of this response only (the server pipeline's
   * `traceId`), after the problem's own. A member the document already has keeps the
   * problem's value, and the standard member names are never taken from here.
   * @default undefined (the problem's document as it is)
   */
  extensions?: Readonly<Record<string, unknown>> | undefined
}

/**
 * A problem ready for the wire: a framework adapter writes `status`, removes the headers
 * named in `remove`, sets every header in `headers` and sends `body` when it is defined.
 */
export interface RenderedProblem {
  /** The HTTP status code, the problem's `status`. */
  readonly status: number
  /**
   * Lower-case header names to values: the problem's own headers (`allow`, `retry-after`,
   * ...), `content-type`, `content-length`, `cache-control`, `vary: Accept` and
   * `x-content-type-options: nosniff`.
   */
  readonly headers: Readonly<Record<string, string>>
  /** The body, or `undefined` for a `HEAD` request. */
  readonly body: string | undefined
  /**
   * Lower-case names of headers to remove from a response the route had begun before it
   * failed: they describe the representation the problem replaces (`content-encoding`,
   * `content-language`, `content-range`, `content-disposition`; Express's own final handler
   * removes the first three). Remove them before setting `headers`.
   */
  readonly remove: readonly string[]
}

const REMOVE: readonly string[] = /* #__PURE__ */ Object.freeze(['content-encoding', 'content-language', 'content-range', 'content-disposition'])

/**
 * One `Vary` value from the response's, the problem's and `Accept`: each member once
 * (field names are case-insensitive), in first-seen order; `*` alone when any is `*`
 * (RFC 9110 §12.5.5).
 */
function mergeVary(before: string | readonly string[] | undefined, own: string | undefined): string {
  if (before === undefined && own === undefined) return 'Accept'
  const members: string[] = []
  const seen = new Set<string>()
  for (const value of [before, own, 'Accept'].flat()) {
    for (const raw of (value ?? '').split(',')) {
      const member = raw.trim()
      const key = member.toLowerCase()
      if (key === '*') return '*'
      if (key === '' || seen.has(key)) continue
      seen.add(key)
      members.push(member)
    }
  }
  return members.join(', ')
}

/**
 * Names `extensions` never sets: the standard members (RFC 9457 §3.1) and the prototype
 * keys, as `new HttpProblem()` refuses them for its own extensions.
 */
const STANDARD_MEMBER = /^(?:type|title|status|detail|instance|__proto__|constructor|prototype)$/

/** The problem's document with the `extra` members it does not have yet. */
function documentOf(problem: HttpProblem, extra: Readonly<Record<string, unknown>>): object {
  const document = problem.toJSON()
  for (const name of Object.keys(extra)) {
    if (!STANDARD_MEMBER.test(name) && !Object.hasOwn(document, name)) (document as Record<string, unknown>)[name] = extra[name]
  }
  return document
}

/** Octets of `text` in UTF-8; a lone surrogate counts as U+FFFD (3 octets), as encoders send it. */
function utf8Length(text: string): number {
  // Most problem documents are ASCII: one native scan instead of a loop over the code units.
  if (ASCII.test(text)) return text.length
  let length = text.length
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) continue
    if (code < 0x800) length += 1
    else if ((code & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      length += 2
      i++
    } else length += 2
  }
  return length
}

/**
 * Turns a problem into the response a server sends, negotiated on the request's `Accept`:
 * `application/problem+json` (the RFC 9457 document, `detail` left out unless the problem
 * is exposed) by default and whenever JSON is acceptable; when `Accept` admits neither
 * `application/problem+json` nor `application/json` but does admit `text/plain`, a one-line
 * text body such as `409 Conflict: Order 7 is at version 8.`. Never HTML, so nothing a
 * client sent is ever reflected into markup; `x-content-type-options: nosniff` stops
 * browsers from guessing otherwise. A `HEAD` request gets the same headers and no body.
 * A problem whose extensions cannot be serialized (a cycle, a `BigInt`, a throwing
 * `toJSON`) is a bug in the server: as JSON it is sent as a bare 500, never as a crash
 * (compare the returned `status` with the problem's to log it as an error).
 *
 * This is the one place the framework adapters (`statuskit/express`, `statuskit/fastify`)
 * take their response from, through the pipeline of `statuskit/server`; use that pipeline
 * to write an adapter of your own.
 *
 * @param problem - The problem to send.
 * @param options - The request's `accept` and `method`, the response's `vary`, members to add.
 * @returns The status, headers and body to write, and the headers to remove first.
 *
 * @example
 * ```ts
 * import { conflict } from 'statuskit'
 * import { renderProblem } from 'statuskit/server'
 * const { status, headers, body } = renderProblem(conflict('Order 7 is at version 8.'), {
 *   accept: 'text/plain',
 *   method: 'PUT',
 * })
 * // status 409, headers['content-type'] 'text/plain; charset=utf-8',
 * // body '409 Conflict: Order 7 is at version 8.'
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9457#section-3 | RFC 9457 §3}
 */
export function renderProblem(problem: HttpProblem, options: RenderProblemOptions = {}): RenderedProblem {
  const { accept, method, vary, extensions } = options
  const json =
    accept === undefined ||
    acceptQuality(accept, 'application/problem+json') > 0 ||
    acceptQuality(accept, 'application/json') > 0 ||
    acceptQuality(accept, 'text/plain') === 0
  const detail = problem.expose && problem.detail ? `: ${problem.detail}` : ''
  let text: string
  try {
    text = json ? JSON.stringify(extensions ? documentOf(problem, extensions) : problem) : `${problem.status} ${problem.title}${detail}`
  } catch {
    return renderProblem(new HttpProblem({ status: 500, title: 'Internal Server Error' }), options)
  }
  const headers: Record<string, string> = {
    ...problem.headers,
    vary: mergeVary(vary, problem.headers['vary']),
    'x-content-type-options': 'nosniff',
    'content-length': String(utf8Length(text)),
  }
  if (!json) headers['content-type'] = TEXT_PLAIN
  return { status: problem.status, headers, body: method?.toUpperCase() === 'HEAD' ? undefined : text, remove: REMOVE }
}
