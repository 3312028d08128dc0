import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { inspectResponse, type InspectInput } from 'statuskit/inspect'

const headerName = fc.oneof(
  fc.constantFrom(
    'content-type',
    'Cache-Control',
    'retry-after',
    'location',
    'vary',
    'expires',
    'date',
    'allow',
    'access-control-expose-headers',
    'origin',
    'accept',
    'authorization',
    '__proto__',
    'constructor'
  ),
  fc.string()
)
const headerValue = fc.oneof(
  fc.string(),
  fc.constantFrom('application/problem+json', 'public, max-age=60', 'no-store', '120', '*'),
  fc.integer()
)
const headers = fc.oneof(
  fc.dictionary(headerName, fc.oneof(headerValue, fc.array(fc.string()))),
  fc.array(fc.tuple(headerName, headerValue)),
  fc.array(fc.anything({ maxDepth: 2 })),
  fc.anything({ maxDepth: 2 })
)
const body = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.json(),
  fc.uint8Array(),
  fc.string(),
  fc.record({
    type: fc.anything({ maxDepth: 2 }),
    title: fc.anything({ maxDepth: 2 }),
    status: fc.anything({ maxDepth: 2 }),
    errors: fc.anything({ maxDepth: 2 }),
  })
)
const status = fc.oneof(fc.integer({ min: 100, max: 599 }), fc.integer(), fc.double(), fc.anything({ maxDepth: 2 }))

describe('inspectResponse() on arbitrary input', () => {
  it('never throws and always returns findings and a summary', () => {
    fc.assert(
      fc.property(
        fc.record({
          method: fc.oneof(fc.string(), fc.anything({ maxDepth: 2 })),
          url: fc.oneof(
            fc.constantFrom('https://api.example.com/a', 'http://127.0.0.1:8080/', '/relative', ''),
            fc.string(),
            fc.anything({ maxDepth: 2 })
          ),
          headers,
        }),
        fc.record({ status, headers, body }),
        fc.anything({ maxDepth: 2 }),
        (request, response, options) => {
          const result = inspectResponse({ request, response } as unknown as InspectInput, options as never)
          expect(Array.isArray(result.findings)).toBe(true)
          expect(typeof result.summary.semantics).toBe('string')
        }
      ),
      { numRuns: 200 }
    )
  })

  it('never throws on non-object input', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 2 }), (input) => {
        expect(inspectResponse(input as InspectInput).findings).toBeInstanceOf(Array)
      }),
      { numRuns: 200 }
    )
  })

  it('never throws on Headers objects and hostile getters', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom')
        },
        ownKeys: () => {
          throw new Error('boom')
        },
      }
    )
    expect(() => inspectResponse({ request: hostile, response: hostile } as unknown as InspectInput)).not.toThrow()
    expect(() => inspectResponse(hostile as InspectInput, hostile as never)).not.toThrow()
    expect(() =>
      inspectResponse({
        request: { method: 'GET', url: '/' },
        response: { status: 200, headers: hostile, body: hostile },
      } as unknown as InspectInput)
    ).not.toThrow()
  })
})
