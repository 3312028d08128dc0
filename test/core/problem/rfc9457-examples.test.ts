import { describe, expect, it } from 'vitest'
import { HttpProblem, parseProblem, problem, validationProblem } from 'statuskit'

// RFC 9457 §3: the out-of-credit example (sent with 403 Forbidden). Our documents always carry
// the advisory `status` member, placed after `title` (the order this library writes).
const OUT_OF_CREDIT =
  '{"type":"https://example.com/probs/out-of-credit","title":"You do not have enough credit.","status":403,' +
  '"detail":"Your current balance is 30, but that costs 50.","instance":"/account/12345/msgs/abc",' +
  '"balance":30,"accounts":["/account/12345","/account/67890"]}'

// RFC 9457 §3: the validation example (sent with 422 Unprocessable Content).
const VALIDATION =
  '{"type":"https://example.net/validation-error","title":"Your request is not valid.","status":422,' +
  '"errors":[{"detail":"must be a positive integer","pointer":"#/age"},' +
  '{"detail":"must be \'green\', \'red\' or \'blue\'","pointer":"#/profile/color"}]}'

/** Parses a wire document and builds it again: the consumer and producer sides in one trip. */
function roundTrip(wire: string, status: number): string {
  const parsed = parseProblem(wire, { status })
  expect(parsed.valid).toBe(true)
  expect(parsed.statusMismatch).toBeUndefined()
  return JSON.stringify(
    new HttpProblem({
      status: status as 403,
      type: parsed.type,
      title: parsed.title ?? '',
      detail: parsed.detail,
      instance: parsed.instance,
      extensions: parsed.extensions,
    }),
  )
}

describe('RFC 9457 examples', () => {
  it('serializes the out-of-credit example', () => {
    const p = problem(403, 'Your current balance is 30, but that costs 50.', {
      type: 'https://example.com/probs/out-of-credit',
      title: 'You do not have enough credit.',
      instance: '/account/12345/msgs/abc',
      extensions: { balance: 30, accounts: ['/account/12345', '/account/67890'] },
    })
    expect(JSON.stringify(p)).toBe(OUT_OF_CREDIT)
  })

  it('parses the out-of-credit example', () => {
    expect(parseProblem(OUT_OF_CREDIT, { status: 403 })).toEqual({
      type: 'https://example.com/probs/out-of-credit',
      title: 'You do not have enough credit.',
      status: 403,
      detail: 'Your current balance is 30, but that costs 50.',
      instance: '/account/12345/msgs/abc',
      extensions: { balance: 30, accounts: ['/account/12345', '/account/67890'] },
      valid: true,
      statusMismatch: undefined,
    })
  })

  it('round-trips the out-of-credit example to the same JSON', () => {
    expect(roundTrip(OUT_OF_CREDIT, 403)).toBe(OUT_OF_CREDIT)
  })

  it('serializes the validation example', () => {
    const p = validationProblem(
      [
        { detail: 'must be a positive integer', pointer: '#/age' },
        { detail: "must be 'green', 'red' or 'blue'", pointer: '#/profile/color' },
      ],
      { status: 422, type: 'https://example.net/validation-error', title: 'Your request is not valid.' },
    )
    expect(JSON.stringify(p)).toBe(VALIDATION)
  })

  it('round-trips the validation example to the same JSON', () => {
    expect(roundTrip(VALIDATION, 422)).toBe(VALIDATION)
  })

  it('parses the example exactly as printed in the RFC (no status member)', () => {
    const printed = JSON.stringify({ ...JSON.parse(OUT_OF_CREDIT), status: undefined })
    expect(parseProblem(printed, { status: 403 })).toMatchObject({ status: 403, statusMismatch: undefined, valid: true })
  })
})
