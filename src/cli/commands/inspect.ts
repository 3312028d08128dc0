/**
 * `statuskit inspect <url>`: makes one request with the global `fetch`, shows the
 * exchange (and every redirect), then the summary and the findings of `inspectResponse`.
 * Exit code: 1 when a finding has `error` severity, 0 otherwise, 2 for a usage or
 * network error (one line on stderr, never a stack).
 */
import { parseArgs } from 'node:util'
import { readBodyBytes, type BodyBytes } from 'statuskit/fetch'
import { inspectResponse, type InspectResult } from 'statuskit/inspect'
import { fail, print, printable, printableJson, useColor } from '../terminal.js'

const USAGE = `Usage: statuskit inspect <url> [options]

  -X, --request <method>   request method (default GET, or POST with -d)
  -H, --header 'Name: v'   request header; repeat for more
  -d, --data <body>        request body, sent as given
  --follow                 follow redirects (each one is shown); default: show the redirect only
  --timeout <ms>           give up after this many milliseconds (default 10000)
  --json                   the exchange, summary and findings as JSON

Exit code: 1 when an error-severity finding exists, 0 otherwise, 2 on usage or network errors.
`

/** Largest response body read; the rest is cancelled. */
const MAX_BODY_BYTES = 1 << 20
/** Body text included in the --json output (`bodyBytes` tells the size read). */
const JSON_BODY_CHARS = 65_536
/** Redirects followed with --follow before giving up (WHATWG Fetch caps at 20). */
const MAX_REDIRECTS = 20
/** The redirect statuses a fetch client follows (WHATWG Fetch "redirect status"). */
const REDIRECT_STATUSES: readonly number[] = [301, 302, 303, 307, 308]

function toUrl(value: string, base?: URL): URL | undefined {
  try {
    return new URL(value, base)
  } catch {
    return undefined
  }
}

class UsageError extends Error {}

interface Hop {
  readonly method: string
  readonly url: string
  readonly status: number
  readonly location: string | undefined
}

/** Whether the platform accepts it: fetch's own checks of a header field or a method (RFC 9110 tokens, no CR/LF/NUL). */
function isValid(make: () => unknown): boolean {
  try {
    make()
    return true
  } catch {
    return false
  }
}

function parseHeaders(lines: readonly string[]): [string, string][] {
  return lines.map((line) => {
    const colon = line.indexOf(':')
    const name = line.slice(0, Math.max(colon, 0)).trim()
    const value = line.slice(colon + 1).trim()
    if (colon < 1 || !isValid(() => new Headers([[name, value]])))
      throw new UsageError(`invalid header "${line.slice(0, 60)}"; expected 'Name: value'`)
    return [name, value]
  })
}

function networkMessage(error: unknown, timeout: number, signal: AbortSignal): string {
  if (signal.aborted) return `request timed out after ${timeout} ms`
  const cause = error instanceof Error ? (error.cause as { message?: unknown } | undefined) : undefined
  const main = error instanceof Error ? error.message : String(error)
  return typeof cause?.message === 'string' ? `${main} (${cause.message})` : main
}

function report(result: InspectResult, color: boolean): string {
  const { summary: s, findings } = result
  const paint = (code: string, text: string): string => (color ? `\u001b[${code}m${text}\u001b[0m` : text)
  const lines = ['', paint('1', 'Summary'), `  ${s.semantics}`]
  const c = s.cache
  lines.push(
    `  cache: ${
      c.storable
        ? `storable${c.shared ? ' by shared caches' : ' by private caches only'}, freshness ${
            c.freshness === undefined ? c.source : `${c.freshness} s (${c.source})`
          }`
        : 'not storable'
    }. ${c.note}`
  )
  if (s.retry)
    lines.push(
      `  retry: ${s.retry.retry ? `yes, after ${s.retry.delayMs} ms` : 'no'} (${s.retry.strategy}). ${s.retry.reason}`
    )
  if (s.monitoring) {
    const side = (m: NonNullable<typeof s.monitoring>['server']): string =>
      `${m.level}, span ${m.spanStatus}${m.countsAgainstSlo ? ', counts against SLO' : ''}`
    lines.push(`  monitoring: server ${side(s.monitoring.server)}; client ${side(s.monitoring.client)}`)
  }
  lines.push('', paint('1', `Findings (${findings.length})`))
  const tone = { error: '31', warning: '33', info: '36' } as const
  for (const f of findings) {
    lines.push(
      `  ${paint(tone[f.severity], f.severity.padEnd(7))} ${f.id}: ${printable(f.message)}`,
      `          fix: ${printable(f.hint)} (${f.reference})`
    )
  }
  if (findings.length === 0) lines.push('  none')
  return `${lines.join('\n')}\n`
}

/**
 * Runs `inspect`.
 *
 * @param args - Arguments after `inspect`.
 * @returns 0 (no error finding), 1 (an error finding), 2 (usage or network error).
 */
export async function run(args: string[]): Promise<number> {
  let values, url: URL, headers: [string, string][], timeout: number
  try {
    const parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        request: { type: 'string', short: 'X' },
        header: { type: 'string', short: 'H', multiple: true },
        data: { type: 'string', short: 'd' },
        json: { type: 'boolean' },
        follow: { type: 'boolean' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    })
    values = parsed.values
    if (values.help === true) {
      print(USAGE)
      return 0
    }
    if (parsed.positionals.length !== 1)
      throw new UsageError('expected exactly one URL; run "statuskit inspect --help"')
    const target = parsed.positionals[0] as string
    const parsedUrl = toUrl(target)
    if (!parsedUrl || !/^https?:$/.test(parsedUrl.protocol))
      throw new UsageError(`invalid URL "${target.slice(0, 60)}"; expected http:// or https://`)
    url = parsedUrl
    const requested = values.request
    if (requested !== undefined && !isValid(() => new Request('http://127.0.0.1/', { method: requested.toUpperCase() })))
      throw new UsageError(`invalid method "${requested.slice(0, 20)}"`)
    headers = parseHeaders(values.header ?? [])
    const ms = values.timeout ?? '10000'
    timeout = /^\d{1,9}$/.test(ms) ? Number(ms) : 0
    if (timeout < 1)
      throw new UsageError(`invalid --timeout "${ms.slice(0, 20)}"; expected milliseconds from 1 to 999999999`)
  } catch (error) {
    return fail(`inspect: ${error instanceof Error ? error.message : String(error)}`)
  }
  let method = (values.request ?? (values.data === undefined ? 'GET' : 'POST')).toUpperCase()
  let body = values.data
  const signal = AbortSignal.timeout(timeout)
  const hops: Hop[] = []
  let response: Response
  let read: BodyBytes
  try {
    for (;;) {
      response = await fetch(url, { method, headers, body: body ?? null, redirect: 'manual', signal })
      const location = response.headers.get('location') ?? undefined
      const next = location === undefined ? undefined : toUrl(location, url)
      // Only to http(s): a data: or file: target is not a server's answer.
      if (values.follow !== true || next === undefined || !/^https?:$/.test(next.protocol) || !REDIRECT_STATUSES.includes(response.status)) break
      if (hops.length >= MAX_REDIRECTS) throw new Error(`more than ${MAX_REDIRECTS} redirects`)
      hops.push({ method, url: url.href, status: response.status, location })
      await response.body?.cancel()
      if ((response.status === 303 && method !== 'HEAD') || (response.status < 303 && method === 'POST'))
        [method, body] = ['GET', undefined]
      if (next.origin !== url.origin)
        headers = headers.filter(([name]) => !/^(authorization|cookie|proxy-authorization)$/i.test(name))
      url = next
    }
    read = await readBodyBytes(response, MAX_BODY_BYTES)
    // A body cut short (timeout, reset) is not the response the server meant to send.
    if (read.interrupted) throw new Error('the connection failed while the body was read')
  } catch (error) {
    return fail(`inspect: ${networkMessage(error, timeout, signal)}`)
  }
  const result = inspectResponse({
    request: { method, url: url.href, headers },
    response: { status: response.status, headers: response.headers, body: read.bytes },
  })
  const text = new TextDecoder().decode(read.bytes)
  const exit = result.findings.some((f) => f.severity === 'error') ? 1 : 0
  if (values.json === true) {
    const response_ = {
      status: response.status,
      statusText: response.statusText,
      headers: Object.fromEntries(response.headers),
      bodyBytes: read.bytes.byteLength,
      truncated: read.truncated,
      body: text.slice(0, JSON_BODY_CHARS),
    }
    print(
      `${printableJson(JSON.stringify(
        {
          request: { method, url: url.href, headers: Object.fromEntries(headers) },
          redirects: hops,
          response: response_,
          ...result,
        },
        null,
        2
      ))}\n`
    )
    return exit
  }
  const lines = hops.map((h) => `* ${h.method} ${h.url} -> ${h.status} Location: ${h.location ?? ''}`)
  lines.push(
    `> ${method} ${url.href}`,
    ...headers.map(([n, v]) => `> ${n}: ${v}`),
    `< ${response.status} ${response.statusText}`
  )
  response.headers.forEach((value, name) => lines.push(`< ${name}: ${value}`))
  const size = `${read.bytes.byteLength} bytes${read.truncated ? ' read, the rest cancelled' : ''}`
  if (text) lines.push('', text.length > 2000 || read.truncated ? `${text.slice(0, 2000)}… (${size})` : text)
  if (values.follow !== true && response.status >= 300 && response.status < 400 && response.headers.has('location'))
    lines.push('', '(redirect not followed; add --follow)')
  // What the server sent is printed with its control characters shown, never acted on.
  print(`${printable(lines.join('\n'))}\n${report(result, useColor())}`)
  return exit
}
