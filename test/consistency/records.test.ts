import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as statuskit from 'statuskit'
import {
  classifyMonitoring,
  classifyRetry,
  idempotencyKeyInUse,
  isStatusCode,
  logLevel,
  Status,
  statusInfo,
  statusText,
  vendorStatuses,
  type HttpProblem,
  type LogLevel,
  type ForbiddenHeader,
  type RequiredHeader,
  type RetryStrategy,
  type StatusVendor,
} from 'statuskit'
import { explain } from 'statuskit/guide'
import { inspectResponse } from 'statuskit/inspect'

/** The record shape (data/statuses/status.schema.json), as far as this test reads it. */
interface Side {
  readonly level: LogLevel
  readonly spanStatus: 'unset' | 'error'
  readonly errorType: string | null
}
interface StatusRecord {
  readonly code: number
  readonly vendor?: StatusVendor
  readonly name?: string
  readonly phrase: string
  readonly aliases: readonly string[]
  readonly legacyNames?: readonly string[]
  readonly class: string
  readonly registry?: { readonly state: string; readonly reference: string; readonly expires?: string }
  readonly wire?: boolean
  readonly wireAs?: number
  readonly source?: string
  readonly deprecated: boolean
  readonly treatAs: number
  readonly requiredHeaders: readonly RequiredHeader[]
  readonly forbiddenHeaders?: readonly ForbiddenHeader[]
  readonly cache: { readonly heuristic: boolean; readonly neverStore: boolean; readonly noContent: boolean }
  readonly retry: {
    readonly strategy: RetryStrategy
    readonly baseDelayMs?: number
    readonly minDelayMs?: number
    readonly requires?: string
    readonly when?: readonly { readonly condition: string; readonly problemType?: string }[]
  }
  readonly monitoring: {
    readonly fault: 'client' | 'server' | 'none'
    readonly countsAgainstSlo: boolean
    readonly sloOption?: 'countUnsupported' | 'countTooManyRequests'
    readonly expectable?: boolean
    readonly server: Side
    readonly client: Side
  }
  readonly related: readonly (number | string)[]
  readonly builder?: {
    readonly name: string
    readonly aliases?: readonly string[]
    readonly fixedHeaders?: Readonly<Record<string, string>>
    readonly options?: readonly { readonly name: string; readonly header: string; readonly kind: string; readonly required: boolean }[]
  }
}

const dir = resolve(import.meta.dirname, '../../data/statuses')
const records: StatusRecord[] = readdirSync(dir)
  .filter((file) => file.endsWith('.json') && file !== 'status.schema.json')
  .map((file) => JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as StatusRecord)
const registered = records.filter((r) => !r.vendor)
const vendor = records.filter((r) => r.vendor)
const label = (r: StatusRecord): string => (r.vendor ? `${r.vendor}:${r.code}` : String(r.code))
const cases = records.map((r) => ({ id: label(r), r }))
const half = (): number => 0.5

describe('status records', () => {
  it('cover every code of the vendored IANA registry and every vendor row, once', () => {
    const csv = readFileSync(resolve(import.meta.dirname, '../fixtures/iana-status-codes.csv'), 'utf8')
    const iana = csv.split('\n').slice(1).map((line) => Number(line.split(',')[0])).filter((code) => Number.isInteger(code) && code > 0)
    expect(registered.map((r) => r.code).sort()).toEqual(iana.filter(isStatusCode).sort())
    expect(registered).toHaveLength(64)
    expect(vendor.map(label).sort()).toEqual(statuskit.VENDOR_STATUSES.map((s) => `${s.vendor}:${s.code}`).sort())
    expect(new Set(records.map(label)).size).toBe(records.length)
  })
})

describe.each(registered.map((r) => ({ id: label(r), r })))('catalog agrees with record $id', ({ r }) => {
  it('statusInfo, statusText, Status', () => {
    const info = statusInfo(r.code)
    expect(info).toMatchObject({
      code: r.code,
      phrase: r.phrase,
      aliases: r.aliases,
      class: r.class,
      registered: true,
      registry: r.registry?.state,
      expires: r.registry?.expires,
      deprecated: r.deprecated,
      reference: r.registry?.reference,
      treatAs: r.treatAs,
      noContent: r.cache.noContent,
      heuristicallyCacheable: r.cache.heuristic,
      neverStore: r.cache.neverStore,
    })
    expect(info.requiredHeaders).toEqual(r.requiredHeaders)
    expect(info.forbiddenHeaders).toEqual(r.forbiddenHeaders ?? [])
    expect(statusText(r.code)).toBe(r.phrase)
    const table = Status as unknown as Record<string, number>
    for (const name of [r.name ?? '', ...(r.legacyNames ?? [])]) expect(table[name], name).toBe(r.code)
    expect(vendorStatuses(r.code)).toEqual([])
  })
})

describe.each(vendor.map((r) => ({ id: label(r), r })))('vendor table agrees with record $id', ({ r }) => {
  it('vendorStatuses(code, vendor)', () => {
    const rows = vendorStatuses(r.code, r.vendor)
    expect(rows).toHaveLength(1)
    const row = { code: r.code, phrase: r.phrase, vendor: r.vendor, wire: r.wire, source: r.source, ...(r.wireAs && { wireAs: r.wireAs }), ...(r.deprecated && { deprecated: true }) }
    expect(rows[0]).toEqual(row)
    expect(isStatusCode(r.code)).toBe(false)
  })
})

describe.each(cases)('classifiers agree with record $id', ({ r }) => {
  const v = r.vendor
  const retryOf = (context: statuskit.RetryContext = {}): statuskit.RetryDecision => classifyRetry(r.code, { vendor: v, random: half, ...context })

  it('classifyRetry: strategy, methods, delay and requirement', () => {
    const get = retryOf()
    const post = retryOf({ method: 'POST' })
    const keyed = retryOf({ method: 'POST', idempotencyKey: 'k', idempotencyKeyHonoured: true })
    expect(get.strategy).toBe(r.retry.strategy)
    const error = r.code >= 400
    const longWait = (r.retry.minDelayMs ?? 0) > 60_000
    const anyMethod = error && r.retry.strategy === 'with-backoff' && !longWait
    const idempotent = error && r.retry.strategy === 'idempotent-or-keyed'
    expect(get.retry).toBe(anyMethod || idempotent)
    expect(post.retry).toBe(anyMethod)
    const keyHonouredRule = (r.retry.when ?? []).some((w) => w.condition === 'idempotency-key-honoured')
    expect(keyed.retry).toBe(anyMethod || idempotent || keyHonouredRule)
    expect(retryOf({ method: 'POST', idempotencyKey: 'k' }).retry).toBe(anyMethod) // a key alone proves nothing
    expect(get.requires).toBe(r.retry.requires)
    if (get.retry) expect(get.delayMs).toBe(Math.max(Math.floor((r.retry.baseDelayMs ?? 100) * 0.75), r.retry.minDelayMs ?? 0))
    if (longWait) expect(retryOf({ maxRetryAfterMs: r.retry.minDelayMs ?? 0 })).toMatchObject({ retry: true, delayMs: r.retry.minDelayMs })
  })

  it('classifyRetry: the conditions that change the strategy', () => {
    const now = Date.parse('2026-12-01T00:00:00Z')
    const triggers: Record<string, statuskit.RetryContext> = {
      'retry-after': { headers: { 'retry-after': '2' } },
      'rate-limit-exhausted': { headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 5) }, now },
      'idempotency-key-honoured': { method: 'POST', idempotencyKey: 'k', idempotencyKeyHonoured: true },
      'problem-type': { method: 'POST', problemType: idempotencyKeyInUse.type },
    }
    const conditions = (r.retry.when ?? []).map((w) => w.condition)
    for (const [condition, context] of Object.entries(triggers)) {
      const decision = retryOf(context)
      if (conditions.includes(condition)) expect(decision, condition).toMatchObject({ strategy: 'with-backoff', retry: true })
      else if (r.retry.strategy !== 'with-backoff') expect(decision.strategy, condition).toBe(r.retry.strategy)
    }
    for (const w of r.retry.when ?? []) if (w.problemType) expect(w.problemType).toBe(idempotencyKeyInUse.type)
  })

  it.each(['server', 'client'] as const)('classifyMonitoring and logLevel on the %s side', (side) => {
    const expected = r.monitoring[side]
    const m = classifyMonitoring(r.code, side, { vendor: v })
    expect(m).toEqual({
      level: expected.level,
      countsAgainstSlo: r.monitoring.countsAgainstSlo,
      spanStatus: expected.spanStatus,
      errorType: expected.errorType ?? undefined,
      fault: r.monitoring.fault,
    })
    expect(logLevel(r.code, side, { vendor: v })).toBe(expected.level)
    const option = r.monitoring.sloOption
    const counted = classifyMonitoring(r.code, side, { vendor: v, countUnsupported: true, countTooManyRequests: true }).countsAgainstSlo
    expect(counted).toBe(r.monitoring.countsAgainstSlo || option !== undefined)
    const asExpected = classifyMonitoring(r.code, side, { vendor: v, expected: true }).level
    expect(asExpected).toBe(side === 'client' && r.monitoring.expectable ? 'info' : expected.level)
  })
})

/** A valid value for a builder option of each kind. */
const OPTION_VALUES: Record<string, unknown> = { list: 'x', 'retry-after': 30, text: 'bytes */100', 'blocked-by': 'https://isp.example/legal' }
const withBuilder = registered.filter((r) => r.builder)

describe.each(withBuilder.map((r) => ({ id: label(r), r })))('builder agrees with record $id', ({ r }) => {
  const b = r.builder!
  it(`${b.name}(): status, title, headers`, () => {
    const build = (statuskit as unknown as Record<string, (detail?: string, options?: object) => HttpProblem>)[b.name]
    expect(build).toBeTypeOf('function')
    const options = Object.fromEntries((b.options ?? []).map((o) => [o.name, OPTION_VALUES[o.kind]]))
    const p = build!('why', options)
    expect(p.status).toBe(r.code)
    expect(p.title).toBe(r.phrase)
    for (const o of b.options ?? []) expect(p.headers[o.header.toLowerCase()], o.header).toBeTypeOf('string')
    for (const [name, value] of Object.entries(b.fixedHeaders ?? {})) expect(p.headers[name.toLowerCase()]).toBe(value)
    // every unconditional MUST header of the status is set by the builder
    const set = new Set([...(b.options ?? []).filter((o) => o.required).map((o) => o.header), ...Object.keys(b.fixedHeaders ?? {})])
    for (const h of r.requiredHeaders.filter((h) => h.level === 'MUST' && !h.condition)) expect(set, h.name).toContain(h.name)
    for (const alias of b.aliases ?? []) expect((statuskit as unknown as Record<string, unknown>)[alias]).toBe(build)
  })
})

/** The headers the inspector has a missing-header rule for (src/tools/inspect reads them from statusInfo). */
const INSPECTED = ['WWW-Authenticate', 'Allow', 'Proxy-Authenticate', 'Upgrade', 'Location', 'Retry-After']
const SEVERITY = { MUST: 'error', SHOULD: 'warning', MAY: 'info' } as const
const inspectedRows = registered.flatMap((r) =>
  r.requiredHeaders.filter((h) => INSPECTED.includes(h.name) && !h.condition).map((h) => ({ id: `${r.code} ${h.name}`, r, h })),
)

describe('inspector agrees with the records', () => {
  it('checks some rows (sanity)', () => expect(inspectedRows.length).toBeGreaterThan(10))

  it.each(inspectedRows)('$id: missing → a finding of the record level, present → none', ({ r, h }) => {
    const request = { method: 'GET', url: 'https://api.example/x' }
    const body = r.cache.noContent ? undefined : 'x'
    const missing = inspectResponse({ request, response: { status: r.code, headers: { 'cache-control': 'no-store', 'content-type': 'text/plain' }, body } })
    const finding = missing.findings.find((f) => f.message.includes(h.name))
    expect(finding, `${r.code} without ${h.name}`).toBeDefined()
    expect(finding?.severity).toBe(SEVERITY[h.level])
    const value = h.name === 'Location' ? '/x' : h.name === 'Retry-After' ? '5' : 'x'
    const headers = { 'cache-control': 'no-store', 'content-type': 'text/plain', [h.name.toLowerCase()]: value, connection: 'upgrade' }
    const present = inspectResponse({ request, response: { status: r.code, headers, body } })
    expect(present.findings.find((f) => f.message.includes(h.name))).toBeUndefined()
  })
})

/** The MUST NOT rows, each with a response that breaks it (its condition met) and what the inspector reports. */
const CONDITIONS: Readonly<Record<string, { readonly method?: string; readonly headers?: Record<string, string>; readonly checked: boolean }>> = {
  'in a response to CONNECT': { method: 'CONNECT', checked: true },
  'at the top of a multipart response': { headers: { 'content-type': 'multipart/byteranges; boundary=b' }, checked: true },
  // the inspector never sees the 200 the 304 replaces
  'unless it is the length a 200 would have': { checked: false },
}
const forbiddenRows = registered.flatMap((r) => (r.forbiddenHeaders ?? []).map((h) => ({ id: `${r.code} ${h.name}${h.condition ? ` ${h.condition}` : ''}`, r, h })))

describe('inspector agrees with the MUST NOT rows of the records', () => {
  it('checks some rows (sanity)', () => expect(forbiddenRows.length).toBeGreaterThan(20))

  it.each(forbiddenRows)('$id: present → an error naming it, absent → none', ({ r, h }) => {
    const when = h.condition === undefined ? { checked: true } : CONDITIONS[h.condition]
    expect(when, `condition "${h.condition}" unknown to this test and the inspector`).toBeDefined()
    const request = { method: when?.method ?? 'GET', url: 'https://api.example/x' }
    const base = { ...(when?.headers ?? {}) }
    const value = h.name === 'Transfer-Encoding' ? 'chunked' : h.name === 'Content-Range' ? 'bytes 0-1/2' : '0'
    const present = inspectResponse({ request, response: { status: r.code, headers: { ...base, [h.name.toLowerCase()]: value } } })
    const finding = present.findings.find((f) => f.severity === 'error' && f.message.includes(h.name))
    if (when?.checked) expect(finding, `${r.code} with ${h.name}`).toBeDefined()
    else expect(finding).toBeUndefined()
    const absent = inspectResponse({ request, response: { status: r.code, headers: base } })
    expect(absent.findings.find((f) => f.message.includes(` with ${h.name}`) || f.message.includes(`top-level ${h.name}`))).toBeUndefined()
  })
})

describe('guides agree with the related codes of the records', () => {
  it.each(cases)('$id: the guide relates the record\'s codes, naming the vendor where the record does', ({ r }) => {
    const ids = explain(r.code, r.vendor).related.map((x) => (x.vendor !== undefined && vendorStatuses(x.code).length > 1 ? `${x.vendor}:${x.code}` : x.code))
    expect(ids).toEqual(r.related)
  })

  it('A21: a number two vendors use is related by vendor (nginx:499, esri:499), in the records and the guides', () => {
    const byId = new Map(records.map((r) => [label(r), r]))
    expect(byId.get('esri:498')?.related).toContain('esri:499')
    expect(byId.get('408')?.related).toContain('nginx:499')
    expect(byId.get('aws-elb:460')?.related).toContain('nginx:499')
    for (const r of records) for (const id of r.related) if (typeof id === 'number') expect(vendorStatuses(id).length, `${label(r)} → ${id}`).toBeLessThan(2)
  })
})
