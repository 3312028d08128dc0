// `node bench/profile-summary.mjs <file.cpuprofile> [pattern]`: the functions with the most
// time in a V8 CPU profile, self and inclusive (their callees too), as a share of the
// non-idle samples; with `pattern`, only functions whose name or file matches it.
import { readFileSync } from 'node:fs'

const [file, pattern] = process.argv.slice(2)
const { nodes, samples, timeDeltas } = JSON.parse(readFileSync(file, 'utf8'))
const byId = new Map(nodes.map((node) => [node.id, node]))
const parent = new Map()
for (const node of nodes) for (const child of node.children ?? []) parent.set(child, node.id)
const time = new Map()
samples.forEach((id, i) => time.set(id, (time.get(id) ?? 0) + (timeDeltas[i] ?? 0)))
const label = (node) => {
  const { functionName, url, lineNumber } = node.callFrame
  return `${functionName || '(anonymous)'} ${url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/(bench|dist)\//, '$1/')}:${lineNumber + 1}`
}
const idle = new Set(['(idle)', '(program)', '(garbage collector)'])
let busy = 0
const self = new Map()
const total = new Map()
for (const [id, t] of time) {
  const node = byId.get(id)
  if (idle.has(node.callFrame.functionName) && node.callFrame.functionName !== '(garbage collector)') continue
  busy += t
  self.set(label(node), (self.get(label(node)) ?? 0) + t)
  const seen = new Set()
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const l = label(byId.get(at))
    if (seen.has(l)) continue
    seen.add(l)
    total.set(l, (total.get(l) ?? 0) + t)
  }
}
const match = (l) => !pattern || new RegExp(pattern, 'i').test(l)
const top = (map, n) => [...map].filter(([l]) => match(l)).sort((a, b) => b[1] - a[1]).slice(0, n)
const pct = (t) => `${((t / busy) * 100).toFixed(1).padStart(5)}%`
console.log(`busy ${(busy / 1000).toFixed(0)} ms`)
console.log('inclusive:')
for (const [l, t] of top(total, pattern ? 25 : 30)) console.log(`  ${pct(t)}  ${l}`)
console.log('self:')
for (const [l, t] of top(self, 15)) console.log(`  ${pct(t)}  ${l}`)
