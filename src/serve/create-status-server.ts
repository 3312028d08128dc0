import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { notFound, problem, renderProblem, statusText, toProblem, type HttpProblem } from 'statuskit'
import { explain } from 'statuskit/guide'
import { inspectResponse } from 'statuskit/inspect'
import { escapeHtml } from './escape-html.js'
import { pageLayout, STYLE_CSS, TRY_IT_JS } from './page-layout.js'
import { renderIndexPage } from './render-index-page.js'
import { renderStatusPage } from './render-status-page.js'
import { simulateStatus } from './simulate-status.js'

/** The most request content the server reads; larger requests get a 413 problem. */
export const MAX_REQUEST_BODY_BYTES = 65_536

/**
 * Options of {@link createStatusServer}.
 *
 * @example
 * ```ts
 * import type { StatusServerOptions } from 'statuskit/serve'
 * const options: StatusServerOptions = { maxBodyBytes: 1024 }
 * ```
 */
export interface StatusServerOptions {
  /**
   * The most request content read before answering 413.
   * @default 65536
   */
  readonly maxBodyBytes?: number
}

const PAGE_HEADERS = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'content-security-policy': "default-src 'self'; style-src 'self'; script-src 'self'" }

/** A path segment, percent-decoded when it can be; a malformed escape is kept as typed. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/** Sends a problem the way the adapters do: negotiated by `renderProblem`. */
function sendProblem(req: IncomingMessage, res: ServerResponse, p: HttpProblem): void {
  const { status, headers, body } = renderProblem(p, { accept: req.headers.accept, method: req.method })
  res.writeHead(status, headers)
  res.end(body)
}

function drain(req: IncomingMessage, limit: number): Promise<boolean> {
  return new Promise((resolve) => {
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        req.removeAllListeners('data')
        req.pause()
        resolve(false)
      }
    })
    req.on('end', () => resolve(true))
    req.on('error', () => resolve(false))
  })
}

async function handle(req: IncomingMessage, res: ServerResponse, maxBody: number): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://statuskit.invalid')
  const method = req.method ?? 'GET'
  if (!(await drain(req, maxBody))) {
    res.setHeader('connection', 'close')
    return sendProblem(req, res, problem(413, `Request content is limited to ${maxBody} bytes.`))
  }
  const apiStatus = /^\/api\/status\/([^/]*)$/.exec(url.pathname)
  if (apiStatus) {
    const answer = simulateStatus({ method, code: decodeSegment(apiStatus[1] ?? ''), path: url.pathname, query: url.searchParams, headers: req.headers })
    const send = (): void => {
      res.writeHead(answer.status, answer.headers)
      res.end(answer.body)
    }
    if (answer.delayMs === 0) return send()
    const timer = setTimeout(send, answer.delayMs)
    res.on('close', () => clearTimeout(timer))
    return
  }
  if (url.pathname === '/api/inspect') {
    // Inspects only the simulator's own answer for a code: never fetches a URL (no SSRF).
    const code = url.searchParams.get('code') ?? ''
    const inspectedMethod = (url.searchParams.get('method') ?? 'GET').toUpperCase().slice(0, 16)
    const query = new URLSearchParams()
    for (const name of ['retryAfter', 'body']) {
      const value = url.searchParams.get(name)
      if (value !== null) query.set(name, value)
    }
    const path = `/api/status/${code}`
    const answer = simulateStatus({ method: inspectedMethod, code, path, query })
    const report = inspectResponse({
      request: { method: inspectedMethod, url: `http://127.0.0.1${path}` },
      response: { status: answer.status, headers: answer.headers, body: answer.body },
    })
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' })
    return void res.end(JSON.stringify({ status: answer.status, phrase: statusText(answer.status), headers: answer.headers, findings: report.findings, summary: report.summary }))
  }
  if (method !== 'GET' && method !== 'HEAD' && !url.pathname.startsWith('/api/')) {
    return sendProblem(req, res, problem(405, `${url.pathname.slice(0, 100)} answers GET and HEAD only.`, { headers: { allow: 'GET, HEAD' } }))
  }
  if (url.pathname === '/') {
    res.writeHead(200, PAGE_HEADERS)
    return void res.end(renderIndexPage())
  }
  const page = /^\/status\/(\d{3})$/.exec(url.pathname)
  if (page) {
    const vendor = url.searchParams.get('vendor')
    let html: string
    try {
      html = renderStatusPage(vendor === null ? explain(Number(page[1])) : explain(Number(page[1]), vendor as never))
    } catch {
      res.writeHead(404, PAGE_HEADERS)
      return void res.end(pageLayout('No guide', `<h1>No guide for ${escapeHtml(url.pathname.slice(8, 40))}</h1><p><a href="/">All status codes</a></p>`))
    }
    res.writeHead(200, PAGE_HEADERS)
    return void res.end(html)
  }
  if (url.pathname === '/assets/style.css' || url.pathname === '/assets/try-it.js') {
    const css = url.pathname.endsWith('.css')
    res.writeHead(200, { 'content-type': css ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8', 'cache-control': 'no-store' })
    return void res.end(css ? STYLE_CSS : TRY_IT_JS)
  }
  return sendProblem(req, res, notFound(`No route for ${url.pathname.slice(0, 100)}. Try /api/status/409 or /status/409.`))
}

/**
 * The local status simulator and status pages, on `node:http` alone (not listening yet:
 * call `listen`). `/api/status/:code` answers any method with that status, the headers
 * it requires and a diagnostic body; `/` and `/status/:code` serve the guide as HTML with
 * a "Try it" button; `/api/inspect?code=&method=` inspects the simulator's own answer.
 * Request content is capped, input is never reflected into HTML unescaped, and an error
 * in a handler becomes a 500 problem, never a crash.
 *
 * @param options - Body limit.
 * @returns A `node:http` server.
 *
 * @example
 * ```ts
 * import { createStatusServer } from 'statuskit/serve'
 * const server = createStatusServer()
 * server.listen(0, '127.0.0.1', () => console.log(server.address()))
 * ```
 */
export function createStatusServer(options: StatusServerOptions = {}): Server {
  const maxBody = options.maxBodyBytes ?? MAX_REQUEST_BODY_BYTES
  return createServer((req, res) => {
    handle(req, res, maxBody).catch((error: unknown) => {
      if (res.headersSent) return void res.destroy()
      sendProblem(req, res, toProblem(error))
    })
  })
}
