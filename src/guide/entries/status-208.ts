import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for 208 Already Reported: a WebDAV binding status used only inside a 207 body.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(208).related[0]?.code // 207
 * ```
 */
export const status208: GuideEntry = {
  code: 208,
  summary: 'WebDAV bindings: inside a 207 multistatus, marks a collection whose members were already listed under another binding, so they are not enumerated again; never a top-level status.',
  meaning:
    'RFC 5842 §7.1: 208 can be used inside a DAV:propstat response element of a 207 (Multi-Status) body to avoid enumerating the internal members of multiple bindings to the same collection repeatedly. For each binding to a collection inside the request\'s scope, only one is reported with 200; the other bindings are reported with 208 and their descendants are left out. It only occurs for Depth: infinity requests, where it also keeps bind loops from producing infinite responses, and a server should use it only for clients that signalled support for bindings (a DAV request header containing "bind").',
  guarantees: [
    'The collection at this href is the same resource as one already reported elsewhere in the same multistatus body.',
    'Its members were reported under that other binding and are intentionally not repeated.',
  ],
  doesNotGuarantee: [
    'Which other href the members were reported under; request DAV:resource-id to correlate bindings.',
    'Anything outside the multistatus body: 208 carries no meaning as a response status line.',
  ],
  whenToUse: [
    'A PROPFIND with Depth: infinity on a server that supports bindings (RFC 5842), when a collection is reachable through several paths.',
    'Breaking a bind loop in such a listing, so the response stays finite.',
  ],
  whenNotToUse: [
    {
      misuse: 'Returning 208 as the top-level status of a response',
      consequence: 'Clients that do not know it treat it as 200 with a confusing body; it carries no defined top-level meaning.',
      instead: '207 Multi-Status with 208 inside the DAV:propstat',
    },
    {
      misuse: 'Using 208 in a REST API for "this item already exists" or "duplicate submission"',
      consequence: 'Clients read a success and proceed; the duplicate is not signalled as a conflict.',
      instead: '409 Conflict for a duplicate, or 200/201 when an idempotent replay returns the original result',
    },
    {
      misuse: 'Sending 208 to a client that did not announce binding support',
      consequence: 'The client cannot interpret the missing members and shows an incomplete tree (RFC 5842 says servers SHOULD NOT).',
      instead: 'enumerate each binding fully, or refuse Depth: infinity',
    },
  ],
  criticalHeaders: [
    {
      name: 'DAV',
      why: 'The request\'s DAV header must include "bind" for the client to have signalled that it understands 208.',
      ifMissing: 'The server should not use 208 for that client.',
    },
    {
      name: 'Depth',
      why: '208 only arises with Depth: infinity, the only depth at which a collection can be reached twice.',
      ifMissing: 'PROPFIND defaults to infinity; servers that refuse infinite depth never need 208.',
    },
    {
      name: 'Content-Type',
      why: 'The enclosing 207 is application/xml; the 208 lives in its DAV:status elements.',
      ifMissing: 'The multistatus body cannot be parsed.',
    },
  ],
  toolInterpretation: {
    browsers: 'Not applicable: browsers never see 208 outside WebDAV bodies.',
    apiClients: 'Only binding-aware WebDAV clients interpret it; others may show collections as empty.',
    crawlers: 'Not applicable.',
    uptimeMonitors: 'Not applicable; a top-level 208 from a monitored URL indicates a server bug.',
    cdns: 'Not applicable; WebDAV traffic passes through.',
  },
  inspectorSignals: [
    'A top-level 208 status line (always wrong).',
    '208 inside a multistatus for a request without Depth: infinity or without DAV: bind.',
  ],
  correctnessWarnings: [
    '208 must never be the status of a response; it belongs in a DAV:propstat of a 207 body (RFC 5842 §7.1).',
    'Only for Depth: infinity requests from clients that announced binding support.',
  ],
  debugging: [
    'curl -i -X PROPFIND -H "Depth: infinity" -H "DAV: 1, 3, bind" URL and look for DAV:status HTTP/1.1 208 in the body.',
    'Request the DAV:resource-id property to see which hrefs are the same resource.',
    'If a client shows empty folders, check whether it sent "bind" in its DAV header; if not, the server should not have used 208.',
  ],
  frameworks: {
    express: `import express from 'express'
import { Status } from 'statuskit'

// 208 only ever appears inside the 207 body, never as the response status.
const app = express()
app.propfind('/projects/', (_req, res) => {
  const xml = '<?xml version="1.0" encoding="utf-8"?>\\n<D:multistatus xmlns:D="DAV:">' +
    '<D:response><D:href>/projects/shared/</D:href><D:propstat><D:prop><D:resourcetype><D:collection/></D:resourcetype></D:prop>' +
    '<D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>' +
    '<D:response><D:href>/projects/alias/</D:href><D:propstat><D:prop><D:resourcetype><D:collection/></D:resourcetype></D:prop>' +
    '<D:status>HTTP/1.1 208 Already Reported</D:status></D:propstat></D:response></D:multistatus>'
  res.status(Status.MULTI_STATUS).type('application/xml; charset=utf-8').send(xml)
})
app.listen(3000)`,
    fastify: `import Fastify from 'fastify'
import { Status } from 'statuskit'

const app = Fastify()
app.route({
  method: 'PROPFIND',
  url: '/projects/',
  handler: async (req, reply) => {
    const bindAware = String(req.headers['dav'] ?? '').includes('bind')
    const xml = bindAware ? listWithAlreadyReported() : listEveryBinding()
    return reply.code(Status.MULTI_STATUS).type('application/xml; charset=utf-8').send(xml)
  },
})
function listWithAlreadyReported(): string { return '<D:multistatus xmlns:D="DAV:"/>' }
function listEveryBinding(): string { return '<D:multistatus xmlns:D="DAV:"/>' }
await app.listen({ port: 3000 })`,
    django: `# Inside a PROPFIND view: report the second binding of a collection with 208.
ALREADY_REPORTED = """<D:response><D:href>{href}</D:href>
  <D:propstat><D:prop><D:resourcetype><D:collection/></D:resourcetype></D:prop>
  <D:status>HTTP/1.1 208 Already Reported</D:status></D:propstat></D:response>"""

def response_for(collection, href, seen):
    if collection.resource_id in seen:
        return ALREADY_REPORTED.format(href=href)  # no descendants follow
    seen.add(collection.resource_id)
    return full_listing(collection, href)`,
    spring: `// While building the multistatus for Depth: infinity:
String responseFor(Collection collection, String href, Set<String> seen) {
    if (!seen.add(collection.resourceId())) {
        return "<D:response><D:href>" + href + "</D:href><D:propstat><D:prop/>"
            + "<D:status>HTTP/1.1 208 Already Reported</D:status></D:propstat></D:response>";
    }
    return fullListing(collection, href, seen);
}`,
    fastapi: `# While building the multistatus body for a Depth: infinity PROPFIND:
def response_for(collection, href: str, seen: set[str]) -> str:
    if collection.resource_id in seen:
        return (f"<D:response><D:href>{href}</D:href><D:propstat><D:prop/>"
                "<D:status>HTTP/1.1 208 Already Reported</D:status></D:propstat></D:response>")
    seen.add(collection.resource_id)
    return full_listing(collection, href, seen)`,
    go: `package main

import "fmt"

// While building the multistatus body for a Depth: infinity PROPFIND.
func responseFor(c Collection, href string, seen map[string]bool) string {
	if seen[c.ResourceID] {
		return fmt.Sprintf("<D:response><D:href>%s</D:href><D:propstat><D:prop/>"+
			"<D:status>HTTP/1.1 208 Already Reported</D:status></D:propstat></D:response>", href)
	}
	seen[c.ResourceID] = true
	return fullListing(c, href, seen)
}`,
  },
  clientContract: {
    canAssume: [
      'This href is another binding of a collection already reported in the same body.',
      'Its members are listed under the binding reported with 200.',
    ],
    mustNotAssume: [
      'That the collection is empty because no members follow it.',
      'That a top-level 208 means anything: treat it as a server error in WebDAV handling.',
    ],
  },
  related: [
    { code: 207, difference: '207 Multi-Status is the response status; 208 is one of the inner statuses its body may contain.' },
    { code: 508, difference: '508 Loop Detected aborts a Depth: infinity operation on a bind loop; 208 lets a PROPFIND report the loop without following it.' },
    { code: 409, difference: '409 Conflict is the right code for "already exists" in an API; 208 is not a duplicate signal.' },
  ],
  faq: [
    {
      question: 'Can I return 208 when a client submits the same item twice?',
      answer: 'No. 208 is a WebDAV binding status. Use 409 for a conflicting duplicate, or replay the original response for an idempotent retry.',
    },
    {
      question: 'Does any common server emit 208?',
      answer: 'Only WebDAV servers that implement RFC 5842 bindings, and only for Depth: infinity listings. Most servers refuse infinite depth and never emit it.',
    },
  ],
  references: ['RFC 5842 §7.1', 'RFC 5842 §7.2', 'RFC 4918 §13'],
}
