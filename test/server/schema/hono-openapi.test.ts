// Example: the problem types' OpenAPI components registered in a @hono/zod-openapi app,
// routes referring to them, validation failures answered by validationProblem.fromIssues,
// served by @hono/node-server on 127.0.0.1.
import type { AddressInfo } from 'node:net'
import { serve, type ServerType } from '@hono/node-server'
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { Validator } from '@seriousme/openapi-schema-validator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { validationProblem } from 'statuskit'
import { openApiComponents } from 'statuskit/schema'
import { versionConflict } from './contracts.js'

function ordersApp(): OpenAPIHono {
  const app = new OpenAPIHono({
    // zod's issues are Standard Schema issues: a failed request becomes a 422 validation problem.
    defaultHook: (result) => {
      if (!result.success) return validationProblem.fromIssues(result.error.issues, { status: 422 }).toResponse()
      return undefined
    },
  })
  const components = openApiComponents([versionConflict], { validation: true })
  for (const [name, schema] of Object.entries(components.schemas)) app.openAPIRegistry.registerComponent('schemas', name, schema)
  for (const [name, response] of Object.entries(components.responses)) app.openAPIRegistry.registerComponent('responses', name, response)
  const putOrder = createRoute({
    method: 'put',
    path: '/orders/{id}',
    request: {
      params: z.object({ id: z.string() }),
      body: { content: { 'application/json': { schema: z.object({ version: z.number().int() }) } }, required: true },
    },
    responses: {
      204: { description: 'Updated' },
      409: { $ref: '#/components/responses/VersionConflict' },
      422: { $ref: '#/components/responses/ValidationProblem' },
    },
  })
  app.openapi(putOrder, (c) => {
    const { id } = c.req.valid('param')
    const { version } = c.req.valid('json')
    return versionConflict(`Order ${id} is at version 8; you sent version ${version}.`, {
      extensions: { currentVersion: 8, yourVersion: version },
    }).toResponse()
  })
  return app
}

describe('openApiComponents in a Hono OpenAPI app (@hono/zod-openapi, real server on 127.0.0.1)', () => {
  const app = ordersApp()
  let server: ServerType
  let url: string

  beforeAll(async () => {
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s))
    })
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
  })

  it('generates an OpenAPI 3.1 document with the problem responses, valid per the OpenAPI 3.1 schema', async () => {
    const document = app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'Orders', version: '1.0.0' } })
    const result = await new Validator().validate(document as unknown as Record<string, unknown>)
    expect(result.errors).toBeUndefined()
    expect(result.valid).toBe(true)
    const put = (document.paths?.['/orders/{id}'] as { put: { responses: Record<string, unknown> } }).put
    expect(put.responses['409']).toStrictEqual({ $ref: '#/components/responses/VersionConflict' })
    expect(document.components?.responses?.['VersionConflict']).toMatchObject({
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/VersionConflict' } } },
    })
  })

  it('answers the documented 409, which the client parses into the typed problem', async () => {
    const response = await fetch(`${url}/orders/7`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"version":7}' })
    expect(response.status).toBe(409)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    const result = versionConflict.parse(await response.text(), { status: response.status })
    if (result instanceof Promise || result.issues) throw new Error('expected a version conflict')
    expect(result.value.extensions).toStrictEqual({ currentVersion: 8, yourVersion: 7 })
  })

  it('answers an invalid body with the documented 422 validation problem', async () => {
    const response = await fetch(`${url}/orders/7`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"version":"7"}' })
    expect(response.status).toBe(422)
    expect(await response.json()).toStrictEqual({
      type: 'about:blank',
      title: 'Unprocessable Content',
      status: 422,
      errors: [{ detail: 'Invalid input: expected number, received string', pointer: '#/version' }],
    })
  })
})
