#!/usr/bin/env node
// Run by `npm test` before the tests: says in one line what is missing, instead of a
// failing browser test with a Playwright stack. The prerequisites outside npm are a
// Chromium binary for test/tools/serve/status-page.browser.test.ts (CHROMIUM=/path overrides)
// and redis-server for the idempotency store tests (test/server/idempotency/).
import { spawnSync } from 'node:child_process'
import { accessSync, constants } from 'node:fs'

const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium'
try {
  accessSync(chromium, constants.X_OK)
} catch {
  process.stderr.write(
    `npm test needs Chromium at ${chromium} for the browser test: install it with \`apt-get install chromium\` (Debian), or set CHROMIUM=/path/to/chromium.\n`,
  )
  process.exit(1)
}
if (spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status !== 0) {
  process.stderr.write('npm test needs redis-server for the idempotency store tests: install it with `apt-get install redis-server` (Debian).\n')
  process.exit(1)
}
