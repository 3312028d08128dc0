import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))

/** Runs `node scripts/demo.mjs` (it needs the built dist/) and collects its output. */
function runDemo(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/demo.mjs'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

describe('npm run demo', () => {
  it('has a built dist/ to run against (run `npm run build` first)', () => {
    expect(existsSync(`${root}dist/fetch.js`)).toBe(true)
    expect(existsSync(`${root}dist/express.js`)).toBe(true)
  })

  it('exits 0 by itself and prints the 428, the 409 problem, its classification and the final success', async () => {
    const { code, stdout, stderr } = await runDemo()
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).toContain('← 428 Precondition Required')
    expect(stdout).toContain('← 409 Conflict  etag: "v2"  content-type: application/problem+json')
    expect(stdout).toContain('"type":"https://example.com/probs/version-conflict","title":"Version conflict","status":409')
    expect(stdout).toContain('"currentVersion":2,"yourVersion":1')
    expect(stdout).toContain('(VersionConflict.is → true)')
    expect(stdout).toContain('classifyRetry: strategy after-refresh-state, retry false')
    expect(stdout).toContain('log levels: server info, client warn')
    expect(stdout).toContain('Bob   → PATCH /docs/plan  if-match: "v2"')
    expect(stdout).toContain('Bob   ← 200 OK  etag: "v3"')
    expect(stdout).toContain('✓ success: version 3, ETag "v3", title "Quarterly plan (reviewed)", tags ["draft","budget"]')
  })

  it('prints the second act: a keyed POST whose response is lost, resent with the same key, replayed; one order', async () => {
    const { code, stdout } = await runDemo()
    expect(code).toBe(0)
    const act = stdout.slice(stdout.indexOf('Act 2'))
    const keys = [...act.matchAll(/Carol → POST \/orders .*idempotency-key: ([0-9a-f-]{36})/g)].map((match) => match[1])
    expect(keys).toHaveLength(2)
    expect(keys[1]).toBe(keys[0])
    expect(act.match(/server: order \d+ created/g)).toEqual(['server: order 1 created'])
    expect(act).toContain('Carol ✗ no response (TypeError: fetch failed)')
    expect(act).toContain('Carol ↻ attempt 2: No response (TypeError): repeating the request, as it is keyed.')
    expect(act).toMatch(/Carol ← 201 Created .*location: \/orders\/1 .*idempotent-replayed: true/)
    expect(act).toContain('✓ exactly one order: [{"id":1,"sku":"A1","quantity":2}]')
  })
})
