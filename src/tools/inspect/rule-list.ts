import type { Rule, RuleInfo } from './rule.js'
import { body205WithContent } from './rules/body-205-with-content.js'
import { bodyContentOn1xx } from './rules/body-content-on-1xx.js'
import { bodyContentOn204 } from './rules/body-content-on-204.js'
import { bodyContentOn304 } from './rules/body-content-on-304.js'
import { bodyContentOnHead } from './rules/body-content-on-head.js'
import { bodyErrorWithoutExplanation } from './rules/body-error-without-explanation.js'
import { cacheErrorHeuristicallyCacheable } from './rules/cache-error-heuristically-cacheable.js'
import { cacheNeverStoreHasFreshness } from './rules/cache-never-store-has-freshness.js'
import { cachePublicOnAuthError } from './rules/cache-public-on-auth-error.js'
import { cacheVaryMissingAccept } from './rules/cache-vary-missing-accept.js'
import { corsRetryAfterNotExposed } from './rules/cors-retry-after-not-exposed.js'
import { bodyErrorLeaksInternals } from './rules/body-error-leaks-internals.js'
import { headerContentRangeMultipart } from './rules/header-content-range-multipart.js'
import { headerRecommendedMissing, headerRequiredMissing } from './rules/header-required-missing.js'
import { status409PreconditionFailed, status409Unexplained } from './rules/status-409-signals.js'
import { headerContentLengthForbidden } from './rules/header-content-length-forbidden.js'
import { headerErrorWithoutContentType } from './rules/header-error-without-content-type.js'
import { misuse200ErrorBody } from './rules/misuse-200-error-body.js'
import { misuse500ValidationBody } from './rules/misuse-500-validation-body.js'
import { misuseReservedStatus } from './rules/misuse-reserved-status.js'
import { misuseUnregisteredStatus } from './rules/misuse-unregistered-status.js'
import { problemInvalidBody } from './rules/problem-invalid-body.js'
import { problemServedAsJson } from './rules/problem-served-as-json.js'
import { problemStatusMismatch } from './rules/problem-status-mismatch.js'
import { retry429503WithoutRetryAfter } from './rules/retry-429-503-without-retry-after.js'
import { retryInvalidRetryAfter } from './rules/retry-invalid-retry-after.js'
import { status201PostWithoutLocation } from './rules/status-201-post-without-location.js'
import { status304NonGet } from './rules/status-304-non-get.js'
import { status3xxWithoutLocation } from './rules/status-3xx-without-location.js'
import { status401WithoutWwwAuthenticate } from './rules/status-401-without-www-authenticate.js'
import { status405WithoutAllow } from './rules/status-405-without-allow.js'
import { status407WithoutProxyAuthenticate } from './rules/status-407-without-proxy-authenticate.js'
import { statusOutOfRange } from './rules/status-out-of-range.js'
import { statusUpgradeMissing } from './rules/status-upgrade-missing.js'
// Rules of the guides' inspector signals (issue 24).
import { status101UpgradeNotOffered } from './rules/status-101-upgrade-not-offered.js'
import { status203DespiteNoTransform } from './rules/status-203-despite-no-transform.js'
import { status3xxLocationSelf } from './rules/status-3xx-location-self.js'
import { status3xxMethodMayChange } from './rules/status-3xx-method-may-change.js'
import { status201SafeMethod } from './rules/status-201-safe-method.js'
import { status304EtagNotMatched } from './rules/status-304-etag-not-matched.js'
import { status405AllowIncludesMethod } from './rules/status-405-allow-includes-method.js'
import { status405AllowGetWithoutHead } from './rules/status-405-allow-get-without-head.js'
import { headerInvalidAuthChallenge } from './rules/header-invalid-auth-challenge.js'
import { status409SafeMethod } from './rules/status-409-safe-method.js'
import { status412NotModifiedDue } from './rules/status-412-not-modified-due.js'
import { status511WithChallenge } from './rules/status-511-with-challenge.js'
import { status207NotMultistatus } from './rules/status-207-not-multistatus.js'
import { status208TopLevel } from './rules/status-208-top-level.js'
import { headerContentTypeOn204 } from './rules/header-content-type-on-204.js'
import { cacheErrorExplicitFreshness } from './rules/cache-error-explicit-freshness.js'
import { retryRetryAfterTooFar } from './rules/retry-retry-after-too-far.js'
import { retryRatelimitInvalid } from './rules/retry-ratelimit-invalid.js'

/** Every rule with its check, in report order within a severity. Internal. */
export const RULES_WITH_CHECKS: readonly Rule[] = /* #__PURE__ */ Object.freeze(
  [
    statusOutOfRange,
    status401WithoutWwwAuthenticate,
    status405WithoutAllow,
    status407WithoutProxyAuthenticate,
    statusUpgradeMissing,
    status201PostWithoutLocation,
    status3xxWithoutLocation,
    status304NonGet,
    headerRequiredMissing,
    headerRecommendedMissing,
    headerContentRangeMultipart,
    status409PreconditionFailed,
    status409Unexplained,
    bodyContentOn1xx,
    bodyContentOn204,
    bodyContentOn304,
    bodyContentOnHead,
    body205WithContent,
    bodyErrorWithoutExplanation,
    bodyErrorLeaksInternals,
    headerContentLengthForbidden,
    headerErrorWithoutContentType,
    problemStatusMismatch,
    problemServedAsJson,
    problemInvalidBody,
    cacheNeverStoreHasFreshness,
    cacheErrorHeuristicallyCacheable,
    cachePublicOnAuthError,
    cacheVaryMissingAccept,
    retry429503WithoutRetryAfter,
    retryInvalidRetryAfter,
    corsRetryAfterNotExposed,
    misuse200ErrorBody,
    misuse500ValidationBody,
    misuseReservedStatus,
    misuseUnregisteredStatus,
    status101UpgradeNotOffered,
    status3xxLocationSelf,
    status3xxMethodMayChange,
    status201SafeMethod,
    status203DespiteNoTransform,
    status304EtagNotMatched,
    status405AllowIncludesMethod,
    status405AllowGetWithoutHead,
    headerInvalidAuthChallenge,
    status409SafeMethod,
    status412NotModifiedDue,
    status511WithChallenge,
    status207NotMultistatus,
    status208TopLevel,
    headerContentTypeOn204,
    cacheErrorExplicitFreshness,
    retryRetryAfterTooFar,
    retryRatelimitInvalid,
  ].map((rule) => Object.freeze(rule)),
)

/**
 * The rules `inspectResponse` applies: stable id, severity, reference and hint of each.
 * Use the ids in `options.ignore` to allow-list a rule.
 *
 * @example
 * ```ts
 * import { RULES } from 'statuskit/inspect'
 * RULES.find((rule) => rule.id === 'status.405-without-allow')?.reference // 'RFC 9110 §15.5.6'
 * ```
 */
export const RULES: readonly RuleInfo[] = RULES_WITH_CHECKS
