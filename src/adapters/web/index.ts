/**
 * statuskit/web: RFC 9457 problems for web-standard servers, `(Request) => Response`:
 * Next.js route handlers, `Bun.serve`, `Deno.serve`, Cloudflare Workers, SvelteKit and
 * Astro endpoints, React Router resource routes. No Node-only API.
 *
 * @module
 */
export { withProblems } from './with-problems.js'
export type { WebHandler } from './with-problems.js'
export { problemResponse } from './problem-response.js'
export type { WebProblemOptions } from './web-problem-options.js'
export { idempotency } from './idempotency.js'
export type { IdempotentWrapper, WebIdempotencyOptions } from './idempotency.js'
