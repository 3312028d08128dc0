// The loopback API the portable fetch tests talk to (node:http, 127.0.0.1, ephemeral port).
// Every response carries CORS headers, including Access-Control-Expose-Headers: Retry-After,
// so a page on another origin can read problem bodies and honour Retry-After.
// Counters are kept per `id` query parameter: GET /hits?id=… returns { count, times, keys }.
import { createServer } from 'node:http'

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'Retry-After, ETag',
}
const HUGE = 5 * 1024 * 1024
const CHUNK = Buffer.alloc(64 * 1024, 'x')

function send(res, status, headers, body = '') {
  res.writeHead(status, { ...CORS, 'content-length': Buffer.byteLength(body), ...headers })
  res.end(body)
}

const problem = (res, status, doc, headers = {}) =>
  send(res, status, { 'content-type': 'application/problem+json', 'cache-control': 'no-store', ...headers }, JSON.stringify(doc))
const ok = (res) => send(res, 200, { 'content-type': 'application/json' }, '{"ok":true}')

/**
 * Starts the API.
 *
 * @returns {Promise<{ origin: string, close(): Promise<void> }>}
 */
export async function startApiServer() {
  const seen = new Map()
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const id = url.searchParams.get('id') ?? ''
    if (req.method === 'OPTIONS') {
      return send(res, 204, {
        'access-control-allow-methods': 'GET, HEAD, POST, PUT, PATCH, DELETE',
        'access-control-allow-headers': 'content-type, idempotency-key, if-match',
        'access-control-max-age': '600',
      })
    }
    req.resume()
    if (url.pathname === '/hits') {
      const entry = seen.get(id) ?? { count: 0, times: [], keys: [] }
      return send(res, 200, { 'content-type': 'application/json' }, JSON.stringify(entry))
    }
    const entry = seen.get(id) ?? { count: 0, times: [], keys: [] }
    entry.count++
    entry.times.push(performance.now())
    entry.keys.push(req.headers['idempotency-key'] ?? null)
    seen.set(id, entry)
    const first = entry.count === 1
    switch (url.pathname) {
      case '/ok':
        return ok(res)
      case '/conflict':
        return problem(res, 409, {
          type: '/probs/version-conflict',
          title: 'Version conflict',
          status: 409,
          detail: 'Document is at version 8.',
          currentVersion: 8,
        })
      case '/unavailable':
        if (!first) return ok(res)
        return problem(res, 503, { title: 'Service Unavailable', status: 503 }, { 'retry-after': url.searchParams.get('after') ?? '1' })
      case '/always-503':
        return problem(res, 503, { title: 'Service Unavailable', status: 503 })
      case '/bad-gateway':
        return first ? problem(res, 502, { title: 'Bad Gateway', status: 502 }) : ok(res)
      case '/html':
        return send(res, 502, { 'content-type': 'text/html' }, '<html><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>')
      case '/huge': {
        res.writeHead(500, { ...CORS, 'content-type': 'text/plain', 'content-length': HUGE })
        let sent = 0
        const pump = () => {
          while (sent < HUGE) {
            sent += CHUNK.length
            if (!res.write(CHUNK)) return void res.once('drain', pump)
          }
          res.end()
        }
        return pump()
      }
      default:
        return problem(res, 404, { title: 'Not Found', status: 404 })
    }
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
