import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common'
import { notFound } from 'statuskit'
import {
  createProblemPipeline,
  readNodeRequest,
  writeNodeResponse,
  type NodeRequestLike,
  type ProblemLogger,
  type ProblemMapper,
  type ProblemPipeline,
  type ServerProblem,
  type ServerProblemOptions,
} from 'statuskit/server'
import type { ServerResponse } from 'node:http'
import { isRouteNotFound, mapHttpException } from './http-exception.js'

/**
 * Options of {@link ProblemFilter}: the options of every statuskit server adapter (`map`,
 * `customize`, `traceId`, `log`), with Nest's `ArgumentsHost` passed to `log`
 * (`host.switchToHttp().getRequest()` is the Express or Fastify request).
 *
 * @example
 * ```ts
 * import type { NestProblemOptions } from 'statuskit/nest'
 * const options: NestProblemOptions = { log: (level, problem) => console[level](problem.status, problem.detail) }
 * ```
 */
export interface NestProblemOptions extends ServerProblemOptions<ArgumentsHost> {
  /**
   * Called for every problem sent; `false` logs nothing.
   * @default Nest's `Logger` (context `ExceptionsHandler`, as Nest's own filter) for `error`-level problems
   */
  readonly log?: ProblemLogger<ArgumentsHost> | false | undefined
}

/** What the filter needs of `@nestjs/platform-fastify`'s reply (the Express platform hands Node's `res` itself). */
interface FastifyReplyLike {
  readonly raw: ServerResponse
  code(status: number): unknown
  getHeader(name: string): unknown
  removeHeader(name: string): unknown
  headers(values: Record<string, string>): unknown
  serializer(serialize: ((payload: string) => string) | null): unknown
  send(payload?: string): unknown
}

function isFastifyReply(response: unknown): response is FastifyReplyLike {
  const reply = response as Partial<FastifyReplyLike> | null
  return typeof reply === 'object' && reply !== null && typeof reply.raw === 'object' && typeof reply.send === 'function'
}

const asIs = (payload: string): string => payload

/**
 * Writes through Fastify's reply, so its hooks and the headers set on it before the error
 * (CORS, `Vary`) apply; Fastify drops a HEAD body itself after taking `Content-Length`
 * from it. An identity serializer sends the content type as it is.
 */
function sendThroughReply(reply: FastifyReplyLike, sent: ServerProblem): void {
  reply.code(sent.status)
  reply.raw.statusMessage = sent.statusText
  for (const name of sent.remove) reply.removeHeader(name)
  reply.headers(sent.headers)
  reply.serializer(asIs)
  reply.send(sent.body)
  // send() ran the serializer already; drop it, so a later send on this reply serializes as usual.
  reply.serializer(null)
}

/** Nest's default: its `Logger`, for the problems worth an alert (5xx), as `BaseExceptionFilter` logs unknown errors. */
function nestLogger(): ProblemLogger<ArgumentsHost> {
  const logger = new Logger('ExceptionsHandler')
  return (level, problem) => {
    if (level === 'error') logger.error(problem)
  }
}

/**
 * A Nest exception filter, for `app.useGlobalFilters()`, that answers everything thrown
 * in an HTTP handler (it catches every type) with an RFC 9457 problem through the
 * statuskit server pipeline, on `@nestjs/platform-express` and on
 * `@nestjs/platform-fastify`: your `map` functions first; then Nest's `HttpException` and
 * its subclasses by `getStatus()`, the message of `getResponse()` (string, or the
 * object's `message`: a string or a `string[]`) as `detail` for 4xx only; then `toProblem`
 * (problems as they are, http-errors, Boom, body parsers; anything else a 500 that leaks
 * no message or stack); `customize`, `traceId`, negotiation on `Accept`, `HEAD` without a
 * body, the current phrase on the status line. A request no route matched gets the plain
 * 404 problem (Nest's `Cannot GET /path` is not sent). When the response has already
 * started, the error is logged and the connection dropped.
 *
 * `@Catch()` is applied by statuskit itself (as a call, so no compiler flag is needed).
 * It answers HTTP requests only: in another context (RPC, WebSocket) it rethrows.
 *
 * @example
 * ```ts
 * import { NestFactory } from '@nestjs/core'
 * import { ProblemFilter } from 'statuskit/nest'
 * declare const AppModule: new () => object
 *
 * const app = await NestFactory.create(AppModule)
 * app.useGlobalFilters(new ProblemFilter())
 * await app.listen(3000)
 * ```
 */
export class ProblemFilter implements ExceptionFilter {
  readonly #pipeline: ProblemPipeline<ArgumentsHost>

  /**
   * @param options - See {@link NestProblemOptions}.
   * @throws TypeError when an option has the wrong type.
   */
  constructor(options: NestProblemOptions = {}) {
    const { map } = options
    const mappers: unknown[] = map === undefined ? [] : Array.isArray(map) ? [...(map as readonly unknown[])] : [map]
    mappers.push(mapHttpException)
    this.#pipeline = createProblemPipeline({ ...options, map: mappers as ProblemMapper[] }, nestLogger())
  }

  /**
   * Answers `exception` on the response of `host`; called by Nest.
   *
   * @param exception - What was thrown.
   * @param host - Nest's arguments host of the request.
   */
  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception
    const http = host.switchToHttp()
    const request = http.getRequest<NodeRequestLike & { raw?: NodeRequestLike; originalUrl?: string }>()
    const response = http.getResponse<unknown>()
    const reply = isFastifyReply(response) ? response : undefined
    const res = reply ? reply.raw : (response as ServerResponse)
    const req = request.raw ?? request
    const url = request.originalUrl ?? (req as { originalUrl?: string }).originalUrl ?? req.url ?? '/'
    const info = readNodeRequest(req, res, url)
    const state = { vary: reply ? reply.getHeader('vary') : res.getHeader('vary'), bodyForHead: reply !== undefined }
    const pipeline = this.#pipeline
    const sent = isRouteNotFound(exception, info.method, url) ? pipeline.fromProblem(notFound(), info, state) : pipeline.fromError(exception, info, state)
    if (res.headersSent) {
      // The response has started: drop the connection, so the client sees it failed.
      pipeline.log(sent, host, sent.problem.status)
      res.destroy()
      return
    }
    if (reply) sendThroughReply(reply, sent)
    else writeNodeResponse(res, sent)
    pipeline.log(sent, host)
  }
}

// `@Catch()` (every exception type) as a call: this package compiles without `experimentalDecorators`.
Catch()(ProblemFilter)
