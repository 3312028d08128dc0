import { describe, expect, it } from 'vitest'
import { acceptQuality } from 'statuskit/server'

describe('acceptQuality(accept, mediaType)', () => {
  it.each([
    { accept: undefined, type: 'application/json', q: 1 },
    { accept: '', type: 'application/json', q: 1 },
    { accept: '*/*', type: 'application/problem+json', q: 1 },
    { accept: 'text/html', type: 'application/json', q: 0 },
    { accept: 'text/plain', type: 'text/plain', q: 1 },
    { accept: 'TEXT/Plain', type: 'text/plain', q: 1 },
    { accept: 'text/*;q=0.3', type: 'text/plain', q: 0.3 },
    { accept: 'text/plain, application/*;q=0.5', type: 'application/problem+json', q: 0.5 },
    { accept: 'application/json;q=0, */*', type: 'application/json', q: 0 },
    { accept: '*/*;q=0.1, application/json;q=0.9', type: 'application/json', q: 0.9 },
    { accept: 'application/*;q=0.2, */*;q=0.8', type: 'application/json', q: 0.2 },
    { accept: 'application/json; charset=utf-8; q=0.4', type: 'application/json', q: 0.4 },
    { accept: 'application/json;q=abc', type: 'application/json', q: 1 },
    { accept: 'application/json;q=7', type: 'application/json', q: 1 },
    { accept: 'application/json;q=-1', type: 'application/json', q: 0 },
    { accept: ['text/plain', 'application/json;q=0.5'], type: 'application/json', q: 0.5 },
    { accept: ',,;;', type: 'application/json', q: 0 },
  ])('$accept for $type is $q', ({ accept, type, q }) => {
    expect(acceptQuality(accept, type)).toBe(q)
  })

  describe('reads only the first 64 media ranges', () => {
    const filler = (count: number): string[] => Array.from({ length: count }, (_, index) => `x-filler/type-${index}`)

    it('a matching range at position 64 counts', () => {
      expect(acceptQuality([...filler(63), 'application/json;q=0.7'].join(', '), 'application/json')).toBe(0.7)
    })

    it('a matching range at position 65 is ignored: the field refuses the type', () => {
      expect(acceptQuality([...filler(64), 'application/json;q=0.7'].join(', '), 'application/json')).toBe(0)
    })

    it('counts ranges across repeated fields together', () => {
      expect(acceptQuality([filler(40).join(','), filler(24).join(','), '*/*'], 'application/json')).toBe(0)
      expect(acceptQuality([filler(40).join(','), filler(23).join(','), '*/*'], 'application/json')).toBe(1)
    })
  })
})
