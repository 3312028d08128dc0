/**
 * statuskit/koa: RFC 9457 problems for Koa 2 and 3, one middleware mounted first. `koa` is
 * an optional peer: this entry only uses its types.
 *
 * @module
 */
export { problemMiddleware } from './problem-middleware.js'
export type { KoaProblemOptions } from './problem-middleware.js'
