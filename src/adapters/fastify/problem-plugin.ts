import type { FastifyInstance, FastifyPluginCallback, FastifyReply, FastifyRequest } from 'fastify'
import { notFound, renderProblem, toProblem, type HttpProblem, type LogLevel } from 'statuskit'
import { logProblemSafely } from '../log-problem-safely.js'

/**
 * Receives each problem the plugin sends from its error and not-found handlers, with the
 * level from `classifyMonitoring(status, 'server')`.
 *
 * @example
 * ```ts
 * import type { FastifyProblemLogger } from 'statuskit/fastify'
 * const log: FastifyProblemLogger = (level, problem, request) => {
 *   request.log[level]({ status: problem.status, type: problem.type }, problem.title)
 * }
 * ```
 */
export type FastifyProblemLogger = (level: LogLevel, problem: HttpProblem, request: FastifyRequest) => void

/**
 * Options of {@link problemPlugin}.
 */
export interface ProblemPluginOptions {
  /**
   * Called for every problem the error and not-found handlers send; `false` logs nothing.
   * @default `request.log[level]({ err: problem }, problem.message)`
   */
  log?: FastifyProblemLogger | false | undefined
}

const logToRequest: FastifyProblemLogger = (level, problem, request) => {
  request.log[level]({ err: problem }, problem.message)
}

const asIs = (payload: string): string => payload

function replyProblem(this: FastifyReply, problem: HttpProblem): FastifyReply {
  // No `method`: Fastify (its HEAD routes) and Node drop the body of a HEAD response themselves.
  const { status, headers, body, remove } = renderProblem(problem, { accept: this.request.headers.accept })
  this.code(status)
  for (const name of remove) this.removeHeader(name)
  for (const name in headers) {
    const value = headers[name] as string
    const before = name === 'vary' ? this.getHeader(name) : undefined
    this.header(name, before ? `${String(before)}, ${value}` : value)
  }
  // A string (one write with the head; a Buffer body is a second chunk, measured 4 µs more
  // per response) through an identity serializer, so Fastify sends the content type as it
  // is: for a JSON type without a serializer it would append `; charset=utf-8`.
  this.serializer(asIs).send(body)
  // send() ran the serializer on the string already; drop it, so that a later send on this
  // reply (a throwing onSend hook sends the error handler's answer) serializes as usual.
  return this.serializer(null as never)
}

function plugin(fastify: FastifyInstance, options: ProblemPluginOptions, done: (error?: Error) => void): void {
  const { log = logToRequest } = options
  fastify.decorateReply('problem', replyProblem)
  fastify.setErrorHandler((error: unknown, request, reply) => {
    const problem = toProblem(error)
    // The response has started: abort it, as Fastify 5 itself does (Fastify 4 would throw
    // ERR_HTTP_HEADERS_SENT out of its default handler).
    if (reply.raw.headersSent) {
      logProblemSafely(log, problem, request, problem.status)
      reply.raw.destroy()
    } else {
      reply.problem(problem)
      logProblemSafely(log, problem, request, reply.statusCode)
    }
  })
  fastify.setNotFoundHandler((request, reply) => {
    const problem = notFound()
    reply.problem(problem)
    logProblemSafely(log, problem, request, reply.statusCode)
  })
  done()
}

/**
 * Fastify plugin (Fastify 4 and 5) that sends every error as an RFC 9457 problem: it sets
 * the error handler (thrown `HttpProblem`s as they are; http-errors, Boom and Fastify's own
 * errors such as malformed JSON 400 or body too large 413 by their status; schema validation
 * errors as a 400 `validationProblem` whose pointers come from Ajv's `instancePath`;
 * anything else as a 500 whose message and stack never leave the process) and the
 * not-found handler (a 404 problem), and decorates `reply.problem(problem)`. Bodies are
 * negotiated on `Accept` (`application/problem+json`, or one line of `text/plain`), with
 * the problem's headers; `HEAD` gets no body. Each problem is logged through
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
