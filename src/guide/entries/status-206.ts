import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for 206 Partial Content: the requested byte range(s) of the representation.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(206).requiredHeaders[0]?.name // 'Content-Range'
 * ```
 */
export const status206: GuideEntry = {
  code: 206,
  summary: 'The server fulfilled a Range request by sending only the requested part(s) of the representation, each described by Content-Range.',
  meaning:
    'RFC 9110 §15.3.7: the server is successfully fulfilling a range request for the target resource by transferring one or more parts of the selected representation. A single part is sent with a Content-Range header giving its position and the complete length; several parts are sent as multipart/byteranges, each part with its own Content-Range and no Content-Range at the top level. The server MUST also send the Date, Cache-Control, ETag, Expires, Content-Location and Vary fields a 200 would have carried. Range handling is defined only for GET (§14.2), is evaluated after the conditional headers, and If-Range lets a client get 206 only if the representation is unchanged.',
  guarantees: [
    'The body is exactly the byte range(s) stated by Content-Range, out of a representation of the stated complete length.',
    'The parts belong to the representation identified by the response\'s ETag (with If-Range: the one the client already holds).',
  ],
  doesNotGuarantee: [
    'That every requested range was served: a server may coalesce or reorder ranges, or send more than asked.',
    'That a later range request returns parts of the same representation unless the client sends If-Range.',
  ],
  whenToUse: [
    'A GET with Range: bytes=... for a large file: resuming an interrupted download, seeking in audio or video.',
    'Parallel segmented downloads, where a client fetches several ranges of one file over separate connections.',
    'A GET with If-Range whose validator still matches: send only the missing part.',
  ],
  whenNotToUse: [
    {
      misuse: 'Answering 206 to a request without a Range header (for pagination, or a "partial" result of a search)',
      consequence: 'Clients and caches interpret the body as a byte range of a larger representation and corrupt what they assemble or store.',
      instead: '200 OK with pagination links (Link rel=next) or a cursor in the body',
    },
    {
      misuse: 'Sending a 206 without Content-Range for a single part, or with a top-level Content-Range on a multipart/byteranges body',
      consequence: 'Clients cannot place the bytes: resumed downloads and media seeking fail or produce corrupt files.',
      instead: 'Content-Range: bytes start-end/length on single-part responses; per-part Content-Range in multipart',
    },
    {
      misuse: 'Serving a range of a representation that changed since the client\'s first part (ignoring If-Range)',
      consequence: 'The client splices bytes from two versions into one corrupt file.',
      instead: 'a 200 with the full new representation when If-Range does not match',
    },
  ],
  criticalHeaders: [
    {
      name: 'Content-Range',
      why: 'MUST be sent for a single-part 206 (RFC 9110 §15.3.7): bytes 0-1023/146515 tells where the part belongs and the full length.',
      ifMissing: 'The client cannot place the bytes and must discard them.',
    },
    {
      name: 'ETag',
      why: 'Identifies the representation the range came from; the client sends it back in If-Range when resuming.',
      ifMissing: 'Resumption cannot be made safe against the file changing in between.',
    },
    {
      name: 'Accept-Ranges',
      why: 'Accept-Ranges: bytes on the 200 tells clients they may send Range requests later.',
      ifMissing: 'Download managers and media players may not attempt resumption or seeking.',
    },
    {
      name: 'Content-Type',
      why: 'The media type of the representation for one part; multipart/byteranges with a boundary for several.',
      ifMissing: 'Multipart bodies cannot be split into parts.',
    },
  ],
  toolInterpretation: {
    browsers:
      'Media elements request ranges and need 206 with Content-Range to seek (Safari refuses to play video from servers that do not support ranges); download managers resume with Range and If-Range.',
    apiClients: 'Most clients treat 206 as success; code that asked for a range must check Content-Range before using the bytes.',
    crawlers: 'Crawlers fetch full documents; a 206 to a plain GET confuses them.',
    uptimeMonitors: 'Rarely involved; a check with a Range header should expect 206.',
    cdns: 'CDNs fetch and cache ranges or whole objects and answer client ranges themselves; they need consistent ETag and length from the origin.',
  },
  inspectorSignals: [
    'A 206 to a request without Range.',
    'A single-part 206 without Content-Range, or a multipart 206 with a top-level Content-Range.',
    'Content-Length equal to the part\'s length, not the complete length.',
    'ETag and caching headers the 200 would carry, repeated on the 206.',
  ],
  correctnessWarnings: [
    'RFC 9110 §15.3.7: single-part 206 needs Content-Range; multipart/byteranges must not have a top-level Content-Range.',
    'A 206 without a Range request is a misuse; POST can never receive 206 (RFC 9110 §9.3.3).',
    'Unsatisfiable ranges are answered with 416 and Content-Range: bytes */length, or by ignoring Range and sending 200.',
  ],
  debugging: [
    'curl -i -H "Range: bytes=0-99" URL: expect 206, Content-Range: bytes 0-99/<length> and Content-Length: 100.',
    'Ask for two ranges (bytes=0-9,20-29) and check for multipart/byteranges with a Content-Range in each part.',
    'Resume with -H "If-Range: <etag>" after changing the file: the server must now answer 200 with the full body.',
    'If media seeking fails, confirm Accept-Ranges: bytes on the 200 and that compression is not applied to ranged responses.',
  ],
  frameworks: {
    express: `import express from 'express'

const app = express()
// res.sendFile (the send module) handles Range, If-Range, 206 and 416 itself,
// with Content-Range, Accept-Ranges and ETag.
app.get('/videos/:name', (req, res, next) => {
  res.sendFile(req.params.name + '.mp4', { root: '/srv/videos', acceptRanges: true }, (err) => {
    if (err) next(err)
  })
})
app.listen(3000)`,
    fastify: `import Fastify from 'fastify'
import { rangeNotSatisfiable, Status } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const video = Buffer.alloc(1_000_000)
const app = Fastify()
await app.register(problemPlugin)
app.get('/video', async (req, reply) => {
  const match = /^bytes=(\\d+)-(\\d*)$/.exec(req.headers.range ?? '')
  reply.headers({ 'accept-ranges': 'bytes', etag: '"v1"' }).type('video/mp4')
  if (match === null) return reply.send(video)
  const start = Number(match[1])
  const end = Math.min(match[2] ? Number(match[2]) : video.length - 1, video.length - 1)
  if (start > end) throw rangeNotSatisfiable({ contentRange: 'bytes */' + video.length })
  reply.header('content-range', 'bytes ' + start + '-' + end + '/' + video.length)
  return reply.code(Status.PARTIAL_CONTENT).send(video.subarray(start, end + 1))
})
await app.listen({ port: 3000 })`,
    django: `# Django's FileResponse does not handle Range; let the front server (nginx) do it
# with X-Accel-Redirect, which answers 206 with Content-Range and 416 when needed.
from django.http import HttpResponse

def video(request, name):
    check_access(request.user, name)
    response = HttpResponse(content_type="video/mp4")
    response["X-Accel-Redirect"] = f"/protected/videos/{name}.mp4"
    return response`,
    spring: `// Spring MVC answers Range requests for a Resource body with 206 and Content-Range
// (multipart/byteranges for several ranges) and 416 for unsatisfiable ones.
@GetMapping("/videos/{name}")
ResponseEntity<Resource> video(@PathVariable String name) {
    Resource file = new FileSystemResource("/srv/videos/" + name + ".mp4");
    return ResponseEntity.ok().contentType(MediaType.valueOf("video/mp4")).body(file);
}`,
    fastapi: `from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()

# Recent Starlette versions' FileResponse answer Range with 206 + Content-Range,
# several ranges with multipart/byteranges, and 416 when unsatisfiable.
@app.get("/videos/{name}")
async def video(name: str):
    return FileResponse(f"/srv/videos/{name}.mp4", media_type="video/mp4")`,
    go: `package main

import (
	"net/http"
	"os"
)

// http.ServeContent handles Range, If-Range, multipart/byteranges, 206 and 416.
func video(w http.ResponseWriter, r *http.Request) {
	f, err := os.Open("/srv/videos/" + r.PathValue("name") + ".mp4")
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	info, _ := f.Stat()
	w.Header().Set("ETag", "\\""+info.ModTime().UTC().Format("20060102150405")+"\\"")
	http.ServeContent(w, r, info.Name(), info.ModTime(), f)
}`,
  },
  clientContract: {
    canAssume: [
      'The body holds exactly the byte range(s) Content-Range describes, of a representation with the stated complete length.',
      'With If-Range, a 206 means the representation is still the one you started with.',
    ],
    mustNotAssume: [
      'That the server honoured the range exactly as asked: always place bytes by Content-Range.',
      'That a 200 will not come instead: servers may ignore Range and send the whole representation.',
    ],
  },
  related: [
    { code: 200, difference: '200 OK carries the whole representation; servers may send it instead of 206 even when Range was present.' },
    { code: 416, difference: '416 Range Not Satisfiable: none of the requested ranges overlaps the representation.' },
    { code: 412, difference: 'A failed If-Match on a range request yields 412; a failed If-Range does not, it yields a full 200.' },
  ],
  faq: [
    {
      question: 'Can I use 206 for paginated API results?',
      answer: 'No. 206 is strictly for byte (or other unit) ranges requested with Range. Paginate with 200 and Link rel=next or a cursor.',
    },
    {
      question: 'Why does compression break range requests?',
      answer:
        'A Range applies to the representation as sent, including its Content-Encoding; if gzip is applied on the fly, byte offsets change between requests. Serve ranged content pre-compressed with a stable ETag, or uncompressed.',
    },
  ],
  references: ['RFC 9110 §15.3.7', 'RFC 9110 §14.2', 'RFC 9110 §14.4', 'RFC 9110 §13.1.5'],
}
