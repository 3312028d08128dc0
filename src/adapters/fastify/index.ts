/**
 * statuskit/fastify: a Fastify 4 and 5 plugin that sends every error as RFC 9457
 * `application/problem+json` and adds `reply.problem()`. `fastify` is an optional peer:
 * this entry only uses its types.
 *
 * @module
 */
import type { HttpProblem } from 'statuskit'

export { problemPlugin } from './problem-plugin.js'
export type { FastifyProblemLogger, ProblemPluginOptions } from './problem-plugin.js'

declare module 'fastify' {
  interface FastifyReply {
    /**
     * Sends `problem` as the response, negotiated on the request's `Accept`
     * (`application/problem+json` or one line of `text/plain`), with its status and
     * headers. Added by `problemPlugin` from `statuskit/fastify`.
     *
     * @param problem - The problem to send.
     * @returns The reply.
     *
     * @example
     * ```ts
     * import { conflict } from 'statuskit'
     * app.put('/orders/:id', async (request, reply) => reply.problem(conflict('Order 7 changed.')))
     * ```
     */
    problem(problem: HttpProblem): FastifyReply
  }
}
export { idempotency, type FastifyIdempotencyOptions, type IdempotencyHooks } from './idempotency.js'
