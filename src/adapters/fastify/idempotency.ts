import type { FastifyReply, FastifyRequest } from 'fastify'
import { createIdempotency, type IdempotencyDecision, type IdempotencyOptions } from 'statuskit/idempotency'

/**
 * Options of the Fastify {@link idempotency} hooks: those of every adapter (`store`,
 * `required`, `methods`, `ttlMs`, `lockMs`, `maxBodyBytes`, `onStoreError`) plus two
 * that read the Fastify request.
 *
 * @example
 * ```ts
 * import type { FastifyIdempotencyOptions } from 'statuskit/fastify'
 * const options: FastifyIdempotencyOptions = { required: true, scope: (request) => request.headers.authorization }
 * ```
 */
export interface FastifyIdempotencyOptions extends IdempotencyOptions {
  /**
   * Who is asking (an account or tenant id): a key is looked up within its scope only,
   * so one client can never get another's stored response by guessing its key.
   *
   * @default none: one key space for every client
   */
  readonly scope?: ((request: FastifyRequest) => string | undefined) | undefined
  /** What identifies the payload, hashed with the method and `request.url`. @default request.body */
  readonly fingerprint?: ((request: FastifyRequest) => unknown) | undefined
}

/**
 * The route hooks {@link idempotency} returns: spread them into a route's options, or
 * add each with `app.addHook(name, hook)` for every route of a context.
 *
 * @example
 * ```ts
 * import { idempotency, type IdempotencyHooks } from 'statuskit/fastify'
 * const hooks: IdempotencyHooks = idempotency()
 * ```
 */
export interface IdempotencyHooks {
  /** Claims the key after the body is parsed and validated; replays or refuses. */
  preHandler(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined>
  /** Stores the response that is about to be sent, or frees the key. */
  onSend(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown>
}

type Run = Extract<IdempotencyDecision, { action: 'run' }>

/**
 * Fastify hooks (Fastify 4 and 5) for the `Idempotency-Key` request header
 * (draft-ietf-httpapi-idempotency-key-header): the first POST or PATCH with a key runs
 * and its response is stored; a repeat gets that response again with
 * `Idempotent-Replayed: true`, without running the handler; a repeat while the first still
 * runs gets a 409 `idempotencyKeyInUse` problem with `Retry-After: 1` (statuskit's
 * `createFetch` backs off and resends it); the key with another method, URL or body gets
 * a 422 `idempotencyKeyReused`; no key where `required` gets a 400 `idempotencyKeyMissing`.
 * 2xx, 3xx and most 4xx are stored; a 5xx or a thrown error frees the key, and so does a
 * streamed payload (only strings and buffers are stored). Refusals are thrown to the
 * error handler: register `problemPlugin` to send them as problem documents.
 *
 * The key is claimed in `preHandler`, after parsing and validation: a request that fails
 * validation (400) runs nothing and leaves the key free. An `onSend` hook that runs
 * before this one (added earlier, e.g. compression) changes what is stored.
 *
 * @param options - See {@link FastifyIdempotencyOptions}.
 * @returns `{ preHandler, onSend }`.
 * @throws RangeError or TypeError for an invalid option (see `createIdempotency`).
 *
 * @example
 * ```ts
 * import Fastify from 'fastify'
 * import { redisStore } from 'statuskit/idempotency'
 * import { idempotency, problemPlugin } from 'statuskit/fastify'
 *
 * const app = Fastify()
 * await app.register(problemPlugin)
 * const keyed = idempotency({ required: true })
 * app.post('/orders', { ...keyed }, async (request, reply) => reply.code(201).send({ id: 7 }))
 * // or for every route of a context:
 * // app.addHook('preHandler', keyed.preHandler); app.addHook('onSend', keyed.onSend)
 * ```
 * @see {@link https://datatracker.ietf.org/doc/draft-ietf-httpapi-idempotency-key-header/ | Idempotency-Key draft}
 */
export function idempotency(options: FastifyIdempotencyOptions = {}): IdempotencyHooks {
  const gate = createIdempotency(options)
  const { scope, fingerprint } = options
  const runs = new WeakMap<FastifyRequest, Run>()
  return {
    async preHandler(request, reply) {
      const decision = await gate.begin({
        method: request.method,
        target: request.url,
        key: request.headers['idempotency-key'],
        body: fingerprint ? fingerprint(request) : request.body,
        scope: scope?.(request),
      })
      if (decision.action === 'refuse') throw decision.problem
      if (decision.action === 'replay') {
        // Returning the reply ends the request here: the handler does not run.
        return reply.code(decision.status).headers(decision.headers as Record<string, string | string[]>).send(Buffer.from(decision.body))
      }
      if (decision.action === 'run') runs.set(request, decision)
      return undefined
    },
    async onSend(request, reply, payload) {
      const run = runs.get(request)
      if (run) {
        runs.delete(request)
        const body =
          typeof payload === 'string' ? Buffer.from(payload) : payload instanceof Uint8Array ? payload : payload == null ? new Uint8Array() : undefined
        await run.finish(reply.statusCode, reply.getHeaders(), body && body.byteLength <= run.maxBodyBytes ? body : undefined)
      }
      return payload
    },
  }
}
