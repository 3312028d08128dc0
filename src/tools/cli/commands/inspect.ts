/**
 * `statuskit inspect <url>`: makes one request with the global `fetch`, shows the
 * exchange (and every redirect), then the summary and the findings of `inspectResponse`.
 * Exit code: 1 when a finding has `error` severity, 0 otherwise, 2 for a usage or
 * network error (one line on stderr, never a stack).
 */
import { parseArgs } from 'node:util'
import { inspectResponse, type InspectResult } from 'statuskit/inspect'
import { ExchangeError, fetchExchange, redactUrl, type ExchangeHop } from 'statuskit/serve'
import { fail, print, printable, printableJson, useColor } from '../terminal.js'

const USAGE = `Usage: statuskit inspect <url> [options]

  -X, --request <method>   request method (default GET, or POST with -d)
  -H, --header 'Name: v'   request header; repeat for more
  -d, --data <body>        request body, sent as given; a body starting with { or [ is sent
                           as Content-Type: application/json unless -H sets Content-Type
  --follow                 follow redirects (each one is shown); default: show the redirect only
  --timeout <ms>           give up after this many milliseconds (default 10000)
  --json                   the exchange, summary and findings as JSON

The request lines (>) are every header sent, Host and Connection included; no
Accept-Encoding is sent, so the body is shown as it went over the wire. Add
-H 'Origin: https://app.example' to see what a browser script on that origin may read
(cors.* rules). Credentials and token-like query values are shown as ***.

Exit code: 1 when an error-severity finding exists, 0 otherwise, 2 on usage or network errors.
`

/** Largest response body read; the rest is cancelled. */
const MAX_BODY_BYTES = 1 << 20
/** Body text included in the --json output (`bodyBytes` tells the size read). */
const JSON_BODY_CHARS = 65_536

class UsageError extends Error {}

function parseHeaders(lines: readonly string[]): [string, string][] {
  return lines.map((line) => {
    const colon = line.indexOf(':')
    const name = line.slice(0, Math.max(colon, 0)).trim()
    const value = line.slice(colon + 1).trim()
    if (colon < 1 || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name) || /[\0-\x08\x0a-\x1f\x7f]/.test(value))
      throw new UsageError(`invalid header "${line.slice(0, 60)}"; expected 'Name: value'`)
    return [name, value]
  })
}

/** Header pairs as one record, repeated fields joined (RFC 9110 §5.3). */
function headerRecord(pairs: readonly (readonly [string, string])[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of pairs) out[name] = name in out ? `${out[name]}, ${value}` : value
  return out
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
    let parsedUrl: URL | undefined
    try {
      parsedUrl = new URL(target)
    } catch {
      parsedUrl = undefined
    }
    if (!parsedUrl || !/^https?:$/.test(parsedUrl.protocol))
      throw new UsageError(`invalid URL "${redactUrl(target).slice(0, 60)}"; expected http:// or https://`)
    url = parsedUrl
    const requested = values.request
    if (requested !== undefined && !/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,20}$/.test(requested))
      throw new UsageError(`invalid method "${requested.slice(0, 20)}"`)
    headers = parseHeaders(values.header ?? [])
    const ms = values.timeout ?? '10000'
    timeout = /^\d{1,9}$/.test(ms) ? Number(ms) : 0
    if (timeout < 1)
      throw new UsageError(`invalid --timeout "${ms.slice(0, 20)}"; expected milliseconds from 1 to 999999999`)
  } catch (error) {
    return fail(`inspect: ${error instanceof Error ? error.message : String(error)}`)
  }
  let hops: ExchangeHop[]
  try {
    hops = await fetchExchange({
      url,
      method: values.request ?? (values.data === undefined ? 'GET' : 'POST'),
      headers,
      body: values.data,
      follow: values.follow === true,
      timeoutMs: timeout,
      maxBodyBytes: MAX_BODY_BYTES,
    })
  } catch (error) {
    return fail(`inspect: ${error instanceof ExchangeError ? error.message : 'the request failed'}`)
  }
  const last = hops[hops.length - 1] as ExchangeHop
  const sent = last.request
  const result = inspectResponse({
    request: { method: sent.method, url: sent.url, headers: sent.headers },
    response: { status: last.status, headers: last.headers, body: last.body },
  })
  const text = new TextDecoder().decode(last.body)
  const exit = result.findings.some((f) => f.severity === 'error') ? 1 : 0
  const redirects = hops.slice(0, -1).map((h) => ({ method: h.request.method, url: h.request.url, status: h.status, location: headerRecord(h.headers).location }))
  if (values.json === true) {
    const response = {
      status: last.status,
      statusText: last.statusText,
      headers: headerRecord(last.headers),
      bodyBytes: last.body.byteLength,
      truncated: last.truncated,
      body: text.slice(0, JSON_BODY_CHARS),
    }
    print(`${printableJson(JSON.stringify({ request: { method: sent.method, url: sent.url, headers: headerRecord(sent.headers) }, redirects, response, ...result }, null, 2))}\n`)
    return exit
  }
  const lines = redirects.map((h) => `* ${h.method} ${h.url} -> ${h.status} Location: ${h.location ?? ''}`)
  lines.push(`> ${sent.method} ${sent.url}`, ...sent.headers.map(([n, v]) => `> ${n}: ${v}`), `< ${last.status} ${last.statusText}`)
  for (const [name, value] of last.headers) lines.push(`< ${name}: ${value}`)
  const size = `${last.body.byteLength} bytes${last.truncated ? ' read, the rest cancelled' : ''}`
  if (text) lines.push('', text.length > 2000 || last.truncated ? `${text.slice(0, 2000)}… (${size})` : text)
  if (values.follow !== true && last.status >= 300 && last.status < 400 && headerRecord(last.headers).location !== undefined)
    lines.push('', '(redirect not followed; add --follow)')
  // What the server sent is printed with its control characters shown, never acted on.
  print(`${printable(lines.join('\n'))}\n${report(result, useColor())}`)
  return exit
}
