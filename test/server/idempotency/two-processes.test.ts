// Two server processes share one redis-server: the same key sent to both at once runs once.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createClient } from 'redis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createFetch } from 'statuskit/fetch'
import { startRedisServer, type RedisServer } from '../../helpers/redis-server.mjs'

const root = fileURLToPath(new URL('../../..', import.meta.url))
const script = fileURLToPath(new URL('./fixtures/order-server.mjs', import.meta.url))

interface ServerProcess {
  readonly url: string
  stop(): Promise<void>
}

/** Starts the order server as a child process and waits for its port. */
function startServer(redisUrl: string, kind: 'node-redis' | 'ioredis'): Promise<ServerProcess> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [script, redisUrl, kind], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`order server did not start:\n${output}`))
    }, 15_000)
    const onData = (chunk: Buffer): void => {
      output += chunk.toString()
      const port = /listening (\d+)/.exec(output)?.[1]
      if (!port) return
      clearTimeout(timer)
      resolve({
        url: `http://127.0.0.1:${port}`,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done()
            const kill = setTimeout(() => child.kill('SIGKILL'), 5000)
            child.once('exit', () => {
              clearTimeout(kill)
              done()
            })
            child.kill('SIGTERM')
          }),
      })
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`order server exited with ${code}:\n${output}`))
    })
  })
}

describe('idempotency() in two server processes sharing one redis-server', () => {
  let redis: RedisServer
  let servers: ServerProcess[] = []
  let inspect: ReturnType<typeof createClient>

  beforeAll(async () => {
    redis = await startRedisServer()
    servers = await Promise.all([startServer(redis.url, 'node-redis'), startServer(redis.url, 'ioredis')])
    inspect = createClient({ url: redis.url })
    await inspect.connect()
  })
  afterAll(async () => {
    await inspect?.quit()
    await Promise.all(servers.map((server) => server.stop()))
    await redis?.stop()
  })

  it('has a built dist/ to run the servers with (run `npm run build` first)', () => {
    expect(existsSync(`${root}dist/express.js`)).toBe(true)
    expect(existsSync(`${root}dist/idempotency.js`)).toBe(true)
  })

  it('runs each key once when the same key reaches both processes at once', async () => {
    const [a, b] = servers as [ServerProcess, ServerProcess]
    const statuses: (number | undefined)[] = []
    const request = createFetch({ random: () => 0, onRetry: (event) => statuses.push(event.status) })
    const keys = Array.from({ length: 10 }, (_, i) => `two-processes-${i}`)
    const send = (origin: string, key: string): Promise<Response> =>
      request(`${origin}/orders`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify({ sku: key }),
      })
    const pairs = await Promise.all(keys.map((key) => Promise.all([send(a.url, key), send(b.url, key)])))

    const log = (await inspect.lRange('orders:log', 0, -1)).map((line) => JSON.parse(line) as { key: string; id: number; pid: number })
    expect(log.map((entry) => entry.key).sort()).toEqual([...keys].sort())
    for (const [first, second] of pairs) {
      expect([first.status, second.status]).toEqual([201, 201])
      const bodies = [await first.json(), await second.json()]
      expect(bodies[1]).toEqual(bodies[0])
      // Exactly one of the two ran; the other got the replay.
      expect([first.headers.get('idempotent-replayed'), second.headers.get('idempotent-replayed')].sort()).toEqual(['true', null].sort())
    }
    // Every retry was a back-off on the 409 "key in use", never anything else.
    expect(statuses.every((status) => status === 409)).toBe(true)
  })
})
