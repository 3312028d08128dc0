import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { closeLoopback, listenLoopback } from '../../helpers/loopback.js'

/** One request as the server saw it. */
export interface SeenRequest {
  readonly method: string
  readonly url: string
  readonly headers: IncomingMessage['headers']
  /** `performance.now()` when the request arrived. */
  readonly at: number
}

/** A running loopback server; no assertions here. */
export interface LoopbackServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string
  /** Requests in arrival order. */
  readonly requests: SeenRequest[]
  close(): Promise<void>
}

/**
 * Starts a node:http server on 127.0.0.1 with an ephemeral port. The handler gets the
 * request, the response and the 1-based index of the request.
 */
export async function startServer(
  handler: (req: IncomingMessage, res: ServerResponse, index: number) => void,
): Promise<LoopbackServer> {
  const requests: SeenRequest[] = []
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, at: performance.now() })
    handler(req, res, requests.length)
  })
  return { origin: await listenLoopback(server), requests, close: () => closeLoopback(server) }
}

/** Sends `body` as JSON with `status` and extra headers. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers })
  res.end(text)
}
