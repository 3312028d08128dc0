import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for 205 Reset Content: success; clear the form or view that sent the request.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(205).related[0]?.code // 204
 * ```
 */
export const status205: GuideEntry = {
  code: 205,
  summary: 'The request succeeded and the server asks the client to reset the form or view that sent it, ready for the next entry; the response must carry no content.',
  meaning:
    'RFC 9110 §15.3.6: the server has fulfilled the request and desires that the user agent reset the "document view" that caused the request to be sent to its original state as received from the origin server. It supports repeated data entry: after a record is submitted, the form is cleared for the next one. Since 205 implies no additional content, a server MUST NOT generate content in it; on HTTP/1.1 it still needs framing, so it sends Content-Length: 0 (or an empty chunked body, or closes the connection).',
  guarantees: [
    'The submission was accepted and processed successfully.',
    'There is no representation in the response to display.',
  ],
  doesNotGuarantee: [
    'That the browser actually resets the form: mainstream browsers treat 205 like 204 and leave the page as it was.',
    'That the reset covers anything beyond the view that sent the request.',
  ],
  whenToUse: [
    'A data-entry client (a kiosk, a point-of-sale screen, a script-driven form) that is programmed to clear its inputs on 205 after each saved record.',
    'An API whose own client contract documents 205 as "saved, start a new entry", distinct from 204 "saved, keep the view".',
  ],
  whenNotToUse: [
    {
      misuse: 'Relying on 205 to clear an HTML form in the browser without script',
      consequence: 'Browsers do not implement the reset; the user sees the old values and may submit them twice.',
      instead: 'a 303 See Other to an empty form page, or reset the form in JavaScript after a 204',
    },
    {
      misuse: 'Sending a body or a confirmation message with 205',
      consequence: 'RFC 9110 §15.3.6 forbids generating content; clients discard it or mis-frame the connection.',
      instead: '200 OK with the confirmation, then reset client-side',
    },
    {
      misuse: 'Sending 205 without Content-Length: 0 on HTTP/1.1 keep-alive connections',
      consequence: 'Unlike 204, a 205 is not implicitly empty to every parser; the client may wait for a body until the connection closes.',
      instead: 'a 205 with Content-Length: 0',
    },
  ],
  criticalHeaders: [
    {
      name: 'Content-Length',
      why: 'Content-Length: 0 frames the empty response on HTTP/1.1 (RFC 9112 §6.3); unlike 204, 205 may carry it.',
      ifMissing: 'Some clients wait for content until the connection closes.',
    },
    {
      name: 'Cache-Control',
      why: 'A reset instruction belongs to one submission; no-store keeps it from being reused.',
      ifMissing: 'Rarely a problem (205 is not heuristically cacheable), but explicit caching headers could make it reusable.',
    },
  ],
  toolInterpretation: {
    browsers: 'Chrome, Firefox and Safari stay on the current page, as for 204, and do not reset forms. fetch() resolves with ok === true and an empty body.',
    apiClients: 'Treated as a success with no body; the reset semantic is left to application code.',
    crawlers: 'Not relevant: crawlers do not submit forms.',
    uptimeMonitors: 'Counted as success; body assertions fail because there is none.',
    cdns: 'Not heuristically cacheable; passed through.',
  },
  inspectorSignals: [
    'Any content bytes on a 205.',
    'Missing Content-Length: 0 on an HTTP/1.1 205.',
    'A 205 in answer to a GET (nothing to reset after a safe request).',
  ],
  correctnessWarnings: [
    'RFC 9110 §15.3.6: a server must not generate content in a 205.',
    'Without Content-Length: 0 (or chunked framing) an HTTP/1.1 205 can leave the client waiting (RFC 9112 §6.3).',
    'Browsers ignore the reset request; do not depend on it for correctness.',
  ],
  debugging: [
    'curl -i -X POST the submission and confirm "205 Reset Content" with Content-Length: 0 and nothing after the headers.',
    'If the client hangs, check for missing Content-Length on HTTP/1.1.',
    'If the form does not clear in the browser, add a script that resets it when the fetch() status is 205.',
  ],
  frameworks: {
    express: `import express from 'express'
import { Status } from 'statuskit'

const readings: unknown[] = []
const app = express()
app.use(express.json())
app.post('/meter-readings', (req, res) => {
  readings.push(req.body)
  // Saved: the data-entry client clears its form for the next reading.
  res.status(Status.RESET_CONTENT).set('content-length', '0').end()
})
app.listen(3000)`,
    fastify: `import Fastify from 'fastify'
import { Status } from 'statuskit'

const readings: unknown[] = []
const app = Fastify()
app.post('/meter-readings', async (req, reply) => {
  readings.push(req.body)
  return reply.code(Status.RESET_CONTENT).header('content-length', '0').send()
})
await app.listen({ port: 3000 })`,
    django: `from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import APIView

class MeterReadings(APIView):
    def post(self, request):
        MeterReading.objects.create(**request.data)
        # Django frames it with Content-Length: 0; the client clears its form.
        return Response(status=status.HTTP_205_RESET_CONTENT)`,
    spring: `@PostMapping("/meter-readings")
ResponseEntity<Void> record(@RequestBody Reading reading) {
    readings.save(reading);
    return ResponseEntity.status(HttpStatus.RESET_CONTENT).contentLength(0).build();
}`,
    fastapi: `from fastapi import FastAPI, Response

app = FastAPI()

@app.post("/meter-readings", status_code=205)
async def record(reading: Reading) -> Response:
    await readings.save(reading)
    return Response(status_code=205, headers={"Content-Length": "0"})`,
    go: `package main

import "net/http"

func record(w http.ResponseWriter, r *http.Request) {
	saveReading(r)
	w.Header().Set("Content-Length", "0")
	w.WriteHeader(http.StatusResetContent)
}`,
  },
  clientContract: {
    canAssume: [
      'The submission succeeded; the server wants the input view cleared for a new entry.',
      'There is no content to read.',
    ],
    mustNotAssume: [
      'That the browser resets anything by itself: do it in application code.',
      'That a body will ever be present, even a confirmation.',
    ],
  },
  related: [
    { code: 204, difference: '204 No Content: success with no body and the view left as is; 205 additionally asks for the view to be reset.' },
    { code: 303, difference: '303 See Other to an empty form page is the browser-compatible way to get a fresh form after a submission.' },
    { code: 200, difference: '200 OK returns a confirmation or the saved record; 205 may not return anything.' },
  ],
  faq: [
    {
      question: 'Do browsers clear the form on 205?',
      answer: 'No mainstream browser does; they behave as for 204. Use 205 only with clients you control, or reset the form in script.',
    },
    {
      question: 'Why does a 205 need Content-Length: 0 when a 204 does not?',
      answer: 'RFC 9110 defines 204 as ending at the header section, but a 205 is framed like any other response on HTTP/1.1, so the empty body must be framed explicitly.',
    },
  ],
  references: ['RFC 9110 §15.3.6', 'RFC 9112 §6.3'],
}
