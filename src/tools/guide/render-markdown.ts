import { guideSections, type GuideSection, type SectionItem } from './guide-sections.js'
import type { StatusGuide } from './status-guide.js'

/**
 * Options of {@link renderMarkdown}.
 *
 * @example
 * ```ts
 * import type { RenderMarkdownOptions } from 'statuskit/guide'
 * const options: RenderMarkdownOptions = { relatedLinks: true }
 * ```
 */
export interface RenderMarkdownOptions {
  /**
   * Link related codes to sibling pages (`412.md`, `499-nginx.md`), as in `docs/status/`.
   *
   * @default false
   */
  readonly relatedLinks?: boolean
}

const cell = (value: string): string => value.replace(/\|/g, '\\|').replace(/\n/g, ' ')

function item(it: SectionItem, links: boolean): string {
  if (it.strong === undefined) return it.text
  const lead = links && it.href !== undefined ? `[${it.strong}](${it.href})` : it.strong
  return `**${lead}**${/[?!.:]$/.test(it.strong) ? '' : ':'} ${it.text}`
}

function section(s: GuideSection, links: boolean): string {
  const head = `## ${s.title}\n\n`
  switch (s.kind) {
    case 'text':
      return `${head}${s.text}\n`
    case 'rows':
      return `${head}| | |\n|---|---|\n${s.rows.map(([k, v]) => `| ${cell(k)} | ${cell(v)} |`).join('\n')}\n`
    case 'list':
      return `${head}${s.items.map((it, i) => `${s.ordered === true ? `${i + 1}.` : '-'} ${item(it, links)}`).join('\n')}\n`
    case 'code':
      return `${head}${s.blocks.map((b) => `### ${b.label}\n\n\`\`\`${b.lang}\n${b.code.trimEnd()}\n\`\`\`\n`).join('\n')}`
  }
}

/**
 * Renders a guide as a Markdown page (GitHub-flavoured): a title, the summary, a facts
 * table, then one `##` section per non-empty part of the guide, framework snippets in
 * fenced blocks. Pure: the same guide always gives the same text. `docs/status/*.md`
 * are made with it.
 *
 * @param guide - A guide from `explain()`.
 * @param options - `relatedLinks` to link related codes to sibling pages.
 * @returns The Markdown text, ending with a newline.
 *
 * @example
 * ```ts
 * import { explain, renderMarkdown } from 'statuskit/guide'
 * const page = renderMarkdown(explain(409))
 * page.startsWith('# 409 Conflict') // true
 * ```
 */
export function renderMarkdown(guide: StatusGuide, options: RenderMarkdownOptions = {}): string {
  const links = options.relatedLinks === true
  const vendor = guide.vendor === undefined ? '' : ` (${guide.vendor})`
  const title = `# ${guide.code} ${guide.phrase}${vendor}\n\n> ${guide.summary}\n`
  return [title, ...guideSections(guide).map((s) => section(s, links))].join('\n')
}
