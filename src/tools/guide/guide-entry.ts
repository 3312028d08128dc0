import type { StatusVendor } from 'statuskit'

/**
 * The authored part of a status guide: the prose that is written for each code by hand,
 * in `guide/*.md`.
 * Facts other modules own (phrase, class, header requirements, retry and monitoring
 * classification) are NOT written here; `explain()` takes them from the catalog and
 * the classifiers and merges them into a {@link StatusGuide}.
 */

/**
 * A misuse of a status, what it breaks, and what to send instead.
 *
 * @example
 * ```ts
 * import type { Misuse } from 'statuskit/guide'
 * const m: Misuse = {
 *   misuse: 'Answering a failed If-Match with 409',
 *   consequence: 'Clients cannot tell a failed precondition from a state conflict.',
 *   instead: '412 Precondition Failed',
 * }
 * ```
 */
export interface Misuse {
  /** The wrong use, stated concretely. */
  readonly misuse: string
  /** What breaks for clients, caches, crawlers or monitors. */
  readonly consequence: string
  /** The status (or practice) to use instead. */
  readonly instead: string
}

/**
 * A header that matters for this status, why, and what happens without it.
 *
 * @example
 * ```ts
 * import type { CriticalHeader } from 'statuskit/guide'
 * const h: CriticalHeader = {
 *   name: 'ETag',
 *   why: 'Gives the client the validator to send back in If-Match.',
 *   ifMissing: 'The client cannot make its retry conditional and may overwrite again.',
 * }
 * ```
 */
export interface CriticalHeader {
  /** Header field name, usual casing. */
  readonly name: string
  /** Why it matters with this status. */
  readonly why: string
  /** What goes wrong without it. */
  readonly ifMissing: string
}

/**
 * How each kind of tool treats the status.
 *
 * @example
 * ```ts
 * import type { ToolInterpretation } from 'statuskit/guide'
 * const t: ToolInterpretation = {
 *   browsers: '...', apiClients: '...', crawlers: '...', uptimeMonitors: '...', cdns: '...',
 * }
 * ```
 */
export interface ToolInterpretation {
  /** Browsers (navigation, fetch/XHR, devtools, caching). */
  readonly browsers: string
  /** HTTP client libraries and SDKs (ky, got, axios, fetch wrappers, generated SDKs). */
  readonly apiClients: string
  /** Search-engine crawlers and SEO tools. */
  readonly crawlers: string
  /** Uptime and synthetic monitors. */
  readonly uptimeMonitors: string
  /** CDNs and reverse proxies. */
  readonly cdns: string
}

/**
 * Code that answers with this status in one framework.
 *
 * @example
 * ```ts
 * import type { FrameworkSnippets } from 'statuskit/guide'
 * const s: Partial<FrameworkSnippets> = { express: "res.status(204).end()" }
 * ```
 */
export interface FrameworkSnippets {
  /** TypeScript for Express with `statuskit/express`; must type-check against the package. */
  readonly express: string
  /** TypeScript for Fastify with `statuskit/fastify`; must type-check against the package. */
  readonly fastify: string
  /** Python, Django REST Framework. */
  readonly django: string
  /** Java, Spring Boot (`ProblemDetail` for error codes). */
  readonly spring: string
  /** Python, FastAPI. */
  readonly fastapi: string
  /** Go, `net/http`. */
  readonly go: string
}

/**
 * A related status and how it differs from this one.
 *
 * @example
 * ```ts
 * import type { RelatedStatus } from 'statuskit/guide'
 * const r: RelatedStatus = { code: 412, difference: 'The client sent If-Match and it failed.' }
 * ```
 */
export interface RelatedStatus {
  /** The related code. */
  readonly code: number
  /**
   * For a vendor code: whose meaning is meant. Required where the number has more than
   * one meaning (499 is nginx's and Esri's); absent for a registered code.
   */
  readonly vendor?: StatusVendor
  /** The difference, stated so a reader can choose between the two. */
  readonly difference: string
}

/**
 * A question and its answer.
 *
 * @example
 * ```ts
 * import type { FaqEntry } from 'statuskit/guide'
 * const f: FaqEntry = { question: 'Should a client retry a 409?', answer: 'Not as is: ...' }
 * ```
 */
export interface FaqEntry {
  /** The question. */
  readonly question: string
  /** The answer. */
  readonly answer: string
}

/**
 * One thing `statuskit/inspect` checks on a response with this status, and the ids of the
 * inspector rules (`RULES`) that check it; npm test fails when an id is not a rule.
 *
 * @example
 * ```ts
 * import type { InspectorSignal } from 'statuskit/guide'
 * const s: InspectorSignal = { text: 'A 409 on GET or HEAD.', rules: ['status.409-safe-method'] }
 * ```
 */
export interface InspectorSignal {
  /** What is checked, in prose. */
  readonly text: string
  /** Ids of the rules that check it, e.g. `status.409-unexplained`. */
  readonly rules: readonly string[]
}

/**
 * The hand-written guidance for one status code, as written in `guide/<code>.md` (or
 * `guide/<code>-<vendor>.md`) and its snippets; the module that holds them is generated
 * by `scripts/generate-guide.mjs`.
 *
 * @example
 * ```ts
 * import type { GuideEntry } from 'statuskit/guide'
 * declare const entry: GuideEntry
 * entry.whenToUse.length
 * ```
 */
export interface GuideEntry {
  /** The status code (registered or vendor). */
  readonly code: number
  /** For vendor codes: which vendor's meaning this entry describes. */
  readonly vendor?: StatusVendor
  /** One sentence. */
  readonly summary: string
  /** What the status means, per its RFC, in a short paragraph. */
  readonly meaning: string
  /** What the client can rely on when it receives this status. */
  readonly guarantees: readonly string[]
  /** What the status does not tell the client. */
  readonly doesNotGuarantee: readonly string[]
  /** Concrete situations where this status is the right answer. */
  readonly whenToUse: readonly string[]
  /** Common misuses. */
  readonly whenNotToUse: readonly Misuse[]
  /** Headers that matter for this status (must include every header the catalog requires). */
  readonly criticalHeaders: readonly CriticalHeader[]
  /** How tools treat it. */
  readonly toolInterpretation: ToolInterpretation
  /** What `statuskit/inspect` checks for this status, each signal with the rules that check it. */
  readonly inspectorSignals: readonly InspectorSignal[]
  /** What to check by hand: signals a response inspector cannot see (history, logs, intent). */
  readonly manualChecks: readonly string[]
  /** Correctness warnings specific to this status (may be empty when none apply). */
  readonly correctnessWarnings: readonly string[]
  /** Debugging steps, in order. */
  readonly debugging: readonly string[]
  /** Snippets per framework. */
  readonly frameworks: FrameworkSnippets
  /** The client contract, apart from retry and monitoring (those come from the classifiers). */
  readonly clientContract: {
    /** What the client can assume. */
    readonly canAssume: readonly string[]
    /** What the client must not assume. */
    readonly mustNotAssume: readonly string[]
  }
  /** Related codes. */
  readonly related: readonly RelatedStatus[]
  /** Questions people ask. */
  readonly faq: readonly FaqEntry[]
  /** RFC sections, e.g. `RFC 9110 §15.5.10`. */
  readonly references: readonly string[]
}
