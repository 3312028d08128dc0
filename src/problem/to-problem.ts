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
  return typeof value === 'number' && Number.isInteger(value) && value >= 400 && value <= 599 ? (value as ErrorStatus) : undefined
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
 * `toProblem` does not bundle the whole table; test/problem/to-problem.test.ts checks it).
 */
export const CLIENT_CLOSED_REQUEST = 'Client Closed Request'

const BODY_PARSER: Readonly<Record<string, ErrorStatus>> = { 'entity.parse.failed': 400, 'entity.too.large': 413 }

/**
 * Whether `thrown` is an HTTP client's error about an upstream's answer: one that carries
 * the response (statuskit's `ProblemError`, ky's `HTTPError`, got, axios: an object with
 * a numeric `status` or `statusCode` and `headers`), or undici's `ResponseError`. Its
 * status and message describe that call, not the request being answered, and would leak
 * internal URLs. Boom and http-errors wrapping such an error (`isBoom`, a boolean
 * `expose`) chose a status on purpose and are not asked.
 */
function isUpstreamFailure(thrown: unknown): boolean {
  if (read(thrown, 'code') === 'UND_ERR_RESPONSE') return true
  const response = read(thrown, 'response')
  const status = read(response, 'status') ?? read(response, 'statusCode')
  const headers = read(response, 'headers')
  return typeof status === 'number' && typeof headers === 'object' && headers !== null
}

function classify(thrown: unknown): HttpProblem | undefined {
  const name = read(thrown, 'name')
  if (name === 'AbortError') {
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
  if (status === undefined) {
    const message = read(thrown, 'message')
    if (thrown instanceof SyntaxError && typeof message === 'string' && message.includes('JSON')) {
      return new HttpProblem({ status: 400, title: statusText(400), detail: 'The request body is not valid JSON.', cause: thrown })
    }
    return undefined
  }
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
 * this order: an `HttpProblem` (returned as is); `AbortError` (499, nginx "Client Closed
 * Request": the client went away) and `TimeoutError` (504); an HTTP client's error about
 * an upstream's answer (statuskit's `ProblemError`, ky, got, axios: it carries a
 * `response` with a status and headers; undici's `ResponseError`) → 502, as the
 * upstream's status and URL are not this request's, unless Boom or http-errors wrapped it
 * with a status of their own; Boom (`isBoom`, `output.statusCode`, `output.headers`);
 * body-parser (`type` `entity.parse.failed` → 400, `entity.too.large` → 413); http-errors
 * and Fastify (`status` / `statusCode`, `expose`, `headers`; Fastify `validation` → a
 * `validationProblem()`); a `SyntaxError` from JSON parsing → 400. Header fields of
 * framing, representation metadata, cookies and caching are never copied from an error's
 * `headers`. Anything else (strings, `null`, plain errors, objects with throwing
 * getters, Proxies) becomes a 500 without detail or extensions. The original is kept as
 * `cause`; 5xx messages are not sent unless the error says `expose: true`.
 *
 * @param thrown - Whatever was caught.
 * @param options - `status` for throws that carry none (default 500).
 * @returns An {@link HttpProblem}.
 *
 * @example
 * ```ts
 * import { toProblem } from 'statuskit'
 * try {
 *   await handle(request)
 * } catch (error) {
 *   return toProblem(error).toResponse()
 * }
 * ```
 */
export function toProblem(thrown: unknown, options?: ToProblemOptions): HttpProblem {
  try {
    if (isHttpProblem(thrown)) return thrown
    const known = classify(thrown)
    if (known !== undefined) return known
  } catch {
    // a hostile or odd value: fall through to the generic problem
  }
  let status: ErrorStatus = 500
  try {
    status = errorStatus(options?.status) ?? 500
  } catch {
    // unreadable options
  }
  return new HttpProblem({ status, title: statusText(status), cause: thrown })
}
