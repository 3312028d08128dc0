import { defineProblem } from './define-problem.js'
import { IDEMPOTENCY_KEY_IN_USE_TYPE } from './idempotency-types.js'

/**
 * A repeat of a keyed request arrived while the first request with the same
 * `Idempotency-Key` is still being processed (draft-ietf-httpapi-idempotency-key-header
 * §2.6: "a resource conflict error"). This 409, and only this one (or a 409 the caller
 * knows comes from a key-honouring server), tells a client to back off and resend the same
 * request as is: every other 409 is a real conflict with the resource's state.
 * statuskit's server-side `idempotency()` sends it; `classifyRetry` and `createFetch`
 * recognise its `type`.
 *
 * @example
 * ```ts
 * import { idempotencyKeyInUse } from 'statuskit'
 * throw idempotencyKeyInUse('A request with this key is still being processed.', { headers: { 'retry-after': '1' } })
 * // on the client: idempotencyKeyInUse.is(parsedProblem) → back off, resend as is
 * ```
 * @see {@link https://datatracker.ietf.org/doc/draft-ietf-httpapi-idempotency-key-header/ | Idempotency-Key draft §2.6}
 */
export const idempotencyKeyInUse = /* @__PURE__ */ defineProblem<Record<never, never>, 409>({
  type: IDEMPOTENCY_KEY_IN_USE_TYPE,
  status: 409,
  title: 'Idempotency key in use',
})

/**
 * The same `Idempotency-Key` was sent again with a different request (another method,
 * path or body): the draft's "idempotency key is already used" answer, 422 (§2.6). Never
 * retry it as is; the client reused a key by mistake.
 *
 * @example
 * ```ts
 * import { idempotencyKeyReused } from 'statuskit'
 * throw idempotencyKeyReused('This key was first used with a different body.')
 * ```
 * @see {@link https://datatracker.ietf.org/doc/draft-ietf-httpapi-idempotency-key-header/ | Idempotency-Key draft §2.6}
 */
export const idempotencyKeyReused = /* @__PURE__ */ defineProblem<Record<never, never>, 422>({
  type: 'tag:statuskit.dev,2026:idempotency-key-reused',
  status: 422,
  title: 'Idempotency key reused with a different request',
})

/**
 * The endpoint requires an `Idempotency-Key` and the request had none: the draft's 400
 * (§2.6). Resend with a key.
 *
 * @example
 * ```ts
 * import { idempotencyKeyMissing } from 'statuskit'
 * throw idempotencyKeyMissing('Send an Idempotency-Key header with this POST.')
 * ```
 * @see {@link https://datatracker.ietf.org/doc/draft-ietf-httpapi-idempotency-key-header/ | Idempotency-Key draft §2.6}
 */
export const idempotencyKeyMissing = /* @__PURE__ */ defineProblem<Record<never, never>, 400>({
  type: 'tag:statuskit.dev,2026:idempotency-key-missing',
  status: 400,
  title: 'Idempotency key missing',
})
