import { Validator } from '@seriousme/openapi-schema-validator'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { defineProblem, idempotencyKeyInUse, validationProblem } from 'statuskit'
import { openApiComponents } from 'statuskit/schema'
import { outOfCredit, resourceLocked, versionConflict } from './contracts.js'

function documentWith(components: object): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: { title: 'Orders', version: '1.0.0' },
    paths: {
      '/orders/{id}': {
        put: {
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '204': { description: 'Updated' },
            '403': { $ref: '#/components/responses/OutOfCredit' },
            '409': { $ref: '#/components/responses/VersionConflict' },
            '422': { $ref: '#/components/responses/ValidationProblem' },
            '423': { $ref: '#/components/responses/ResourceLocked' },
          },
        },
      },
    },
    components,
  }
}

describe('openApiComponents', () => {
  const components = openApiComponents([versionConflict, outOfCredit, resourceLocked, idempotencyKeyInUse], { validation: true })

  it('names each component after the last segment of its type URI', () => {
    expect(Object.keys(components.schemas)).toStrictEqual(['VersionConflict', 'OutOfCredit', 'ResourceLocked', 'IdempotencyKeyInUse', 'ValidationProblem'])
    expect(Object.keys(components.responses)).toStrictEqual(Object.keys(components.schemas))
  })

  it('gives each response its title and its schema under application/problem+json', () => {
    expect(components.responses['VersionConflict']).toStrictEqual({
      description: 'Version conflict',
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/VersionConflict' } } },
    })
    expect(components.schemas['VersionConflict']).not.toHaveProperty('$schema')
  })

  it('makes a document that validates against the OpenAPI 3.1 schema', async () => {
    const validator = new Validator()
    const result = await validator.validate(documentWith(components))
    expect(result.errors).toBeUndefined()
    expect(result.valid).toBe(true)
    expect(validator.version).toBe('3.1')
  })

  it('is caught by the OpenAPI validator when broken (the check can fail)', async () => {
    const broken = { ...components, responses: { ...components.responses, VersionConflict: { content: {} } } }
    expect((await new Validator().validate(documentWith(broken))).valid).toBe(false)
  })

  it('lets ajv check real bodies against the component schemas through the document', () => {
    const ajv = new Ajv2020({ strict: false })
    ajv.addSchema({ $id: 'urn:example:orders-api', components }, 'doc')
    const check = (name: string, body: unknown): boolean =>
      ajv.validate({ $ref: `urn:example:orders-api#/components/schemas/${name}` }, JSON.parse(JSON.stringify(body)))
    expect(check('VersionConflict', versionConflict({ extensions: { currentVersion: 8, yourVersion: 7 } }))).toBe(true)
    expect(check('VersionConflict', outOfCredit({ extensions: { balance: 1, accounts: [] } }))).toBe(false)
    expect(check('ValidationProblem', validationProblem.fromIssues([{ message: 'Required', path: ['name'] }], { status: 422 }))).toBe(true)
  })

  it('rewrites $defs refs to where the schema sits in the document', () => {
    const limits = defineProblem({
      type: 'https://example.com/probs/limits',
      status: 429,
      title: 'Limits',
      extensionsJsonSchema: {
        type: 'object',
        properties: { limit: { $ref: '#/$defs/limit' } },
        $defs: { limit: { type: 'integer' } },
      },
    })
    const { schemas } = openApiComponents({ RateLimits: limits })
    expect(schemas['RateLimits']).toMatchObject({ properties: { limit: { $ref: '#/components/schemas/RateLimits/$defs/limit' } } })
    const ajv = new Ajv2020({ strict: false })
    ajv.addSchema({ $id: 'urn:example:limits', components: { schemas } })
    const doc = { type: 'https://example.com/probs/limits', title: 'Limits', status: 429 }
    expect(ajv.validate({ $ref: 'urn:example:limits#/components/schemas/RateLimits' }, { ...doc, limit: 5 })).toBe(true)
    expect(ajv.validate({ $ref: 'urn:example:limits#/components/schemas/RateLimits' }, { ...doc, limit: 'five' })).toBe(false)
  })

  it('takes names from an object, and refuses clashing or invalid names', () => {
    expect(Object.keys(openApiComponents({ Conflict409: versionConflict }).schemas)).toStrictEqual(['Conflict409'])
    const twin = defineProblem({ type: 'https://other.example/version-conflict', status: 409, title: 'Twin' })
    expect(() => openApiComponents([versionConflict, twin])).toThrow(/both named VersionConflict/)
    expect(() => openApiComponents({ 'not a name': versionConflict })).toThrow(TypeError)
  })
})
