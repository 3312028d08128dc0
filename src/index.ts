/**
 * statuskit: HTTP errors done right. The typed status catalog, RFC 9457 Problem Details
 * and the retry and monitoring classifiers: all pure, no I/O, tree-shakeable.
 *
 * @module
 */

// catalog
export { Status } from './catalog/status.js'
export type {
  StatusCode,
  StatusClass,
  ErrorStatus,
  ClientErrorStatusCode,
  ServerErrorStatusCode,
} from './catalog/status.js'
export { isStatusCode } from './catalog/is-status-code.js'
export { statusText } from './catalog/status-text.js'
export { STATUS_CLASS_PHRASES } from './catalog/phrases.js'
export { statusClass } from './catalog/status-class.js'
export { statusInfo } from './catalog/status-info.js'
export type { StatusInfo, RequiredHeader, ForbiddenHeader, RegistryState } from './catalog/status-info.js'
export { VENDOR_STATUSES, vendorStatuses } from './catalog/vendor-statuses.js'
export type { VendorStatus, StatusVendor } from './catalog/vendor-statuses.js'

// problem details (RFC 9457)
export { PROBLEM_JSON } from './http/problem-json.js'
export { HttpProblem } from './problem/http-problem.js'
export { isHttpProblem } from './problem/is-http-problem.js'
export type { ProblemDocument } from './problem/problem-document.js'
export type { ProblemExtensions, ProblemInit, ProblemOptions } from './problem/problem-options.js'
export { problem } from './problem/problem.js'
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
} from './problem/builders/client-errors.js'
export type {
  UnauthorizedOptions,
  MethodNotAllowedOptions,
  ProxyAuthenticationRequiredOptions,
  ContentTooLargeOptions,
  RangeNotSatisfiableOptions,
  UpgradeRequiredOptions,
  TooManyRequestsOptions,
  UnavailableForLegalReasonsOptions,
} from './problem/builders/client-errors.js'
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
} from './problem/builders/server-errors.js'
export type { ServiceUnavailableOptions } from './problem/builders/server-errors.js'
export { defineProblem } from './problem/define-problem.js'
export type {
  DefinedProblemOptions,
  ProblemContract,
  ProblemDefinition,
  ProblemFactory,
  ProblemFactoryBase,
  ProblemMatch,
  SchemaProblemDefinition,
  SchemaProblemFactory,
} from './problem/define-problem.js'
export type { CheckedProblem, ProblemParseResult } from './problem/checked-problem.js'
export { matchProblem } from './problem/match-problem.js'
export type { KnownProblem, MatchedProblem, UnknownProblem } from './problem/match-problem.js'
export { idempotencyKeyInUse, idempotencyKeyMissing, idempotencyKeyReused } from './problem/idempotency-problems.js'
export { validationProblem } from './problem/validation-problem.js'
export type {
  FromIssuesOptions,
  ValidationExtensions,
  ValidationIssue,
  ValidationProblemBuilder,
  ValidationProblemOptions,
} from './problem/validation-problem.js'
export type { IssueLocation, IssueMappingOptions } from './problem/errors-from-issues.js'
export type { StandardJSONSchemaV1, StandardSchemaV1, StandardTypedV1 } from './problem/standard-schema.js'
export { MAX_PROBLEM_BODY, parseProblem } from './problem/parse-problem.js'
export type { ParsedProblem, ParseProblemOptions } from './problem/parse-problem.js'
export { toProblem } from './problem/to-problem.js'
export type { ToProblemOptions } from './problem/to-problem.js'

// classifiers
export { classifyRetry } from './classify/classify-retry.js'
export type { RetryContext, RetryDecision } from './classify/classify-retry.js'
export type { RetryRequirement, RetryStrategy } from './classify/retry-strategy.js'
export { parseRetryAfter } from './classify/parse-retry-after.js'
export { backoffDelay } from './classify/backoff-delay.js'
export type { BackoffOptions } from './classify/backoff-delay.js'
export { isIdempotentMethod } from './classify/is-idempotent-method.js'
export type { HeadersLike } from './classify/read-header.js'
export { classifyMonitoring } from './classify/classify-monitoring.js'
export type { MonitoringDecision, MonitoringOptions, MonitoringSide } from './classify/classify-monitoring.js'
export { logLevel } from './classify/log-level.js'
export type { LogLevel } from './classify/log-level.js'
