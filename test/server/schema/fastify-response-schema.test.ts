// Example: the problem types' JSON Schemas as a Fastify 5 route's response schemas, so
// Fastify's serializer (fast-json-stringify) writes the 409 body from the schema.
import type { AddressInfo } from 'node:net'
import Fastify, { type FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PROBLEM_JSON, validationProblem } from 'statuskit'
import { problemSchema, validationProblemSchema } from 'statuskit/schema'
import { versionConflict } from './contracts.js'

describe('problemSchema in a Fastify 5 route (real server on 127.0.0.1)', () => {
  let app: FastifyInstance
  let url: string

  beforeAll(async () => {
    app = Fastify()
    app.put<{ Params: { id: string }; Body: { version?: number } }>(
      '/orders/:id',
      {
        schema: {
          response: {
            204: { type: 'null' },
            409: { content: { [PROBLEM_JSON]: { schema: problemSchema(versionConflict, { embedded: true }) } } },
            422: { content: { [PROBLEM_JSON]: { schema: validationProblemSchema({ embedded: true }) } } },
          },
        },
      },
      async (request, reply) => {
        const version = request.body.version
        if (typeof version !== 'number') {
          const problem = validationProblem.fromIssues([{ message: 'Required', path: ['version'] }], { status: 422 })
          return reply.code(422).type(PROBLEM_JSON).send(problem.toJSON())
        }
        const problem = versionConflict(`Order ${request.params.id} is at version 8; you sent version ${version}.`, {
          instance: `/orders/${request.params.id}`,
          extensions: { currentVersion: 8, yourVersion: version },
        })
        // A member the schema does not declare: the serializer leaves it out, which shows it wrote the body.
        return reply.code(409).type(PROBLEM_JSON).send({ ...problem.toJSON(), debugNote: 'not in the schema' })
      },
    )
    await app.listen({ port: 0, host: '127.0.0.1' })
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    app.server.closeAllConnections()
    await app.close()
  })

  it('answers 409 with the body its response schema serializes, which the client parses', async () => {
    const response = await fetch(`${url}/orders/7`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ version: 7 }),
    })
    expect(response.status).toBe(409)
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    const text = await response.text()
    expect(JSON.parse(text)).toStrictEqual({
      type: 'https://example.com/probs/version-conflict',
      title: 'Version conflict',
      status: 409,
      detail: 'Order 7 is at version 8; you sent version 7.',
      instance: '/orders/7',
      currentVersion: 8,
      yourVersion: 7,
    })
    const result = versionConflict.parse(text, { status: response.status })
    if (result instanceof Promise) throw new Error('zod is synchronous')
    expect(result.value?.extensions.currentVersion).toBe(8)
  })

  it('answers 422 with the validation problem its schema serializes', async () => {
    const response = await fetch(`${url}/orders/7`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' })
    expect(response.status).toBe(422)
    expect(await response.json()).toStrictEqual({
      type: 'about:blank',
      title: 'Unprocessable Content',
      status: 422,
      errors: [{ detail: 'Required', pointer: '#/version' }],
    })
  })
})
