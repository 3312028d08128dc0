// The Worker the adapter contract runs against in workerd (bundled by workerd-driver.ts):
// the contract's server (contract-setup.ts) as statuskit/web's withProblems, called with
// the Worker's `env` and `ctx` (so the log runs in ctx.waitUntil), or as the contract's
// Hono app on `app.fetch`, picked by the ADAPTER var. The log lines stay in the isolate
// until the driver collects them from LOGS_PATH.
import { setupFor, type LogEntry } from '../contract-setup.js'
import { createContractApp } from '../hono/contract-app.js'
import { webDriver } from '../web/web-driver.js'
import { LOGS_PATH } from './logs-path.js'

interface Env {
  readonly ADAPTER: 'web' | 'hono'
}
interface ExecutionContext {
  waitUntil(promise: Promise<unknown>): void
  passThroughOnException(): void
  readonly props: unknown
}
type WorkerFetch = (request: Request, env: Env, ctx: ExecutionContext) => Promise<Response>

const logs: LogEntry[] = []
const setup = setupFor(logs)
const hono = createContractApp(setup)
let web: WorkerFetch | undefined
// webDriver hands its withProblems handler to `serve` synchronously; a Worker is served by its export.
void webDriver('workers', (handler) => {
  web = handler as unknown as WorkerFetch
  return Promise.resolve({ url: '', close: () => Promise.resolve() })
}, true).start(setup)

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    if (new URL(request.url).pathname === LOGS_PATH) return Response.json(logs.splice(0))
    if (env.ADAPTER === 'hono') return hono.fetch(request, env, ctx)
    if (web === undefined) return new Response('the web handler is missing', { status: 500 })
    return web(request, env, ctx)
  },
}
