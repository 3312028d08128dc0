import { describe, expect, it } from 'vitest'
import { conflict, defineProblem, parseProblem } from 'statuskit'

const versionConflict = defineProblem<{ currentVersion: number; yourVersion: number }, 409>({
  type: 'https://example.com/probs/version-conflict',
  status: 409,
  title: 'Version conflict',
})

describe('defineProblem', () => {
  it('exposes type, status and title', () => {
    expect(versionConflict.type).toBe('https://example.com/probs/version-conflict')
    expect(versionConflict.status).toBe(409)
    expect(versionConflict.title).toBe('Version conflict')
  })

  it('builds occurrences with the typed extension members', () => {
    const p = versionConflict('Order 7 is at version 8; you sent version 7.', {
      instance: '/orders/7',
      extensions: { currentVersion: 8, yourVersion: 7 },
    })
    expect(JSON.stringify(p)).toBe(
      '{"type":"https://example.com/probs/version-conflict","title":"Version conflict","status":409,' +
        '"detail":"Order 7 is at version 8; you sent version 7.","instance":"/orders/7","currentVersion":8,"yourVersion":7}',
    )
    expect(p.extensions.currentVersion).toBe(8)
  })

  it('takes the options alone', () => {
    const p = versionConflict({ extensions: { currentVersion: 2, yourVersion: 1 } })
    expect(p.detail).toBeUndefined()
    expect(p.toJSON().yourVersion).toBe(1)
  })

  it('keeps the defined type and title whatever the options say', () => {
    const p = versionConflict({ extensions: { currentVersion: 2, yourVersion: 1 }, type: 'x', title: 'y' } as never)
    expect(p.type).toBe('https://example.com/probs/version-conflict')
    expect(p.title).toBe('Version conflict')
  })

  it('recognises an instance on the server', () => {
    expect(versionConflict.is(versionConflict({ extensions: { currentVersion: 2, yourVersion: 1 } }))).toBe(true)
    expect(versionConflict.is(conflict('plain'))).toBe(false)
  })

  it('recognises a parsed body and a raw document on the client', () => {
    const wire = JSON.stringify(versionConflict({ extensions: { currentVersion: 2, yourVersion: 1 } }))
    const parsed = parseProblem(wire, { status: 409 })
    expect(versionConflict.is(parsed)).toBe(true)
    if (versionConflict.is(parsed) && 'valid' in parsed) expect(parsed.extensions.currentVersion).toBe(2)
    expect(versionConflict.is(JSON.parse(wire))).toBe(true)
  })

  it('recognises a relative type once parseProblem resolved it against the response URL', () => {
    const parsed = parseProblem('{"type":"/probs/version-conflict"}', { baseUrl: 'https://example.com/orders/7' })
    expect(versionConflict.is(parsed)).toBe(true)
  })

  it.each([
    ['another type', { type: 'https://example.com/probs/out-of-credit' }],
    ['no type', { title: 'Version conflict' }],
    ['null', null],
    ['a string', 'https://example.com/probs/version-conflict'],
    ['an array', [{ type: 'https://example.com/probs/version-conflict' }]],
  ])('rejects %s', (_, value) => {
    expect(versionConflict.is(value)).toBe(false)
  })

  it('never throws in is(), even on a revoked Proxy', () => {
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    expect(versionConflict.is(proxy)).toBe(false)
  })

  it('works without extension members', () => {
    const gone = defineProblem({ type: 'https://example.com/probs/archived', status: 410, title: 'Archived' })
    expect(gone().toJSON()).toStrictEqual({ type: 'https://example.com/probs/archived', title: 'Archived', status: 410 })
    expect(gone('Order 7 was archived.').detail).toBe('Order 7 was archived.')
  })

  it('validates the definition', () => {
    expect(() => defineProblem({ type: '', status: 409, title: 'x' })).toThrow(TypeError)
    expect(() => defineProblem({ type: 'https://e.x/p', status: 409, title: 5 as never })).toThrow(TypeError)
    expect(() => defineProblem({ type: 'https://e.x/p', status: 302 as never, title: 'x' })).toThrow(RangeError)
  })

  it('leaves out a reserved extension member at build time, with a warning (builders never throw)', () => {
    const bad = defineProblem<{ status: number }>({ type: 'https://e.x/p', status: 409, title: 'x' })
    const p = bad({ extensions: { status: 200 } })
    expect(p.toJSON()).toStrictEqual({ type: 'https://e.x/p', title: 'x', status: 409 })
    expect(p.warnings).toStrictEqual(['Left out `extensions.status`: a reserved name.'])
  })
})
