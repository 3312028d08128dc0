#!/usr/bin/env node
// Run by `npm test` before the tests: says in one line what is missing, instead of a
// failing browser test with a Playwright stack. The only prerequisite outside npm is a
// Chromium binary for test/serve/status-page.browser.test.ts (CHROMIUM=/path overrides).
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
