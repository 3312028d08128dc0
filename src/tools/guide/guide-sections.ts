import { statusInfo } from '../../core/catalog/status-info.js'
import { VENDOR_STATUSES } from '../../core/catalog/vendor-statuses.js'
import { contractRows, factRows, type FactRow } from './fact-rows.js'
import type { FrameworkSnippets, InspectorSignal } from './guide-entry.js'
import type { StatusGuide } from './status-guide.js'

/** One list item: an optional emphasised lead, the text, and a link target for related codes. */
export interface SectionItem {
  readonly strong?: string
  readonly text: string
  readonly href?: string
}

/** A snippet with its display label and fence language. */
export interface CodeBlock {
  readonly label: string
  readonly lang: string
  readonly code: string
}

/** One section of a rendered guide. Internal document model shared by the renderers. */
export type GuideSection =
  | { readonly title: string; readonly kind: 'text'; readonly text: string }
  | { readonly title: string; readonly kind: 'list'; readonly items: readonly SectionItem[]; readonly ordered?: boolean }
  | { readonly title: string; readonly kind: 'rows'; readonly rows: readonly FactRow[] }
  | { readonly title: string; readonly kind: 'code'; readonly blocks: readonly CodeBlock[] }

const FRAMEWORKS: readonly (readonly [keyof FrameworkSnippets, string, string])[] = [
  ['express', 'Express', 'ts'],
  ['fastify', 'Fastify', 'ts'],
  ['django', 'Django REST Framework', 'python'],
  ['spring', 'Spring Boot', 'java'],
  ['fastapi', 'FastAPI', 'python'],
  ['go', 'Go net/http', 'go'],
]

function relatedItem({ code, vendor: wanted, difference }: StatusGuide['related'][number]): SectionItem {
  const info = statusInfo(code)
  if (info.registered && wanted === undefined) return { strong: `${code} ${info.phrase}`, text: difference, href: `${code}.md` }
  const vendor = VENDOR_STATUSES.find((row) => row.code === code && (wanted === undefined || row.vendor === wanted))
  if (vendor === undefined) return { strong: `${code} ${info.phrase}`, text: difference }
  return { strong: `${code} ${vendor.phrase} (${vendor.vendor})`, text: difference, href: `${code}-${vendor.vendor}.md` }
}

/** A signal with the rules that check it, written as in the guide source: `text (rule: id)`. */
const signalItem = ({ text, rules }: InspectorSignal): SectionItem => ({
  text: `${text} (${rules.length > 1 ? 'rules' : 'rule'}: ${rules.join(', ')})`,
})

const plain = (items: readonly string[]): SectionItem[] => items.map((text) => ({ text }))

/**
 * A guide as an ordered list of sections, empty sections left out. Internal: the
 * markdown and terminal renderers format these.
 *
 * @param guide - A merged guide from `explain()`.
 * @returns The sections in reading order.
 */
export function guideSections(guide: StatusGuide): readonly GuideSection[] {
  const t = guide.toolInterpretation
  const contract = guide.clientContract
  const sections: GuideSection[] = [
    { title: 'Facts', kind: 'rows', rows: factRows(guide) },
    { title: 'Meaning', kind: 'text', text: guide.meaning },
    { title: 'What it guarantees', kind: 'list', items: plain(guide.guarantees) },
    { title: 'What it does not guarantee', kind: 'list', items: plain(guide.doesNotGuarantee) },
    { title: 'When to use it', kind: 'list', items: plain(guide.whenToUse) },
    {
      title: 'When not to use it',
      kind: 'list',
      items: guide.whenNotToUse.map((m) => ({ strong: m.misuse, text: `${m.consequence} Instead: ${m.instead.replace(/\.$/, '')}.` })),
    },
    {
      title: 'Headers that matter',
      kind: 'list',
      items: guide.criticalHeaders.map((h) => ({ strong: h.name, text: `${h.why} If missing: ${h.ifMissing}` })),
    },
    {
      title: 'How tools treat it',
      kind: 'rows',
      rows: [
        ['Browsers', t.browsers],
        ['API clients', t.apiClients],
        ['Crawlers', t.crawlers],
        ['Uptime monitors', t.uptimeMonitors],
        ['CDNs and proxies', t.cdns],
      ],
    },
    { title: 'Client can assume', kind: 'list', items: plain(contract.canAssume) },
    { title: 'Client must not assume', kind: 'list', items: plain(contract.mustNotAssume) },
    { title: 'Retry and monitoring', kind: 'rows', rows: contractRows(guide) },
    { title: 'What an inspector checks', kind: 'list', items: guide.inspectorSignals.map(signalItem) },
    { title: 'What to check by hand', kind: 'list', items: plain(guide.manualChecks) },
    { title: 'Correctness warnings', kind: 'list', items: plain(guide.correctnessWarnings) },
    { title: 'Debugging', kind: 'list', items: plain(guide.debugging), ordered: true },
    {
      title: 'Framework snippets',
      kind: 'code',
      blocks: FRAMEWORKS.map(([key, label, lang]) => ({ label, lang, code: guide.frameworks[key] })).filter((b) => b.code.trim() !== ''),
    },
    { title: 'Related codes', kind: 'list', items: guide.related.map(relatedItem) },
    { title: 'FAQ', kind: 'list', items: guide.faq.map((f) => ({ strong: f.question, text: f.answer })) },
    { title: 'References', kind: 'list', items: plain(guide.references) },
  ]
  return sections.filter((s) =>
    s.kind === 'list' ? s.items.length > 0 : s.kind === 'rows' ? s.rows.length > 0 : s.kind === 'code' ? s.blocks.length > 0 : s.text !== '',
  )
}
