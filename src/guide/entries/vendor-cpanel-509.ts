import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide entry for cPanel / Apache mod_bw 509 Bandwidth Limit Exceeded.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(509, 'cpanel').summary
 * ```
 */
export const vendorCpanel509: GuideEntry = {
  code: 509,
  vendor: 'cpanel',
  summary: 'A shared-hosting account has used up its bandwidth allowance; the host refuses to serve the site until it resets.',
  meaning:
    'Not an IANA status (509 is unassigned): shared hosts running cPanel or Apache mod_bw answer 509 when a hosting ' +
    'account exceeds the data-transfer allowance of its plan, typically per month. It is not in Apache httpd\'s own ' +
    'status table, but Node\'s http.STATUS_CODES and the statuses package name it "Bandwidth Limit Exceeded", which makes ' +
    'it look official. The site stays blocked until the period resets or the plan is upgraded.',
  guarantees: [
    'The hosting layer refused the request because of the account\'s transfer quota, not because of the request.',
    'The application did not run.',
  ],
  doesNotGuarantee: [
    'When the quota resets; hosts rarely send Retry-After.',
    'That the traffic was legitimate: hotlinking or scrapers often burn the allowance.',
  ],
  whenToUse: [
    'Only the hosting platform emits it: when a cPanel account passes its monthly bandwidth quota.',
    'Apache mod_bw emits it when a virtual host exceeds its configured transfer rate or volume.',
  ],
  whenNotToUse: [
    {
      misuse: 'Returning 509 from an API to a client that exceeded its own download quota',
      consequence: 'Generic clients treat an unknown 5xx as a server fault and retry; SLOs count it as an outage.',
      instead: '429 Too Many Requests with Retry-After until the quota window resets',
    },
    {
      misuse: 'Using res.status(509) because Node lists it in http.STATUS_CODES',
      consequence: 'Ships an unregistered code in an API contract; clients handle it as 500.',
      instead: 'A registered code: 429 for per-client quotas, 503 for whole-service capacity',
    },
  ],
  criticalHeaders: [
    {
      name: 'Retry-After',
      why: 'A quota refusal should say when the allowance resets; hosting panels usually omit it.',
      ifMissing: 'Visitors and bots retry blindly and extend the outage.',
    },
    {
      name: 'Cache-Control',
      why: 'no-store keeps CDNs from caching the quota page as the site\'s content.',
      ifMissing: 'A CDN can serve the 509 page after the quota resets.',
    },
  ],
  toolInterpretation: {
    browsers: 'Show the host\'s "Bandwidth Limit Exceeded" page.',
    apiClients: 'Unknown 5xx, handled as 500; axios-retry and Azure retry it, which consumes more quota.',
    crawlers: 'Treated as a server error; a long block leads to de-indexing.',
    uptimeMonitors: 'Counted as down for the rest of the quota period.',
    cdns: 'A CDN in front reduces origin transfer and so prevents many 509s; it passes the 509 through otherwise.',
  },
  inspectorSignals: [
    'unregistered status (IANA unassigned 509)',
    'Server header of a shared host (Apache, LiteSpeed, cPanel)',
  ],
  correctnessWarnings: [
    '509 is unassigned in the IANA registry; do not emit it from applications (status-facts §1.3).',
    'Node\'s http.STATUS_CODES lists 509, which is not evidence that it is a registered status.',
  ],
  debugging: [
    'Check the hosting panel\'s bandwidth statistics and the plan\'s allowance.',
    'Find what consumed the transfer in the access logs: large files, hotlinked images, bots.',
    'Put a CDN in front, block abusive bots, or upgrade the plan; the block lifts when the period resets.',
  ],
  frameworks: {
    express: `import express from 'express'
import { tooManyRequests } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// Per-client transfer quota: answer 429 with Retry-After, not the unregistered 509.
const usedBytes = new Map<string, number>(), QUOTA = 10 * 1024 ** 3
const app = express()
app.get('/downloads/:file', (req, res) => {
  const key = req.get('x-api-key') ?? 'anonymous'
  const now = new Date()
  const secondsToReset = Math.ceil((Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1) - now.getTime()) / 1000)
  if ((usedBytes.get(key) ?? 0) >= QUOTA) throw tooManyRequests('Monthly download quota used.', { retryAfter: secondsToReset })
  res.sendFile(req.params.file ?? '', { root: '/data' })
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { tooManyRequests } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

// Per-client transfer quota: answer 429 with Retry-After, not the unregistered 509.
const usedBytes = new Map<string, number>()
const QUOTA = 10 * 1024 ** 3
const app = Fastify()
await app.register(problemPlugin)
app.addHook('onRequest', async (req) => {
  const key = String(req.headers['x-api-key'] ?? 'anonymous')
  const now = new Date()
  const secondsToReset = Math.ceil((Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1) - now.getTime()) / 1000)
  if ((usedBytes.get(key) ?? 0) >= QUOTA) throw tooManyRequests('Monthly download quota used.', { retryAfter: secondsToReset })
})`,
    django: `from rest_framework.response import Response
from rest_framework.views import APIView

# Per-client transfer quota: answer 429 with Retry-After, not the unregistered 509.
class DownloadView(APIView):
    def get(self, request, name):
        if bytes_used(request.user) >= MONTHLY_QUOTA:
            return Response({"type": "https://example.com/probs/transfer-quota", "title": "Too Many Requests",
                             "status": 429, "detail": "Monthly download quota used."},
                            status=429, content_type="application/problem+json",
                            headers={"Retry-After": str(seconds_until_reset())})
        return serve_file(name)`,
    spring: `// Per-client transfer quota: answer 429 with Retry-After, not the unregistered 509.
@ExceptionHandler(TransferQuotaExceededException.class)
ResponseEntity<ProblemDetail> quota(TransferQuotaExceededException ex) {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, "Monthly download quota used.");
    pd.setType(URI.create("https://example.com/probs/transfer-quota"));
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.secondsUntilReset()))
        .body(pd);
}`,
    fastapi: `from fastapi import FastAPI, Header
from fastapi.responses import FileResponse, JSONResponse

app = FastAPI()

# Per-client transfer quota: answer 429 with Retry-After, not the unregistered 509.
@app.get("/downloads/{name}")
def download(name: str, x_api_key: str = Header(default="anonymous")):
    if bytes_used(x_api_key) >= MONTHLY_QUOTA:
        return JSONResponse({"type": "https://example.com/probs/transfer-quota", "title": "Too Many Requests",
                             "status": 429, "detail": "Monthly download quota used."},
                            status_code=429, media_type="application/problem+json",
                            headers={"Retry-After": str(seconds_until_reset())})
    return FileResponse(f"/data/{name}")`,
    go: `// Per-client transfer quota: answer 429 with Retry-After, not the unregistered 509.
func download(w http.ResponseWriter, r *http.Request) {
	if bytesUsed(r.Header.Get("X-API-Key")) >= monthlyQuota {
		w.Header().Set("Retry-After", strconv.Itoa(secondsUntilReset()))
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusTooManyRequests)
		io.WriteString(w, \`{"type":"https://example.com/probs/transfer-quota","title":"Too Many Requests","status":429,"detail":"Monthly download quota used."}\`)
		return
	}
	http.ServeFile(w, r, "/data/"+path.Base(r.URL.Path))
}`,
  },
  clientContract: {
    canAssume: [
      'The hosting account, not the request, is over its limit.',
      'The block lasts until the host\'s quota period resets or the plan changes.',
    ],
    mustNotAssume: [
      'That retrying soon will work.',
      'That 509 has a registered meaning other clients share.',
    ],
  },
  related: [
    { code: 429, difference: '429 is the registered code for a client that exceeded a rate or quota, with Retry-After.' },
    { code: 503, difference: '503 is the registered code when the whole service cannot serve; use it for capacity, not per-account quotas.' },
    { code: 508, difference: 'Some shared hosts show 508 "Resource Limit Is Reached" for CPU limits; that too misuses a number, here a WebDAV code.' },
  ],
  faq: [
    {
      question: 'Why does Node know 509 if IANA does not?',
      answer: 'Node copied it from older Apache-derived tables. Its presence in http.STATUS_CODES does not make it registered.',
    },
  ],
  references: ['Apache mod_bw documentation', 'IANA HTTP Status Code Registry (509 unassigned)', 'RFC 9110 §15', 'RFC 6585 §4'],
}
