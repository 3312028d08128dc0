import { describe, expect, it } from 'vitest'
import { classifyRetry } from 'statuskit'
import { readHeader } from '../../../src/core/classify/read-header.js'

describe('readHeader', () => {
  it('reads a fetch Headers, case-insensitively', () => {
    expect(readHeader(new Headers({ 'Retry-After': ' 5 ' }), 'retry-after')).toBe('5')
  })

  it('reads a plain object whatever the key casing', () => {
    expect(readHeader({ 'RETRY-AFTER': '5' }, 'retry-after')).toBe('5')
    expect(readHeader({ 'Retry-After': '5', 'retry-after': '6' }, 'retry-after')).toBe('5')
  })

  it('combines Node string[] values with ", "', () => {
    expect(readHeader({ 'x-list': ['a', 'b'] }, 'x-list')).toBe('a, b')
    expect(readHeader({ 'x-list': ['a', 7, 'b'] }, 'x-list')).toBe('a, b')
  })

  it('returns undefined for absent, empty or non-string values and for non-objects', () => {
    expect(readHeader({}, 'retry-after')).toBeUndefined()
    expect(readHeader({ 'retry-after': '' }, 'retry-after')).toBeUndefined()
    expect(readHeader({ 'retry-after': 5 }, 'retry-after')).toBeUndefined()
    expect(readHeader({ 'retry-after': [] }, 'retry-after')).toBeUndefined()
    expect(readHeader(undefined, 'retry-after')).toBeUndefined()
    expect(readHeader('retry-after: 5', 'retry-after')).toBeUndefined()
    expect(readHeader(null, 'retry-after')).toBeUndefined()
  })

  it('does not read inherited properties', () => {
    expect(readHeader({}, 'constructor')).toBeUndefined()
    expect(readHeader(Object.create({ 'retry-after': '5' }), 'retry-after')).toBeUndefined()
  })

  it('reads an array of [name, value] pairs, case-insensitively (issue 17 item 4: never silently ignored)', () => {
    expect(readHeader([['Content-Type', 'text/html'], ['Retry-After', ' 7 ']], 'retry-after')).toBe('7')
    expect(readHeader([['x', '1'], 'junk', null, [5, 'v']], 'retry-after')).toBeUndefined()
  })

  it('never throws on hostile objects: revoked Proxies, throwing traps, getters and get() (security review #11)', () => {
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    const trap = new Proxy({}, { ownKeys: () => { throw new Error('trap') }, get: () => { throw new Error('trap') } })
    const getter = Object.defineProperty({}, 'retry-after', { enumerable: true, get: () => { throw new Error('getter') } })
    const badGet = { get: () => { throw new Error('get') } }
    for (const headers of [proxy, trap, getter, badGet]) expect(readHeader(headers, 'retry-after')).toBeUndefined()
  })
})

describe('classifyRetry through readHeader', () => {
  it('takes every header shape: Headers, a record with string[] values, [name, value] pairs', () => {
    for (const headers of [new Headers({ 'Retry-After': '5' }), { 'retry-after': ['5'] }, [['Retry-After', '5']] as const]) {
      expect(classifyRetry(503, { headers }).retryAfterMs).toBe(5000)
    }
  })
  it('never throws on hostile headers or clocks (security review #11)', () => {
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    const clock = new Proxy(new Date(), { getPrototypeOf: () => { throw new Error('trap') } })
    expect(classifyRetry(503, { headers: proxy as never }).retry).toBe(true)
    const decision = classifyRetry(503, { headers: { 'retry-after': 'Wed, 21 Oct 2099 07:28:00 GMT' }, now: clock })
    expect(decision.retryAfterMs).toBeGreaterThan(0)
  })
  it('accepts null headers as none (security review #12)', () => {
    expect(classifyRetry(503, { headers: null as never }).retry).toBe(true)
  })
})
