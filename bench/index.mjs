// `npm run bench`: one table of ratios measured side by side in one run (issue 25), also
// written to bench/results.json (`node bench/render-table.mjs` turns it into the docs
// table). Runs against the built dist/. Not part of npm test.
import { writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { runClient, runPipelineOptions, runServers } from './http.mjs'
import { runIdempotency } from './idempotency.mjs'
import { runMicro } from './micro.mjs'
import { runStartup } from './startup.mjs'

// `--quick`: fewer and shorter rounds, to try the bench out; `--pipeline`: only the server
// pipeline options row (issue 19); `--framework <name>`: only that framework's server rows;
// `--client`: only the fetch client rows (results.json is left as it is with any of these).
const quick = process.argv.includes('--quick')
const framework = process.argv.includes('--framework') ? process.argv[process.argv.indexOf('--framework') + 1] : undefined
const client = process.argv.includes('--client')
const only = process.argv.includes('--pipeline') || framework !== undefined || client
const started = performance.now()
const loadBefore = loadavg()[0]
const rows = []
if (framework !== undefined) rows.push(...(await runServers({ only: framework, ...(quick ? { rounds: 2, durationMs: 250 } : {}) })))
else if (client) rows.push(...(await runClient(quick ? { rounds: 1, requests: 100 } : {})))
else if (only) rows.push(...(await runPipelineOptions(quick ? { rounds: 2, durationMs: 300 } : {})))
else {
  rows.push(...(await runMicro({ time: quick ? 100 : 300 })))
  rows.push(...(await runServers(quick ? { rounds: 2, durationMs: 250 } : {})))
  rows.push(...(await runPipelineOptions(quick ? { rounds: 2, durationMs: 250 } : {})))
  rows.push(...(await runClient(quick ? { rounds: 1, requests: 100 } : {})))
  rows.push(...(await runIdempotency(quick ? { requests: 200 } : {})))
  rows.push(...runStartup(quick ? { runs: 5 } : {}))
}

const cpuList = cpus()
// The 1-minute load average before and after: the machine the bench runs on may be shared.
const machine = { cores: cpuList.length, cpu: cpuList[0]?.model.trim() ?? 'unknown', loadavg: [loadBefore, loadavg()[0]].map((x) => Number(x.toFixed(1))) }
console.log(`statuskit bench: node ${process.version}, ${machine.cores} cores (${machine.cpu}), load average ${machine.loadavg.join(' -> ')}, ${new Date().toISOString()}`)
console.log('server rows: throughput statuskit / other (> 1: statuskit faster); client rows: cost statuskit / plain fetch, or peer time / createFetch time')
const measureOf = (row) =>
  row.overhead !== undefined ? `+${row.overhead}% (${row.msPerRequest} vs ${row.baselineMsPerRequest} ms)` : row.cost !== undefined ? `${row.cost}x the cost` : `${row.ratio}x`
const goalOf = (row) => (typeof row.goal === 'number' ? `>= ${row.goal}x` : row.goal)
let group = ''
for (const row of rows) {
  if (row.group !== group) {
    group = row.group
    console.log(`\n${group}`)
  }
  if (row.skipped) {
    console.log(`  ${row.task}`)
    continue
  }
  const verdict = row.goal === undefined ? '' : `  goal ${goalOf(row)}: ${row.met ? 'met' : 'MISSED'}`
  console.log(`  ${row.task.padEnd(72)} ${String(row.opsPerSec).padStart(9)} /s  ${measureOf(row).padStart(15)}${verdict}`)
}
const missed = rows.filter((row) => row.goal !== undefined && !row.met)
console.log(`\n${rows.filter((row) => row.goal !== undefined).length - missed.length} goals met, ${missed.length} missed; ${((performance.now() - started) / 1000).toFixed(0)} s`)
if (!only) {
  writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify({ node: process.version, date: new Date().toISOString(), machine, quick, rows }, null, 2)}\n`)
  console.log('written to bench/results.json')
}
