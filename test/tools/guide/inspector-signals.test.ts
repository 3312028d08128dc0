/**
 * The promise of every status page: "What an inspector checks" lists only what
 * `statuskit/inspect` checks. Each bullet names the rules that check it, every name is a
 * rule of `RULES`, and every named rule fires on a fixture (test/tools/inspect/rules.test.ts and
 * test/tools/inspect/rules/*.cases.ts, checked in test/tools/inspect/rules.test.ts). What a response
 * inspector cannot see is under "What to check by hand".
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, cpSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { RULES } from 'statuskit/inspect'
import { GUIDE_ENTRIES } from '../../../src/tools/guide/guide-entries.js'
import { GuideSourceError, readGuide } from '../../../scripts/guide-source.mjs'

const ROOT = new URL('../../..', import.meta.url).pathname
const label = (g: { code: number; vendor?: string }): string => (g.vendor === undefined ? String(g.code) : `${g.code}-${g.vendor}`)
const RULE_IDS = new Set(RULES.map((rule) => rule.id))

describe('What an inspector checks', () => {
  it.each(GUIDE_ENTRIES.map((g) => [label(g), g] as const))('%s names only rules of RULES', (_, g) => {
    for (const signal of g.inspectorSignals) {
      expect(signal.rules.length, signal.text).toBeGreaterThan(0)
      for (const id of signal.rules) expect(RULE_IDS.has(id), `${signal.text} names ${id}`).toBe(true)
    }
    expect(g.inspectorSignals.length + g.manualChecks.length).toBeGreaterThan(0)
  })

  it('checks the signals of the 409 seed page', () => {
    const g409 = GUIDE_ENTRIES.find((g) => g.code === 409)
    expect(g409?.inspectorSignals.flatMap((s) => s.rules)).toEqual(
      expect.arrayContaining(['status.409-unexplained', 'status.409-precondition-failed', 'status.409-safe-method', 'cache.error-explicit-freshness']),
    )
  })
})

describe('the guide source format', () => {
  function guideWith(section: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'signals-'))
    mkdirSync(join(dir, 'guide', 'snippets'), { recursive: true })
    cpSync(join(ROOT, 'guide', 'snippets', '409'), join(dir, 'guide', 'snippets', '409'), { recursive: true })
    const source = readFileSync(join(ROOT, 'guide', '409.md'), 'utf8')
    const start = source.indexOf('## What an inspector checks')
    const end = source.indexOf('## Correctness warnings')
    writeFileSync(join(dir, 'guide', '409.md'), source.slice(0, start) + section + source.slice(end))
    return dir
  }

  it('reads a bullet and the rules it names', () => {
    const dir = guideWith('## What an inspector checks\n\n- A 409 on GET. (rules: status.409-safe-method, misuse.reserved-status)\n\n')
    expect(readGuide(dir, '409.md').entry.inspectorSignals).toEqual([
      { text: 'A 409 on GET.', rules: ['status.409-safe-method', 'misuse.reserved-status'] },
    ])
  })

  it('refuses a bullet that names no rule, and points at "What to check by hand"', () => {
    const dir = guideWith('## What an inspector checks\n\n- A 409 on GET.\n\n')
    expect(() => readGuide(dir, '409.md')).toThrow(GuideSourceError)
    expect(() => readGuide(dir, '409.md')).toThrow(/What to check by hand/)
  })

  it('accepts a guide whose checks are all by hand, and refuses one with neither section', () => {
    expect(readGuide(guideWith('## What to check by hand\n\n- The access log.\n\n'), '409.md').entry.manualChecks).toEqual(['The access log.'])
    expect(() => readGuide(guideWith(''), '409.md')).toThrow(/What to check by hand/)
  })
})
