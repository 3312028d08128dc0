/**
 * The problem type URI of statuskit's "Idempotency-Key in use" 409. Internal: its own module
 * so `classifyRetry` can recognise the type without bundling `defineProblem`; the public
 * handle is `idempotencyKeyInUse.type`.
 */
export const IDEMPOTENCY_KEY_IN_USE_TYPE = 'tag:statuskit.dev,2026:idempotency-key-in-use'
