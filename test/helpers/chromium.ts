// Launches Debian's headless Chromium through playwright-core, with the flags this
// closed-network machine needs (Playwright gives it a fresh temporary profile).
// CHROMIUM=/path overrides the binary.
import { chromium, type Browser } from 'playwright-core'
import { CHROMIUM_ARGS } from './chromium-args.mjs'

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: [...CHROMIUM_ARGS] })
}
