/**
 * statuskit/nest: RFC 9457 problems for NestJS on `@nestjs/platform-express` and
 * `@nestjs/platform-fastify`: a global exception filter and an `exceptionFactory` for
 * `ValidationPipe`. `@nestjs/common` is an optional peer; the filter uses its `Catch`,
 * `HttpException` and `Logger`.
 *
 * @module
 */
export { ProblemFilter } from './problem-filter.js'
export type { NestProblemOptions } from './problem-filter.js'
export { problemExceptionFactory } from './problem-exception-factory.js'
export type { ValidationErrorLike } from './problem-exception-factory.js'
