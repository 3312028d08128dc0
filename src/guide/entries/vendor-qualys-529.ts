import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide entry for Qualys SSL Labs API 529 Site is overloaded.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(529, 'qualys').summary
 * ```
 */
export const vendorQualys529: GuideEntry = {
  code: 529,
  vendor: 'qualys',
  summary: 'The Qualys SSL Labs API is overloaded; back off for minutes before starting new assessments.',
  meaning:
    'Not an IANA status: the Qualys SSL Labs assessment API returns 529 when the service as a whole is overloaded. ' +
    'It is distinct from the API\'s 429 (this client is too fast or has too many concurrent assessments) and 503 ' +
    '(service down for maintenance). Clients are expected to wait a long time before retrying. The code appears in ' +
    'parser enums (llhttp SITE_IS_OVERLOADED) but no other vendor defines it.',
  guarantees: [
    'The SSL Labs service refused the request because of global load, not because of this client\'s rate.',
    'No new assessment was started.',
  ],
  doesNotGuarantee: [
    'How long the overload lasts; no Retry-After is promised.',
    'That any other service returning 529 means the same.',
  ],
  whenToUse: [
    'Only the SSL Labs API emits it: when it is too busy to accept new assessments from anyone.',
    'When a scanner or CI job calls SSL Labs, a 529 tells it to pause for a long back-off, not just to reduce concurrency.',
  ],
  whenNotToUse: [
    {
      misuse: 'Returning 529 from your own API when it is overloaded',
      consequence: 'Generic clients treat it as an opaque 500 and cannot find a documented meaning or wait time.',
      instead: '503 Service Unavailable with Retry-After',
    },
    {
      misuse: 'Retrying SSL Labs assessments in a tight loop after 529',
      consequence: 'Adds load to an overloaded service and risks the client being blocked.',
      instead: 'Sleep for a long, jittered interval and reduce concurrent assessments',
    },
  ],
  criticalHeaders: [
    {
      name: 'Retry-After',
      why: 'If present, it is the minimum wait; otherwise wait a long, jittered interval.',
      ifMissing: 'Clients must pick a conservative back-off themselves.',
    },
  ],
  toolInterpretation: {
    browsers: 'Rarely seen: the API is called by scripts, not pages.',
    apiClients: 'Unknown 5xx, handled as 500; SSL Labs clients (ssllabs-scan) pause and retry later.',
    crawlers: 'Not applicable.',
    uptimeMonitors: 'A TLS-grade monitor using SSL Labs may report it; the monitored site is not at fault.',
    cdns: 'Not applicable.',
  },
  inspectorSignals: [
    'request to api.ssllabs.com',
    'unregistered 5xx status with vendor meaning',
  ],
  correctnessWarnings: [
    'Low-value vendor code specific to one API; never emit it (status-facts §3, §5.21).',
  ],
  debugging: [
    'Confirm the request went to the SSL Labs API (api.ssllabs.com); elsewhere 529 has no documented meaning.',
    'Check the API\'s info endpoint for current limits before starting more assessments.',
    'Lower the number of concurrent assessments and add a long jittered back-off for 529 and 503.',
  ],
  frameworks: {
    express: `import express from 'express'
import { serviceUnavailable } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// Your own overloaded service: 503 with Retry-After, not the vendor-specific 529.
let queueDepth = 0
const app = express()
app.post('/assessments', (_req, res) => {
  if (queueDepth > 1000) throw serviceUnavailable('Too many assessments queued; try again later.', { retryAfter: 900, expose: true })
  queueDepth += 1
  res.status(202).location('/assessments/latest').end()
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { serviceUnavailable } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

// Your own overloaded service: 503 with Retry-After, not the vendor-specific 529.
let queueDepth = 0
const app = Fastify()
await app.register(problemPlugin)
app.post('/assessments', async (_req, reply) => {
  if (queueDepth > 1000) throw serviceUnavailable('Too many assessments queued; try again later.', { retryAfter: 900, expose: true })
  queueDepth += 1
  return reply.code(202).header('location', '/assessments/latest').send()
})`,
    django: `from rest_framework.response import Response
from rest_framework.views import APIView

# Your own overloaded service: 503 with Retry-After, not the vendor-specific 529.
class AssessmentView(APIView):
    def post(self, request):
        if queue_depth() > 1000:
            return Response({"type": "about:blank", "title": "Service Unavailable", "status": 503,
                             "detail": "Too many assessments queued; try again later."},
                            status=503, content_type="application/problem+json", headers={"Retry-After": "900"})
        job = enqueue_assessment(request.data)
        return Response(status=202, headers={"Location": f"/assessments/{job.id}"})`,
    spring: `// Your own overloaded service: 503 with Retry-After, not the vendor-specific 529.
@PostMapping("/assessments")
ResponseEntity<?> assess(@RequestBody AssessmentRequest req) {
    if (queue.depth() > 1000) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
            "Too many assessments queued; try again later.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "900").body(pd);
    }
    return ResponseEntity.accepted().location(URI.create("/assessments/" + queue.submit(req))).build();
}`,
    fastapi: `from fastapi import FastAPI, Response
from fastapi.responses import JSONResponse

app = FastAPI()

# Your own overloaded service: 503 with Retry-After, not the vendor-specific 529.
@app.post("/assessments")
def assess(body: AssessmentRequest):
    if queue_depth() > 1000:
        return JSONResponse({"type": "about:blank", "title": "Service Unavailable", "status": 503,
                             "detail": "Too many assessments queued; try again later."},
                            status_code=503, media_type="application/problem+json", headers={"Retry-After": "900"})
    return Response(status_code=202, headers={"Location": f"/assessments/{enqueue(body)}"})`,
    go: `// Your own overloaded service: 503 with Retry-After, not the vendor-specific 529.
func assess(w http.ResponseWriter, r *http.Request) {
	if queueDepth.Load() > 1000 {
		w.Header().Set("Retry-After", "900")
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusServiceUnavailable)
		io.WriteString(w, \`{"type":"about:blank","title":"Service Unavailable","status":503,"detail":"Too many assessments queued; try again later."}\`)
		return
	}
	w.Header().Set("Location", "/assessments/"+enqueue(r))
	w.WriteHeader(http.StatusAccepted)
}`,
  },
  clientContract: {
    canAssume: [
      'The refusal is about SSL Labs\' global load, not this client\'s request.',
      'No assessment was started, so repeating the request later is safe.',
    ],
    mustNotAssume: [
      'That retrying within seconds will succeed.',
      'That 529 from any other host means "overloaded".',
    ],
  },
  related: [
    { code: 503, difference: '503 Service Unavailable (with Retry-After) is the registered code for an overloaded service.' },
    { code: 429, difference: '429 limits one client\'s rate; SSL Labs uses it for per-client limits and 529 for global overload.' },
  ],
  faq: [
    {
      question: 'Should my API copy SSL Labs and use 529 for overload?',
      answer: 'No. Use 503 with Retry-After; every HTTP client already knows how to handle it.',
    },
  ],
  references: ['Qualys SSL Labs API documentation (error codes)', 'llhttp status enum (SITE_IS_OVERLOADED)', 'RFC 9110 §15.6.4'],
}
