import { isErrorStatus } from '../catalog/status-range.js'
import { statusText } from '../catalog/status-text.js'
import type { ErrorStatus } from '../catalog/status.js'
import { isHeaderName, isHeaderValue } from '../http/header-field.js'
import { HttpProblem } from './http-problem.js'
import { isHttpProblem } from './is-http-problem.js'
import { fastifyValidationProblem } from './fastify-validation.js'

/**
 * Options of `toProblem()`.
 *
 * @example
 * ```ts
 * import { toProblem, type ToProblemOptions } from 'statuskit'
 * const options: ToProblemOptions = { status: 502 }
 * toProblem(new Error('upstream failed'), options).status // 502
 * ```
 */
export interface ToProblemOptions {
  /**
   * Status for a throw that carries none (a plain `Error`, a string, `null`).
   * @default 500
   */
  readonly status?: ErrorStatus | undefined
  /**
   * The signal of the request being answered, aborted when its client went away. An
   * `AbortError` is 499 (nginx "Client Closed Request") only when this signal has
   * aborted; without it, or while the client is still there, an `AbortError` is the
   * server's own (it aborted an upstream call) and is treated like any other error.
   */
  readonly signal?: AbortSignal | undefined
}

type Fields = Record<string, unknown>

/** Reads a member without ever throwing (getters, Proxies). */
function read(value: unknown, key: string): unknown {
  try {
    return typeof value === 'object' && value !== null ? (value as Fields)[key] : undefined
  } catch {
    return undefined
  }
}

function errorStatus(value: unknown): ErrorStatus | undefined {
  return isErrorStatus(value) ? value : undefined
}

/**
 * Fields an error's `headers` must not bring along (an upstream response's, say): framing
 * and representation metadata (the problem is a new body; `content-range` stays, for a
 * 416, and so do others such as `content-security-policy`), cookies, and caching (a
 * problem is `no-store`).
 */
const NOT_FORWARDED =
  /^(?:content-(?:type|length|encoding|language|location|disposition|md5)|transfer-encoding|connection|keep-alive|proxy-connection|te|trailer|set-cookie|cache-control|expires|etag|last-modified|age|date)$/

/** Copies the header fields that are safe to send; drops the rest (never throws). */
function safeHeaders(value: unknown): Record<string, string> {
  const headers: Record<string, string> = Object.create(null) as Record<string, string>
  if (typeof value !== 'object' || value === null) return headers
  for (const name of Object.keys(value)) {
    const raw = read(value, name)
    const field = Array.isArray(raw) ? raw.join(', ') : typeof raw === 'number' ? String(raw) : raw
    const lower = name.toLowerCase()
    if (isHeaderName(name) && isHeaderValue(field) && !NOT_FORWARDED.test(lower)) {
      headers[lower] = field
    }
  }
  return headers
}

/**
 * nginx's phrase for its log-only 499, as in the catalog's vendor table (inlined so that
 * `toProblem` does not bundle the whole table; test/core/problem/to-problem.test.ts checks it).
 */
export const CLIENT_CLOSED_REQUEST = 'Client Closed Request'

const BODY_PARSER: Readonly<Record<string, ErrorStatus>> = { 'entity.parse.failed': 400, 'entity.too.large': 413 }

/** Whether `value` carries an HTTP response: a numeric `status` or `statusCode` and `headers`. */
function carriesResponse(value: unknown): boolean {
  const status = read(value, 'status') ?? read(value, 'statusCode')
  const headers = read(value, 'headers')
  return typeof status === 'number' && typeof headers === 'object' && headers !== null
}

/**
 * Whether `thrown` is a client's or an SDK's error about an upstream's answer. Its status
 * and message describe that call, not the request being answered, and would leak the
 * upstream's words, internal URLs and response headers. The shapes:
 * - an error that carries the response: statuskit's `ProblemError`, ky's `HTTPError`,
 *   got, axios (`response` with a status and headers);
 * - an error that carries the status and the headers itself: undici 6's
 *   `ResponseStatusCodeError` (`throwOnError`), OpenAI's `APIError`, Stripe's errors,
 *   most generated SDKs;
 * - undici's `ResponseError` (`UND_ERR_RESPONSE`) and `ResponseStatusCodeError`
 *   (`UND_ERR_RESPONSE_STATUS_CODE`);
 * - AWS SDK v3 (`$metadata.httpStatusCode`) and v2 (`statusCode` with a boolean
 *   `retryable`), Twilio (`status` with `moreInfo`).
 * Boom and http-errors errors (`isBoom`, a boolean `expose`) chose a status on purpose,
 * also when they wrap such an error, and are not asked.
 */
function isUpstreamFailure(thrown: unknown): boolean {
  const code = read(thrown, 'code')
  return (
    code === 'UND_ERR_RESPONSE' ||
    code === 'UND_ERR_RESPONSE_STATUS_CODE' ||
    carriesResponse(read(thrown, 'response')) ||
    carriesResponse(thrown) ||
    typeof read(read(thrown, '$metadata'), 'httpStatusCode') === 'number' ||
    (typeof read(thrown, 'statusCode') === 'number' && typeof read(thrown, 'retryable') === 'boolean') ||
    (typeof read(thrown, 'status') === 'number' && typeof read(thrown, 'moreInfo') === 'string')
  )
}

/**
 * A branded value as a problem the adapters can trust. A problem (of this copy of
 * statuskit or another: ESM and CJS builds) whose status, headers and `toJSON` are still
 * valid (its fields are writable at run time) is returned as is. Anything else that
 * carries the brand (a forgery, a problem changed after it was made) is rebuilt from its
 * members by the constructor, which leaves out what is invalid; `undefined` (so a 500)
 * when its status is not an error status.
 */
/** Whether every own field of a problem's headers is valid (no array per field, unlike `Object.entries`). */
function validHeaders(headers: object): boolean {
  for (const name of Object.keys(headers)) {
    if (!(isHeaderName(name) && isHeaderValue((headers as Record<string, unknown>)[name]))) return false
  }
  return true
}

function intact(branded: HttpProblem): HttpProblem | undefined {
  const headers = read(branded, 'headers')
  if (
    errorStatus(read(branded, 'status')) !== undefined &&
    typeof read(branded, 'toJSON') === 'function' &&
    typeof headers === 'object' &&
    headers !== null &&
    validHeaders(headers)
  ) {
    return branded
  }
  const member = (key: string): never => read(branded, key) as never
  try {
    return new HttpProblem({
      status: member('status'),
      title: member('title'),
      type: member('type'),
      detail: member('detail'),
      instance: member('instance'),
      expose: member('expose'),
      extensions: member('extensions'),
      headers: member('headers'),
      cause: member('cause'),
    })
  } catch {
    return undefined
  }
}

function classify(thrown: unknown, options: unknown): HttpProblem | undefined {
  const name = read(thrown, 'name')
  if (name === 'AbortError') {
    // The client went away only when the request's own signal says so; any other abort
    // is the server's (an upstream call it cancelled), not the client's doing.
    // (The signal is read here only: an adapter may hand a getter that makes it on demand.)
    if (read(read(options, 'signal'), 'aborted') !== true) return undefined
    return new HttpProblem({ status: 499, title: CLIENT_CLOSED_REQUEST, cause: thrown })
  }
  if (name === 'TimeoutError') return new HttpProblem({ status: 504, title: statusText(504), cause: thrown })
  const isBoom = read(thrown, 'isBoom') === true
  const output = isBoom ? read(thrown, 'output') : undefined
  if (!isBoom && typeof read(thrown, 'expose') !== 'boolean' && isUpstreamFailure(thrown)) {
    return new HttpProblem({ status: 502, title: statusText(502), cause: thrown })
  }
  const bodyParser = read(thrown, 'type')
  const status =
    errorStatus(read(output, 'statusCode')) ??
    (typeof bodyParser === 'string' && Object.hasOwn(BODY_PARSER, bodyParser) ? BODY_PARSER[bodyParser] : undefined) ??
    errorStatus(read(thrown, 'status')) ??
    errorStatus(read(thrown, 'statusCode'))
  // A bare SyntaxError (`await upstream.json()`, `JSON.parse` of a config value) is the
  // server's failure: only an error that carries its 400 (body-parser's
  // `entity.parse.failed`, Fastify's `FST_ERR_CTP_INVALID_JSON_BODY`) blames the request.
  if (status === undefined) return undefined
  if (status === 400 && Array.isArray(read(thrown, 'validation'))) return fastifyValidationProblem(thrown)
  const title = statusText(status)
  const message = isBoom ? read(read(output, 'payload'), 'message') : read(thrown, 'message')
  const expose = read(thrown, 'expose')
  return new HttpProblem({
    status,
    title,
    detail: typeof message === 'string' && message !== '' && message !== title ? message : undefined,
    expose: typeof expose === 'boolean' ? expose : status < 500,
    headers: safeHeaders(isBoom ? read(output, 'headers') : read(thrown, 'headers')),
    cause: thrown,
  })
}

/**
 * Turns anything thrown into an {@link HttpProblem}, and never throws. Recognises, in
 * this order:
 * - an `HttpProblem`: returned as is while its status and headers are valid; anything
 *   else carrying the brand (another copy's problem, a forgery) is rebuilt from its
 *   members, or becomes a 500;
 * - `AbortError`: 499 (nginx "Client Closed Request") only when `options.signal`, the
 *   request's signal, has aborted (the client went away); otherwise it is the server's
 *   own abort and treated as an unknown error (500). `TimeoutError`: 504;
 * - an HTTP client's or an SDK's error about an upstream's answer → 502, without the
 *   upstream's message or headers, as the upstream's status, words and URL are not this
 *   request's: one that carries a `response` with a status and headers (statuskit's
 *   `ProblemError`, ky, got, axios) or a status and headers itself (undici 6
 *   `throwOnError`, OpenAI, Stripe), undici's `UND_ERR_RESPONSE` and
 *   `UND_ERR_RESPONSE_STATUS_CODE`, AWS SDK v3 `$metadata.httpStatusCode` and v2
 *   `retryable`, Twilio `moreInfo`; unless Boom or http-errors wrapped it with a status
 *   of their own;
 * - Boom (`isBoom`, `output.statusCode`, `output.headers`);
 * - body-parser (`type` `entity.parse.failed` → 400, `entity.too.large` → 413);
 * - http-errors and Fastify (`status` / `statusCode`, `expose`, `headers`; Fastify's
 *   `FST_ERR_CTP_INVALID_JSON_BODY` → 400, `validation` → a `validationProblem()`).
 *
 * A bare `SyntaxError` (`await upstream.json()` on an HTML error page) carries no status:
 * it is the server's 500, never the client's 400. Header fields of framing,
 * representation metadata, cookies and caching are never copied from an error's
 * `headers`. Anything else (strings, `null`, plain errors, objects with throwing
 * getters, Proxies) becomes a 500 (or `options.status`) without detail or extensions.
 * The original is kept as `cause`; 5xx messages are not sent unless the error says
 * `expose: true`. `null` options count as none.
 *
 * @param thrown - Whatever was caught.
 * @param options - `status` for throws that carry none (default 500), and the request's
 *   `signal`.
 * @returns An {@link HttpProblem}.
 *
 * @example
 * ```ts
 * import { toProblem } from 'statuskit'
 * try {
 *   await handle(request)
 * } catch (error) {
 *   return toProblem(error, { signal: request.signal }).toResponse()
 * }
 * ```
 */
export function toProblem(thrown: unknown, options?: ToProblemOptions): HttpProblem {
  try {
    const known = isHttpProblem(thrown) ? intact(thrown) : classify(thrown, options)
    if (known !== undefined) return known
  } catch {
    // a hostile or odd value: fall through to the generic problem
  }
  const status = errorStatus(read(options, 'status')) ?? 500
  return new HttpProblem({ status, title: statusText(status), cause: thrown })
}
