// `statuskit serve` as a child process (the built dist/cli.js: npm test builds first).
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { describe, expect, it } from 'vitest'
import { CLI, runCli } from './run-cli.js'


function start(args: string[]) {
  const child = spawn(process.execPath, [CLI, 'serve', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  let err = ''
  child.stdout.on('data', (d: Buffer) => (out += d))
  child.stderr.on('data', (d: Buffer) => (err += d))
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const m = /listening on (http:\/\/\S+\/)/.exec(out)
      if (m?.[1]) resolve(m[1])
    })
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${err}`)))
  })
  url.catch(() => undefined) // awaited by the tests that expect a URL; the others check the exit
  return { child, url, output: () => ({ out, err }) }
}

describe('statuskit serve', () => {
  it('prints its URL, serves the simulator and stops cleanly on SIGTERM', async () => {
    const { child, url } = start(['--port', '0', '--host', '127.0.0.1'])
    const base = await url
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    const res = await fetch(`${base}api/status/409`, { method: 'PUT' })
    expect(res.status).toBe(409)
    expect(res.statusText).toBe('Conflict')
    expect((await res.json()).title).toBe('Version conflict')
    child.kill('SIGTERM')
    const [code] = await once(child, 'exit')
    expect(code).toBe(0)
  })

  it('--help documents the routes and their parameters', async () => {
    const { code, stdout } = await runCli(['serve', '--help'])
    expect(code).toBe(0)
    for (const part of ['/status/<code>', '/inspect', '/api/status/<code>', '?delay=<ms>', '?retryAfter=<s>', '?body=none', '?vendor=<name>', '/api/sequence/<codes>?key=<run>', 'POST /api/inspect', '--cors', '--allowed-host', '400']) {
      expect(stdout).toContain(part)
    }
  })

  it('--cors answers preflights (--allowed-host is accepted alongside)', async () => {
    const { child, url } = start(['--cors', '--allowed-host', 'devbox.lan'])
    const base = await url
    const res = await fetch(`${base}api/status/429`, { method: 'OPTIONS', headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'PUT' } })
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    child.kill('SIGTERM')
    await once(child, 'exit')
  })

  it('stops on SIGINT too', async () => {
    const { child, url } = start([])
    await url
    child.kill('SIGINT')
    const [code] = await once(child, 'exit')
    expect(code).toBe(0)
  })

  it('exits 2 with a one-line message on a bad port', async () => {
    const { child, output } = start(['--port', 'abc'])
    const [code] = await once(child, 'exit')
    expect(code).toBe(2)
    const { err } = output()
    expect(err.trim().split('\n')).toHaveLength(1)
    expect(err).toMatch(/--port needs a number from 0 to 65535, got "abc"/)
  })
})
