// A real headless Chromium opens /status/409 on the status server, checks the headings,
// clicks "Try it" and sees the simulator's 409 and the inspector's findings. The
// screenshot is saved to test-output/status-409.png for humans to look at.
import { mkdirSync } from 'node:fs'
import type { Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createStatusServer } from 'statuskit/serve'
import type { Browser } from 'playwright-core'
import { launchChromium } from '../../helpers/chromium.js'
import { closeLoopback, listenLoopback } from '../../helpers/loopback.js'

export const SCREENSHOT = 'test-output/status-409.png'
let server: Server
let base: string
let browser: Browser

beforeAll(async () => {
  server = createStatusServer()
  base = await listenLoopback(server)
  browser = await launchChromium()
}, 60_000)
afterAll(async () => {
  await browser?.close()
  await closeLoopback(server)
})

describe('status page in Chromium', () => {
  it('shows the 409 guide, runs "Try it" and lists the findings', async () => {
    const page = await browser.newPage()
    const external: string[] = []
    page.on('request', (r) => {
      if (!r.url().startsWith(base)) external.push(r.url())
    })
    await page.goto(`${base}/status/409`)
    expect(await page.locator('h1').textContent()).toBe('409 Conflict')
    const headings = (await page.locator('h2').allTextContents()).map((h) => h.trim())
    expect(headings).toEqual(expect.arrayContaining(['Meaning', 'When to use it', 'When not to use it', 'Critical headers', 'Client contract', 'Try it', 'Related status codes']))
    await page.locator('#try-button').click()
    await page.locator('#result-status').waitFor()
    expect(await page.locator('#result-status').textContent()).toBe('Status: 409 Conflict')
    expect(await page.locator('#try-result pre').textContent()).toContain('content-type: application/problem+json')
    const findings = await page.locator('#try-result ul.findings li').allTextContents()
    expect(findings.length).toBeGreaterThan(0)
    expect(findings.join('\n')).not.toMatch(/^error /m)
    mkdirSync('test-output', { recursive: true })
    await page.screenshot({ path: SCREENSHOT, fullPage: false })
    expect(external).toEqual([])
  }, 60_000)

  it('renders the guide with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${base}/status/409`)
    expect(await page.locator('h2', { hasText: 'Meaning' }).count()).toBe(1)
    expect(await page.locator('li', { hasText: 'If-Match' }).count()).toBeGreaterThan(0)
    await context.close()
  }, 60_000)
})
