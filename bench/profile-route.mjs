// `node --cpu-prof --cpu-prof-dir=<dir> bench/profile-route.mjs "<framework>" <route> [ms]`:
// serves one framework's bench routes (servers.mjs) in this process and drives one route
// from the load process for `ms`, so that the CPU profile shows where that route's time
// goes; `node bench/profile-summary.mjs <file.cpuprofile>` prints it. For a missed goal.
import { execFile } from 'node:child_process'
import { frameworks } from './servers.mjs'

const [name, route, ms = '4000'] = process.argv.slice(2)
const framework = frameworks.find((f) => f.name === name)
if (!framework || !route) {
  console.error(`usage: profile-route.mjs <${frameworks.map((f) => f.name).join(' | ')}> <route> [ms]`)
  process.exit(2)
}
const servers = await framework.start()
const url = `${servers.urls[route]}/${route}`
const worker = new URL('./load-worker.mjs', import.meta.url).pathname
const result = await new Promise((resolve, reject) =>
  execFile(process.execPath, [worker, url, ms, '16'], (error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout)))),
)
console.log(JSON.stringify({ framework: name, route, ...result }))
await servers.stop()
