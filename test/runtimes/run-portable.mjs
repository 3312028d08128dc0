// Runs fetch-portable.mjs against the BUILT entry in a server-side runtime (Node, Bun,
// Deno). Usage: <runtime> test/runtimes/run-portable.mjs <api-origin> <label>
// Prints "<label>: N passed, N failed" and the failures; exits 1 on any failure.
import * as api from '../../dist/fetch.js'
import { runPortableTests } from './fetch-portable.mjs'

const args = globalThis.Deno ? globalThis.Deno.args : globalThis.process.argv.slice(2)
const [origin, label = 'runtime'] = args
const { passed, failed, failures } = await runPortableTests(api, origin, label)
for (const failure of failures) console.log(`  ✗ ${failure}`)
console.log(`${label}: ${passed} passed, ${failed} failed`)
const code = failed === 0 && passed > 0 ? 0 : 1
if (globalThis.Deno) globalThis.Deno.exit(code)
else globalThis.process.exit(code)
