// Property tests (fast-check, 10 000 runs each) for the client and inspector entries:
// readProblem never throws on arbitrary bodies and statuses, inspectResponse never throws
// on arbitrary exchanges.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readProblem } from 'statuskit/fetch'
import { inspectResponse } from 'statuskit/inspect'

const RUNS = 10_000

describe('never throws on arbitrary input', () => {
  it('readProblem', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 200, max: 599 }),
        fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify(v)), fc.uint8Array({ maxLength: 512 })),
        fc.constantFrom('application/problem+json', 'application/json', 'text/html', 'text/plain', ''),
        async (status, body, type) => {
          const noBody = status === 204 || status === 205 || status === 304
          const response = new Response(noBody ? null : body, { status, headers: type ? { 'content-type': type } : {} })
          const p = await readProblem(response, { maxBytes: 256 })
          expect(typeof p.type).toBe('string')
          expect(({} as Record<string, unknown>).polluted).toBeUndefined()
        },
      ),
      { numRuns: RUNS },
    )
  })

  it('inspectResponse', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), fc.anything(), (method, status, headers, body) => {
        const result = inspectResponse({
          request: { method, url: 'http://127.0.0.1/x', headers } as never,
          response: { status, headers, body } as never,
        })
        expect(Array.isArray(result.findings)).toBe(true)
      }),
      { numRuns: RUNS },
    )
  })

  it('inspectResponse on plausible exchanges', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'),
        fc.integer({ min: 100, max: 599 }),
        fc.dictionary(fc.constantFrom('content-type', 'cache-control', 'retry-after', 'location', 'allow', 'www-authenticate', 'vary', 'expires', 'content-length'), fc.string()),
        fc.option(fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify(v))), { nil: undefined }),
        (method, status, headers, body) => {
          const result = inspectResponse({ request: { method, url: 'http://127.0.0.1/x' }, response: { status, headers, body } })
          for (const f of result.findings) expect(f.id).toMatch(/^[a-z0-9]+\.[a-z0-9-]+$/)
        },
      ),
      { numRuns: RUNS },
    )
  })
})
