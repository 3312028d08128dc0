import { escapeHtml } from './escape-html.js'

/** The stylesheet of the status pages, served at `/assets/style.css`. */
export const STYLE_CSS = `
:root { color-scheme: light dark; --accent: #2457c5; --muted: #666; --bad: #b3261e; --warn: #8a5a00; }
body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 4rem; }
header a { text-decoration: none; color: inherit; font-weight: 600; }
h1 { font-size: 1.8rem; margin-bottom: .2rem; } h2 { margin-top: 2rem; border-bottom: 1px solid #8884; }
.summary { font-size: 1.1rem; color: var(--muted); }
code, pre { font: 14px/1.4 ui-monospace, monospace; } pre { background: #8881; padding: .8rem; overflow-x: auto; }
table { border-collapse: collapse; width: 100%; } td, th { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid #8883; vertical-align: top; }
.deprecated { color: var(--muted); text-decoration: line-through; }
.finding-error { color: var(--bad); } .finding-warning { color: var(--warn); }
#try { border: 1px solid #8886; padding: 1rem; border-radius: 6px; }
button { font: inherit; padding: .3rem .9rem; }
`

/** The script of the status pages ("Try it"), served at `/assets/try-it.js`. */
export const TRY_IT_JS = `
const form = document.getElementById('try-form')
if (form) form.addEventListener('submit', async (event) => {
  event.preventDefault()
  const code = form.dataset.code
  const method = form.elements.method.value
  const out = document.getElementById('try-result')
  out.textContent = 'Calling the simulator...'
  const simulated = await fetch('/api/status/' + code, { method })
  let text = method === 'HEAD' ? '' : await simulated.text()
  try { text = JSON.stringify(JSON.parse(text), null, 2) } catch {}
  const inspected = await (await fetch('/api/inspect?code=' + encodeURIComponent(code) + '&method=' + encodeURIComponent(method))).json()
  out.replaceChildren()
  const status = document.createElement('p')
  status.id = 'try-status'
  status.textContent = 'Status: ' + simulated.status + ' ' + (inspected.phrase || '')
  const headers = document.createElement('pre')
  headers.textContent = [...simulated.headers].map(([k, v]) => k + ': ' + v).join('\\n') + (text ? '\\n\\n' + text : '')
  const title = document.createElement('h3')
  title.textContent = 'Inspector findings (' + inspected.findings.length + ')'
  const list = document.createElement('ul')
  list.id = 'try-findings'
  for (const f of inspected.findings) {
    const li = document.createElement('li')
    li.className = 'finding-' + f.severity
    li.textContent = f.severity + ' ' + f.id + ': ' + f.message + ' ' + f.hint
    list.append(li)
  }
  if (!inspected.findings.length) {
    const li = document.createElement('li')
    li.textContent = 'No findings: the response follows the rules.'
    list.append(li)
  }
  out.append(status, headers, title, list)
})
`

/**
 * Wraps page content in the shared HTML shell (title escaped; `body` must already be safe).
 *
 * @param title - Page title, plain text.
 * @param body - Trusted HTML.
 * @returns A complete HTML document.
 *
 * @example
 * ```ts
 * import { pageLayout } from 'statuskit/serve'
 * pageLayout('Status codes', '<h1>Status codes</h1>')
 * ```
 */
export function pageLayout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><link rel="stylesheet" href="/assets/style.css"></head>
<body><header><a href="/">statuskit · HTTP status codes</a></header><main>${body}</main>
<script src="/assets/try-it.js" defer></script></body></html>`
}
