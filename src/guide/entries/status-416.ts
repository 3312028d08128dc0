import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for 416 Range Not Satisfiable: none of the ranges in the request's Range header
 * overlaps the selected representation.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(416).criticalHeaders.map((h) => h.name) // includes 'Content-Range'
 * ```
 */
export const status416: GuideEntry = {
  code: 416,
  summary: 'The Range the client asked for lies outside the representation (or the server rejects the set of ranges); Content-Range gives the actual length.',
  meaning:
    'RFC 9110 §15.5.17: the set of ranges in the request\'s Range header has been rejected, either because none of the requested ranges are satisfiable or because the client requested an excessive number of small or overlapping ranges (a possible denial of service). For byte ranges, failing to overlap the current extent means the first-pos of every range is beyond the representation\'s length. A server generating 416 to a byte-range request SHOULD send Content-Range: bytes */<complete-length>. Servers are free to ignore Range and send 200 with the whole representation instead.',
  guarantees: [
    'The server supports range requests for this resource and understood the Range header.',
    'Content-Range (if sent) gives the current complete length, so the client can compute a valid range.',
  ],
  doesNotGuarantee: [
    'That the representation is the one the client started downloading: it may have changed size (use If-Range to detect this).',
    'That any range is satisfiable: an empty representation has none.',
  ],
  whenToUse: [
    'GET /video.mp4 with Range: bytes=5000000- when the file is 4,800,000 bytes long.',
    'A download resumed after the file on the server was replaced by a shorter version.',
    'A request with hundreds of tiny or overlapping ranges that the server refuses to assemble.',
  ],
  whenNotToUse: [
    {
      misuse: 'Returning 416 for a Range header with a range unit the server does not understand (Range: items=0-9)',
      consequence: 'Clients think their offsets are out of bounds. RFC 9110 §14.2 says an origin server MUST ignore a Range with an unknown range unit; only an invalid ranges-specifier MAY be ignored or rejected.',
      instead: 'Ignore the Range header and send 200 with the full representation',
    },
    {
      misuse: 'Returning 416 for pagination offsets in a JSON API (?offset=500 past the end)',
      consequence: 'Range semantics (bytes, Content-Range) do not apply; HTTP clients and caches misinterpret it.',
      instead: '200 with an empty page (or 400 for an invalid offset)',
    },
    {
      misuse: 'Sending 416 when an If-Range validator does not match',
      consequence: 'The resuming client aborts instead of restarting the download.',
      instead: '200 with the full new representation (RFC 9110 §13.1.5)',
    },
  ],
  criticalHeaders: [
    {
      name: 'Content-Range',
      why: 'RFC 9110 §15.5.17: bytes */<complete-length> tells the client the real size of the representation.',
      ifMissing: 'The client must issue a HEAD request to learn the length before it can try a valid range.',
    },
    {
      name: 'Accept-Ranges',
      why: 'bytes confirms that ranges are supported for this resource.',
      ifMissing: 'Clients may assume ranges are unsupported and restart full downloads.',
    },
    {
      name: 'ETag',
      why: 'Identifies the current representation so a resuming client can detect that the file changed.',
      ifMissing: 'Clients may stitch together pieces of two different versions.',
    },
  ],
  toolInterpretation: {
    browsers: 'Media elements and download managers send Range; on 416 they usually restart with a fresh request. Seen when resuming a download of a file that changed.',
    apiClients: 'Not retried by generic clients. curl -C - and wget -c treat a 416 at the end of a complete file as "already downloaded".',
    crawlers: 'Crawlers rarely send Range; not relevant for indexing.',
    uptimeMonitors: 'Not expected; seen only in checks that request partial content.',
    cdns: 'CDNs serve ranges from cache and generate 416 themselves when the range exceeds the cached object size.',
  },
  inspectorSignals: [
    'Content-Range: bytes */<length> on a 416 to a byte-range request.',
    'The request\'s Range compared with the representation length.',
    'A 416 to a request without Range (wrong), or with an unknown unit (should be ignored).',
  ],
  correctnessWarnings: [
    '416 without Content-Range: bytes */<length> violates a SHOULD (RFC 9110 §15.5.17, status-facts §5.17).',
    'A Range with an unknown range unit MUST be ignored, not answered with 416; a Range with an invalid ranges-specifier MAY be ignored or rejected (RFC 9110 §14.2).',
  ],
  debugging: [
    'Run curl -I on the URL and compare Content-Length with the range you requested.',
    'Run curl -i -r 0-99 to check that ranges work at all and read Content-Range.',
    'If resuming, check whether the file changed: compare ETag or Last-Modified, and send If-Range next time.',
    'Check that the Range header is exactly bytes=<start>-<end> with zero-based inclusive offsets.',
  ],
  frameworks: {
    express: `import express from 'express'
import { rangeNotSatisfiable } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const file = Buffer.alloc(4_800_000)
const app = express()
app.get('/video.bin', (req, res) => {
  const ranges = req.range(file.length)
  if (ranges === -1) {
    throw rangeNotSatisfiable('The file is ' + file.length + ' bytes long.', { contentRange: 'bytes */' + file.length })
  }
  if (ranges === undefined || ranges === -2) { res.send(file); return } // no or invalid Range: full body
  const [first] = ranges
  if (first === undefined) { res.send(file); return }
  res.status(206).set('content-range', 'bytes ' + first.start + '-' + first.end + '/' + file.length)
  res.send(file.subarray(first.start, first.end + 1))
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { rangeNotSatisfiable } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const size = 4_800_000
const app = Fastify()
await app.register(problemPlugin)
app.get('/exports/:id', async (req, reply) => {
  const match = /^bytes=(\\d+)-/.exec(req.headers.range ?? '')
  if (match !== null && Number(match[1]) >= size) {
    throw rangeNotSatisfiable('The export is ' + size + ' bytes long.', { contentRange: 'bytes */' + size })
  }
  return reply.header('accept-ranges', 'bytes').send(Buffer.alloc(size))
})`,
    django: `# Django's FileResponse ignores Range; whitenoise and nginx handle it for static files.
from django.http import FileResponse, JsonResponse
import re

def video(request):
    size = VIDEO_PATH.stat().st_size
    m = re.match(r"bytes=(\\d+)-", request.headers.get("Range", ""))
    if m and int(m.group(1)) >= size:
        return JsonResponse({"type": "about:blank", "title": "Range Not Satisfiable", "status": 416,
                             "detail": f"The file is {size} bytes long."}, status=416,
                            content_type="application/problem+json",
                            headers={"Content-Range": f"bytes */{size}"})
    return FileResponse(open(VIDEO_PATH, "rb"))`,
    spring: `// ResourceHttpRequestHandler and ResponseEntity<Resource> handle Range; for a 416 they send
// Content-Range: bytes */<length>. To add a problem body for invalid positions:
@ExceptionHandler(InvalidRangeException.class)
ResponseEntity<ProblemDetail> onRange(InvalidRangeException ex) {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE,
        "The file is " + ex.length() + " bytes long.");
    return ResponseEntity.status(416).header(HttpHeaders.CONTENT_RANGE, "bytes */" + ex.length())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
}`,
    fastapi: `from fastapi import FastAPI, Header
from fastapi.responses import FileResponse, JSONResponse
import os, re

app = FastAPI()
PATH = "video.mp4"

@app.get("/video.mp4")
def video(range: str | None = Header(default=None)):
    size = os.path.getsize(PATH)
    m = re.match(r"bytes=(\\d+)-", range or "")
    if m and int(m.group(1)) >= size:
        return JSONResponse(status_code=416, media_type="application/problem+json",
            headers={"Content-Range": f"bytes */{size}"},
            content={"type": "about:blank", "title": "Range Not Satisfiable", "status": 416,
                     "detail": f"The file is {size} bytes long."})
    return FileResponse(PATH)  # recent Starlette versions answer satisfiable ranges with 206`,
    go: `// http.ServeContent handles Range, If-Range and 416 with Content-Range: bytes */size.
func video(w http.ResponseWriter, r *http.Request) {
	f, err := os.Open("video.mp4")
	if err != nil {
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusNotFound)
		json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Not Found", "status": 404})
		return
	}
	defer f.Close()
	info, _ := f.Stat()
	http.ServeContent(w, r, "video.mp4", info.ModTime(), f) // 416 bodies from Go are text/plain
}`,
  },
  clientContract: {
    canAssume: [
      'Range requests are supported; Content-Range: bytes */N gives the current length N.',
      'Nothing was transferred; a new request with a valid range or without Range will work.',
    ],
    mustNotAssume: [
      'That the file it partially downloaded is still the same: re-check the validator before stitching.',
      'That a 416 at the exact end of a complete download is an error (curl -C - treats it as done).',
    ],
  },
  related: [
    { code: 206, difference: 'The satisfiable case: the server sends the requested ranges with Content-Range.' },
    { code: 200, difference: 'A server may ignore Range entirely and send the full representation; also the answer to a failed If-Range.' },
    { code: 412, difference: 'A precondition (If-Match, If-Unmodified-Since) failed; If-Range never yields 412.' },
  ],
  faq: [
    {
      question: 'Why does resuming a download give 416?',
      answer: 'The range start is at or beyond the end of the file: either the download was already complete, or the file on the server got shorter. Send If-Range with the ETag you started with so a changed file comes back as a full 200.',
    },
    {
      question: 'Must a server support range requests?',
      answer: 'No. A server may ignore Range and send 200 with the full content. Advertise Accept-Ranges: bytes only where ranges work, or Accept-Ranges: none to discourage them.',
    },
  ],
  references: ['RFC 9110 §15.5.17', 'RFC 9110 §14.2', 'RFC 9110 §14.4', 'RFC 9110 §13.1.5'],
}
