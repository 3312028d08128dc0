import { problem, type HttpProblem } from 'statuskit'
import { inspectResponse, type InspectResult } from 'statuskit/inspect'
import { ExchangeError, fetchExchange, type ExchangeHop } from './fetch-exchange.js'

/** Body text of each hop returned to the page. */
const BODY_CHARS = 65_536
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,64}$/

/** One hop as the web inspector shows it: the exchange, its findings and its summary. */
export interface InspectedHop extends Omit<ExchangeHop, 'body'>, InspectResult {
  readonly body: string
  readonly bodyBytes: number
}

function invalid(pointer: string, detail: string): HttpProblem {
  return problem(400, `${pointer.slice(2) || 'The body'}: ${detail}`, { extensions: { errors: [{ pointer, detail }] } })
}

interface Checked {
  readonly url: string
  readonly method: string
  readonly headers: [string, string][]
  readonly body: string | undefined
  readonly follow: boolean
}

function check(input: unknown): Checked | HttpProblem {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return invalid('#', 'expected a JSON object { url, method, headers, body, follow }.')
  const { url, method = 'GET', headers = {}, body, follow = false } = input as Record<string, unknown>
  if (typeof url !== 'string' || url.length > 2000 || !/^https?:\/\//i.test(url)) return invalid('#/url', 'expected an http:// or https:// URL (at most 2000 characters).')
  if (typeof method !== 'string' || !TOKEN.test(method)) return invalid('#/method', 'expected a method name such as GET or PUT.')
  if (typeof headers !== 'object' || headers === null || Array.isArray(headers)) return invalid('#/headers', 'expected an object of header names to string values.')
  const pairs: [string, string][] = []
  for (const [name, value] of Object.entries(headers)) {
    if (!TOKEN.test(name) || typeof value !== 'string' || value.length > 8000 || /[\0-\x08\x0a-\x1f\x7f]/.test(value)) {
      return invalid(`#/headers/${name.slice(0, 64).replace(/~/g, '~0').replace(/\//g, '~1')}`, 'expected a header name (a token) and a string value without control characters.')
    }
    pairs.push([name, value])
  }
  if (pairs.length > 50) return invalid('#/headers', 'at most 50 headers.')
  if (body !== undefined && typeof body !== 'string') return invalid('#/body', 'expected the request content as a string.')
  if (typeof follow !== 'boolean') return invalid('#/follow', 'expected true or false.')
  return { url, method: method.toUpperCase(), headers: pairs, body: body === '' ? undefined : body, follow }
}

/**
 * The web inspector's API (`POST /api/inspect`): reads `{ url, method, headers, body,
 * follow }`, makes the request from the server with {@link fetchExchange} (http and https
 * only, 10 s, 1 MiB a body, redirects recorded hop by hop and followed only with
 * `follow: true`), and answers each hop with its findings and summary. Invalid input is a
 * 400 problem naming the member; an unreachable target is a 502 problem, a timeout 504.
 *
 * @param input - The parsed JSON request body.
 * @returns `{ hops }` or a problem.
 */
export async function inspectTarget(input: unknown): Promise<{ hops: InspectedHop[] } | HttpProblem> {
  const checked = check(input)
  if ('status' in checked) return checked
  let hops: ExchangeHop[]
  try {
    hops = await fetchExchange({ ...checked, timeoutMs: 10_000 })
  } catch (error) {
    const message = error instanceof ExchangeError ? error.message : 'the request failed'
    return problem(error instanceof ExchangeError && error.timedOut ? 504 : 502, `The inspector could not get an answer: ${message}.`, { expose: true })
  }
  return {
    hops: hops.map((hop) => {
      const result = inspectResponse({
        request: { method: hop.request.method, url: hop.request.url, headers: hop.request.headers },
        response: { status: hop.status, headers: hop.headers, body: hop.body },
      })
      return { ...hop, body: new TextDecoder().decode(hop.body).slice(0, BODY_CHARS), bodyBytes: hop.body.byteLength, ...result }
    }),
  }
}
