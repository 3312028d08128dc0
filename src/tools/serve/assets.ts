/** The stylesheet of the pages, served at `/assets/style.css`. */
export const STYLE_CSS = `
:root { color-scheme: light dark; --accent: #2457c5; --muted: #666; --bad: #b3261e; --warn: #8a5a00; }
body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 4rem; }
header a { text-decoration: none; color: inherit; font-weight: 600; } header nav { display: inline; margin-left: 1rem; }
h1 { font-size: 1.8rem; margin-bottom: .2rem; } h2 { margin-top: 2rem; border-bottom: 1px solid #8884; }
h2 a.anchor, h3 a.anchor { visibility: hidden; text-decoration: none; margin-left: .3rem; } h2:hover a.anchor, h3:hover a.anchor { visibility: visible; } a.anchor::after { content: '#'; }
.summary { font-size: 1.1rem; color: var(--muted); }
code, pre { font: 14px/1.4 ui-monospace, monospace; } pre { background: #8881; padding: .8rem; overflow-x: auto; white-space: pre-wrap; word-break: break-all; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; } td, th { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid #8883; vertical-align: top; }
table.codes td:nth-child(1) { width: 16rem; } table.codes td:nth-child(2) { width: 7rem; }
.deprecated { color: var(--muted); text-decoration: line-through; }
.finding-error { color: var(--bad); } .finding-warning { color: var(--warn); } .error { color: var(--bad); font-weight: 600; }
#try, #inspector { border: 1px solid #8886; padding: 1rem; border-radius: 6px; }
nav.toc { border-left: 3px solid #8884; padding-left: 1rem; } nav.toc ol { columns: 2; margin: 0; }
.facts { display: flex; flex-wrap: wrap; gap: .3rem 1.5rem; margin: .5rem 0; padding: 0; list-style: none; }
form label { display: inline-block; margin: .2rem .8rem .2rem 0; } textarea, input[type=text], input[type=search], input[type=url] { font: 14px ui-monospace, monospace; width: 100%; box-sizing: border-box; }
input[type=search] { font: inherit; padding: .4rem; margin: .5rem 0; }
button { font: inherit; padding: .3rem .9rem; }
`

/** The icon of the pages, served at `/assets/favicon.svg`. */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#2457c5"/><text x="8" y="12" font-size="10" text-anchor="middle" fill="#fff" font-family="sans-serif">4</text></svg>`

/**
 * The script of the pages, served at `/assets/page.js`: the index search, "Try it" on the
 * status pages and the web inspector. Both ask `POST /api/inspect`, so the page shows
 * what the server really answered (a 3xx with its Location, a 407 that a browser would
 * refuse) and the inspector's findings. Every text goes in with `textContent`.
 */
export const PAGE_JS = `
const $ = (id) => document.getElementById(id)
const el = (tag, text, className) => { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (className) e.className = className; return e }
const quote = (s) => "'" + String(s).replace(/'/g, "'\\\\''") + "'"

const search = $('search')
if (search) search.addEventListener('input', () => {
  const q = search.value.trim().toLowerCase()
  let shown = 0
  for (const row of document.querySelectorAll('tr[data-search]')) {
    const hit = !q || row.dataset.search.includes(q)
    row.hidden = !hit
    if (hit) shown++
  }
  for (const section of document.querySelectorAll('section.class')) section.hidden = !section.querySelector('tr[data-search]:not([hidden])')
  $('search-count').textContent = q ? shown + ' matching' : ''
})

function parseHeaderLines(text) {
  const headers = {}
  for (const line of text.split('\\n')) {
    const i = line.indexOf(':')
    if (i > 0) headers[line.slice(0, i).trim()] = line.slice(i + 1).trim()
  }
  return headers
}

function curlLine(method, url, headers, body) {
  const parts = ['curl -i']
  if (method !== 'GET') parts.push('-X ' + method)
  for (const [k, v] of Object.entries(headers)) parts.push('-H ' + quote(k + ': ' + v))
  if (body) parts.push('--data ' + quote(body))
  parts.push(quote(url))
  return parts.join(' ')
}

function clientCode(method, url, headers, body) {
  const init = ["method: '" + method + "'"]
  if (Object.keys(headers).length) init.push('headers: ' + JSON.stringify(headers))
  if (body) init.push('body: ' + JSON.stringify(body))
  return [
    "import { createFetch, ProblemError } from 'statuskit/fetch'",
    '',
    '// Retries only what classifyRetry allows; a 4xx/5xx throws a ProblemError.',
    'const api = createFetch({ throwHttpErrors: true })',
    'try {',
    '  const response = await api(' + JSON.stringify(url) + ', { ' + init.join(', ') + ' })',
    '  console.log(response.status)',
    '} catch (error) {',
    '  if (!(error instanceof ProblemError)) throw error',
    '  console.log(error.problem.status, error.problem.type, error.decision?.strategy)',
    '}',
  ].join('\\n')
}

function renderFindings(findings) {
  const list = el('ul')
  list.className = 'findings'
  for (const f of findings) {
    const li = el('li', f.severity + ' ' + f.id + ': ' + f.message + ' Fix: ' + f.hint + ' (' + f.reference + ')', 'finding-' + f.severity)
    list.append(li)
  }
  if (!findings.length) list.append(el('li', 'No findings: the response follows the rules the inspector checks.'))
  return list
}

function renderVerdicts(summary) {
  const dl = el('dl')
  dl.className = 'verdicts'
  const add = (k, v) => { dl.append(el('dt', k), el('dd', v)) }
  add('Meaning', summary.semantics)
  const c = summary.cache
  add('Cache', (c.storable ? 'storable' + (c.shared ? ' by shared caches' : ' by private caches only') : 'not storable') + '. ' + c.note)
  if (summary.retry) add('Retry', (summary.retry.retry ? 'yes, after ' + summary.retry.delayMs + ' ms' : 'no') + ' (' + summary.retry.strategy + '). ' + summary.retry.reason)
  if (summary.monitoring) {
    const m = (s) => s.level + ', span ' + s.spanStatus + (s.countsAgainstSlo ? ', counts against the SLO' : '')
    add('Monitoring', 'server: ' + m(summary.monitoring.server) + '; client: ' + m(summary.monitoring.client))
  }
  return dl
}

function renderHop(hop, index, count) {
  const box = el('section')
  box.className = 'hop'
  const final = index === count - 1
  box.append(el('h3', (count > 1 ? 'Hop ' + (index + 1) + ' of ' + count + ': ' : '') + hop.request.method + ' ' + hop.request.url))
  const status = el('p', 'Status: ' + hop.status + ' ' + hop.statusText)
  status.className = 'status'
  if (final) status.id = 'result-status'
  box.append(status)
  const location = hop.headers.find(([k]) => k === 'location')
  if (location && hop.status >= 300 && hop.status < 400) box.append(el('p', 'Redirect shown, not followed: Location: ' + location[1], 'redirect'))
  const lines = hop.request.headers.map(([k, v]) => '> ' + k + ': ' + v)
  lines.push('< ' + hop.status + ' ' + hop.statusText)
  for (const [k, v] of hop.headers) lines.push('< ' + k + ': ' + v)
  let text = hop.body
  try { text = JSON.stringify(JSON.parse(text), null, 2) } catch {}
  box.append(el('pre', lines.join('\\n') + (text ? '\\n\\n' + text : '') + (hop.truncated ? '\\n... (cut at ' + hop.bodyBytes + ' bytes)' : '')))
  box.append(el('h4', 'Inspector findings (' + hop.findings.length + ')'), renderFindings(hop.findings), el('h4', 'Verdicts'), renderVerdicts(hop.summary))
  return box
}

async function runInspect(out, request, note) {
  out.replaceChildren(el('p', 'Asking the server...'))
  let answer
  try {
    const response = await fetch('/api/inspect', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) })
    answer = await response.json()
    if (!response.ok) throw new Error(answer.detail || answer.title || 'HTTP ' + response.status)
  } catch (error) {
    const p = el('p', 'Could not get an answer: ' + (error && error.message ? error.message : String(error)) + '. Is statuskit serve still running? The same request with curl: ' + curlLine(request.method, request.url, request.headers, request.body), 'error')
    p.id = 'result-error'
    out.replaceChildren(p)
    return
  }
  out.replaceChildren()
  if (note) out.append(el('p', note, 'note'))
  answer.hops.forEach((hop, i) => out.append(renderHop(hop, i, answer.hops.length)))
}

const tryForm = $('try-form')
if (tryForm) {
  const code = tryForm.dataset.code
  const vendor = tryForm.dataset.vendor
  const read = () => {
    const f = tryForm.elements
    const query = new URLSearchParams()
    if (vendor) query.set('vendor', vendor)
    if (f.retryAfter && f.retryAfter.value !== '') query.set('retryAfter', f.retryAfter.value)
    if (f.delay.value !== '' && f.delay.value !== '0') query.set('delay', f.delay.value)
    const qs = query.toString()
    return { url: location.origin + '/api/status/' + code + (qs ? '?' + qs : ''), method: f.method.value, headers: parseHeaderLines(f.headers.value), body: f.body.value }
  }
  const refresh = () => {
    const r = read()
    $('try-curl').textContent = curlLine(r.method, r.url, r.headers, r.body)
    $('try-client').textContent = clientCode(r.method, r.url, r.headers, r.body)
  }
  tryForm.addEventListener('input', refresh)
  refresh()
  tryForm.addEventListener('submit', (event) => {
    event.preventDefault()
    const r = read()
    const note = code === '407'
      ? 'A browser refuses a 407 from an origin server (fetch fails with a network error: 407 is for proxies). The server made this request for you; curl -i shows the same.'
      : code >= '300' && code < '400' ? 'fetch in a browser follows or hides redirects; the server made this request with redirects off, so you see the 3xx itself.' : ''
    runInspect($('try-result'), { ...r, follow: false }, note)
  })
}

const inspectorForm = $('inspector-form')
if (inspectorForm) inspectorForm.addEventListener('submit', (event) => {
  event.preventDefault()
  const f = inspectorForm.elements
  runInspect($('inspector-result'), { url: f.url.value.trim(), method: f.method.value, headers: parseHeaderLines(f.headers.value), body: f.body.value, follow: f.follow.checked })
})
`
