import { HTTPException } from 'hono/http-exception'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { conflict, defineProblem, unauthorized } from '../../../src/index.js'
import { problemResponse, withProblems } from '../../../src/adapters/web/index.js'
import { serveWeb, type ServedWeb } from './serve-web.js'

const outOfStock = defineProblem({ type: 'https://example.com/probs/out-of-stock', status: 409, title: 'Out of stock' })
class OutOfStock extends Error {}

/** SvelteKit's `error()` and `redirect()` values, as @sveltejs/kit defines them (not Errors). */
class HttpError {
  constructor(
    readonly status: number,
    readonly body: { message: string },
  ) {}
}
class Redirect {
  constructor(
    readonly status: number,
    readonly location: string,
  ) {}
}

const routes: Record<string, () => never | Response> = {
  '/conflict': () => {
    throw conflict('Order 7 is at version 8; you sent version 7.', { headers: { etag: '"8"' } })
  },
  '/secret': () => {
    throw new Error('db password is hunter2')
  },
  '/out-of-stock': () => {
    throw new OutOfStock('No more blue mugs.')
  },
  '/response': () => {
    throw new Response('teapot', { status: 418 })
  },
  '/sveltekit-error': () => {
    throw new HttpError(404, { message: 'No such order.' })
  },
  '/hono-exception': () => {
    throw new HTTPException(401, { message: 'Log in first.', res: new Response(null, { headers: { 'www-authenticate': 'Bearer realm="api"', 'set-cookie': 'a=b' } }) })
  },
  '/ok': () => Response.json({ ok: true }),
}

let served: ServedWeb
const logged: Array<[string, number]> = []
const handler = withProblems(
  (request: Request) => {
    const route = routes[new URL(request.url).pathname]
    if (route === undefined) throw new Error('unrouted')
    return route()
  },
  {
    map: (error) => (error instanceof OutOfStock ? outOfStock(error.message) : undefined),
    log: (level, problem) => void logged.push([level, problem.status]),
  },
)

beforeAll(async () => {
  served = await serveWeb(handler)
})
afterAll(() => served.close())

describe('withProblems on a real server (Node bridge)', () => {
  it('answers a thrown conflict() with its problem, the phrase, Vary: Accept and its headers', async () => {
    const response = await fetch(`${served.url}/conflict`)
    expect(response.status).toBe(409)
    expect(response.statusText).toBe('Conflict')
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    expect(response.headers.get('vary')).toMatch(/accept/i)
    expect(response.headers.get('etag')).toBe('"8"')
    expect(await response.json()).toMatchObject({ status: 409, title: 'Conflict', detail: 'Order 7 is at version 8; you sent version 7.' })
  })

  it('hides an unknown error behind a 500 without its message and logs it at error', async () => {
    const response = await fetch(`${served.url}/secret`)
    const text = await response.text()
    expect(response.status).toBe(500)
    expect(text).not.toContain('hunter2')
    expect(text).not.toContain('at ')
    await vi.waitFor(() => expect(logged).toContainEqual(['error', 500]))
  })

  it('runs the user mapper first', async () => {
    const response = await fetch(`${served.url}/out-of-stock`)
    expect(response.status).toBe(409)
    expect(await response.json()).toMatchObject({ type: outOfStock.type, detail: 'No more blue mugs.' })
  })

  it('returns a thrown Response untouched', async () => {
    const response = await fetch(`${served.url}/response`)
    expect(response.status).toBe(418)
    expect(await response.text()).toBe('teapot')
  })

  it("maps SvelteKit's error() and Hono's HTTPException by their status, keeping only safe header fields", async () => {
    const svelte = await fetch(`${served.url}/sveltekit-error`)
    expect(svelte.status).toBe(404)
    expect(await svelte.json()).toMatchObject({ detail: 'No such order.' })
    const hono = await fetch(`${served.url}/hono-exception`)
    expect(hono.status).toBe(401)
    expect(hono.headers.get('www-authenticate')).toBe('Bearer realm="api"')
    expect(hono.headers.get('set-cookie')).toBeNull()
    expect(await hono.json()).toMatchObject({ status: 401, detail: 'Log in first.' })
  })

  it('answers HEAD without a body and text/plain on request', async () => {
    const head = await fetch(`${served.url}/conflict`, { method: 'HEAD' })
    expect(head.status).toBe(409)
    expect(await head.text()).toBe('')
    const plain = await fetch(`${served.url}/conflict`, { headers: { accept: 'text/plain' } })
    expect(plain.headers.get('content-type')).toMatch(/^text\/plain/)
  })

  it('lets a returned Response through', async () => {
    const response = await fetch(`${served.url}/ok`)
    expect(await response.json()).toEqual({ ok: true })
  })
})

describe('withProblems, called directly', () => {
  it("rethrows Next.js's control flow (redirect, notFound) and SvelteKit's redirect", async () => {
    const nextRedirect = Object.assign(new Error('NEXT_REDIRECT'), { digest: 'NEXT_REDIRECT;replace;/login;307;' })
    const nextNotFound = Object.assign(new Error('NEXT_HTTP_ERROR_FALLBACK;404'), { digest: 'NEXT_HTTP_ERROR_FALLBACK;404' })
    const svelteRedirect = new Redirect(303, '/login')
    for (const thrown of [nextRedirect, nextNotFound, svelteRedirect]) {
      const wrapped = withProblems(() => {
        throw thrown
      })
      await expect(wrapped(new Request('http://localhost/'))).rejects.toBe(thrown)
    }
  })

  it('passes the extra arguments through and logs inside ctx.waitUntil', async () => {
    const waited: Promise<unknown>[] = []
    const log = vi.fn()
    const ctx = { waitUntil: (promise: Promise<unknown>) => void waited.push(promise) }
    const env = { DB: 'binding' }
    const wrapped = withProblems(
      (_request: Request, e: typeof env, _c: typeof ctx) => {
        throw conflict(`env ${e.DB}`)
      },
      { log },
    )
    const response = await wrapped(new Request('http://localhost/'), env, ctx)
    expect(await response.json()).toMatchObject({ detail: 'env binding' })
    expect(waited).toHaveLength(1)
    await Promise.all(waited)
    expect(log).toHaveBeenCalledWith('info', expect.objectContaining({ status: 409 }), expect.any(Request))
  })

  it('answers 499 when the client has gone', async () => {
    const controller = new AbortController()
    const request = new Request('http://localhost/', { signal: controller.signal })
    const wrapped = withProblems(() => {
      controller.abort()
      throw new DOMException('The operation was aborted.', 'AbortError')
    })
    expect((await wrapped(request)).status).toBe(499)
  })

  it('refuses a handler that is not a function', () => {
    expect(() => withProblems(42 as never)).toThrow(TypeError)
  })
})

describe('problemResponse', () => {
  it('renders a returned problem negotiated on the request, with the trace id', async () => {
    const request = new Request('http://localhost/orders/7', {
      method: 'PUT',
      headers: { accept: 'text/plain', traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' },
    })
    const response = problemResponse(conflict('Order 7 changed.'), request)
    expect(response.status).toBe(409)
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/)
    expect(await response.text()).toContain('Order 7 changed.')
    const json = problemResponse(unauthorized({ wwwAuthenticate: 'Bearer' }), new Request('http://localhost/', { headers: { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' } }))
    expect(json.headers.get('www-authenticate')).toBe('Bearer')
    expect(await json.json()).toMatchObject({ traceId: '4bf92f3577b34da6a3ce929d0e0e4736' })
  })
})
