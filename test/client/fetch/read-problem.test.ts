import { gzipSync } from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_MAX_BODY_BYTES, readBodyBytes, readProblem } from 'statuskit/fetch'
import { startServer, type LoopbackServer } from './loopback-server.js'

let server: LoopbackServer | undefined

afterEach(async () => {
  await server?.close()
  server = undefined
})

describe('readProblem over a loopback server', () => {
  it('parses a problem document and resolves a relative type against the response URL', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(409, { 'content-type': 'application/problem+json' })
      res.end('{"type":"/probs/version-conflict","title":"Version conflict","status":409,"detail":"At version 8.","currentVersion":8}')
    })
    const problem = await readProblem(await fetch(`${server.origin}/orders/7`))
    expect(problem).toMatchObject({
      type: `${server.origin}/probs/version-conflict`,
      title: 'Version conflict',
      status: 409,
      detail: 'At version 8.',
      valid: true,
      raw: undefined,
      truncated: false,
    })
    expect(problem.extensions).toEqual({ currentVersion: 8 })
  })

  it('synthesises a problem from an HTML 502 page, keeping the text', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' })
      res.end('<html><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>')
    })
    const problem = await readProblem(await fetch(`${server.origin}/`))
    expect(problem).toMatchObject({
      type: 'about:blank',
      title: 'Bad Gateway',
      status: 502,
      detail: undefined,
      valid: false,
      truncated: false,
      raw: '<html><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>',
    })
  })

  it('reads a 5 MB error body only up to maxBytes, cancels the stream and returns', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'x')
    let closedEarly = false
    server = await startServer((_req, res) => {
      res.writeHead(500, { 'content-type': 'text/plain', 'content-length': 5 * 1024 * 1024 })
      let sent = 0
      const pump = (): void => {
        while (sent < 5 * 1024 * 1024) {
          sent += chunk.length
          if (!res.write(chunk)) return void res.once('drain', pump)
        }
        res.end()
      }
      res.on('close', () => (closedEarly = !res.writableFinished))
      pump()
    })
    const problem = await readProblem(await fetch(`${server.origin}/huge`), { maxBytes: 65_536 })
    expect(problem.truncated).toBe(true)
    expect(problem.valid).toBe(false)
    expect(problem.title).toBe('Internal Server Error')
    expect(problem.raw).toBe('x'.repeat(65_536))
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(closedEarly).toBe(true)
  })

  it('bounds a gzip body by its decoded size, not its small Content-Length', async () => {
    const packed = gzipSync(Buffer.alloc(5 * 1024 * 1024, 'x'))
    server = await startServer((_req, res) => {
      res.writeHead(500, { 'content-type': 'text/plain', 'content-encoding': 'gzip', 'content-length': packed.length })
      res.end(packed)
    })
    const problem = await readProblem(await fetch(`${server.origin}/bomb`), { maxBytes: 65_536 })
    expect(packed.length).toBeLessThan(65_536)
    expect(problem.truncated).toBe(true)
    expect(problem.raw).toBe('x'.repeat(65_536))
  })

  it('keeps what arrived of a body cut short by a reset, Content-Length or not', async () => {
    server = await startServer((req, res) => {
      const headers: Record<string, string> = { 'content-type': 'text/html' }
      if (req.url === '/framed') headers['content-length'] = '1000'
      res.writeHead(500, headers)
      res.write('<html>partial', () => setTimeout(() => res.destroy(), 20))
    })
    for (const path of ['/framed', '/chunked']) {
      const problem = await readProblem(await fetch(`${server.origin}${path}`))
      expect(problem).toMatchObject({ status: 500, valid: false, raw: '<html>partial', truncated: false })
    }
  })

  it('parses a problem longer than 64 KiB when maxBytes allows it', async () => {
    const padding = 'x'.repeat(70_000)
    server = await startServer((_req, res) => {
      res.writeHead(422, { 'content-type': 'application/problem+json' })
      res.end(JSON.stringify({ title: 'Invalid order', status: 422, padding }))
    })
    const problem = await readProblem(await fetch(`${server.origin}/big`), { maxBytes: 200_000 })
    expect(problem).toMatchObject({ title: 'Invalid order', valid: true, truncated: false, raw: undefined })
    expect(problem.extensions['padding']).toBe(padding)
  })

  it('synthesises a problem for plain JSON without problem members', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(400, { 'content-type': 'application/json' })
      res.end('{"error":"bad"}')
    })
    const problem = await readProblem(await fetch(`${server.origin}/`))
    expect(problem).toMatchObject({ type: 'about:blank', title: 'Bad Request', status: 400, valid: false, raw: '{"error":"bad"}' })
  })
})

describe('readProblem on constructed responses', () => {
  it('pulls no more than the limit from a counting stream and cancels it', async () => {
    let pulled = 0
    let cancelled = false
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1024
        controller.enqueue(new Uint8Array(1024).fill(0x61))
      },
      cancel() {
        cancelled = true
      },
    })
    const problem = await readProblem(new Response(body, { status: 503 }), { maxBytes: 4096 })
    expect(problem.raw).toBe('a'.repeat(4096))
    expect(problem.truncated).toBe(true)
    expect(cancelled).toBe(true)
    expect(pulled).toBeLessThanOrEqual(4096 + 2048)
  })

  it('does not trust the Content-Length of a constructed response', async () => {
    let pulled = 0
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1024
        controller.enqueue(new Uint8Array(1024).fill(0x62))
      },
    })
    const response = new Response(body, { status: 500, headers: { 'content-length': '10' } })
    const problem = await readProblem(response, { maxBytes: 2048 })
    expect(problem.raw).toBe('b'.repeat(2048))
    expect(problem.truncated).toBe(true)
    expect(pulled).toBeLessThanOrEqual(2048 + 2048)
  })

  it('drops a multi-byte character cut by the limit instead of mangling it', async () => {
    const problem = await readProblem(new Response('ééé', { status: 400 }), { maxBytes: 3 })
    expect(problem.raw).toBe('é')
  })

  it('gives about:blank with the status phrase for an empty body', async () => {
    const problem = await readProblem(new Response(null, { status: 404 }))
    expect(problem).toMatchObject({ type: 'about:blank', title: 'Not Found', status: 404, valid: false, raw: '' })
  })

  it('fills the title of an about:blank problem from the status phrase', async () => {
    const response = new Response('{"detail":"No order 7."}', { status: 404, headers: { 'content-type': 'application/problem+json' } })
    expect(await readProblem(response)).toMatchObject({ type: 'about:blank', title: 'Not Found', detail: 'No order 7.', valid: true })
  })

  it('lets the response status win over the status member and reports the mismatch', async () => {
    const response = new Response('{"title":"Conflict","status":200}', { status: 409, headers: { 'content-type': 'application/problem+json' } })
    const problem = await readProblem(response)
    expect(problem.status).toBe(409)
    expect(problem.statusMismatch).toEqual({ member: 200, http: 409 })
  })

  it('resolves relative references against baseUrl when given', async () => {
    const response = new Response('{"type":"probs/out-of-stock","title":"Out of stock"}', {
      status: 409,
      headers: { 'content-type': 'application/problem+json' },
    })
    const problem = await readProblem(response, { baseUrl: 'https://api.example.com/v1/' })
    expect(problem.type).toBe('https://api.example.com/v1/probs/out-of-stock')
  })

  it('does not throw on a body already used', async () => {
    const response = new Response('{"title":"x"}', { status: 500 })
    await response.text()
    expect(await readProblem(response)).toMatchObject({ status: 500, title: 'Internal Server Error', valid: false, raw: '' })
  })

  it('does not throw on a network response whose body was already read', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(409, { 'content-type': 'application/problem+json', 'content-length': '13' })
      res.end('{"title":"x"}')
    })
    const response = await fetch(`${server.origin}/used`)
    await response.text()
    expect(await readProblem(response)).toMatchObject({ status: 409, title: 'Conflict', valid: false, raw: '' })
  })

  it('keeps what arrived when the body fails mid-read', async () => {
    let pulls = 0
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (++pulls === 1) controller.enqueue(new TextEncoder().encode('<h1>oops'))
        else controller.error(new Error('reset'))
      },
    })
    expect(await readProblem(new Response(body, { status: 502 }))).toMatchObject({ title: 'Bad Gateway', raw: '<h1>oops' })
  })

  it.each([-1, 1.5, Number.NaN, Infinity])('rejects maxBytes %s with a RangeError naming it', async (maxBytes) => {
    await expect(readProblem(new Response('', { status: 500 }), { maxBytes })).rejects.toThrow(RangeError)
    await expect(readProblem(new Response('', { status: 500 }), { maxBytes })).rejects.toThrow('Invalid `maxBytes`')
  })

  it('rejects a maxBytes that is not a number with a TypeError', async () => {
    await expect(readProblem(new Response('', { status: 500 }), { maxBytes: '1024' as never })).rejects.toThrow(
      'Invalid `maxBytes`: received string; expected a non-negative integer number of bytes.',
    )
  })
})

describe('readBodyBytes', () => {
  /** A body of `chunks` chunks of 16 KiB each. */
  const body = (chunks: number) =>
    new ReadableStream<Uint8Array>({
      pull(controller) {
        if (chunks-- > 0) controller.enqueue(new Uint8Array(16_384).fill(0x61))
        else controller.close()
      },
    })

  it('reads at most 64 KiB when no limit is given', async () => {
    const { bytes, truncated, interrupted } = await readBodyBytes(new Response(body(100)))
    expect(bytes.byteLength).toBe(DEFAULT_MAX_BODY_BYTES)
    expect(truncated).toBe(true)
    expect(interrupted).toBe(false)
  })

  it('says when the body failed midway, keeping what arrived', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(500, { 'content-type': 'text/html', 'content-length': '1000' })
      res.write('<html>partial', () => setTimeout(() => res.destroy(), 20))
    })
    const read = await readBodyBytes(await fetch(`${server.origin}/reset`))
    expect(new TextDecoder().decode(read.bytes)).toBe('<html>partial')
    expect(read).toMatchObject({ truncated: false, interrupted: true })
    expect((await readBodyBytes(new Response('whole'))).interrupted).toBe(false)
  })

  it.each([-1, Number.NaN, 0.5])('rejects maxBytes %s with a RangeError instead of reading without a limit', async (maxBytes) => {
    await expect(readBodyBytes(new Response(body(1)), maxBytes)).rejects.toThrow(RangeError)
  })
})

describe('readBodyBytes and readProblem: security review', () => {
  it('reports a locked body as interrupted, not as a complete empty body (#13)', async () => {
    const response = new Response('{"title":"Conflict"}', { status: 409, headers: { 'content-type': 'application/problem+json' } })
    response.body!.getReader()
    expect(response.bodyUsed).toBe(false)
    const read = await readBodyBytes(response)
    expect(read.interrupted).toBe(true)
    expect(read.bytes.byteLength).toBe(0)
  })

  it('resolves a relative type and an empty instance against the URL without its query string (#4)', async () => {
    const response = new Response('{"type":"#not-found","instance":""}', { status: 404, headers: { 'content-type': 'application/problem+json' } })
    Object.defineProperty(response, 'url', { value: 'https://user:pw@api.example.com/v1/users/7?access_token=SECRET#x' })
    const problem = await readProblem(response)
    expect(problem.type).toBe('https://api.example.com/v1/users/7#not-found')
    expect(problem.instance).toBe('https://api.example.com/v1/users/7')
    expect(JSON.stringify(problem)).not.toMatch(/SECRET|pw@/)
  })

  it('accepts null options as none (#12)', async () => {
    const problem = await readProblem(new Response('{"title":"Gone"}', { status: 410 }), null as never)
    expect(problem.title).toBe('Gone')
    const { parseProblem } = await import('statuskit')
    expect(parseProblem('{"title":"Gone"}', null as never).title).toBe('Gone')
  })
})
