/**
 * The guide-side defects of the correctness review (../shared/reviews/2026-12-correctness.md,
 * sections A, B, D and E), one test each; each fails on the guide as it was before the fix.
 * The classifier-side halves of section A are in consistency.test.ts's KNOWN list.
 */
import { describe, expect, it } from 'vitest'
import { isIdempotentMethod } from 'statuskit'
import { explain, listGuides, renderMarkdown, type StatusGuide } from 'statuskit/guide'

const ALL = listGuides().map((row) => explain(row.code, row.vendor))

/** Every sentence a guide's author wrote, structured parts included. */
function prose(g: StatusGuide): string[] {
  return [
    g.summary,
    g.meaning,
    ...g.guarantees,
    ...g.doesNotGuarantee,
    ...g.whenToUse,
    ...g.whenNotToUse.flatMap((m) => [m.misuse, m.consequence, m.instead]),
    ...g.criticalHeaders.flatMap((h) => [h.name, h.why, h.ifMissing]),
    ...Object.values(g.toolInterpretation),
    ...g.inspectorSignals.map((s) => s.text),
    ...g.manualChecks,
    ...g.correctnessWarnings,
    ...g.debugging,
    ...g.clientContract.canAssume,
    ...g.clientContract.mustNotAssume,
    ...g.related.map((r) => r.difference),
    ...g.faq.flatMap((f) => [f.question, f.answer]),
    ...g.references,
  ]
}
const text = (g: StatusGuide): string => prose(g).join('\n')
const sentences = (g: StatusGuide): string[] => prose(g).flatMap((t) => t.split(/(?<=[.;!?])\s+/))

describe('review A: rendered advice and prose agree with the rules', () => {
  it('A8: a retry the classifier makes at once is rendered "at once", never "after a delay"', () => {
    for (const code of [421, 425]) {
      const g = explain(code)
      const get = g.clientContract.retry.cases.find((c) => c.request === 'GET')
      expect(get?.delayMs.max).toBe(0)
      expect(renderMarkdown(g)).toContain('| GET | repeat at once (first retry)')
      expect(g.clientContract.retry.advice).not.toMatch(/after a delay|exponential backoff/)
    }
  })

  it('A8: the conditions the classifier cannot express are in the prose (421/408 a new connection, 425 not in early data)', () => {
    expect(explain(421).clientContract.canAssume.join(' ')).toMatch(/new connection/)
    expect(explain(408).clientContract.canAssume.join(' ')).toMatch(/new connection/)
    expect(explain(425).clientContract.canAssume.join(' ')).toMatch(/after the handshake/)
    expect(text(explain(425))).toMatch(/MUST NOT be sent in early data/)
  })

  it('A11/E1: the 409 guide resends a keyed request unchanged only when the server says the key is in use', () => {
    const g = explain(409)
    const resend = [...g.clientContract.canAssume, ...g.faq.map((f) => f.answer)]
      .flatMap((t) => t.split(/(?<=[.:])\s+(?=[A-Z])/))
      .filter((s) => /Idempotency-Key/.test(s) && /unchanged/.test(s))
    expect(resend.length).toBeGreaterThan(0)
    for (const s of resend) expect(s).toMatch(/problem type|server (says|said|marks)/)
    expect(g.clientContract.mustNotAssume.join(' ')).toMatch(/duplicate email/)
  })

  it('A12/A15: no "never" advice claims the condition is permanent (507 is temporary, a 404 may later succeed)', () => {
    for (const g of ALL) expect(g.clientContract.retry.advice, `${g.code}`).not.toMatch(/will not clear on its own|fail the same way/)
    expect(text(explain(507))).toMatch(/considered temporary/)
  })

  it('A13: re-authentication advice never tells a captive-portal 511 to refresh tokens', () => {
    for (const g of ALL.filter((x) => x.clientContract.retry.strategy === 'after-reauth')) {
      expect(g.clientContract.retry.advice, `${g.code}`).not.toMatch(/token|sign in/i)
    }
  })

  it('A14: refresh-state advice names no header one code uses (416 If-Range, 423 the lock token)', () => {
    for (const code of [409, 412, 416, 423, 428]) expect(explain(code).clientContract.retry.advice).not.toMatch(/If-Match|If-Range|If:/)
    expect(text(explain(416))).toMatch(/If-Range/)
    expect(text(explain(423))).toMatch(/lock token/)
  })

  it('A19: 101 and 426 say Connection: Upgrade is a MUST with Upgrade (RFC 9110 §7.8)', () => {
    for (const code of [101, 426]) {
      const connection = explain(code).criticalHeaders.find((h) => h.name === 'Connection')
      expect(connection?.why).toMatch(/MUST/)
      expect(connection?.why).toMatch(/§7\.8/)
    }
  })

  it('A21: related links to 499 say whose 499 (the Esri 498 guide links to the Esri 499)', () => {
    expect(explain(498, 'esri').related.find((r) => r.code === 499)?.vendor).toBe('esri')
    expect(renderMarkdown(explain(498, 'esri'), { relatedLinks: true })).toContain('[499 Token Required (esri)](499-esri.md)')
    expect(explain(408).related.find((r) => r.code === 499)?.vendor).toBe('nginx')
    expect(explain(460, 'aws-elb').related.find((r) => r.code === 499)?.vendor).toBe('nginx')
  })

  it('A22: the outcome-unknown advice lists exactly the methods isIdempotentMethod accepts (TRACE included)', () => {
    const advice = explain(500).clientContract.retry.advice
    for (const method of ['GET', 'HEAD', 'OPTIONS', 'TRACE', 'PUT', 'DELETE', 'POST', 'PATCH', 'CONNECT']) {
      expect(advice.includes(method), method).toBe(isIdempotentMethod(method))
    }
  })
})

describe('review D: the guide shows the decisions that matter', () => {
  it('D4: an outcome-unknown status shows that a POST is not repeated and an honoured key makes it repeatable', () => {
    const retry = explain(502).clientContract.retry
    expect(retry.cases.find((c) => c.request === 'POST')?.retry).toBe(false)
    expect(retry.cases.find((c) => c.request === 'POST, honoured Idempotency-Key')?.retry).toBe(true)
    expect(retry.withIdempotencyKey?.strategy).toBe('idempotent-or-keyed')
  })

  it('D7: no guide cites the unpublished internal reference (status-facts)', () => {
    for (const g of ALL) expect(text(g), `${g.code} ${g.vendor ?? ''}`).not.toMatch(/status-facts/)
  })
})

describe('review B and E: wrong facts in the prose', () => {
  it('B1: 505 is about the major version; refusing HTTP/1.0 is no 505 case', () => {
    const g = explain(505)
    expect(g.whenToUse.join(' ')).not.toMatch(/HTTP\/1\.0/)
    for (const s of sentences(g).filter((x) => /HTTP\/1\.0/.test(x))) expect(s).toMatch(/major version|no 505|not 505/)
  })

  it('B2: 408 does not say the server must or will close the connection', () => {
    const g = explain(408)
    expect(g.summary).not.toMatch(/clos/)
    for (const s of sentences(g)) expect(s).not.toMatch(/is closing (this|the) connection|servers close it after a 408/)
    expect(g.doesNotGuarantee.join(' ')).toMatch(/§15\.5\.9/)
  })

  it('B3: 421 is not forbidden to gateways (reverse proxies) nor for an unconfigured host', () => {
    const g = explain(421)
    for (const m of g.whenNotToUse) expect(m.misuse).not.toMatch(/reverse proxy|unknown virtual host/)
    expect(g.whenToUse.join(' ')).toMatch(/matches no origin it is configured for/)
  })

  it('B4: 400 does not say nginx logs 494', () => {
    expect(text(explain(400))).not.toMatch(/logged as 494/)
  })

  it('B5 (guide side): 303 does not present Location as a BCP 14 requirement (RFC 9110 §15.4.4 has no MUST)', () => {
    const location = explain(303).criticalHeaders.find((h) => h.name === 'Location')
    expect(location?.why).toMatch(/no requirement keyword/)
    expect(location?.why).not.toMatch(/^Required:/)
  })

  it('B6: 308 cites RFC 7538 §3 for keeping the method', () => {
    const g = explain(308)
    expect(g.meaning).toMatch(/RFC 7538 §3/)
    expect(g.meaning).not.toMatch(/MUST NOT change the method/)
    expect(g.references).toContain('RFC 7538 §3')
  })

  it('B7: 405 says general-purpose servers MUST support GET and HEAD', () => {
    expect(text(explain(405))).toMatch(/MUST support GET and HEAD/)
    expect(text(explain(405))).not.toMatch(/should support HEAD/)
  })

  it('B8: 410 does not claim search engines drop it faster than 404', () => {
    expect(text(explain(410))).not.toMatch(/faster than 404/)
  })

  it('B9: 204 does not claim Content-Length mis-frames it', () => {
    const g = explain(204)
    expect(text(g)).not.toMatch(/reject or mis-frame/)
    expect(text(g)).toMatch(/RFC 9112 §6\.3/)
  })

  it('B10: 414 does not list Node as a URI limit that yields 414 (Node answers 431)', () => {
    expect(text(explain(414))).toMatch(/Node[^.]*431/)
  })

  it('B11: 451 warns about Exchange ActiveSync 451 Redirect', () => {
    const g = explain(451)
    expect(text(g)).toMatch(/ActiveSync[^.]*451|451[^.]*ActiveSync/)
    expect(text(g)).toMatch(/X-MS-Location/)
    expect(g.references).toContain('Microsoft MS-ASHTTP §3.1.5.2.2')
  })

  it('B12: 449 cites MS-WDV §2.2.6 (definition) and §3.2.5.6 (the server MUST)', () => {
    const g = explain(449, 'iis')
    expect(g.references).toEqual(expect.arrayContaining(['Microsoft MS-WDV §2.2.6', 'Microsoft MS-WDV §3.2.5.6']))
    expect(g.meaning).toMatch(/§3\.2\.5\.6/)
  })

  it('B17/E3: 409 lists the WebDAV uses (RFC 4918 §9.3.1, §9.7.1, §9.8.5, §9.9.4)', () => {
    const uses = explain(409).whenToUse.join(' ')
    for (const section of ['§9.3.1', '§9.7.1', '§9.8.5', '§9.9.4']) expect(uses).toContain(section)
  })

  it('B18/E4: 409 contrasts 303 to the existing resource (RFC 9110 §9.3.3) and 422 for a reused key', () => {
    const related = explain(409).related
    expect(related.find((r) => r.code === 303)?.difference).toMatch(/§9\.3\.3/)
    expect(related.find((r) => r.code === 422)?.difference).toMatch(/reused/)
  })
})
