// Runs the raw-socket load loop in its own process so the load generator does not share
// the server's thread: `node bench/load-worker.mjs <url> <durationMs> [concurrency] [headers as JSON]`
// prints JSON.
import { rawLoad } from './raw-load.mjs'

const [url, durationMs = '1000', concurrency = '16', headers = '{}'] = process.argv.slice(2)
if (!url?.startsWith('http://127.0.0.1:')) {
  console.error('load-worker: only loopback URLs')
  process.exit(2)
}
const result = await rawLoad(url, { durationMs: Number(durationMs), concurrency: Number(concurrency), headers: JSON.parse(headers) })
process.stdout.write(`${JSON.stringify(result)}\n`)
