// Runs fetch-portable.mjs and web-portable.mjs against the BUILT entries in a server-side runtime (Node, Bun,
// Deno). Usage: <runtime> test/runtimes/run-portable.mjs <api-origin> <label>
// Prints "<label>: N passed, N failed" and the failures; exits 1 on any failure.
import * as core from '../../dist/index.js'
import * as api from '../../dist/fetch.js'
import * as web from '../../dist/web.js'
import { runPortableTests } from './fetch-portable.mjs'
import { runWebTests } from './web-portable.mjs'

const args = globalThis.Deno ? globalThis.Deno.args : globalThis.process.argv.slice(2)
const [origin, label = 'runtime'] = args
const fetchResult = await runPortableTests(api, origin, label)
const webResult = await runWebTests(core, web)
const passed = fetchResult.passed + webResult.passed
const failed = fetchResult.failed + webResult.failed
const failures = [...fetchResult.failures, ...webResult.failures.map((failure) => `web: ${failure}`)]
for (const failure of failures) console.log(`  ✗ ${failure}`)
console.log(`${label}: ${passed} passed, ${failed} failed`)
const code = failed === 0 && passed > 0 ? 0 : 1
if (globalThis.Deno) globalThis.Deno.exit(code)
else globalThis.process.exit(code)
