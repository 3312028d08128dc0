// Loopback load helpers for the benchmarks and the soak test: bounded in count and time,
// only ever aimed at 127.0.0.1.
import http from 'node:http'

/** Starts `server` on a random loopback port and returns its base URL. */
export function listen(server) {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`))
  })
}

/** Closes a node:http server (or anything with the same methods) and its connections. */
export function close(server) {
  server.closeAllConnections?.()
  return new Promise((resolve) => server.close(() => resolve()))
}

/**
 * Sends requests to `url` from `concurrency` keep-alive workers until `durationMs` passes
 * or `maxRequests` were sent. Returns the count, the requests per second and the statuses.
 */
export async function load(url, { durationMs = 1000, maxRequests = Infinity, concurrency = 16, method = 'GET', headers = {}, body } = {}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency })
  const statuses = new Map()
  let sent = 0
  const started = performance.now()
  const deadline = started + durationMs
  const once = () =>
    new Promise((resolve, reject) => {
      const req = http.request(url, { agent, method, headers }, (res) => {
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1)
        res.resume()
        res.on('end', resolve)
        res.on('error', reject)
      })
      req.on('error', reject)
      req.end(body)
    })
  const worker = async () => {
    while (performance.now() < deadline && sent < maxRequests) {
      sent++
      await once()
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  const seconds = (performance.now() - started) / 1000
  agent.destroy()
  return { requests: sent, rps: sent / seconds, statuses: Object.fromEntries(statuses) }
}
