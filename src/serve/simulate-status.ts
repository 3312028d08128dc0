import { classifyMonitoring, classifyRetry, parseRetryAfter, problem, statusInfo, statusText, type ErrorStatus } from 'statuskit'

/** The longest `?delay=` the simulator honours, in milliseconds. */
export const MAX_SIMULATED_DELAY_MS = 10_000

/** The request headers the diagnostic body echoes: those that change how a status is read. */
const ECHOED_HEADERS = ['accept', 'content-type', 'if-match', 'if-none-match', 'idempotency-key', 'origin', 'range', 'expect']

/**
 * What the simulator is asked: the method, the `:code` path segment as typed, the query
 * and the request headers.
 *
 * @example
 * ```ts
 * import { simulateStatus, type SimulationRequest } from 'statuskit/serve'
 * const request: SimulationRequest = { method: 'PUT', code: '409', path: '/api/status/409', query: new URLSearchParams() }
 * simulateStatus(request).status // 409
 * ```
 */
export interface SimulationRequest {
  /** Request method, any case. */
  readonly method: string
  /** The `:code` path segment, unparsed. */
  readonly code: string
  /** The request path, echoed in the diagnostic body. */
  readonly path: string
  /** Query: `delay` (ms, capped at 10 000), `retryAfter` (seconds), `body=none`. */
  readonly query: URLSearchParams
  /** Request headers (lower-case names), as Node gives them. */
  readonly headers?: Readonly<Record<string, string | string[] | undefined>>
}

/**
 * The response the simulator sends: status, headers, body (absent where the status or
 * method forbids one, or with `?body=none`) and the delay to wait before sending.
 *
 * @example
 * ```ts
 * import { simulateStatus, type SimulatedResponse } from 'statuskit/serve'
 * const r: SimulatedResponse = simulateStatus({ method: 'GET', code: '204', path: '/api/status/204', query: new URLSearchParams() })
 * r.body // undefined
 * ```
 */
export interface SimulatedResponse {
  /** The status sent. */
  readonly status: number
  /** Response headers, lower-case names. */
  readonly headers: Readonly<Record<string, string>>
  /** The body text, if any. */
  readonly body: string | undefined
  /** How long to wait before answering. */
  readonly delayMs: number
}

function headerHints(code: number, query: URLSearchParams, length: number): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const { name } of statusInfo(code).requiredHeaders) {
    if (name === 'Location') headers.location = code === 201 ? '/api/status/200?created=1' : '/api/status/200'
    else if (name === 'Allow') headers.allow = 'GET, HEAD, OPTIONS'
    else if (name === 'WWW-Authenticate') headers['www-authenticate'] = 'Bearer realm="statuskit-simulator"'
    else if (name === 'Proxy-Authenticate') headers['proxy-authenticate'] = 'Basic realm="statuskit-simulator"'
    else if (name === 'Upgrade') headers.upgrade = 'HTTP/2.0'
    else if (name === 'Content-Range') headers['content-range'] = code === 206 ? `bytes 0-${Math.max(length - 1, 0)}/${length + 100}` : 'bytes */1000'
    else if (name === 'ETag') headers.etag = '"simulated"'
    else if (name === 'Link') headers.link = '</legal/notice>; rel="blocked-by"'
  }
  const retryAfter = query.get('retryAfter')
  if (retryAfter !== null && /^\d{1,9}$/.test(retryAfter)) headers['retry-after'] = retryAfter
  return headers
}

function invalid(detail: string, extensions: Record<string, unknown>): SimulatedResponse {
  const p = problem(400, detail, { extensions })
  return { status: 400, headers: { ...p.headers }, body: JSON.stringify(p), delayMs: 0 }
}

/**
 * Builds the simulator's answer to `/api/status/:code`: the status, the standard headers
 * (`Content-Type`, `Cache-Control: no-store`), the headers the status requires (`Allow` on
 * 405, `WWW-Authenticate` on 401, `Location` on 3xx and 201, `Retry-After` with
 * `?retryAfter=`, `Content-Range` on 416) and a diagnostic JSON body (problem+json for
 * 4xx/5xx) describing the request and the status's retry and monitoring classification.
 * 1xx codes cannot be final responses and an invalid code gets a 400 problem. Pure: the
 * server adds `Date` and does the waiting.
 *
 * @param request - The parsed request.
 * @returns The response to send.
 *
 * @example
 * ```ts
 * import { simulateStatus } from 'statuskit/serve'
 * const r = simulateStatus({ method: 'PUT', code: '409', path: '/api/status/409', query: new URLSearchParams() })
 * r.headers['content-type'] // 'application/problem+json'
 * ```
 */
export function simulateStatus(request: SimulationRequest): SimulatedResponse {
  const { method, query } = request
  const raw = request.code
  const code = /^\d{3}$/.test(raw) ? Number(raw) : Number.NaN
  if (!(code >= 100 && code <= 599)) {
    return invalid(`"${raw.slice(0, 40)}" is not a status code: use an integer from 100 to 599 (RFC 9110 §15).`, { validRange: '100-599' })
  }
  if (code < 200) {
    return invalid(`${code} is an interim (1xx) status: it cannot be the final response to a request (RFC 9110 §15.2). Try 200-599.`, { validRange: '200-599' })
  }
  const upper = method.toUpperCase()
  if (code === 304 && upper !== 'GET' && upper !== 'HEAD') {
    return invalid(`304 Not Modified answers only a conditional GET or HEAD (RFC 9110 §15.4.5); for ${upper.slice(0, 16)} a failed condition is 412 Precondition Failed.`, { validMethods: ['GET', 'HEAD'] })
  }
  const delayParam = Number(query.get('delay') ?? 0)
  const delayMs = Number.isFinite(delayParam) ? Math.min(Math.max(Math.trunc(delayParam), 0), MAX_SIMULATED_DELAY_MS) : 0
  const info = statusInfo(code)
  const echoed: Record<string, string> = {}
  for (const name of ECHOED_HEADERS) {
    const value = request.headers?.[name]
    if (value !== undefined) echoed[name] = (Array.isArray(value) ? value.join(', ') : value).slice(0, 200)
  }
  const retryAfterMs = parseRetryAfter(query.get('retryAfter') ?? undefined)
  const diagnostic = {
    request: { method: upper, path: request.path.slice(0, 200), query: Object.fromEntries([...query].slice(0, 20)), headers: echoed },
    returned: {
      code,
      phrase: statusText(code),
      class: info.class,
      registered: info.registered,
      retry: classifyRetry(code, { method: upper, headers: retryAfterMs === undefined ? {} : { 'retry-after': String(retryAfterMs / 1000) } }),
      monitoring: { server: classifyMonitoring(code, 'server'), client: classifyMonitoring(code, 'client') },
    },
  }
  const noBody = info.noContent || upper === 'HEAD' || query.get('body') === 'none'
  let headers: Record<string, string>
  let body: string
  if (code >= 400) {
    const p = problem(code as ErrorStatus, `The simulator answered ${code} because you asked for it.`, {
      instance: request.path.slice(0, 200),
      expose: true,
      extensions: diagnostic,
    })
    headers = { ...p.headers }
    body = JSON.stringify(p)
  } else {
    headers = { 'content-type': 'application/json', 'cache-control': 'no-store' }
    body = JSON.stringify(diagnostic)
  }
  Object.assign(headers, headerHints(code, query, Buffer.byteLength(body)))
  if (info.noContent) delete headers['content-type']
  if (code === 205) headers['content-length'] = '0'
  return { status: code, headers, body: noBody ? undefined : body, delayMs }
}
