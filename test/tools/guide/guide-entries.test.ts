/**
 * Every registered code (the vendored IANA CSV, an independent source) and every row of
 * VENDOR_STATUSES has a complete guide, and no two guides share prose verbatim.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { statusInfo, VENDOR_STATUSES } from 'statuskit'
import { explain } from 'statuskit/guide'
import { GUIDE_ENTRIES } from '../../../src/tools/guide/guide-entries.js'

const csv = readFileSync(new URL('../../fixtures/iana-status-codes.csv', import.meta.url), 'utf8')
const REGISTERED = csv
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => Number(line.split(',')[0]))

const TARGETS = [
  ...REGISTERED.map((code) => ({ code, vendor: undefined, label: String(code) })),
  ...VENDOR_STATUSES.map((row) => ({ code: row.code, vendor: row.vendor, label: `${row.code} ${row.vendor}` })),
]

const filled = (value: string): boolean => value.trim().length > 0

describe('guide completeness', () => {
  it('covers the 64 registered codes of the IANA registry', () => {
    expect(REGISTERED).toHaveLength(64)
  })

  it.each(TARGETS)('$label has a complete guide', ({ code, vendor }) => {
    const g = explain(code, vendor)
    expect(g.code).toBe(code)
    expect(g.vendor).toBe(vendor)
    for (const text of [g.summary, g.meaning]) expect(filled(text)).toBe(true)
    const lists = {
      guarantees: g.guarantees,
      doesNotGuarantee: g.doesNotGuarantee,
      whenToUse: g.whenToUse,
      debugging: g.debugging,
      references: g.references,
      canAssume: g.clientContract.canAssume,
      mustNotAssume: g.clientContract.mustNotAssume,
    }
    for (const [name, list] of Object.entries(lists)) {
      expect(list.length, name).toBeGreaterThan(0)
      for (const item of list) expect(filled(item), name).toBe(true)
    }
    for (const item of g.correctnessWarnings) expect(filled(item)).toBe(true)
    expect(g.inspectorSignals.length + g.manualChecks.length).toBeGreaterThan(0)
    for (const item of [...g.inspectorSignals.map((s) => s.text), ...g.manualChecks]) expect(filled(item)).toBe(true)
    expect(g.whenNotToUse.length).toBeGreaterThan(0)
    for (const m of g.whenNotToUse) expect([m.misuse, m.consequence, m.instead].every(filled)).toBe(true)
    expect(g.criticalHeaders.length).toBeGreaterThan(0)
    for (const h of g.criticalHeaders) expect([h.name, h.why, h.ifMissing].every(filled)).toBe(true)
    expect(Object.values(g.toolInterpretation).every(filled)).toBe(true)
    expect(Object.keys(g.toolInterpretation).sort()).toEqual(['apiClients', 'browsers', 'cdns', 'crawlers', 'uptimeMonitors'])
    expect(Object.keys(g.frameworks).sort()).toEqual(['django', 'express', 'fastapi', 'fastify', 'go', 'spring'])
    expect(Object.values(g.frameworks).every(filled)).toBe(true)
    expect(g.related.length).toBeGreaterThan(0)
    for (const r of g.related) {
      expect(r.code).not.toBe(code)
      expect(filled(r.difference)).toBe(true)
      expect(() => statusInfo(r.code)).not.toThrow()
    }
    expect(g.faq.length).toBeGreaterThan(0)
    for (const f of g.faq) expect([f.question, f.answer].every(filled)).toBe(true)
  })

  it.each(REGISTERED.map((code) => ({ code, required: statusInfo(code).requiredHeaders.map((h) => h.name) })))(
    '$code lists every header the catalog requires ($required)',
    ({ code, required }) => {
      const names = explain(code).criticalHeaders.map((h) => h.name.toLowerCase())
      for (const name of required) expect(names).toContain(name.toLowerCase())
    },
  )
})

describe('no boilerplate across guides', () => {
  const normal = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase()
  function duplicates(pick: (entry: (typeof GUIDE_ENTRIES)[number]) => readonly string[]): string[] {
    const owner = new Map<string, string>()
    const found: string[] = []
    for (const entry of GUIDE_ENTRIES) {
      const id = `${entry.code}${entry.vendor === undefined ? '' : ` ${entry.vendor}`}`
      for (const text of pick(entry)) {
        const key = normal(text)
        const first = owner.get(key)
        if (first !== undefined) found.push(`${first} and ${id}: "${text}"`)
        else owner.set(key, id)
      }
    }
    return found
  }

  it('no two guides share a meaning', () => {
    expect(duplicates((e) => [e.meaning])).toEqual([])
  })

  it('no two whenToUse items are the same', () => {
    expect(duplicates((e) => e.whenToUse)).toEqual([])
  })

  it('no two whenNotToUse entries share a misuse, or a whole entry', () => {
    expect(duplicates((e) => e.whenNotToUse.map((m) => m.misuse))).toEqual([])
    expect(duplicates((e) => e.whenNotToUse.map((m) => JSON.stringify([m.misuse, m.consequence, m.instead])))).toEqual([])
  })

  it('each registered or vendor meaning is written once', () => {
    const ids = GUIDE_ENTRIES.map((e) => `${e.code}${e.vendor === undefined ? '' : ` ${e.vendor}`}`)
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([])
  })
})
