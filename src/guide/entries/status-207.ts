import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for 207 Multi-Status: a WebDAV XML body carrying a separate status per resource.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(207).references[0] // 'RFC 4918 §11.1'
 * ```
 */
export const status207: GuideEntry = {
  code: 207,
  summary: 'WebDAV: the operation touched several resources and the DAV:multistatus XML body gives a separate status for each; the 207 itself says nothing about success.',
  meaning:
    'RFC 4918 §11.1 and §13: the message body is an XML document with a DAV:multistatus root element that contains a DAV:response per resource (or a DAV:propstat per group of properties), each with its own status line, e.g. HTTP/1.1 200 OK or HTTP/1.1 403 Forbidden. It answers PROPFIND, PROPPATCH, and COPY, MOVE, DELETE or LOCK when their results differ across the resources involved. The default Content-Type is application/xml (or text/xml). The top-level 207 only means "read the body": some or all of the inner operations may have failed.',
  guarantees: [
    'The body is a DAV:multistatus document listing per-resource (or per-property) outcomes.',
    'Each inner status applies to the href it is reported for, with the meaning that status has on its own.',
  ],
  doesNotGuarantee: [
    'That anything succeeded: a 207 can consist entirely of 403 and 424 entries.',
    'That the operation was atomic: PROPPATCH is atomic by definition, but a multi-resource DELETE or COPY may be partly done.',
    'That resources not listed were processed (except where the method defines it, such as successful members omitted from a DELETE report).',
  ],
  whenToUse: [
    'Answering PROPFIND with the properties of a collection and its members (Depth: 1 or infinity).',
    'Reporting a PROPPATCH where some property changes failed (with 424 Failed Dependency for the ones that were rolled back).',
    'A COPY, MOVE or DELETE of a collection where some members failed (RFC 4918 §9.6.1, §9.8.5).',
  ],
  whenNotToUse: [
    {
      misuse: 'Returning 207 with a custom JSON body for a batch endpoint of a REST API',
      consequence: 'Generic clients treat 207 as a success and never look inside; the body format is not the one 207 defines, so tooling cannot read it.',
      instead: '200 OK with per-item results documented in the API (or 400/422 when the whole batch is rejected)',
    },
    {
      misuse: 'Using 207 when every resource had the same outcome',
      consequence: 'Clients must parse XML to learn what a single status line could have said.',
      instead: 'the single status that applies (e.g. 204 for a DELETE that fully succeeded)',
    },
    {
      misuse: 'Listing every deleted member (204) or every ancestor left behind (424) in the 207 of a collection DELETE',
      consequence: 'RFC 4918 §9.6.1 says neither SHOULD appear: success is the default and ancestors fail because of their members; the noise hides the real failures.',
      instead: 'report only the members that could not be deleted, each with its own error status',
    },
  ],
  criticalHeaders: [
    {
      name: 'Content-Type',
      why: 'application/xml; charset=utf-8 identifies the DAV:multistatus document.',
      ifMissing: 'Clients cannot parse the per-resource results.',
    },
    {
      name: 'Depth',
      why: 'Request header that decides how far a PROPFIND or COPY descends and therefore how many DAV:response elements the 207 holds.',
      ifMissing: 'Servers apply Depth: infinity for PROPFIND, which can produce huge responses; many servers refuse it.',
    },
  ],
  toolInterpretation: {
    browsers: 'Browsers have no WebDAV support; fetch() sees a 2xx and leaves the XML to the script.',
    apiClients: 'WebDAV clients (macOS Finder, Windows WebDAV redirector, davfs2, rclone) parse the multistatus; generic HTTP clients report success.',
    crawlers: 'Not relevant: crawlers do not send PROPFIND.',
    uptimeMonitors: 'A 2xx check passes even if every inner operation failed; assert on the inner statuses.',
    cdns: 'Not cacheable by default; WebDAV methods pass through.',
  },
  inspectorSignals: [
    'A 207 whose body is not a DAV:multistatus XML document.',
    'A 207 to a method outside WebDAV (GET, POST of a JSON API).',
    'A 207 whose inner statuses are all identical (a single status would do).',
  ],
  correctnessWarnings: [
    '207 is defined only with the DAV:multistatus XML body (RFC 4918 §13); other bodies are not interoperable.',
    'A top-level 207 is not success: clients must evaluate every inner status.',
  ],
  debugging: [
    'curl -i -X PROPFIND -H "Depth: 1" URL and read the multistatus body for each href and status.',
    'For a failing PROPPATCH, look for the one property with a real error; 424 entries only mark the changes rolled back because of it.',
    'For partial COPY or MOVE failures, retry only the hrefs reported with errors after fixing their cause.',
  ],
  frameworks: {
    express: `import express from 'express'
import { Status } from 'statuskit'

const app = express()
app.propfind('/files/', (_req, res) => {
  const xml = '<?xml version="1.0" encoding="utf-8"?>\\n<D:multistatus xmlns:D="DAV:">' +
    '<D:response><D:href>/files/a.txt</D:href><D:propstat>' +
    '<D:prop><D:getcontentlength>12</D:getcontentlength></D:prop>' +
    '<D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response></D:multistatus>'
  res.status(Status.MULTI_STATUS).type('application/xml; charset=utf-8').send(xml)
})
app.listen(3000)`,
    fastify: `import Fastify from 'fastify'
import { Status } from 'statuskit'

const app = Fastify()
app.route({
  method: 'PROPFIND',
  url: '/files/',
  handler: async (_req, reply) => {
    const xml = '<?xml version="1.0" encoding="utf-8"?>\\n<D:multistatus xmlns:D="DAV:">' +
      '<D:response><D:href>/files/locked.txt</D:href>' +
      '<D:status>HTTP/1.1 403 Forbidden</D:status></D:response></D:multistatus>'
    return reply.code(Status.MULTI_STATUS).type('application/xml; charset=utf-8').send(xml)
  },
})
await app.listen({ port: 3000 })`,
    django: `# Django has no WebDAV; a hand-written PROPFIND view answers with a multistatus.
from django.http import HttpResponse

MULTISTATUS = """<?xml version="1.0" encoding="utf-8"?>
<D:multistatus xmlns:D="DAV:">
  <D:response><D:href>/files/a.txt</D:href>
    <D:propstat><D:prop><D:getcontentlength>12</D:getcontentlength></D:prop>
      <D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>
</D:multistatus>"""

def files(request):
    if request.method == "PROPFIND":
        return HttpResponse(MULTISTATUS, status=207, content_type="application/xml; charset=utf-8")
    return HttpResponse(status=405, headers={"Allow": "PROPFIND"})`,
    spring: `@RequestMapping(value = "/files/", method = RequestMethod.PROPFIND,
                produces = "application/xml;charset=UTF-8")
ResponseEntity<String> propfind(@RequestHeader(value = "Depth", defaultValue = "1") String depth) {
    String xml = dav.multistatus("/files/", depth); // one D:response per resource
    return ResponseEntity.status(HttpStatus.MULTI_STATUS).body(xml);
}`,
    fastapi: `from fastapi import FastAPI, Request
from fastapi.responses import Response

app = FastAPI()

@app.api_route("/files/", methods=["PROPFIND"])
async def propfind(request: Request):
    depth = request.headers.get("depth", "1")
    xml = build_multistatus("/files/", depth)  # one D:response per resource
    return Response(xml, status_code=207, media_type="application/xml; charset=utf-8")`,
    go: `package main

import (
	"net/http"

	"golang.org/x/net/webdav"
)

// x/net/webdav answers PROPFIND and PROPPATCH with 207 multistatus bodies.
func main() {
	dav := &webdav.Handler{Prefix: "/files", FileSystem: webdav.Dir("/srv/files"), LockSystem: webdav.NewMemLS()}
	http.ListenAndServe(":8080", dav)
}`,
  },
  clientContract: {
    canAssume: [
      'The body lists an outcome for each resource or property group the operation covered.',
      'Each inner status has its normal meaning for its href.',
    ],
    mustNotAssume: [
      'That a 207 means success: check every inner status.',
      'That a multi-resource operation was atomic (only PROPPATCH is).',
    ],
  },
  related: [
    { code: 208, difference: '208 Already Reported appears only inside a 207 body, marking a collection already listed under another binding.' },
    { code: 424, difference: '424 Failed Dependency appears inside 207 bodies for changes not applied because another part failed.' },
    { code: 200, difference: '200 OK is the honest answer for a JSON batch endpoint with per-item results; 207 belongs to WebDAV XML.' },
  ],
  faq: [
    {
      question: 'Can I use 207 for my JSON batch API?',
      answer: 'You can, but generic clients will treat it as plain success and the body format is yours, not RFC 4918\'s. 200 with per-item results is clearer unless you follow a documented 207 JSON convention.',
    },
    {
      question: 'Why does PROPFIND return 207 even when I asked for one resource?',
      answer: 'PROPFIND always answers with a multistatus body (RFC 4918 §9.1), because properties can have different statuses (found, 404 for unknown properties).',
    },
  ],
  references: ['RFC 4918 §11.1', 'RFC 4918 §13', 'RFC 4918 §9.1', 'RFC 4918 §9.6.1'],
}
