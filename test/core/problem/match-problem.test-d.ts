import { describe, expectTypeOf, it } from 'vitest'
import * as z from 'zod'
import { defineProblem, matchProblem, parseProblem, type HttpProblem, type UnknownProblem } from 'statuskit'

const versionConflict = defineProblem({
  type: 'https://example.com/probs/version-conflict',
  status: 409,
  title: 'Version conflict',
  extensions: z.object({ currentVersion: z.number(), yourVersion: z.number(), at: z.string().transform((s) => new Date(s)) }),
})
const outOfCredit = defineProblem({
  type: 'https://example.com/probs/out-of-credit',
  status: 403,
  title: 'Out of credit',
  extensions: z.object({ balance: z.number() }),
})
const archived = defineProblem({ type: 'https://example.com/probs/archived', status: 410, title: 'Archived' })
const legacy = defineProblem<{ reason: string }, 451>({ type: 'https://example.com/probs/legal', status: 451, title: 'Legal' })

describe('defineProblem with a schema: types', () => {
  it('infers the literal type and status', () => {
    expectTypeOf(versionConflict.type).toEqualTypeOf<'https://example.com/probs/version-conflict'>()
    expectTypeOf(versionConflict.status).toEqualTypeOf<409>()
  })

  it("types the server's extensions from the schema input", () => {
    const p = versionConflict({ extensions: { currentVersion: 8, yourVersion: 7, at: '2026-12-03T00:00:00Z' } })
    expectTypeOf(p).toEqualTypeOf<HttpProblem<409, { currentVersion: number; yourVersion: number; at: string }>>()
    // @ts-expect-error yourVersion is missing
    versionConflict({ extensions: { currentVersion: 8, at: 'x' } })
    // @ts-expect-error currentVersion must be a number
    versionConflict({ extensions: { currentVersion: '8', yourVersion: 7, at: 'x' } })
    // @ts-expect-error the extensions are required
    versionConflict()
  })

  it("types parse()'s value from the schema output", async () => {
    const result = await versionConflict.parse('{}')
    if (result.issues) return
    expectTypeOf(result.value.type).toEqualTypeOf<'https://example.com/probs/version-conflict'>()
    expectTypeOf(result.value.extensions.at).toEqualTypeOf<Date>()
    expectTypeOf(result.value.extensions.currentVersion).toEqualTypeOf<number>()
  })

  it('parse() without a schema is synchronous, its members partial', () => {
    const result = legacy.parse('{}')
    expectTypeOf(result).not.toExtend<Promise<unknown>>()
    if (result.value) expectTypeOf(result.value.extensions.reason).toEqualTypeOf<string | undefined>()
  })

  it('is() narrows to checked (not partial) members', () => {
    const body = parseProblem('{}')
    if (versionConflict.is(body) && 'valid' in body) {
      expectTypeOf(body.extensions.currentVersion).toEqualTypeOf<number>()
    }
  })

  it('rejects a schema whose input is not an object of members', () => {
    // @ts-expect-error the extension members are an object
    defineProblem({ type: 'https://e.x/p', status: 409, title: 'x', extensions: z.string() })
  })
})

describe('matchProblem types', () => {
  it('narrows to a discriminated union by type once known', () => {
    const problem = matchProblem('{}', [versionConflict, outOfCredit, archived])
    if (!problem.known) {
      expectTypeOf(problem).toEqualTypeOf<UnknownProblem>()
      return
    }
    switch (problem.type) {
      case versionConflict.type:
        expectTypeOf(problem.extensions.at).toEqualTypeOf<Date>()
        break
      case outOfCredit.type:
        expectTypeOf(problem.extensions.balance).toEqualTypeOf<number>()
        // @ts-expect-error not a member of out-of-credit
        void problem.extensions.currentVersion
        break
      default:
        expectTypeOf(problem.type).toEqualTypeOf<'https://example.com/probs/archived'>()
    }
  })
})
