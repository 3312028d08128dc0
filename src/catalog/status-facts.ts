/**
 * Per-status protocol facts, from `shared/reference/status-facts.md` §1 and §4. Internal:
 * read them through `statusInfo()`.
 */

/** Registry reference per code; a bare section number means "RFC9110 Section <n>". */
export const REFERENCES: Readonly<Record<number, string>> = {
  100: '15.2.1', 101: '15.2.2', 102: 'RFC2518', 103: 'RFC8297',
  104: 'draft-ietf-httpbis-resumable-upload-05',
  200: '15.3.1', 201: '15.3.2', 202: '15.3.3', 203: '15.3.4', 204: '15.3.5', 205: '15.3.6',
  206: '15.3.7', 207: 'RFC4918', 208: 'RFC5842', 226: 'RFC3229',
  300: '15.4.1', 301: '15.4.2', 302: '15.4.3', 303: '15.4.4', 304: '15.4.5', 305: '15.4.6',
  306: '15.4.7', 307: '15.4.8', 308: '15.4.9',
  400: '15.5.1', 401: '15.5.2', 402: '15.5.3', 403: '15.5.4', 404: '15.5.5', 405: '15.5.6',
  406: '15.5.7', 407: '15.5.8', 408: '15.5.9', 409: '15.5.10', 410: '15.5.11', 411: '15.5.12',
  412: '15.5.13', 413: '15.5.14', 414: '15.5.15', 415: '15.5.16', 416: '15.5.17',
  417: '15.5.18', 418: '15.5.19', 421: '15.5.20', 422: '15.5.21', 423: 'RFC4918',
  424: 'RFC4918', 425: 'RFC8470', 426: '15.5.22', 428: 'RFC6585', 429: 'RFC6585',
  431: 'RFC6585', 451: 'RFC7725',
  500: '15.6.1', 501: '15.6.2', 502: '15.6.3', 503: '15.6.4', 504: '15.6.5', 505: '15.6.6',
  506: 'RFC2295', 507: 'RFC4918', 508: 'RFC5842',
  510: 'RFC2774; status-change-http-experiments-to-historic', 511: 'RFC6585',
}

/** Legacy phrases still found in Node, `statuses`, `http-status-codes` and `http-status`. */
export const ALIASES: Readonly<Record<number, readonly string[]>> = {
  203: ['Non Authoritative Information'],
  207: ['Multi Status'],
  302: ['Moved Temporarily'],
  306: ['Switch Proxy'],
  408: ['Request Time-out'],
  413: ['Payload Too Large', 'Request Entity Too Large'],
  414: ['Request-URI Too Long', 'Request-URI Too Large'],
  416: ['Requested Range Not Satisfiable'],
  418: ["I'm a Teapot"],
  422: ['Unprocessable Entity'],
  504: ['Gateway Time-out'],
}

/** Heuristically cacheable codes: RFC 9110 §15.1 plus 451 (RFC 7725 §3). */
export const HEURISTICALLY_CACHEABLE: ReadonlySet<number> = new Set([
  200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501,
])

/** Codes no cache may store whatever the headers say (RFC 6585 §3–§6). */
export const NEVER_STORE: ReadonlySet<number> = new Set([428, 429, 431, 511])

/** Codes whose responses carry no content: 204, 304 and 205 (generate none), plus all 1xx. */
export const NO_CONTENT: ReadonlySet<number> = new Set([204, 205, 304])

/** Header requirement rows: [code, header, level, reference, condition?]. */
export const REQUIRED_HEADERS: readonly (readonly [number, string, 'MUST' | 'SHOULD' | 'MAY', string, string?])[] = [
  [101, 'Upgrade', 'MUST', 'RFC 9110 §15.2.2'],
  [201, 'Location', 'SHOULD', 'RFC 9110 §15.3.2', 'when a POST created a resource other than the target'],
  [206, 'Content-Range', 'MUST', 'RFC 9110 §15.3.7', 'for a single-part response'],
  [226, 'ETag', 'MUST', 'RFC 3229 §10.4.1'],
  [300, 'Location', 'SHOULD', 'RFC 9110 §15.4.1', 'when the server has a preferred choice'],
  [301, 'Location', 'SHOULD', 'RFC 9110 §15.4.2'],
  [302, 'Location', 'SHOULD', 'RFC 9110 §15.4.3'],
  [303, 'Location', 'MUST', 'RFC 9110 §15.4.4'],
  [307, 'Location', 'SHOULD', 'RFC 9110 §15.4.8'],
  [308, 'Location', 'SHOULD', 'RFC 9110 §15.4.9'],
  [401, 'WWW-Authenticate', 'MUST', 'RFC 9110 §15.5.2'],
  [405, 'Allow', 'MUST', 'RFC 9110 §15.5.6'],
  [407, 'Proxy-Authenticate', 'MUST', 'RFC 9110 §15.5.8'],
  [413, 'Retry-After', 'SHOULD', 'RFC 9110 §15.5.14', 'when the condition is temporary'],
  [416, 'Content-Range', 'SHOULD', 'RFC 9110 §15.5.17', 'for byte-range requests: bytes */<length>'],
  [426, 'Upgrade', 'MUST', 'RFC 9110 §15.5.22'],
  [429, 'Retry-After', 'MAY', 'RFC 6585 §4'],
  [451, 'Link', 'SHOULD', 'RFC 7725 §4', 'rel="blocked-by" naming the blocking entity'],
  [503, 'Retry-After', 'MAY', 'RFC 9110 §15.6.4'],
]
