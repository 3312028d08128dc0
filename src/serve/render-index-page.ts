import { listGuides } from 'statuskit/guide'
import { escapeHtml } from './escape-html.js'
import { pageLayout } from './page-layout.js'

const CLASS_NAMES: Readonly<Record<string, string>> = {
  '1xx': '1xx Informational',
  '2xx': '2xx Successful',
  '3xx': '3xx Redirection',
  '4xx': '4xx Client Error',
  '5xx': '5xx Server Error',
}

/**
 * The home page: every status that has a guide, by class, vendor codes marked.
 *
 * @returns The HTML document.
 *
 * @example
 * ```ts
 * import { renderIndexPage } from 'statuskit/serve'
 * renderIndexPage().includes('409') // true
 * ```
 */
export function renderIndexPage(): string {
  const sections = Object.entries(CLASS_NAMES).map(([cls, name]) => {
    const rows = listGuides({ class: cls as '4xx' }).map((g) => {
      const href = `/status/${g.code}${g.vendor ? `?vendor=${encodeURIComponent(g.vendor)}` : ''}`
      const label = `${g.code} ${g.phrase}`
      return `<tr><td><a href="${escapeHtml(href)}"${g.deprecated ? ' class="deprecated"' : ''}>${escapeHtml(label)}</a></td><td>${g.vendor ? escapeHtml(g.vendor) : 'IANA'}</td><td>${escapeHtml(g.summary)}</td></tr>`
    })
    return `<h2 id="${cls}">${escapeHtml(name)}</h2><table><thead><tr><th>Code</th><th>Source</th><th>Summary</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
  })
  return pageLayout('HTTP status codes · statuskit', `<h1>HTTP status codes</h1><p class="summary">Every IANA-registered code and the common vendor codes, with what each means, when to use it and how clients, caches and monitors treat it. Each page has a live simulator.</p>${sections.join('')}`)
}
