// Portable tests of `statuskit/fetch`: plain ESM, web APIs only (fetch, AbortController,
// performance, setTimeout), so the same file runs in Node, Bun, Deno and a browser page.
// The caller passes the built entry (`import * as fetchApi from 'statuskit/fetch'`) and
// the origin of the loopback API started by scripts/test-runtimes.mjs (see api-server.mjs).

/**
 * Runs every case and returns the tally; never throws.
 *
 * @param {typeof import('../../dist/fetch.js')} api - The `statuskit/fetch` entry.
 * @param {string} origin - The API origin, e.g. `http://127.0.0.1:41234`.
 * @param {string} label - A run label, used to keep server-side counters apart.
 * @returns {Promise<{ passed: number, failed: number, failures: string[] }>}
 */
export async function runPortableTests(api, origin, label) {
  const { createFetch, ensureOk, readProblem, ProblemError } = api
  const failures = []
  let passed = 0
  let seq = 0
  const id = () => `${label}-${++seq}`
  const hits = async (key) => (await (await fetch(`${origin}/hits?id=${key}`)).json())
  const check = (condition, message) => {
    if (!condition) throw new Error(message)
  }
  const equal = (actual, expected, what) =>
    check(actual === expected, `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`)

  const cases = {
    async 'readProblem reads a cross-origin 409 problem body'() {
      const problem = await readProblem(await fetch(`${origin}/conflict?id=${id()}`, { method: 'PUT', body: '{}' }))
      equal(problem.valid, true, 'valid')
      equal(problem.type, `${origin}/probs/version-conflict`, 'type')
      equal(problem.title, 'Version conflict', 'title')
      equal(problem.status, 409, 'status')
      equal(problem.extensions.currentVersion, 8, 'extensions.currentVersion')
    },
    async '409: no retry, ProblemError with the problem type and after-refresh-state'() {
      const key = id()
      const retries = []
      const fetchWithRetry = createFetch({ throwHttpErrors: true, onRetry: (e) => retries.push(e) })
      let error
      await fetchWithRetry(`${origin}/conflict?id=${key}&token=secret`, { method: 'PUT', body: '{}' }).catch((e) => (error = e))
      check(error instanceof ProblemError, `expected a ProblemError, got ${error}`)
      equal(error.name, 'ProblemError', 'name')
      equal(error.problem.type, `${origin}/probs/version-conflict`, 'problem.type')
      equal(error.decision.strategy, 'after-refresh-state', 'decision.strategy')
      equal(error.message, `409 Conflict: PUT ${origin}/conflict`, 'message')
      equal(retries.length, 0, 'retries')
      equal((await hits(key)).count, 1, 'attempts')
    },
    async '503 + Retry-After: 2 is retried after 2 s, not after the shorter backoff, then succeeds'() {
      const key = id()
      const retries = []
      // random 0: the backoff of a first 503 retry is its floor, 1000 ms (half of the 2 s
      // window), so a delay of 2000 ms can only come from the server's Retry-After.
      const response = await createFetch({ random: () => 0, onRetry: (e) => retries.push(e) })(`${origin}/unavailable?id=${key}&after=2`)
      equal(response.status, 200, 'final status')
      equal((await response.json()).ok, true, 'body')
      const { count, times } = await hits(key)
      equal(count, 2, 'attempts')
      check(times[1] - times[0] >= 2000, `gap between attempts ${times[1] - times[0]} ms < 2000 ms`)
      equal(retries[0] && retries[0].delayMs, 2000, 'onRetry delayMs (Retry-After must win over the 1000 ms backoff)')
      equal(retries[0] && retries[0].status, 503, 'onRetry status')
    },
    async 'POST + 502 is sent once'() {
      const key = id()
      const response = await createFetch()(`${origin}/bad-gateway?id=${key}`, { method: 'POST', body: '{}' })
      equal(response.status, 502, 'status')
      equal((await hits(key)).count, 1, 'attempts')
    },
    async 'POST + 502 with an Idempotency-Key the server honours (auto where crypto.randomUUID exists) is retried with the same key'() {
      const key = id()
      let idempotencyKey = 'auto'
      if (typeof globalThis.crypto?.randomUUID !== 'function') {
        // Node 18 may have no global Web Crypto: 'auto' must say so, and a key function works.
        let error
        try {
          createFetch({ idempotencyKey: 'auto' })
        } catch (e) {
          error = e
        }
        check(error instanceof TypeError && /crypto\.randomUUID/.test(error.message), `'auto' without crypto.randomUUID: ${error}`)
        idempotencyKey = () => '00000000-0000-4000-8000-000000000018'
      }
      // A key alone proves nothing: the caller says this server honours it.
      const fetchWithRetry = createFetch({ idempotencyKey, idempotencyKeyHonoured: true, random: () => 0 })
      const response = await fetchWithRetry(`${origin}/bad-gateway?id=${key}`, { method: 'POST', body: '{}' })
      equal(response.status, 200, 'final status')
      const { count, keys } = await hits(key)
      equal(count, 2, 'attempts')
      check(typeof keys[0] === 'string' && keys[0].length === 36, `Idempotency-Key ${keys[0]}`)
      equal(keys[1], keys[0], 'same key on the retry')
    },
    async 'abort during the wait rejects within 50 ms, no further attempt'() {
      const key = id()
      const controller = new AbortController()
      let abortedAt = 0
      const fetchWithRetry = createFetch({
        onRetry: () => setTimeout(() => ((abortedAt = performance.now()), controller.abort()), 20),
      })
      let error
      await fetchWithRetry(`${origin}/unavailable?id=${key}&after=5`, { signal: controller.signal }).catch((e) => (error = e))
      const elapsed = performance.now() - abortedAt
      equal(error && error.name, 'AbortError', 'rejection')
      check(elapsed < 50, `rejected ${elapsed.toFixed(1)} ms after abort`)
      await new Promise((resolve) => setTimeout(resolve, 100))
      equal((await hits(key)).count, 1, 'attempts')
    },
    async 'an HTML 502 page gives a synthesised problem'() {
      const problem = await readProblem(await fetch(`${origin}/html?id=${id()}`))
      equal(problem.valid, false, 'valid')
      equal(problem.type, 'about:blank', 'type')
      equal(problem.title, 'Bad Gateway', 'title')
      equal(problem.status, 502, 'status')
      check(problem.raw.includes('<h1>502 Bad Gateway</h1>'), 'raw keeps the page')
    },
    async 'a 5 MB error body is read only up to maxBytes'() {
      const problem = await readProblem(await fetch(`${origin}/huge?id=${id()}`), { maxBytes: 65536 })
      equal(problem.truncated, true, 'truncated')
      equal(problem.raw.length, 65536, 'raw length')
      equal(problem.title, 'Internal Server Error', 'title')
    },
    async 'the retry budget stops retries once spent'() {
      const fetchWithRetry = createFetch({ maxAttempts: 5, retryBudget: { tokens: 10, retryCost: 5 }, random: () => 0 })
      const first = id()
      const second = id()
      equal((await fetchWithRetry(`${origin}/always-503?id=${first}`)).status, 503, 'first status')
      equal((await hits(first)).count, 3, 'first: attempts (1 + 2 retries)')
      equal((await fetchWithRetry(`${origin}/always-503?id=${second}`)).status, 503, 'second status')
      equal((await hits(second)).count, 1, 'second: attempts (budget spent)')
    },
    async 'ensureOk passes an ok response through and rejects a 409'() {
      const ok = await fetch(`${origin}/ok?id=${id()}`)
      equal(await ensureOk(ok), ok, 'same response')
      let error
      await ensureOk(await fetch(`${origin}/conflict?id=${id()}`), { method: 'GET' }).catch((e) => (error = e))
      equal(error && error.status, 409, 'ProblemError status')
    },
  }

  for (const [name, run] of Object.entries(cases)) {
    try {
      await run()
      passed++
    } catch (error) {
      failures.push(`${name}: ${error && error.message ? error.message : error}`)
    }
  }
  return { passed, failed: failures.length, failures }
}
