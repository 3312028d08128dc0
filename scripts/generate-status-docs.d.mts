/** Types of `generate-status-docs.mjs`, for the test that imports it. */
import type { explain, listGuides, renderMarkdown, GuideSummary } from '../src/guide/index.js'

/** The parts of the `statuskit/guide` module the generator uses. */
export interface GuideModule {
  readonly explain: typeof explain
  readonly listGuides: typeof listGuides
  readonly renderMarkdown: typeof renderMarkdown
}

/** File name of a guide page, relative to `docs/status/`. */
export function pageName(row: Pick<GuideSummary, 'code' | 'vendor'>): string

/** Every generated file, keyed by its path relative to `docs/` (`README.md`, `status/409.md`, ...). */
export function statusDocs(guide: GuideModule): Map<string, string>
