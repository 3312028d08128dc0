import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for AWS Application Load Balancer 460 (Client Closed Connection): a log-only code
 * for a client that disconnected before the load balancer could respond.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(460).vendor // 'aws-elb'
 * ```
 */
export const vendorAwsElb460: GuideEntry = {
  code: 460,
  vendor: 'aws-elb',
  summary: 'The client closed its connection to the AWS Application Load Balancer before the load balancer responded; 460 appears only in ALB access logs and metrics.',
  meaning:
    'AWS ALB-specific: the load balancer received a request from a client, but the client closed the connection with the load balancer before the idle timeout period elapsed (AWS ALB troubleshooting). The ALB access log records elb_status_code 460; the client never receives it. The target may still be processing, or may have finished, the request: the usual cause is a client timeout shorter than the target\'s response time. It is ALB\'s counterpart of nginx\'s 499.',
  guarantees: [
    'The client hung up before getting a response from the load balancer.',
    'The load balancer itself did not fail; 460 is not counted as an ALB 5xx.',
  ],
  doesNotGuarantee: [
    'That the target did not process the request (target_status_code in the log may be "-" or a real status).',
    'Which timeout fired: the client library\'s, a mobile OS\'s, or a proxy\'s in front of the ALB.',
  ],
  whenToUse: [
    'Reading ALB access logs: 460 entries with long target_processing_time show requests slower than the caller\'s timeout.',
    'Capacity and latency reviews: a rising 460 count is a latency signal from the caller\'s point of view.',
    'Deciding timeouts: keep the client timeout longer than the target\'s p99 latency, or make long work asynchronous.',
  ],
  whenNotToUse: [
    {
      misuse: 'Returning 460 from a target application',
      consequence: 'The ALB forwards it to a client that is still connected, as an unknown 4xx treated as 400.',
      instead: 'Never send it; for your own timeouts use 503 or 504 with Retry-After where appropriate',
    },
    {
      misuse: 'Counting 460s as server errors in availability SLOs',
      consequence: 'User cancellations and client misconfiguration page the on-call engineer.',
      instead: 'Track 460 with latency, as a sign callers are giving up',
    },
  ],
  criticalHeaders: [
    {
      name: 'X-Amzn-Trace-Id',
      why: 'ALB adds it to every request; it links the 460 log line to the target\'s own logs of the same request.',
      ifMissing: 'You cannot tell whether the target completed work the client abandoned.',
    },
    {
      name: 'Idempotency-Key',
      why: 'Lets the client retry a POST whose connection it closed without risking a duplicate.',
      ifMissing: 'After a client-side timeout the outcome of a write is unknown.',
    },
  ],
  toolInterpretation: {
    browsers: 'Nothing visible: the browser aborted the request itself (navigation or script abort).',
    apiClients: 'See their own timeout or abort error; never a 460 status.',
    crawlers: 'A crawler timeout shows up as 460 in the site\'s ALB logs; the crawler records a fetch failure.',
    uptimeMonitors: 'Monitor timeouts shorter than the endpoint\'s latency produce 460 entries and "down" alerts at the same time.',
    cdns: 'CloudFront or another CDN in front of the ALB closing origin connections at its origin timeout appears as 460 in the ALB logs; the viewer gets the CDN\'s 504.',
  },
  inspectorSignals: [
    'ALB log lines with elb_status_code 460 and their request_processing_time / target_processing_time.',
    'Whether target_status_code is set (the target answered after the client left) or "-".',
  ],
  correctnessWarnings: [
    'Never emit 460 from a target; it is an ALB log code (status-facts §3).',
    'Non-idempotent requests that ended in 460 may have been applied; clients must not retry them blindly.',
  ],
  debugging: [
    'Query the ALB access logs (Athena) for elb_status_code = 460 and group by request URL and user agent.',
    'Compare target_processing_time of those requests with the callers\' configured timeouts.',
    'Follow X-Amzn-Trace-Id into the target\'s logs to see if the work completed.',
    'Fix the mismatch: speed up the endpoint, raise the client timeout, or switch to 202 Accepted plus polling.',
  ],
  frameworks: {
    express: `import express from 'express'
import { problemHandler } from 'statuskit/express'

// Log what ALB will record as 460: the client left before the response finished.
const app = express()
app.use((req, res, next) => {
  res.on('close', () => {
    if (!res.writableFinished) console.warn('client closed connection (ALB 460)', req.get('x-amzn-trace-id'))
  })
  next()
})
app.get('/slow', (_req, res) => { setTimeout(() => res.json({ done: true }), 70_000) })
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { problemPlugin } from 'statuskit/fastify'

// Keep the server's keep-alive timeout above the ALB idle timeout (60 s default),
// so the target never closes first; client aborts are then the only 460 source.
const app = Fastify({ keepAliveTimeout: 65_000 })
await app.register(problemPlugin)
app.addHook('onRequest', async (req, reply) => {
  reply.raw.on('close', () => {
    if (!reply.raw.writableFinished) req.log.warn({ trace: req.headers['x-amzn-trace-id'] }, 'client closed (ALB 460)')
  })
})`,
    django: `# Athena query over ALB access logs: which endpoints do callers abandon?
QUERY = """
SELECT request_url, count(*) AS aborted, approx_percentile(target_processing_time, 0.5) AS p50
FROM alb_logs
WHERE elb_status_code = 460 AND day = '2026/11/25'
GROUP BY request_url ORDER BY aborted DESC LIMIT 20
"""`,
    spring: `// Make the work asynchronous instead of holding the client past its timeout (avoids 460).
@PostMapping("/reports")
ResponseEntity<Void> create(@RequestBody ReportRequest r) {
    String id = reports.start(r);  // runs in the background
    return ResponseEntity.accepted().location(URI.create("/reports/" + id)).build();
}`,
    fastapi: `from fastapi import FastAPI, Request
import logging

app = FastAPI()
log = logging.getLogger("alb")

@app.middleware("http")
async def log_client_abort(request: Request, call_next):
    response = await call_next(request)
    if await request.is_disconnected():
        log.warning("client closed connection (ALB logs 460) trace=%s", request.headers.get("x-amzn-trace-id"))
    return response`,
    go: `func export(w http.ResponseWriter, r *http.Request) {
	select {
	case rows := <-runExport(r.Context()):
		json.NewEncoder(w).Encode(rows)
	case <-r.Context().Done():
		// ALB logs 460 for this request; stop the work.
		log.Printf("client closed connection (ALB 460) trace=%s", r.Header.Get("X-Amzn-Trace-Id"))
	}
}`,
  },
  clientContract: {
    canAssume: [
      'Nothing: a 460 is never delivered; the client only knows it gave up.',
      'If the request carried an Idempotency-Key that the server honours, resending it reveals the outcome without applying it twice.',
    ],
    mustNotAssume: [
      'That the abandoned request had no effect on the target.',
      'That a longer client timeout is always the fix: long work belongs in an asynchronous job.',
    ],
  },
  related: [
    { code: 499, difference: 'nginx\'s log code for the same situation.' },
    { code: 408, difference: 'The opposite direction: the server stopped waiting for the client\'s request.' },
    { code: 504, difference: 'ALB itself timed out waiting for the target and told the client.' },
  ],
  faq: [
    {
      question: 'Why do I see 460 with target_status_code 200?',
      answer: 'The target finished and answered, but the client had already disconnected, so the load balancer logged 460. The work was done; only the client missed the response.',
    },
    {
      question: 'Is 460 an ALB failure I should alert on?',
      answer: 'No: the load balancer and target were healthy; the client gave up. Alert on latency, and investigate 460 when it rises together with target response times.',
    },
  ],
  references: ['AWS ALB troubleshooting: HTTP 460', 'RFC 9110 §9.2.2', 'draft-ietf-httpapi-idempotency-key-header-06'],
}
