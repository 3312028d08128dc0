import { isControlFlow, mapFrameworkError } from 'statuskit/server'
import { describe, expect, it } from 'vitest'

describe('isControlFlow', () => {
  it.each([
    ['Next redirect()', Object.assign(new Error('NEXT_REDIRECT'), { digest: 'NEXT_REDIRECT;replace;/login;307;' })],
    ['Next notFound() (15+)', Object.assign(new Error('x'), { digest: 'NEXT_HTTP_ERROR_FALLBACK;404' })],
    ['Next notFound() (older)', Object.assign(new Error('x'), { digest: 'NEXT_NOT_FOUND' })],
    ['SvelteKit redirect()', { status: 303, location: '/login' }],
  ])('is true for %s', (_name, thrown) => {
    expect(isControlFlow(thrown)).toBe(true)
  })

  it.each([
    ['a plain Error', new Error('boom')],
    ['a digest that only starts like one', Object.assign(new Error('x'), { digest: 'NEXT_REDIRECTED' })],
    ['an Error with a 3xx status and location', Object.assign(new Error('x'), { status: 302, location: '/' })],
    ['a 4xx object with a location', { status: 404, location: '/' }],
    ['a primitive', 'NEXT_REDIRECT'],
    ['null', null],
  ])('is false for %s', (_name, thrown) => {
    expect(isControlFlow(thrown)).toBe(false)
  })

  it('is false, never throws, for a Proxy whose traps throw', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('get') }, getPrototypeOf: () => { throw new Error('proto') } })
    expect(isControlFlow(hostile)).toBe(false)
    expect(mapFrameworkError(hostile)).toBeUndefined()
  })
})
