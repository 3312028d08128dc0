import type { RegistryState, RequiredHeader } from '../../core/catalog/status-info.js'
import type { StatusClass } from '../../core/catalog/status.js'
import type { StatusVendor } from '../../core/catalog/vendor-statuses.js'
import type { MonitoringDecision } from '../../core/classify/classify-monitoring.js'
import type { LogLevel } from '../../index.js'
import type { RetryStrategy } from '../../core/classify/retry-strategy.js'
import type { GuideEntry } from './guide-entry.js'

/**
 * The classifier's decision for one typical request, as a guide shows it.
 *
 * @example
 * ```ts
 * import { explain, type GuideRetryCase } from 'statuskit/guide'
 * const cases: readonly GuideRetryCase[] = explain(503).clientContract.retry.cases
 * cases.find((c) => c.request === 'POST')?.retry // false: the outcome is unknown
 * ```
 */
export interface GuideRetryCase {
  /** The request and response, e.g. `GET`, `POST`, `POST, Retry-After: 5` (the response carried it). */
  readonly request: string
  /** `classifyRetry(...).retry` for it (first attempt). */
  readonly retry: boolean
  /** `classifyRetry(...).strategy` for it. */
  readonly strategy: RetryStrategy
  /** The delay of the first retry, lowest and highest the jitter can draw; both 0 when `retry` is false. */
  readonly delayMs: {
    /** The shortest first delay, in ms. */
    readonly min: number
    /** The longest first delay, in ms. */
    readonly max: number
  }
  /** `classifyRetry(...).reason` for it. */
  readonly reason: string
}

/**
 * The retry part of a guide's client contract, every field taken from `classifyRetry`:
 * the strategy and reason without context (a GET), one sentence on what the strategy
 * means, and the decisions for typical requests (`cases`). `withIdempotencyKey` appears
 * where a POST with an `Idempotency-Key` the server honours is decided differently from
 * a plain POST.
 *
 * @example
 * ```ts
 * import { explain, type GuideRetry } from 'statuskit/guide'
 * const retry: GuideRetry = explain(409).clientContract.retry
 * retry.strategy // 'after-refresh-state'
 * retry.withIdempotencyKey?.strategy // 'with-backoff'
 * ```
 */
export interface GuideRetry {
  /** The classifier's strategy for this status without request context. */
  readonly strategy: RetryStrategy
  /** Whether the classifier would repeat the request automatically (no context: GET, first attempt). */
  readonly retry: boolean
  /** The classifier's reason. */
  readonly reason: string
  /** What the strategy means for a client, in one sentence true of every code that gets it. */
  readonly advice: string
  /** The decisions for a GET and a POST, then for a keyed POST, Retry-After and rate-limit headers where they differ. */
  readonly cases: readonly GuideRetryCase[]
  /** How the decision changes when a POST carried an `Idempotency-Key` the server honours. */
  readonly withIdempotencyKey?: {
    /** The strategy for the keyed request. */
    readonly strategy: RetryStrategy
    /** The classifier's reason for the keyed request. */
    readonly reason: string
  }
}

/**
 * The monitoring part of a guide's client contract: `classifyMonitoring(code, side)` for
 * the server that emits the status and the client that receives it.
 *
 * @example
 * ```ts
 * import { explain, type GuideMonitoring } from 'statuskit/guide'
 * const m: GuideMonitoring = explain(503).clientContract.monitoring
 * m.server.countsAgainstSlo // true
 * ```
 */
export interface GuideMonitoring {
  /** When our server emits the status. */
  readonly server: MonitoringDecision
  /** When our client receives it from an upstream. */
  readonly client: MonitoringDecision
  /**
   * Client side, where `MonitoringOptions.expected` changes the level (404, 409, 412):
   * the level of an expected outcome and of an unexpected one (`logLevel`).
   */
  readonly clientExpected?: {
    /** The level when the caller expected the status (a lookup, a known race): `expected: true`. */
    readonly expected: LogLevel
    /** The level when it did not: `expected: false`. */
    readonly unexpected: LogLevel
  }
}

/**
 * Everything statuskit knows about one status code: the hand-written {@link GuideEntry}
 * merged with the facts other modules own. Phrase, class, registry state and required
 * headers come from the catalog (`statusInfo`, `VENDOR_STATUSES`); retry and monitoring
 * from the classifiers.
 *
 * @example
 * ```ts
 * import { explain, type StatusGuide } from 'statuskit/guide'
 * const guide: StatusGuide = explain(401)
 * guide.requiredHeaders[0]?.name // 'WWW-Authenticate'
 * ```
 */
export interface StatusGuide extends Omit<GuideEntry, 'clientContract' | 'vendor'> {
  /** The vendor whose meaning this guide describes; absent for registered codes. */
  readonly vendor?: StatusVendor
  /** Current IANA phrase, or the vendor's phrase. */
  readonly phrase: string
  /** Status class. */
  readonly class: StatusClass
  /** IANA registry state; `vendor` for unofficial codes. */
  readonly registry: RegistryState | 'vendor'
  /** Expiry date of a temporary registration (104). */
  readonly expires?: string
  /** Do not emit it: deprecated, unused or obsolete (catalog), or retired or weakly sourced (vendor table). */
  readonly deprecated: boolean
  /** Registry reference (`RFC9110 Section 15.5.10`) or the vendor's documentation. */
  readonly source: string
  /** For vendor codes: whether a client ever receives it, and what it receives instead. */
  readonly wire?: {
    /** `false` when the code is log-only or rewritten before it reaches the client. */
    readonly sent: boolean
    /** The status the client receives instead (nginx 494–497 → 400). */
    readonly as?: number
  }
  /** Headers the catalog says this status requires or recommends (`statusInfo(code).requiredHeaders`). */
  readonly requiredHeaders: readonly RequiredHeader[]
  /** The client contract, with retry and monitoring from the classifiers. */
  readonly clientContract: GuideEntry['clientContract'] & {
    /** From `classifyRetry`. */
    readonly retry: GuideRetry
    /** From `classifyMonitoring`. */
    readonly monitoring: GuideMonitoring
  }
}
