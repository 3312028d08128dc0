import { Ajv2020 } from 'ajv/dist/2020.js'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import * as z from 'zod'
import { defineProblem, idempotencyKeyInUse, validationProblem } from 'statuskit'
import { problemSchema, validationProblemSchema } from 'statuskit/schema'
import { outOfCredit, resourceLocked, versionConflict } from './contracts.js'

const ajv = new Ajv2020({ strict: true, allErrors: true })

describe('problemSchema', () => {
  it('describes the document: standard members as sent, extension members from the Standard JSON Schema', () => {
    const schema = problemSchema(versionConflict)
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: 'Version conflict',
      type: 'object',
      properties: {
        type: { type: 'string', const: 'https://example.com/probs/version-conflict' },
        title: { type: 'string' },
        status: { type: 'integer', const: 409 },
        detail: { type: 'string' },
        instance: { type: 'string' },
        currentVersion: { type: 'integer' },
        yourVersion: { type: 'integer' },
      },
      required: ['type', 'title', 'status', 'currentVersion', 'yourVersion'],
    })
    expect(schema).not.toHaveProperty('additionalProperties')
  })

  it.each([
    ['zod 4', versionConflict, { currentVersion: 8, yourVersion: 7 }, { currentVersion: 'eight', yourVersion: 7 }],
    ['arktype 2', outOfCredit, { balance: 30, accounts: ['/account/12345'] }, { balance: 30, accounts: [12345] }],
    ['valibot 1 + extensionsJsonSchema', resourceLocked, { lockedBy: 'ana', 'until~/': 'soon' }, { lockedBy: 7 }],
  ] as const)('%s: ajv (2020) accepts what the factory sends and rejects wrong members', (_, definition, good, bad) => {
    const validate = ajv.compile(problemSchema(definition))
    const sent = JSON.parse(JSON.stringify((definition as typeof versionConflict)('why', { instance: '/orders/7', extensions: good as never })))
    expect(validate(sent), JSON.stringify(validate.errors)).toBe(true)
    expect(validate({ ...sent, ...bad })).toBe(false)
    expect(validate({ ...sent, unknownExtension: true })).toBe(true) // RFC 9457 §3.2: ignored, not refused
  })

  it('rejects another type, another status and a missing standard member', () => {
    const validate = ajv.compile(problemSchema(versionConflict))
    const sent = versionConflict({ extensions: { currentVersion: 8, yourVersion: 7 } }).toJSON()
    expect(validate(sent)).toBe(true)
    expect(validate({ ...sent, type: 'https://example.com/probs/other' })).toBe(false)
    expect(validate({ ...sent, status: 412 })).toBe(false)
    const { title: _title, ...untitled } = sent
    expect(validate(untitled)).toBe(false)
  })

  it('describes a definition without a schema by its standard members only', () => {
    const schema = problemSchema(idempotencyKeyInUse, { embedded: true })
    expect(schema).not.toHaveProperty('$schema')
    expect(schema['required']).toStrictEqual(['type', 'title', 'status'])
    expect(ajv.validate(schema, idempotencyKeyInUse().toJSON())).toBe(true)
  })

  it('keeps $defs and their refs working', () => {
    const withDefs = defineProblem({
      type: 'https://example.com/probs/limits',
      status: 429,
      title: 'Limits',
      extensionsJsonSchema: {
        type: 'object',
        properties: { limits: { type: 'array', items: { $ref: '#/$defs/limit' } } },
        required: ['limits'],
        $defs: { limit: { type: 'object', properties: { window: { type: 'integer' } }, required: ['window'] } },
      },
    })
    const validate = ajv.compile(problemSchema(withDefs))
    const doc = { type: 'https://example.com/probs/limits', title: 'Limits', status: 429 }
    expect(validate({ ...doc, limits: [{ window: 60 }] })).toBe(true)
    expect(validate({ ...doc, limits: [{ window: 'a minute' }] })).toBe(false)
  })

  it('refuses a schema that cannot describe itself, and non-object member schemas', () => {
    const bare = defineProblem({ type: 'https://e.x/bare', status: 409, title: 'Bare', extensions: v.object({ a: v.string() }) })
    expect(() => problemSchema(bare)).toThrow(/extensionsJsonSchema/)
    const listy = defineProblem({ type: 'https://e.x/l', status: 409, title: 'L', extensionsJsonSchema: { type: 'array' } })
    expect(() => problemSchema(listy)).toThrow(TypeError)
    const clash = defineProblem({ type: 'https://e.x/c', status: 409, title: 'C', extensionsJsonSchema: { type: 'object', properties: { status: {} } } })
    expect(() => problemSchema(clash)).toThrow(/standard member/)
  })

  it('reads the schema input, the members as they are on the wire', () => {
    const timed = defineProblem({
      type: 'https://e.x/t',
      status: 409,
      title: 'T',
      extensions: z.object({ at: z.string().transform((s) => new Date(s)) }),
    })
    expect(problemSchema(timed)).toMatchObject({ properties: { at: { type: 'string' } } })
  })
})

describe('validationProblemSchema', () => {
  const validate = ajv.compile(validationProblemSchema())

  it('accepts what validationProblem and fromIssues send, at 400 and 422', () => {
    const fromZod = z.object({ items: z.array(z.object({ 'a/b': z.number() })) }).safeParse({ items: [{ 'a/b': 'x' }] })
    const sent = [
      validationProblem([{ detail: 'required', pointer: '#/name' }]),
      validationProblem.fromIssues(fromZod.error?.issues ?? [], { status: 422 }),
      validationProblem.fromIssues([{ message: 'm', path: ['page'] }], { location: 'query' }),
    ]
    for (const problem of sent) expect(validate(JSON.parse(JSON.stringify(problem))), JSON.stringify(validate.errors)).toBe(true)
    expect(sent[1]?.extensions.errors[0]?.pointer).toBe('#/items/0/a~1b')
  })

  it.each([
    ['an entry without detail', { errors: [{ pointer: '#/a' }] }],
    ['a pointer that is not in fragment form', { errors: [{ detail: 'x', pointer: '/a' }] }],
    ['a pointer with a bad ~ escape', { errors: [{ detail: 'x', pointer: '#/a~2' }] }],
    ['status 409', { status: 409 }],
    ['no errors', { errors: undefined }],
  ])('rejects %s', (_, change) => {
    const doc = { type: 'about:blank', title: 'Bad Request', status: 400, errors: [{ detail: 'x', pointer: '#/a' }], ...change }
    expect(validate(JSON.parse(JSON.stringify(doc)))).toBe(false)
  })
})
