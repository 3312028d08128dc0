// `npm run bench`: one table of ratios measured side by side in one run; also written to
// bench/results.json so changes can be compared. Runs against the built dist/.
import { writeFileSync } from 'node:fs'
import { runAdapters, runFetchOverhead, runPipelineOptions } from './http.mjs'
import { runMicro } from './micro.mjs'
import { runStartup } from './startup.mjs'

// `--quick`: fewer rounds; `--pipeline`: only the server pipeline options row (results.json
// is then left as it is).
const quick = process.argv.includes('--quick')
const only = process.argv.includes('--pipeline')
const pipelineOptions = await runPipelineOptions(quick ? { rounds: 1, durationMs: 300 } : {})
const micro = only ? [] : await runMicro({ time: quick ? 100 : 500 })
const adapters = only ? [] : await runAdapters(quick ? { rounds: 1, durationMs: 300 } : {})
const fetchOverhead = only ? [] : await runFetchOverhead(quick ? { rounds: 2, requests: 100 } : {})

const startup = only ? [] : runStartup(quick ? { runs: 5 } : {})

const rows = [...micro, ...adapters, ...pipelineOptions, ...fetchOverhead, ...startup]
console.log(`statuskit bench — node ${process.version}, ${new Date().toISOString()}`)
console.log('ratio = statuskit speed / peer speed (> 1: statuskit faster); adapters: adapter / hand-written')
let group = ''
for (const row of rows) {
  if (row.group !== group) {
    group = row.group
    console.log(`\n${group}`)
  }
  const measure =
    row.overhead !== undefined
      ? `overhead ${row.overhead}% (${row.msPerRequest} vs ${row.baselineMsPerRequest} ms; json() + a bare rejection: ${row.floorOverhead}%)`
      : row.pipelineMicros !== undefined
        ? `ratio ${row.ratio} (server CPU per request: ${row.cpuRatio}; the pipeline alone: ${row.pipelineMicros.all} vs ${row.pipelineMicros.none} µs CPU)`
        : `ratio ${row.ratio}${row.floorRatio === undefined ? '' : ` (framework's bare error path: ${row.floorRatio}; hand + creating the conflict(): ${row.madeRatio}; server CPU per request: ${row.cpuRatio})`}`
  const met = row.met ?? (typeof row.goal === 'number' ? row.ratio >= row.goal : row.overhead <= 5)
  const goal = row.goal === undefined ? '' : typeof row.goal === 'number' ? `  goal >= ${row.goal}: ${met ? 'met' : 'MISSED'}` : `  goal ${row.goal}: ${met ? 'met' : 'MISSED'}`
  console.log(`  ${row.task.padEnd(62)} ${String(row.opsPerSec).padStart(11)} ops/s  ${measure}${goal}`)
}
if (!only) writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify({ node: process.version, date: new Date().toISOString(), rows }, null, 2)}\n`)
console.log(only ? '' : '\nwritten to bench/results.json')
