// Issue 18 item 4: every named builder, with arbitrary options, returns a problem of its
// status whose headers are all valid field values; through real Express 5 and Fastify 5
// servers it answers that status. The builder list comes from the catalog (every
// registered, non-deprecated 4xx/5xx) and the package's exports, never a hand list.
import fc from 'fast-check'
import { get, validateHeaderName, validateHeaderValue } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as statuskit from 'statuskit'
import { statusInfo, type HttpProblem } from 'statuskit'
import { expressServer, fastifyServer, type ThrowingServer } from '../../helpers/throwing-servers.js'

type AnyBuilder = (...args: unknown[]) => HttpProblem

/** camelCase of a phrase: "URI Too Long" -> uriTooLong (as test/core/problem/builders.test.ts). */
function builderName(phrase: string): string {
  const words = phrase.split(/[^A-Za-z0-9]+/).filter(Boolean)
  return words.map((w, i) => (i === 0 ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1).toLowerCase())).join('')
}

const BUILDERS = Array.from({ length: 200 }, (_, i) => 400 + i)
  .filter((code) => statusInfo(code).registered && !statusInfo(code).deprecated)
  .map((status) => ({ status, name: builderName(statusInfo(status).phrase) }))
  .map(({ status, name }) => ({ status, name, build: (statuskit as unknown as Record<string, AnyBuilder>)[name]! }))

/** Runs in `npm test`: 10 000 in total over the builders, 200 through each server. */
const RUNS = { builders: 10_000, perServer: 200 }

/** Strings a hostile caller might pass: CR/LF injection, controls, non-Latin-1, long. */
const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('Bearer\r\nSet-Cookie: admin=1', 'a\nb', 'a\0b', 'filename="€.pdf"', '\u0100', ' ', '', 'GET, PUT'),
)
const hostileValue = fc.oneof(
  hostileString,
  fc.double(),
  fc.integer(),
  fc.constantFrom(-1, 1.5, 1500 / 1000, 1e21, Number.NaN, Infinity, -0),
  fc.date({ noInvalidDate: false }),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(hostileString, { maxLength: 4 }),
  fc.array(fc.oneof(fc.integer(), hostileString, fc.constant(null)), { maxLength: 3 }),
)
/** Header inputs of every shape, valid or not. */
const headerInput = fc.oneof(
  fc.dictionary(hostileString, hostileValue, { maxKeys: 4 }),
  fc.array(fc.tuple(hostileString, hostileValue), { maxLength: 4 }),
  fc.array(fc.tuple(fc.constantFrom('etag', 'x-a', 'vary'), fc.constantFrom('"1"', 'Accept'))).map((pairs) => new Headers(pairs)),
  fc.constantFrom(null, 'x', 5),
)
/** JSON-serializable extension members, reserved names included. */
const extensions = fc.dictionary(
  fc.oneof(fc.string(), fc.constantFrom('type', 'title', 'status', 'detail', 'instance', '__proto__', 'constructor', 'prototype')),
  fc.oneof(fc.jsonValue(), fc.date()),
  { maxKeys: 4 },
)
const options = fc.oneof(
  fc.record(
    {
      wwwAuthenticate: hostileValue,
      proxyAuthenticate: hostileValue,
      allow: hostileValue,
      upgrade: hostileValue,
      retryAfter: hostileValue,
      contentRange: hostileValue,
      blockedBy: hostileValue,
      type: hostileValue,
      title: hostileValue,
      instance: hostileValue,
      expose: fc.oneof(fc.boolean(), hostileValue),
      headers: headerInput,
      extensions: fc.oneof(extensions, hostileValue),
    },
    { requiredKeys: [] },
  ),
  hostileValue,
)
/** The arguments of a call: (), (detail), (options), (detail, options), odd mixes. */
const args = fc.oneof(
  fc.constant([] as unknown[]),
  fc.tuple(hostileValue),
  fc.tuple(options),
  fc.tuple(hostileValue, options),
)
const call = fc.record({ builder: fc.constantFrom(...BUILDERS), args })

/**
 * GET with node:http, not fetch: the Fetch standard turns a 407 from a server (not a
 * proxy) into a network error.
 */
function getResponse(url: string): Promise<{ status: number; contentType: string | undefined }> {
  return new Promise((resolve, reject) => {
    get(url, (res) => {
      res.resume()
      res.on('end', () => resolve({ status: res.statusCode ?? 0, contentType: res.headers['content-type'] }))
    }).on('error', reject)
  })
}

function expectValidProblem(problem: HttpProblem, status: number): void {
  expect(problem.status).toBe(status)
  for (const [name, value] of Object.entries(problem.headers)) {
    validateHeaderName(name)
    validateHeaderValue(name, value)
  }
  expect(Object.isFrozen(problem.warnings)).toBe(true)
  expect(JSON.parse(JSON.stringify(problem))).toMatchObject({ status })
}

describe('every named builder with arbitrary options (fast-check)', () => {
  it('finds the builders from the catalog (sanity)', () => {
    expect(BUILDERS.length).toBe(38)
    expect(BUILDERS.every(({ build }) => typeof build === 'function')).toBe(true)
  })

  it(`returns a problem of its status with valid header fields (${RUNS.builders} runs)`, () => {
    fc.assert(
      fc.property(call, ({ builder, args: callArgs }) => {
        expectValidProblem(builder.build(...(callArgs as unknown[])), builder.status)
      }),
      { numRuns: RUNS.builders },
    )
  })
})

describe.each([
  ['Express 5 (problemHandler)', expressServer],
  ['Fastify 5 (problemPlugin)', fastifyServer],
])('the same through a real %s server', (_, start) => {
  let server: ThrowingServer
  let current: () => unknown = () => undefined

  beforeAll(async () => {
    server = await start(() => current())
  })
  afterAll(async () => {
    await server.close()
  })

  it(`answers the builder's status with valid header fields (${RUNS.perServer} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(call, async ({ builder, args: callArgs }) => {
        current = () => builder.build(...(callArgs as unknown[]))
        const response = await getResponse(`${server.url}/throw`)
        expect(response.status).toBe(builder.status)
        expect(response.contentType).toMatch(/^application\/problem\+json/)
      }),
      { numRuns: RUNS.perServer },
    )
  })
})
