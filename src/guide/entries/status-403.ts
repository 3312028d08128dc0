import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for 403 Forbidden: the server understood the request and refuses to fulfil it;
 * re-authenticating as the same identity will not help.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(403).related.map((r) => r.code)
 * ```
 */
export const status403: GuideEntry = {
  code: 403,
  summary: 'The server understood the request and refuses it; the same credentials will keep being refused.',
  meaning:
    'RFC 9110 §15.5.4: the server understood the request but refuses to fulfil it. If credentials were provided, the server considers them insufficient to grant access, and the client SHOULD NOT automatically repeat the request with the same credentials. The refusal can be unrelated to credentials (an IP block, a policy). A server that wants to hide the resource\'s existence MAY answer 404 instead.',
  guarantees: [
    'The server processed the request far enough to refuse it and did not apply it.',
    'The identity that sent it is not allowed to do this; repeating with the same credentials gives the same answer.',
  ],
  doesNotGuarantee: [
    'That another identity, role or scope would be allowed.',
    'That the resource exists (403 may be returned before lookup).',
    'That the refusal came from the application: WAFs, CDNs and bucket policies send their own 403s.',
  ],
  whenToUse: [
    'An authenticated user lacks the role for the action, e.g. a viewer tries to delete a project.',
    'An OAuth token is valid but lacks the scope: WWW-Authenticate: Bearer error="insufficient_scope" may accompany it (RFC 6750 §3.1).',
    'A request is refused by policy unrelated to identity: IP allow-list, geo restriction, CSRF token rejected, directory listing disabled.',
    'An API key is recognised but disabled or restricted to other endpoints.',
  ],
  whenNotToUse: [
    {
      misuse: 'Returning 403 when no credentials were sent or the token expired',
      consequence: 'Clients never refresh the token or show a login; users are told they lack permission when they are simply logged out.',
      instead: '401 Unauthorized with WWW-Authenticate',
    },
    {
      misuse: 'Returning 403 for private resources whose existence must not leak, while returning 404 for absent ones',
      consequence: 'Attackers enumerate resource ids by telling 403 from 404.',
      instead: '404 Not Found for both, with Cache-Control: no-store (RFC 9110 §15.5.4 allows it)',
    },
    {
      misuse: 'Returning 403 for a request that is allowed but not in the resource\'s current state (an order already shipped)',
      consequence: 'Users are sent to ask for permissions they already have.',
      instead: '409 Conflict with a problem type naming the blocking state',
    },
  ],
  criticalHeaders: [
    {
      name: 'Content-Type',
      why: 'application/problem+json with a type that says which rule refused the request (role, scope, IP policy).',
      ifMissing: 'Users cannot tell whether to ask for access, switch accounts or contact support.',
    },
    {
      name: 'Cache-Control',
      why: 'no-store or private: the refusal depends on who is asking.',
      ifMissing: 'A shared cache can serve one user\'s 403 to another who is allowed.',
    },
    {
      name: 'WWW-Authenticate',
      why: 'Optional: for OAuth, Bearer error="insufficient_scope", scope="..." tells the client which scope to request.',
      ifMissing: 'The client cannot upgrade its token automatically.',
    },
  ],
  toolInterpretation: {
    browsers: 'Shows the error page the server sends; fetch() resolves with ok === false. No prompt for credentials.',
    apiClients: 'Never retried by ky, got, axios-retry or cloud SDKs; OAuth SDKs do not refresh tokens on 403.',
    crawlers: 'The URL is not indexed; a site that blocks crawlers with 403 by mistake (WAF rules) loses pages from search.',
    uptimeMonitors: 'A sudden 403 often comes from a WAF or bot-protection rule blocking the monitor\'s IP or user agent.',
    cdns: 'CDNs and WAFs generate 403 for blocked requests, hotlink protection and signed-URL failures; the origin never sees them.',
  },
  inspectorSignals: [
    'Whether the request carried credentials (none sent means 401 was due).',
    'Whether a Server or vendor header shows the 403 came from a WAF, CDN or storage bucket rather than the app.',
    'Cache-Control on identity-dependent refusals.',
  ],
  correctnessWarnings: [
    'Clients SHOULD NOT repeat a 403 with the same credentials (RFC 9110 §15.5.4); do not design flows that expect it.',
    'When hiding resources with 404 instead of 403, keep timing and headers identical and send Cache-Control: no-store (404 is heuristically cacheable).',
  ],
  debugging: [
    'Run curl -i and check the Server header and body: an HTML page from a CDN or WAF means the app never saw the request.',
    'Decode the token and compare its roles or scopes with what the endpoint requires.',
    'Repeat the call with an admin or owner account to separate permission problems from policy blocks.',
    'Check IP allow-lists, geo rules, CSRF tokens and bucket or object policies for the path.',
    'Search the authorization logs for the request id to find the rule that denied it.',
  ],
  frameworks: {
    express: `import express from 'express'
import { forbidden } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const roles = new Map([['u1', 'viewer']])
const app = express()
app.delete('/projects/:id', (req, res) => {
  if (roles.get(req.get('x-user-id') ?? '') !== 'owner') {
    throw forbidden('Only project owners can delete a project.', {
      type: 'https://example.com/probs/role-required',
      extensions: { requiredRole: 'owner' },
    })
  }
  res.status(204).end()
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { forbidden } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.get('/admin/audit', async (req) => {
  const scopes = String(req.headers['x-token-scopes'] ?? '').split(' ')
  if (!scopes.includes('audit:read')) {
    throw forbidden('The token lacks the audit:read scope.', {
      headers: { 'www-authenticate': 'Bearer error="insufficient_scope", scope="audit:read"' },
    })
  }
  return { entries: [] }
})`,
    django: `from rest_framework.permissions import BasePermission
from rest_framework.views import exception_handler

class IsOwner(BasePermission):
    message = "Only project owners can delete a project."
    def has_object_permission(self, request, view, obj):
        return obj.owner_id == request.user.id

def problem_handler(exc, context):  # REST_FRAMEWORK["EXCEPTION_HANDLER"]
    response = exception_handler(exc, context)
    if response is not None and response.status_code == 403:
        response.data = {"type": "https://example.com/probs/role-required", "title": "Forbidden",
                         "status": 403, "detail": str(exc.detail)}
        response.content_type = "application/problem+json"
    return response`,
    spring: `@RestControllerAdvice
class AccessAdvice {
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail onDenied(AccessDeniedException ex) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
            "Only project owners can delete a project.");
        pd.setType(URI.create("https://example.com/probs/role-required"));
        return pd;
    }
}`,
    fastapi: `from fastapi import Depends, FastAPI, Response
from fastapi.responses import JSONResponse

app = FastAPI()

@app.delete("/projects/{project_id}")
def delete_project(project_id: int, user=Depends(current_user)):
    if user.role != "owner":
        return JSONResponse(status_code=403, media_type="application/problem+json", content={
            "type": "https://example.com/probs/role-required", "title": "Forbidden", "status": 403,
            "detail": "Only project owners can delete a project.", "requiredRole": "owner"})
    return Response(status_code=204)`,
    go: `func deleteProject(w http.ResponseWriter, r *http.Request) {
	if userRole(r) != "owner" {
		w.Header().Set("Content-Type", "application/problem+json")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(http.StatusForbidden)
		json.NewEncoder(w).Encode(map[string]any{
			"type": "https://example.com/probs/role-required", "title": "Forbidden",
			"status": 403, "detail": "Only project owners can delete a project.",
		})
		return
	}
	w.WriteHeader(http.StatusNoContent)
}`,
  },
  clientContract: {
    canAssume: [
      'The server refused before applying anything; no partial change needs undoing.',
      'Repeating it with the same credentials is pointless; a different identity or new permissions are needed.',
    ],
    mustNotAssume: [
      'That the user is logged out: do not clear the session or refresh the token on 403.',
      'That the resource exists, or that it does not.',
    ],
  },
  related: [
    { code: 401, difference: 'Credentials are missing or invalid; authenticating may fix it. 403 holds regardless of re-authentication.' },
    { code: 404, difference: 'A server MAY answer 404 instead of 403 to hide that the resource exists.' },
    { code: 409, difference: 'The caller may perform the action in general, just not in the resource\'s current state.' },
    { code: 451, difference: 'The refusal is a legal demand (censorship, court order), with Link rel="blocked-by".' },
  ],
  faq: [
    {
      question: 'Should a missing token be 401 or 403?',
      answer: '401, with WWW-Authenticate. 403 is for a caller the server has identified (or needs no identity for) and refuses anyway.',
    },
    {
      question: 'Why does S3 or my CDN answer 403 for a file that does not exist?',
      answer: 'Without list permission, storage services answer 403 for missing keys so as not to reveal which keys exist. Check the bucket policy and the exact object key.',
    },
  ],
  references: ['RFC 9110 §15.5.4', 'RFC 6750 §3.1', 'RFC 9457 §3'],
}
