import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for 204 No Content: success with no body at all.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(204).summary // mentions that there is no body
 * ```
 */
export const status204: GuideEntry = {
  code: 204,
  summary: 'The request succeeded and there is no body: the response ends after its header section, and those headers describe the target resource after the action.',
  meaning:
    'RFC 9110 §15.3.5: the server has successfully fulfilled the request and there is no additional content to send in the response content. Metadata in the response header fields refers to the target resource and its selected representation after the requested action was applied (for example, the new ETag after a PUT). A 204 cannot contain content: it is terminated by the end of its header section, and a server MUST NOT send Content-Length in it (§8.6). It is heuristically cacheable.',
  guarantees: [
    'The request succeeded; for PUT, PATCH or DELETE the change has been applied.',
    'There is no body: nothing to read or parse.',
    'Header fields such as ETag and Last-Modified describe the resource as it is after the action.',
  ],
  doesNotGuarantee: [
    'That the resource still exists: after a DELETE, the 204 only says the deletion succeeded.',
    'Any representation of the result; the client must GET it if it needs one.',
  ],
  whenToUse: [
    'A PUT or PATCH that saved the change and has nothing to return (send the new ETag so the client can keep editing).',
    'A DELETE that was enacted and returns no status description (RFC 9110 §9.3.5).',
    'An endpoint that records something without a result: a beacon, an analytics ping, an acknowledgement.',
    'A CORS preflight (OPTIONS) answer, which needs only the Access-Control-* headers.',
  ],
  whenNotToUse: [
    {
      misuse: 'Sending a body (even "{}" or an empty JSON object) with 204',
      consequence:
        'RFC 9110 forbids content on 204: Node silently drops it, HTTP/1.1 clients may read the bytes as the start of the next response, and new Response(body, { status: 204 }) throws in fetch implementations.',
      instead: '200 OK with the body',
    },
    {
      misuse: 'Answering a GET for an empty collection or a search with no hits with 204',
      consequence: 'Clients that parse the body of every successful GET fail; an empty list is a representation, not the absence of one.',
      instead: '200 OK with [] or an empty result object',
    },
    {
      misuse: 'Using 204 for "resource not found" or "nothing happened because the input was ignored"',
      consequence: 'Clients and monitors count a success while the operation did not take place.',
      instead: '404 Not Found, or the 4xx that explains why the request was not applied',
    },
  ],
  criticalHeaders: [
    {
      name: 'ETag',
      why: 'After a PUT or PATCH, the validator of the updated resource (RFC 9110 §15.3.5), so the next edit can send If-Match.',
      ifMissing: 'The client must GET the resource before its next conditional update.',
    },
    {
      name: 'Content-Length',
      why: 'Must NOT be present on a 204 (RFC 9110 §8.6); framing ends with the header section.',
      ifMissing: 'Absent is correct. If present, strict clients and proxies reject or mis-frame the response.',
    },
    {
      name: 'Cache-Control',
      why: '204 is heuristically cacheable; responses to GET that must not be reused need explicit no-store or max-age.',
      ifMissing: 'A cache may reuse an empty 204 for later GETs of the same URL.',
    },
  ],
  toolInterpretation: {
    browsers:
      'A navigation or form submission answered with 204 leaves the current page displayed (no navigation happens). fetch() resolves with ok === true and an empty body; response.json() on it throws.',
    apiClients: 'Clients return success with no data; SDKs that always parse JSON must special-case 204.',
    crawlers: 'A 204 for a page URL means nothing to index; persistent 204s drop the URL.',
    uptimeMonitors: 'Counted as up; checks asserting on body content fail because there is none.',
    cdns: 'Heuristically cacheable: a 204 to a GET may be stored and replayed unless Cache-Control says otherwise.',
  },
  inspectorSignals: [
    'Any content bytes, Content-Length or Transfer-Encoding on a 204.',
    'A Content-Type on a 204 (harmless but suggests the server meant to send a body).',
    'A 204 to a GET of a collection or search.',
    'A 204 to a PUT or PATCH without ETag when the API uses conditional updates.',
  ],
  correctnessWarnings: [
    'Content on a 204 violates RFC 9110 §15.3.5; Content-Length on a 204 violates §8.6.',
    'WHATWG Fetch: a Response with status 204 must have a null body; constructing one with a body throws a TypeError.',
  ],
  debugging: [
    'curl -i the request: the output must end right after the headers, with no Content-Length.',
    'If a client hangs or the next response on a keep-alive connection is garbled, look for bytes the server wrote after a 204 (curl -v shows "Excess found").',
    'If the client throws on parse, make it skip body parsing when status is 204.',
    'After a PUT answered 204, check the ETag and confirm a GET returns the same one.',
  ],
  frameworks: {
    express: `import express from 'express'
import { Status } from 'statuskit'

const docs = new Map<string, { text: string; version: number }>()
const app = express()
app.use(express.json())
app.put('/docs/:id', (req, res) => {
  const existing = docs.get(req.params.id)
  const version = (existing?.version ?? 0) + 1
  docs.set(req.params.id, { text: String(req.body?.text ?? ''), version })
  // A PUT that creates must answer 201; an update with nothing to return answers 204.
  const status = existing === undefined ? Status.CREATED : Status.NO_CONTENT
  res.status(status).set('etag', '"' + version + '"').end() // no body, no Content-Length
})
app.listen(3000)`,
    fastify: `import Fastify from 'fastify'
import { Status } from 'statuskit'

const tokens = new Set(['t1'])
const app = Fastify()
app.delete<{ Params: { id: string } }>('/tokens/:id', async (req, reply) => {
  tokens.delete(req.params.id)
  return reply.code(Status.NO_CONTENT).send() // send() with no payload: no body
})
await app.listen({ port: 3000 })`,
    django: `from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import APIView

class Token(APIView):
    def delete(self, request, pk):
        Token.objects.filter(pk=pk, user=request.user).delete()
        return Response(status=status.HTTP_204_NO_CONTENT)  # no data, no body`,
    spring: `@DeleteMapping("/tokens/{id}")
ResponseEntity<Void> revoke(@PathVariable String id) {
    tokens.revoke(id);
    return ResponseEntity.noContent().build();
}`,
    fastapi: `from fastapi import FastAPI, Response, status

app = FastAPI()

@app.delete("/tokens/{token_id}", status_code=status.HTTP_204_NO_CONTENT)
async def revoke(token_id: str) -> Response:
    await tokens.revoke(token_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)  # never a JSON body`,
    go: `package main

import "net/http"

func revoke(w http.ResponseWriter, r *http.Request) {
	tokens.Revoke(r.PathValue("id"))
	w.WriteHeader(http.StatusNoContent) // write nothing after this
}`,
  },
  clientContract: {
    canAssume: [
      'The action succeeded and there is no body to read.',
      'ETag and Last-Modified, when present, describe the resource after the action.',
    ],
    mustNotAssume: [
      'That calling response.json() or a JSON parser on it is safe: there are zero bytes.',
      'That the resource\'s representation is unchanged apart from your edit: GET it if you need the full state.',
    ],
  },
  related: [
    { code: 200, difference: '200 OK carries a body (a representation or result); use it whenever there is something to return, even an empty list.' },
    { code: 205, difference: '205 Reset Content also has no body but additionally asks the client to reset its form or view.' },
    { code: 304, difference: '304 Not Modified also has no body, but answers a conditional GET and tells the client to use its cached copy.' },
    { code: 202, difference: '202 Accepted: the action has not been performed yet; 204 says it has.' },
  ],
  faq: [
    {
      question: 'Can a 204 carry a JSON body like {}?',
      answer: 'No. A 204 has no content at all; if you want to return even an empty object, use 200.',
    },
    {
      question: 'Why does my browser stay on the same page after submitting a form?',
      answer: 'The server answered the submission with 204; browsers do not navigate on 204. Answer 303 to a result page instead.',
    },
  ],
  references: ['RFC 9110 §15.3.5', 'RFC 9110 §8.6', 'RFC 9110 §9.3.5'],
}
