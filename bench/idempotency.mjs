// Idempotency overhead: a keyed POST through statuskit/express idempotency() against the
// same route alone, first run (claim + store) and replay, with memoryStore and with
// redisStore on a local redis-server (skipped, with the reason, when it is missing).
// Requests go one at a time, interleaved (A, B, C, C, B, A, ...), so drift hits every side
// alike; medians of the per-request latencies are compared.
import http from 'node:http'
import express from 'express5'
import { Redis } from 'ioredis'
import { idempotency } from 'statuskit/express'
import { memoryStore, redisStore } from 'statuskit/idempotency'
import { hasRedisServer, startRedisServer } from '../test/helpers/redis-server.mjs'
import { close, listen } from './load.mjs'

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const BODY = JSON.stringify({ sku: 'A1', quantity: 2 })

function app(stores) {
  const app = express()
  const route = (req, res) => res.status(201).json({ id: 7, sku: req.body.sku })
  app.post('/alone', express.json(), route)
  for (const [name, store] of Object.entries(stores)) {
    app.post(`/${name}`, express.json(), idempotency({ store }), route)
  }
  return http.createServer(app)
}

export async function runIdempotency({ requests = 2000 } = {}) {
  const redis = hasRedisServer() ? await startRedisServer() : undefined
  const client = redis ? new Redis(redis.url) : undefined
  const stores = { memory: memoryStore({ maxEntries: requests * 4 }), ...(client && { redis: redisStore(client) }) }
  const server = app(stores)
  const url = await listen(server)
  let n = 0
  const post = (path, key) =>
    fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key && { 'idempotency-key': key }) },
      body: BODY,
    }).then((response) => response.text())
  const sides = [['route alone', () => post('/alone')]]
  for (const name of Object.keys(stores)) {
    await post(`/${name}`, `replayed-${name}`) // stored once, replayed from then on
    sides.push([`${name} first run`, () => post(`/${name}`, `first-${name}-${n++}`)])
    sides.push([`${name} replay`, () => post(`/${name}`, `replayed-${name}`)])
  }
  const times = sides.map(() => [])
  for (let i = 0; i < 300; i++) for (const [, fn] of sides) await fn()
  for (let i = 0; i < requests; i++) {
    const order = i % 2 ? [...sides.keys()].reverse() : [...sides.keys()]
    for (const index of order) {
      const started = performance.now()
      await sides[index][1]()
      times[index].push(performance.now() - started)
    }
  }
  await close(server)
  await client?.quit()
  await redis?.stop()
  const baseline = median(times[0])
  const rows = sides.slice(1).map(([task], i) => {
    const ms = median(times[i + 1])
    return {
      group: 'idempotency() on express 5, keyed POST (ms per request)',
      task: `${task} vs route alone`,
      opsPerSec: Math.round(1000 / ms),
      overhead: Number(((ms / baseline - 1) * 100).toFixed(1)),
      msPerRequest: Number(ms.toFixed(4)),
      baselineMsPerRequest: Number(baseline.toFixed(4)),
    }
  })
  if (!redis) rows.push({ group: rows[0].group, task: 'redisStore: skipped, redis-server is not installed (apt-get install redis-server)', skipped: true })
  return rows
}
