import { classifyMonitoring, classifyRetry, problem, statusInfo, statusText, vendorStatuses, type ErrorStatus } from 'statuskit'
import { readSimulatorQuery } from './simulator-query.js'

/**
 * The problem type of the simulator's 409: a version conflict, with the current version
 * in `currentVersion` and in the `ETag` header (what the 409 guide asks a server to send).
 *
 * @example
 * ```ts
 * import { SIMULATED_CONFLICT_TYPE } from 'statuskit/serve'
 * SIMULATED_CONFLICT_TYPE // 'tag:statuskit.dev,2026:simulator/version-conflict'
 * ```
 */
export const SIMULATED_CONFLICT_TYPE = 'tag:statuskit.dev,2026:simulator/version-conflict'

/** The version (and ETag) the simulated resource is at. */
const CURRENT_VERSION = 2

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
  /**
   * Query: `delay` (ms, 0–10 000), `retryAfter` (seconds, 0–86 400, or `none`; 429 and
   * 503 default to 1), `body=none`, `vendor` (whose phrase a vendor code carries).
   */
  readonly query: URLSearchParams
  /** Request headers (lower-case names), as Node gives them. */
  readonly headers?: Readonly<Record<string, string | string[] | undefined>>
  /** The request content as text, if any; the diagnostic body echoes its start. */
  readonly body?: string | undefined
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
  /**
   * The reason phrase for the status line: the current IANA phrase (`statusText`), or the
   * vendor's phrase for a vendor code.
   */
  readonly phrase: string
  /** Response headers, lower-case names. */
  readonly headers: Readonly<Record<string, string>>
  /** The body text, if any. */
  readonly body: string | undefined
  /** How long to wait before answering. */
  readonly delayMs: number
}

function headerHints(code: number, retryAfter: number | undefined, length: number): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const { name } of statusInfo(code).requiredHeaders) {
    if (name === 'Location') headers.location = code === 201 ? '/api/status/200?created=1' : '/api/status/200'
    else if (name === 'Allow') headers.allow = 'GET, HEAD, OPTIONS'
    else if (name === 'WWW-Authenticate') headers['www-authenticate'] = 'Bearer realm="statuskit-simulator"'
    else if (name === 'Proxy-Authenticate') headers['proxy-authenticate'] = 'Basic realm="statuskit-simulator"'
    else if (name === 'Upgrade') Object.assign(headers, { upgrade: 'HTTP/2.0', connection: 'Upgrade' })
    else if (name === 'Content-Range') headers['content-range'] = code === 206 ? `bytes 0-${Math.max(length - 1, 0)}/${length + 100}` : 'bytes */1000'
    else if (name === 'ETag') headers.etag = `"v${CURRENT_VERSION}"`
    else if (name === 'Link') headers.link = '</legal/notice>; rel="blocked-by"'
  }
  if (code === 409) headers.etag = `"v${CURRENT_VERSION}"`
  if (retryAfter !== undefined) headers['retry-after'] = String(retryAfter)
  return headers
}

/** Headers on every simulator answer: it negotiates nothing but says so, and forbids sniffing. */
const COMMON_HEADERS = { vary: 'Accept', 'x-content-type-options': 'nosniff' }

function invalid(detail: string, extensions: Record<string, unknown>): SimulatedResponse {
  const p = problem(400, detail, { extensions })
  return { status: 400, phrase: statusText(400), headers: { ...p.headers, ...COMMON_HEADERS }, body: JSON.stringify(p), delayMs: 0 }
}

/** The phrase for the status line: the named vendor's, the only vendor's, or the IANA one. */
function phraseOf(code: number, vendor: string | undefined): string {
  const rows = vendorStatuses(code)
  const row = vendor === undefined ? (rows.length === 1 ? rows[0] : undefined) : rows.find((r) => r.vendor === vendor)
  return row?.phrase ?? statusText(code)
}

/**
 * Builds the simulator's answer to `/api/status/:code`: the status and its phrase (the
 * current IANA one, or the vendor's), the standard headers (`Content-Type`,
 * `Cache-Control: no-store`, `Vary: Accept`, `X-Content-Type-Options: nosniff`), the
 * headers the status requires (`Allow` on 405, `WWW-Authenticate` on 401, `Location` on
 * 3xx and 201, `Content-Range` on 416, `Retry-After` on 429 and 503: 1 s unless
 * `?retryAfter=` says otherwise) and a diagnostic JSON body (problem+json for 4xx/5xx)
 * describing the request and the status's retry and monitoring classification. The 409
 * is a version conflict of type {@link SIMULATED_CONFLICT_TYPE} with an `ETag` and
 * `currentVersion`. 1xx codes cannot be final responses; an invalid code or query value
 * gets a 400 problem naming it. Pure: the server adds `Date` and does the waiting.
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
  const parsed = readSimulatorQuery(query, code)
  if ('parameter' in parsed) {
    return invalid(`Query parameter ${parsed.parameter}: ${parsed.detail}`, { errors: [{ parameter: parsed.parameter, detail: parsed.detail }] })
  }
  const { delayMs, retryAfter } = parsed
  const phrase = phraseOf(code, parsed.vendor?.vendor)
  const info = statusInfo(code)
  const echoed: Record<string, string> = {}
  for (const name of ECHOED_HEADERS) {
    const value = request.headers?.[name]
    if (value !== undefined) echoed[name] = (Array.isArray(value) ? value.join(', ') : value).slice(0, 200)
  }
  const requestBody = request.body ? { body: request.body.slice(0, 1000) } : {}
  const diagnostic = {
    request: { method: upper, path: request.path.slice(0, 200), query: Object.fromEntries([...query].slice(0, 20)), headers: echoed, ...requestBody },
    returned: {
      code,
      phrase,
      ...(parsed.vendor ? { vendor: parsed.vendor.vendor } : {}),
      class: info.class,
      registered: info.registered,
      retry: classifyRetry(code, { method: upper, headers: retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) } }),
      monitoring: { server: classifyMonitoring(code, 'server'), client: classifyMonitoring(code, 'client') },
    },
  }
  const noBody = info.noContent || upper === 'HEAD' || parsed.noBody
  let headers: Record<string, string>
  let body: string
  if (code === 409) {
    const p = problem(409, `The resource is at version ${CURRENT_VERSION} (ETag "v${CURRENT_VERSION}"): re-read it, reapply your change and send it again with If-Match: "v${CURRENT_VERSION}".`, {
      type: SIMULATED_CONFLICT_TYPE,
      title: 'Version conflict',
      instance: request.path.slice(0, 200),
      extensions: { currentVersion: CURRENT_VERSION, ...diagnostic },
    })
    headers = { ...p.headers }
    body = JSON.stringify(p)
  } else if (code >= 400) {
    const title = phrase === statusText(code) ? {} : { title: phrase }
    const p = problem(code as ErrorStatus, `The simulator answered ${code} because you asked for it.`, {
      ...title,
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
  Object.assign(headers, COMMON_HEADERS, headerHints(code, retryAfter, Buffer.byteLength(body)))
  if (info.noContent || parsed.noBody) delete headers['content-type']
  if (code === 205) headers['content-length'] = '0'
  return { status: code, phrase, headers, body: noBody ? undefined : body, delayMs }
}
