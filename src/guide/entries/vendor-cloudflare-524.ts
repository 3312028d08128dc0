import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide entry for Cloudflare 524 A Timeout Occurred.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(524, 'cloudflare').summary
 * ```
 */
export const vendorCloudflare524: GuideEntry = {
  code: 524,
  vendor: 'cloudflare',
  summary: 'Cloudflare connected to the origin and sent the request, but the origin sent no HTTP response before the proxy read timeout.',
  meaning:
    'Not an IANA status: Cloudflare generates 524 when it connected to the origin and the origin acknowledged the ' +
    'request, but no HTTP response arrived within the Proxy Read Timeout (120 seconds by default; Enterprise plans ' +
    'can raise it). It can also mean a request body write to the origin did not complete within 30 seconds. The ' +
    'origin usually keeps working and may finish the request after Cloudflare gave up.',
  guarantees: [
    'The origin received the request.',
    'Cloudflare stopped waiting; the client will not get the origin\'s eventual response.',
  ],
  doesNotGuarantee: [
    'That the operation failed: the origin may complete it after the 524.',
    'That a retry will be faster.',
  ],
  whenToUse: [
    'Only Cloudflare emits it: when a report, export or import runs synchronously for longer than the proxy read timeout.',
    'Cloudflare emits it when an origin stuck on a slow query or lock produces no response headers in time.',
    'Cloudflare emits it when an upload to the origin stalls and the body write exceeds Cloudflare\'s write timeout.',
  ],
  whenNotToUse: [
    {
      misuse: 'Running multi-minute jobs inside one request behind Cloudflare',
      consequence: 'Users get 524 for work that succeeds, then retry it and run it twice.',
      instead: '202 Accepted with a Location to poll for the job\'s status',
    },
    {
      misuse: 'Answering with 524 from a self-run gateway after an upstream read timeout',
      consequence: 'Looks like a Cloudflare error; generic clients treat it as an opaque 500.',
      instead: '504 Gateway Timeout',
    },
  ],
  criticalHeaders: [
    {
      name: 'cf-ray',
      why: 'Identifies the edge request to match with the origin\'s access log, where the request likely completed later.',
      ifMissing: 'Not a Cloudflare 524.',
    },
    {
      name: 'Location (on a 202 for long jobs)',
      why: 'Points the client to a status resource, so long work never holds a request open past the edge timeout.',
      ifMissing: 'Clients cannot find the result of asynchronous work.',
    },
  ],
  toolInterpretation: {
    browsers: 'Show Cloudflare\'s "A timeout occurred" page after about two minutes.',
    apiClients:
      'Handled as 500; got retries 524 by default. The origin may have done the work, so only retry idempotent or keyed requests.',
    crawlers: 'Very slow pages followed by 5xx reduce crawl rate.',
    uptimeMonitors: 'Counted as down with response times at the timeout; check origin latency, not availability.',
    cdns: 'Cloudflare-specific; other CDNs answer 504 for the same situation.',
  },
  inspectorSignals: [
    'cf-ray / server: cloudflare',
    'response time at the proxy read timeout (about 120 s)',
  ],
  correctnessWarnings: [
    'Origins must never emit 524 (status-facts §5.21).',
    'The origin may complete the request after a 524; blind retries of POST duplicate work.',
  ],
  debugging: [
    'Find the request in the origin access log by time (or CF-Ray request header) and read its real duration and status.',
    'Profile the slow endpoint: database queries, lock waits, external calls.',
    'Move long operations to a job queue with 202 Accepted and a status URL.',
    'For known long requests, serve them from a DNS-only (not proxied) hostname or raise the timeout on Enterprise plans.',
  ],
  frameworks: {
    express: `import express from 'express'

// Long work returns 202 at once; the client polls, so no request outlives Cloudflare's timeout (524).
const jobs = new Map<string, { state: 'running' | 'done'; url?: string }>()
const app = express()
app.post('/exports', (_req, res) => {
  const id = crypto.randomUUID()
  jobs.set(id, { state: 'running' })
  setTimeout(() => jobs.set(id, { state: 'done', url: \`/files/\${id}.csv\` }), 300_000) // stands in for the real job
  res.status(202).location(\`/exports/\${id}\`).json({ id, state: 'running' })
})
app.get('/exports/:id', (req, res) => { res.json(jobs.get(req.params.id) ?? { state: 'unknown' }) })
app.listen(8080)`,
    fastify: `import Fastify from 'fastify'

// Long work returns 202 at once; the client polls, so no request outlives Cloudflare's timeout (524).
const jobs = new Map<string, { state: 'running' | 'done'; url?: string }>()
const app = Fastify()
app.post('/exports', async (_req, reply) => {
  const id = crypto.randomUUID()
  jobs.set(id, { state: 'running' })
  setTimeout(() => jobs.set(id, { state: 'done', url: \`/files/\${id}.csv\` }), 300_000) // stands in for the real job
  return reply.code(202).header('location', \`/exports/\${id}\`).send({ id, state: 'running' })
})
app.get<{ Params: { id: string } }>('/exports/:id', async (req) => jobs.get(req.params.id) ?? { state: 'unknown' })
await app.listen({ port: 8080 })`,
    django: `from rest_framework.response import Response
from rest_framework.views import APIView

class ExportView(APIView):
    # Queue the long job and answer 202 immediately; avoids Cloudflare 524 on slow exports.
    def post(self, request):
        job = export_task.delay(request.data)  # Celery task
        return Response({"id": job.id, "state": "running"}, status=202,
                        headers={"Location": f"/exports/{job.id}"})`,
    spring: `@PostMapping("/exports")
ResponseEntity<Map<String, String>> startExport(@RequestBody ExportRequest req) {
    // Long work runs asynchronously; the client polls, avoiding Cloudflare 524.
    String id = exportService.submit(req);
    return ResponseEntity.accepted()
        .location(URI.create("/exports/" + id))
        .body(Map.of("id", id, "state", "running"));
}`,
    fastapi: `import uuid
from fastapi import BackgroundTasks, FastAPI, Response

app = FastAPI()

@app.post("/exports", status_code=202)
def start_export(background: BackgroundTasks, response: Response):
    job_id = str(uuid.uuid4())
    background.add_task(run_export, job_id)  # long work after the response: no Cloudflare 524
    response.headers["Location"] = f"/exports/{job_id}"
    return {"id": job_id, "state": "running"}`,
    go: `func startExport(w http.ResponseWriter, r *http.Request) {
	id := newJobID()
	go runExport(id) // long work outside the request, so Cloudflare never waits 120 s (524)
	w.Header().Set("Location", "/exports/"+id)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusAccepted)
	json.NewEncoder(w).Encode(map[string]string{"id": id, "state": "running"})
}`,
  },
  clientContract: {
    canAssume: [
      'The origin received the request and may still be working on it.',
      'The edge, not the origin, ended the exchange.',
    ],
    mustNotAssume: [
      'That a POST or other non-idempotent request did not take effect.',
      'That retrying will return sooner.',
    ],
  },
  related: [
    { code: 504, difference: '504 is the registered code for the same situation: a gateway\'s upstream did not answer in time.' },
    { code: 522, difference: '522: the connection or request acknowledgement timed out, so nothing was processed. 524: the origin accepted the request.' },
    { code: 202, difference: '202 Accepted with a status URL is how long-running work should be exposed instead.' },
  ],
  faq: [
    {
      question: 'Can I raise the 524 timeout?',
      answer: 'On Enterprise plans (Proxy Read Timeout setting). Otherwise make long work asynchronous or serve it from a DNS-only hostname.',
    },
  ],
  references: ['Cloudflare docs: error-524', 'RFC 9110 §15', 'RFC 9110 §15.6.5', 'RFC 9110 §15.3.3'],
}
