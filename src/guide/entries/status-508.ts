import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide entry for 508 Loop Detected (RFC 5842 §7.2, WebDAV bindings).
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(508).meaning
 * ```
 */
export const status508: GuideEntry = {
  code: 508,
  summary: 'The server terminated a Depth: infinity operation because it found an infinite loop in the collection bindings.',
  meaning:
    'RFC 5842 §7.2 (WebDAV Binding Extensions): the server terminated an operation because it encountered an infinite ' +
    'loop while processing a request with Depth: infinity. With bindings, one collection can contain a binding to ' +
    'one of its ancestors, so a recursive PROPFIND, COPY or DELETE would never end. 508 indicates that the entire ' +
    'operation failed; inside a 207 body, 208 Already Reported is used instead to report a repeated member once.',
  guarantees: [
    'The whole operation failed; it was stopped because of a binding cycle.',
    'The server stopped rather than consuming unbounded resources.',
  ],
  doesNotGuarantee: [
    'Which binding forms the cycle, unless the body names it.',
    'That a COPY or DELETE made no changes before the loop was detected; check the collection.',
  ],
  whenToUse: [
    'A PROPFIND with Depth: infinity reaches a collection through a binding to one of its ancestors.',
    'A recursive COPY or MOVE would duplicate a collection into itself through a bind cycle.',
    'A Depth: infinity DELETE traverses a cycle and the server refuses to continue.',
  ],
  whenNotToUse: [
    {
      misuse: 'Returning 508 for HTTP redirect loops',
      consequence: 'Redirect loops are detected by clients (Fetch caps at 20); a 508 hides the misconfigured redirect.',
      instead: 'Fix the redirect rules; clients report "too many redirects" themselves',
    },
    {
      misuse: 'Returning 508 when a request loops between microservices or proxies',
      consequence: 'Clients get a WebDAV code for an infrastructure fault; operators look at the wrong layer.',
      instead: '500, or 502 at the gateway that detects the loop (via headers such as Via or CDN-Loop)',
    },
  ],
  criticalHeaders: [
    {
      name: 'Content-Type',
      why: 'A DAV:error or problem+json body naming the looping collection helps the client pick a smaller Depth.',
      ifMissing: 'The client cannot find the cycle without crawling the tree itself.',
    },
    {
      name: 'Depth (request)',
      why: '508 is only meaningful for Depth: infinity; a Depth: 1 PROPFIND cannot loop.',
      ifMissing: 'Servers treat a missing Depth as infinity for PROPFIND, which can trigger the loop.',
    },
  ],
  toolInterpretation: {
    browsers: 'Not seen in normal browsing.',
    apiClients: 'WebDAV clients fall back to Depth: 1 traversal. axios-retry, the Azure SDK, octokit and gaxios retry every 5xx, 508 included (axios-retry and gaxios only for idempotent methods, which excludes PROPFIND), although a retry hits the same loop until the bindings change.',
    crawlers: 'Irrelevant.',
    uptimeMonitors: 'Not an availability problem; a data-structure issue in one collection.',
    cdns: 'Passed through.',
  },
  inspectorSignals: [
    'request had Depth: infinity (or no Depth on PROPFIND)',
    'method is PROPFIND, COPY, MOVE or DELETE on a collection',
  ],
  correctnessWarnings: [
    '508 is specific to WebDAV binding loops (RFC 5842 §7.2); some shared hosts misuse it for "resource limit reached", which is not its meaning.',
  ],
  debugging: [
    'Repeat the request with Depth: 1 and walk the tree level by level to find the binding to an ancestor.',
    'List bindings with PROPFIND for DAV:parent-set (RFC 5842 §3.1) on suspicious collections.',
    'Remove the offending binding with UNBIND, or avoid Depth: infinity on that subtree.',
  ],
  frameworks: {
    express: `import express from 'express'
import { problem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

declare function walk(path: string, seen: Set<string>): boolean // false when a collection repeats
const app = express()
app.all('/dav/*path', (req, res) => {
  if (req.method === 'PROPFIND' && (req.get('depth') ?? 'infinity') === 'infinity' && !walk(req.path, new Set())) {
    throw problem(508, 'A binding under this collection points to one of its ancestors; use Depth: 1.', { expose: true })
  }
  res.status(207).type('application/xml').send('<multistatus xmlns="DAV:"/>')
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { problem } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

declare function walk(path: string, seen: Set<string>): boolean // false when a collection repeats
const app = Fastify()
await app.register(problemPlugin)
app.addHook('onRequest', async (req) => {
  if (req.method === 'PROPFIND' && (req.headers.depth ?? 'infinity') === 'infinity' && !walk(req.url, new Set())) {
    throw problem(508, 'A binding under this collection points to one of its ancestors; use Depth: 1.', { expose: true })
  }
})`,
    django: `from django.http import JsonResponse, HttpResponse

def propfind(request, path):
    depth = request.headers.get("Depth", "infinity")
    if depth == "infinity" and has_binding_cycle(path):
        return JsonResponse({"type": "about:blank", "title": "Loop Detected", "status": 508,
                             "detail": "A binding under this collection points to an ancestor; use Depth: 1."},
                            status=508, content_type="application/problem+json")
    return HttpResponse(multistatus(path, depth), status=207, content_type="application/xml")`,
    spring: `@Component
class PropfindLoopFilter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String depth = Objects.requireNonNullElse(req.getHeader("Depth"), "infinity");
        if ("PROPFIND".equals(req.getMethod()) && "infinity".equals(depth) && bindings.hasCycle(req.getRequestURI())) {
            res.setStatus(508);
            res.setContentType("application/problem+json");
            res.getWriter().write("{\\"title\\":\\"Loop Detected\\",\\"status\\":508,\\"detail\\":\\"Use Depth: 1.\\"}");
            return;
        }
        chain.doFilter(req, res);
    }
}`,
    fastapi: `from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

app = FastAPI()

@app.api_route("/dav/{path:path}", methods=["PROPFIND"])
async def propfind(path: str, request: Request):
    if request.headers.get("depth", "infinity") == "infinity" and has_binding_cycle(path):
        return JSONResponse({"type": "about:blank", "title": "Loop Detected", "status": 508,
                             "detail": "A binding under this collection points to an ancestor; use Depth: 1."},
                            status_code=508, media_type="application/problem+json")
    return Response(multistatus(path), status_code=207, media_type="application/xml")`,
    go: `func propfind(w http.ResponseWriter, r *http.Request) {
	depth := r.Header.Get("Depth")
	if (depth == "" || depth == "infinity") && hasBindingCycle(r.URL.Path) {
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusLoopDetected)
		json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Loop Detected",
			"status": 508, "detail": "A binding under this collection points to an ancestor; use Depth: 1."})
		return
	}
	writeMultistatus(w, r)
}`,
  },
  clientContract: {
    canAssume: [
      'The operation as a whole failed because of a cycle in the resource graph.',
      'Shallower requests (Depth: 1) on the same collection can succeed.',
    ],
    mustNotAssume: [
      'That retrying the same Depth: infinity request will ever succeed.',
      'That a failed recursive COPY or DELETE left the tree untouched.',
    ],
  },
  related: [
    { code: 208, difference: '208 Already Reported marks a repeated member inside a 207 body so the operation can continue; 508 aborts the whole operation.' },
    { code: 506, difference: '506 is a content-negotiation configuration loop; 508 is a loop in WebDAV collection bindings.' },
    { code: 507, difference: '507 is about storage space; both are WebDAV 5xx codes but unrelated causes.' },
  ],
  faq: [
    {
      question: 'My shared host shows "508 Resource Limit Is Reached". Is that this code?',
      answer: 'That is a CloudLinux/cPanel misuse of the number for CPU or process limits; RFC 5842 only defines binding loops.',
    },
  ],
  references: ['RFC 5842 §7.2', 'RFC 5842 §7.1', 'RFC 4918 §10.2'],
}
