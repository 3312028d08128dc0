// docs/problem-details.md, "One contract, both sides": its code blocks are these files,
// which tsc checks; this test runs them (a real server on 127.0.0.1, real fetch).
import { readFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { serve, type ServerType } from '@hono/node-server'
import { Validator } from '@seriousme/openapi-schema-validator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { updateQuantity } from './one-contract/client.js'
import { document } from './one-contract/openapi.js'
import { handle } from './one-contract/server.js'

const FILES = ['contract.ts', 'server.ts', 'openapi.ts', 'client.ts']
const read = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8')

describe('docs: One contract, both sides', () => {
  let server: ServerType
  let url: string

  beforeAll(async () => {
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: handle, port: 0, hostname: '127.0.0.1' }, () => resolve(s))
    })
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
  })

  it('shows exactly the example files, in order', () => {
    const markdown = read('../../docs/problem-details.md')
    const start = markdown.indexOf('## One contract, both sides')
    expect(start).toBeGreaterThan(-1)
    const end = markdown.indexOf('\n## ', start + 1)
    const section = markdown.slice(start, end === -1 ? undefined : end)
    const blocks = [...section.matchAll(/```ts(?: [^\n]*)?\n([\s\S]*?)```/g)].map((match) => match[1])
    expect(blocks).toStrictEqual(FILES.map((file) => read(`./one-contract/${file}`)))
  })

  it('the client reads the 409 as the checked version conflict, then saves at the right version', async () => {
    expect(await updateQuantity(url, '7', 7, 2)).toBe('re-read: the order is at version 8')
    expect(await updateQuantity(url, '7', 8, 2)).toBe('saved')
  })

  it('an invalid body gets the 422 validation problem', async () => {
    expect(await updateQuantity(url, '7', 9, -1)).toBe('failed: 422 Unprocessable Content')
    const response = await fetch(`${url}/orders/7`, { method: 'PUT', body: '{"version":9,"quantity":-1}' })
    expect(await response.json()).toMatchObject({ status: 422, errors: [{ pointer: '#/quantity' }] })
  })

  it('the document is valid OpenAPI 3.1', async () => {
    const result = await new Validator().validate(document)
    expect(result.errors).toBeUndefined()
    expect(result.valid).toBe(true)
  })
})
