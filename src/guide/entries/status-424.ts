import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide entry for 424 Failed Dependency (RFC 4918 §11.4, WebDAV).
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(424).meaning
 * ```
 */
export const status424: GuideEntry = {
  code: 424,
  summary: 'The method could not be performed because an action it depended on failed (WebDAV).',
  meaning:
    'RFC 4918 §11.4: the method could not be performed on the resource because the requested action depended on ' +
    'another action and that action failed. The classic case is PROPPATCH: its instructions are atomic, so when one ' +
    'property update fails (for example with 403), every other property in the same request is reported as 424 ' +
    'inside the 207 Multi-Status body.',
  guarantees: [
    'This part of the request was not applied, because another part failed first.',
    'Inside a 207 body, another entry carries the root cause status.',
  ],
  doesNotGuarantee: [
    'That this part of the request was itself wrong: it may succeed once the other part is fixed.',
    'That the root cause is shown, when 424 is used as a top-level status outside WebDAV.',
  ],
  whenToUse: [
    'In a PROPPATCH 207 response, for the properties not applied because another property in the batch failed.',
    'In a batch endpoint with all-or-nothing semantics, for items rolled back because a sibling item failed.',
    'For a COPY or MOVE member that was skipped because its parent collection operation failed.',
  ],
  whenNotToUse: [
    {
      misuse: 'Returning 424 when a downstream service (payment provider, database) failed',
      consequence: 'Blames the client\'s request structure for an outage; clients fix nothing and monitors miss the fault.',
      instead: '502 Bad Gateway, 503 Service Unavailable or 504 Gateway Timeout',
    },
    {
      misuse: 'Reporting 424 for every item in a batch without marking the item that actually failed',
      consequence: 'The client cannot find the root cause.',
      instead: '207 Multi-Status with the real status on the failing item and 424 on the dependants',
    },
  ],
  criticalHeaders: [
    {
      name: 'Content-Type',
      why: 'application/xml (DAV:multistatus) or problem+json with per-item errors so the client can find the root cause.',
      ifMissing: 'A bare 424 gives no clue about which action it depended on.',
    },
  ],
  toolInterpretation: {
    browsers: 'Rarely seen; fetch() resolves with ok === false.',
    apiClients:
      'WebDAV clients read it inside 207 bodies; generic clients treat a top-level 424 as a non-retryable client error. ' +
      'Stripe uses 424 for "External Dependency Failed", a vendor-specific meaning.',
    crawlers: 'Irrelevant.',
    uptimeMonitors: 'Not an availability signal when used as specified.',
    cdns: 'Passed through; not cached.',
  },
  inspectorSignals: [
    'top-level 424 outside a WebDAV or batch context',
    'a 207 body where 424 entries exist but no entry carries a root-cause failure',
  ],
  correctnessWarnings: [
    '424 blames a failed sibling action in the same request; using it for failing upstream services hides server-side outages.',
  ],
  debugging: [
    'Read the whole 207 body: find the entry whose status is not 424; that is the root cause.',
    'Fix that action (permissions, invalid property value) and resend the whole atomic request.',
    'If a top-level 424 names an external service, treat it as a server-side incident and check that dependency.',
  ],
  frameworks: {
    express: `import express from 'express'
import { problem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
app.use(express.json())
app.post('/batch', (req, res) => {
  const ops = req.body as { id: string; valid: boolean }[]
  const failed = ops.find((op) => !op.valid)
  const results = ops.map((op) => ({ id: op.id, status: op === failed ? 422 : 424 }))
  if (failed) throw problem(424, \`Batch rolled back: operation \${failed.id} failed.\`, { extensions: { results } })
  res.json({ applied: ops.length })
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { problem } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.post('/batch', async (req) => {
  const ops = req.body as { id: string; valid: boolean }[]
  const failed = ops.find((op) => !op.valid)
  const results = ops.map((op) => ({ id: op.id, status: op === failed ? 422 : 424 }))
  if (failed) throw problem(424, \`Batch rolled back: operation \${failed.id} failed.\`, { extensions: { results } })
  return { applied: ops.length }
})`,
    django: `from rest_framework.response import Response
from rest_framework.views import APIView

class BatchView(APIView):
    def post(self, request):
        failed = next((op for op in request.data if not is_valid(op)), None)
        if failed:
            results = [{"id": op["id"], "status": 422 if op is failed else 424} for op in request.data]
            return Response({"type": "https://example.com/probs/batch-rolled-back", "title": "Failed Dependency",
                             "status": 424, "detail": f"Operation {failed['id']} failed.", "results": results},
                            status=424, content_type="application/problem+json")
        return Response({"applied": len(request.data)})`,
    spring: `@PostMapping("/batch")
ResponseEntity<?> batch(@RequestBody List<Op> ops) {
    Optional<Op> failed = ops.stream().filter(op -> !op.valid()).findFirst();
    if (failed.isPresent()) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.FAILED_DEPENDENCY,
            "Operation " + failed.get().id() + " failed; the batch was rolled back.");
        pd.setProperty("results", ops.stream().map(op -> Map.of("id", op.id(), "status", op == failed.get() ? 422 : 424)).toList());
        return ResponseEntity.status(HttpStatus.FAILED_DEPENDENCY).body(pd);
    }
    return ResponseEntity.ok(Map.of("applied", ops.size()));
}`,
    fastapi: `from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.post("/batch")
def batch(ops: list[Op]):
    failed = next((op for op in ops if not op.valid), None)
    if failed:
        results = [{"id": op.id, "status": 422 if op is failed else 424} for op in ops]
        return JSONResponse({"type": "https://example.com/probs/batch-rolled-back", "title": "Failed Dependency",
                             "status": 424, "detail": f"Operation {failed.id} failed.", "results": results},
                            status_code=424, media_type="application/problem+json")
    return {"applied": len(ops)}`,
    go: `func batch(w http.ResponseWriter, r *http.Request) {
	var ops []Op
	json.NewDecoder(r.Body).Decode(&ops)
	for i, op := range ops {
		if op.Valid { continue }
		results := make([]map[string]any, len(ops))
		for j, o := range ops { results[j] = map[string]any{"id": o.ID, "status": map[bool]int{true: 422, false: 424}[i == j]} }
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusFailedDependency)
		json.NewEncoder(w).Encode(map[string]any{"type": "https://example.com/probs/batch-rolled-back",
			"title": "Failed Dependency", "status": 424, "detail": "Operation " + op.ID + " failed.", "results": results})
		return
	}
}`,
  },
  clientContract: {
    canAssume: [
      'Nothing in the atomic request was applied.',
      'Fixing the root-cause item and resending the whole request can succeed.',
    ],
    mustNotAssume: [
      'That the item marked 424 was invalid.',
      'That a top-level 424 from a non-WebDAV API follows RFC 4918; vendors reuse it for upstream failures.',
    ],
  },
  related: [
    { code: 207, difference: '207 Multi-Status is the container in which 424 normally appears, next to the root-cause status.' },
    { code: 502, difference: '502 reports a failed upstream server; 424 reports a failed sibling action in the same request.' },
    { code: 423, difference: '423 is often the root cause that turns the other parts of a WebDAV request into 424.' },
  ],
  faq: [
    {
      question: 'Stripe returns 424 when a bank is down; is that correct?',
      answer:
        'It is Stripe\'s own meaning ("External Dependency Failed"). RFC 4918 defines 424 for dependent actions within one request; for generic APIs a failing upstream is 502/503/504.',
    },
  ],
  references: ['RFC 4918 §11.4', 'RFC 4918 §9.2', 'RFC 4918 §13'],
}
