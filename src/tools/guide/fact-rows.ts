import type { GuideMonitoring, GuideRetryCase, StatusGuide } from './status-guide.js'

/** A label and its value, one line of a facts table. */
export type FactRow = readonly [label: string, value: string]

function monitoringLine(m: GuideMonitoring['server']): string {
  const slo = m.countsAgainstSlo ? 'counts against the availability SLO' : 'does not count against the SLO'
  const span = m.errorType === undefined ? `span status ${m.spanStatus}` : `span status ${m.spanStatus} (error.type "${m.errorType}")`
  return `log level ${m.level}; ${slo}; ${span}; fault: ${m.fault}`
}

function delay({ min, max }: GuideRetryCase['delayMs']): string {
  if (max === 0) return 'at once'
  const seconds = min >= 1000 && min % 1000 === 0 && max % 1000 === 0
  const unit = seconds ? 's' : 'ms'
  const value = (n: number): number => (seconds ? n / 1000 : n)
  return min === max ? `after ${value(min)} ${unit}` : `after ${value(min)}–${value(max)} ${unit}`
}

function caseLine(c: GuideRetryCase, strategy: GuideRetryCase['strategy']): string {
  const verdict = c.retry ? `repeat ${delay(c.delayMs)} (first retry)` : 'do not repeat automatically'
  const changed = c.strategy === strategy ? '' : ` [${c.strategy}]`
  return `${verdict}${changed}; classifier: "${c.reason}"`
}

/**
 * The catalog facts of a guide as label/value rows (class, registry, source, required
 * headers, wire behaviour of vendor codes). Internal: shared by the renderers.
 *
 * @param guide - A merged guide.
 * @returns Rows in display order.
 */
export function factRows(guide: StatusGuide): readonly FactRow[] {
  const registry = guide.vendor === undefined ? guide.registry : `unofficial (${guide.vendor})`
  const rows: FactRow[] = [
    ['Class', guide.class],
    ['Registry', guide.expires === undefined ? registry : `${registry}, expires ${guide.expires}`],
    ['Source', guide.source || 'none'],
  ]
  if (guide.deprecated) rows.push(['Emit it?', 'No: deprecated, unused, obsolete or retired; recognise it, never send it'])
  if (guide.wire !== undefined) {
    const wire = guide.wire.sent ? 'yes' : guide.wire.as === undefined ? 'no (log only)' : `no: the client receives ${guide.wire.as}`
    rows.push(['Sent to clients', wire])
  }
  for (const h of guide.requiredHeaders) {
    const when = h.condition === undefined ? '' : `, ${h.condition}`
    rows.push(['Required header', `${h.name}: ${h.level} (${h.reference}${when})`])
  }
  return rows
}

/**
 * The classifier-derived part of the client contract as label/value rows: the strategy,
 * what it means, the decision for each typical request, the monitoring of each side.
 * Every value comes from `classifyRetry` and `classifyMonitoring`. Internal: shared by
 * the renderers.
 *
 * @param guide - A merged guide.
 * @returns Rows in display order.
 */
export function contractRows(guide: StatusGuide): readonly FactRow[] {
  const { retry, monitoring } = guide.clientContract
  const rows: FactRow[] = [
    ['Retry strategy', retry.strategy],
    ['What it means', retry.advice],
    ...retry.cases.map((c): FactRow => [c.request, caseLine(c, retry.strategy)]),
    ['Server emits it', monitoringLine(monitoring.server)],
    ['Client receives it', monitoringLine(monitoring.client)],
  ]
  if (monitoring.clientExpected !== undefined) {
    const { expected, unexpected } = monitoring.clientExpected
    rows.push(['Client log level', `${expected} when the caller expected it (a lookup, a known race), ${unexpected} when it did not`])
  }
  return rows
}
