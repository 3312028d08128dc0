import { describe, expect, it } from 'vitest'
import { inspectResponse, RULES, type InspectInput } from 'statuskit/inspect'
import { RULE_CASES } from './rule-cases.js'

const ids = (input: InspectInput): string[] => inspectResponse(input, { now: Date.UTC(2026, 0, 1) }).findings.map((f) => f.id)

describe.each(RULE_CASES)('$id', ({ id, fires, silent }) => {
  it('is a rule with a severity, a reference and a hint', () => {
    const rule = RULES.find((r) => r.id === id)
    expect(rule?.reference).toMatch(/^(RFC \d{4} §|WHATWG Fetch §|IANA |CWE-\d+)/)
    expect(rule?.hint.length).toBeGreaterThan(20)
  })
  it.each(fires.map((input, i) => [i, input] as const))('fires on faulty exchange %i', (_, input) => {
    expect(ids(input)).toContain(id)
  })
  it.each(silent.map((input, i) => [i, input] as const))('stays silent on correct exchange %i', (_, input) => {
    expect(ids(input)).not.toContain(id)
  })
})
