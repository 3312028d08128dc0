// Loopback benchmarks: each framework's statuskit 409 against the same bytes by hand and
// against the framework's own error helper (servers.mjs), the fetch client against plain
// fetch, ky and ofetch, and the server pipeline's options. Rounds alternate so every side
// sees the same machine state; medians are compared.
import { execFileSync, spawn } from 'node:child_process'
import http from 'node:http'
import { availableParallelism } from 'node:os'
import net from 'node:net'
import { createInterface } from 'node:readline'
import express5 from 'express5'
import fastify5 from 'fastify5'
import ky from 'ky'
import { ofetch } from 'ofetch'
import { conflict, defineProblem } from 'statuskit'
import { problemHandler } from 'statuskit/express'
import { problemPlugin } from 'statuskit/fastify'
import { createFetch, ensureOk, readProblem } from 'statuskit/fetch'
import { close, listen } from './load.mjs'
import { frameworks, MSG } from './servers.mjs'

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
 * The load generator: one `load-worker.mjs --jobs` process for a whole run, on core 1 when
 * `pinned`, so no round pays for a process start or a cold JIT. `run(url, durationMs)`
 * drives `url` for `warmupMs` (not counted) and then `durationMs`, and resolves its figures
 * plus the CPU time this process (the server) spent per request sent.
 */
function startLoadWorker(pinned, warmupMs = 100) {
  const worker = [process.execPath, WORKER, '--jobs']
  const [file, ...args] = pinned ? ['taskset', '-c', '1', ...worker] : worker
  const child = spawn(file, args, { stdio: ['pipe', 'pipe', 'inherit'] })
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]()
  return {
    async run(url, durationMs, headers = {}) {
      const cpu = process.cpuUsage()
      child.stdin.write(`${JSON.stringify({ url, durationMs, warmupMs, concurrency: 16, headers })}\n`)
      const { value, done } = await lines.next()
      if (done) throw new Error('bench: the load worker exited')
      const result = JSON.parse(value)
      if (result.error) throw new Error(`bench: load worker: ${result.error}`)
      const { user, system } = process.cpuUsage(cpu)
      return { ...result, cpuMicrosPerRequest: (user + system) / result.total }
    },
    stop() {
      child.stdin.end()
      return new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve()))
    },
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const round3 = (x) => Number(x.toFixed(3))

/** One GET on a fresh connection; resolves the raw response (head and body) as text. */
function rawGet(url) {
  const { hostname, port, pathname } = new URL(url)
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname)
    const chunks = []
    socket.on('connect', () => socket.write(`GET ${pathname} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nConnection: close\r\n\r\n`))
    socket.on('data', (chunk) => chunks.push(chunk))
    socket.on('error', reject)
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')))
  })
}
/** The response without its Date field and with the header names in lower case (Koa writes `Content-Length`). */
function comparable(raw) {
  const end = raw.indexOf('\r\n\r\n')
  const head = raw
    .slice(0, end)
    .split('\r\n')
    .filter((line) => !/^date:/i.test(line))
    .map((line, i) => (i === 0 ? line : line.replace(/^[^:]+/, (name) => name.toLowerCase())))
  return `${head.join('\r\n')}${raw.slice(end)}`
}

/** Fails when a route did not answer every request with a 409. */
function check409(result, url) {
  const { 409: ok = 0, ...others } = result.statuses
  if (ok === 0 || Object.keys(others).length > 0) throw new Error(`bench: ${url} answered ${JSON.stringify(result.statuses)}`)
  return result
}

/**
 * Each framework's rows (see servers.mjs): before measuring, the routes a `same` row
 * compares must answer with the same bytes; then rounds over all of the framework's
 * routes, forward then backward, each route driven for `durationMs` by the load process
 * on its own core; each row's ratio is the median of its per-round throughput ratios.
 */
export async function runServers({ rounds = 20, durationMs = 250, only } = {}) {
  const results = []
  // The server (this process) on core 0, the load generator on core 1; undone at the end.
  const pinned = pinSelf('0')
  const load = startLoadWorker(pinned)
  for (const framework of frameworks.filter((f) => only === undefined || f.name === only)) {
    const servers = await framework.start()
    try {
      const url = (route) => `${servers.urls[route]}/${route}`
      for (const row of framework.rows.filter((r) => r.same)) {
        const [a, b] = [comparable(await rawGet(url(row.a))), comparable(await rawGet(url(row.b)))]
        if (a !== b) throw new Error(`bench: ${framework.name} /${row.a} and /${row.b} differ:\n${JSON.stringify(a)}\n${JSON.stringify(b)}`)
      }
      const routes = [...new Set(framework.rows.flatMap((row) => [row.a, row.b]))]
      for (const route of routes) check409(await load.run(url(route), 300), url(route))
      const rps = Object.fromEntries(routes.map((route) => [route, []]))
      const cpu = Object.fromEntries(routes.map((route) => [route, []]))
      for (let i = 0; i < rounds; i++) {
        for (const route of i % 2 ? [...routes].reverse() : routes) {
          const result = check409(await load.run(url(route), durationMs), url(route))
          rps[route].push(result.rps)
          cpu[route].push(result.cpuMicrosPerRequest)
        }
      }
      for (const row of framework.rows) {
        const ratios = rps[row.a].map((r, i) => r / rps[row.b][i])
        const cpuRatios = cpu[row.a].map((c, i) => cpu[row.b][i] / c)
        const ratio = round3(median(ratios))
        results.push({
          group: 'server, 409 route (throughput ratio, > 1: statuskit faster)',
          task: `${framework.name}: ${row.label}`,
          framework: framework.name,
          row: row.key,
          opsPerSec: Math.round(median(rps[row.a])),
          against: Math.round(median(rps[row.b])),
          ratio,
          goal: row.goal,
          met: row.goal === undefined ? undefined : ratio >= row.goal,
          // Server CPU per request, b / a (> 1: statuskit spends less).
          cpuRatio: round3(median(cpuRatios)),
          rounds: ratios.map(round3),
          pinned,
        })
      }
    } finally {
      await servers.stop()
    }
  }
  await load.stop()
  if (pinned) pinSelf(`0-${availableParallelism() - 1}`)
  return results
}

/**
 * The client on a 409 problem: each side fetches it and ends with the problem in hand
 * (caught). Interleaved one request at a time (A, B, C, ..., then backwards) so drift and
 * GC pauses hit every side alike; medians of the per-request latencies are compared.
 */
export async function runClient({ rounds = 4, requests = 300 } = {}) {
  const body = JSON.stringify(HAND)
  let served = 0
  const server = http.createServer((req, res) => {
    served++
    res.writeHead(409, { 'content-type': 'application/problem+json', 'content-length': Buffer.byteLength(body) })
    res.end(body)
  })
  const url = await listen(server)
  // What people write without a library: fetch, json(), throw.
  const plain = async () => {
    try {
      const response = await fetch(url)
      if (!response.ok) throw Object.assign(new Error(`HTTP ${response.status}`), { problem: await response.json() })
      return response.json()
    } catch (error) {
      return error.problem
    }
  }
  const ensure = async () => {
    try {
      const response = await ensureOk(await fetch(url))
      return readProblem(response)
    } catch (error) {
      return error.problem
    }
  }
  const statuskitFetch = createFetch({ throwHttpErrors: true })
  const wrapped = async () => {
    try {
      return await (await statuskitFetch(url)).json()
    } catch (error) {
      return error.problem
    }
  }
  const withKy = async () => {
    try {
      return await ky.get(url).json()
    } catch (error) {
      return error.response.json()
    }
  }
  // ofetch retries a GET once on a 409 by default; one request here, as on every side.
  const withOfetch = async () => {
    try {
      return await ofetch(url, { retry: 0 })
    } catch (error) {
      return error.data
    }
  }
  const sides = { plain, ensure, wrapped, ky: withKy, ofetch: withOfetch }
  const times = Object.fromEntries(Object.keys(sides).map((name) => [name, []]))
  const order = Object.keys(sides)
  try {
    for (const [name, fn] of Object.entries(sides)) {
      served = 0
      const problem = await fn()
      if (problem?.status !== 409 || served !== 1) throw new Error(`bench: client side ${name} got ${JSON.stringify(problem)} in ${served} requests`)
    }
    for (let i = 0; i < 100; i++) for (const name of order) await sides[name]()
    for (let i = 0; i < rounds * requests; i++) {
      for (const name of i % 2 ? [...order].reverse() : order) {
        const started = performance.now()
        await sides[name]()
        times[name].push(performance.now() - started)
      }
    }
  } finally {
    await close(server)
  }
  const ms = Object.fromEntries(Object.entries(times).map(([name, xs]) => [name, median(xs)]))
  const group = 'fetch client on a 409 (cost ratio per request)'
  const costRow = (name, task) => {
    const cost = round3(ms[name] / ms.plain)
    return { group, task, opsPerSec: Math.round(1000 / ms[name]), cost, goal: '<= 1.05x the cost', met: cost <= 1.05, msPerRequest: round3(ms[name] * 1000) / 1000, baselineMsPerRequest: round3(ms.plain * 1000) / 1000 }
  }
  const peerRow = (peer, task) => {
    const ratio = round3(ms[peer] / ms.wrapped)
    return { group, task, opsPerSec: Math.round(1000 / ms.wrapped), ratio, goal: 1.4, met: ratio >= 1.4, msPerRequest: round3(ms.wrapped * 1000) / 1000, peerMsPerRequest: round3(ms[peer] * 1000) / 1000 }
  }
  return [
    costRow('ensure', 'ensureOk + readProblem vs fetch + json() + throw'),
    costRow('wrapped', 'createFetch vs fetch + json() + throw'),
    peerRow('ky', "createFetch vs ky's HTTPError + response.json()"),
    peerRow('ofetch', "createFetch vs ofetch's FetchError.data (retry: 0)"),
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

export async function runPipelineOptions({ rounds = 20, durationMs = 250 } = {}) {
  const frameworks = [
    ['express 5', (options) => expressWith(express5, options)],
    ['fastify 5', (options) => fastifyWith(fastify5, options)],
  ]
  const results = []
  const pinned = pinSelf('0')
  const load = startLoadWorker(pinned)
  for (const [name, start] of frameworks) {
    const none = await start({ traceId: false })
    const all = await start(ALL_OPTIONS)
    const sides = { none: `${none.url}/adapter`, all: `${all.url}/adapter` }
    for (const url of Object.values(sides)) await load.run(url, 500, TRACE_HEADERS)
    const rps = { none: [], all: [] }
    const ratios = []
    const cpuRatios = []
    for (let i = 0; i < rounds; i++) {
      const round = {}
      for (const side of i % 2 ? ['all', 'none'] : ['none', 'all']) {
        round[side] = await load.run(sides[side], durationMs, TRACE_HEADERS)
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
      met: median(ratios) >= 0.97,
      against: Math.round(median(rps.none)),
      cpuRatio: Number(median(cpuRatios).toFixed(3)),
      rounds: ratios.map((r) => Number(r.toFixed(3))),
      pinned,
    })
  }
  await load.stop()
  if (pinned) pinSelf(`0-${availableParallelism() - 1}`)
  return results
}
