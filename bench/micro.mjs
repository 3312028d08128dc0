// Micro benchmarks: statuskit against its peers, side by side in one tinybench run.
import { Bench } from 'tinybench'
import createError from 'http-errors'
import Boom from '@hapi/boom'
import statuses from 'statuses'
import { getReasonPhrase } from 'http-status-codes'
import { classifyRetry, conflict, statusText } from 'statuskit'

const MSG = 'Order 7 is at version 8; you sent version 7.'
let sink

/** Groups of tasks; the first task of each group is statuskit, ratios are against it. */
export const groups = [
  {
    name: 'create + serialize a 409',
    subject: 'statuskit conflict() + JSON.stringify',
    tasks: {
      'statuskit conflict() + JSON.stringify': () => {
        sink = JSON.stringify(conflict(MSG))
      },
      'http-errors createError(409) + JSON.stringify': () => {
        const e = createError(409, MSG)
        sink = JSON.stringify({ status: e.status, message: e.message })
      },
      '@hapi/boom Boom.conflict().output.payload + JSON.stringify': () => {
        sink = JSON.stringify(Boom.conflict(MSG).output.payload)
      },
      'floor: object literal + JSON.stringify': () => {
        sink = JSON.stringify({ type: 'about:blank', title: 'Conflict', status: 409, detail: MSG })
      },
    },
    goals: {
      'http-errors createError(409) + JSON.stringify': 5,
      '@hapi/boom Boom.conflict().output.payload + JSON.stringify': 5,
    },
  },
  {
    name: 'phrase lookup',
    subject: 'statuskit statusText(409)',
    tasks: {
      'statuskit statusText(409)': () => {
        sink = statusText(409)
      },
      'statuses(409)': () => {
        sink = statuses(409)
      },
      "http-status-codes getReasonPhrase(409)": () => {
        sink = getReasonPhrase(409)
      },
    },
  },
  {
    name: 'retry decision',
    subject: "statuskit classifyRetry(503, { method: 'GET' })",
    tasks: {
      "statuskit classifyRetry(503, { method: 'GET' })": () => {
        sink = classifyRetry(503, { method: 'GET' })
      },
      'floor: status >= 500 || status === 429': () => {
        const status = 503
        sink = status >= 500 || status === 429
      },
    },
  },
]

export async function runMicro({ time = 400 } = {}) {
  const results = []
  for (const group of groups) {
    const bench = new Bench({ time, warmup: true })
    for (const [name, fn] of Object.entries(group.tasks)) bench.add(name, fn)
    await bench.run()
    const hz = Object.fromEntries(bench.tasks.map((t) => [t.name, t.result?.throughput?.mean ?? t.result?.hz ?? 0]))
    const subject = hz[group.subject]
    for (const [name, value] of Object.entries(hz)) {
      results.push({
        group: group.name,
        task: name,
        opsPerSec: Math.round(value),
        // statuskit's speed relative to this task: > 1 means statuskit is faster.
        ratio: name === group.subject ? 1 : Number((subject / value).toFixed(2)),
        goal: group.goals?.[name],
        met: group.goals?.[name] === undefined ? undefined : subject / value >= group.goals[name],
      })
    }
  }
  void sink
  return results
}
