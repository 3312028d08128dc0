/** Types of `guide-source.mjs`, for the tests that import it. */
import type { GuideEntry } from '../src/tools/guide/guide-entry.js'

/** One parsed guide source. */
export interface GuideSource {
  /** `409` or `499-esri`. */
  readonly id: string
  /** `guide/409.md`. */
  readonly file: string
  /** The parsed entry. */
  readonly entry: GuideEntry
}

/** Snippet files of every guide: framework key, file name. */
export const SNIPPETS: readonly (readonly [keyof GuideEntry['frameworks'], string])[]

/** `##` sections: title, field, kind, required. */
export const SECTIONS: readonly (readonly [string, string, 'paragraph' | 'bullets' | 'ordered' | 'faq', boolean])[]

/** A format error in one guide source file. */
export class GuideSourceError extends Error {}

/** `409` or `499-esri`. */
export function guideId(entry: { readonly code: number; readonly vendor?: string | undefined }): string

/** Parses `guide/<name>`. */
export function readGuide(root: string, name: string): GuideSource

/** Parses every guide source, registered codes first. */
export function readGuides(root: string): GuideSource[]
