// A real Next.js app (test/fixtures/next-app) whose route handlers are wrapped with
// statuskit/web from the built package: `next build`, then `next start` on 127.0.0.1.
// Next's own redirect() and notFound() must behave as without the wrapper.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const app = fileURLToPath(new URL('../../fixtures/next-app', import.meta.url))
const next = fileURLToPath(new URL('../../../node_modules/next/dist/bin/next', import.meta.url))
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }

/** A free loopback port: the OS picks one, we release it for Next. */
async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  if (address === null || typeof address === 'string') throw new Error('no port')
  return address.port
}

let origin: string
let child: ChildProcess | undefined

beforeAll(async () => {
  const built = spawnSync(process.execPath, [next, 'build', app], { env, encoding: 'utf8', timeout: 240_000 })
  if (built.status !== 0) throw new Error(`next build failed:\n${built.stdout}\n${built.stderr}`)
  const port = await freePort()
  origin = `http://127.0.0.1:${port}`
  child = spawn(process.execPath, [next, 'start', app, '-p', String(port), '-H', '127.0.0.1'], { env, stdio: 'ignore', detached: true })
  for (let attempt = 0; attempt < 150; attempt++) {
    try {
      await fetch(`${origin}/orders/7`)
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
  throw new Error('next start did not answer within 30 s')
}, 300_000)

afterAll(() => {
  if (child?.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
})

describe('statuskit/web in a Next.js route handler', () => {
  it('answers a thrown conflict() with a 409 problem and its ETag', async () => {
    const response = await fetch(`${origin}/orders/7`, { method: 'PUT', body: JSON.stringify({ version: 7 }), headers: { 'content-type': 'application/json' } })
    expect(response.status).toBe(409)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    expect(response.headers.get('etag')).toBe('"8"')
    expect(await response.json()).toMatchObject({ status: 409, detail: 'Order 7 is at version 8; you sent version 7.' })
  })

  it('lets the route succeed', async () => {
    const response = await fetch(`${origin}/orders/7`, { method: 'PUT', body: JSON.stringify({ version: 8 }) })
    expect(await response.json()).toEqual({ id: '7', version: 9 })
  })

  it("keeps Next's redirect() and notFound() as Next answers them", async () => {
    const redirected = await fetch(`${origin}/orders/old`, { redirect: 'manual' })
    expect(redirected.status).toBe(307)
    expect(redirected.headers.get('location')).toMatch(/\/orders\/7$/)
    const missing = await fetch(`${origin}/orders/gone`)
    expect(missing.status).toBe(404)
    expect(missing.headers.get('content-type')).not.toBe('application/problem+json')
  })

  it('hides an unknown error behind a 500 problem', async () => {
    const response = await fetch(`${origin}/orders/secret`)
    expect(response.status).toBe(500)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    expect(await response.text()).not.toContain('hunter2')
  })
})
