import { type } from 'arktype'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import * as z from 'zod'
import { validationProblem, type StandardSchemaV1 } from 'statuskit'

// One shape, written in each library. The input below breaks it in the same four places.
const zodOrder = z.object({
  name: z.string(),
  items: z.array(z.object({ qty: z.number() })),
  'a/b~c': z.string(),
  profile: z.object({ 'first name': z.string() }),
})
const valibotOrder = v.object({
  name: v.string(),
  items: v.array(v.object({ qty: v.number() })),
  'a/b~c': v.string(),
  profile: v.object({ 'first name': v.string() }),
})
const arktypeOrder = type({
  name: 'string',
  items: type({ qty: 'number' }).array(),
  'a/b~c': 'string',
  profile: { 'first name': 'string' },
})
const invalid = { name: 7, items: [{ qty: 1 }, { qty: 'x' }], 'a/b~c': 1, profile: { 'first name': false } }

function issuesOf(schema: StandardSchemaV1, value: unknown): readonly StandardSchemaV1.Issue[] {
  const result = schema['~standard'].validate(value)
  if (result instanceof Promise) throw new Error('expected a synchronous schema')
  if (!result.issues) throw new Error('expected the value to be invalid')
  return result.issues
}

describe('validationProblem.fromIssues with real schema libraries', () => {
  it.each([
    ['zod 4', zodOrder],
    ['valibot 1', valibotOrder],
    ['arktype 2', arktypeOrder],
  ])('%s: the same invalid input gives the same pointers', (_, schema) => {
    const problem = validationProblem.fromIssues(issuesOf(schema, invalid))
    const pointers = problem.extensions.errors.map((error) => error.pointer).sort()
    expect(pointers).toStrictEqual(['#/a~1b~0c', '#/items/1/qty', '#/name', '#/profile/first%20name'])
    expect(problem.status).toBe(400)
    for (const error of problem.extensions.errors) expect(error.detail).toMatch(/\S/)
  })

  it.each([
    ['zod 4', z.object({ password: z.enum(['a', 'b']), pin: z.number().min(10_000) })],
    ['valibot 1', v.object({ password: v.picklist(['a', 'b']), pin: v.pipe(v.number(), v.minValue(10_000)) })],
    ['arktype 2', type({ password: "'a'|'b'", pin: 'number >= 10000' })],
  ])('%s: never echoes the rejected value', (_, schema) => {
    const secret = { password: 'hunter2-secret', pin: 4321 }
    const wire = JSON.stringify(validationProblem.fromIssues(issuesOf(schema, secret)))
    expect(wire).not.toContain('hunter2')
    expect(wire).not.toContain('4321')
    expect(wire).toContain('"pointer":"#/password"')
    expect(wire).toContain('"pointer":"#/pin"')
  })

  it('keeps the library message where it quotes no input (zod)', () => {
    const problem = validationProblem.fromIssues(issuesOf(z.object({ age: z.number() }), { age: 'x' }))
    expect(problem.extensions.errors).toStrictEqual([{ detail: 'Invalid input: expected number, received string', pointer: '#/age' }])
  })

  it('redacts the quoted value from a valibot message and keeps the rest', () => {
    const problem = validationProblem.fromIssues(issuesOf(v.object({ color: v.picklist(['red', 'blue']) }), { color: 'pink' }))
    expect(problem.extensions.errors).toStrictEqual([
      { detail: 'Invalid type: Expected ("red" | "blue") but received <redacted>', pointer: '#/color' },
    ])
  })
})

describe('validationProblem.fromIssues', () => {
  it('writes RFC 6901 pointers from keys and { key } segments, escaping ~ and /', () => {
    const problem = validationProblem.fromIssues([
      { message: 'a', path: ['profile', { key: 'color' }] },
      { message: 'b', path: [{ key: 'items' }, 0, 'qty'] },
      { message: 'c', path: ['m~n', 'a/b', '~1'] },
      { message: 'd', path: [] },
      { message: 'e' },
      { message: 'f', path: ['prénom', '%', 'a"b'] },
    ])
    expect(problem.extensions.errors.map((e) => e.pointer)).toStrictEqual([
      '#/profile/color',
      '#/items/0/qty',
      '#/m~0n/a~1b/~01',
      '#',
      '#',
      '#/pr%C3%A9nom/%25/a%22b',
    ])
  })

  it('percent-encodes what a fragment may not hold, "#" and a lone surrogate included', () => {
    const problem = validationProblem.fromIssues([{ message: 'x', path: ['a#b', '\uD800x', '[0]', "it's"] }])
    expect(problem.extensions.errors[0]?.pointer).toBe("#/a%23b/%EF%BF%BDx/%5B0%5D/it's")
  })

  it('stops a pointer at a segment JSON cannot hold (a symbol key)', () => {
    const problem = validationProblem.fromIssues([{ message: 'x', path: ['meta', Symbol('secret'), 'deep'] }])
    expect(problem.extensions.errors).toStrictEqual([{ detail: 'x', pointer: '#/meta' }])
  })

  it('gives 422 on request and keeps the other options', () => {
    const problem = validationProblem.fromIssues([{ message: 'Required', path: ['name'] }], {
      status: 422,
      detail: 'The order is not valid.',
      instance: '/orders',
      extensions: { requestId: 'r1' },
    })
    expect(problem.toJSON()).toStrictEqual({
      type: 'about:blank',
      title: 'Unprocessable Content',
      status: 422,
      detail: 'The order is not valid.',
      instance: '/orders',
      requestId: 'r1',
      errors: [{ detail: 'Required', pointer: '#/name' }],
    })
  })

  it('names query parameters and headers instead of pointers', () => {
    expect(validationProblem.fromIssues([{ message: 'm', path: ['page'] }], { location: 'query' }).extensions.errors).toStrictEqual([
      { detail: 'm', parameter: 'page' },
    ])
    expect(validationProblem.fromIssues([{ message: 'm', path: ['if-match'] }], { location: 'header' }).extensions.errors).toStrictEqual([
      { detail: 'm', header: 'if-match' },
    ])
  })

  it('uses issueDetail to write each detail', () => {
    const problem = validationProblem.fromIssues([{ message: 'Required', path: ['name'] }], { issueDetail: (issue) => `champ: ${issue.message}` })
    expect(problem.extensions.errors).toStrictEqual([{ detail: 'champ: Required', pointer: '#/name' }])
  })

  it('falls back to "is invalid" for a missing message or a throwing issueDetail', () => {
    const problem = validationProblem.fromIssues([{ path: ['a'] } as never, { message: 'm', path: ['b'] }], {
      issueDetail: (issue) => {
        if (issue.message === 'm') throw new Error('boom')
        return issue.message
      },
    })
    expect(problem.extensions.errors.map((e) => e.detail)).toStrictEqual(['is invalid', 'is invalid'])
  })

  it('redacts numbers only as whole tokens', () => {
    const problem = validationProblem.fromIssues([{ message: 'Expected >=10 but received 1', path: ['n'], input: 1 } as StandardSchemaV1.Issue])
    expect(problem.extensions.errors[0]?.detail).toBe('Expected >=10 but received <redacted>')
  })

  it('bounds the work: at most 100 issues, details cut at 500 characters, pointers at 1024', () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({ message: 'x'.repeat(10_000), path: ['k'.repeat(300), i] }))
    const { errors } = validationProblem.fromIssues(many).extensions
    expect(errors).toHaveLength(100)
    expect(errors[0]?.detail).toHaveLength(500)
    expect(errors[0]?.detail.endsWith('…')).toBe(true)
    const deep = validationProblem.fromIssues([{ message: 'x', path: Array.from({ length: 500 }, () => 'abcdefgh') }])
    expect(deep.extensions.errors[0]?.pointer?.length).toBeLessThanOrEqual(1025)
  })

  it('rejects what is not an array of issues, and a clashing errors extension', () => {
    expect(() => validationProblem.fromIssues('nope' as never)).toThrow(TypeError)
    expect(() => validationProblem.fromIssues([], { location: 'cookie' as never })).toThrow(TypeError)
    expect(() => validationProblem.fromIssues([], { extensions: { errors: [] } })).toThrow(TypeError)
    expect(() => validationProblem.fromIssues([], { status: 409 as never })).toThrow(RangeError)
  })

  it('survives hostile issues: throwing getters, junk paths', () => {
    const hostile = {
      get message(): string {
        throw new Error('boom')
      },
      path: ['a'],
    }
    const problem = validationProblem.fromIssues([hostile, { message: 'm', path: 'a/b' as never }, null as never])
    expect(problem.extensions.errors).toStrictEqual([
      { detail: 'is invalid', pointer: '#/a' },
      { detail: 'm', pointer: '#' },
      { detail: 'is invalid', pointer: '#' },
    ])
  })

  it('still builds from { detail, pointer } entries as before', () => {
    expect(validationProblem([{ detail: 'required', pointer: '#/name' }]).extensions.errors).toStrictEqual([{ detail: 'required', pointer: '#/name' }])
  })
})
