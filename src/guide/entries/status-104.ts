import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for 104 Upload Resumption Supported: the interim response of the IETF resumable
 * uploads draft, temporarily registered until 2026-11-13.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(104).expires // '2026-11-13'
 * ```
 */
export const status104: GuideEntry = {
  code: 104,
  summary:
    'Interim response of the resumable-uploads draft: the server supports resuming this upload and names, in Location, the upload resource to resume it at; temporarily registered, expiring 2026-11-13.',
  meaning:
    'draft-ietf-httpbis-resumable-upload-05 registers 104 as an interim response a server sends while it receives an upload (a POST or PUT carrying Upload-Complete), to announce that the upload can be resumed and where: its Location header identifies the upload resource. If the connection breaks, the client asks that resource for the received offset (HEAD, answered with Upload-Offset) and appends the rest with PATCH instead of starting over. IANA lists the code as a temporary registration that expires on 2026-11-13 unless it is renewed or the draft becomes an RFC; check the registry before building on it.',
  guarantees: [
    'The server implements the resumable upload protocol for this request and has created an upload resource for it.',
    'The Location of the 104 is where the client can query the offset and append the remaining content if the transfer is interrupted.',
    'A final status for the upload request still follows if the connection survives.',
  ],
  doesNotGuarantee: [
    'That the upload will complete or be accepted: validation and storage limits still apply to the final response.',
    'How long the server keeps an incomplete upload; expiry is server policy.',
    'Stability: the draft (and its interop version) may change and the registration may lapse.',
  ],
  whenToUse: [
    'A large file upload from a mobile or unreliable network, where a server that implements the draft tells the client where to resume.',
    'Interoperating with clients that speak the draft natively (for example Apple\'s URLSession resumable uploads) or a tus-style server that implements it.',
  ],
  whenNotToUse: [
    {
      misuse: 'Sending 104 without a Location header, or for uploads the server cannot actually resume',
      consequence: 'The client believes it can resume and later fails with 404 on the upload resource, after losing the connection.',
      instead: 'no interim response; the client restarts the upload',
    },
    {
      misuse: 'Building a public API contract on 104 as if it were a permanent status',
      consequence:
        'The registration is temporary (expires 2026-11-13) and the draft still evolves; clients pinned to one interop version break when it changes.',
      instead: 'gate it on the client\'s Upload-Draft-Interop-Version and keep a non-resumable path',
    },
    {
      misuse: 'Sending 104 as the final status of the upload request',
      consequence: 'A 1xx cannot end an exchange; the client hangs waiting for the real outcome.',
      instead: '201 Created or 204 No Content once the upload is complete',
    },
  ],
  criticalHeaders: [
    {
      name: 'Location',
      why: 'Identifies the upload resource: the URL for offset retrieval (HEAD), appending (PATCH) and cancellation (DELETE).',
      ifMissing: 'The 104 is useless: the client has nowhere to resume.',
    },
    {
      name: 'Upload-Draft-Interop-Version',
      why: 'Both sides state which draft revision they implement; servers send 104 only to clients that announced a version they support.',
      ifMissing: 'Client and server may disagree on header names and semantics of the still-changing draft.',
    },
    {
      name: 'Upload-Offset',
      why: 'On the offset-retrieval response and on appends: the number of bytes the server holds, where the client resumes.',
      ifMissing: 'The client cannot know where to resume and would have to restart.',
    },
  ],
  toolInterpretation: {
    browsers: 'Browsers do not expose 1xx responses to fetch(); resumable uploads from web pages use libraries that create the upload resource explicitly.',
    apiClients:
      'Clients that implement the draft read the Location of the 104 and resume on failure; other HTTP libraries skip it and see only the final response.',
    crawlers: 'Not relevant: crawlers do not upload.',
    uptimeMonitors: 'Not relevant to GET-based checks; upload checks see the final status.',
    cdns:
      'Proxies may not forward interim responses; a CDN in front of an upload endpoint must pass 104 and the Upload-* headers through for resumption to work.',
  },
  inspectorSignals: [
    'Location present on the 104 and resolvable to an upload resource that answers HEAD with Upload-Offset.',
    'The request carried Upload-Complete and an Upload-Draft-Interop-Version the server supports.',
    'Offset responses carry Cache-Control: no-store so no cache serves a stale offset.',
  ],
  correctnessWarnings: [
    'Temporary registration: 104 expires from the IANA registry on 2026-11-13 unless renewed; statuskit reports it with registry: temporary.',
    'Like every 1xx, 104 carries no content and must not be sent to HTTP/1.0 clients (RFC 9110 §15.2).',
    'Offset-retrieval responses must not be cached (the draft requires Cache-Control: no-store).',
  ],
  debugging: [
    'Send the upload with curl -v -X POST -H "Upload-Complete: ?1" -H "Upload-Draft-Interop-Version: 6" --data-binary @big.bin and look for a 104 with Location.',
    'Interrupt the transfer, then curl -I the Location URL: expect 204 with Upload-Offset and Cache-Control: no-store.',
    'Resume with PATCH to the Location carrying Upload-Offset equal to that value; a mismatch is answered with 409 Conflict.',
    'If no 104 appears, check that every proxy forwards interim responses and the Upload-* headers.',
  ],
  frameworks: {
    express: `import express from 'express'
import { Status } from 'statuskit'

// Node has no API for a 104 interim response; a resumable-upload server must still
// answer offset retrieval on the upload resource named by the 104's Location.
const received = new Map<string, { offset: number; complete: boolean }>()
const app = express()
app.head('/uploads/:id', (req, res) => {
  const upload = received.get(req.params.id)
  if (upload === undefined) return void res.sendStatus(Status.NOT_FOUND)
  res.set({ 'upload-offset': String(upload.offset), 'upload-complete': upload.complete ? '?1' : '?0', 'cache-control': 'no-store' })
  res.status(Status.NO_CONTENT).end()
})
app.listen(3000)`,
    fastify: `import Fastify from 'fastify'
import { Status } from 'statuskit'

// Offset retrieval for the upload resource a 104 pointed at.
const received = new Map<string, { offset: number; complete: boolean }>()
const app = Fastify()
app.head<{ Params: { id: string } }>('/uploads/:id', async (req, reply) => {
  const upload = received.get(req.params.id)
  if (upload === undefined) return reply.code(Status.NOT_FOUND).send()
  return reply
    .code(Status.NO_CONTENT)
    .headers({ 'upload-offset': String(upload.offset), 'upload-complete': upload.complete ? '?1' : '?0', 'cache-control': 'no-store' })
    .send()
})
await app.listen({ port: 3000 })`,
    django: `# WSGI cannot send 104; implement the offset retrieval a resuming client needs.
from django.http import HttpResponse
from rest_framework.views import APIView

class UploadResource(APIView):
    def head(self, request, upload_id):
        upload = get_upload_or_404(upload_id)
        response = HttpResponse(status=204)
        response["Upload-Offset"] = str(upload.offset)
        response["Upload-Complete"] = "?1" if upload.complete else "?0"
        response["Cache-Control"] = "no-store"
        return response`,
    spring: `// Offset retrieval on the upload resource (Servlet containers cannot emit 104).
@RequestMapping(value = "/uploads/{id}", method = RequestMethod.HEAD)
ResponseEntity<Void> offset(@PathVariable String id) {
    Upload upload = uploads.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    return ResponseEntity.noContent()
        .header("Upload-Offset", Long.toString(upload.offset()))
        .header("Upload-Complete", upload.complete() ? "?1" : "?0")
        .cacheControl(CacheControl.noStore())
        .build();
}`,
    fastapi: `from fastapi import FastAPI, HTTPException
from fastapi.responses import Response

app = FastAPI()

@app.head("/uploads/{upload_id}")
async def upload_offset(upload_id: str):
    upload = uploads.get(upload_id)
    if upload is None:
        raise HTTPException(status_code=404)
    return Response(status_code=204, headers={
        "Upload-Offset": str(upload.offset),
        "Upload-Complete": "?1" if upload.complete else "?0",
        "Cache-Control": "no-store",
    })`,
    go: `package main

import (
	"io"
	"net/http"
)

// Go 1.19+ sends 1xx from WriteHeader: announce the upload resource, then receive.
func createUpload(w http.ResponseWriter, r *http.Request) {
	id := newUploadID()
	w.Header().Set("Location", "/uploads/"+id)
	w.Header().Set("Upload-Draft-Interop-Version", "6")
	w.WriteHeader(104) // Upload Resumption Supported
	n, _ := io.Copy(uploadFile(id), r.Body)
	w.Header().Set("Upload-Offset", itoa(n))
	w.WriteHeader(http.StatusCreated)
}`,
  },
  clientContract: {
    canAssume: [
      'If the transfer breaks, the Location of the 104 is where to ask for the offset and resume.',
      'The upload request will still end with a final status when the connection survives.',
    ],
    mustNotAssume: [
      'That the upload resource lives forever: resume promptly, and restart on 404.',
      'That another server (or the same one after an upgrade) speaks the same interop version.',
    ],
  },
  related: [
    { code: 201, difference: '201 Created is a typical final status of a completed upload; 104 only announces resumability while it runs.' },
    { code: 409, difference: 'In the draft, 409 Conflict answers an append whose Upload-Offset does not match the server\'s offset.' },
    { code: 100, difference: '100 Continue only lets an upload start; it says nothing about resuming one.' },
  ],
  faq: [
    {
      question: 'Is 104 safe to use in production?',
      answer:
        'Only with clients that implement the same draft revision. The registration is temporary (expires 2026-11-13) and the protocol may change before it becomes an RFC.',
    },
    {
      question: 'How does 104 relate to tus?',
      answer:
        'The IETF draft grew out of the tus protocol; tus servers and clients are adding support for the draft, which standardises the headers and adds the 104 announcement.',
    },
  ],
  references: ['draft-ietf-httpbis-resumable-upload-05', 'RFC 9110 §15.2', 'IANA HTTP Status Code Registry (104, temporary)'],
}
