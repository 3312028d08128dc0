import type { FastifyInstance, FastifyPluginCallback, FastifyReply, FastifyRequest } from 'fastify'
import { notFound, type HttpProblem } from 'statuskit'
import {
  createProblemPipeline,
  readNodeRequest,
  type ProblemLogger,
  type ProblemPipeline,
  type ServerProblem,
  type ServerProblemOptions,
} from 'statuskit/server'

/**
 * Receives each problem the plugin sends from its error and not-found handlers, with the
 * level from `classifyMonitoring(status, 'server')`. Its `cause` is the original error
 * reduced to what is safe to log.
 *
 * @example
 * ```ts
 * import type { FastifyProblemLogger } from 'statuskit/fastify'
 * const log: FastifyProblemLogger = (level, problem, request) => {
 *   request.log[level]({ status: problem.status, type: problem.type }, problem.title)
 * }
 * ```
 */
export type FastifyProblemLogger = ProblemLogger<FastifyRequest>

/**
 * Options of {@link problemPlugin}: the options of every statuskit server adapter (`map`,
 * `customize`, `traceId`, `log`), with Fastify's request passed to `log`.
 */
export interface ProblemPluginOptions extends ServerProblemOptions<FastifyRequest> {
  /**
   * Called for every problem the error and not-found handlers send; `false` logs nothing.
   * @default `request.log[level]({ err: problem }, problem.message)`
   */
  readonly log?: FastifyProblemLogger | false | undefined
}

const logToRequest: FastifyProblemLogger = (level, problem, request) => {
  request.log[level]({ err: problem }, problem.message)
}

const asIs = (payload: string): string => payload

/** The pipeline's view of a Fastify request (path and query as received). */
const requestInfo = (request: FastifyRequest, reply: FastifyReply) => readNodeRequest(request.raw, reply.raw, request.url)

/** Where each reply finds the pipeline of the plugin instance that decorated it. */
const PIPELINE = Symbol('statuskit.pipeline')
type WithPipeline = FastifyInstance & { [PIPELINE]?: ProblemPipeline<FastifyRequest> }

/** Writes what the pipeline prepared through the reply, so Fastify's hooks and headers apply. */
function send(reply: FastifyReply, sent: ServerProblem): FastifyReply {
  reply.code(sent.status)
  reply.raw.statusMessage = sent.statusText
  for (const name of sent.remove) reply.removeHeader(name)
  reply.headers(sent.headers)
  // A string (one write with the head; a Buffer body is a second chunk, measured 4 µs more
  // per response) through an identity serializer, so Fastify sends the content type as it
  // is: for a JSON type without a serializer it would append `; charset=utf-8`. Fastify
  // drops a HEAD body itself, after taking Content-Length from it.
  reply.serializer(asIs).send(sent.body)
  // send() ran the serializer on the string already; drop it, so that a later send on this
  // reply (a throwing onSend hook sends the error handler's answer) serializes as usual.
  return reply.serializer(null as never)
}

function replyProblem(this: FastifyReply, problem: HttpProblem): FastifyReply {
  const pipeline = (this.server as WithPipeline)[PIPELINE] ?? createProblemPipeline<FastifyRequest>({ log: false })
  return send(this, pipeline.fromProblem(problem, requestInfo(this.request, this), { vary: this.getHeader('vary'), bodyForHead: true }))
}

function plugin(fastify: FastifyInstance, options: ProblemPluginOptions, done: (error?: Error) => void): void {
  const pipeline = createProblemPipeline(options, logToRequest)
  ;(fastify as WithPipeline)[PIPELINE] = pipeline
  fastify.decorateReply('problem', replyProblem)
  fastify.setErrorHandler((error: unknown, request, reply) => {
    const sent = pipeline.fromError(error, requestInfo(request, reply), { vary: reply.getHeader('vary'), bodyForHead: true })
    // The response has started: abort it, as Fastify 5 itself does (Fastify 4 would throw
    // ERR_HTTP_HEADERS_SENT out of its default handler).
    if (reply.raw.headersSent) {
      pipeline.log(sent, request, sent.problem.status)
      reply.raw.destroy()
    } else {
      send(reply, sent)
      pipeline.log(sent, request, reply.statusCode)
    }
  })
  fastify.setNotFoundHandler((request, reply) => {
    const sent = pipeline.fromProblem(notFound(), requestInfo(request, reply), { vary: reply.getHeader('vary'), bodyForHead: true })
    send(reply, sent)
    pipeline.log(sent, request, reply.statusCode)
  })
  done()
}

/**
 * Fastify plugin (Fastify 4 and 5) that sends every error as an RFC 9457 problem through
 * the statuskit server pipeline (`map`, `toProblem`, `customize`, `traceId`, render, log):
 * it sets the error handler (your `map` functions first; thrown `HttpProblem`s as they are; http-errors, Boom and Fastify's own
 * errors such as malformed JSON 400 or body too large 413 by their status; schema validation
 * errors as a 400 `validationProblem` whose pointers come from Ajv's `instancePath`;
 * anything else as a 500 whose message and stack never leave the process) and the
 * not-found handler (a 404 problem), and decorates `reply.problem(problem)`. Bodies are
 * negotiated on `Accept` (`application/problem+json`, or one line of `text/plain`), with
 * the problem's headers and the current IANA phrase on the status line; `HEAD` gets no
 * body. Each problem is logged through
 * `request.log` at the level from `classifyMonitoring(status, 'server')`: `info` for 4xx,
 * `error` for most 5xx.
 *
 * It applies to the whole application, not only to its own encapsulation context: it
 * carries `Symbol.for('skip-override')`, as `fastify-plugin` would set, without
 * depending on it. Register it once, before your routes.
 *
 * @example
 * ```ts
 * import Fastify from 'fastify'
 * import { conflict } from 'statuskit'
 * import { problemPlugin } from 'statuskit/fastify'
 *
 * const app = Fastify({ logger: true })
 * await app.register(problemPlugin)
 * app.put('/orders/:id', async () => {
 *   throw conflict('Order 7 is at version 8; you sent version 7.')
 * })
 * app.get('/legacy', async (request, reply) => reply.problem(conflict('Use /orders.')))
 * ```
 */
export const problemPlugin: FastifyPluginCallback<ProblemPluginOptions> = /* #__PURE__ */ Object.assign(plugin, {
  [Symbol.for('skip-override')]: true,
  [Symbol.for('fastify.display-name')]: 'statuskit',
})
