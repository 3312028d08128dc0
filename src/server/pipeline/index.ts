/**
 * statuskit/server: the one pipeline every server adapter runs on, for adapter authors
 * and for apps on a framework statuskit has no adapter for. Pure: no framework, no
 * Node-only API, so Node and web-standard servers share it.
 *
 * `error → map → toProblem → customize → traceId → render → log`; `renderProblem` (with
 * `acceptQuality`) is the render step, for an adapter that has a problem in hand.
 *
 * @module
 */
export { createProblemPipeline } from './problem-pipeline.js'
export { renderProblem } from './render-problem.js'
export type { RenderProblemOptions, RenderedProblem } from './render-problem.js'
export { acceptQuality } from './accept-quality.js'
export type { ProblemPipeline, ResponseState, ServerProblem } from './problem-pipeline.js'
export type {
  ProblemContext,
  ProblemCustomizer,
  ProblemLogger,
  ProblemMapper,
  ServerProblemOptions,
  TraceIdReader,
} from './server-problem-options.js'
export type { RequestInfo } from './request-info.js'
export { isSafeTraceId, readTraceId } from './trace-id.js'
export { withExtensions } from './with-extensions.js'
export { readNodeRequest } from './read-node-request.js'
export type { NodeClosable, NodeRequestLike } from './read-node-request.js'
export { writeNodeResponse } from './write-node-response.js'
export { readWebRequest } from './read-web-request.js'
export { toWebResponse } from './to-web-response.js'
export { isControlFlow, mapFrameworkError, mapHttpException } from './framework-errors.js'
export type { ServerResponseLike } from './write-node-response.js'
