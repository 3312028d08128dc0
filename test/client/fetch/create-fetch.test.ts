import { afterEach, describe, expect, it, vi } from 'vitest'
import { createFetch, ProblemError, type RetryEvent } from 'statuskit/fetch'
import { sendJson, startServer, type LoopbackServer } from './loopback-server.js'

const PROBLEM = { 'content-type': 'application/problem+json' }
let server: LoopbackServer | undefined

afterEach(async () => {
  await server?.close()
  server = undefined
})

/** A server that answers the listed statuses in turn (then 200), with optional headers. */
async function serve(steps: { status: number; headers?: Record<string, string>; body?: unknown }[]): Promise<LoopbackServer> {
  server = await startServer((req, res, index) => {
    req.resume()
    const step = steps[index - 1] ?? { status: 200, body: { ok: true } }
    sendJson(res, step.status, step.body ?? { title: 'x' }, { ...(step.status >= 400 ? PROBLEM : {}), ...step.headers })
  })
  return server
}

describe('createFetch against a loopback server', () => {
  it('does not retry a 409 and rejects with the version-conflict problem', async () => {
    const { origin, requests } = await serve([
      {
        status: 409,
        body: { type: '/probs/version-conflict', title: 'Version conflict', status: 409, detail: 'Order 7 is at version 8.', currentVersion: 8 },
      },
    ])
    const retries: RetryEvent[] = []
    const fetchWithRetry = createFetch({ throwHttpErrors: true, onRetry: (event) => retries.push(event) })
    const error = await fetchWithRetry(`${origin}/orders/7?token=secret`, { method: 'PUT', body: '{"qty":2}' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ProblemError)
    const problemError = error as ProblemError
    expect(problemError.name).toBe('ProblemError')
    expect(problemError.status).toBe(409)
    expect(problemError.problem.type).toBe(`${origin}/probs/version-conflict`)
    expect(problemError.problem.detail).toBe('Order 7 is at version 8.')
    expect(problemError.problem.extensions).toEqual({ currentVersion: 8 })
    expect(problemError.decision.retry).toBe(false)
    expect(problemError.decision.strategy).toBe('after-refresh-state')
    expect(problemError.message).toBe(`409 Conflict: PUT ${origin}/orders/7`)
    expect(problemError.message).not.toContain('secret')
    expect(requests).toHaveLength(1)
    expect(retries).toEqual([])
  })

  it('retries a 503 with Retry-After: 1 no sooner than 1 s later, then succeeds', async () => {
    const { origin, requests } = await serve([{ status: 503, headers: { 'retry-after': '1' } }])
    const retries: RetryEvent[] = []
    // random 0: the backoff floor (half the 2 s window of 503) equals the server's 1 s.
    const response = await createFetch({ onRetry: (event) => retries.push(event), random: () => 0 })(`${origin}/report`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ ok: true })
    expect(requests).toHaveLength(2)
    expect(requests[1]!.at - requests[0]!.at).toBeGreaterThanOrEqual(1000)
    expect(retries).toHaveLength(1)
    expect(retries[0]).toMatchObject({ attempt: 2, delayMs: 1000, status: 503 })
  })

  it('sends a POST that got a 502 only once', async () => {
    const { origin, requests } = await serve([{ status: 502 }])
    const response = await createFetch()(`${origin}/orders`, { method: 'POST', body: '{}' })
    expect(response.status).toBe(502)
    expect(requests).toHaveLength(1)
  })

  it('retries a POST that got a 502 when idempotencyKey is auto, with the same key', async () => {
    const { origin, requests } = await serve([{ status: 502 }])
    const response = await createFetch({ idempotencyKey: 'auto', idempotencyKeyHonoured: true, random: () => 0 })(`${origin}/orders`, {
      method: 'POST',
      body: '{"sku":"A1"}',
    })
    expect(response.status).toBe(200)
    expect(requests).toHaveLength(2)
    const key = requests[0]!.headers['idempotency-key']
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(requests[1]!.headers['idempotency-key']).toBe(key)
  })

  it('retries a POST that got a 502 when the caller set its own Idempotency-Key', async () => {
    const { origin, requests } = await serve([{ status: 502 }])
    const response = await createFetch({ idempotencyKeyHonoured: true, random: () => 0 })(`${origin}/orders`, {
      method: 'POST',
      headers: { 'Idempotency-Key': 'order-A1-7' },
      body: '{}',
    })
    expect(response.status).toBe(200)
    expect(requests.map((r) => r.headers['idempotency-key'])).toEqual(['order-A1-7', 'order-A1-7'])
  })

  it('does not add a key to PUT or GET, and does not retry a keyed POST when the server ignores keys', async () => {
    const { origin, requests } = await serve([{ status: 200 }, { status: 200 }, { status: 502 }])
    const auto = createFetch({ idempotencyKey: 'auto' })
    await auto(`${origin}/a`, { method: 'PUT', body: 'x' })
    await auto(`${origin}/b`)
    const response = await createFetch({ idempotencyKey: 'auto', idempotencyKeyHonoured: false })(`${origin}/c`, { method: 'POST' })
    expect(response.status).toBe(502)
    expect(requests.map((r) => r.headers['idempotency-key'])).toEqual([undefined, undefined, expect.any(String)])
    expect(requests).toHaveLength(3)
  })

  it('rejects within 50 ms when the signal aborts during a wait, and makes no further attempt', async () => {
    const { origin, requests } = await serve([{ status: 503, headers: { 'retry-after': '5' } }])
    const controller = new AbortController()
    let abortedAt = 0
    const fetchWithRetry = createFetch({
      onRetry: () => {
        setTimeout(() => {
          abortedAt = performance.now()
          controller.abort()
        }, 20)
      },
    })
    const error = await fetchWithRetry(`${origin}/slow`, { signal: controller.signal }).catch((e: unknown) => e)
    const elapsed = performance.now() - abortedAt
    expect((error as Error).name).toBe('AbortError')
    expect(elapsed).toBeLessThan(50)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(requests).toHaveLength(1)
  })

  it('rejects at once when the signal is already aborted before a wait', async () => {
    const { origin, requests } = await serve([{ status: 503, headers: { 'retry-after': '5' } }])
    const controller = new AbortController()
    const fetchWithRetry = createFetch({ onRetry: () => controller.abort(new Error('stop')) })
    await expect(fetchWithRetry(`${origin}/x`, { signal: controller.signal })).rejects.toThrow('stop')
    expect(requests).toHaveLength(1)
  })

  it('stops retrying once the retry budget is spent, then returns failures at once', async () => {
    const { origin, requests } = await serve(Array.from({ length: 10 }, () => ({ status: 503 })))
    const retries: RetryEvent[] = []
    const fetchWithRetry = createFetch({
      maxAttempts: 5,
      retryBudget: { tokens: 10, retryCost: 5 },
      random: () => 0,
      throwHttpErrors: true,
      onRetry: (event) => retries.push(event),
    })
    const first = (await fetchWithRetry(`${origin}/a`).catch((e: unknown) => e)) as ProblemError
    expect(requests).toHaveLength(3) // 1 + 2 retries of 5 tokens each
    expect(first.decision.retry).toBe(false)
    expect(first.decision.reason).toMatch(/retry budget is spent/)
    const second = (await fetchWithRetry(`${origin}/b`).catch((e: unknown) => e)) as ProblemError
    expect(second.status).toBe(503)
    expect(requests).toHaveLength(4) // no retry at all: the bucket is empty
    expect(retries.map((event) => event.attempt)).toEqual([2, 3])
  })

  it('refills the budget after a success', async () => {
    const { origin, requests } = await serve([{ status: 503 }, { status: 200 }, { status: 503 }, { status: 200 }])
    const fetchWithRetry = createFetch({ retryBudget: { tokens: 5, retryCost: 5 }, random: () => 0 })
    expect((await fetchWithRetry(`${origin}/a`)).status).toBe(200)
    expect((await fetchWithRetry(`${origin}/b`)).status).toBe(200)
    expect(requests).toHaveLength(4)
  })

  it('stops at maxAttempts and resolves the last response', async () => {
    const { origin, requests } = await serve([{ status: 503 }, { status: 503 }, { status: 503 }])
    const response = await createFetch({ maxAttempts: 2, random: () => 0 })(`${origin}/a`)
    expect(response.status).toBe(503)
    expect(requests).toHaveLength(2)
  })

  it('refuses a Retry-After longer than maxRetryAfterMs', async () => {
    const { origin, requests } = await serve([{ status: 503, headers: { 'retry-after': '120' } }])
    const error = (await createFetch({ throwHttpErrors: true, maxRetryAfterMs: 10_000 })(`${origin}/a`).catch(
      (e: unknown) => e,
    )) as ProblemError
    expect(error.decision.retry).toBe(false)
    expect(error.decision.retryAfterMs).toBe(120_000)
    expect(requests).toHaveLength(1)
  })

  it('never repeats a one-shot stream body, and says so', async () => {
    const { origin, requests } = await serve([{ status: 503 }])
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"chunk":1}'))
        controller.close()
      },
    })
    const retries: RetryEvent[] = []
    const error = (await createFetch({ throwHttpErrors: true, onRetry: (e) => retries.push(e) })(`${origin}/upload`, {
      method: 'PUT',
      body,
      duplex: 'half',
    } as RequestInit).catch((e: unknown) => e)) as ProblemError
    expect(error.status).toBe(503)
    expect(error.decision.retry).toBe(false)
    expect(error.decision.reason).toMatch(/one-shot stream/)
    expect(requests).toHaveLength(1)
    expect(retries).toEqual([])
  })

  it('repeats a Request input by cloning it, body included', async () => {
    const bodies: string[] = []
    server = await startServer((req, res, index) => {
      let text = ''
      req.on('data', (chunk: Buffer) => (text += chunk.toString()))
      req.on('end', () => {
        bodies.push(text)
        sendJson(res, index === 1 ? 503 : 200, {})
      })
    })
    const request = new Request(`${server.origin}/put`, { method: 'PUT', body: '{"v":1}', headers: { 'x-trace': 't1' } })
    const response = await createFetch({ random: () => 0 })(request)
    expect(response.status).toBe(200)
    expect(bodies).toEqual(['{"v":1}', '{"v":1}'])
    expect(server.requests.map((r) => r.headers['x-trace'])).toEqual(['t1', 't1'])
  })

  it('retries a GET after a network error, but not a POST', async () => {
    server = await startServer((req, res, index) => {
      if (index === 1 || index === 3) req.socket.destroy()
      else sendJson(res, 200, { ok: true })
    })
    const retries: RetryEvent[] = []
    const fetchWithRetry = createFetch({ random: () => 0, onRetry: (e) => retries.push(e) })
    expect((await fetchWithRetry(`${server.origin}/a`)).status).toBe(200)
    expect(retries[0]).toMatchObject({ attempt: 2, status: undefined, reason: 'No response (TypeError): repeating the request, as it is idempotent.' })
    await expect(fetchWithRetry(`${server.origin}/b`, { method: 'POST' })).rejects.toThrow()
    expect(server.requests).toHaveLength(3)
  })

  it('resolves a final 4xx by default and rejects with throwHttpErrors', async () => {
    const { origin } = await serve([{ status: 404 }, { status: 404 }])
    expect((await createFetch()(`${origin}/missing`)).status).toBe(404)
    await expect(createFetch({ throwHttpErrors: true })(`${origin}/missing`)).rejects.toThrow(`404 Not Found: GET ${origin}/missing`)
  })

  it('wraps any fetch-compatible function', async () => {
    const seen: string[] = []
    const double = async (input: RequestInfo | URL): Promise<Response> => {
      seen.push(String(input))
      return seen.length === 1 ? new Response('', { status: 429 }) : new Response('done')
    }
    const response = await createFetch({ fetch: double, random: () => 0 })('http://127.0.0.1:9/x', { method: 'POST' })
    expect(await response.text()).toBe('done')
    expect(seen).toEqual(['http://127.0.0.1:9/x', 'http://127.0.0.1:9/x'])
  })

  it.each([
    [{ maxAttempts: 0 }, RangeError, 'Invalid `maxAttempts`: received 0'],
    [{ maxAttempts: 1.5 }, RangeError, 'Invalid `maxAttempts`: received 1.5'],
    [{ fetch: 'fetch' as never }, TypeError, 'Invalid `fetch`: received string'],
    [{ onRetry: 'x' as never }, TypeError, 'Invalid `onRetry`: received string; expected a function.'],
    [{ random: 5 as never }, TypeError, 'Invalid `random`: received 5; expected a function.'],
    [{ throwHttpErrors: 'yes' as never }, TypeError, 'Invalid `throwHttpErrors`: received string; expected a boolean.'],
    [{ idempotencyKeyHonoured: null as never }, TypeError, 'Invalid `idempotencyKeyHonoured`: received null'],
    [{ maxBytes: -1 }, RangeError, 'Invalid `maxBytes`: received -1'],
    [{ maxRetryAfterMs: 'abc' as never }, TypeError, 'Invalid `maxRetryAfterMs`: received string'],
    [{ maxRetryAfterMs: -5 }, RangeError, 'Invalid `maxRetryAfterMs`: received -5'],
    // A timer cannot wait longer: it would fire at once, sooner than the Retry-After.
    [{ maxRetryAfterMs: Infinity }, RangeError, 'expected milliseconds from 0 to 2147483647.'],
    [{ maxRetryAfterMs: 40 * 86_400_000 }, RangeError, 'Invalid `maxRetryAfterMs`: received 3456000000'],
    [{ retryBudget: null as never }, TypeError, 'Invalid `retryBudget`: received null; expected an object or false.'],
    [{ retryBudget: { tokens: -1 } }, RangeError, 'Invalid `retryBudget.tokens`: received -1'],
    [{ retryBudget: { retryCost: '5' as never } }, TypeError, 'Invalid `retryBudget.retryCost`: received string'],
  ])('rejects bad options at once: %o', (options, type, message) => {
    expect(() => createFetch(options)).toThrow(type)
    expect(() => createFetch(options)).toThrow(message)
  })
})

describe('createFetch edge cases', () => {
  /** A fetch double answering `status` (with `body`) and counting its calls. */
  function double(status: number, body?: () => BodyInit) {
    const seen: { method: string; key: string | null }[] = []
    const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      const headers = new Headers(init?.headers)
      seen.push({ method: init?.method ?? (input as Request).method ?? 'GET', key: headers.get('idempotency-key') })
      return new Response(body?.() ?? null, { status })
    }
    return { fetch, seen }
  }

  it('hands fetch the init as given when there is nothing to merge, and a merged copy otherwise', async () => {
    const inits: (RequestInit | undefined)[] = []
    const fetch = async (_input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      inits.push(init)
      return new Response(null, { status: 204 })
    }
    const plain = createFetch({ fetch })
    const given: RequestInit = { method: 'DELETE' }
    await plain('http://127.0.0.1:9/orders/7')
    await plain('http://127.0.0.1:9/orders/7', given)
    await plain('http://127.0.0.1:9/orders/7', { headers: { 'x-trace': 't1' } })
    await createFetch({ fetch, idempotencyKey: () => 'k-1' })('http://127.0.0.1:9/orders', { method: 'POST' })
    expect(inits[0]).toBeUndefined()
    expect(inits[1]).toBe(given)
    expect(new Headers(inits[2]?.headers).get('x-trace')).toBe('t1')
    expect(new Headers(inits[3]?.headers).get('idempotency-key')).toBe('k-1')
    expect(inits[3]?.method).toBe('POST')
  })

  it("treats a Request of another implementation as a Request: a POST is not repeated as a GET", async () => {
    const { fetch, seen } = double(502)
    // undici's Request, or one from another realm: not an instance of this realm's Request.
    const foreign = {
      url: 'http://127.0.0.1:9/jobs/run',
      method: 'POST',
      headers: new Headers({ 'x-trace': 't1' }),
      signal: undefined,
      clone() {
        return this
      },
    }
    const response = await createFetch({ fetch, random: () => 0 })(foreign as unknown as Request)
    expect(response.status).toBe(502)
    expect(seen).toEqual([{ method: 'POST', key: null }])
  })

  it('counts an empty Idempotency-Key as no key, and replaces it with a real one under auto', async () => {
    let calls = 0
    const failing = async (): Promise<Response> => {
      calls++
      throw new TypeError('fetch failed')
    }
    const init = { method: 'POST', body: 'a', headers: { 'idempotency-key': '' } }
    await expect(createFetch({ fetch: failing, random: () => 0 })('http://127.0.0.1:9/x', init)).rejects.toThrow('fetch failed')
    expect(calls).toBe(1)
    const { fetch, seen } = double(201)
    await createFetch({ fetch, idempotencyKey: 'auto' })('http://127.0.0.1:9/x', init)
    expect(seen[0]?.key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })

  it.each([[undefined], [''], ['  '], [42]])('rejects with a TypeError when a key function returns %o', async (key) => {
    const { fetch, seen } = double(201)
    const fetchWithRetry = createFetch({ fetch, idempotencyKey: () => key as never })
    const error = await fetchWithRetry('http://127.0.0.1:9/x', { method: 'POST' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TypeError)
    expect((error as TypeError).message).toMatch(/^Invalid `idempotencyKey\(\)`: received \w+; expected a non-empty string\.$/)
    expect(seen).toEqual([])
  })

  it('passes an object with a clone() but no string method as it is, not as a Request', async () => {
    const seen: unknown[] = []
    const fetch = async (input: RequestInfo | URL): Promise<Response> => {
      seen.push(input)
      return new Response(null, { status: 200 })
    }
    // A URL-like object of some library, whose `method` is not an HTTP method.
    const urlLike = { method: 5, clone: () => ({ cloned: true }), toString: () => 'http://127.0.0.1:9/x' }
    expect((await createFetch({ fetch })(urlLike as never)).status).toBe(200)
    expect(seen).toEqual([urlLike])
  })

  it('does not retry a TypeError that names no network failure: the arguments were refused, nothing was sent', async () => {
    let calls = 0
    const counting = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      calls++
      return globalThis.fetch(input, init)
    }
    const fetchWithRetry = createFetch({ fetch: counting, retryBudget: { tokens: 10, networkErrorCost: 10 }, random: () => 0 })
    // A GET with a body, and a URL that cannot be parsed.
    await expect(fetchWithRetry('http://127.0.0.1:9/x', { body: 'oops' })).rejects.toThrow(TypeError)
    await expect(fetchWithRetry('http://[bad/x')).rejects.toThrow(TypeError)
    expect(calls).toBe(2)
    // The budget is intact: a real network failure is still retried once (10 tokens).
    const failing = createFetch({
      fetch: async () => {
        calls++
        throw new TypeError('fetch failed')
      },
      maxAttempts: 2,
      random: () => 0,
    })
    await expect(failing('http://127.0.0.1:9/x')).rejects.toThrow('fetch failed')
    expect(calls).toBe(4)
  })

  it.each([
    ['fetch failed', true], // undici
    ['terminated', true],
    ['Failed to fetch', true], // Chromium
    ['network error', true],
    ['NetworkError when attempting to fetch resource.', true], // Firefox
    ['Load failed', true], // Safari
    ['The Internet connection appears to be offline.', true],
    ['The network connection was lost.', true],
    ['The request timed out.', true],
    ['A server with the specified hostname could not be found.', true],
    ['Could not connect to the server.', true],
    [' A network error occurred.', true], // Bun
    ['error sending request for url (http://127.0.0.1:9/x)', true], // Deno
    ['client error (Connect): tcp connect error: Connection refused', true],
    ['Network connection lost', true], // Cloudflare
    ['Network request failed', true], // cross-fetch
    ['Failed to parse URL from http://network-connect.example:99999/x', false],
    ["Failed to execute 'fetch' on 'Window': Request with GET/HEAD method cannot have body.", false],
    ['Request with GET/HEAD method cannot have body.', false],
  ])('a TypeError "%s" is retried as a network failure: %s', async (message, retried) => {
    let calls = 0
    const failing = async (): Promise<Response> => {
      calls++
      throw new TypeError(message)
    }
    await expect(createFetch({ fetch: failing, maxAttempts: 2, random: () => 0 })('http://127.0.0.1:9/x')).rejects.toThrow(message)
    expect(calls).toBe(retried ? 2 : 1)
  })

  it('retries an error of another type (Bun, node-fetch) as an unknown outcome', async () => {
    let calls = 0
    const failing = async (): Promise<Response> => {
      calls++
      throw Object.assign(new Error('Unable to connect'), { name: 'ConnectionRefused' })
    }
    await expect(createFetch({ fetch: failing, maxAttempts: 2, random: () => 0 })('http://127.0.0.1:9/x')).rejects.toThrow()
    expect(calls).toBe(2)
  })

  it('frees the body of a response it retries even when onRetry throws', async () => {
    let cancelled = false
    const body = () =>
      new ReadableStream<Uint8Array>({
        pull(controller) {
          controller.enqueue(new Uint8Array(1024))
        },
        cancel() {
          cancelled = true
        },
      })
    const { fetch } = double(503, body)
    const fetchWithRetry = createFetch({
      fetch,
      onRetry: () => {
        throw new Error('callback failed')
      },
    })
    await expect(fetchWithRetry('http://127.0.0.1:9/x')).rejects.toThrow('callback failed')
    expect(cancelled).toBe(true)
  })

  it('takes null as init, as fetch does', async () => {
    const { fetch, seen } = double(200)
    expect((await createFetch({ fetch })('http://127.0.0.1:9/x', null as never)).status).toBe(200)
    expect(seen).toEqual([{ method: 'GET', key: null }])
  })
})

describe('createFetch idempotency keys', () => {
  it('uses a key function when given one', async () => {
    const keys: (string | null)[] = []
    const double = async (_input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      keys.push(new Headers(init?.headers).get('idempotency-key'))
      return new Response(null, { status: keys.length === 1 ? 504 : 201 })
    }
    const fetchWithRetry = createFetch({ fetch: double, idempotencyKey: () => 'k-1', idempotencyKeyHonoured: true, random: () => 0 })
    expect((await fetchWithRetry('http://127.0.0.1:9/orders', { method: 'PATCH' })).status).toBe(201)
    expect(keys).toEqual(['k-1', 'k-1'])
  })

  it('fails clearly, when created, where crypto.randomUUID is missing (Node 18, a page over plain HTTP)', () => {
    for (const crypto of [{ getRandomValues: (bytes: Uint8Array) => bytes }, undefined]) {
      vi.stubGlobal('crypto', crypto)
      try {
        expect(() => createFetch({ idempotencyKey: 'auto' })).toThrow(TypeError)
        expect(() => createFetch({ idempotencyKey: 'auto' })).toThrow(/needs crypto\.randomUUID; pass a function/)
        expect(() => createFetch({ idempotencyKey: () => 'k-1' })).not.toThrow()
      } finally {
        vi.unstubAllGlobals()
      }
    }
  })

  it('rejects an idempotencyKey option of another kind', () => {
    expect(() => createFetch({ idempotencyKey: 'always' as never })).toThrow(
      "Invalid `idempotencyKey`: received string; expected 'auto', 'off' or a function.",
    )
  })
})

describe('createFetch: keyed requests, only when the server says it honours keys (issue 17 item 4)', () => {
  it('does not retry a keyed POST that got a 502 by default: a key alone proves nothing', async () => {
    const { origin, requests } = await serve([{ status: 502 }])
    const response = await createFetch({ idempotencyKey: 'auto', random: () => 0 })(`${origin}/orders`, { method: 'POST', body: '{}' })
    expect(response.status).toBe(502)
    expect(requests).toHaveLength(1)
  })

  it('does not resend a keyed 409 (a duplicate email is a real conflict) unless idempotencyKeyHonoured: true', async () => {
    const conflict = { status: 409, body: { type: 'https://example.com/probs/duplicate-email', title: 'Duplicate email', status: 409 } }
    const { origin, requests } = await serve([conflict])
    const error = await createFetch({ idempotencyKey: 'auto', throwHttpErrors: true, random: () => 0 })(`${origin}/users`, {
      method: 'POST',
      body: '{"email":"a@example.com"}',
    }).catch((caught: unknown) => caught)
    expect(requests).toHaveLength(1)
    expect(error).toBeInstanceOf(ProblemError)
    expect((error as ProblemError).decision.retry).toBe(false)
    expect((error as ProblemError).problem.type).toBe('https://example.com/probs/duplicate-email')
  })

  it('resends a keyed 409 as is, with the same key, when idempotencyKeyHonoured: true', async () => {
    const { origin, requests } = await serve([{ status: 409, headers: { 'retry-after': '0' } }])
    const response = await createFetch({ idempotencyKey: 'auto', idempotencyKeyHonoured: true, random: () => 0 })(`${origin}/orders`, {
      method: 'POST',
      body: '{}',
    })
    expect(response.status).toBe(200)
    expect(requests).toHaveLength(2)
    expect(requests[1]!.headers['idempotency-key']).toBe(requests[0]!.headers['idempotency-key'])
  })

  it('hands back a keyed 409 whose problem it read with its body intact', async () => {
    const body = { type: 'https://example.com/probs/duplicate-email', title: 'Duplicate email', status: 409, detail: 'a@example.com is taken.' }
    const { origin } = await serve([{ status: 409, body }])
    const response = await createFetch({ idempotencyKey: 'auto' })(`${origin}/users`, { method: 'POST', body: '{}' })
    expect(response.status).toBe(409)
    expect(await response.json()).toEqual(body)
  })
})

describe('createFetch: statuses outside 100-599 (issue 18 item 3)', () => {
  it.each([600, 999])('treats %i as ensureOk does: not retried, a ProblemError with a "never" verdict', async (status) => {
    const step = { status, body: { title: 'odd' } }
    const { origin, requests } = await serve([step, step, step])
    const error = await createFetch({ throwHttpErrors: true })(`${origin}/odd`).catch((caught: unknown) => caught)
    expect(requests).toHaveLength(1)
    expect(error).toBeInstanceOf(ProblemError)
    const fromFetch = error as ProblemError
    expect(fromFetch.status).toBe(status)
    expect(fromFetch.decision).toMatchObject({ retry: false, strategy: 'never' })
    const { ensureOk } = await import('statuskit/fetch')
    const fromEnsureOk = await ensureOk(await fetch(`${origin}/odd`)).catch((caught: unknown) => caught)
    expect(fromEnsureOk).toBeInstanceOf(ProblemError)
    expect((fromEnsureOk as ProblemError).decision).toStrictEqual(fromFetch.decision)
    // without throwHttpErrors the response comes back, not retried, as fetch's would
    expect((await createFetch()(`${origin}/odd`)).status).toBe(status)
    expect(requests).toHaveLength(3)
  })
})

describe('createFetch: security review', () => {
  it('never leaks the query token through problem.type or problem.instance (#4)', async () => {
    const { origin } = await serve([{ status: 404, body: { type: '#not-found', title: 'Not found', instance: '' } }])
    const error = (await createFetch({ throwHttpErrors: true })(`${origin}/v1/users/7?access_token=SECRET_TOKEN`).catch((caught: unknown) => caught)) as ProblemError
    expect(error).toBeInstanceOf(ProblemError)
    expect(error.problem.type).toBe(`${origin}/v1/users/7#not-found`)
    expect(error.problem.instance).toBe(`${origin}/v1/users/7`)
    const { inspect } = await import('node:util')
    expect(inspect(error, { depth: 10 })).not.toContain('SECRET_TOKEN')
    expect(JSON.stringify(error)).not.toContain('SECRET_TOKEN')
  })

  it('waits the longest timer for a Retry-After at the timer limit, never retrying at once (#10)', async () => {
    const limit = 2_147_483_647
    const delays: number[] = []
    const controller = new AbortController()
    const real = globalThis.setTimeout
    const spy = vi.spyOn(globalThis, 'setTimeout').mockImplementation(((handler: () => void, ms?: number) => {
      delays.push(ms ?? 0)
      // The caller gives up instead of waiting 24.8 days; no real timer is left behind.
      queueMicrotask(() => controller.abort(new Error('gave up')))
      return real(() => {}, 0)
    }) as typeof setTimeout)
    let attempts = 0
    const double = async (): Promise<Response> => {
      attempts++
      return new Response(null, { status: 503, headers: { 'retry-after-ms': String(limit) } })
    }
    try {
      const result = await createFetch({ fetch: double, maxRetryAfterMs: limit, random: () => 0 })('http://127.0.0.1:9/x', {
        signal: controller.signal,
      }).catch((caught: unknown) => caught)
      expect((result as Error).message).toBe('gave up')
    } finally {
      spy.mockRestore()
    }
    expect(attempts).toBe(1)
    expect(delays).toStrictEqual([limit])
  })

  it('keeps one abort listener on a signal shared by many waiting retries: no MaxListenersExceededWarning (#14)', async () => {
    const { EventEmitter } = await import('node:events')
    const getEventListeners = (target: EventTarget, name: string): unknown[] => EventEmitter.getEventListeners(target, name)
    const warnings: string[] = []
    const onWarning = (warning: Error): void => void warnings.push(warning.name)
    process.on('warning', onWarning)
    const controller = new AbortController()
    let calls = 0
    // Not undici: nothing raises the signal's listener limit.
    const double = async (): Promise<Response> => {
      calls++
      return new Response(null, { status: 503, headers: { 'retry-after': '3600' } })
    }
    const fetchWithRetry = createFetch({ fetch: double, maxRetryAfterMs: 3_600_000 })
    const pending = Array.from({ length: 25 }, () => fetchWithRetry('http://127.0.0.1:9/x', { signal: controller.signal }).catch((e: unknown) => e))
    for (let i = 0; i < 100 && calls < 25; i++) await new Promise((resolve) => setImmediate(resolve))
    await new Promise((resolve) => setImmediate(resolve))
    expect(calls).toBe(25)
    expect(getEventListeners(controller.signal, 'abort').length).toBe(1)
    controller.abort(new Error('done'))
    const results = await Promise.all(pending)
    await new Promise((resolve) => setImmediate(resolve))
    process.off('warning', onWarning)
    expect(results.every((result) => (result as Error).message === 'done')).toBe(true)
    expect(warnings).not.toContain('MaxListenersExceededWarning')
  })

  it('accepts null options and a null init (#12)', async () => {
    const { origin } = await serve([{ status: 200 }])
    expect((await createFetch(null as never)(`${origin}/x`, null as never)).status).toBe(200)
  })
})
