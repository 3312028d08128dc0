// The interactive parts in a real headless Chromium: the web inspector against a local
// target (a good and a bad 409), Try it on 301, 407 and 409, a network error, the
// sequence endpoint called cross-origin behind --cors, the index search, the page parts.
// Screenshots of each part are saved to test-output/ and checked for being rendered
// (visible, non-empty), not compared by pixels.
import { mkdirSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createStatusServer } from 'statuskit/serve'
import type { Browser, Locator, Page } from 'playwright-core'
import { launchChromium } from '../../helpers/chromium.js'
import { closeLoopback, listenLoopback } from '../../helpers/loopback.js'

let server: Server
let corsServer: Server
let target: Server
let base: string
let corsBase: string
let targetBase: string
let browser: Browser

beforeAll(async () => {
  server = createStatusServer()
  corsServer = createStatusServer({ cors: true })
  target = createServer((req, res) => {
    const good = req.url === '/good409'
    res.writeHead(409, { 'content-type': 'application/problem+json', 'cache-control': 'no-store', etag: '"v8"' })
    res.end(JSON.stringify(good ? { type: 'https://example.com/probs/version-conflict', title: 'Version conflict', status: 409, detail: 'Order 7 is at version 8.' } : { type: 'about:blank', title: 'Conflict', status: 409 }))
  })
  base = await listenLoopback(server)
  corsBase = await listenLoopback(corsServer)
  targetBase = await listenLoopback(target)
  browser = await launchChromium()
  mkdirSync('test-output', { recursive: true })
}, 60_000)
afterAll(async () => {
  await browser?.close()
  await closeLoopback(server)
  await closeLoopback(corsServer)
  await closeLoopback(target)
})

/** The part is on screen and renders to a non-empty image (saved for humans). */
async function shot(part: Locator, name: string): Promise<void> {
  expect(await part.isVisible()).toBe(true)
  const png = await part.screenshot({ path: `test-output/${name}.png` })
  expect(png.byteLength).toBeGreaterThan(1000)
}

async function open(path: string): Promise<Page> {
  const page = await browser.newPage()
  page.on('pageerror', (error) => {
    throw error
  })
  await page.goto(`${base}${path}`)
  return page
}

describe('the web inspector', () => {
  it('inspects a good 409 on a local target: no findings, the verdicts', async () => {
    const page = await open('/inspect')
    await page.fill('#inspector-url', `${targetBase}/good409`)
    await page.selectOption('select[name=method]', 'PUT')
    await page.fill('#inspector-headers', 'If-Match: "v8"')
    await page.click('#inspector-button')
    await page.locator('#result-status').waitFor()
    expect(await page.locator('#result-status').textContent()).toBe('Status: 409 Conflict')
    const pre = (await page.locator('#inspector-result pre').textContent()) ?? ''
    expect(pre).toContain('> if-match: "v8"')
    expect(pre).toContain('< etag: "v8"')
    expect(await page.locator('#inspector-result ul.findings li').allTextContents()).toEqual(['No findings: the response follows the rules the inspector checks.'])
    expect(await page.locator('dl.verdicts').textContent()).toContain('after-refresh-state')
    await shot(page.locator('#inspector-form'), 'inspector-form')
    await shot(page.locator('#inspector-result'), 'inspector-good-409')
    await page.close()
  }, 60_000)

  it('inspects a bad 409: each finding with its reference', async () => {
    const page = await open('/inspect')
    await page.fill('#inspector-url', `${targetBase}/bad409`)
    await page.selectOption('select[name=method]', 'PUT')
    await page.fill('#inspector-headers', 'If-Match: "v7"')
    await page.click('#inspector-button')
    await page.locator('#result-status').waitFor()
    const findings = await page.locator('#inspector-result ul.findings li').allTextContents()
    expect(findings).toHaveLength(2)
    expect(findings[0]).toMatch(/^warning status\.409-precondition-failed: .*\(RFC 9110 §13\.1\.1, §13\.2\.2\)$/)
    expect(findings[1]).toMatch(/^info status\.409-unexplained: /)
    await shot(page.locator('#inspector-result ul.findings'), 'inspector-bad-409-findings')
    await page.close()
  }, 60_000)
})

describe('Try it', () => {
  it('on 301 shows the 3xx itself with its Location (not the 200 it points to)', async () => {
    const page = await open('/status/301')
    expect(await page.locator('#try-curl').textContent()).toBe(`curl -i '${base}/api/status/301'`)
    await page.click('#try-button')
    await page.locator('#result-status').waitFor()
    expect(await page.locator('#result-status').textContent()).toBe('Status: 301 Moved Permanently')
    expect(await page.locator('#try-result .redirect').textContent()).toBe('Redirect shown, not followed: Location: /api/status/200')
    await shot(page.locator('#try'), 'try-301')
    await page.close()
  }, 60_000)

  it('on 407 shows the answer and explains why a browser refuses it', async () => {
    const page = await open('/status/407')
    await page.click('#try-button')
    await page.locator('#result-status').waitFor()
    expect(await page.locator('#result-status').textContent()).toBe('Status: 407 Proxy Authentication Required')
    expect(await page.locator('#try-result .note').textContent()).toMatch(/A browser refuses a 407 from an origin server/)
    expect(await page.locator('#try-result pre').textContent()).toContain('< proxy-authenticate: Basic realm="statuskit-simulator"')
    await shot(page.locator('#try-result'), 'try-407')
    await page.close()
  }, 60_000)

  it('on 409 shows the typed problem, the findings, a curl line and statuskit client code', async () => {
    const page = await open('/status/409')
    expect(await page.locator('#try-curl').textContent()).toBe(`curl -i -X PUT -H 'If-Match: "v1"' '${base}/api/status/409'`)
    expect(await page.locator('#try-client').textContent()).toContain("import { createFetch, ProblemError } from 'statuskit/fetch'")
    await page.fill('#try-body', '{"qty":2}')
    expect(await page.locator('#try-curl').textContent()).toBe(`curl -i -X PUT -H 'If-Match: "v1"' --data '{"qty":2}' '${base}/api/status/409'`)
    await page.click('#try-button')
    await page.locator('#result-status').waitFor()
    expect(await page.locator('#result-status').textContent()).toBe('Status: 409 Conflict')
    const pre = (await page.locator('#try-result pre').textContent()) ?? ''
    expect(pre).toContain('< etag: "v2"')
    expect(pre).toContain('"type": "tag:statuskit.dev,2026:simulator/version-conflict"')
    // The simulator sends ETag "v2" while the form sends If-Match "v1": its inspector says 412 was due.
    const findings = (await page.locator('#try-result ul.findings li').allTextContents()).join('\n')
    expect(findings).toMatch(/^warning status\.409-precondition-failed/m)
    expect(findings).not.toMatch(/^error /m)
    await shot(page.locator('#try-curl'), 'try-409-curl')
    await shot(page.locator('#try-client'), 'try-409-client')
    await shot(page.locator('#try-result'), 'try-409-result')
    await page.close()
  }, 60_000)

  it('says so when the server cannot be reached', async () => {
    const page = await open('/status/503')
    await page.route('**/api/inspect', (route) => route.abort('connectionrefused'))
    await page.click('#try-button')
    await page.locator('#result-error').waitFor()
    expect(await page.locator('#result-error').textContent()).toMatch(/^Could not get an answer: .*Is statuskit serve still running\? The same request with curl: curl -i /)
    await page.close()
  }, 60_000)
})

describe('the sequence endpoint, called from a page on another origin (--cors)', () => {
  it('answers 503, 503, 200 in order with Retry-After readable by the script', async () => {
    // A page of another origin without a CSP of its own (the target server's).
    const page = await browser.newPage()
    await page.goto(`${targetBase}/page`)
    const seen = await page.evaluate(async (url) => {
      const out: string[] = []
      for (let i = 0; i < 3; i++) {
        const res = await fetch(url, { method: 'PUT', headers: { 'idempotency-key': 'k1' } })
        out.push(`${res.status} ${res.headers.get('retry-after') ?? '-'} ${res.headers.get('x-statuskit-sequence') ?? ''}`)
      }
      return out
    }, `${corsBase}/api/sequence/503,503,200?key=browser1`)
    expect(seen).toEqual(['503 1 1/3', '503 1 2/3', '200 - 3/3'])
    await page.close()
  }, 60_000)

  it('without --cors the browser cannot read it', async () => {
    const page = await browser.newPage()
    await page.goto(`${targetBase}/page`)
    const result = await page.evaluate(async (url) => {
      try {
        await fetch(url)
        return 'read'
      } catch {
        return 'blocked'
      }
    }, `${base}/api/sequence/200?key=nocors`)
    expect(result).toBe('blocked')
    await page.close()
  }, 60_000)
})

describe('the pages', () => {
  it('the index search filters codes as you type', async () => {
    const page = await open('/')
    await page.fill('#search', 'conflict')
    const visible = await page.locator('tr[data-search]:visible td:first-child').allTextContents()
    expect(visible).toContain('409 Conflict')
    expect(visible.length).toBeLessThan(10)
    expect(await page.locator('#search-count').textContent()).toBe(`${visible.length} matching`)
    expect(await page.locator('section.class[id="2xx"]').isVisible()).toBe(false)
    await shot(page.locator('main'), 'index-search-conflict')
    await page.fill('#search', 'nginx')
    expect(await page.locator('tr[data-search]:visible td:first-child').allTextContents()).toContain('499 Client Closed Request')
    await page.fill('#search', '')
    expect(await page.locator('tr[data-search]:visible').count()).toBe(await page.locator('tr[data-search]').count())
    await page.close()
  }, 60_000)

  it('a status page has the facts and Try it near the top, a table of contents, anchors, linked references and related codes', async () => {
    const page = await open('/409')
    expect(new URL(page.url()).pathname).toBe('/status/409')
    const headings = (await page.locator('h2').allTextContents()).map((h) => h.trim())
    expect(headings[0]).toBe('Try it')
    expect(await page.locator('ul.facts').textContent()).toContain('Retry: after-refresh-state')
    const toc = page.locator('nav.toc a')
    expect(await toc.count()).toBe(headings.length)
    await toc.filter({ hasText: 'Client contract' }).click()
    expect(new URL(page.url()).hash).toBe('#client-contract')
    expect(await page.locator('#client-contract a.anchor').getAttribute('href')).toBe('#client-contract')
    expect(await page.locator('#references li a').first().getAttribute('href')).toBe('https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10')
    expect(await page.locator('#related-status-codes li a').first().textContent()).toBe('412 Precondition Failed')
    await shot(page.locator('nav.toc'), 'status-409-toc')
    await shot(page.locator('#try'), 'status-409-try')
    await page.close()
  }, 60_000)
})
