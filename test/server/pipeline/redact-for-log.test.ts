import { inspect } from 'node:util'
import { badGateway, conflict, toProblem } from 'statuskit'
import { describe, expect, it } from 'vitest'
import { redactForLog, redactText } from '../../../src/server/pipeline/redact-for-log.js'

const SECRETS = ['SECRET_BEARER', 'SECRET_API_KEY', 'hunter2', 'SECRET_COOKIE']

/** The shape of an axios error after a 401 from an upstream (axios 1.x), secrets included. */
function axiosError(): Error {
  return Object.assign(new Error('Request failed with status code 401'), {
    name: 'AxiosError',
    code: 'ERR_BAD_REQUEST',
    config: { url: 'http://127.0.0.1:9/v1/charges?api_key=SECRET_API_KEY', headers: { Authorization: 'Bearer SECRET_BEARER' } },
    request: { _header: 'GET /v1/charges?api_key=SECRET_API_KEY HTTP/1.1\r\nAuthorization: Bearer SECRET_BEARER\r\n\r\n' },
    response: { status: 401, headers: { 'www-authenticate': 'Bearer' }, data: { error: 'bad key' } },
  })
}

/** The shape of a got error (got 14), secrets included. */
function gotError(): Error {
  return Object.assign(new Error('Response code 401 (Unauthorized)'), {
    name: 'HTTPError',
    code: 'ERR_NON_2XX_3XX_RESPONSE',
    options: { headers: { authorization: 'Bearer SECRET_BEARER', cookie: 'sid=SECRET_COOKIE' }, url: new URL('http://127.0.0.1:9/v1/charges?api_key=SECRET_API_KEY') },
    response: { statusCode: 401, headers: {}, url: 'http://127.0.0.1:9/v1/charges?api_key=SECRET_API_KEY' },
  })
}

describe('redactForLog', () => {
  it.each([
    ['axios', axiosError],
    ['got', gotError],
  ])('keeps no credential of a %s error, in inspect and in JSON', (_name, make) => {
    const problem = toProblem(make())
    expect(problem.status).toBe(502)
    expect(inspect(problem, { depth: 8 })).toContain('SECRET_BEARER') // what 0.1 printed
    const view = redactForLog(problem)
    const printed = `${inspect(view, { depth: 8, showHidden: true })}\n${JSON.stringify({ err: view, cause: view.cause })}`
    for (const secret of SECRETS) expect(printed).not.toContain(secret)
    expect(view.status).toBe(502)
    expect(view.cause).toBeInstanceOf(Error)
    expect((view.cause as Error).message).toBe(make().message)
    expect((view.cause as Error & { code: string }).code).toBe(make().name === 'AxiosError' ? 'ERR_BAD_REQUEST' : 'ERR_NON_2XX_3XX_RESPONSE')
  })

  it('redacts URLs, schemes, credential fields and parameters in messages and stacks, and follows causes four deep', () => {
    const inner = new Error('GET https://user:hunter2@api.example.com/v1/x?api_key=SECRET_API_KEY#frag failed')
    const outer = new Error('Authorization: Bearer SECRET_BEARER was refused; body password=hunter2&user=ann', { cause: inner })
    const view = redactForLog(badGateway(undefined, { cause: outer }))
    const cause = view.cause as Error & { cause: Error }
    expect(cause.message).toBe('Authorization: [redacted]&user=ann')
    expect(cause.cause.message).toBe('GET https://api.example.com/v1/x?[redacted] failed')
    expect(cause.cause.stack).toContain('https://api.example.com/v1/x?[redacted] failed')
    expect(redactText('Bearer SECRET_BEARER and password=hunter2&user=ann')).toBe('Bearer [redacted] and password=[redacted]&user=ann')
    const chain: Error[] = [new Error('level 0')]
    for (let i = 1; i < 10; i++) chain.push(new Error(`level ${i}`, { cause: chain[i - 1] }))
    let depth = 0
    for (let at: unknown = redactForLog(badGateway(undefined, { cause: chain[9] })).cause; at instanceof Error; at = at.cause) depth++
    expect(depth).toBe(4)
  })

  it('keeps the problem itself when it has no cause, and survives hostile causes', () => {
    const plain = conflict('Order 7 changed.')
    expect(redactForLog(plain)).toBe(plain)
    const hostile = {
      get message(): string {
        throw new Error('message getter')
      },
      get stack(): string {
        throw new Error('stack getter')
      },
    }
    const view = redactForLog(toProblem(hostile))
    expect(view.status).toBe(500)
    expect(inspect(view)).not.toContain('getter')
    expect(redactForLog(toProblem('x'.repeat(100_000))).cause).toHaveLength(4097)
    expect(redactForLog(toProblem(null)).cause).toBeNull()
  })
})
