// Runs the raw-socket load loop in its own process so the load generator does not share
// the server's thread. Two ways:
//   `node bench/load-worker.mjs <url> <durationMs> [concurrency] [headers as JSON]`
//     one run, prints its figures as JSON;
//   `node bench/load-worker.mjs --jobs`
//     stays up and runs one job per line of stdin ({ url, durationMs, warmupMs, concurrency,
//     headers } as JSON), printing one line of JSON figures per job, until stdin closes.
//     One process for a whole bench keeps its start-up and JIT warm-up out of every round.
import { createInterface } from 'node:readline'
import { rawLoad } from './raw-load.mjs'

const loopback = (url) => typeof url === 'string' && url.startsWith('http://127.0.0.1:')

if (process.argv[2] === '--jobs') {
  for await (const line of createInterface({ input: process.stdin })) {
    const { url, durationMs = 1000, warmupMs = 0, concurrency = 16, headers = {} } = JSON.parse(line)
    const result = loopback(url) ? await rawLoad(url, { durationMs, warmupMs, concurrency, headers }) : { error: `only loopback URLs, got ${url}` }
    process.stdout.write(`${JSON.stringify(result)}\n`)
  }
} else {
  const [url, durationMs = '1000', concurrency = '16', headers = '{}'] = process.argv.slice(2)
  if (!loopback(url)) {
    console.error('load-worker: only loopback URLs')
    process.exit(2)
  }
  const result = await rawLoad(url, { durationMs: Number(durationMs), concurrency: Number(concurrency), headers: JSON.parse(headers) })
  process.stdout.write(`${JSON.stringify(result)}\n`)
}
