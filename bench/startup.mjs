// CLI start-up against bare `node -e ''` (budget: 1.5x), median of 15 runs each, alternated.
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))

export function runStartup({ runs = 15 } = {}) {
  const bare = []
  const version = []
  const time = (args) => {
    const start = process.hrtime.bigint()
    execFileSync(process.execPath, args)
    return Number(process.hrtime.bigint() - start) / 1e6
  }
  for (let i = 0; i < runs; i++) {
    bare.push(time(['-e', '']))
    version.push(time([cli, '--version']))
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  const ratio = median(version) / median(bare)
  return [
    {
      group: 'CLI start-up (ms)',
      task: `statuskit --version ${median(version).toFixed(1)} ms vs node -e '' ${median(bare).toFixed(1)} ms`,
      opsPerSec: Math.round(1000 / median(version)),
      ratio: Number(ratio.toFixed(2)),
      goal: '<= 1.5x bare node',
      met: ratio <= 1.5,
    },
  ]
}
