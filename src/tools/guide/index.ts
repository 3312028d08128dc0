/**
 * statuskit/guide: correct, specific guidance for every registered HTTP status code and
 * the common vendor codes: `explain(code)` returns a typed {@link StatusGuide} (meaning,
 * when to use it and when not, headers, tool behaviour, framework snippets, client
 * contract with retry and monitoring from the classifiers, related codes, references),
 * and `renderText` / `renderMarkdown` format it. Its data is loaded only by this entry,
 * never by the root entry `statuskit`.
 *
 * @example
 * ```ts
 * import { explain, renderText } from 'statuskit/guide'
 * console.log(renderText(explain(409), { width: 100 }))
 * ```
 *
 * @module
 */

export { explain } from './explain.js'
export { listGuides } from './list-guides.js'
export type { GuideSummary, ListGuidesOptions } from './list-guides.js'
export { renderMarkdown } from './render-markdown.js'
export type { RenderMarkdownOptions } from './render-markdown.js'
export { renderText } from './render-text.js'
export type { RenderTextOptions } from './render-text.js'
export type { StatusGuide, GuideRetry, GuideRetryCase, GuideMonitoring } from './status-guide.js'
export type {
  GuideEntry,
  Misuse,
  CriticalHeader,
  ToolInterpretation,
  FrameworkSnippets,
  RelatedStatus,
  FaqEntry,
  InspectorSignal,
} from './guide-entry.js'
