import { describe, expect, it } from 'vitest'
import { conflict, HttpProblem, isHttpProblem, toProblem } from 'statuskit'

describe('isHttpProblem', () => {
  it('recognises an instance', () => {
    expect(isHttpProblem(conflict())).toBe(true)
  })
  it('recognises an instance from another copy of the library by its global brand', () => {
    const foreign = Object.assign(new Error('x'), { [Symbol.for('statuskit.HttpProblem')]: true })
    expect(isHttpProblem(foreign)).toBe(true)
  })
  it('recognises an instance made by a second copy of the module (ESM + CJS, duplicate installs)', async () => {
    const secondCopy = '../../src/problem/http-problem.js?second-copy'
    const copy = (await import(/* @vite-ignore */ secondCopy)) as typeof import('../../src/problem/http-problem.js')
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
