import { HttpProblem, isHttpProblem, logLevel, toProblem, type LogLevel } from 'statuskit'
import { renderProblem, type RenderedProblem } from './render-problem.js'
import { reasonPhrase } from './reason-phrase.js'
import { redactForLog } from './redact-for-log.js'
import type { RequestInfo } from './request-info.js'
import type { ProblemLogger, ProblemMapper, ServerProblemOptions, TraceIdReader } from './server-problem-options.js'
import { isSafeTraceId, readTraceId } from './trace-id.js'
import { withExtensions } from './with-extensions.js'

/**
 * A problem ready for the wire, as the pipeline prepared it: the {@link RenderedProblem}
 * fields (`status`, `headers` with `Vary` merged, `body`, `remove`) plus what an adapter
 * needs to write and log it.
 *
 * @example
 * ```ts
 * import { conflict } from 'statuskit'
 * import { createProblemPipeline, type ServerProblem } from 'statuskit/server'
 * declare const request: import('statuskit/server').RequestInfo
 * const sent: ServerProblem = createProblemPipeline().fromProblem(conflict('Order 7 changed.'), request)
 * sent.statusText // 'Conflict'
 * ```
 */
export interface ServerProblem extends RenderedProblem {
  /** The problem rendered: mapped and customized (its `traceId` is {@link ServerProblem.traceId}). */
  readonly problem: HttpProblem
  /**
   * The `traceId` member the JSON body carries, or `undefined` (none found, turned off, or
   * the problem has a `traceId` extension of its own). The logged problem has it too.
   */
  readonly traceId: string | undefined
  /**
   * The reason phrase for the status line: the current IANA phrase (413 "Content Too
   * Large"), a vendor code's catalog phrase, never Node's "unknown".
   */
  readonly statusText: string
  /**
   * Server-side defects met on the way, reported by {@link ProblemPipeline.log} at
   * `error` and never sent: a `map`, `customize` or `traceId` function that threw or
   * returned something else. Each is a 500 problem whose `detail` names the step and
   * whose `cause` is what was thrown.
   */
  readonly diagnostics: readonly HttpProblem[]
}

/**
 * What the pipeline needs to know about the response it prepares.
 *
 * @example
 * ```ts
 * import type { ResponseState } from 'statuskit/server'
 * const state: ResponseState = { vary: 'Origin' }
 * ```
 */
export interface ResponseState {
  /** The `Vary` the response already has (Node's `res.getHeader('vary')`); merged once. */
  readonly vary?: unknown
  /**
   * Render a body for `HEAD` too: for a framework that drops it itself and computes
   * `Content-Length` from it (Fastify).
   * @default false
   */
  readonly bodyForHead?: boolean | undefined
}

/**
 * The server pipeline of one adapter instance, made by {@link createProblemPipeline}.
 * None of its methods throws.
 *
 * @typeParam TRequest - The framework's request type, passed to the logger.
 * @example
 * ```ts
 * import { createProblemPipeline, type ProblemPipeline } from 'statuskit/server'
 * const pipeline: ProblemPipeline<Request> = createProblemPipeline<Request>({ traceId: false })
 * ```
 */
export interface ProblemPipeline<TRequest> {
  /**
   * `map → toProblem → customize → traceId → render` for anything thrown.
   *
   * @param thrown - What the route threw.
   * @param request - The request being answered.
   * @param response - The response's current state.
   * @returns What to write.
   */
  fromError(thrown: unknown, request: RequestInfo, response?: ResponseState): ServerProblem
  /**
   * `customize → traceId → render` for a problem the adapter or the app sends itself (the
   * 404 of an unknown route, `reply.problem()`): mappers are for thrown errors only.
   *
   * @param problem - The problem to send.
   * @param request - The request being answered.
   * @param response - The response's current state.
   * @returns What to write.
   */
  fromProblem(problem: HttpProblem, request: RequestInfo, response?: ResponseState): ServerProblem
  /**
   * The log step, after the response went out: the problem (its cause made safe to log)
   * at the level of `status`, then each diagnostic at `error`, then the problem's
   * `warnings`, if any, at `warn`. A logger that throws or rejects is ignored.
   *
   * @param sent - What {@link ProblemPipeline.fromError} or {@link ProblemPipeline.fromProblem} returned.
   * @param request - The framework's request, handed to the logger.
   * @param status - The status actually sent. @default sent.status
   */
  log(sent: ServerProblem, request: TRequest, status?: number): void
}

const NO_DIAGNOSTICS: readonly HttpProblem[] = /* @__PURE__ */ Object.freeze([])
const NO_STATE: ResponseState = {}

/** A server-side defect, for the log only: `statuskit: <what happened>`. */
function defect(what: string, cause?: unknown): HttpProblem {
  return new HttpProblem({ status: 500, title: 'Internal Server Error', detail: `statuskit: ${what}`, expose: false, cause, stack: false })
}

/** What a hook answered when it was neither a problem nor `undefined` (an async function's promise, ...). */
/**
 * `toProblem`'s options for one request: its `signal`, read only when asked (for an
 * AbortError; making it can cost, e.g. on @hono/node-server). A class, not a literal with a
 * getter: one small object per error instead of an object, a closure and its context.
 */
class SignalOf {
  readonly #request: RequestInfo
  constructor(request: RequestInfo) {
    this.#request = request
  }
  get signal(): AbortSignal {
    return this.#request.signal
  }
}

const NOT_A_PROBLEM = 'returned neither an HttpProblem nor undefined'

/** The problem's `warnings` (strings only), read without ever throwing. */
function warningsOf(problem: HttpProblem): readonly string[] {
  try {
    const warnings: unknown = (problem as { readonly warnings?: unknown }).warnings
    return Array.isArray(warnings) ? warnings.filter((warning): warning is string => typeof warning === 'string') : []
  } catch {
    return []
  }
}

/** Throws the TypeError for an option of the wrong type, when the adapter is made. */
function check(ok: boolean, option: string, expected: string): void {
  if (!ok) throw new TypeError(`Invalid \`${option}\`: expected ${expected}.`)
}

/**
 * Makes the server pipeline every statuskit server adapter runs on, from the options its
 * user passed ({@link ServerProblemOptions}) and the adapter's default logger:
 *
 * 1. **map**: the user's mappers in order, first problem wins; one that throws is skipped
 *    (and reported); then the built-in `toProblem` (http-errors, Boom, body parsers, 500
 *    for the unknown, never leaking a message or stack).
 * 2. **customize**: for every problem, mapped ones and 404s included; a throw sends the
 *    problem uncustomized.
 * 3. **traceId**: a `traceId` extension from `traceparent` / `x-request-id` (validated,
 *    never reflected otherwise), a reader of yours, or none.
 * 4. **render**: `renderProblem`, negotiated on `Accept`, `HEAD` without a body, the
 *    response's `Vary` merged with `Accept` once, the status line's phrase.
 * 5. **log** (after the adapter wrote the response): at the level of
 *    `classifyMonitoring(status, 'server')` of the status sent, with the cause reduced to
 *    what is safe to log, so an HTTP client's `Authorization` header or `api_key` query
 *    never reaches a log.
 *
 * A problem that cannot be rendered (a hostile object that claims to be a problem) is
 * answered with a bare 500. Nothing here touches a framework, Node or the network: the
 * same pipeline serves Node and web-standard servers.
 *
 * @typeParam TRequest - The framework's request type, passed to the logger.
 * @param options - The user's options.
 * @param defaultLog - The adapter's logger when `options.log` is not given.
 * @param adapterMappers - The adapter's own mappers (its framework's HTTP errors), tried after the user's.
 * @returns The pipeline.
 * @throws TypeError when an option has the wrong type (at creation, never per request).
 *
 * @example
 * ```ts
 * import { createProblemPipeline, readNodeRequest, writeNodeResponse } from 'statuskit/server'
 * import type { IncomingMessage, ServerResponse } from 'node:http'
 *
 * const pipeline = createProblemPipeline<IncomingMessage>({ log: (level, problem) => console[level](problem.status) })
 * export function answerError(error: unknown, req: IncomingMessage, res: ServerResponse): void {
 *   const sent = pipeline.fromError(error, readNodeRequest(req, res), { vary: res.getHeader('vary') })
 *   writeNodeResponse(res, sent)
 *   pipeline.log(sent, req)
 * }
 * ```
 */
export function createProblemPipeline<TRequest = RequestInfo>(
  options: ServerProblemOptions<TRequest> = {},
  defaultLog?: ProblemLogger<TRequest>,
  adapterMappers: readonly ProblemMapper[] = [],
): ProblemPipeline<TRequest> {
  const { map, customize, traceId = true, log = defaultLog } = options
  const given: readonly ProblemMapper[] = map === undefined ? [] : Array.isArray(map) ? (map as readonly ProblemMapper[]) : [map as ProblemMapper]
  const mappers: readonly ProblemMapper[] = [...given, ...adapterMappers]
  check(mappers.every((mapper) => typeof mapper === 'function'), 'map', 'a function or an array of functions')
  check(customize === undefined || typeof customize === 'function', 'customize', 'a function')
  check(typeof traceId === 'boolean' || typeof traceId === 'function', 'traceId', 'a boolean or a function')
  check(log === undefined || log === false || typeof log === 'function', 'log', 'a function or false')
  const reader: TraceIdReader | undefined = traceId === true ? readTraceId : traceId || undefined
  const logger = log || undefined

  function mapError(thrown: unknown, request: RequestInfo, diagnostics: HttpProblem[]): HttpProblem {
    for (const mapper of mappers) {
      let answer: unknown
      try {
        answer = mapper(thrown)
      } catch (error) {
        diagnostics.push(defect('a `map` function threw; skipped', error))
        continue
      }
      if (answer === undefined) continue
      if (isHttpProblem(answer)) return answer
      diagnostics.push(defect(`a \`map\` function ${NOT_A_PROBLEM}; skipped`))
    }
    // The signal tells an AbortError of the client leaving (499) from the server's own;
    // it is read only for an AbortError (making it can cost, e.g. on @hono/node-server).
    return toProblem(thrown, new SignalOf(request))
  }

  function prepare(start: HttpProblem, request: RequestInfo, response: ResponseState, diagnostics: HttpProblem[]): ServerProblem {
    let problem = start
    try {
      if (customize) {
        try {
          const answer: unknown = customize(problem, { request })
          if (isHttpProblem(answer)) problem = answer
          else if (answer !== undefined) diagnostics.push(defect(`\`customize\` ${NOT_A_PROBLEM}; sent uncustomized`))
        } catch (error) {
          diagnostics.push(defect('`customize` threw; sent uncustomized', error))
        }
      }
      if (reader) {
        let id: unknown
        try {
          id = reader(request)
        } catch (error) {
          diagnostics.push(defect('the `traceId` function threw', error))
        }
        if (isSafeTraceId(id) && !Object.hasOwn(problem.extensions, 'traceId')) {
          // Added at render time: copying the problem would cost more than the rest of the
          // pipeline (the logged problem gets the member in the log step).
          return render(problem, request, response, diagnostics, id)
        }
      }
      return render(problem, request, response, diagnostics, undefined)
    } catch (error) {
      // A value that claims the problem brand but cannot be read or rendered.
      diagnostics.push(defect('the problem could not be rendered; sent a bare 500', error))
      return render(new HttpProblem({ status: 500, title: 'Internal Server Error' }), request, response, diagnostics, undefined)
    }
  }

  function render(problem: HttpProblem, request: RequestInfo, response: ResponseState, diagnostics: HttpProblem[], traceId: string | undefined): ServerProblem {
    const { vary } = response
    const rendered = renderProblem(problem, {
      accept: request.accept,
      method: response.bodyForHead ? undefined : request.method,
      vary: typeof vary === 'string' || Array.isArray(vary) ? (vary as string | readonly string[]) : undefined,
      extensions: traceId === undefined ? undefined : { traceId },
    })
    return {
      status: rendered.status,
      headers: rendered.headers,
      body: rendered.body,
      remove: rendered.remove,
      problem,
      traceId,
      statusText: reasonPhrase(rendered.status),
      diagnostics: diagnostics.length ? diagnostics : NO_DIAGNOSTICS,
    }
  }

  function call(level: LogLevel, problem: HttpProblem, request: TRequest): void {
    if (!logger) return
    try {
      const result: unknown = logger(level, problem, request)
      if (result !== undefined) Promise.resolve(result).catch(() => {})
    } catch {
      // the response matters more than the log line
    }
  }

  /** The problem a logger may see: its cause made safe, with the trace id sent, or a bare 500 if it cannot be read. */
  function safe(problem: HttpProblem, traceId?: string): HttpProblem {
    try {
      return redactForLog(traceId === undefined ? problem : withExtensions(problem, { traceId }))
    } catch {
      return new HttpProblem({ status: 500, title: 'Internal Server Error', stack: false })
    }
  }

  return {
    fromError(thrown, request, response = NO_STATE) {
      const diagnostics: HttpProblem[] = []
      return prepare(mapError(thrown, request, diagnostics), request, response, diagnostics)
    },
    fromProblem(problem, request, response = NO_STATE) {
      return prepare(problem, request, response, [])
    },
    log(sent, request, status = sent.status) {
      if (!logger) return
      let level: LogLevel = 'error'
      try {
        level = logLevel(status, 'server')
      } catch {
        // not a status: log it as the bug it is
      }
      call(level, safe(sent.problem, sent.traceId), request)
      for (const found of sent.diagnostics) call('error', safe(found), request)
      const warnings = warningsOf(sent.problem)
      if (warnings.length) call('warn', safe(defect(`the ${status} problem sent has warnings: ${warnings.join('; ')}`, sent.problem)), request)
    },
  }
}
