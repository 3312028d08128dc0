import { describe, expect, it } from 'vitest'
import { validateHeaderName, validateHeaderValue } from 'node:http'
import { conflict, HttpProblem, isHttpProblem, toProblem } from 'statuskit'
import { expressServer, fastifyServer } from '../../helpers/throwing-servers.js'

describe('isHttpProblem', () => {
  it('recognises an instance', () => {
    expect(isHttpProblem(conflict())).toBe(true)
  })
  it('recognises an instance from another copy of the library by its global brand (own, non-enumerable)', () => {
    const foreign = Object.defineProperty(new Error('x'), Symbol.for('statuskit.HttpProblem'), { value: true })
    expect(isHttpProblem(foreign)).toBe(true)
  })
  it('is not fooled by a Proxy that answers every key, nor by the brand as an ordinary member (security review #6)', () => {
    const permissive = new Proxy({}, { get: () => true })
    expect(isHttpProblem(permissive)).toBe(false)
    expect(isHttpProblem({ [Symbol.for('statuskit.HttpProblem')]: true, status: 409 })).toBe(false)
  })
  it('recognises an instance made by a second copy of the module (ESM + CJS, duplicate installs)', async () => {
    const secondCopy = '../../../src/core/problem/http-problem.js?second-copy'
    const copy = (await import(/* @vite-ignore */ secondCopy)) as typeof import('../../../src/core/problem/http-problem.js')
    const foreign = new copy.HttpProblem({ status: 409, title: 'Conflict' })
    expect(foreign).not.toBeInstanceOf(HttpProblem)
    expect(isHttpProblem(foreign)).toBe(true)
    expect(toProblem(foreign)).toBe(foreign)
  })

  it.each([
    ['a plain Error', new Error('x')],
    ['a look-alike object', { name: 'HttpProblem', status: 409, title: 'Conflict' }],
    ['a local symbol brand', { [Symbol('statuskit.HttpProblem')]: true }],
    ['null', null],
    ['a string', 'HttpProblem'],
  ])('rejects %s', (_, value) => {
    expect(isHttpProblem(value)).toBe(false)
  })
  it('never throws, even on a revoked Proxy or a throwing getter', () => {
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    expect(isHttpProblem(proxy)).toBe(false)
    const hostile = new Proxy({}, { get: () => { throw new Error('boom') } })
    expect(isHttpProblem(hostile)).toBe(false)
  })
})

const BRAND = Symbol.for('statuskit.HttpProblem')

/** Values that claim to be problems, as the security review threw them (#6). */
function forgeries(): [string, () => unknown][] {
  return [
    ['a permissive Proxy (truthy for every key)', () => new Proxy({}, { get: () => true, getOwnPropertyDescriptor: () => ({ value: true, configurable: true }) })],
    [
      'an object carrying the brand, with an injected header',
      () => Object.defineProperty({ status: 409, title: 'Conflict', headers: { 'x-a': 'a\r\nSet-Cookie: admin=1' }, toJSON: () => ({}) }, BRAND, { value: true }),
    ],
    [
      'a real problem whose status was changed after it was made',
      () => Object.assign(conflict('x'), { status: true }),
    ],
  ]
}

describe('toProblem on values faking the HttpProblem brand (security review #6)', () => {
  it.each(forgeries())('returns a genuine, validated problem for %s', (_, forge) => {
    const p = toProblem(forge())
    expect(p).toBeInstanceOf(HttpProblem)
    expect([409, 500]).toContain(p.status)
    expect(typeof p.toResponse).toBe('function')
    for (const [name, value] of Object.entries(p.headers)) {
      expect(() => validateHeaderName(name)).not.toThrow()
      expect(() => validateHeaderValue(name, value)).not.toThrow()
    }
  })
  it('rebuilds the forged object with its valid members and without the injected header', () => {
    const p = toProblem(forgeries()[1]![1]())
    expect(p.status).toBe(409)
    expect(p.headers).not.toHaveProperty('x-a')
    expect(p.warnings).toHaveLength(1)
  })
  it.each([
    ['Express 5', expressServer],
    ['Fastify 5', fastifyServer],
  ])('makes a real %s server answer a JSON problem, never a stack trace or an internal message', async (_, start) => {
    let current: () => unknown = () => undefined
    const server = await start(() => current())
    try {
      for (const [, forge] of forgeries()) {
        current = forge
        const response = await fetch(`${server.url}/throw`)
        const text = await response.text()
        expect([409, 500]).toContain(response.status)
        expect(response.headers.get('content-type')).toBe('application/problem+json')
        expect(text).not.toMatch(/ at |ERR_|stack|Invalid/)
        expect(response.headers.get('set-cookie')).toBeNull()
      }
    } finally {
      await server.close()
    }
  })
})
