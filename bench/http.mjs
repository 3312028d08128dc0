// Loopback throughput benchmarks: each adapter's error route against the same route
// answered by hand, and the fetch client's overhead against plain fetch + json().
// Rounds alternate A/B so both sides see the same machine state; medians are compared.
import { execFile, execFileSync } from 'node:child_process'
import http from 'node:http'
import { availableParallelism } from 'node:os'
import express4 from 'express4'
import express5 from 'express5'
import fastify4 from 'fastify4'
import fastify5 from 'fastify5'
import { conflict } from 'statuskit'
import { defineProblem } from 'statuskit'
import { createProblemPipeline, readNodeRequest } from 'statuskit/server'
import { problemHandler } from 'statuskit/express'
import { problemPlugin } from 'statuskit/fastify'
import { ensureOk, readProblem } from 'statuskit/fetch'
import { close, listen } from './load.mjs'

const MSG = 'Order 7 is at version 8; you sent version 7.'
const HAND = { type: 'about:blank', title: 'Conflict', status: 409, detail: MSG }
const WORKER = new URL('./load-worker.mjs', import.meta.url).pathname

/**
 * Pins this process (every thread) to `cpus` with taskset (util-linux). Pinning the
 * server to one core and the load generator to another stops the scheduler from moving
 * them onto one core now and then, which on a 2-core machine swung single runs by ±30%.
 * Returns false where taskset is missing or there are fewer than 2 cores.
 */
function pinSelf(cpus) {
  if (availableParallelism() < 2) return false
  try {
    execFileSync('taskset', ['-a', '-p', '-c', cpus, String(process.pid)], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/**
 * Drives `url` from a separate process (see load-worker.mjs), on core 1 when `pinned`,
 * and resolves its figures plus the CPU time this process (the server) spent per request.
 */
function loadFromChild(url, durationMs, pinned, headers = {}) {
  const worker = [WORKER, url, String(durationMs), '16', JSON.stringify(headers)]
  const [file, args] = pinned ? ['taskset', ['-c', '1', process.execPath, ...worker]] : [process.execPath, worker]
  return new Promise((resolve, reject) => {
    const cpu = process.cpuUsage()
    execFile(file, args, (error, stdout) => {
      if (error) return reject(error)
      const result = JSON.parse(stdout)
      const { user, system } = process.cpuUsage(cpu)
      resolve({ ...result, cpuMicrosPerRequest: (user + system) / result.requests })
    })
  })
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

// Each server has four routes: `/adapter` throws conflict() through the statuskit adapter;
// `/hand` answers the same 409 by hand (the baseline); `/floor` throws a ready-made
// error to the framework's own error path with a bare handler that sends a ready-made body,
// the least any error handler can cost; `/made` is the hand route that also creates (and
// drops) the conflict() the adapter route throws, the least the object itself costs. The
// last two are shown for reference: together they bound what any adapter can reach.
const PRECOMPUTED = Object.assign(new Error(MSG), { status: 409 })
const HAND_BODY = JSON.stringify(HAND)
// Where `/made` puts its conflict(), so that the engine cannot drop the allocation.
let made

async function expressServer(express) {
  const app = express()
  app.get('/adapter', () => {
    throw conflict(MSG)
  })
  app.get('/hand', (req, res) => {
    res.status(409).set('cache-control', 'no-store').type('application/problem+json').send(JSON.stringify(HAND))
  })
  app.get('/made', (req, res) => {
    made = conflict(MSG)
    res.status(409).set('cache-control', 'no-store').type('application/problem+json').send(JSON.stringify(HAND))
  })
  const floor = express.Router()
  floor.get('/floor', () => {
    throw PRECOMPUTED
  })
  floor.use((error, req, res, next) => {
    res.writeHead(409, { 'cache-control': 'no-store', 'content-type': 'application/problem+json' }).end(HAND_BODY)
  })
  app.use(floor)
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
  app.get('/made', async (req, reply) => {
    made = conflict(MSG)
    reply.code(409).header('cache-control', 'no-store').type('application/problem+json').send(JSON.stringify(HAND))
  })
  await app.register(async (child) => {
    child.setErrorHandler((error, req, reply) => {
      reply.code(409).header('cache-control', 'no-store').type('application/problem+json').send(HAND_BODY)
    })
    child.get('/floor', async () => {
      throw PRECOMPUTED
    })
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
  const routes = ['adapter', 'hand', 'floor', 'made']
  const results = []
  // The server (this process) on core 0, the load generator on core 1; undone at the end.
  const pinned = pinSelf('0')
  for (const [name, start] of frameworks) {
    const server = await start()
    for (const route of routes) await loadFromChild(`${server.url}/${route}`, 500, pinned)
    // Alternate the order each round (forward, backward, ...) and compare within a round:
    // load on a shared machine drifts, and a per-round ratio cancels most of that drift.
    const rps = { adapter: [], hand: [], floor: [], made: [] }
    const ratios = []
    const floorRatios = []
    const madeRatios = []
    const cpuRatios = []
    for (let i = 0; i < rounds; i++) {
      const round = {}
      for (const route of i % 2 ? [...routes].reverse() : routes) {
        round[route] = await loadFromChild(`${server.url}/${route}`, durationMs, pinned)
        rps[route].push(round[route].rps)
      }
      ratios.push(round.adapter.rps / round.hand.rps)
      floorRatios.push(round.floor.rps / round.hand.rps)
      madeRatios.push(round.made.rps / round.hand.rps)
      cpuRatios.push(round.hand.cpuMicrosPerRequest / round.adapter.cpuMicrosPerRequest)
    }
    await server.stop()
    results.push({
      group: 'adapter error route (req/s)',
      task: `${name}: statuskit adapter`,
      opsPerSec: Math.round(median(rps.adapter)),
      ratio: Number(median(ratios).toFixed(3)),
      goal: 0.95,
      against: Math.round(median(rps.hand)),
      // The framework's own error path with nothing in it, against the same hand route.
      floorRatio: Number(median(floorRatios).toFixed(3)),
      // The hand route plus creating the conflict() the adapter route throws.
      madeRatio: Number(median(madeRatios).toFixed(3)),
      // Server CPU per request, hand-written / adapter.
      cpuRatio: Number(median(cpuRatios).toFixed(3)),
      // CPU µs per pipeline run in-process, with the options and without.
      pipelineMicros: micros,
      rounds: ratios.map((r) => Number(r.toFixed(3))),
      pinned,
    })
  }
  if (pinned) pinSelf(`0-${availableParallelism() - 1}`)
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
  // The least a rejecting API costs: json(), then a ready-made error thrown from an async
  // function and caught, as ensureOk's contract (reject on a 409) implies. For reference.
  const rejectJson = async (response) => {
    await response.json()
    throw PRECOMPUTED
  }
  const floor = async () => {
    const response = await fetch(url)
    try {
      await rejectJson(response)
    } catch (error) {
      return error
    }
  }
  // Interleaved one request at a time (A, B, C, C, B, A, ...) so drift and GC pauses hit
  // every side alike; the medians of the per-request latencies are compared.
  const sides = [
    [plain, []],
    [withStatuskit, []],
    [floor, []],
  ]
  for (let i = 0; i < 200; i++) for (const [fn] of sides) await fn()
  for (let i = 0; i < rounds * requests; i++) {
    for (const [fn, into] of i % 2 ? [...sides].reverse() : sides) {
      const started = performance.now()
      await fn()
      into.push(performance.now() - started)
    }
  }
  await close(server)
  const [p, s, f] = sides.map(([, times]) => median(times))
  return [
    {
      group: 'fetch client on a 409 (ms per request)',
      task: 'ensureOk + readProblem vs fetch + response.json()',
      opsPerSec: Math.round(1000 / s),
      overhead: Number(((s / p - 1) * 100).toFixed(1)),
      goal: '<= 5% overhead',
      msPerRequest: Number(s.toFixed(4)),
      baselineMsPerRequest: Number(p.toFixed(4)),
      // fetch + json() + a rejection with a ready-made error, against the same baseline.
      floorOverhead: Number(((f / p - 1) * 100).toFixed(1)),
    },
  ]
}

// The server pipeline's options: the same error route on two servers of one framework, one
// with none of them (`traceId: false`), one with `map` (a miss), `customize` (reads the
// request, keeps the problem) and `traceId` (from the traceparent every request carries,
// so that problem is copied with a `traceId` extension). Both get the same request.
class OutOfStock extends Error {}
const outOfStock = defineProblem({ type: 'https://example.com/probs/out-of-stock', status: 409, title: 'Out of stock' })
const ALL_OPTIONS = {
  map: (error) => (error instanceof OutOfStock ? outOfStock(error.message) : undefined),
  customize: (problem, { request }) => (request.header('x-tenant') === 'none' ? problem : undefined),
  traceId: true,
}
const TRACE_HEADERS = { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01', accept: 'application/json' }

async function expressWith(express, options) {
  const app = express()
  app.get('/adapter', () => {
    throw conflict(MSG)
  })
  app.use(problemHandler({ log: false, ...options }))
  const server = http.createServer(app)
  return { url: await listen(server), stop: () => close(server) }
}

async function fastifyWith(fastify, options) {
  const app = fastify()
  await app.register(problemPlugin, { log: false, ...options })
  app.get('/adapter', async () => {
    throw conflict(MSG)
  })
  await app.listen({ port: 0, host: '127.0.0.1' })
  return { url: `http://127.0.0.1:${app.server.address().port}`, stop: () => app.close() }
}

/**
 * CPU microseconds per `fromError` of the pipeline alone, in this process: with the
 * options and without, medians of 7 runs of `n` calls. Steadier than req/s on a busy
 * machine; it bounds what the options can add to a request.
 */
export function pipelineMicros(n = 50_000) {
  const request = { method: 'GET', url: '/adapter', headers: TRACE_HEADERS }
  const response = { once() {} }
  const sides = {
    none: createProblemPipeline({ log: false, traceId: false }),
    all: createProblemPipeline({ log: false, ...ALL_OPTIONS }),
  }
  const batch = (pipeline) => {
    const started = process.cpuUsage()
    for (let i = 0; i < n; i++) pipeline.fromError(conflict(MSG), readNodeRequest(request, response), { vary: undefined })
    const { user, system } = process.cpuUsage(started)
    return (user + system) / n
  }
  for (const pipeline of Object.values(sides)) batch(pipeline)
  // Interleaved (none, all, all, none, ...) so that JIT state and machine load hit both alike.
  const runs = { none: [], all: [] }
  for (let k = 0; k < 8; k++) for (const side of k % 2 ? ['all', 'none'] : ['none', 'all']) runs[side].push(batch(sides[side]))
  return { none: Number(median(runs.none).toFixed(2)), all: Number(median(runs.all).toFixed(2)) }
}

export async function runPipelineOptions({ rounds = 15, durationMs = 600 } = {}) {
  const micros = pipelineMicros()
  const frameworks = [
    ['express 5', (options) => expressWith(express5, options)],
    ['fastify 5', (options) => fastifyWith(fastify5, options)],
  ]
  const results = []
  const pinned = pinSelf('0')
  for (const [name, start] of frameworks) {
    const none = await start({ traceId: false })
    const all = await start(ALL_OPTIONS)
    const sides = { none: `${none.url}/adapter`, all: `${all.url}/adapter` }
    for (const url of Object.values(sides)) await loadFromChild(url, 500, pinned, TRACE_HEADERS)
    const rps = { none: [], all: [] }
    const ratios = []
    const cpuRatios = []
    for (let i = 0; i < rounds; i++) {
      const round = {}
      for (const side of i % 2 ? ['all', 'none'] : ['none', 'all']) {
        round[side] = await loadFromChild(sides[side], durationMs, pinned, TRACE_HEADERS)
        rps[side].push(round[side].rps)
      }
      ratios.push(round.all.rps / round.none.rps)
      cpuRatios.push(round.none.cpuMicrosPerRequest / round.all.cpuMicrosPerRequest)
    }
    await none.stop()
    await all.stop()
    results.push({
      group: 'server pipeline options on the error route (req/s)',
      task: `${name}: map + customize + traceId vs none`,
      opsPerSec: Math.round(median(rps.all)),
      ratio: Number(median(ratios).toFixed(3)),
      // at most 3% more cost (issue 19)
      goal: 0.97,
      against: Math.round(median(rps.none)),
      cpuRatio: Number(median(cpuRatios).toFixed(3)),
      // CPU µs per pipeline run in-process, with the options and without.
      pipelineMicros: micros,
      rounds: ratios.map((r) => Number(r.toFixed(3))),
      pinned,
    })
  }
  if (pinned) pinSelf(`0-${availableParallelism() - 1}`)
  return results
}
