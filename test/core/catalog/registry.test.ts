import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { Status, isStatusCode, statusInfo, statusText } from 'statuskit'

// The vendored IANA registry (test/fixtures/iana-status-codes.csv) is the independent
// source the catalog is checked against.
const rows = readFileSync(new URL('../../fixtures/iana-status-codes.csv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [code, phrase, ...rest] = line.split(',')
    const state = rest.pop() as string
    return { code: Number(code), phrase: phrase as string, reference: rest.join(','), state }
  })

const nameOf = (phrase: string, code: number): string =>
  phrase === '(Unused)' ? `UNUSED_${code}` : phrase.toUpperCase().replace(/[^A-Z0-9]+/g, '_')

describe('catalog against the IANA registry', () => {
  it('has 64 rows in the fixture', () => {
    expect(rows).toHaveLength(64)
  })

  it.each(rows)('$code $phrase matches Status, statusText and statusInfo', ({ code, phrase, reference, state }) => {
    expect((Status as unknown as Record<string, number>)[nameOf(phrase, code)]).toBe(code)
    expect(statusText(code)).toBe(phrase)
    const info = statusInfo(code)
    expect(info.registry).toBe(state)
    expect(info.reference).toBe(reference)
    expect(info.registered).toBe(true)
    expect(isStatusCode(code)).toBe(true)
  })

  it('lists exactly the registered codes, besides deprecated aliases', () => {
    const codes = new Set(Object.values(Status))
    expect([...codes].sort()).toEqual(rows.map((r) => r.code).sort())
  })

  it('treats every unlisted integer from 100 to 599 as unregistered', () => {
    const listed = new Set(rows.map((r) => r.code))
    for (let code = 100; code <= 599; code++) {
      if (listed.has(code)) continue
      expect(isStatusCode(code)).toBe(false)
      expect(statusInfo(code).registered).toBe(false)
    }
  })
})
