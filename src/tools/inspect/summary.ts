import { STATUS_CLASS_PHRASES, classifyMonitoring, classifyRetry, type MonitoringDecision, type RetryDecision } from 'statuskit'
import { cacheability, type Cacheability } from './cacheability.js'
import type { Exchange } from './exchange.js'

/**
 * What the exchange means, whether and how caches may keep it, whether a client may
 * retry, and how loud it is for monitoring on each side.
 *
 * @example
 * ```ts
 * import { inspectResponse, type InspectSummary } from 'statuskit/inspect'
 * const summary: InspectSummary = inspectResponse({
 *   request: { method: 'PUT', url: 'https://api.example.com/orders/7' },
 *   response: { status: 409, headers: { 'cache-control': 'no-store' } },
 * }).summary
 * summary.retry?.strategy // 'after-refresh-state'
 * ```
 */
export interface InspectSummary {
  /** The status as received. */
  readonly status: number
  /** The request method, upper case. */
  readonly method: string
  /** One line: the status, its class and what it means for this method. */
  readonly semantics: string
  /** Cacheability (RFC 9111). */
  readonly cache: Cacheability
  /** Retry guidance from `classifyRetry`; `undefined` for an invalid status. */
  readonly retry: RetryDecision | undefined
  /** `classifyMonitoring` on both sides; `undefined` for an invalid status. */
  readonly monitoring:
    | {
        /** As seen by the server that sent the status. */
        readonly server: MonitoringDecision
        /** As seen by the client that received it. */
        readonly client: MonitoringDecision
      }
    | undefined
}

function semantics(x: Exchange): string {
  const { info, method, status } = x
  if (!info) return `${String(status)} is not a valid status; recipients treat it as a server error.`
  const base = `${status} ${info.phrase}: ${STATUS_CLASS_PHRASES[info.class].toLowerCase()} (${
    info.final ? 'final' : 'interim'
  }) response to ${method}`
  const notes: string[] = []
  if (!info.registered) notes.push(`read as ${info.treatAs}`)
  if (info.class === '3xx' && info.requiredHeaders.some((row) => row.name === 'Location' && !row.condition)) {
    const next =
      (status === 303 && method !== 'GET' && method !== 'HEAD') || (status < 303 && method === 'POST') ? 'GET' : method
    notes.push(`a client follows Location with ${next}`)
  }
  if (status >= 200 && status < 400 && !/^(GET|HEAD|OPTIONS|TRACE)$/.test(method))
    notes.push('caches invalidate the target URI')
  return notes.length ? `${base}; ${notes.join('; ')}.` : `${base}.`
}

/**
 * Builds the summary of an exchange. Internal; never throws.
 *
 * @param x - The exchange.
 * @param now - The clock for dates in headers.
 */
export function summarize(x: Exchange, now: number): InspectSummary {
  let retry: RetryDecision | undefined
  let monitoring: InspectSummary['monitoring']
  try {
    if (x.info) {
      const key = x.request['idempotency-key']
      retry = classifyRetry(x.status, { method: x.method, headers: x.headers, idempotencyKey: key, now })
      monitoring = { server: classifyMonitoring(x.status, 'server'), client: classifyMonitoring(x.status, 'client') }
    }
  } catch {
    // The classifiers validate what they are given; the summary then omits their answers.
  }
  return { status: x.status, method: x.method, semantics: semantics(x), cache: cacheability(x, now), retry, monitoring }
}
