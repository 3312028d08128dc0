// Launches Debian's headless Chromium through playwright-core, with the flags this
// closed-network machine needs (Playwright gives it a fresh temporary profile).
// CHROMIUM=/path overrides the binary.
import { accessSync, constants } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'
import { CHROMIUM_ARGS } from './chromium-args.mjs'

export function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium'
  try {
    accessSync(executablePath, constants.X_OK)
  } catch {
    // One line instead of Playwright's stack (scripts/check-test-prerequisites.mjs says the same).
    throw new Error(`No Chromium at ${executablePath}: install it with \`apt-get install chromium\` (Debian), or set CHROMIUM=/path/to/chromium.`)
  }
  return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS] })
}
