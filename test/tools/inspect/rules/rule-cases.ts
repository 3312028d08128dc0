import type { RuleCase } from './rule-case.js'
import { cacheErrorExplicitFreshness } from './cache-error-explicit-freshness.cases.js'
import { headerContentTypeOn204 } from './header-content-type-on-204.cases.js'
import { headerInvalidAuthChallenge } from './header-invalid-auth-challenge.cases.js'
import { retryRatelimitInvalid } from './retry-ratelimit-invalid.cases.js'
import { retryRetryAfterTooFar } from './retry-retry-after-too-far.cases.js'
import { status101UpgradeNotOffered } from './status-101-upgrade-not-offered.cases.js'
import { status201SafeMethod } from './status-201-safe-method.cases.js'
import { status203DespiteNoTransform } from './status-203-despite-no-transform.cases.js'
import { status207NotMultistatus } from './status-207-not-multistatus.cases.js'
import { status208TopLevel } from './status-208-top-level.cases.js'
import { status304EtagNotMatched } from './status-304-etag-not-matched.cases.js'
import { status3xxLocationSelf } from './status-3xx-location-self.cases.js'
import { status3xxMethodMayChange } from './status-3xx-method-may-change.cases.js'
import { status405AllowGetWithoutHead } from './status-405-allow-get-without-head.cases.js'
import { status405AllowIncludesMethod } from './status-405-allow-includes-method.cases.js'
import { status409SafeMethod } from './status-409-safe-method.cases.js'
import { status412NotModifiedDue } from './status-412-not-modified-due.cases.js'
import { status511WithChallenge } from './status-511-with-challenge.cases.js'

/** The fixtures of the rules in test/tools/inspect/rules/ (one `<rule file>.cases.ts` each). */
export const RULE_CASES: readonly RuleCase[] = [
  cacheErrorExplicitFreshness,
  headerContentTypeOn204,
  headerInvalidAuthChallenge,
  retryRatelimitInvalid,
  retryRetryAfterTooFar,
  status101UpgradeNotOffered,
  status201SafeMethod,
  status203DespiteNoTransform,
  status207NotMultistatus,
  status208TopLevel,
  status304EtagNotMatched,
  status3xxLocationSelf,
  status3xxMethodMayChange,
  status405AllowGetWithoutHead,
  status405AllowIncludesMethod,
  status409SafeMethod,
  status412NotModifiedDue,
  status511WithChallenge,
]
