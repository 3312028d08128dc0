import type { ClaimResult, IdempotencyStore } from './idempotency-store.js'
import type { StoredResponse } from './stored-response.js'

/**
 * Options of {@link memoryStore}.
 *
 * @example
 * ```ts
 * import { memoryStore, type MemoryStoreOptions } from 'statuskit/idempotency'
 * const options: MemoryStoreOptions = { maxEntries: 50_000 }
 * const store = memoryStore(options)
 * ```
 */
export interface MemoryStoreOptions {
  /**
   * Most keys held at once. When full, expired records go first, then the oldest
   * completed one; a store holding only live claims refuses a new one (a store failure,
   * see `onStoreError`), so no running request is ever forgotten. Size it to your keyed
   * requests per `ttlMs`.
   *
   * @default 1000
   */
  readonly maxEntries?: number | undefined
  /** The clock, in milliseconds. @default Date.now */
  readonly now?: (() => number) | undefined
}

interface Entry {
  readonly fingerprint: string
  readonly expiresAt: number
  /** Set while claimed. */
  readonly token?: string
  /** Set once completed. */
  readonly response?: StoredResponse
}

/**
 * An in-process {@link IdempotencyStore}: the default of `idempotency()`, right for one
 * server process (several processes each have their own: use {@link redisStore} to share
 * one). Bounded by `maxEntries`; records expire (claims after `lockMs`, responses after
 * `ttlMs`) and are dropped when next seen or when room is needed. Claims are atomic
 * because JavaScript runs one task at a time: `claim` decides before it first awaits.
 *
 * @param options - `maxEntries`, `now`.
 * @returns The store.
 * @throws RangeError when `maxEntries` is not a positive integer.
 *
 * @example
 * ```ts
 * import express from 'express'
 * import { memoryStore } from 'statuskit/idempotency'
 * import { idempotency } from 'statuskit/express'
 *
 * const app = express()
 * app.post('/orders', express.json(), idempotency({ store: memoryStore({ maxEntries: 10_000 }) }), (req, res) => {
 *   res.status(201).json({ id: 7 })
 * })
 * ```
 */
export function memoryStore(options: MemoryStoreOptions = {}): IdempotencyStore {
  const { maxEntries = 1000, now = Date.now } = options
  if (!(Number.isSafeInteger(maxEntries) && maxEntries > 0)) {
    throw new RangeError(`memoryStore: maxEntries must be a positive integer, not ${String(maxEntries)}`)
  }
  const entries = new Map<string, Entry>()
  let claims = 0

  /** Drops the oldest expired or completed record, or throws when every record is a live claim. */
  function makeRoom(at: number): void {
    for (const [key, entry] of entries) {
      if (entry.expiresAt <= at || entry.response) {
        entries.delete(key)
        return
      }
    }
    throw new Error('memoryStore: full of requests in flight')
  }

  /** Runs `step` now; its result or its throw as a promise (the store interface is async). */
  const settle = <T>(step: () => T): Promise<T> => new Promise((resolve) => resolve(step()))

  return {
    claim: (key, fingerprint, lockMs) => settle((): ClaimResult => {
      const at = now()
      const entry = entries.get(key)
      if (entry && entry.expiresAt > at) {
        if (entry.fingerprint !== fingerprint) return { state: 'mismatch' }
        return entry.response ? { state: 'completed', response: entry.response } : { state: 'in-flight' }
      }
      if (entry) entries.delete(key)
      else if (entries.size >= maxEntries) makeRoom(at)
      const token = String(++claims)
      entries.set(key, { fingerprint, token, expiresAt: at + lockMs })
      return { state: 'claimed', token }
    }),
    complete: (key, token, response, ttlMs) => settle(() => {
      const entry = entries.get(key)
      if (entry?.token !== token) return
      entries.delete(key) // re-inserted last: the oldest completed records are evicted first
      entries.set(key, { fingerprint: entry.fingerprint, response: { ...response, body: response.body.slice() }, expiresAt: now() + ttlMs })
    }),
    release: (key, token) => settle(() => {
      if (entries.get(key)?.token === token) entries.delete(key)
    }),
  }
}
