import { type } from 'arktype'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import * as z from 'zod'
import { conflict, defineProblem, parseProblem, type StandardSchemaV1 } from 'statuskit'

const TYPE = 'https://example.com/probs/version-conflict'
const schemas: [string, StandardSchemaV1<{ currentVersion: number; yourVersion: number }>][] = [
  ['zod 4', z.object({ currentVersion: z.number().int(), yourVersion: z.number().int() })],
  ['valibot 1', v.object({ currentVersion: v.pipe(v.number(), v.integer()), yourVersion: v.pipe(v.number(), v.integer()) })],
  ['arktype 2', type({ currentVersion: 'number.integer', yourVersion: 'number.integer' })],
]

describe.each(schemas)('defineProblem with a %s schema', (_, schema) => {
  const versionConflict = defineProblem({ type: TYPE, status: 409, title: 'Version conflict', extensions: schema })
  const good = JSON.stringify(versionConflict('Order 7 is at version 8.', { extensions: { currentVersion: 8, yourVersion: 7 } }))
  const bad = JSON.stringify({ type: TYPE, title: 'Version conflict', status: 409, currentVersion: 'eight', yourVersion: 7 })

  it('builds occurrences as without a schema', () => {
    expect(good).toBe(
      `{"type":"${TYPE}","title":"Version conflict","status":409,"detail":"Order 7 is at version 8.","currentVersion":8,"yourVersion":7}`,
    )
    expect(versionConflict.extensionsSchema).toBe(schema)
  })

  it('is() accepts members that pass the schema, in every shape', () => {
    expect(versionConflict.is(parseProblem(good, { status: 409 }))).toBe(true)
    expect(versionConflict.is(JSON.parse(good))).toBe(true)
    expect(versionConflict.is(versionConflict({ extensions: { currentVersion: 2, yourVersion: 1 } }))).toBe(true)
  })

  it('is() is false when the members fail the schema', () => {
    expect(versionConflict.is(parseProblem(bad, { status: 409 }))).toBe(false)
    expect(versionConflict.is(JSON.parse(bad))).toBe(false)
    expect(versionConflict.is({ type: TYPE, currentVersion: 8 })).toBe(false)
    expect(versionConflict.is(conflict('plain'))).toBe(false)
  })

  it('parse() returns { value } synchronously, with the members checked', () => {
    const result = versionConflict.parse(good, { status: 409 })
    expect(result).not.toBeInstanceOf(Promise)
    if (result instanceof Promise || result.issues) throw new Error('expected a value')
    expect(result.value.type).toBe(TYPE)
    expect(result.value.status).toBe(409)
    expect(result.value.detail).toBe('Order 7 is at version 8.')
    expect({ ...result.value.extensions }).toStrictEqual({ currentVersion: 8, yourVersion: 7 })
  })

  it('parse() returns the schema issues with paths from the document root', () => {
    const result = versionConflict.parse(bad, { status: 409 })
    if (result instanceof Promise || !result.issues) throw new Error('expected issues')
    expect(result.issues.map((issue) => Array.from(issue.path ?? [], (s) => (typeof s === 'object' ? s.key : s)))).toStrictEqual([['currentVersion']])
  })
})

describe('defineProblem parse() without a schema, and its failures', () => {
  const archived = defineProblem({ type: 'https://example.com/probs/archived', status: 410, title: 'Archived' })

  it('checks only the type', () => {
    const result = archived.parse('{"type":"https://example.com/probs/archived","since":"2026"}', { status: 410 })
    expect({ ...result.value?.extensions }).toStrictEqual({ since: '2026' })
  })

  it.each([
    ['another type', '{"type":"https://example.com/probs/other"}', ['type']],
    ['not JSON', 'Bad Gateway', undefined],
    ['an array', '[]', undefined],
    ['a revoked proxy', (() => { const p = Proxy.revocable({}, {}); p.revoke(); return p.proxy })(), undefined],
  ])('gives { issues } for %s, never throws', (_, body, path) => {
    const result = archived.parse(body)
    expect(result.value).toBeUndefined()
    expect(result.issues?.[0]?.path).toStrictEqual(path)
  })

  it('reads a relative type against baseUrl', () => {
    expect(archived.parse('{"type":"/probs/archived"}', { baseUrl: 'https://example.com/orders/7' }).value?.type).toBe(
      'https://example.com/probs/archived',
    )
  })
})

describe('defineProblem with an asynchronous or broken schema', () => {
  const asyncSchema: StandardSchemaV1<{ n: number }> = {
    '~standard': {
      version: 1,
      vendor: 'test',
      validate: async (value) =>
        typeof (value as { n?: unknown }).n === 'number' ? { value: value as { n: number } } : { issues: [{ message: 'n must be a number', path: ['n'] }] },
    },
  }
  const slow = defineProblem({ type: 'https://example.com/probs/slow', status: 503, title: 'Slow', extensions: asyncSchema })

  it('parse() returns a Promise only then, which resolves to { value } or { issues }', async () => {
    const pending = slow.parse('{"type":"https://example.com/probs/slow","n":1}')
    expect(pending).toBeInstanceOf(Promise)
    expect({ ...(await pending).value?.extensions }).toStrictEqual({ n: 1 })
    expect((await slow.parse('{"type":"https://example.com/probs/slow","n":"x"}')).issues?.[0]?.message).toBe('n must be a number')
  })

  it('is() is false with an asynchronous schema (it cannot wait)', () => {
    expect(slow.is({ type: 'https://example.com/probs/slow', n: 1 })).toBe(false)
  })

  it('a throwing or rejecting schema gives { issues }, never an exception', async () => {
    const throwing = defineProblem({
      type: 'https://example.com/probs/t',
      status: 409,
      title: 't',
      extensions: { '~standard': { version: 1, vendor: 'x', validate: () => { throw new Error('boom') } } } as StandardSchemaV1<{ a?: number }>,
    })
    expect(throwing.parse({ type: 'https://example.com/probs/t' })).toStrictEqual({
      issues: [{ message: 'The schema failed.' }],
    })
    expect(throwing.is({ type: 'https://example.com/probs/t' })).toBe(false)
    const rejecting = defineProblem({
      type: 'https://example.com/probs/r',
      status: 409,
      title: 'r',
      extensions: { '~standard': { version: 1, vendor: 'x', validate: () => Promise.reject(new Error('boom')) } } as StandardSchemaV1<{ a?: number }>,
    })
    expect(await rejecting.parse({ type: 'https://example.com/probs/r' })).toStrictEqual({
      issues: [{ message: 'The schema failed.' }],
    })
    expect(rejecting.is({ type: 'https://example.com/probs/r' })).toBe(false)
  })

  it('rejects what is not a Standard Schema, and a non-object extensionsJsonSchema', () => {
    expect(() => defineProblem({ type: 'https://e.x/p', status: 409, title: 'x', extensions: {} as never })).toThrow(TypeError)
    expect(() => defineProblem({ type: 'https://e.x/p', status: 409, title: 'x', extensionsJsonSchema: 'object' as never })).toThrow(TypeError)
  })
})
