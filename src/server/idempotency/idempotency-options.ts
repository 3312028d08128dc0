import type { IdempotencyStore } from './idempotency-store.js'

/**
 * Options of `idempotency()`, the same in every server adapter, and of
 * {@link createIdempotency} under them.
 *
 * @example
 * ```ts
 * import { memoryStore, type IdempotencyOptions } from 'statuskit/idempotency'
 * const options: IdempotencyOptions = { store: memoryStore(), required: true, ttlMs: 86_400_000, lockMs: 30_000 }
 * ```
 */
export interface IdempotencyOptions {
  /**
   * Where keys and responses are kept. Share one `redisStore(client)` between the
   * processes that serve the same API; a `memoryStore()` only sees its own process.
   *
   * @default memoryStore(), one for each idempotency() call
   */
  readonly store?: IdempotencyStore | undefined
  /**
   * Answer a request without `Idempotency-Key` with a 400 `idempotencyKeyMissing` problem;
   * when `false`, such a request runs as usual, without deduplication.
   *
   * @default false
   */
  readonly required?: boolean | undefined
  /** The methods whose requests are deduplicated; others pass through untouched. @default ['POST', 'PATCH'] */
  readonly methods?: readonly string[] | undefined
  /** How long a completed response is replayed to repeats of its key, in ms. @default 86400000 (24 hours) */
  readonly ttlMs?: number | undefined
  /**
   * How long an in-flight claim holds, in ms, before it is considered abandoned (the
   * process died, the handler never answered) and a repeat runs again. Keep it above
   * your slowest handler.
   *
   * @default 60000
   */
  readonly lockMs?: number | undefined
  /**
   * The largest response body stored, in bytes. A larger response is sent as usual but
   * not stored, and its key is released: a repeat runs again.
   *
   * @default 65536
   */
  readonly maxBodyBytes?: number | undefined
  /**
   * What to do when the store fails (Redis unreachable, a full memory store) while claiming
   * a key: `'fail-closed'` answers 503 with `Retry-After: 1`, so nothing runs twice;
   * `'fail-open'` runs the request without deduplication, so the API stays up and a
   * repeat may run twice. A failure while completing or releasing is ignored: the claim
   * then expires after `lockMs`.
   *
   * @default 'fail-closed'
   */
  readonly onStoreError?: 'fail-closed' | 'fail-open' | undefined
}
