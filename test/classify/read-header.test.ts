import { describe, expect, it } from 'vitest'
import { readHeader } from '../../src/classify/read-header.js'

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
})
