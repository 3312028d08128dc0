import { describe, expectTypeOf, it } from 'vitest'
import { defineProblem, parseProblem, type HttpProblem } from 'statuskit'

type VersionConflict = { currentVersion: number; yourVersion: number }
const versionConflict = defineProblem<VersionConflict, 409>({
  type: 'https://example.com/probs/version-conflict',
  status: 409,
  title: 'Version conflict',
})

describe('defineProblem types', () => {
  it('builds typed occurrences', () => {
    const p = versionConflict({ extensions: { currentVersion: 8, yourVersion: 7 } })
    expectTypeOf(p).toEqualTypeOf<HttpProblem<409, VersionConflict>>()
    expectTypeOf(p.extensions.currentVersion).toEqualTypeOf<number>()
    expectTypeOf(versionConflict.status).toEqualTypeOf<409>()
  })

  it('rejects missing or mistyped extension members at compile time', () => {
    // @ts-expect-error yourVersion is missing
    versionConflict({ extensions: { currentVersion: 8 } })
    // @ts-expect-error currentVersion must be a number
    versionConflict({ extensions: { currentVersion: '8', yourVersion: 7 } })
    // @ts-expect-error the extensions are required
    versionConflict('Order 7 changed.')
    // @ts-expect-error the extensions are required
    versionConflict()
  })

  it('narrows with is() on both sides', () => {
    const parsed = parseProblem('{}')
    if (versionConflict.is(parsed) && 'valid' in parsed) {
      expectTypeOf(parsed.extensions.currentVersion).toEqualTypeOf<number | undefined>()
    }
    const caught: unknown = undefined
    if (versionConflict.is(caught) && caught instanceof Error) {
      expectTypeOf(caught.extensions.yourVersion).toEqualTypeOf<number>()
    }
  })

  it('allows no arguments when the type has no extension members', () => {
    const archived = defineProblem({ type: 'https://example.com/probs/archived', status: 410, title: 'Archived' })
    expectTypeOf(archived()).toEqualTypeOf<HttpProblem<410, Record<never, never>>>()
  })
})
