import { describe, expect, it } from 'vitest'
import { problem } from 'statuskit'

describe('problem(status, detail?, options?)', () => {
  it('uses the current status phrase as title', () => {
    expect(problem(413).title).toBe('Content Too Large')
    expect(problem(422, 'bad').toJSON()).toStrictEqual({
      type: 'about:blank',
      title: 'Unprocessable Content',
      status: 422,
      detail: 'bad',
    })
  })
  it('titles an unregistered code with its class name', () => {
    expect(problem(499).title).toBe('Client Error')
    expect(problem(599).title).toBe('Server Error')
  })
  it('builds the unused 418 and the obsolete 510 when asked explicitly', () => {
    expect(problem(418).title).toBe('(Unused)')
    expect(problem(510).title).toBe('Not Extended')
  })
  it('takes a title, type and extensions from options', () => {
    const p = problem(403, 'Your current balance is 30, but that costs 50.', {
      type: 'https://example.com/probs/out-of-credit',
      title: 'You do not have enough credit.',
      extensions: { balance: 30 },
    })
    expect(p.title).toBe('You do not have enough credit.')
    expect(p.toJSON().balance).toBe(30)
  })
  it.each([100, 204, 302, 399, 600, 409.5, -1])('throws a RangeError for %s', (status) => {
    expect(() => problem(status as 400)).toThrow(RangeError)
  })
})
