import { describe, expect, it } from 'vitest'
import { conflict, HttpProblem, internalServerError } from 'statuskit'
import { renderProblem } from 'statuskit/server'

const json = '{"type":"about:blank","title":"Conflict","status":409,"detail":"Order 7 is at version 8."}'
const order = () => conflict('Order 7 is at version 8.')

describe('renderProblem(problem, { accept, method })', () => {
  it('sends application/problem+json with the problem headers by default', () => {
    expect(renderProblem(order())).toEqual({
      status: 409,
      headers: {
        'content-type': 'application/problem+json',
        'cache-control': 'no-store',
        vary: 'Accept',
        'x-content-type-options': 'nosniff',
        'content-length': '90',
      },
      body: json,
      remove: ['content-encoding', 'content-language', 'content-range', 'content-disposition'],
    })
  })

  it.each([
    ['a cycle', () => {
      const cycle: Record<string, unknown> = {}
      cycle['self'] = cycle
      return cycle
    }],
    ['a BigInt', () => 10n],
    ['a throwing toJSON', () => ({ toJSON: () => { throw new Error('secret') } })],
  ])('sends a bare 500 when an extension cannot be serialized (%s)', (_, value) => {
    const rendered = renderProblem(conflict('x', { extensions: { value: value() } }))
    expect(rendered.status).toBe(500)
    expect(JSON.parse(rendered.body!)).toEqual({ type: 'about:blank', title: 'Internal Server Error', status: 500 })
    expect(rendered.headers['content-length']).toBe(String(rendered.body!.length))
    expect(rendered.body).not.toContain('secret')
  })

  it('reads no more than 64 media ranges of a hostile Accept', () => {
    // text/plain would win, but only as the 65th range: it is never read.
    const accept = `${'x/y;q=0.1,'.repeat(64)}text/plain`
    expect(renderProblem(order(), { accept }).headers['content-type']).toBe('application/problem+json')
    expect(renderProblem(order(), { accept: `${','.repeat(100_000)}text/plain` }).body).toBe(json)
  })

  it.each([
    '*/*',
    'application/json',
    'application/problem+json',
    'application/*',
    'text/html',
    'text/html, application/xhtml+xml, application/xml;q=0.9, */*;q=0.8',
    'text/plain;q=0',
    'text/plain, application/json;q=0.1',
  ])('sends JSON for Accept: %s', (accept) => {
    const rendered = renderProblem(order(), { accept, method: 'PUT' })
    expect(rendered.headers['content-type']).toBe('application/problem+json')
    expect(rendered.body).toBe(json)
  })

  it.each(['text/plain', 'text/*', 'text/html, text/plain;q=0.5', '*/*;q=0.5, application/*;q=0'])(
    'sends one line of text for Accept: %s',
    (accept) => {
      const rendered = renderProblem(order(), { accept })
      expect(rendered.body).toBe('409 Conflict: Order 7 is at version 8.')
      expect(rendered.headers['content-type']).toBe('text/plain; charset=utf-8')
      expect(rendered.headers['content-length']).toBe('38')
      expect(rendered.headers['x-content-type-options']).toBe('nosniff')
    },
  )

  it('leaves a hidden detail out of the text body', () => {
    const hidden = internalServerError('db password is hunter2')
    expect(renderProblem(hidden, { accept: 'text/plain' }).body).toBe('500 Internal Server Error')
    expect(renderProblem(hidden).body).toBe('{"type":"about:blank","title":"Internal Server Error","status":500}')
  })

  it('gives HEAD the same headers and no body', () => {
    const get = renderProblem(order(), { method: 'GET' })
    const head = renderProblem(order(), { method: 'head' })
    expect(head.body).toBeUndefined()
    expect(head.headers).toEqual(get.headers)
    expect(head.status).toBe(409)
  })

  it('counts content-length in UTF-8 octets', () => {
    const p = new HttpProblem({ status: 409, title: 'Conflict', detail: 'é€😀' })
    expect(renderProblem(p, { accept: 'text/plain' }).headers['content-length']).toBe(String(14 + 2 + 3 + 4))
    const lone = new HttpProblem({ status: 409, title: 'Conflict', detail: '\ud800' })
    expect(renderProblem(lone, { accept: 'text/plain' }).headers['content-length']).toBe('17')
  })

  it('keeps the problem headers and appends Accept to its Vary', () => {
    const p = conflict('x', { headers: { vary: 'Origin', 'retry-after': '5' } })
    const { headers } = renderProblem(p)
    expect(headers['vary']).toBe('Origin, Accept')
    expect(headers['retry-after']).toBe('5')
  })

  it('renders every status through its own title', () => {
    const p = new HttpProblem({ status: 418, title: "I'm a teapot", expose: true, detail: 'short and stout' })
    expect(renderProblem(p, { accept: 'text/plain' }).body).toBe("418 I'm a teapot: short and stout")
  })

  it('adds extensions members for this response only, never over the problem or a standard member', () => {
    const p = conflict('x', { extensions: { traceId: 'mine' } })
    const { body } = renderProblem(p, { extensions: { traceId: 'other', requestId: 'r-1', detail: 'forged', instance: '/forged', ['__proto__']: { polluted: true } } })
    expect(body).toBe('{"type":"about:blank","title":"Conflict","status":409,"detail":"x","traceId":"mine","requestId":"r-1"}')
    expect(JSON.stringify(p)).toBe('{"type":"about:blank","title":"Conflict","status":409,"detail":"x","traceId":"mine"}')
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    expect(renderProblem(p, { extensions: { traceId: 'other' }, accept: 'text/plain' }).body).toBe('409 Conflict: x')
  })
})
