// `npm run soak`: 200 000 error responses (mixed 409 / 500 / thrown strings) through each
// server adapter on loopback, bounded in time. Fails when the heap after GC grows by 10% or
// more from warm-up to the end, when a response is not the expected problem, or on an
// unhandled rejection. Run with --expose-gc (the npm script does).
import http from 'node:http'
import express4 from 'express4'
import express5 from 'express5'
import fastify4 from 'fastify4'
import fastify5 from 'fastify5'
import { conflict } from 'statuskit'
import { problemHandler } from 'statuskit/express'
import { problemPlugin } from 'statuskit/fastify'
import { close, listen, load } from './load.mjs'

const TOTAL = Number(process.env.SOAK_REQUESTS ?? 200_000)
const WARMUP = Math.min(20_000, Math.floor(TOTAL / 10))
const TIME_LIMIT_MS = Number(process.env.SOAK_TIME_LIMIT_MS ?? 180_000)
let unhandled = 0
process.on('unhandledRejection', () => unhandled++)

if (typeof globalThis.gc !== 'function') {
  console.error('soak: run with node --expose-gc')
  process.exit(2)
}
const heapAfterGc = () => {
  globalThis.gc()
  globalThis.gc()
  return process.memoryUsage().heapUsed
}

function routes(register) {
  register('/conflict', () => {
    throw conflict('Order 7 is at version 8.')
  })
  register('/error', () => {
    throw new Error('db password is hunter2')
  })
  register('/string', () => {
    // eslint-disable-next-line no-throw-literal
    throw 'a thrown string'
  })
}

async function expressApp(express) {
  const app = express()
  routes((path, fn) => app.get(path, fn))
  app.use(problemHandler({ log: false }))
  const server = http.createServer(app)
  return { url: await listen(server), stop: () => close(server) }
}

async function fastifyApp(fastify) {
  const app = fastify()
  await app.register(problemPlugin, { log: false })
  routes((path, fn) => app.get(path, async () => fn()))
  await app.listen({ port: 0, host: '127.0.0.1' })
  return { url: `http://127.0.0.1:${app.server.address().port}`, stop: () => app.close() }
}

async function drive(url, count, deadline) {
  const paths = ['/conflict', '/error', '/string']
  const statuses = {}
  let sent = 0
  while (sent < count && performance.now() < deadline) {
    const batch = Math.min(3000, count - sent)
    for (const [i, path] of paths.entries()) {
      const share = Math.floor(batch / 3) + (i < batch % 3 ? 1 : 0)
      const r = await load(`${url}${path}`, { maxRequests: share, durationMs: deadline - performance.now(), concurrency: 16 })
      sent += r.requests
      for (const [code, n] of Object.entries(r.statuses)) statuses[code] = (statuses[code] ?? 0) + n
    }
  }
  return { sent, statuses }
}

const adapters = [
  ['express 4', () => expressApp(express4)],
  ['express 5', () => expressApp(express5)],
  ['fastify 4', () => fastifyApp(fastify4)],
  ['fastify 5', () => fastifyApp(fastify5)],
]
let failed = 0
console.log(`soak: ${TOTAL} error responses per adapter (409 / 500 / thrown string), limit ${TIME_LIMIT_MS / 1000} s each`)
for (const [name, start] of adapters) {
  const app = await start()
  const began = performance.now()
  const deadline = began + TIME_LIMIT_MS
  await drive(app.url, WARMUP, deadline)
  const warm = heapAfterGc()
  const { sent, statuses } = await drive(app.url, TOTAL - WARMUP, deadline)
  const end = heapAfterGc()
  await app.stop()
  const seconds = (performance.now() - began) / 1000
  const growth = ((end - warm) / warm) * 100
  const expected = (statuses[409] ?? 0) + (statuses[500] ?? 0) === sent
  const complete = sent + WARMUP >= TOTAL
  const ok = growth < 10 && expected && complete && unhandled === 0
  if (!ok) failed++
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${name}: ${sent + WARMUP} responses in ${seconds.toFixed(1)} s (${Math.round((sent + WARMUP) / seconds)}/s), ` +
      `statuses ${JSON.stringify(statuses)}, heap after GC ${(warm / 1e6).toFixed(1)} MB -> ${(end / 1e6).toFixed(1)} MB (${growth >= 0 ? '+' : ''}${growth.toFixed(1)}%), unhandled rejections ${unhandled}`,
  )
}
console.log(failed ? `soak: ${failed} adapter(s) failed` : 'soak: all adapters passed')
process.exitCode = failed ? 1 : 0
