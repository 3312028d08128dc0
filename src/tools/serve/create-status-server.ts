import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { notFound, problem, statusText, toProblem, type HttpProblem } from 'statuskit'
import { renderProblem } from 'statuskit/server'
import { explain } from 'statuskit/guide'
import { FAVICON_SVG, PAGE_JS, STYLE_CSS } from './assets.js'
import { corsHeaders, preflight } from './cors.js'
import { escapeHtml } from './escape-html.js'
import { inspectTarget } from './inspect-api.js'
import { pageLayout } from './page-layout.js'
import { renderIndexPage } from './render-index-page.js'
import { renderInspectorPage } from './render-inspector-page.js'
import { renderStatusPage } from './render-status-page.js'
import { isLocalHost, isOwnOrigin, parseRequestTarget } from './request-guard.js'
import { MAX_SEQUENCE_LENGTH, SequenceStore } from './sequence-store.js'
import { simulateStatus, type SimulatedResponse } from './simulate-status.js'

/**
 * The most request content the server reads; larger requests get a 413 problem.
 *
 * @example
 * ```ts
 * import { MAX_REQUEST_BODY_BYTES } from 'statuskit/serve'
 * MAX_REQUEST_BODY_BYTES // 65536
 * ```
 */
export const MAX_REQUEST_BODY_BYTES = 65_536

/**
 * Options of {@link createStatusServer}.
 *
 * @example
 * ```ts
 * import type { StatusServerOptions } from 'statuskit/serve'
 * const options: StatusServerOptions = { maxBodyBytes: 1024, cors: true, allowedHosts: ['devbox.lan'] }
 * ```
 */
export interface StatusServerOptions {
  /**
   * The most request content read before answering 413.
   * @default 65536
   */
  readonly maxBodyBytes?: number | undefined
  /**
   * Answer CORS preflights and add `Access-Control-Allow-Origin: *` (and the exposed
   * headers a retrying client needs) to `/api/status` and `/api/sequence`, so a web app on
   * another origin can call the simulator. Never on `/api/inspect`.
   * @default false
   */
  readonly cors?: boolean | undefined
  /**
   * Host names (besides IP addresses, `localhost` and `*.localhost`) the server answers
   * to; any other `Host` gets 421 (DNS-rebinding defence). Pass the name it is bound to.
   * @default []
   */
  readonly allowedHosts?: readonly string[] | undefined
}

const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'self'; style-src 'self'; script-src 'self'; frame-ancestors 'none'",
}
const JSON_HEADERS = { 'content-type': 'application/json', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' }
const ASSETS: Readonly<Record<string, readonly [string, string]>> = {
  '/assets/style.css': ['text/css; charset=utf-8', STYLE_CSS],
  '/assets/page.js': ['text/javascript; charset=utf-8', PAGE_JS],
  '/assets/favicon.svg': ['image/svg+xml', FAVICON_SVG],
}

interface Context {
  readonly maxBody: number
  readonly cors: boolean
  readonly allowedHosts: readonly string[]
  readonly sequences: SequenceStore
}

/** A path segment, percent-decoded when it can be; a malformed escape is kept as typed. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/** Sends a problem the way the adapters do (negotiated by `renderProblem`), with the current phrase. */
function sendProblem(req: IncomingMessage, res: ServerResponse, p: HttpProblem, extra: Record<string, string> = {}): void {
  const { status, headers, body } = renderProblem(p, { accept: req.headers.accept, method: req.method })
  res.writeHead(status, statusText(status), { ...headers, ...extra })
  res.end(body)
}

/** Reads the request content up to `limit` bytes; `undefined` when it is larger or fails. */
function readBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        req.removeAllListeners('data')
        req.pause()
        resolve(undefined)
      } else chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', () => resolve(undefined))
  })
}

function sendSimulated(res: ServerResponse, answer: SimulatedResponse, extra: Record<string, string>): void {
  const send = (): void => {
    res.writeHead(answer.status, answer.phrase, { ...answer.headers, ...extra })
    res.end(answer.body)
  }
  if (answer.delayMs === 0) return send()
  const timer = setTimeout(send, answer.delayMs)
  res.on('close', () => clearTimeout(timer))
}

/** `/api/sequence/:codes?key=`: the next status of the list for that key. */
function sequence(ctx: Context, req: IncomingMessage, url: URL, list: string, body: string): SimulatedResponse | HttpProblem {
  const codes = list.split(',')
  if (!/^\d{3}(,\d{3})*$/.test(list) || codes.length > MAX_SEQUENCE_LENGTH) {
    return problem(400, `Path parameter codes: expected 1 to ${MAX_SEQUENCE_LENGTH} status codes separated by commas, e.g. /api/sequence/503,503,200?key=run1.`, { extensions: { errors: [{ parameter: 'codes' }] } })
  }
  const key = url.searchParams.get('key')
  if (key === null || !/^[\w.:-]{1,100}$/.test(key)) {
    return problem(400, 'Query parameter key: expected 1 to 100 letters, digits or ._:- naming this run, e.g. ?key=run1 (each key walks the list once).', { extensions: { errors: [{ parameter: 'key' }] } })
  }
  const step = ctx.sequences.take(key, list, codes.length)
  const code = codes[step] as string
  const answer = simulateStatus({ method: req.method ?? 'GET', code, path: url.pathname, query: url.searchParams, headers: req.headers, body })
  return { ...answer, headers: { ...answer.headers, 'x-statuskit-sequence': `${step + 1}/${codes.length}` } }
}

async function inspect(req: IncomingMessage, res: ServerResponse, body: string): Promise<void> {
  if (req.method !== 'POST') return sendProblem(req, res, problem(405, '/api/inspect answers POST with a JSON body { url, method, headers, body }.', { headers: { allow: 'POST' } }))
  // Only this server's own pages (or a client without Origin, like curl) may make it fetch.
  if (!isOwnOrigin(req.headers.origin, req.headers.host)) return sendProblem(req, res, problem(403, 'The inspector answers only its own pages: the Origin is not this server.'))
  if (!/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '')) {
    return sendProblem(req, res, problem(415, 'Send the request to inspect as Content-Type: application/json.', { headers: { 'accept-post': 'application/json' } }))
  }
  let input: unknown
  try {
    input = JSON.parse(body) as unknown
  } catch {
    return sendProblem(req, res, problem(400, 'The body is not valid JSON; expected { url, method, headers, body }.'))
  }
  const result = await inspectTarget(input)
  if ('status' in result) return sendProblem(req, res, result)
  res.writeHead(200, JSON_HEADERS)
  res.end(JSON.stringify(result))
}

function sendPage(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, statusText(status), PAGE_HEADERS)
  res.end(html)
}

async function handle(ctx: Context, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = parseRequestTarget(req.url)
  if (!url) return sendProblem(req, res, problem(400, 'The request-target is not a valid path or http(s) URL (RFC 9112 §3.2).'), { connection: 'close' })
  if (!isLocalHost(req.headers.host, ctx.allowedHosts)) {
    // DNS rebinding: a page of another site resolved to this address. Tell it nothing.
    return sendProblem(req, res, problem(421, 'This local server answers only requests for localhost, an IP address or the host names it was started with (--allowed-host).'), { connection: 'close' })
  }
  const method = req.method ?? 'GET'
  const body = await readBody(req, ctx.maxBody)
  if (body === undefined) {
    res.setHeader('connection', 'close')
    return sendProblem(req, res, problem(413, `Request content is limited to ${ctx.maxBody} bytes.`))
  }
  const apiStatus = /^\/api\/status\/([^/]*)$/.exec(url.pathname)
  const apiSequence = /^\/api\/sequence\/([^/]*)$/.exec(url.pathname)
  if (apiStatus || apiSequence) {
    const cors = ctx.cors ? corsHeaders() : {}
    const pre = ctx.cors ? preflight(method, req.headers) : undefined
    if (pre) {
      res.writeHead(204, statusText(204), pre)
      return void res.end()
    }
    const answer = apiStatus
      ? simulateStatus({ method, code: decodeSegment(apiStatus[1] ?? ''), path: url.pathname, query: url.searchParams, headers: req.headers, body })
      : sequence(ctx, req, url, decodeSegment(apiSequence?.[1] ?? ''), body)
    if ('toJSON' in answer) return sendProblem(req, res, answer, cors)
    return sendSimulated(res, answer, cors)
  }
  if (url.pathname === '/api/inspect') return inspect(req, res, body)
  if (method !== 'GET' && method !== 'HEAD') {
    return sendProblem(req, res, problem(405, `${url.pathname.slice(0, 100)} answers GET and HEAD only.`, { headers: { allow: 'GET, HEAD' } }))
  }
  if (url.pathname === '/') return sendPage(res, 200, renderIndexPage())
  if (url.pathname === '/inspect') return sendPage(res, 200, renderInspectorPage())
  const short = /^\/(\d{3})$/.exec(url.pathname)
  if (short) {
    res.writeHead(301, statusText(301), { location: `/status/${short[1]}${url.search}`, 'cache-control': 'no-store', 'content-length': '0' })
    return void res.end()
  }
  const page = /^\/status\/(\d{3})$/.exec(url.pathname)
  if (page) {
    const vendor = url.searchParams.get('vendor')
    let html: string
    try {
      html = renderStatusPage(vendor === null ? explain(Number(page[1])) : explain(Number(page[1]), vendor as never))
    } catch {
      return sendPage(res, 404, pageLayout('No guide', `<h1>No guide for ${escapeHtml(url.pathname.slice(8, 40))}</h1><p><a href="/">All status codes</a></p>`))
    }
    return sendPage(res, 200, html)
  }
  const asset = ASSETS[url.pathname]
  if (asset) {
    res.writeHead(200, { 'content-type': asset[0], 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' })
    return void res.end(asset[1])
  }
  if (url.pathname === '/favicon.ico') {
    res.writeHead(301, statusText(301), { location: '/assets/favicon.svg', 'content-length': '0' })
    return void res.end()
  }
  return sendProblem(req, res, notFound(`No route for ${url.pathname.slice(0, 100)}. Try /status/409, /inspect or /api/status/409.`))
}

/**
 * The local status simulator, web inspector and status pages, on `node:http` alone (not
 * listening yet: call `listen`). Routes: `/` index, `/status/:code` (and `/:code`, which
 * redirects there) the guide pages with "Try it", `/inspect` the web inspector (its API:
 * `POST /api/inspect` with `{ url, method, headers, body, follow }`), `/api/status/:code`
 * (any method; `?delay=`, `?retryAfter=`, `?body=none`, `?vendor=`),
 * `/api/sequence/:codes?key=` (the listed statuses in order per key). Only requests whose
 * Host is local are answered (421 otherwise); a malformed request-target is a 400; request
 * content is capped; input is never reflected into HTML unescaped; an error in a handler
 * becomes a 500 problem, never a crash.
 *
 * @param options - Body limit, CORS, extra host names.
 * @returns A `node:http` server.
 *
 * @example
 * ```ts
 * import { createStatusServer } from 'statuskit/serve'
 * const server = createStatusServer({ cors: true })
 * server.listen(0, '127.0.0.1', () => console.log(server.address()))
 * ```
 */
export function createStatusServer(options: StatusServerOptions = {}): Server {
  const ctx: Context = {
    maxBody: options.maxBodyBytes ?? MAX_REQUEST_BODY_BYTES,
    cors: options.cors === true,
    allowedHosts: (options.allowedHosts ?? []).map((host) => host.toLowerCase()),
    sequences: new SequenceStore(),
  }
  return createServer((req, res) => {
    handle(ctx, req, res).catch((error: unknown) => {
      if (res.headersSent) return void res.destroy()
      sendProblem(req, res, toProblem(error))
    })
  })
}
