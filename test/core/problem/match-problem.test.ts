import { describe, expect, it } from 'vitest'
import * as z from 'zod'
import { defineProblem, matchProblem, parseProblem } from 'statuskit'

const versionConflict = defineProblem({
  type: 'https://example.com/probs/version-conflict',
  status: 409,
  title: 'Version conflict',
  extensions: z.object({ currentVersion: z.number().int() }),
})
const outOfCredit = defineProblem({
  type: 'https://example.com/probs/out-of-credit',
  status: 403,
  title: 'You do not have enough credit.',
  extensions: z.object({ balance: z.number(), accounts: z.array(z.string()) }),
})
const archived = defineProblem({ type: 'https://example.com/probs/archived', status: 410, title: 'Archived' })
const known = [versionConflict, outOfCredit, archived]

describe('matchProblem', () => {
  it('finds the definition by type and gives its checked members', () => {
    const body = JSON.stringify(outOfCredit({ extensions: { balance: 30, accounts: ['/account/12345'] } }))
    const problem = matchProblem(body, known, { status: 403 })
    expect(problem.known).toBe(true)
    expect(problem.type).toBe('https://example.com/probs/out-of-credit')
    expect(problem.extensions).toStrictEqual({ balance: 30, accounts: ['/account/12345'] })
    expect(problem.status).toBe(403)
  })

  it('reads an HttpProblem, a parsed problem and a raw document alike', () => {
    const occurrence = versionConflict('Order 7 is at version 8.', { extensions: { currentVersion: 8 } })
    for (const body of [occurrence, parseProblem(JSON.stringify(occurrence)), occurrence.toJSON()]) {
      const problem = matchProblem(body, known)
      expect(problem.known && problem.type === versionConflict.type && problem.extensions.currentVersion).toBe(8)
    }
  })

  it('matches a definition without a schema on its type alone', () => {
    expect(matchProblem('{"type":"https://example.com/probs/archived"}', known).known).toBe(true)
  })

  it('falls back for an unknown type, with no issues', () => {
    const problem = matchProblem('{"type":"https://example.com/probs/other","title":"Other"}', known, { status: 400 })
    expect(problem).toMatchObject({ known: false, type: 'https://example.com/probs/other', title: 'Other', status: 400, issues: [] })
  })

  it('falls back, with the issues, when the members fail the schema', () => {
    const problem = matchProblem('{"type":"https://example.com/probs/version-conflict","currentVersion":"8"}', known)
    expect(problem.known).toBe(false)
    if (problem.known) return
    expect(problem.issues).toHaveLength(1)
    expect(problem.issues[0]?.path).toStrictEqual(['currentVersion'])
  })

  it.each([['not JSON', '<html>'], ['null', null], ['an empty list', '{}']])('falls back for %s and never throws', (_, body) => {
    expect(matchProblem(body, known).known).toBe(false)
  })

  it('falls back for an asynchronous schema, saying why', () => {
    const slow = defineProblem({
      type: 'https://example.com/probs/slow',
      status: 503,
      title: 'Slow',
      extensions: { '~standard': { version: 1, vendor: 't', validate: async (value: unknown) => ({ value: value as { n?: number } }) } },
    })
    const problem = matchProblem('{"type":"https://example.com/probs/slow"}', [slow])
    expect(problem.known).toBe(false)
    if (!problem.known) expect(problem.issues[0]?.message).toMatch(/Asynchronous/)
  })

  it('survives a definitions list that is not an array', () => {
    expect(matchProblem('{"type":"x:y"}', 'nope' as never).known).toBe(false)
  })
})
