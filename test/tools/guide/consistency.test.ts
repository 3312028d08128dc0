/**
 * Every guide (registered and vendor) agrees with the rules the public API states.
 *
 * Structure (exact):
 * - the retry cases a guide renders are `classifyRetry`'s decisions for those requests;
 * - its monitoring is `classifyMonitoring`'s, both sides, and its client levels `logLevel`'s;
 * - every header `statusInfo(code).requiredHeaders` lists is among its critical headers, and
 *   a level the prose states for a header (MUST, SHOULD) is the catalog's;
 * - every related code exists (registered, or the vendor row it names), and a number with
 *   more than one vendor meaning names the vendor;
 * - the rendered page shows the strategy, its meaning and each case.
 *
 * Prose (keywords): the sentences of the summary, meaning, guarantees, client contract,
 * correctness warnings and FAQ answers are checked against the classifier's verdict:
 * - `never-retried`: no sentence says a request may be repeated as is / is safe to retry
 *   when the classifier repeats neither a GET nor a POST (keyed or not);
 * - `retried-useless`: no sentence says retrying cannot help / do not retry when the
 *   classifier repeats a GET;
 * - `unknown-not-processed`: no sentence says the request was definitely not processed
 *   when the strategy is `idempotent-or-keyed` (outcome unknown);
 * - `reauth-not-strategy`: no sentence says to get a new token / sign in again and repeat
 *   when the strategy is not `after-reauth` (a fresh CSRF token is `after-refresh-state`);
 * - `quick-retry`: no sentence says a quick or immediate retry does not help when the
 *   classifier's first retry of a GET can come within a second (its shortest delay);
 * - `slo`: no sentence says "not an availability problem" / "does not count against the
 *   SLO" for a status that counts against it, or the reverse.
 * A keyword check finds the usual wordings, not every paraphrase. Disagreements whose fix
 * is the classifier's (the review names them) are listed in KNOWN with the review item; an
 * entry there that no longer disagrees fails too, so the list shrinks as the rules are fixed.
 */
import { describe, expect, it } from 'vitest'
import { statusInfo, VENDOR_STATUSES, logLevel, type RetryContext } from 'statuskit'
import { explain, listGuides, renderMarkdown, type StatusGuide } from 'statuskit/guide'
import { monitoringRule, retryRule } from '../../../src/tools/guide/rule-facts.js'

const GUIDES = listGuides().map((row) => ({ id: row.vendor === undefined ? `${row.code}` : `${row.code}-${row.vendor}`, g: explain(row.code, row.vendor) }))

const NEGATION = /\b(not|never|no|don't|cannot|can't|only|unless|without|nor|neither)\b/i

/** A prose sentence and whether it is stated as true (`false`: "must not assume that ..."). */
interface Sentence {
  readonly text: string
  readonly asserted: boolean
  /** A whole FAQ entry, question and answer, checked only by `post-retry-after`. */
  readonly faq?: boolean
}

const split = (text: string): string[] => text.split(/(?<=[.;!?])\s+(?=[A-Z"(])/)

function sentences(g: StatusGuide, withTools: boolean): Sentence[] {
  const asserted = [
    g.summary,
    g.meaning,
    ...g.guarantees,
    ...g.clientContract.canAssume,
    ...g.correctnessWarnings,
    ...g.faq.map((f) => f.answer),
    ...(withTools ? Object.values(g.toolInterpretation) : []),
  ]
  const denied = [...g.doesNotGuarantee, ...g.clientContract.mustNotAssume]
  return [
    // A whole FAQ entry is one statement ("Is it safe to retry a POST? Only if ..."); questions alone state nothing.
    ...g.faq.map((f) => ({ text: `${f.question} ${f.answer}`, asserted: true, faq: true })),
    ...asserted.flatMap(split).map((text) => ({ text, asserted: true })),
    ...denied.flatMap(split).map((text) => ({ text, asserted: false })),
  ]
}

type Check =
  | 'never-retried'
  | 'retried-useless'
  | 'keyed-not-retried'
  | 'post-retry-after'
  | 'unknown-not-processed'
  | 'reauth-not-strategy'
  | 'quick-retry'
  | 'slo'

const SAYS_REPEAT =
  /\b(safe to (retry|repeat|resend)|(retry|repeat|resend)(ing)? (it |the request )?(unchanged|as is|automatically)|(can|may|should) be (repeated|retried|resent)|back(ing)? off and (retry|repeat|resend)|after backing off)\b/i
const SAYS_USELESS =
  /\b((retry|retrying|repeat|repeating|resend|resending)\b[^.]*\b(cannot|can't|will not|won't|does not|doesn't|never) (help|succeed|work)|pointless|futile|fail the same way|do not retry|don't retry|never retry)/i
const SAYS_NOT_PROCESSED =
  /\b(nothing was processed|(was|were) not processed|did not run|never reached the (origin|application|target)|no (target|application|origin)[a-z ]* processed|no http request was sent)\b/i
const SAYS_REAUTH =
  /\b((new|fresh|valid) (access |csrf |session )?token|(obtain|get|request|fetch)\w* (a |an )?(new |fresh )?(access )?token|sign(ing)?[- ]in|re-?authenticat\w*|log(ging)? in again)\b/i

/** The prose sentences that contradict the rule, per check. */
function contradictions(g: StatusGuide): Map<Check, string[]> {
  const { retry, monitoring } = g.clientContract
  const at = (request: string) => retry.cases.find((c) => c.request === request)
  const get = at('GET')
  const post = at('POST')
  const anyRetry = retry.cases.some((c) => c.retry && !/Retry-After|RateLimit/.test(c.request))
  const keyedRetry = retry.cases.some((c) => c.retry && c.request.includes('Idempotency-Key'))
  const flipped = post?.retry === false && at('POST, Retry-After: 5')?.retry === true
  const found = new Map<Check, string[]>()
  const flag = (check: Check, s: string): void => void found.set(check, [...(found.get(check) ?? []), s])
  for (const { text: s, asserted, faq } of sentences(g, false)) {
    if (asserted && flipped && /\b(POST|non-idempotent)\b/.test(s) && /\b(only if|unless|not|never)\b/i.test(s) && /\b(retr|repeat|resen)/i.test(s)) {
      flag('post-retry-after', s)
    }
    if (faq === true) continue
    if (asserted && !anyRetry && SAYS_REPEAT.test(s) && !NEGATION.test(s)) flag('never-retried', s)
    if (asserted && get?.retry === true && SAYS_USELESS.test(s)) flag('retried-useless', s)
    if (asserted && g.code >= 400 && !keyedRetry && !get?.retry && !/\bwithout\b/i.test(s) && /\b(Idempotency-Key|keyed)\b/.test(s) && /\b(resen[dt]|retr(y|ied)|repeat(ed)?)\b/i.test(s)) {
      flag('keyed-not-retried', s)
    }
    if (asserted && retry.strategy === 'idempotent-or-keyed' && SAYS_NOT_PROCESSED.test(s) && !/\b(may|might|whether|unless|if)\b/i.test(s)) {
      flag('unknown-not-processed', s)
    }
    const csrf = retry.strategy === 'after-refresh-state' && /\b(csrf|xsrf|form)\b/i.test(s)
    if (asserted && retry.strategy !== 'after-reauth' && !csrf && SAYS_REAUTH.test(s) && /\b(repeat|retry|resend|continue)/i.test(s)) {
      flag('reauth-not-strategy', s)
    }
  }
  for (const { text: s, asserted, faq } of sentences(g, true)) {
    if (faq === true) continue
    // "must not assume that retrying quickly helps" denies what "a quick retry does not help" asserts
    const quick = /\b(retr(y|ying|ies)|repeat\w*)\b[^.]*\b(quickly|immediately|at once|within seconds|soon)\b/i.test(s)
    const negated = /\b(not|never|no|rarely|seldom|cannot|won't)\b/i.test(s)
    if (get?.retry === true && get.delayMs.min < 1000 && quick && negated === asserted) flag('quick-retry', s)
    if (!asserted) continue
    const saysNoSlo = /\b(not an availability problem|(does not|doesn't|do not|never) counts? against the (availability )?SLO)\b/i.test(s)
    const saysSlo = /\b(counts? against the (availability )?SLO|burns? the error budget)\b/i.test(s) && !NEGATION.test(s)
    if ((saysNoSlo && monitoring.server.countsAgainstSlo) || (saysSlo && !monitoring.server.countsAgainstSlo)) flag('slo', s)
  }
  return found
}

/** Disagreements whose fix is the classifier's (review section A); each must still disagree. */
const KNOWN: Readonly<Record<string, readonly (readonly [Check, string])[]>> = {}

/** Header levels the prose states and the catalog lacks (review section A, the catalog's fix). */
const KNOWN_HEADERS: Readonly<Record<string, readonly (readonly [header: string, item: string])[]>> = {}

describe('guides agree with the classifiers and the catalog', () => {
  it.each(GUIDES)('$id: rendered retry cases are classifyRetry decisions', ({ g }) => {
    const vendor = g.vendor
    expect(g.clientContract.retry.cases.length).toBeGreaterThanOrEqual(2)
    for (const c of g.clientContract.retry.cases) {
      const context: RetryContext = {
        method: c.request.startsWith('GET') ? 'GET' : 'POST',
        ...(c.request.includes('Idempotency-Key') ? { idempotencyKey: true } : {}),
        ...(c.request.includes('honoured') ? { idempotencyKeyHonoured: true } : {}),
        ...(c.request.includes('Retry-After: 5') ? { headers: { 'retry-after': '5' } } : {}),
        ...(c.request.includes('X-RateLimit-Remaining: 0') ? { headers: { 'x-ratelimit-remaining': '0' } } : {}),
      }
      const d = retryRule(g.code, vendor, { ...context, random: () => 0 })
      expect({ retry: c.retry, strategy: c.strategy, reason: c.reason, min: c.delayMs.min }, c.request).toEqual({
        retry: d.retry,
        strategy: d.strategy,
        reason: d.reason,
        min: d.delayMs,
      })
    }
    expect(g.clientContract.retry.strategy).toBe(retryRule(g.code, vendor, {}).strategy)
  })

  it.each(GUIDES)('$id: monitoring is classifyMonitoring and logLevel, both sides', ({ g }) => {
    const m = g.clientContract.monitoring
    expect(m.server).toEqual(monitoringRule(g.code, 'server', g.vendor))
    expect(m.client).toEqual(monitoringRule(g.code, 'client', g.vendor))
    if (g.vendor === undefined) expect(m.client.level).toBe(logLevel(g.code, 'client'))
    if (m.clientExpected !== undefined) expect(m.clientExpected.unexpected).toBe(monitoringRule(g.code, 'client', g.vendor, { expected: false }).level)
  })

  it.each(GUIDES)('$id: lists every header the catalog requires', ({ g }) => {
    const names = g.criticalHeaders.map((h) => h.name.toLowerCase())
    const required = g.vendor === undefined ? statusInfo(g.code).requiredHeaders : []
    expect(g.requiredHeaders).toEqual(required)
    for (const h of required) expect(names, h.name).toContain(h.name.toLowerCase())
  })

  it.each(GUIDES)('$id: a header level the prose states (MUST, SHOULD) is the catalog\'s', ({ id, g }) => {
    const found: string[] = []
    for (const h of g.criticalHeaders) {
      const stated = /\bMUST\b(?! NOT)/.test(h.why) ? 'MUST' : /\bSHOULD\b(?! NOT)/.test(h.why) ? 'SHOULD' : undefined
      const catalog = g.requiredHeaders.find((r) => r.name.toLowerCase() === h.name.toLowerCase())
      if (stated !== undefined && catalog !== undefined && catalog.level !== stated) found.push(`${h.name}: prose ${stated}, catalog ${catalog.level}`)
      if (stated === 'MUST' && catalog === undefined) found.push(`${h.name}: prose MUST, catalog none`)
    }
    const known = KNOWN_HEADERS[id] ?? []
    expect(found.filter((f) => !known.some(([name]) => f.startsWith(`${name}:`)))).toEqual([])
    for (const [name, item] of known) expect(found.some((f) => f.startsWith(`${name}:`)), `KNOWN_HEADERS ${id} ${name} (${item}) no longer disagrees: remove it`).toBe(true)
  })

  it.each(GUIDES)('$id: related codes exist and name their vendor where the number is ambiguous', ({ g }) => {
    for (const r of g.related) {
      const rows = VENDOR_STATUSES.filter((row) => row.code === r.code)
      if (r.vendor !== undefined) expect(rows.map((row) => row.vendor), `${r.code} ${r.vendor}`).toContain(r.vendor)
      else if (!statusInfo(r.code).registered) {
        expect(rows.length, `${r.code} is defined by ${rows.map((row) => row.vendor).join(', ')}: name the vendor`).toBe(1)
      }
      expect(r.code === g.code && r.vendor === g.vendor).toBe(false)
    }
  })

  it.each(GUIDES)('$id: the rendered page shows the rule sections', ({ g }) => {
    const page = renderMarkdown(g)
    expect(page).toContain(`| Retry strategy | ${g.clientContract.retry.strategy} |`)
    expect(page).toContain(g.clientContract.retry.advice)
    for (const c of g.clientContract.retry.cases) expect(page).toContain(`| ${c.request} | ${c.retry ? 'repeat' : 'do not repeat'}`)
    expect(page).toContain(`| Server emits it | log level ${g.clientContract.monitoring.server.level};`)
    for (const h of g.requiredHeaders) expect(page).toContain(`| Required header | ${h.name}: ${h.level}`)
  })

  it.each(GUIDES)('$id: no prose sentence contradicts the retry or monitoring rule', ({ id, g }) => {
    const found = [...contradictions(g)].map(([check, list]) => list.map((s) => [check, s] as const)).flat()
    const known = KNOWN[id] ?? []
    const unexpected = found.filter(([check]) => !known.some(([k]) => k === check))
    expect(unexpected.map(([check, s]) => `${check}: ${s}`)).toEqual([])
    for (const [check, item] of known) expect(found.map(([c]) => c), `KNOWN ${id} ${check} (${item}) no longer disagrees: remove it`).toContain(check)
  })
})

describe('the prose checks catch what they are meant to', () => {
  const withProse = (code: number, canAssume: string[]): StatusGuide => {
    const g = explain(code)
    return { ...g, clientContract: { ...g.clientContract, canAssume } }
  }
  const checks = (g: StatusGuide): Check[] => [...contradictions(g).keys()]

  it('flags "retry it unchanged" on a status the classifier never repeats', () => {
    expect(checks(withProse(404, ['It is safe to retry it unchanged.']))).toContain('never-retried')
    expect(checks(withProse(404, ['It is not safe to retry it unchanged.']))).not.toContain('never-retried')
  })

  it('flags "retrying will not help" on a status whose GET the classifier repeats', () => {
    expect(checks(withProse(502, ['Retrying will not help.']))).toContain('retried-useless')
    expect(checks(withProse(404, ['Retrying will not help.']))).not.toContain('retried-useless')
  })

  it('flags "nothing was processed" on an outcome-unknown status', () => {
    expect(checks(withProse(502, ['Nothing was processed.']))).toContain('unknown-not-processed')
    expect(checks(withProse(502, ['Nothing was processed if the proxy says so.']))).not.toContain('unknown-not-processed')
  })

  it('flags "get a new token and repeat" where the strategy is not after-reauth', () => {
    expect(checks(withProse(400, ['Get a new token and repeat the request.']))).toContain('reauth-not-strategy')
    expect(checks(withProse(401, ['Get a new token and repeat the request.']))).not.toContain('reauth-not-strategy')
  })

  it('flags "a quick retry does not help" where the classifier retries a GET within a second', () => {
    expect(checks(withProse(502, ['Retrying immediately does not help.']))).toContain('quick-retry')
    expect(checks(withProse(404, ['Retrying immediately does not help.']))).not.toContain('quick-retry')
  })

  it('flags an SLO claim that the monitoring rule contradicts', () => {
    expect(checks(withProse(500, ['Not an availability problem.']))).toContain('slo')
    expect(checks(withProse(404, ['It counts against the availability SLO.']))).toContain('slo')
    expect(checks(withProse(404, ['Not an availability problem.']))).not.toContain('slo')
  })
})
