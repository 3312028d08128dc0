import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeLoopback, listenLoopback } from '../../helpers/loopback.js'
import { runCli } from './run-cli.js'

interface Received {
  method: string | undefined
  headers: IncomingMessage['headers']
  rawHeaders: string[]
  body: string
}
let last: Received | undefined

const ROUTES: Record<string, (res: ServerResponse) => void> = {
  '/conflict': (res) => {
    res.writeHead(409, { 'content-type': 'application/problem+json', 'cache-control': 'no-store' })
    res.end('{"type":"https://example.com/probs/version-conflict","title":"Version conflict","status":409}')
  },
  '/no-allow': (res) => {
    res.writeHead(405, { 'content-type': 'application/json' })
    res.end('{"title":"Method Not Allowed","status":400}')
  },
  '/moved': (res) => {
    res.writeHead(302, { location: '/conflict' })
    res.end()
  },
  '/loop': (res) => {
    res.writeHead(307, { location: '/loop' })
    res.end()
  },
  '/big': (res) => {
    res.writeHead(200, { 'content-type': 'text/plain' })
    const chunk = 'x'.repeat(64 * 1024)
    for (let i = 0; i < 40; i++) res.write(chunk) // 2.5 MiB, more than the 1 MiB cap
    res.end()
  },
  '/hang': () => undefined,
  '/escape': (res) => {
    // Escape sequences that would set the window title, clear the screen and colour text,
    // and a C1 CSI (0x9b) in a header value, which Node lets through.
    res.writeHead(200, { 'content-type': 'text/plain', 'x-note': 'a\u009b31mb' })
    res.end('\u001b]0;PWNED\u0007\u001b[2J\u001b[31mRED\r')
  },
  '/cut-short': (res) => {
    res.writeHead(500, { 'content-type': 'text/html', 'content-length': '1000' })
    res.write('<h1>partial', () => setTimeout(() => res.destroy(), 20))
  },
  '/stalled': (res) => {
    res.writeHead(500, { 'content-type': 'text/html', 'content-length': '1000' })
    res.write('<h1>partial')
  },
}

let server: Server
let base: string

/** The CLI as a child process, without colour. */
const run = (args: string[]) => runCli(args, { NO_COLOR: '1' })

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString()))
    req.on('end', () => {
      last = { method: req.method, headers: req.headers, rawHeaders: req.rawHeaders, body }
      const route = ROUTES[(req.url ?? '').split('?')[0] ?? '']
      if (route) route(res)
      else {
        res.writeHead(404, { 'content-type': 'text/plain', 'cache-control': 'no-store' })
        res.end('not found')
      }
    })
  })
  base = await listenLoopback(server)
})

afterAll(() => closeLoopback(server))

describe('statuskit inspect', () => {
  it('exits 0 on a correct response and prints the exchange, the summary and no findings', async () => {
    const { code, stdout, stderr } = await run(['inspect', `${base}/conflict`, '-X', 'PUT', '-d', '{"qty":2}'])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).toContain(`> PUT ${base}/conflict`)
    expect(stdout).toContain('< 409 Conflict')
    expect(stdout).toContain('< content-type: application/problem+json')
    expect(stdout).toContain('409 Conflict: client error (final) response to PUT.')
    expect(stdout).toContain('retry: no (after-refresh-state)')
    expect(stdout).toContain('Findings (0)')
  })

  it('sends -X, -H and -d to the server', async () => {
    await run([
      'inspect',
      `${base}/conflict`,
      '-X',
      'PATCH',
      '-H',
      'X-Trace: abc',
      '-H',
      'Content-Type: application/json',
      '-d',
      '{"a":1}',
    ])
    expect(last?.method).toBe('PATCH')
    expect(last?.headers['x-trace']).toBe('abc')
    expect(last?.headers['content-type']).toBe('application/json')
    expect(last?.body).toBe('{"a":1}')
  })

  it('sends a JSON -d as application/json (not fetch\'s text/plain), unless -H sets Content-Type', async () => {
    await run(['inspect', `${base}/conflict`, '-X', 'PUT', '-d', '{"q":3}'])
    expect(last?.headers['content-type']).toBe('application/json')
    await run(['inspect', `${base}/conflict`, '-d', 'a=1'])
    expect(last?.headers['content-type']).toBe('text/plain;charset=UTF-8')
    await run(['inspect', `${base}/conflict`, '-d', '{"q":3}', '-H', 'Content-Type: application/merge-patch+json'])
    expect(last?.headers['content-type']).toBe('application/merge-patch+json')
  })

  it('shows every header the request carried, exactly as received', async () => {
    const { stdout } = await run(['inspect', `${base}/conflict`, '-X', 'PUT', '-H', 'If-Match: "7"', '-d', '{"q":3}'])
    const shown = stdout.split('\n').filter((line) => line.startsWith('> ') && line.includes(': ')).map((line) => line.slice(2))
    const received: string[] = []
    const raw = last?.rawHeaders ?? []
    for (let i = 0; i + 1 < raw.length; i += 2) received.push(`${raw[i]}: ${raw[i + 1]}`)
    expect(shown).toEqual(received)
    expect(shown).toEqual(expect.arrayContaining(['host: ' + new URL(base).host, 'user-agent: statuskit-inspect', 'if-match: "7"', 'content-length: 7']))
  })

  it('redacts credentials and token-like query values in every message', async () => {
    const port = new URL(base).port
    const creds = await run(['inspect', `http://user:pw@127.0.0.1:${port}/x?token=abc`])
    expect(creds.code).toBe(2)
    expect(creds.stderr).toBe(`statuskit: inspect: the URL http://***@127.0.0.1:${port}/x?token=*** carries credentials; send them in an Authorization header instead\n`)
    const token = await run(['inspect', `${base}/conflict?api_key=s3cret&page=2`])
    expect(token.stdout).toContain(`> GET ${base}/conflict?api_key=***&page=2`)
    expect(token.stdout).not.toContain('s3cret')
    const json = await run(['inspect', `${base}/conflict?access_token=s3cret`, '--json'])
    expect(json.stdout).not.toContain('s3cret')
    const bad = await run(['inspect', 'ftp://u:p@example.com/?token=abc'])
    expect(bad.stderr).not.toContain('u:p')
    expect(bad.stderr).not.toContain('abc')
  })

  it('sends POST when -d is given without -X', async () => {
    await run(['inspect', `${base}/conflict`, '-d', 'x=1'])
    expect(last?.method).toBe('POST')
  })

  it('exits 1 when an error-severity finding exists, and prints it with its hint and reference', async () => {
    const { code, stdout } = await run(['inspect', `${base}/no-allow`, '-X', 'DELETE'])
    expect(code).toBe(1)
    expect(stdout).toContain('status.405-without-allow: 405 to DELETE without an Allow header.')
    expect(stdout).toContain('(RFC 9110 §15.5.6)')
    expect(stdout).toContain('problem.status-mismatch')
  })

  it('prints valid JSON with the same finding ids for --json', async () => {
    const text = await run(['inspect', `${base}/no-allow`, '-X', 'DELETE'])
    const json = await run(['inspect', `${base}/no-allow`, '-X', 'DELETE', '--json'])
    expect(json.code).toBe(1)
    const parsed = JSON.parse(json.stdout) as {
      findings: { id: string }[]
      response: { status: number }
      summary: { status: number }
    }
    const ids = parsed.findings.map((f) => f.id)
    expect(ids).toEqual(['status.405-without-allow', 'problem.status-mismatch', 'problem.served-as-json'])
    for (const id of ids) expect(text.stdout).toContain(`${id}:`)
    expect(parsed.response.status).toBe(405)
    expect(parsed.summary.status).toBe(405)
  })

  it('shows a redirect without following it by default', async () => {
    const { code, stdout } = await run(['inspect', `${base}/moved`])
    expect(code).toBe(0)
    expect(stdout).toContain('< 302 Found')
    expect(stdout).toContain('< location: /conflict')
    expect(stdout).toContain('(redirect not followed; add --follow)')
  })

  it('follows redirects with --follow and shows each one', async () => {
    const { code, stdout } = await run(['inspect', `${base}/moved`, '--follow', '--json'])
    expect(code).toBe(0)
    const parsed = JSON.parse(stdout) as {
      redirects: { status: number; location: string }[]
      response: { status: number }
      request: { url: string }
    }
    expect(parsed.redirects).toEqual([{ method: 'GET', url: `${base}/moved`, status: 302, location: '/conflict' }])
    expect(parsed.response.status).toBe(409)
    expect(parsed.request.url).toBe(`${base}/conflict`)
  })

  it('exits 2 on a redirect loop with --follow', async () => {
    const { code, stderr } = await run(['inspect', `${base}/loop`, '--follow'])
    expect(code).toBe(2)
    expect(stderr).toBe('statuskit: inspect: more than 20 redirects\n')
  })

  it('caps the body read at 1 MiB and cancels the rest', async () => {
    const { code, stdout } = await run(['inspect', `${base}/big`, '--json'])
    expect(code).toBe(0)
    const parsed = JSON.parse(stdout) as { response: { bodyBytes: number; truncated: boolean; body: string } }
    expect(parsed.response).toMatchObject({ bodyBytes: 1_048_576, truncated: true })
    expect(parsed.response.body).toHaveLength(65_536)
  })

  it("shows a server's control characters instead of sending them to the terminal", async () => {
    const { code, stdout } = await run(['inspect', `${base}/escape`])
    expect(code).toBe(0)
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/)
    expect(stdout).toContain('\\x1b]0;PWNED\\x07\\x1b[2J\\x1b[31mRED\\x0d')
    expect(stdout).toContain('< x-note: a\\x9b31mb')
    const json = await run(['inspect', `${base}/escape`, '--json'])
    expect(json.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/)
    expect((JSON.parse(json.stdout) as { response: { headers: Record<string, string> } }).response.headers['x-note']).toBe('a\u009b31mb')
  })

  it('exits 2 when the body is cut short, by a reset or by the timeout, instead of judging part of it', async () => {
    const reset = await run(['inspect', `${base}/cut-short`])
    expect(reset.code).toBe(2)
    expect(reset.stdout).toBe('')
    expect(reset.stderr).toBe('statuskit: inspect: the connection failed while the body was read\n')
    const stalled = await run(['inspect', `${base}/stalled`, '--timeout', '500'])
    expect(stalled.code).toBe(2)
    expect(stalled.stderr).toBe('statuskit: inspect: request timed out after 500 ms\n')
  })

  it('exits 2 with one line when the request times out', async () => {
    const { code, stderr } = await run(['inspect', `${base}/hang`, '--timeout', '300'])
    expect(code).toBe(2)
    expect(stderr).toBe('statuskit: inspect: request timed out after 300 ms\n')
  })

  it('exits 2 with one line and no stack when the connection is refused', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    const { code, stdout, stderr } = await run(['inspect', `http://127.0.0.1:${port}/`])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^statuskit: inspect: ECONNREFUSED: connect ECONNREFUSED 127\.0\.0\.1:\d+\n$/)
    expect(stderr.split('\n')).toHaveLength(2)
  })

  it.each([
    [[], 'expected exactly one URL'],
    [['ftp://example.com/'], 'invalid URL "ftp://example.com/"'],
    [['http://127.0.0.1/', '-H', 'no colon'], `invalid header "no colon"; expected 'Name: value'`],
    [['http://127.0.0.1/', '-X', 'GE T'], 'invalid method "GE T"'],
    [['http://127.0.0.1/', '--timeout', 'soon'], 'invalid --timeout "soon"'],
    [['http://127.0.0.1/', '--nope'], "Unknown option '--nope'"],
  ])('exits 2 on a usage error: %j', async (args, message) => {
    const { code, stdout, stderr } = await run(['inspect', ...args])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain(message)
    expect(stderr.startsWith('statuskit: inspect: ')).toBe(true)
    expect(stderr.trim().split('\n')).toHaveLength(1)
  })

  it('prints usage for --help and exits 0', async () => {
    const { code, stdout } = await run(['inspect', '--help'])
    expect(code).toBe(0)
    expect(stdout).toContain('Usage: statuskit inspect <url>')
  })
})
