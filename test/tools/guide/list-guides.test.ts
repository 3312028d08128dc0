import { describe, expect, it } from 'vitest'
import { listGuides } from 'statuskit/guide'

describe('listGuides()', () => {
  it('lists the 2xx codes in order with their current phrases', () => {
    expect(listGuides({ class: '2xx' }).map((r) => `${r.code} ${r.phrase}`)).toEqual([
      '200 OK',
      '201 Created',
      '202 Accepted',
      '203 Non-Authoritative Information',
      '204 No Content',
      '205 Reset Content',
      '206 Partial Content',
      '207 Multi-Status',
      '208 Already Reported',
      '226 IM Used',
    ])
  })

  it('marks codes you must not emit', () => {
    const threes = listGuides({ class: '3xx' })
    expect(threes.filter((r) => r.deprecated).map((r) => r.code)).toEqual([305, 306])
  })

  it('puts the registered meaning first, then vendors in table order', () => {
    const rows = listGuides({ class: '4xx' }).filter((r) => r.code === 499)
    expect(rows.map((r) => r.vendor)).toEqual(['nginx', 'esri'])
  })

  it('leaves vendor codes out when asked', () => {
    expect(listGuides({ vendors: false }).some((r) => r.vendor !== undefined)).toBe(false)
    expect(listGuides({ vendors: false, class: '5xx' }).map((r) => r.code)).not.toContain(522)
  })

  it('rejects an unknown class', () => {
    expect(() => listGuides({ class: '6xx' as never })).toThrow(
      'Invalid `options.class`: received "6xx"; expected one of 1xx, 2xx, 3xx, 4xx, 5xx.',
    )
  })
})
