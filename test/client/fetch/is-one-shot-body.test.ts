// A body that can be read only once is never sent twice: ReadableStream (tested in
// create-fetch.test.ts), and the async iterables fetch also takes: async generators and
// Node streams.
import { Readable } from 'node:stream'
import { afterEach, describe, expect, it } from 'vitest'
import { createFetch, ProblemError, type RetryEvent } from 'statuskit/fetch'
import { isOneShotBody } from '../../../src/client/fetch/is-one-shot-body.js'
import { sendJson, startServer, type LoopbackServer } from './loopback-server.js'

let server: LoopbackServer | undefined

afterEach(async () => {
  await server?.close()
  server = undefined
})

async function* chunks(): AsyncGenerator<Uint8Array> {
  yield new TextEncoder().encode('{"chunk":')
  yield new TextEncoder().encode('1}')
}

describe('isOneShotBody(body)', () => {
  it.each([
    { name: 'an async generator', body: chunks(), oneShot: true },
    { name: 'a Node Readable', body: Readable.from(['a', 'b']), oneShot: true },
    { name: 'an object with Symbol.asyncIterator', body: { [Symbol.asyncIterator]: chunks }, oneShot: true },
    { name: 'a ReadableStream', body: new ReadableStream(), oneShot: true },
    { name: 'a string', body: '{"a":1}', oneShot: false },
    { name: 'a Uint8Array', body: new Uint8Array([1]), oneShot: false },
    { name: 'a Blob', body: new Blob(['a']), oneShot: false },
    { name: 'URLSearchParams', body: new URLSearchParams('a=1'), oneShot: false },
    { name: 'FormData', body: new FormData(), oneShot: false },
    { name: 'null', body: null, oneShot: false },
    { name: 'undefined', body: undefined, oneShot: false },
  ])('$name: $oneShot', ({ body, oneShot }) => {
    expect(isOneShotBody(body)).toBe(oneShot)
  })
})

describe('createFetch with an async-iterable body', () => {
  it.each([
    { name: 'an async generator', body: () => chunks() },
    { name: 'a Node Readable', body: () => Readable.from([Buffer.from('{"chunk":1}')]) },
  ])('sends $name once, even when the answer is retryable (503 on PUT)', async ({ body }) => {
    const received: string[] = []
    server = await startServer((req, res) => {
      let text = ''
      req.setEncoding('utf8')
      req.on('data', (chunk: string) => (text += chunk))
      req.on('end', () => {
        received.push(text)
        sendJson(res, 503, { title: 'Service Unavailable', status: 503 }, { 'content-type': 'application/problem+json', 'retry-after': '0' })
      })
    })
    const retries: RetryEvent[] = []
    const error = await createFetch({ throwHttpErrors: true, maxAttempts: 3, onRetry: (event) => retries.push(event) })(`${server.origin}/upload`, {
      method: 'PUT',
      body: body() as unknown as BodyInit, // Node's fetch takes async iterables; the DOM types do not list them
      duplex: 'half',
    } as RequestInit).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ProblemError)
    expect((error as ProblemError).status).toBe(503)
    expect((error as ProblemError).decision.retry).toBe(false)
    expect((error as ProblemError).decision.reason).toMatch(/one-shot/)
    expect(retries).toEqual([])
    expect(received).toEqual(['{"chunk":1}'])
  })
})
