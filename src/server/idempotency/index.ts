/**
 * statuskit/idempotency: the server side of the `Idempotency-Key` header
 * (draft-ietf-httpapi-idempotency-key-header), framework-free: the stores
 * ({@link memoryStore}, {@link redisStore}), the store interface and the core every
 * adapter's `idempotency()` runs on. Only Web APIs (Web Crypto, `TextEncoder`).
 *
 * @module
 */
export { createIdempotency } from './create-idempotency.js'
export type { Idempotency, IdempotencyDecision, IdempotentRequest } from './create-idempotency.js'
export type { IdempotencyOptions } from './idempotency-options.js'
export type { ClaimResult, IdempotencyStore } from './idempotency-store.js'
export { memoryStore } from './memory-store.js'
export type { MemoryStoreOptions } from './memory-store.js'
export { redisStore } from './redis-store.js'
export type { RedisClientLike, RedisStoreOptions } from './redis-store.js'
export { IDEMPOTENT_REPLAYED } from './stored-response.js'
export type { StoredResponse } from './stored-response.js'
export { readIdempotencyKey } from './idempotency-key.js'
export { createWebIdempotency } from './web-idempotency.js'
export type { WebIdempotency, WebIdempotencyBaseOptions, WebIdempotentExtras } from './web-idempotency.js'
