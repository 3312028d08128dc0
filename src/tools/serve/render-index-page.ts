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
 * The home page: a search box (filters as you type), jump links, and every status that
 * has a guide, by class, vendor codes marked.
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
      const search = `${label} ${g.vendor ?? 'iana'} ${g.summary}`.toLowerCase()
      return `<tr data-search="${escapeHtml(search)}"><td><a href="${escapeHtml(href)}"${g.deprecated ? ' class="deprecated"' : ''}>${escapeHtml(label)}</a></td><td>${g.vendor ? escapeHtml(g.vendor) : 'IANA'}</td><td>${escapeHtml(g.summary)}</td></tr>`
    })
    return `<section class="class" id="${cls}"><h2>${escapeHtml(name)}<a class="anchor" href="#${cls}" aria-label="Link to ${escapeHtml(name)}"></a></h2><table class="codes"><thead><tr><th>Code</th><th>Source</th><th>Summary</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`
  })
  const jump = Object.entries(CLASS_NAMES).map(([cls]) => `<a href="#${cls}">${cls}</a>`).join(' · ')
  return pageLayout(
    'HTTP status codes · statuskit',
    `<h1>HTTP status codes</h1><p class="summary">Every IANA-registered code and the common vendor codes, with what each means, when to use it and how clients, caches and monitors treat it. Each page has a live simulator; the <a href="/inspect">inspector</a> checks a real response.</p>` +
      `<label for="search">Search codes, phrases and summaries</label><input type="search" id="search" placeholder="409, conflict, rate limit, nginx..." autocomplete="off"> <span id="search-count" aria-live="polite"></span>` +
      `<p>${jump}</p>${sections.join('')}`,
  )
}
