/**
 * Per-status protocol facts, from `shared/reference/status-facts.md` §1 and §4. Internal:
 * read them through `statusInfo()`. Kept compact: the root entry has a size budget.
 */

/**
 * Registry references that are not a section of RFC 9110. Every other registered code
 * is defined in RFC 9110 §15, whose sections follow code order within each class
 * (409 is the 10th 4xx code there: §15.5.10); `statusInfo()` derives those.
 */
export const OTHER_REFERENCES: Readonly<Record<number, string>> = {
  102: 'RFC2518',
  103: 'RFC8297',
  104: 'draft-ietf-httpbis-resumable-upload-05',
  207: 'RFC4918',
  208: 'RFC5842',
  226: 'RFC3229',
  423: 'RFC4918',
  424: 'RFC4918',
  425: 'RFC8470',
  428: 'RFC6585',
  429: 'RFC6585',
  431: 'RFC6585',
  451: 'RFC7725',
  506: 'RFC2295',
  507: 'RFC4918',
  508: 'RFC5842',
  510: 'RFC2774; status-change-http-experiments-to-historic',
  511: 'RFC6585',
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
export const HEURISTICALLY_CACHEABLE = [200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501]

/** Codes no cache may store whatever the headers say (RFC 6585 §3–§6). */
export const NEVER_STORE = [428, 429, 431, 511]

/** Final codes whose responses carry no content: 204, 304, and 205 (generate none). */
export const NO_CONTENT = [204, 205, 304]

/**
 * Header requirement rows: `code header level [reference] [| condition]`, one a line.
 * Level: M = MUST, S = SHOULD, Y = MAY. Without a reference the row cites the status's
 * own RFC 9110 section.
 */
export const REQUIRED_HEADERS = `101 Upgrade M
201 Location S|when a POST created a resource other than the target
206 Content-Range M|for a single-part response
226 ETag M RFC 3229 §10.4.1
300 Location S|when the server has a preferred choice
301 Location S
302 Location S
303 Location M
307 Location S
308 Location S
401 WWW-Authenticate M
405 Allow M
407 Proxy-Authenticate M
413 Retry-After S|when the condition is temporary
416 Content-Range S|for byte-range requests: bytes */<length>
426 Upgrade M
429 Retry-After Y RFC 6585 §4
451 Link S RFC 7725 §4|rel="blocked-by" naming the blocking entity
503 Retry-After Y`
