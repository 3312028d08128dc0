import { describe, expect, it } from 'vitest'
import { ProblemError, type ResponseProblem } from 'statuskit/fetch'

const blank = (status: number, title: string): ResponseProblem => ({
  type: 'about:blank',
  title,
  status,
  detail: undefined,
  instance: undefined,
  extensions: {},
  valid: false,
  statusMismatch: undefined,
  raw: '',
  truncated: false,
})

describe('ProblemError', () => {
  it('names the method and a URL without query, fragment or credentials', () => {
    const error = new ProblemError({
      response: new Response(null, { status: 422 }),
      method: 'post',
      url: 'https://user:pw@api.example.com/orders?token=t#frag',
      problem: blank(422, 'Unprocessable Content'),
    })
    expect(error.message).toBe('422 Unprocessable Content: POST https://api.example.com/orders')
    expect(error.name).toBe('ProblemError')
    expect(error.url).toBe('https://api.example.com/orders')
    expect(error.decision.strategy).toBe('after-fix')
  })

  it('uses the status phrase in the message, not the problem title', () => {
    const error = new ProblemError({
      response: new Response(null, { status: 409 }),
      method: 'PUT',
      url: 'https://api.example.com/orders/7',
      problem: { ...blank(409, 'Version conflict'), type: 'https://example.com/probs/version-conflict', valid: true },
    })
    expect(error.message).toBe('409 Conflict: PUT https://api.example.com/orders/7')
  })

  it('keeps a given decision and cause', () => {
    const cause = new Error('upstream')
    const decision = { retry: false, strategy: 'never', delayMs: 0, reason: 'custom' } as const
    const error = new ProblemError({ response: new Response(null, { status: 503 }), problem: blank(503, 'Service Unavailable'), decision, cause })
    expect(error.decision).toBe(decision)
    expect(error.cause).toBe(cause)
    expect(error.message).toBe('503 Service Unavailable: GET')
  })

  it('does not throw for a status outside 100–599', () => {
    const response = new Response(null, { status: 200 })
    Object.defineProperty(response, 'status', { value: 0 })
    const error = new ProblemError({ response, problem: blank(0, '') })
    expect(error.decision).toMatchObject({ retry: false, strategy: 'never' })
  })
})
