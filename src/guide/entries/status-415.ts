import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for 415 Unsupported Media Type: the request content is in a format (Content-Type
 * or Content-Encoding) the target resource does not accept for this method.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(415).criticalHeaders.map((h) => h.name) // includes 'Accept' and 'Accept-Encoding'
 * ```
 */
export const status415: GuideEntry = {
  code: 415,
  summary: 'The server refuses the request body because its media type or content coding is not supported for this method and resource.',
  meaning:
    'RFC 9110 §15.5.16: the origin server is refusing to service the request because the content is in a format not supported by this method on the target resource. The format problem might be the indicated Content-Type or Content-Encoding, or the result of inspecting the data directly. If the problem is an unsupported content coding, the response ought to carry Accept-Encoding; if it is the media type, Accept can list the types that are accepted (RFC 9110 §12.5.1, §12.5.3).',
  guarantees: [
    'The server did not process the content.',
    'Resending the same data in a supported format may succeed.',
  ],
  doesNotGuarantee: [
    'Which formats are supported, unless Accept, Accept-Encoding or the body says so.',
    'That the data is valid once the format is right.',
  ],
  whenToUse: [
    'POST /orders with Content-Type: text/plain or application/x-www-form-urlencoded on a JSON-only endpoint.',
    'A request with Content-Encoding: br when the server only decodes gzip (answer with Accept-Encoding: gzip).',
    'An image upload declared as image/png whose bytes are actually a PDF (found by inspecting the data).',
    'A JSON body sent with no Content-Type at all, when the server does not sniff.',
  ],
  whenNotToUse: [
    {
      misuse: 'Returning 415 because the response format the client asked for (Accept) is unavailable',
      consequence: 'Clients change the Content-Type of their body, which was fine.',
      instead: '406 Not Acceptable',
    },
    {
      misuse: 'Returning 415 for JSON that fails to parse while Content-Type: application/json is correct',
      consequence: 'Clients change headers instead of fixing the syntax error.',
      instead: '400 Bad Request',
    },
    {
      misuse: 'Rejecting application/json; charset=utf-8 or application/merge-patch+json because of an exact string match',
      consequence: 'Valid clients fail on harmless parameters or structured-syntax suffixes.',
      instead: 'Parse the media type and compare type, subtype and suffix',
    },
  ],
  criticalHeaders: [
    {
      name: 'Accept',
      why: 'Lists the media types the resource accepts for this request (RFC 9110 §15.5.16, §12.5.1).',
      ifMissing: 'The client has to consult documentation to find the right format.',
    },
    {
      name: 'Accept-Encoding',
      why: 'When the content coding is the problem, tells the client which codings (or identity) it may use (RFC 9110 §12.5.3).',
      ifMissing: 'The client cannot tell whether to drop compression or switch algorithm.',
    },
    {
      name: 'Content-Type',
      why: 'The 415 body itself as application/problem+json.',
      ifMissing: 'The explanation is unreadable for API clients.',
    },
  ],
  toolInterpretation: {
    browsers: 'HTML forms send application/x-www-form-urlencoded or multipart/form-data; a JSON-only endpoint answers 415 to them. fetch() with a string body defaults to text/plain.',
    apiClients: 'Not retried. A frequent cause is a client that sends JSON without Content-Type: application/json (curl -d defaults to form encoding).',
    crawlers: 'Not applicable: crawlers do not send request bodies.',
    uptimeMonitors: 'Seen on POST checks whose body type was never set.',
    cdns: 'Passed through; WAFs may also reject unexpected content types with 403 or 415.',
  },
  inspectorSignals: [
    'The request\'s Content-Type and Content-Encoding versus the Accept and Accept-Encoding of the 415.',
    'Whether the request had a body at all (415 to a bodyless request is suspicious).',
  ],
  correctnessWarnings: [
    'A 415 caused by a content coding ought to carry Accept-Encoding (RFC 9110 §15.5.16).',
    'Media type comparison is case-insensitive for type and subtype; parameters such as charset should not cause a 415 unless unsupported.',
  ],
  debugging: [
    'Print what your client sends: curl -v shows Content-Type; curl -d sends application/x-www-form-urlencoded unless you set -H "Content-Type: application/json".',
    'Read Accept and Accept-Encoding on the 415 for the supported formats.',
    'Check that compressed uploads are supported before sending Content-Encoding.',
    'For file uploads, check the real file type (file --mime-type) against the declared one.',
  ],
  frameworks: {
    express: `import express from 'express'
import { unsupportedMediaType } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
app.post('/orders', express.json(), (req, res) => {
  if (!req.is('application/json')) {
    throw unsupportedMediaType('Send the order as application/json.', {
      headers: { accept: 'application/json' },
    })
  }
  res.status(201).json(req.body)
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { problemPlugin } from 'statuskit/fastify'

// Fastify answers 415 itself for a Content-Type without a registered parser
// (JSON and text/plain by default); the plugin turns it into problem+json.
const app = Fastify()
await app.register(problemPlugin)
app.post('/orders', async (req, reply) => reply.code(201).send(req.body))`,
    django: `from rest_framework.parsers import JSONParser
from rest_framework.views import APIView, exception_handler

class OrderView(APIView):
    parser_classes = [JSONParser]  # other Content-Types raise UnsupportedMediaType (415)

def problem_handler(exc, context):  # REST_FRAMEWORK["EXCEPTION_HANDLER"]
    response = exception_handler(exc, context)
    if response is not None and response.status_code == 415:
        response.data = {"type": "about:blank", "title": "Unsupported Media Type", "status": 415,
                         "detail": str(exc.detail)}
        response.content_type = "application/problem+json"
        response["Accept"] = "application/json"
    return response`,
    spring: `// @PostMapping(consumes = "application/json") makes Spring throw
// HttpMediaTypeNotSupportedException; it already sets Accept with the supported types.
@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
ResponseEntity<ProblemDetail> on415(HttpMediaTypeNotSupportedException ex) {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "Send the order as application/json.");
    return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
        .headers(ex.getHeaders()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
}`,
    fastapi: `from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()

@app.post("/orders")
async def create_order(request: Request):
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type != "application/json":
        return JSONResponse(status_code=415, media_type="application/problem+json",
            headers={"Accept": "application/json"},
            content={"type": "about:blank", "title": "Unsupported Media Type", "status": 415,
                     "detail": "Send the order as application/json."})
    return JSONResponse(await request.json(), status_code=201)`,
    go: `func createOrder(w http.ResponseWriter, r *http.Request) {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mt != "application/json" {
		w.Header().Set("Accept", "application/json")
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusUnsupportedMediaType)
		json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Unsupported Media Type",
			"status": 415, "detail": "Send the order as application/json."})
		return
	}
	w.WriteHeader(http.StatusCreated)
}`,
  },
  clientContract: {
    canAssume: [
      'The content was not processed; resending it in a format listed in Accept (or without the unsupported coding) can succeed.',
      'Accept or Accept-Encoding on the 415, when present, lists what the endpoint takes.',
    ],
    mustNotAssume: [
      'That relabelling the Content-Type without converting the data will work.',
      'That the data is otherwise valid.',
    ],
  },
  related: [
    { code: 406, difference: 'About the response format the client accepts, not the request format it sends.' },
    { code: 400, difference: 'The format is supported but the content is syntactically broken.' },
    { code: 422, difference: 'The format is supported and parses, but the values are invalid.' },
  ],
  faq: [
    {
      question: 'Why does curl -d \'{"a":1}\' get 415?',
      answer: 'curl -d sends Content-Type: application/x-www-form-urlencoded. Add -H "Content-Type: application/json" (or use --json with curl 7.82+).',
    },
    {
      question: 'Is application/json; charset=utf-8 acceptable?',
      answer: 'Yes. Compare the parsed type and subtype, not the raw header string; a charset parameter on application/json has no effect (RFC 8259 §11).',
    },
  ],
  references: ['RFC 9110 §15.5.16', 'RFC 9110 §12.5.1', 'RFC 9110 §12.5.3', 'RFC 9110 §8.3'],
}
