import { request as httpRequest, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { Readable } from 'node:stream'
import { readBodyBytes } from 'statuskit/fetch'
import { redactUrl } from './redact-url.js'

/**
 * Largest response body read by default; the rest is cancelled.
 *
 * @example
 * ```ts
 * import { MAX_EXCHANGE_BODY_BYTES } from 'statuskit/serve'
 * MAX_EXCHANGE_BODY_BYTES // 1048576
 * ```
 */
export const MAX_EXCHANGE_BODY_BYTES = 1 << 20
/** Redirects followed (with `follow`) before giving up, as WHATWG Fetch. */
const MAX_REDIRECTS = 20
/** The redirect statuses a client follows (WHATWG Fetch "redirect status"). */
const REDIRECT_STATUSES: readonly number[] = [301, 302, 303, 307, 308]
/** The request headers every exchange sends unless the caller sets them. */
const DEFAULT_HEADERS: readonly (readonly [string, string])[] = [
  ['user-agent', 'statuskit-inspect'],
  ['accept', '*/*'],
]

/**
 * The request {@link fetchExchange} makes.
 *
 * @example
 * ```ts
 * import type { ExchangeRequest } from 'statuskit/serve'
 * const request: ExchangeRequest = { url: 'http://127.0.0.1:8080/orders/7', method: 'PUT', headers: [['if-match', '"v1"']], body: '{}' }
 * ```
 */
export interface ExchangeRequest {
  /** An absolute http or https URL without credentials. */
  readonly url: string | URL
  /** Request method. @default 'GET' */
  readonly method?: string | undefined
  /** Request headers; they replace the defaults (`user-agent`, `accept`) of the same name. */
  readonly headers?: readonly (readonly [string, string])[] | undefined
  /** Request content. A JSON-looking body without a Content-Type is labelled `application/json`. */
  readonly body?: string | undefined
  /** Follow redirects to http(s) targets, recording each hop. @default false */
  readonly follow?: boolean | undefined
  /** Give up after this many milliseconds, body included. @default 10000 */
  readonly timeoutMs?: number | undefined
  /** Body bytes read per response before the rest is cancelled. @default 1048576 */
  readonly maxBodyBytes?: number | undefined
}

/**
 * One request and its response, exactly as they went over the wire: `request.headers`
 * lists every header sent (Host, Connection and Content-Length included), the response
 * body is the raw bytes (no decompression: no `Accept-Encoding` is sent unless you send one).
 *
 * @example
 * ```ts
 * import { fetchExchange, type ExchangeHop } from 'statuskit/serve'
 * const hops: readonly ExchangeHop[] = await fetchExchange({ url: 'http://127.0.0.1:8080/' })
 * hops.at(-1)?.status // the final status
 * ```
 */
export interface ExchangeHop {
  /** What was sent. */
  readonly request: {
    /** The method, upper case. */
    readonly method: string
    /** The URL, with credentials and secret query values redacted (`redactUrl`). */
    readonly url: string
    /** Every header sent, in order, names lower case. */
    readonly headers: readonly (readonly [string, string])[]
  }
  /** The status received. */
  readonly status: number
  /** The reason phrase the server sent. */
  readonly statusText: string
  /** Response headers in the order received, names lower case. */
  readonly headers: readonly (readonly [string, string])[]
  /** The body bytes read (a redirect that was followed has none). */
  readonly body: Uint8Array
  /** Whether the body was longer than the limit and the rest cancelled. */
  readonly truncated: boolean
}

/**
 * Why {@link fetchExchange} could not complete: a message safe to print (URLs redacted,
 * no stack), and whether it was the timeout.
 *
 * @example
 * ```ts
 * import { ExchangeError, fetchExchange } from 'statuskit/serve'
 * try {
 *   await fetchExchange({ url: 'http://127.0.0.1:1/' })
 * } catch (error) {
 *   if (error instanceof ExchangeError) console.error(error.message)
 * }
 * ```
 */
export class ExchangeError extends Error {
  /** Always `'ExchangeError'`. */
  override readonly name = 'ExchangeError'
  /** Whether the time limit ran out. */
  readonly timedOut: boolean
  constructor(message: string, timedOut = false) {
    super(message)
    this.timedOut = timedOut
  }
}

function send(url: URL, method: string, headers: readonly (readonly [string, string])[], body: string | undefined, signal: AbortSignal): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const make = url.protocol === 'https:' ? httpsRequest : httpRequest
    const flat = headers.flatMap(([name, value]) => [name, value])
    const req = make(url, { method, headers: flat, signal, agent: false, setHost: false })
    req.on('error', reject)
    req.on('response', resolve)
    req.end(body)
  })
}

/** At most `maxBytes` of the body (statuskit/fetch's bounded read; the rest is cancelled). */
async function readBody(response: IncomingMessage, maxBytes: number): Promise<{ bytes: Uint8Array; truncated: boolean }> {
  const { bytes, truncated, interrupted } = await readBodyBytes(new Response(Readable.toWeb(response) as ReadableStream<Uint8Array>), maxBytes)
  if (interrupted) throw new ExchangeError('the connection failed while the body was read')
  return { bytes, truncated }
}

function networkMessage(error: unknown): string {
  if (error instanceof ExchangeError) return error.message
  const code = (error as { code?: unknown } | null)?.code
  const message = error instanceof Error ? error.message : String(error)
  return typeof code === 'string' ? `${code}: ${message}` : message
}

/** The headers to send for `url`: defaults, then the caller's, then Host, Connection and Content-Length. */
function requestHeaders(url: URL, given: readonly (readonly [string, string])[], body: string | undefined): [string, string][] {
  const names = new Set(given.map(([name]) => name.toLowerCase()))
  const out: [string, string][] = [['host', url.host]]
  for (const [name, value] of DEFAULT_HEADERS) if (!names.has(name)) out.push([name, value])
  for (const [name, value] of given) if (!/^(host|connection|content-length|transfer-encoding)$/i.test(name)) out.push([name.toLowerCase(), value])
  if (body !== undefined && !names.has('content-type')) out.push(['content-type', /^\s*[[{]/.test(body) ? 'application/json' : 'text/plain;charset=UTF-8'])
  out.push(['connection', 'close'])
  if (body !== undefined) out.push(['content-length', String(Buffer.byteLength(body))])
  return out
}

/**
 * Makes a request with `node:http`/`node:https` and returns every hop: the response
 * itself, or with `follow` each redirect and then the final response. Only http and https
 * are spoken (a redirect elsewhere is not followed); the time and the body size are
 * bounded; Authorization, Cookie and Proxy-Authorization are dropped on a cross-origin
 * redirect; a 303 (or a 301/302 to POST) continues with GET. Used by `statuskit inspect`
 * and by the web inspector of `statuskit serve`.
 *
 * @param request - URL, method, headers, body, and the limits.
 * @returns The hops, the final response last.
 * @throws {@link ExchangeError} on a network error, the timeout, a body cut short, more
 * than 20 redirects, or a URL that is not http(s) or carries credentials.
 *
 * @example
 * ```ts
 * import { fetchExchange } from 'statuskit/serve'
 * const hops = await fetchExchange({ url: 'http://127.0.0.1:8080/api/status/301', follow: true })
 * hops.map((hop) => hop.status) // [301, 200]
 * ```
 */
export async function fetchExchange(request: ExchangeRequest): Promise<ExchangeHop[]> {
  let url: URL
  try {
    url = new URL(request.url)
  } catch {
    throw new ExchangeError(`invalid URL "${redactUrl(String(request.url)).slice(0, 60)}"; expected http:// or https://`)
  }
  if (!/^https?:$/.test(url.protocol)) throw new ExchangeError(`invalid URL "${redactUrl(url).slice(0, 60)}"; expected http:// or https://`)
  if (url.username !== '' || url.password !== '') {
    throw new ExchangeError(`the URL ${redactUrl(url)} carries credentials; send them in an Authorization header instead`)
  }
  const timeoutMs = request.timeoutMs ?? 10_000
  const signal = AbortSignal.timeout(timeoutMs)
  let method = (request.method ?? 'GET').toUpperCase()
  let body = request.body
  let given = request.headers ?? []
  const hops: ExchangeHop[] = []
  for (;;) {
    const headers = requestHeaders(url, given, body)
    let sent
    try {
      const response = await send(url, method, headers, body, signal)
      sent = { response, ...(await readBody(response, request.maxBodyBytes ?? MAX_EXCHANGE_BODY_BYTES)) }
    } catch (error) {
      if (signal.aborted) throw new ExchangeError(`request timed out after ${timeoutMs} ms`, true)
      throw new ExchangeError(networkMessage(error))
    }
    const { response } = sent
    const status = response.statusCode ?? 0
    const raw = response.rawHeaders
    const responseHeaders: [string, string][] = []
    for (let i = 0; i + 1 < raw.length; i += 2) responseHeaders.push([(raw[i] as string).toLowerCase(), raw[i + 1] as string])
    const location = response.headers.location
    let next: URL | undefined
    try {
      next = location === undefined ? undefined : new URL(location, url)
    } catch {
      next = undefined
    }
    const follow = request.follow === true && next !== undefined && /^https?:$/.test(next.protocol) && REDIRECT_STATUSES.includes(status)
    hops.push({
      request: { method, url: redactUrl(url), headers },
      status,
      statusText: response.statusMessage ?? '',
      headers: responseHeaders,
      body: follow ? new Uint8Array() : sent.bytes,
      truncated: follow ? false : sent.truncated,
    })
    if (!follow || next === undefined) return hops
    if (hops.length > MAX_REDIRECTS) throw new ExchangeError(`more than ${MAX_REDIRECTS} redirects`)
    if ((status === 303 && method !== 'HEAD') || (status < 303 && method === 'POST')) {
      method = 'GET'
      body = undefined
      given = given.filter(([name]) => !/^content-/i.test(name))
    }
    if (next.origin !== url.origin) given = given.filter(([name]) => !/^(authorization|cookie|proxy-authorization)$/i.test(name))
    url = next
  }
}
