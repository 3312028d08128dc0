/**
 * statuskit/hono: RFC 9457 problems for Hono (on Node, Bun, Deno, Workers): an
 * `app.onError` handler, an `app.notFound` handler, and a hook for Hono's validators.
 * `hono` is an optional peer.
 *
 * @module
 */
export { notFoundHandler, problemHandler, problemMiddleware } from './problem-handler.js'
export type { HonoProblemOptions } from './problem-handler.js'
export { idempotency } from './idempotency.js'
export type { HonoIdempotencyOptions } from './idempotency.js'
export { validationHook } from './validation-hook.js'
export type { HonoValidationResult, ValidationHookOptions } from './validation-hook.js'
