// validationHook on a real Hono app (@hono/node-server): zod through zValidator, and
// valibot, arktype and zod through sValidator, answer the same validation problem.
import { getRequestListener } from '@hono/node-server'
import { sValidator } from '@hono/standard-validator'
import { zValidator } from '@hono/zod-validator'
import { type } from 'arktype'
import { Hono } from 'hono'
import { createServer } from 'node:http'
import * as v from 'valibot'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import * as z from 'zod'
import { conflict, validationProblem } from '../../../src/index.js'
import { withExtensions } from '../../../src/server/pipeline/index.js'
import { problemHandler, validationHook, type ValidationHookOptions } from '../../../src/adapters/hono/index.js'
import { closeLoopback, listenLoopback } from '../../helpers/loopback.js'

// One order schema in each library: quantity a positive integer, tags strings, customer.email an email.
const zodOrder = z.object({
  quantity: z.number().int().min(1),
  tags: z.array(z.string()),
  customer: z.object({ email: z.email() }),
})
const valibotOrder = v.object({
  quantity: v.pipe(v.number(), v.integer(), v.minValue(1)),
  tags: v.array(v.string()),
  customer: v.object({ email: v.pipe(v.string(), v.email()) }),
})
const arktypeOrder = type({ quantity: 'number.integer >= 1', tags: 'string[]', customer: { email: 'string.email' } })

// Rejected values that must never come back.
const BAD_ORDER = { quantity: -31337, tags: ['ok', 90210], customer: { email: 'SECRET-not-an-email' } }
const GOOD_ORDER = { quantity: 2, tags: ['gift'], customer: { email: 'ada@example.com' } }

const log = vi.fn()
const options: ValidationHookOptions = {
  log,
  customize: (problem) => withExtensions(problem, { service: 'orders' }),
}
const server = createServer()
let url: string

beforeAll(async () => {
  const app = new Hono()
  const hook = validationHook(options)
  app.post('/zod-validator', zValidator('json', zodOrder, hook), (c) => c.json(c.req.valid('json'), 201))
  app.post('/standard/zod', sValidator('json', zodOrder, hook), (c) => c.json(c.req.valid('json'), 201))
  app.post('/standard/valibot', sValidator('json', valibotOrder, hook), (c) => c.json(c.req.valid('json'), 201))
  app.post('/standard/arktype', sValidator('json', arktypeOrder, hook), (c) => c.json(c.req.valid('json'), 201))
  // The same problem thrown to problemHandler, for the byte-for-byte comparison.
  app.post('/thrown', async (c) => {
    const result = zodOrder.safeParse(await c.req.json())
    if (!result.success) throw validationProblem.fromIssues(result.error.issues)
    return c.json(result.data, 201)
  })
  app.post('/form', sValidator('form', z.object({ 'a/b': z.string().min(3) }), hook), (c) => c.text('ok'))
  app.get('/search', sValidator('query', z.object({ page: z.coerce.number().int().min(1) }), hook), (c) => c.text('ok'))
  app.get('/orders/:id', zValidator('param', z.object({ id: z.uuid() }), hook), (c) => c.text(c.req.valid('param').id))
  app.get('/tenant', sValidator('header', z.object({ 'x-tenant': z.uuid() }), hook), (c) => c.text('ok'))
  app.get('/me', sValidator('cookie', v.object({ session: v.pipe(v.string(), v.minLength(32)) }), hook), (c) => c.text('ok'))
  app.put('/orders', zValidator('json', zodOrder, validationHook({ status: 422 })), () => {
    throw conflict('Order 7 is at version 8; you sent version 7.')
  })
  app.onError(problemHandler(options))
  server.on('request', getRequestListener(app.fetch))
  url = await listenLoopback(server)
})
afterAll(() => closeLoopback(server))

function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
}

interface Entry {
  readonly detail: string
  readonly pointer?: string
  readonly parameter?: string
  readonly header?: string
}

async function errorsOf(response: Response): Promise<{ text: string; errors: readonly Entry[] }> {
  const text = await response.text()
  const body = JSON.parse(text) as { errors: readonly Entry[] }
  return { text, errors: body.errors }
}

describe('validationHook on @hono/node-server', () => {
  it.each(['/zod-validator', '/standard/zod', '/standard/valibot', '/standard/arktype'])(
    '%s: a failed validation is a 400 problem with a pointer per issue and no rejected value',
    async (path) => {
      const response = await post(path, BAD_ORDER)
      expect(response.status).toBe(400)
      expect(response.statusText).toBe('Bad Request')
      expect(response.headers.get('content-type')).toBe('application/problem+json')
      expect(response.headers.get('vary')).toBe('Accept')
      const { text, errors } = await errorsOf(response)
      expect(JSON.parse(text)).toMatchObject({ type: 'about:blank', title: 'Bad Request', status: 400, service: 'orders' })
      expect(errors.map((entry) => entry.pointer).sort()).toEqual(['#/customer/email', '#/quantity', '#/tags/1'])
      for (const entry of errors) expect(Object.keys(entry).sort()).toEqual(['detail', 'pointer'])
      for (const leaked of ['SECRET', '31337', '90210']) expect(text).not.toContain(leaked)
    },
  )

  it.each(['/zod-validator', '/standard/zod', '/standard/valibot', '/standard/arktype'])('%s: a valid body passes on to the route', async (path) => {
    const response = await post(path, GOOD_ORDER)
    expect(response.status).toBe(201)
    expect(await response.json()).toEqual(GOOD_ORDER)
  })

  it('answers the same bytes and headers as the same problem thrown to problemHandler, and logs it', async () => {
    log.mockClear()
    const headers = { 'x-request-id': 'req-7' }
    const hooked = await post('/zod-validator', BAD_ORDER, headers)
    const thrown = await post('/thrown', BAD_ORDER, headers)
    expect(hooked.status).toBe(thrown.status)
    expect([...hooked.headers].filter(([name]) => name !== 'date')).toEqual([...thrown.headers].filter(([name]) => name !== 'date'))
    const text = await hooked.text()
    expect(text).toBe(await thrown.text())
    expect(JSON.parse(text)).toMatchObject({ traceId: 'req-7', service: 'orders' })
    await vi.waitFor(() => expect(log).toHaveBeenCalledTimes(2))
    expect(log.mock.calls.map(([level, problem]) => [level, (problem as { status: number }).status])).toEqual([['info', 400], ['info', 400]])
  })

  it('negotiates on Accept: one line for text/plain, no body for HEAD', async () => {
    const text = await post('/zod-validator', BAD_ORDER, { accept: 'text/plain' })
    expect(text.headers.get('content-type')).toMatch(/^text\/plain/)
    expect(await text.text()).not.toContain('SECRET')
    const head = await fetch(`${url}/orders/not-a-uuid`, { method: 'HEAD' })
    expect(head.status).toBe(400)
    expect(await head.text()).toBe('')
  })

  it('names a form field by pointer, a query, path or cookie value by parameter, a header by header', async () => {
    const form = await fetch(`${url}/form`, { method: 'POST', body: new URLSearchParams({ 'a/b': 'x' }) })
    expect(form.status).toBe(400)
    expect((await errorsOf(form)).errors).toEqual([{ detail: expect.any(String), pointer: '#/a~1b' }])
    const query = await fetch(`${url}/search?page=SECRET`)
    const queried = await errorsOf(query)
    expect(queried.errors).toEqual([{ detail: expect.any(String), parameter: 'page' }])
    expect(queried.text).not.toContain('SECRET')
    const param = await fetch(`${url}/orders/SECRET`)
    expect((await errorsOf(param)).errors).toEqual([{ detail: expect.any(String), parameter: 'id' }])
    const header = await fetch(`${url}/tenant`, { headers: { 'x-tenant': 'SECRET' } })
    const headed = await errorsOf(header)
    expect(headed.errors).toEqual([{ detail: expect.any(String), header: 'x-tenant' }])
    expect(headed.text).not.toContain('SECRET')
    const cookie = await fetch(`${url}/me`, { headers: { cookie: 'session=SECRET' } })
    const cookied = await errorsOf(cookie)
    expect(cookied.errors).toEqual([{ detail: expect.any(String), parameter: 'session' }])
    expect(cookied.text).not.toContain('SECRET')
  })

  it('composes with problemHandler: 422 by option, a route error after a valid body and malformed JSON go to onError', async () => {
    const invalid = await fetch(`${url}/orders`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(BAD_ORDER) })
    expect(invalid.status).toBe(422)
    expect(await invalid.json()).toMatchObject({ title: 'Unprocessable Content', status: 422 })
    const valid = await fetch(`${url}/orders`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(GOOD_ORDER) })
    expect(valid.status).toBe(409)
    expect(await valid.json()).toMatchObject({ status: 409, service: 'orders' })
    const malformed = await fetch(`${url}/zod-validator`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"quantity":' })
    expect(malformed.status).toBe(400)
    expect(malformed.headers.get('content-type')).toBe('application/problem+json')
    expect(await malformed.json()).toMatchObject({ status: 400, service: 'orders' })
  })
})

describe('validationHook', () => {
  const c = { req: { raw: new Request('http://localhost/orders', { headers: { accept: 'application/problem+json' } }) } } as never

  it('passes a success on, and answers an error that holds no issues with an empty errors list', async () => {
    const hook = validationHook({ log: false })
    expect(hook({ success: true, target: 'json' }, c)).toBeUndefined()
    for (const error of [undefined, null, 'boom', { issues: 'no' }, new Proxy({}, { get: () => { throw new Error('hostile') } })]) {
      const response = hook({ success: false, error, target: 'json' }, c)
      expect(response?.status).toBe(400)
      expect(await response?.json()).toMatchObject({ status: 400, errors: [] })
    }
  })

  it('refuses a status other than 400 or 422 and an issueDetail that is not a function, when made', () => {
    expect(() => validationHook({ status: 500 as never })).toThrow(RangeError)
    expect(() => validationHook({ issueDetail: 'no' as never })).toThrow(TypeError)
    expect(() => validationHook({ log: 'no' as never })).toThrow(TypeError)
  })

  it('names an unknown target by pointer and writes detail with issueDetail', async () => {
    const hook = validationHook({ log: false, issueDetail: (issue) => `bad: ${issue.message.length}` })
    const response = hook({ success: false, error: [{ message: 'Required', path: ['a', 0] }], target: 'future' }, c)
    expect((await response?.json()) as unknown).toMatchObject({ errors: [{ detail: 'bad: 8', pointer: '#/a/0' }] })
  })
})
