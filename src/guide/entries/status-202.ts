import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for 202 Accepted: the request was queued for processing that has not finished.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(202).related.map((r) => r.code) // includes 201 and 303
 * ```
 */
export const status202: GuideEntry = {
  code: 202,
  summary: 'The request was accepted for processing but the processing has not completed, and may still fail; the response should point to where its status can be checked.',
  meaning:
    'RFC 9110 §15.3.3: the request has been accepted for processing, but the processing has not been completed; it might or might not eventually be acted upon, as it might be disallowed when processing actually takes place. HTTP has no way to send a second status later for the same request, so the 202 is intentionally noncommittal: its representation SHOULD describe the request\'s current status and point to (or embed) a status monitor the client can query for the outcome.',
  guarantees: [
    'The server received and accepted the request into some queue or workflow.',
    'The outcome will be known later, at the status monitor the response describes (when it describes one).',
  ],
  doesNotGuarantee: [
    'That the operation will succeed, or run at all: validation and authorization may fail during processing.',
    'Any completion time.',
    'That the effects are visible yet: a GET of the affected resource may still show the old state.',
  ],
  whenToUse: [
    'Work that takes longer than a request should stay open: video transcoding, report generation, bulk imports.',
    'Hand-off to a queue or batch process that runs later (e.g. a nightly settlement).',
    'A DELETE that will be enacted asynchronously (RFC 9110 §9.3.5 lists 202 for "likely to succeed but not yet enacted").',
  ],
  whenNotToUse: [
    {
      misuse: 'Returning 202 for work that already completed synchronously',
      consequence: 'Clients start polling for a result they already have, adding latency and load.',
      instead: '200 OK, 201 Created or 204 No Content',
    },
    {
      misuse: 'Returning 202 with no status monitor, no Location and no description',
      consequence: 'The client cannot learn whether the operation failed; errors are silently lost.',
      instead: 'a 202 whose body and Location identify a job resource reporting pending, succeeded or failed',
    },
    {
      misuse: 'Using 202 to hide validation errors that could have been detected up front',
      consequence: 'Clients learn about a malformed request minutes later from a job status instead of immediately.',
      instead: 'validate synchronously and answer 400 or 422 before queuing',
    },
  ],
  criticalHeaders: [
    {
      name: 'Location',
      why: 'Points to the status monitor (a job resource) the client polls for the outcome; widely used by async API conventions.',
      ifMissing: 'The client has no standard way to find the job; each API invents a body field.',
    },
    {
      name: 'Retry-After',
      why: 'Conventionally (Azure and other long-running-operation APIs) the suggested polling interval for the status monitor.',
      ifMissing: 'Clients pick their own polling rate, often too aggressive.',
    },
    {
      name: 'Content-Type',
      why: 'Labels the status description in the body (application/json with state and links).',
      ifMissing: 'Clients cannot parse the job description.',
    },
  ],
  toolInterpretation: {
    browsers: 'fetch() resolves with ok === true; the browser does nothing further. Front-ends must poll the status monitor themselves.',
    apiClients: 'Clients treat 202 as success; long-running-operation helpers (Azure pollers, generated SDKs) follow Location and poll until a terminal state.',
    crawlers: 'Crawlers do not trigger asynchronous work; irrelevant to indexing.',
    uptimeMonitors: 'A check expecting 200 fails on 202; monitors of async endpoints should assert on the job reaching a terminal state.',
    cdns: 'Not cacheable by default; passed through.',
  },
  inspectorSignals: [
    'A Location (or a link in the body) to a status monitor.',
    'The status monitor answers 200 with a state while pending, and a terminal state or a 303 to the result when done.',
    'A Retry-After or documented polling interval.',
  ],
  correctnessWarnings: [
    'RFC 9110 §15.3.3: the representation SHOULD describe the request\'s current status and point to a status monitor; a bare 202 hides failures.',
    'HTTP cannot deliver a second status for the same request: failures must be reported through the status monitor, not "later".',
  ],
  debugging: [
    'curl -i -X POST the request and note the Location (or the job link in the body).',
    'Poll the status monitor with curl -i and watch its state move from pending to succeeded or failed.',
    'If the job never finishes, look for it in the queue or worker logs using the job id from the 202.',
    'If clients poll too fast, add Retry-After to the 202 and to pending status responses.',
  ],
  frameworks: {
    express: `import express from 'express'
import { Status } from 'statuskit'

const jobs = new Map<string, { state: 'pending' | 'done' }>()
const app = express()
app.post('/exports', (_req, res) => {
  const id = String(jobs.size + 1)
  jobs.set(id, { state: 'pending' })
  setTimeout(() => jobs.set(id, { state: 'done' }), 5_000) // the background work
  res.status(Status.ACCEPTED).location('/exports/jobs/' + id).set('retry-after', '2')
  res.json({ id, state: 'pending' })
})
app.get('/exports/jobs/:id', (req, res) => void res.json(jobs.get(req.params.id) ?? { state: 'unknown' }))
app.listen(3000)`,
    fastify: `import Fastify from 'fastify'
import { Status } from 'statuskit'

const jobs = new Map<string, { state: 'pending' | 'done' }>()
const app = Fastify()
app.post('/exports', async (_req, reply) => {
  const id = String(jobs.size + 1)
  jobs.set(id, { state: 'pending' })
  setTimeout(() => jobs.set(id, { state: 'done' }), 5_000) // the background work
  return reply
    .code(Status.ACCEPTED)
    .headers({ location: '/exports/jobs/' + id, 'retry-after': '2' })
    .send({ id, state: 'pending' })
})
await app.listen({ port: 3000 })`,
    django: `from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import APIView

class Exports(APIView):
    def post(self, request):
        job = export_task.delay(request.user.pk)  # Celery: runs later
        return Response({"id": job.id, "state": "pending"},
                        status=status.HTTP_202_ACCEPTED,
                        headers={"Location": f"/exports/jobs/{job.id}", "Retry-After": "2"})`,
    spring: `@PostMapping("/exports")
ResponseEntity<Job> export() {
    Job job = jobs.submit(new ExportTask());
    return ResponseEntity.accepted()
        .location(URI.create("/exports/jobs/" + job.id()))
        .header(HttpHeaders.RETRY_AFTER, "2")
        .body(job);
}`,
    fastapi: `from fastapi import BackgroundTasks, FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.post("/exports")
async def start_export(background: BackgroundTasks):
    job_id = jobs.create()
    background.add_task(run_export, job_id)
    return JSONResponse({"id": job_id, "state": "pending"}, status_code=202,
                        headers={"Location": f"/exports/jobs/{job_id}", "Retry-After": "2"})`,
    go: `package main

import (
	"encoding/json"
	"net/http"
)

func startExport(w http.ResponseWriter, r *http.Request) {
	id := jobs.Submit(runExport)
	w.Header().Set("Location", "/exports/jobs/"+id)
	w.Header().Set("Retry-After", "2")
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusAccepted)
	json.NewEncoder(w).Encode(map[string]string{"id": id, "state": "pending"})
}`,
  },
  clientContract: {
    canAssume: [
      'The request was received and queued; its outcome is reported by the status monitor.',
      'Polling the status monitor is the way to learn success or failure.',
    ],
    mustNotAssume: [
      'That the operation succeeded, or that its effects are visible yet.',
      'That repeating the POST is harmless: it usually queues a second job.',
    ],
  },
  related: [
    { code: 201, difference: '201 Created: the resource already exists when the response is sent; 202 promises nothing yet.' },
    { code: 200, difference: '200 OK: the processing finished within the request and the result is in the body.' },
    { code: 303, difference: 'A finished status monitor often answers 303 See Other pointing at the result resource.' },
    { code: 102, difference: '102 Processing kept one connection waiting (legacy WebDAV); 202 ends the exchange and lets the client poll.' },
  ],
  faq: [
    {
      question: 'How does the client learn that a 202 job failed?',
      answer: 'Only through the status monitor: it should report a terminal failed state with a problem document describing the error.',
    },
    {
      question: 'Should the status monitor return 202 while the job is pending?',
      answer:
        'Conventions differ; a plain 200 with "state": "pending" (and Retry-After) is clearest, since the GET itself succeeded. When done, answer 303 to the result or 200 with the final state.',
    },
  ],
  references: ['RFC 9110 §15.3.3', 'RFC 9110 §9.3.5'],
}
