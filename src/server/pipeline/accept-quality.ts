/** Media ranges read from one `Accept` field; the rest is ignored. */
const MAX_RANGES = 64

/** How specific a media range is for `type/subtype`: 2 exact, 1 `type/*`, 0 `*\/*`, -1 no match. */
function specificity(range: string, type: string, subtype: string): number {
  const [rangeType = '', rangeSubtype = ''] = range.trim().toLowerCase().split('/')
  if (rangeType === '*' && rangeSubtype === '*') return 0
  if (rangeType !== type) return -1
  if (rangeSubtype === '*') return 1
  return rangeSubtype === subtype ? 2 : -1
}

/** The `q` parameter of a media range: 1 when absent or malformed, clamped to 0..1. */
function qualityOf(params: readonly string[]): number {
  let quality = 1
  for (const param of params) {
    const [key = '', value = ''] = param.split('=')
    if (key.trim().toLowerCase() !== 'q') continue
    const q = Number.parseFloat(value.trim())
    quality = Number.isNaN(q) ? 1 : Math.min(1, Math.max(0, q))
  }
  return quality
}

/**
 * How much a request's `Accept` field wants `mediaType`: the quality value (0 to 1) of the
 * most specific media range that matches it (`type/subtype` over `type/*` over `*\/*`),
 * as RFC 9110 §12.5.1 says. A missing or empty field accepts everything (1); a field with
 * no matching range, or whose matching range says `q=0`, refuses it (0). Parameters other
 * than `q` are ignored; a malformed `q` counts as 1, an out-of-range one is clamped. Only
 * the first 64 media ranges are read, so a hostile field costs no more than a long one.
 *
 * Use it to choose between representations you can send; never to refuse an error
 * response (RFC 9110 §15.5.7 lets a server send a default rather than 406).
 *
 * @param accept - The `Accept` field value (or the values of repeated fields), if any.
 * @param mediaType - The media type you could send, e.g. `application/problem+json`.
 * @returns The quality value, from 0 (refused) to 1.
 *
 * @example
 * ```ts
 * import { acceptQuality } from 'statuskit/server'
 * acceptQuality('text/plain, application/*;q=0.5', 'application/problem+json') // 0.5
 * acceptQuality('text/html', 'application/json') // 0
 * acceptQuality(undefined, 'application/json') // 1
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-12.5.1 | RFC 9110 §12.5.1}
 */
export function acceptQuality(accept: string | readonly string[] | undefined, mediaType: string): number {
  let field = ''
  if (typeof accept === 'string') field = accept
  else if (accept !== undefined) field = accept.join(',')
  if (field.trim() === '') return 1
  const [type = '', subtype = ''] = mediaType.toLowerCase().split('/')
  // The most specific matching range decides; among equally specific ones, the first.
  let best = -1
  let quality = 0
  for (const range of field.split(',', MAX_RANGES)) {
    const [name = '', ...params] = range.split(';')
    const rank = specificity(name, type, subtype)
    if (rank > best) {
      best = rank
      quality = qualityOf(params)
    }
  }
  return quality
}
