import type { StatusGuide } from 'statuskit/guide'
import { escapeHtml as e } from './escape-html.js'
import { pageLayout } from './page-layout.js'

const list = (items: readonly string[]): string => `<ul>${items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>`
const section = (title: string, body: string): string => `<section><h2>${e(title)}</h2>${body}</section>`
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

/**
 * The page of one status: every section of its guide, readable without JavaScript, and a
 * "Try it" form that calls the simulator from the page and shows the response and the
 * inspector's findings. All guide text is escaped.
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
  const tryIt =
    guide.class === '1xx'
      ? '<p>1xx responses are interim: the simulator cannot send one as a final response.</p>'
      : `<form id="try-form" data-code="${guide.code}"><label>Method <select name="method">${METHODS.map((x) => `<option${x === 'PUT' && guide.code === 409 ? ' selected' : ''}>${x}</option>`).join('')}</select></label> <button type="submit" id="try-button">Try it</button> <small>calls <code>/api/status/${guide.code}</code> on this server</small></form><div id="try-result" aria-live="polite"></div>`
  const body = [
    `<h1>${guide.code} ${e(guide.phrase)}</h1>`,
    `<p class="summary">${e(guide.summary)}</p>`,
    `<p>${e(guide.class)} · ${e(guide.vendor ? `vendor: ${guide.vendor}` : `IANA ${guide.registry}`)} · ${e(guide.source)}${guide.deprecated ? ' · <strong>do not emit</strong>' : ''}</p>`,
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
    section('Inspector signals', list(guide.inspectorSignals)),
    section('Correctness warnings', guide.correctnessWarnings.length ? list(guide.correctnessWarnings) : '<p>None specific to this code.</p>'),
    section('Try it', `<div id="try">${tryIt}</div>`),
    section('Debugging', `<ol>${guide.debugging.map((s) => `<li>${e(s)}</li>`).join('')}</ol>`),
    section('Framework snippets', FRAMEWORKS.map(([k, label]) => `<h3>${label}</h3><pre><code>${e(guide.frameworks[k])}</code></pre>`).join('')),
    section('Related status codes', `<ul>${guide.related.map((r) => `<li><a href="/status/${r.code}">${r.code}</a>: ${e(r.difference)}</li>`).join('')}</ul>`),
    section('FAQ', guide.faq.map((f) => `<h3>${e(f.question)}</h3><p>${e(f.answer)}</p>`).join('')),
    section('References', list(guide.references)),
  ]
  return pageLayout(`${guide.code} ${guide.phrase} · statuskit`, body.join('\n'))
}
