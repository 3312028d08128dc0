// Contract drivers for Cloudflare Workers: contract-worker.ts bundled with esbuild and
// served by workerd (the `workerd` npm package's binary, Cloudflare's runtime) on
// 127.0.0.1 with a random port (reported on --control-fd). The contract talks to a Node
// relay in front of it, which passes each exchange through byte for byte and, before it
// answers, collects the log lines the Worker recorded and hands them to the contract's
// `log`: the contract checks its log right after reading a response, and the Worker's
// lines live in another process. The relay only translates; workerd writes every byte.
import { build } from 'esbuild'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { Agent, createServer, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { inspect } from 'node:util'
import type { HttpProblem, LogLevel } from 'statuskit'
import type { ContractDriver, ContractSetup } from '../contract.js'
import type { LogEntry } from '../contract-setup.js'
import { closeLoopback, listenLoopback } from '../../helpers/loopback.js'
import { LOGS_PATH } from './logs-path.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const START_TIMEOUT_MS = 20_000
/** The `workerd` package's main export is the path of its platform binary. */
const WORKERD = (createRequire(import.meta.url)('workerd') as { default: string }).default
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding'])

/** Bundles the Worker into dir/worker.mjs, the sources through tsconfig.json's paths. */
async function bundleWorker(dir: string): Promise<void> {
  await build({
    entryPoints: [join(root, 'test/adapters/workers/contract-worker.ts')],
    outfile: join(dir, 'worker.mjs'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['workerd', 'worker', 'browser'],
    external: ['node:*'],
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'silent',
  })
}

/** Starts workerd on dir/wrangler.json; resolves the port it listens on. */
function startWorkerd(dir: string): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(WORKERD, ['serve', 'wrangler.json', '--socket-addr', 'http=127.0.0.1:0', '--control-fd', '3'], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    })
    let control = ''
    let stderr = ''
    const fail = (why: string) => {
      clearTimeout(timer)
      child.kill('SIGKILL')
      reject(new Error(`workerd did not start: ${why}\n${stderr}`))
    }
    const timer = setTimeout(() => fail(`no port within ${START_TIMEOUT_MS} ms`), START_TIMEOUT_MS)
    child.stderr?.on('data', (chunk: Buffer) => void (stderr += String(chunk)))
    child.stdio[3]?.on('data', (chunk: Buffer) => {
      control += String(chunk)
      const port = /"event":"listen","socket":"http","port":(\d+)/.exec(control)?.[1]
      if (port === undefined) return
      clearTimeout(timer)
      child.removeAllListeners('exit')
      child.removeAllListeners('error')
      resolve({ child, port: Number(port) })
    })
    child.on('error', (error) => fail(String(error)))
    child.on('exit', (code, signal) => fail(`exited with ${String(code ?? signal)}`))
  })
}

function stopWorkerd(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}

/** The response's header fields without the hop-by-hop ones (Node writes its own). */
function endToEnd(headers: IncomingHttpHeaders): Record<string, string | string[]> {
  const kept: Record<string, string | string[]> = {}
  for (const [name, value] of Object.entries(headers)) if (value !== undefined && !HOP_BY_HOP.has(name)) kept[name] = value
  return kept
}

/** Hands the Worker's log lines to the contract's logger, each as the problem it printed. */
async function replayLogs(port: number, log: ContractSetup['options']['log']): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${port}${LOGS_PATH}`)
  const lines = (await response.json()) as LogEntry[]
  if (typeof log !== 'function') return
  for (const [level, status, detail, printed] of lines) {
    // JSON has no undefined: a problem without detail comes back as null.
    // The contract's logger prints the cause with util.inspect: this one prints as the Worker printed it.
    const cause = { [inspect.custom]: () => printed }
    log(level as LogLevel, { status, detail: detail ?? undefined, cause } as unknown as HttpProblem, undefined)
  }
}

/** A Node server that relays every exchange to workerd, then its log lines to `log`. */
async function startRelay(port: number, log: ContractSetup['options']['log']): Promise<{ url: string; close(): Promise<void> }> {
  const agent = new Agent({ keepAlive: true })
  const server = createServer((req, res) => {
    const upstream = httpRequest({ host: '127.0.0.1', port, method: req.method, path: req.url, headers: req.headers, agent }, (answer: IncomingMessage) => {
      const chunks: Buffer[] = []
      answer.on('data', (chunk: Buffer) => chunks.push(chunk))
      answer.on('close', () => {
        if (!answer.complete) {
          // The Worker's body failed after its head: the client sees the same.
          res.writeHead(answer.statusCode ?? 502, endToEnd(answer.headers))
          res.flushHeaders()
          res.write(Buffer.concat(chunks), () => res.destroy())
          return
        }
        void replayLogs(port, log)
          .catch(() => undefined)
          .then(() => {
            res.writeHead(answer.statusCode ?? 502, answer.statusMessage, endToEnd(answer.headers))
            res.end(Buffer.concat(chunks))
          })
      })
    })
    upstream.on('error', () => res.destroy())
    req.pipe(upstream)
  })
  const url = await listenLoopback(server)
  return {
    url,
    close: async () => {
      agent.destroy()
      await closeLoopback(server)
    },
  }
}

/**
 * The contract driver of one Worker: `adapter` `'web'` (withProblems) or `'hono'` (the Hono
 * app). Bundles the Worker, starts workerd and the relay; `close()` stops both.
 */
export function workerdDriver(name: string, adapter: 'web' | 'hono'): ContractDriver {
  return {
    name,
    // workerd writes its own reason phrase whatever the Response's statusText.
    phraseFromBridge: true,
    async start(setup) {
      const dir = await mkdtemp(join(tmpdir(), 'statuskit-workerd-'))
      try {
        await bundleWorker(dir)
        const config = { name: `contract-${adapter}`, main: 'worker.mjs', compatibility_date: '2026-11-01', no_bundle: true, vars: { ADAPTER: adapter } }
        await writeFile(join(dir, 'wrangler.json'), JSON.stringify(config))
        const { child, port } = await startWorkerd(dir)
        const relay = await startRelay(port, setup.options.log)
        return {
          url: relay.url,
          close: async () => {
            await relay.close()
            await stopWorkerd(child)
            await rm(dir, { recursive: true, force: true })
          },
        }
      } catch (error) {
        await rm(dir, { recursive: true, force: true })
        throw error
      }
    },
  }
}
