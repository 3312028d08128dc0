import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for 102 Processing: a legacy WebDAV keep-alive interim response.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(102).deprecated // true
 * ```
 */
export const status102: GuideEntry = {
  code: 102,
  summary:
    'Legacy WebDAV interim response meaning "the whole request arrived and is still being worked on"; removed from WebDAV by RFC 4918, so new APIs should not send it.',
  meaning:
    'RFC 2518 §10.1 defined 102 as an interim response telling the client that the server has accepted the complete request but has not yet completed it, so that a client does not time out during long methods such as a COPY or MOVE with Depth: infinity. RFC 4918, which obsoletes RFC 2518, dropped it for lack of implementation; the code stays in the IANA registry, but clients and servers largely ignore it. A final response must still follow.',
  guarantees: [
    'The server received the whole request and has started processing it.',
    'The exchange is still open: a final status for this request will follow on the same connection.',
  ],
  doesNotGuarantee: [
    'Progress, an estimate of completion, or that the operation will succeed.',
    'That any proxy or client keeps its timeout running longer because of it: most ignore 102 or drop it.',
    'That the request can be abandoned safely: processing continues even if the client disconnects.',
  ],
  whenToUse: [
    'Only for an existing WebDAV client that is known to rely on it to avoid timing out during a Depth: infinity COPY, MOVE or DELETE.',
    'Nowhere in new HTTP APIs: accept long work with 202 and a status resource instead.',
  ],
  whenNotToUse: [
    {
      misuse: 'Sending 102 repeatedly to keep a slow HTTP API request alive past a proxy timeout',
      consequence:
        'Load balancers and CDNs time out on the final response, not on interim ones, and many drop 1xx; the client still gets a 504 and the work runs unobserved.',
      instead: '202 Accepted with a Location to a status monitor the client can poll',
    },
    {
      misuse: 'Returning 102 as the final status of a request that is still running',
      consequence: 'A 1xx cannot end an exchange; clients wait for a final response that never comes, or fail with a protocol error.',
      instead: '202 Accepted',
    },
  ],
  criticalHeaders: [
    {
      name: 'Location',
      why: 'Not on the 102 itself, but on the replacement design: a 202 should point at the resource that reports progress.',
      ifMissing: 'The client has no way to learn the outcome of the long operation except by waiting on one connection.',
    },
    {
      name: 'Depth',
      why: 'Request header of WebDAV methods; Depth: infinity operations are the case RFC 2518 designed 102 for.',
      ifMissing: 'Without a deep operation there is rarely a reason for a 102 at all.',
    },
  ],
  toolInterpretation: {
    browsers: 'Browsers ignore 102; fetch() never exposes it and waits for the final status.',
    apiClients:
      'Most HTTP libraries silently skip 1xx other than 100 and 101; their timeouts keep running. WebDAV clients such as old Windows Web Folders were the main consumers.',
    crawlers: 'Not seen by crawlers; irrelevant for indexing.',
    uptimeMonitors: 'Monitors wait for the final status; a check that only ever sees 102 times out.',
    cdns: 'CDNs and reverse proxies may drop or not forward interim responses, and their read timeouts are not reset by them.',
  },
  inspectorSignals: [
    'A 102 on a non-WebDAV API: an attempt at a keep-alive that should be a 202 design.',
    'A 102 observed as the final status of an exchange.',
    'Whether the request was a WebDAV method with Depth: infinity.',
  ],
  correctnessWarnings: [
    '102 is legacy: RFC 4918 removed it from WebDAV; statuskit marks it deprecated (do not emit).',
    'Like every 1xx it must not carry content and must not be sent to an HTTP/1.0 client (RFC 9110 §15.2).',
  ],
  debugging: [
    'Run curl -v against the endpoint and note whether "HTTP/1.1 102 Processing" lines appear before the final status.',
    'If the request ends in 504 despite 102s, measure the proxy\'s read timeout: interim responses do not reset it.',
    'Move the long-running work behind 202 Accepted and a status resource, then poll it with curl -i until it reports completion.',
  ],
  frameworks: {
    express: `import express from 'express'
import { Status } from 'statuskit'

const app = express()
// Legacy WebDAV keep-alive only. New APIs: answer 202 with a status resource.
app.copy('/dav/*path', async (_req, res) => {
  const timer = setInterval(() => res.writeProcessing(), 15_000)
  try {
    await new Promise((resolve) => setTimeout(resolve, 60_000)) // the deep copy
    res.sendStatus(Status.NO_CONTENT)
  } finally {
    clearInterval(timer)
  }
})
app.listen(3000)`,
    fastify: `import Fastify from 'fastify'
import { Status } from 'statuskit'

const app = Fastify()
// Legacy keep-alive on the raw response; new APIs answer 202 with a status resource.
app.post('/reports', async (_req, reply) => {
  const timer = setInterval(() => reply.raw.writeProcessing(), 15_000)
  try {
    await new Promise((resolve) => setTimeout(resolve, 60_000)) // the long job
    return reply.code(Status.OK).send({ ready: true })
  } finally {
    clearInterval(timer)
  }
})
await app.listen({ port: 3000 })`,
    django: `# Django cannot send 102 (WSGI has no interim responses). Do what replaces it:
# accept the work and let the client poll a status resource.
from rest_framework.response import Response
from rest_framework.views import APIView

class Reports(APIView):
    def post(self, request):
        job = start_report_job(request.data)  # e.g. a Celery task
        return Response({"status": "queued"}, status=202,
                        headers={"Location": f"/reports/jobs/{job.id}"})`,
    spring: `// Servlet containers cannot send 102; accept the work with 202 instead.
@PostMapping("/reports")
ResponseEntity<Map<String, String>> create(@RequestBody ReportRequest request) {
    String jobId = jobs.start(request);
    return ResponseEntity.accepted()
        .location(URI.create("/reports/jobs/" + jobId))
        .body(Map.of("status", "queued"));
}`,
    fastapi: `from fastapi import BackgroundTasks, FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

# ASGI has no way to send 102; accept the work and expose its status.
@app.post("/reports")
async def create_report(background: BackgroundTasks):
    job_id = new_job_id()
    background.add_task(build_report, job_id)
    return JSONResponse({"status": "queued"}, status_code=202,
                        headers={"Location": f"/reports/jobs/{job_id}"})`,
    go: `package main

import (
	"net/http"
	"time"
)

// Go 1.19+ can send 1xx with WriteHeader. Legacy WebDAV keep-alive only.
func deepCopy(w http.ResponseWriter, r *http.Request) {
	done := make(chan struct{})
	go func() { time.Sleep(time.Minute); close(done) }() // the deep copy
	tick := time.NewTicker(15 * time.Second)
	defer tick.Stop()
	for {
		select {
		case <-tick.C:
			w.WriteHeader(http.StatusProcessing)
		case <-done:
			w.WriteHeader(http.StatusNoContent)
			return
		}
	}
}`,
  },
  clientContract: {
    canAssume: [
      'The server is still working on the request and has not sent its final status yet.',
      'Nothing about the outcome: treat the 102 as a heartbeat only.',
    ],
    mustNotAssume: [
      'That a 102 extends any timeout in between (proxy, load balancer, SDK).',
      'That the server will keep sending 102s at a regular interval.',
    ],
  },
  related: [
    { code: 202, difference: '202 Accepted ends the exchange at once and hands the client a status resource; it is the modern replacement for keep-alive 102s.' },
    { code: 100, difference: '100 Continue is sent before the body is uploaded; 102 after the whole request arrived.' },
    { code: 207, difference: '207 Multi-Status is the final WebDAV response a long Depth: infinity operation typically ends with.' },
  ],
  faq: [
    {
      question: 'Can 102 prevent a 504 from my load balancer?',
      answer:
        'Rarely. Most proxies time out waiting for the final response and ignore interim ones. Accept the work with 202 and let the client poll.',
    },
    {
      question: 'Why does statuskit mark 102 deprecated when IANA lists it as permanent?',
      answer:
        'RFC 4918 removed it from WebDAV and almost nothing consumes it; the registry entry remains for compatibility, but emitting it in new code buys nothing.',
    },
  ],
  references: ['RFC 2518 §10.1', 'RFC 4918 Appendix F', 'RFC 9110 §15.2'],
}
