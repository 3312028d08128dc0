// statuskit/web under the adapter contract in the runtime's own web server: Bun.serve under
// Bun, Deno.serve under Deno. Run by scripts/test-runtimes.mjs, which starts vitest inside
// that runtime with vitest.native.config.ts; Node has no native web server.
import { runContract } from '../adapters/contract.js'
import { webDriver } from '../adapters/web/web-driver.js'
import type { ContractServer } from '../adapters/contract.js'

interface BunLike {
  serve(options: { port: number; hostname: string; fetch: (request: Request) => Promise<Response> }): { port: number; stop(force: boolean): void }
}
interface DenoLike {
  serve(options: { port: number; hostname: string; onListen(): void }, handler: (request: Request) => Promise<Response>): { addr: { port: number }; shutdown(): Promise<void> }
}
const { Bun, Deno } = globalThis as { Bun?: BunLike; Deno?: DenoLike }

async function serveNative(fetch: (request: Request) => Promise<Response>): Promise<ContractServer> {
  if (Bun) {
    const server = Bun.serve({ port: 0, hostname: '127.0.0.1', fetch })
    return { url: `http://127.0.0.1:${server.port}`, close: async () => server.stop(true) }
  }
  if (Deno) {
    const server = Deno.serve({ port: 0, hostname: '127.0.0.1', onListen() {} }, fetch)
    return { url: `http://127.0.0.1:${server.addr.port}`, close: () => server.shutdown() }
  }
  throw new Error('This file runs inside Bun or Deno (scripts/test-runtimes.mjs); Node has no native web server.')
}

// Bun.serve and Deno.serve write their own phrase whatever the Response's statusText.
runContract([webDriver(Bun ? 'web-on-bun-serve' : 'web-on-deno-serve', serveNative, true)])
