import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  classifyMonitoring,
  classifyRetry,
  logLevel,
  VENDOR_STATUSES,
  type LogLevel,
  type RetryStrategy,
} from 'statuskit'

/**
 * The expected classification of every registered code (IANA, 64) and every vendor code
 * the catalog knows, written out from reference §7.2/§7.3 (retry-and-monitoring.md).
 * Columns: code, strategy, retry for GET, retry for POST (no key), server log level,
 * client log level, counts against the SLO, fault. No headers, first attempt.
 */
type Row = [number, RetryStrategy, boolean, boolean, LogLevel, LogLevel, boolean, 'client' | 'server' | 'none']
const TABLE: readonly Row[] = [
  [100, 'never', false, false, 'debug', 'debug', false, 'none'],
  [101, 'never', false, false, 'debug', 'debug', false, 'none'],
  [102, 'never', false, false, 'debug', 'debug', false, 'none'],
  [103, 'never', false, false, 'debug', 'debug', false, 'none'],
  [104, 'never', false, false, 'debug', 'debug', false, 'none'],
  [200, 'never', false, false, 'info', 'debug', false, 'none'],
  [201, 'never', false, false, 'info', 'debug', false, 'none'],
  [202, 'never', false, false, 'info', 'debug', false, 'none'],
  [203, 'never', false, false, 'info', 'debug', false, 'none'],
  [204, 'never', false, false, 'info', 'debug', false, 'none'],
  [205, 'never', false, false, 'info', 'debug', false, 'none'],
  [206, 'never', false, false, 'info', 'debug', false, 'none'],
  [207, 'never', false, false, 'info', 'debug', false, 'none'],
  [208, 'never', false, false, 'info', 'debug', false, 'none'],
  [226, 'never', false, false, 'info', 'debug', false, 'none'],
  [300, 'never', false, false, 'info', 'debug', false, 'none'],
  [301, 'never', false, false, 'info', 'debug', false, 'none'],
  [302, 'never', false, false, 'info', 'debug', false, 'none'],
  [303, 'never', false, false, 'info', 'debug', false, 'none'],
  [304, 'never', false, false, 'debug', 'debug', false, 'none'],
  [305, 'never', false, false, 'info', 'debug', false, 'none'],
  [306, 'never', false, false, 'info', 'debug', false, 'none'],
  [307, 'never', false, false, 'info', 'debug', false, 'none'],
  [308, 'never', false, false, 'info', 'debug', false, 'none'],
  [400, 'after-fix', false, false, 'info', 'error', false, 'client'],
  [401, 'after-reauth', false, false, 'info', 'warn', false, 'client'],
  [402, 'after-fix', false, false, 'info', 'warn', false, 'client'],
  [403, 'after-reauth', false, false, 'info', 'error', false, 'client'],
  [404, 'never', false, false, 'info', 'info', false, 'client'],
  [405, 'after-fix', false, false, 'info', 'error', false, 'client'],
  [406, 'after-fix', false, false, 'info', 'error', false, 'client'],
  [407, 'after-reauth', false, false, 'info', 'warn', false, 'client'],
  [408, 'with-backoff', true, true, 'warn', 'warn', false, 'client'],
  [409, 'after-refresh-state', false, false, 'info', 'warn', false, 'client'],
  [410, 'never', false, false, 'info', 'warn', false, 'client'],
  [411, 'after-fix', false, false, 'info', 'error', false, 'client'],
  [412, 'after-refresh-state', false, false, 'info', 'info', false, 'client'],
  [413, 'after-fix', false, false, 'info', 'error', false, 'client'],
  [414, 'after-fix', false, false, 'info', 'error', false, 'client'],
  [415, 'after-fix', false, false, 'info', 'error', false, 'client'],
  [416, 'after-refresh-state', false, false, 'info', 'warn', false, 'client'],
  [417, 'after-fix', false, false, 'info', 'warn', false, 'client'],
  [418, 'after-fix', false, false, 'info', 'warn', false, 'client'],
  [419, 'after-refresh-state', false, false, 'info', 'warn', false, 'client'], // review A6
  [420, 'with-backoff', true, true, 'info', 'warn', false, 'client'], // review A7: like 429
  [421, 'with-backoff', true, true, 'warn', 'warn', false, 'client'],
  [422, 'after-fix', false, false, 'info', 'error', false, 'client'],
  [423, 'after-refresh-state', false, false, 'info', 'warn', false, 'client'],
  [424, 'after-fix', false, false, 'info', 'warn', false, 'client'],
  [425, 'with-backoff', true, true, 'info', 'info', false, 'client'],
  [426, 'after-fix', false, false, 'info', 'error', false, 'client'],
  [428, 'after-refresh-state', false, false, 'info', 'warn', false, 'client'],
  [429, 'with-backoff', true, true, 'info', 'warn', false, 'client'],
  [430, 'after-fix', false, false, 'info', 'warn', false, 'client'],
  [431, 'after-fix', false, false, 'info', 'error', false, 'client'],
  [440, 'after-reauth', false, false, 'info', 'warn', false, 'client'], // review A6
  [444, 'after-fix', false, false, 'info', 'warn', false, 'client'],
  [449, 'after-fix', false, false, 'info', 'warn', false, 'client'],
  [450, 'after-fix', false, false, 'info', 'warn', false, 'client'],
  [451, 'never', false, false, 'info', 'warn', false, 'client'],
  [460, 'idempotent-or-keyed', true, false, 'info', 'debug', false, 'client'], // review A5: the caller gave up
  [463, 'after-fix', false, false, 'info', 'warn', false, 'client'],
  [464, 'after-fix', false, false, 'info', 'warn', false, 'client'],
  [494, 'after-fix', false, false, 'info', 'error', false, 'client'], // review B15: the client got 400
  [495, 'after-fix', false, false, 'info', 'error', false, 'client'], // review B15
  [496, 'after-fix', false, false, 'info', 'error', false, 'client'], // review B15
  [497, 'after-fix', false, false, 'info', 'error', false, 'client'], // review B15
  [498, 'after-reauth', false, false, 'info', 'warn', false, 'client'], // review A6
  [499, 'idempotent-or-keyed', true, false, 'info', 'debug', false, 'client'], // review A5 (nginx; Esri: see test/consistency)
  [500, 'idempotent-or-keyed', true, false, 'error', 'warn', true, 'server'],
  [501, 'never', false, false, 'warn', 'error', false, 'server'],
  [502, 'idempotent-or-keyed', true, false, 'error', 'warn', true, 'server'],
  [503, 'idempotent-or-keyed', true, false, 'error', 'warn', true, 'server'],
  [504, 'idempotent-or-keyed', true, false, 'error', 'warn', true, 'server'],
  [505, 'after-fix', false, false, 'warn', 'error', false, 'server'],
  [506, 'never', false, false, 'error', 'warn', true, 'server'],
  [507, 'never', false, false, 'error', 'warn', true, 'server'],
  [508, 'never', false, false, 'warn', 'warn', false, 'server'], // review A16
  [509, 'never', false, false, 'error', 'warn', true, 'server'], // review A1 (with Retry-After: with-backoff)
  [510, 'after-fix', false, false, 'warn', 'error', false, 'server'],
  [511, 'never', false, false, 'warn', 'warn', false, 'server'], // review A13: a network login, not app credentials
  [520, 'idempotent-or-keyed', true, false, 'error', 'warn', true, 'server'],
  [521, 'with-backoff', true, true, 'error', 'warn', true, 'server'],
  [522, 'with-backoff', true, true, 'error', 'warn', true, 'server'],
  [523, 'with-backoff', true, true, 'error', 'warn', true, 'server'],
  [524, 'idempotent-or-keyed', true, false, 'error', 'warn', true, 'server'],
  [525, 'never', false, false, 'error', 'warn', true, 'server'], // review A1
  [526, 'never', false, false, 'error', 'warn', true, 'server'], // review A1
  [527, 'idempotent-or-keyed', true, false, 'error', 'warn', true, 'server'],
  [529, 'with-backoff', false, false, 'error', 'warn', true, 'server'], // review A2: SSL Labs asks for 30 min, beyond the 60 s default limit
  [530, 'never', false, false, 'error', 'warn', true, 'server'], // review A1
  [561, 'never', false, false, 'error', 'warn', true, 'server'], // review A2
  [598, 'idempotent-or-keyed', true, false, 'error', 'warn', true, 'server'],
  [599, 'idempotent-or-keyed', true, false, 'error', 'warn', true, 'server'],
]

describe('classification table (every registered and vendor code)', () => {
  it('has a row for each of the 64 codes in the vendored IANA registry and each vendor code', () => {
    const csv = readFileSync(new URL('../../fixtures/iana-status-codes.csv', import.meta.url), 'utf8')
    const registered = csv.split('\n').slice(1).filter(Boolean).map((line) => Number(line.split(',')[0]))
    expect(registered).toHaveLength(64)
    const codes = TABLE.map(([code]) => code)
    for (const code of registered) expect(codes).toContain(code)
    for (const { code } of VENDOR_STATUSES) expect(codes).toContain(code)
  })

  it.each(TABLE)('%i → %s (GET retry %s, POST retry %s)', (code, strategy, getRetry, postRetry) => {
    const get = classifyRetry(code, { method: 'GET', random: () => 0 })
    expect(get).toMatchObject({ strategy, retry: getRetry })
    expect(get.reason).toMatch(new RegExp(`^${code}: .+\\.$`))
    expect(get.retryAfterMs).toBeUndefined()
    const post = classifyRetry(code, { method: 'POST', random: () => 0 })
    expect(post).toMatchObject({ strategy, retry: postRetry })
    if (!post.retry) expect(post.delayMs).toBe(0)
  })

  it.each(TABLE)('%i monitoring: server %s, client %s, SLO %s, fault %s', (code, _strategy, _get, _post, server, client, slo, fault) => {
    expect(classifyMonitoring(code, 'server')).toMatchObject({ level: server, countsAgainstSlo: slo, fault })
    expect(classifyMonitoring(code, 'client')).toMatchObject({ level: client, countsAgainstSlo: slo, fault })
    expect(logLevel(code, 'server')).toBe(server)
    expect(logLevel(code, 'client')).toBe(client)
  })
})
