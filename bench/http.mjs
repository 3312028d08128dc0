// Loopback throughput benchmarks: each adapter's error route against the same route
// answered by hand, and the fetch client's overhead against plain fetch + json().
// Rounds alternate A/B so both sides see the same machine state; medians are compared.
import { execFile } from 'node:child_process'
import http from 'node:http'
import express4 from 'express4'
import express5 from 'express5'
import fastify4 from 'fastify4'
import fastify5 from 'fastify5'
import { conflict } from 'statuskit'
import { problemHandler } from 'statuskit/express'
import { problemPlugin } from 'statuskit/fastify'
import { ensureOk, readProblem } from 'statuskit/fetch'
import { close, listen } from './load.mjs'

const MSG = 'Order 7 is at version 8; you sent version 7.'
const HAND = { type: 'about:blank', title: 'Conflict', status: 409, detail: MSG }
/**
 * Drives `url` from a separate process (see load-worker.mjs) and resolves its figures,
 * plus the CPU time this process (the server) spent per request meanwhile.
 */
function loadFromChild(url, durationMs) {
  return new Promise((resolve, reject) => {
    const cpu = process.cpuUsage()
    execFile(process.execPath, [new URL('./load-worker.mjs', import.meta.url).pathname, url, String(durationMs)], (error, stdout) => {
      if (error) return reject(error)
      const result = JSON.parse(stdout)
      const { user, system } = process.cpuUsage(cpu)
      resolve({ ...result, cpuMicrosPerRequest: (user + system) / result.requests })
    })
  })
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

async function expressServer(express) {
  const app = express()
  app.get('/adapter', () => {
    throw conflict(MSG)
  })
  app.get('/hand', (req, res) => {
    res.status(409).set('cache-control', 'no-store').type('application/problem+json').send(JSON.stringify(HAND))
  })
  app.use(problemHandler({ log: false }))
  const server = http.createServer(app)
  return { url: await listen(server), stop: () => close(server) }
}

async function fastifyServer(fastify) {
  const app = fastify()
  await app.register(problemPlugin, { log: false })
  app.get('/adapter', async () => {
    throw conflict(MSG)
  })
  app.get('/hand', async (req, reply) => {
    reply.code(409).header('cache-control', 'no-store').type('application/problem+json').send(JSON.stringify(HAND))
  })
  await app.listen({ port: 0, host: '127.0.0.1' })
  return { url: `http://127.0.0.1:${app.server.address().port}`, stop: () => app.close() }
}

export async function runAdapters({ rounds = 15, durationMs = 600 } = {}) {
  const frameworks = [
    ['express 4', () => expressServer(express4)],
    ['express 5', () => expressServer(express5)],
    ['fastify 4', () => fastifyServer(fastify4)],
    ['fastify 5', () => fastifyServer(fastify5)],
  ]
  const results = []
  for (const [name, start] of frameworks) {
    const server = await start()
    await loadFromChild(`${server.url}/adapter`, 500)
    await loadFromChild(`${server.url}/hand`, 500)
    // Alternate the order each round (AB, BA, ...) and compare within a round: load on a
    // shared 2-core machine drifts, and a per-round ratio cancels most of that drift.
    const adapter = []
    const hand = []
    const ratios = []
    const cpuRatios = []
    for (let i = 0; i < rounds; i++) {
      const first = i % 2 ? 'hand' : 'adapter'
      const r1 = await loadFromChild(`${server.url}/${first}`, durationMs)
      const r2 = await loadFromChild(`${server.url}/${first === 'hand' ? 'adapter' : 'hand'}`, durationMs)
      const [a, h] = first === 'adapter' ? [r1, r2] : [r2, r1]
      adapter.push(a.rps)
      hand.push(h.rps)
      ratios.push(a.rps / h.rps)
      cpuRatios.push(h.cpuMicrosPerRequest / a.cpuMicrosPerRequest)
    }
    await server.stop()
    results.push({
      group: 'adapter error route (req/s)',
      task: `${name}: statuskit adapter`,
      opsPerSec: Math.round(median(adapter)),
      ratio: Number(median(ratios).toFixed(3)),
      goal: 0.95,
      against: Math.round(median(hand)),
      // Server CPU per request, hand-written / adapter: the cost view, less sensitive to
      // the load generator (which shares the machine) than requests per second.
      cpuRatio: Number(median(cpuRatios).toFixed(3)),
      rounds: ratios.map((r) => Number(r.toFixed(3))),
    })
  }
  return results
}

export async function runFetchOverhead({ rounds = 5, requests = 400 } = {}) {
  const body = JSON.stringify(HAND)
  const server = http.createServer((req, res) => {
    res.writeHead(409, { 'content-type': 'application/problem+json', 'content-length': Buffer.byteLength(body) })
    res.end(body)
  })
  const url = await listen(server)
  const plain = async () => {
    const response = await fetch(url)
    return response.json()
  }
  const withStatuskit = async () => {
    const response = await fetch(url)
    try {
      await ensureOk(response)
    } catch (error) {
      return error.problem
    }
    return readProblem(response)
  }
  // Interleaved one request at a time (A, B, A, B, ...) so drift and GC pauses hit both
  // sides alike; the medians of the per-request latencies are compared.
  const a = []
  const b = []
  const once = async (fn, into) => {
    const started = performance.now()
    await fn()
    into.push(performance.now() - started)
  }
  for (let i = 0; i < 200; i++) {
    await plain()
    await withStatuskit()
  }
  for (let i = 0; i < rounds * requests; i++) {
    if (i % 2) {
      await once(plain, a)
      await once(withStatuskit, b)
    } else {
      await once(withStatuskit, b)
      await once(plain, a)
    }
  }
  await close(server)
  const p = median(a)
  const s = median(b)
  return [
    {
      group: 'fetch client on a 409 (ms per request)',
      task: 'ensureOk + readProblem vs fetch + response.json()',
      opsPerSec: Math.round(1000 / s),
      overhead: Number(((s / p - 1) * 100).toFixed(1)),
      goal: '<= 5% overhead',
      msPerRequest: Number(s.toFixed(4)),
      baselineMsPerRequest: Number(p.toFixed(4)),
    },
  ]
}
