// A light keep-alive HTTP/1.1 load loop on raw sockets (as autocannon does): `concurrency`
// connections, one GET in flight on each, responses framed by Content-Length (or a chunked body's last chunk). Far cheaper
// per request than http.request, so on loopback the server, not the load generator, is
// what runs out of CPU. Bounded in time; only ever aimed at 127.0.0.1.
import net from 'node:net'

const HEAD_END = Buffer.from('\r\n\r\n')
const CONTENT_LENGTH = /\r\ncontent-length: *(\d+)/i
const CHUNKED = /\r\ntransfer-encoding: *chunked/i
const LAST_CHUNK = Buffer.from('\r\n0\r\n\r\n')

/**
 * Sends GET `url` on `concurrency` connections for `warmupMs` (not counted: connections
 * open, both sides' code warms up) and then `durationMs`, with the extra header fields in
 * `headers` (a record of names to values); resolves the figures of the counted part, and
 * `total`, every request sent.
 */
export async function rawLoad(url, { durationMs = 1000, warmupMs = 0, concurrency = 16, headers = {} } = {}) {
  const { hostname, port, pathname, search } = new URL(url)
  if (hostname !== '127.0.0.1') throw new Error(`raw-load: only loopback URLs, got ${hostname}`)
  const fields = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('')
  const request = Buffer.from(`GET ${pathname}${search} HTTP/1.1\r\nHost: ${hostname}:${port}\r\n${fields}\r\n`)
  const statuses = new Map()
  let requests = 0
  let total = 0
  const started = performance.now() + warmupMs
  const deadline = started + durationMs
  const connection = () =>
    new Promise((resolve, reject) => {
      const socket = net.connect(Number(port), hostname)
      let buffered = Buffer.alloc(0)
      socket.setNoDelay(true)
      socket.on('connect', () => socket.write(request))
      socket.on('error', reject)
      socket.on('close', resolve)
      socket.on('data', (chunk) => {
        buffered = buffered.length ? Buffer.concat([buffered, chunk]) : chunk
        for (;;) {
          const end = buffered.indexOf(HEAD_END)
          if (end < 0) return
          const head = buffered.toString('latin1', 0, end)
          // A chunked body (Hono's HTTPException answer) ends at the last chunk.
          const last = CHUNKED.test(head) ? buffered.indexOf(LAST_CHUNK, end + 2) : -2
          if (last === -1) return
          const size = last >= 0 ? last + LAST_CHUNK.length : end + 4 + Number(CONTENT_LENGTH.exec(head)?.[1] ?? 0)
          if (buffered.length < size) return
          const status = Number(head.slice(9, 12))
          statuses.set(status, (statuses.get(status) ?? 0) + 1)
          buffered = buffered.subarray(size)
          total++
          const now = performance.now()
          if (now >= started) requests++
          if (now >= deadline) return void socket.end()
          socket.write(request)
        }
      })
    })
  await Promise.all(Array.from({ length: concurrency }, connection))
  const seconds = (performance.now() - started) / 1000
  return { requests, total, rps: requests / seconds, statuses: Object.fromEntries(statuses) }
}
