// The classifier tables: src/core/classify/retry-table.ts and monitoring-table.ts. A row is
// written only where the record differs from what the lookup would otherwise find (the
// class default, or for a \`vendor:code\` key the number's default row), so the tables stay
// small and every row is a real exception.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { keyOf, lit, table } from './emit.mjs'
import { root } from './records.mjs'

/** Defaults of a class, for unregistered codes (RFC 9110 §15: treat as x00). Index = first digit. */
const CLASS = {
  strategy: [undefined, 'never', 'never', 'never', 'after-fix', 'idempotent-or-keyed'],
  levels: [undefined, ['debug', 'debug'], ['info', 'debug'], ['info', 'debug'], ['info', 'warn'], ['error', 'warn']],
}
const BASE_DELAY_MS = 100
const defaultSpan = (code, side) => (code >= (side === 'server' ? 500 : 400) ? ['error', String(code)] : ['unset', null])

/** Rows of one table: [key, value] where the value differs from the fallback lookup. */
function rows(records, valueOf, classDefault) {
  const out = []
  const byKey = new Map()
  for (const r of records) {
    const k = keyOf(r, records)
    const value = valueOf(r)
    const fallback = typeof k === 'number' ? classDefault(r) : byKey.has(r.code) ? byKey.get(r.code) : classDefault(r)
    if (typeof k === 'number') byKey.set(r.code, value)
    if (JSON.stringify(value) !== JSON.stringify(fallback)) out.push([k, value])
  }
  return out
}

function inUseType() {
  const text = readFileSync(resolve(root, 'src/core/problem/idempotency-types.ts'), 'utf8')
  return text.match(/IDEMPOTENCY_KEY_IN_USE_TYPE = '([^']+)'/)?.[1]
}

function retryFile(records) {
  const type = inUseType()
  for (const r of records) {
    for (const rule of r.retry.when ?? []) {
      if (rule.condition === 'problem-type' && rule.problemType !== type) {
        throw new Error(`${r.id}: problemType ${rule.problemType} is not a type statuskit defines (${type}, src/core/problem/idempotency-types.ts)`)
      }
    }
  }
  const first = (r) => Math.floor(r.code / 100)
  return `import type { RetryCondition, RetryRequirement, RetryStrategy } from './retry-strategy.js'

// Keys are status numbers; \`vendor:code\` where a vendor's row differs from the number's
// default vendor (the first in VENDOR_STATUSES). Internal: read through \`classifyRetry()\`.

/** The strategy of a code no row lists, by its first digit (1xx–3xx: nothing to retry). */
export const CLASS_STRATEGIES: readonly (RetryStrategy | undefined)[] = ${lit(CLASS.strategy.map((s) => s ?? null)).replace('null', 'undefined')}

/** Strategies that differ from the class default. */
export const STRATEGIES: Readonly<Record<string, RetryStrategy>> = ${table(rows(records, (r) => r.retry.strategy, (r) => CLASS.strategy[first(r)]))}

/** The backoff window of the first retry, in ms, where it is not ${BASE_DELAY_MS}. */
export const BASE_DELAYS_MS: Readonly<Record<string, number>> = ${table(rows(records, (r) => r.retry.baseDelayMs ?? BASE_DELAY_MS, () => BASE_DELAY_MS))}

/** The shortest wait a vendor documents, in ms. */
export const MIN_DELAYS_MS: Readonly<Record<string, number>> = ${table(rows(records, (r) => r.retry.minDelayMs ?? 0, () => 0))}

/** What the repeat needs besides the wait. */
export const REQUIREMENTS: Readonly<Record<string, RetryRequirement>> = ${table(rows(records, (r) => r.retry.requires ?? null, () => null))}

/** Conditions that turn the strategy into \`with-backoff\`. */
export const UPGRADES: Readonly<Record<string, readonly RetryCondition[]>> = ${table(rows(records, (r) => (r.retry.when ?? []).map((w) => w.condition), () => []))}
`
}

function monitoringFile(records) {
  const first = (r) => Math.floor(r.code / 100)
  const span = (side) => rows(records, (r) => [r.monitoring[side].spanStatus, r.monitoring[side].errorType], (r) => defaultSpan(r.code, side))
  return `import type { LogLevel } from './log-level.js'

// Keys are status numbers; \`vendor:code\` where a vendor's row differs from the number's
// default vendor. Internal: read through \`classifyMonitoring()\`.

/** Log levels [server, client] of a code no row lists, by its first digit. */
export const CLASS_LEVELS: readonly (readonly [LogLevel, LogLevel])[] = ${lit([['error', 'error'], ...CLASS.levels.slice(1)])}

/** Log levels [server, client] that differ from the class default. */
export const LEVELS: Readonly<Record<string, readonly [LogLevel, LogLevel]>> = ${table(rows(records, (r) => [r.monitoring.server.level, r.monitoring.client.level], (r) => CLASS.levels[first(r)]))}

/** Codes whose SLO accounting differs from the class (5xx count against the availability SLO, others do not). */
export const SLO: Readonly<Record<string, boolean>> = ${table(rows(records, (r) => r.monitoring.countsAgainstSlo, (r) => r.code >= 500))}

/** The \`MonitoringOptions\` flag that makes a code count against the SLO. */
export const SLO_OPTIONS: Readonly<Record<string, 'countUnsupported' | 'countTooManyRequests'>> = ${table(rows(records, (r) => r.monitoring.sloOption ?? null, () => null))}

/** Client side: codes that \`options.expected\` turns into \`info\` (true) or \`error\` (false). */
export const EXPECTABLE: Readonly<Record<string, boolean>> = ${table(rows(records, (r) => r.monitoring.expectable ?? false, () => false))}

/** Server span [status, error.type] where it is not the OpenTelemetry default (error and the code for 5xx). */
export const SERVER_SPANS: Readonly<Record<string, readonly ['unset' | 'error', string | null]>> = ${table(span('server'))}

/**
 * Client span [status, error.type] where it is not the OpenTelemetry default (error and the
 * code for 4xx and 5xx): a caller's own cancellation is unset; a code no client receives has
 * no status to report (\`null\`: use the exception's type); a rewritten code reports what was sent.
 */
export const CLIENT_SPANS: Readonly<Record<string, readonly ['unset' | 'error', string | null]>> = ${table(span('client'))}
`
}

export function classifierFiles(records) {
  return [
    { path: 'src/core/classify/retry-table.ts', source: 'data/statuses/*.json (retry)', text: retryFile(records) },
    { path: 'src/core/classify/monitoring-table.ts', source: 'data/statuses/*.json (monitoring)', text: monitoringFile(records) },
  ]
}
