/**
 * statuskit/express: Express 4 and 5 middleware that sends every error as RFC 9457
 * `application/problem+json`. `express` is an optional peer: this entry only uses its types.
 *
 * @module
 */
export { problemHandler } from './problem-handler.js'
export type { ProblemHandlerOptions } from './problem-handler.js'
export { notFoundHandler } from './not-found-handler.js'
export { sendProblem } from './send-problem.js'
export type { ProblemLogger } from './log-problem.js'
export { idempotency, type ExpressIdempotencyOptions } from './idempotency.js'
