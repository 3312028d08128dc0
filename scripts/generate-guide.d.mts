/** Types of `generate-guide.mjs`, for the tests that import it. */
import type { explain, listGuides, renderMarkdown, GuideSummary } from '../src/tools/guide/index.js'
import type { GuideSource } from './guide-source.mjs'

/** The parts of the `statuskit/guide` module the generator uses. */
export interface GuideModule {
  readonly explain: typeof explain
  readonly listGuides: typeof listGuides
  readonly renderMarkdown: typeof renderMarkdown
}

/** File name of a guide page, relative to `docs/status/`. */
export function pageName(row: Pick<GuideSummary, 'code' | 'vendor'>): string

/** The generated guide module (`src/tools/guide/generated/*.ts`), keyed by root-relative path. */
export function guideModule(guides: readonly GuideSource[]): Map<string, string>

/** The generated docs (`docs/README.md`, `docs/status/*.md`), keyed by root-relative path. */
export function statusDocs(guide: GuideModule): Map<string, string>

/** Bundles src/tools/guide with the generated files taken from `overrides`, and imports it. */
export function loadGuide(root: string, overrides: ReadonlyMap<string, string>): Promise<GuideModule>

/** Every generated file, keyed by root-relative path. */
export function generatedFiles(root: string): Promise<Map<string, string>>
