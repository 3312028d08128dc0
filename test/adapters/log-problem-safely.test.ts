import { describe, expect, it } from 'vitest'
import { conflict, type HttpProblem, type LogLevel } from 'statuskit'
import { logProblemSafely } from '../../src/adapters/log-problem-safely.js'

describe('logProblemSafely', () => {
  it('logs at the server-side level of the status sent, not of the problem', () => {
    const calls: [LogLevel, number, string][] = []
    const log = (level: LogLevel, problem: HttpProblem, request: string) => void calls.push([level, problem.status, request])
    logProblemSafely(log, conflict('x'), 'req-1', 409)
    logProblemSafely(log, conflict('x'), 'req-2', 500)
    expect(calls).toEqual([
      ['info', 409, 'req-1'],
      ['error', 409, 'req-2'],
    ])
  })

  it('ignores a logger that throws, one that rejects, and no logger at all', async () => {
    const unhandled: unknown[] = []
    const record = (reason: unknown) => void unhandled.push(reason)
    process.on('unhandledRejection', record)
    try {
      expect(() => logProblemSafely(() => { throw new Error('down') }, conflict('x'), {}, 409)).not.toThrow()
      expect(() => logProblemSafely(async () => { throw new Error('down') }, conflict('x'), {}, 409)).not.toThrow()
      expect(() => logProblemSafely(false, conflict('x'), {}, 409)).not.toThrow()
      await new Promise((resolve) => setTimeout(resolve, 20))
    } finally {
      process.off('unhandledRejection', record)
    }
    expect(unhandled).toEqual([])
  })
})
