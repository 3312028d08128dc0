import type { StoredResponse } from './stored-response.js'

/**
 * What {@link IdempotencyStore.claim} found under a key, decided atomically:
 *
 * - `claimed`: the key was free (or its last claim was abandoned): this request runs, and
 *   must end with `complete` or `release`, passing `token`;
 * - `in-flight`: another request with this key and the same fingerprint is running;
 * - `completed`: a request with this key and the same fingerprint finished; `response` is
 *   what it answered;
 * - `mismatch`: the key was used with a different request (another fingerprint), running or done.
 *
 * @example
 * ```ts
 * import { memoryStore, type ClaimResult } from 'statuskit/idempotency'
 * const result: ClaimResult = await memoryStore().claim('k1', 'fp', 60_000)
 * if (result.state === 'claimed') console.log('run it, then complete with', result.token)
 * ```
 */
export type ClaimResult =
  | {
      /** This request holds the key now. */
      readonly state: 'claimed'
      /** Names this claim to `complete` and `release`. */
      readonly token: string
    }
  | {
      /** Another request with this key and fingerprint is running. */
      readonly state: 'in-flight'
    }
  | {
      /** A request with this key and fingerprint finished. */
      readonly state: 'completed'
      /** What it answered. */
      readonly response: StoredResponse
    }
  | {
      /** The key belongs to a request with another fingerprint. */
      readonly state: 'mismatch'
    }

/**
 * Where `idempotency()` keeps its keys: one record a key, either an in-flight claim (held
 * for `lockMs`, then considered abandoned) or a completed response (replayed for `ttlMs`).
 * `claim` must be atomic across every process that shares the store: two claims of a free
 * key at once give `claimed` to exactly one. `complete` and `release` act only while the
 * claim is still the one `token` names (a late finish never overwrites a newer claim).
 * statuskit ships {@link memoryStore} (one process) and {@link redisStore} (many);
 * implement this interface for another database. A method that rejects is a store failure
 * (see `onStoreError`).
 *
 * @example
 * ```ts
 * import { memoryStore, type IdempotencyStore } from 'statuskit/idempotency'
 * const store: IdempotencyStore = memoryStore({ maxEntries: 10_000 })
 * ```
 */
export interface IdempotencyStore {
  /**
   * Atomically claims `key` for a request with `fingerprint`, or reports what holds it.
   *
   * @param key - The scoped idempotency key.
   * @param fingerprint - The request's fingerprint: the SHA-256 of its method, target and body, in base64.
   * @param lockMs - How long the claim holds before it is considered abandoned.
   * @returns What was found; see {@link ClaimResult}.
   */
  claim(key: string, fingerprint: string, lockMs: number): Promise<ClaimResult>
  /**
   * Replaces the claim `token` with the completed `response`, kept for `ttlMs`. Does
   * nothing when the claim is gone or another one holds the key.
   *
   * @param key - The key claimed.
   * @param token - The token `claim` returned.
   * @param response - What to replay to repeats.
   * @param ttlMs - How long to replay it.
   */
  complete(key: string, token: string, response: StoredResponse, ttlMs: number): Promise<void>
  /**
   * Frees the key claimed with `token` (the request failed with a 5xx, threw, or its
   * response is not stored), so that a repeat runs again. Does nothing when another claim
   * holds the key.
   *
   * @param key - The key claimed.
   * @param token - The token `claim` returned.
   */
  release(key: string, token: string): Promise<void>
}
