import { statusText } from 'statuskit'
import type { StatusGuide } from 'statuskit/guide'
import { escapeHtml as e } from './escape-html.js'
import { pageLayout } from './page-layout.js'

const list = (items: readonly string[]): string => `<ul>${items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>`
const signalList = (items: StatusGuide['inspectorSignals']): string =>
  `<ul>${items.map((s) => `<li>${e(s.text)} <small>(${s.rules.length > 1 ? 'rules' : 'rule'}: ${s.rules.map((id) => `<code>${e(id)}</code>`).join(', ')})</small></li>`).join('')}</ul>`
/** The heading's anchor id: `Client contract` → `client-contract`. */
const slug = (title: string): string => title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
const section = (title: string, body: string): string =>
  `<section id="${slug(title)}"><h2>${e(title)}<a class="anchor" href="#${slug(title)}" aria-label="Link to ${e(title)}"></a></h2>${body}</section>`

/** A reference as a link where it names an RFC section or an Internet-Draft; plain text otherwise. */
function referenceLink(reference: string): string {
  const rfc = /^RFC ?(\d{3,5})(?:,? ?(?:§|Section ?)([\d.]+))?/.exec(reference)
  if (rfc) return `<a href="https://www.rfc-editor.org/rfc/rfc${rfc[1]}${rfc[2] ? `#section-${rfc[2].replace(/\.$/, '')}` : ''}">${e(reference)}</a>`
  const draft = /^draft-[a-z0-9-]+/.exec(reference)
  if (draft) return `<a href="https://datatracker.ietf.org/doc/html/${draft[0]}">${e(reference)}</a>`
  const url = /https?:\/\/[^\s]+/.exec(reference)
  if (url) return `<a href="${e(url[0])}">${e(reference)}</a>`
  return e(reference)
}

/** The source line with the same spelling as the body ("RFC9110 Section 15.5.10" → "RFC 9110 §15.5.10"). */
const source = (text: string): string => text.replace(/^RFC ?(\d+) Section /, 'RFC $1 §')
const FRAMEWORKS: readonly (readonly [keyof StatusGuide['frameworks'], string])[] = [
  ['express', 'Express (TypeScript)'],
  ['fastify', 'Fastify (TypeScript)'],
  ['django', 'Django REST Framework'],
  ['spring', 'Spring Boot'],
  ['fastapi', 'FastAPI'],
  ['go', 'Go net/http'],
]
const TOOLS: readonly (readonly [keyof StatusGuide['toolInterpretation'], string])[] = [
  ['browsers', 'Browsers'],
  ['apiClients', 'API clients'],
  ['crawlers', 'Crawlers and SEO tools'],
  ['uptimeMonitors', 'Uptime monitors'],
  ['cdns', 'CDNs and reverse proxies'],
]
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']

function tryItForm(guide: StatusGuide): string {
  if (guide.class === '1xx') return '<p>1xx responses are interim: the simulator cannot send one as a final response.</p>'
  const method = guide.code === 409 ? 'PUT' : guide.code === 201 ? 'POST' : 'GET'
  const retryAfter =
    guide.code === 429 || guide.code === 503 || guide.class === '5xx'
      ? `<label>Retry-After <input type="text" name="retryAfter" size="5" placeholder="${guide.code === 429 || guide.code === 503 ? '1' : 'none'}" aria-label="Retry-After seconds, or none"></label>`
      : ''
  const headers = guide.code === 409 ? 'If-Match: "v1"' : ''
  const vendor = guide.vendor ? ` data-vendor="${e(guide.vendor)}"` : ''
  return `<form id="try-form" data-code="${guide.code}"${vendor}>` +
    `<label>Method <select name="method">${METHODS.map((x) => `<option${x === method ? ' selected' : ''}>${x}</option>`).join('')}</select></label>` +
    `<label>Delay (ms) <input type="text" name="delay" size="6" value="0"></label>${retryAfter}` +
    `<label for="try-headers">Request headers, one per line</label><textarea id="try-headers" name="headers" rows="2">${e(headers)}</textarea>` +
    `<label for="try-body">Body</label><textarea id="try-body" name="body" rows="2"></textarea>` +
    ` <button type="submit" id="try-button">Try it</button> <small>the server calls <code>/api/status/${guide.code}</code> and shows its real answer</small></form>` +
    `<h3>curl</h3><pre id="try-curl"></pre><h3>statuskit client</h3><pre id="try-client"></pre>` +
    '<div id="try-result" aria-live="polite"></div>'
}

/**
 * The page of one status: the facts a developer looks for first (retry strategy, log
 * levels, required headers), a table of contents, "Try it" near the top (method, delay,
 * Retry-After, headers and body; the server calls the simulator and the page shows its
 * real answer, a copyable curl line and statuskit client code), then every section of
 * its guide with heading anchors, related codes and references as links. Readable
 * without JavaScript; all guide text is escaped.
 *
 * @param guide - The guide, from `explain()`.
 * @returns The HTML document.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * import { renderStatusPage } from 'statuskit/serve'
 * renderStatusPage(explain(409)).includes('<h1>409 Conflict</h1>') // true
 * ```
 */
export function renderStatusPage(guide: StatusGuide): string {
  const c = guide.clientContract
  const m = c.monitoring
  const body = [
    `<h1>${guide.code} ${e(guide.phrase)}</h1>`,
    `<p class="summary">${e(guide.summary)}</p>`,
    `<p>${e(guide.class)} · ${e(guide.vendor ? `vendor: ${guide.vendor}` : `IANA ${guide.registry}`)} · ${referenceLink(source(guide.source))}${guide.deprecated ? ' · <strong>do not emit</strong>' : ''}</p>`,
    `<ul class="facts"><li>Retry: <code>${e(c.retry.strategy)}</code></li><li>Server log: ${e(m.server.level)}${m.server.countsAgainstSlo ? ', counts against the SLO' : ''}</li><li>Client log: ${e(m.client.level)}</li>${guide.requiredHeaders.length ? `<li>Requires: ${guide.requiredHeaders.map((h) => `<code>${e(h.name)}</code>`).join(', ')}</li>` : ''}</ul>`,
    '<!--toc-->',
    section('Try it', `<div id="try">${tryItForm(guide)}</div>`),
    section('Meaning', `<p>${e(guide.meaning)}</p>`),
    section('What it guarantees', list(guide.guarantees)),
    section('What it does not guarantee', list(guide.doesNotGuarantee)),
    section('When to use it', list(guide.whenToUse)),
    section(
      'When not to use it',
      `<table><thead><tr><th>Misuse</th><th>Consequence</th><th>Instead</th></tr></thead><tbody>${guide.whenNotToUse.map((x) => `<tr><td>${e(x.misuse)}</td><td>${e(x.consequence)}</td><td>${e(x.instead)}</td></tr>`).join('')}</tbody></table>`,
    ),
    section(
      'Critical headers',
      `<table><thead><tr><th>Header</th><th>Why</th><th>If missing</th></tr></thead><tbody>${guide.criticalHeaders.map((h) => `<tr><td><code>${e(h.name)}</code></td><td>${e(h.why)}</td><td>${e(h.ifMissing)}</td></tr>`).join('')}</tbody></table>`,
    ),
    section('How tools treat it', `<dl>${TOOLS.map(([k, label]) => `<dt>${label}</dt><dd>${e(guide.toolInterpretation[k])}</dd>`).join('')}</dl>`),
    section(
      'Client contract',
      `<h3>The client can assume</h3>${list(c.canAssume)}<h3>The client must not assume</h3>${list(c.mustNotAssume)}` +
        `<h3>Retry</h3><p><code>${e(c.retry.strategy)}</code>: ${e(c.retry.advice)} <small>(${e(c.retry.reason)})</small></p>` +
        (c.retry.withIdempotencyKey ? `<p>With an honoured Idempotency-Key: <code>${e(c.retry.withIdempotencyKey.strategy)}</code>, ${e(c.retry.withIdempotencyKey.reason)}</p>` : '') +
        `<h3>Monitoring</h3><table><thead><tr><th>Side</th><th>Log level</th><th>SLO</th><th>Span status</th><th>Fault</th></tr></thead><tbody>` +
        (['server', 'client'] as const).map((side) => `<tr><td>${side}</td><td>${e(m[side].level)}</td><td>${m[side].countsAgainstSlo ? 'counts' : 'does not count'}</td><td>${e(m[side].spanStatus)}</td><td>${e(m[side].fault)}</td></tr>`).join('') +
        '</tbody></table>',
    ),
    section('What the inspector checks', guide.inspectorSignals.length ? signalList(guide.inspectorSignals) : '<p>No rule specific to this code: see what to check by hand.</p>'),
    guide.manualChecks.length ? section('What to check by hand', list(guide.manualChecks)) : '',
    section('Correctness warnings', guide.correctnessWarnings.length ? list(guide.correctnessWarnings) : '<p>None specific to this code.</p>'),
    section('Debugging', `<ol>${guide.debugging.map((s) => `<li>${e(s)}</li>`).join('')}</ol>`),
    section('Framework snippets', FRAMEWORKS.map(([k, label]) => `<h3>${label}</h3><pre><code>${e(guide.frameworks[k])}</code></pre>`).join('')),
    section('Related status codes', `<ul>${guide.related.map((r) => `<li><a href="/status/${r.code}">${r.code} ${e(statusText(r.code))}</a>: ${e(r.difference)}</li>`).join('')}</ul>`),
    section('FAQ', guide.faq.map((f) => `<h3>${e(f.question)}</h3><p>${e(f.answer)}</p>`).join('')),
    section('References', `<ul>${guide.references.map((r) => `<li>${referenceLink(r)}</li>`).join('')}</ul>`),
  ]
  const toc = [...body.join('').matchAll(/<section id="([^"]+)"><h2>([^<]+)</g)].map(([, id, title]) => `<li><a href="#${id}">${title}</a></li>`)
  const html = body.join('\n').replace('<!--toc-->', `<nav class="toc" aria-label="Contents"><ol>${toc.join('')}</ol></nav>`)
  return pageLayout(`${guide.code} ${guide.phrase} · statuskit`, html)
}
