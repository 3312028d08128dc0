/**
 * statuskit: HTTP errors done right. The typed status catalog, RFC 9457 Problem Details
 * and the retry and monitoring classifiers: all pure, no I/O, tree-shakeable.
 *
 * @module
 */

// catalog
export { Status } from './core/catalog/status.js'
export type {
  StatusCode,
  StatusClass,
  ErrorStatus,
  ClientErrorStatusCode,
  ServerErrorStatusCode,
} from './core/catalog/status.js'
export { isStatusCode } from './core/catalog/is-status-code.js'
export { statusText } from './core/catalog/status-text.js'
export { STATUS_CLASS_PHRASES } from './core/catalog/phrases.js'
export { statusClass } from './core/catalog/status-class.js'
export { statusInfo } from './core/catalog/status-info.js'
export type { StatusInfo, RequiredHeader, ForbiddenHeader, RegistryState } from './core/catalog/status-info.js'
export { VENDOR_STATUSES, vendorStatuses } from './core/catalog/vendor-statuses.js'
export type { VendorStatus, StatusVendor } from './core/catalog/vendor-statuses.js'

// problem details (RFC 9457)
export { PROBLEM_JSON } from './core/http/problem-json.js'
export { HttpProblem } from './core/problem/http-problem.js'
export { isHttpProblem } from './core/problem/is-http-problem.js'
export type { ProblemDocument } from './core/problem/problem-document.js'
export type { ProblemExtensions, ProblemInit, ProblemOptions } from './core/problem/problem-options.js'
export { problem } from './core/problem/problem.js'
export {
  badRequest,
  conflict,
  contentTooLarge,
  expectationFailed,
  failedDependency,
  forbidden,
  gone,
  lengthRequired,
  locked,
  methodNotAllowed,
  misdirectedRequest,
  notAcceptable,
  notFound,
  payloadTooLarge,
  paymentRequired,
  preconditionFailed,
  preconditionRequired,
  proxyAuthenticationRequired,
  rangeNotSatisfiable,
  requestHeaderFieldsTooLarge,
  requestTimeout,
  tooEarly,
  tooManyRequests,
  unauthorized,
  unavailableForLegalReasons,
  unprocessableContent,
  unprocessableEntity,
  unsupportedMediaType,
  upgradeRequired,
  uriTooLong,
} from './core/problem/builders/client-errors.js'
export type {
  UnauthorizedOptions,
  MethodNotAllowedOptions,
  ProxyAuthenticationRequiredOptions,
  ContentTooLargeOptions,
  RangeNotSatisfiableOptions,
  UpgradeRequiredOptions,
  TooManyRequestsOptions,
  UnavailableForLegalReasonsOptions,
} from './core/problem/builders/client-errors.js'
export {
  badGateway,
  gatewayTimeout,
  httpVersionNotSupported,
  insufficientStorage,
  internalServerError,
  loopDetected,
  networkAuthenticationRequired,
  notImplemented,
  serviceUnavailable,
  variantAlsoNegotiates,
} from './core/problem/builders/server-errors.js'
export type { ServiceUnavailableOptions } from './core/problem/builders/server-errors.js'
export { defineProblem } from './core/problem/define-problem.js'
export type {
  DefinedProblemOptions,
  ProblemContract,
  ProblemDefinition,
  ProblemFactory,
  ProblemFactoryBase,
  ProblemMatch,
  SchemaProblemDefinition,
  SchemaProblemFactory,
} from './core/problem/define-problem.js'
export type { CheckedProblem, ProblemParseResult } from './core/problem/checked-problem.js'
export { matchProblem } from './core/problem/match-problem.js'
export type { KnownProblem, MatchedProblem, UnknownProblem } from './core/problem/match-problem.js'
export { idempotencyKeyInUse, idempotencyKeyMissing, idempotencyKeyReused } from './core/problem/idempotency-problems.js'
export { validationProblem } from './core/problem/validation-problem.js'
export type {
  FromIssuesOptions,
  ValidationExtensions,
  ValidationIssue,
  ValidationProblemBuilder,
  ValidationProblemOptions,
} from './core/problem/validation-problem.js'
export type { IssueLocation, IssueMappingOptions } from './core/problem/errors-from-issues.js'
export type { StandardJSONSchemaV1, StandardSchemaV1, StandardTypedV1 } from './core/problem/standard-schema.js'
export { MAX_PROBLEM_BODY, parseProblem } from './core/problem/parse-problem.js'
export type { ParsedProblem, ParseProblemOptions } from './core/problem/parse-problem.js'
export { toProblem } from './core/problem/to-problem.js'
export type { ToProblemOptions } from './core/problem/to-problem.js'

// classifiers
export { classifyRetry } from './core/classify/classify-retry.js'
export type { RetryContext, RetryDecision } from './core/classify/classify-retry.js'
export type { RetryRequirement, RetryStrategy } from './core/classify/retry-strategy.js'
export { parseRetryAfter } from './core/classify/parse-retry-after.js'
export { backoffDelay } from './core/classify/backoff-delay.js'
export type { BackoffOptions } from './core/classify/backoff-delay.js'
export { isIdempotentMethod } from './core/classify/is-idempotent-method.js'
export type { HeadersLike } from './core/classify/read-header.js'
export { classifyMonitoring } from './core/classify/classify-monitoring.js'
export type { MonitoringDecision, MonitoringOptions, MonitoringSide } from './core/classify/classify-monitoring.js'
export { logLevel } from './core/classify/log-level.js'
export type { LogLevel } from './core/classify/log-level.js'
