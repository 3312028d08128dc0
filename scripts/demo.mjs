#!/usr/bin/env node
// `npm run demo`: optimistic concurrency end to end, on loopback.
//
// An Express server (statuskit/express) keeps one document with a version and an ETag.
// Writes must carry If-Match (428 otherwise, RFC 6585 §3); a stale If-Match gets 412
// (RFC 9110 §13.1.1). Two clients (statuskit/fetch) edit the document at the same time:
// both send the current ETag, both preconditions hold, and while the first write is being
// stored the second one reaches the commit with a base version that is no longer current.
// That is a conflict with the current state of the resource: 409 with the
// `version-conflict` problem declared once with defineProblem and shared by both sides.
// The losing client reads the problem, classifyRetry says `after-refresh-state`, so it
// re-reads, reapplies its change and succeeds.
//
// Second act, idempotency keys (statuskit/idempotency): Carol creates an order with a POST
// that createFetch gives an automatic Idempotency-Key. The server creates the order, but
// the response is lost on the way (the connection drops). The outcome is unknown, so the
// client sends the same request again, same key; idempotency() recognises the key and
// replays the stored response (Idempotent-Replayed: true) instead of creating a second
// order. Needs the built dist/ (`npm run build`).
import express from 'express5'
import { classifyRetry, defineProblem, logLevel, notFound, preconditionFailed, preconditionRequired, statusText } from 'statuskit'
import { idempotency, problemHandler } from 'statuskit/express'
import { memoryStore } from 'statuskit/idempotency'
import { createFetch, ProblemError } from 'statuskit/fetch'

/** Declared once, used by the server to throw and by the clients to recognise it. */
const VersionConflict = defineProblem({
  type: 'https://example.com/probs/version-conflict',
  status: 409,
  title: 'Version conflict',
})

const out = (line = '') => process.stdout.write(`${line}\n`)
const REQUEST_HEADERS = ['if-match', 'content-type', 'idempotency-key']
const RESPONSE_HEADERS = ['etag', 'location', 'content-type', 'cache-control', 'retry-after', 'idempotent-replayed']
const pick = (headers, names) =>
  names.flatMap((name) => (headers.get(name) ? [`${name}: ${headers.get(name)}`] : [])).join('  ')

// ── the server ─────────────────────────────────────────────────────────────────────────
const STORAGE_LATENCY_MS = 60
const docs = new Map([['plan', { id: 'plan', version: 1, title: 'Quarterly plan', tags: ['draft'] }]])
const etagOf = (doc) => `"v${doc.version}"`
const serverLog = []

const app = express()
app.get('/docs/:id', (req, res) => {
  const doc = docs.get(req.params.id)
  if (!doc) throw notFound(`There is no document ${req.params.id}.`)
  res.set('etag', etagOf(doc)).set('cache-control', 'no-cache').json(doc)
})
app.patch('/docs/:id', express.json(), async (req, res) => {
  const doc = docs.get(req.params.id)
  if (!doc) throw notFound(`There is no document ${req.params.id}.`)
  const ifMatch = req.get('if-match')
  if (!ifMatch) throw preconditionRequired('Send If-Match with the ETag of your last read, so concurrent edits are detected.')
  if (ifMatch !== etagOf(doc)) {
    throw preconditionFailed(`If-Match ${ifMatch} does not match the current ETag ${etagOf(doc)}.`, { headers: { etag: etagOf(doc) } })
  }
  const base = doc.version
  await new Promise((resolve) => setTimeout(resolve, STORAGE_LATENCY_MS)) // the write is being stored
  const current = docs.get(doc.id)
  if (current.version !== base) {
    throw VersionConflict(`Document ${doc.id} became version ${current.version} while your edit of version ${base} was being stored.`, {
      extensions: { currentVersion: current.version, yourVersion: base },
      headers: { etag: etagOf(current) },
    })
  }
  const next = { ...current, ...req.body.set, tags: [...current.tags, ...(req.body.addTags ?? [])], version: base + 1 }
  docs.set(doc.id, next)
  res.set('etag', etagOf(next)).json(next)
})

// Act 2: orders, deduplicated by Idempotency-Key. The first response to /orders is lost
// after the order is created: the socket is destroyed instead of the response being sent.
const orders = []
let responsesToLose = 1
app.use('/orders', (req, res, next) => {
  if (responsesToLose-- <= 0) return next()
  res.end = function () {
    out('  server: the connection drops before the response leaves (the order is created)')
    this.socket?.destroy()
    return this
  }
  next()
})
app.post('/orders', express.json(), idempotency({ store: memoryStore() }), (req, res) => {
  const order = { id: orders.length + 1, sku: req.body.sku, quantity: req.body.quantity }
  orders.push(order)
  out(`  server: order ${order.id} created`)
  res.status(201).set('location', `/orders/${order.id}`).json(order)
})
app.use(problemHandler({ log: (level, problem) => serverLog.push({ status: problem.status, level }) }))

const server = app.listen(0, '127.0.0.1')
await new Promise((resolve, reject) => server.once('listening', resolve).once('error', reject))
const origin = `http://127.0.0.1:${server.address().port}`

// ── the clients ────────────────────────────────────────────────────────────────────────
/** A fetch that prints each exchange: method, path, the headers that matter, the body. */
const tracingFetch = (who) => async (input, init = {}) => {
  const method = init.method ?? 'GET'
  const path = new URL(String(input)).pathname
  const headers = new Headers(init.headers)
  let response
  try {
    response = await fetch(input, init)
  } catch (error) {
    out(`  ${who} → ${method} ${path}  ${pick(headers, REQUEST_HEADERS)}`.trimEnd())
    if (init.body) out(`           ${init.body}`)
    out(`  ${who} ✗ no response (${error.name}: ${error.message}): did the order go through?`)
    throw error
  }
  const body = await response.clone().text()
  out(`  ${who} → ${method} ${path}  ${pick(headers, REQUEST_HEADERS)}`.trimEnd())
  if (init.body) out(`           ${init.body}`)
  out(`  ${who} ← ${response.status} ${statusText(response.status)}  ${pick(response.headers, RESPONSE_HEADERS)}`)
  if (body) out(`           ${body}`)
  return response
}

function client(who) {
  const request = createFetch({ fetch: tracingFetch(who), throwHttpErrors: true })
  return {
    async read() {
      const response = await request(`${origin}/docs/plan`)
      return { doc: await response.json(), etag: response.headers.get('etag') }
    },
    async edit(change, etag) {
      const headers = { 'content-type': 'application/json', ...(etag ? { 'if-match': etag } : {}) }
      const response = await request(`${origin}/docs/plan`, { method: 'PATCH', headers, body: JSON.stringify(change) })
      return { doc: await response.json(), etag: response.headers.get('etag') }
    },
  }
}

/** Prints what statuskit says about a ProblemError: retry strategy and log levels. */
function classify(who, error) {
  if (!(error instanceof ProblemError)) throw error
  const { status, problem, decision } = error
  const server = serverLog.findLast((entry) => entry.status === status)
  out(`  ${who} ✗ ProblemError: ${error.message}`)
  out(`      problem: type ${problem.type}, title "${problem.title}"${VersionConflict.is(problem) ? ' (VersionConflict.is → true)' : ''}`)
  out(`      classifyRetry: strategy ${decision.strategy}, retry ${decision.retry}: ${decision.reason}`)
  out(`      log levels: server ${server?.level ?? '?'}, client ${logLevel(status, 'client')}`)
  return decision
}

const alice = client('Alice')
const bob = client('Bob  ')
const aliceChange = { set: { title: 'Quarterly plan (reviewed)' } }
const bobChange = { addTags: ['budget'] }
let failed = false

try {
  out(`statuskit demo: optimistic concurrency with ETag, If-Match and a 409 problem (server ${origin})`)
  out()
  out('1. Bob edits without If-Match: the server requires a precondition.')
  const first = await bob.edit(bobChange).catch((error) => classify('Bob  ', error))
  if (first.strategy !== 'after-refresh-state') throw new Error(`expected after-refresh-state for 428, got ${first.strategy}`)
  out()
  out('2. Both read the document (ETag "v1").')
  const a = await alice.read()
  let b = await bob.read()
  out()
  out('3. Both edit at the same time with If-Match "v1". Both preconditions hold; Alice\'s write is stored first.')
  const [aliceResult, bobResult] = await Promise.allSettled([
    alice.edit(aliceChange, a.etag),
    new Promise((resolve) => setTimeout(resolve, 10)).then(() => bob.edit(bobChange, b.etag)),
  ])
  if (aliceResult.status !== 'fulfilled') throw aliceResult.reason
  if (bobResult.status !== 'rejected') throw new Error('expected Bob to get a 409')
  const decision = classify('Bob  ', bobResult.reason)
  if (bobResult.reason.status !== 409 || decision.strategy !== 'after-refresh-state') throw new Error('expected 409 after-refresh-state')
  out()
  out('4. after-refresh-state: Bob re-reads, reapplies his change and resends with the new ETag.')
  b = await bob.read()
  const final = await bob.edit(bobChange, b.etag)
  out()
  out(`✓ success: version ${final.doc.version}, ETag ${final.etag}, title "${final.doc.title}", tags ${JSON.stringify(final.doc.tags)}`)
  out(`  Both edits are kept: Alice's title and Bob's tag. Resending the 409'd request as it was would have`)
  out(`  repeated a decision made on stale state; statuskit says so: classifyRetry(409).strategy = ${classifyRetry(409).strategy}.`)
  out()
  out('Act 2: an idempotency key makes a POST safe to repeat.')
  out()
  out('5. Carol creates an order; createFetch adds an Idempotency-Key. The response is lost.')
  const carol = createFetch({
    fetch: tracingFetch('Carol'),
    idempotencyKey: 'auto',
    // This server runs idempotency(): it honours the key, so a keyed POST may be resent.
    idempotencyKeyHonoured: true,
    onRetry: ({ attempt, reason }) => out(`  Carol ↻ attempt ${attempt}: ${reason}`),
  })
  const created = await carol(`${origin}/orders`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sku: 'A1', quantity: 2 }),
  })
  out()
  const replayed = created.headers.get('idempotent-replayed') === 'true'
  if (created.status !== 201 || !replayed) throw new Error(`expected a replayed 201, got ${created.status}`)
  if (orders.length !== 1) throw new Error(`expected exactly one order, got ${orders.length}`)
  out(`✓ exactly one order: ${JSON.stringify(orders)}; the retry got the stored 201 (Idempotent-Replayed: true)`)
  out('  instead of a second order. Without the key, createFetch would not have repeated the POST at all.')
} catch (error) {
  failed = true
  process.stderr.write(`demo failed: ${error?.stack ?? error}\n`)
} finally {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
}
process.exitCode = failed ? 1 : 0
