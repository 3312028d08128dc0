import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for 306 (Unused): reserved; it has no meaning and must not be sent.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(306).registry // 'unused'
 * ```
 */
export const status306: GuideEntry = {
  code: 306,
  summary: 'Reserved and unused: the number was briefly "Switch Proxy" in a draft of HTTP/1.1, has no defined meaning today, and must not be sent.',
  meaning:
    'RFC 9110 §15.4.7: the 306 status code was defined in a previous version of the specification, is no longer used, and the code is reserved. In a 1990s draft it meant "Switch Proxy" (use the proxy in Set-Proxy for subsequent requests); it was dropped before RFC 2616 was published. The IANA registry lists it as "(Unused)" so that it is never assigned again. A recipient that receives it treats it like any unrecognised 3xx, that is, as 300 (§15).',
  guarantees: [
    'Nothing: the code has no semantics, so the response cannot be interpreted beyond "some 3xx".',
    'A recipient handles it as 300 Multiple Choices, per RFC 9110 §15 for unknown codes in a class.',
  ],
  doesNotGuarantee: [
    'Any redirect: browsers do not follow it.',
    'Any standard header or body; "Set-Proxy" was never standardised.',
  ],
  whenToUse: [
    'Do not emit it; recognise it only to report a broken component (a proxy or framework that misuses the reserved number).',
    'In status tables and enums, keep it marked reserved so nobody assigns it a private meaning.',
  ],
  whenNotToUse: [
    {
      misuse: 'Giving 306 a private meaning in an API ("switch to the other data center", "use the mirror")',
      consequence: 'Every generic client treats it as 300 and stops; your semantics exist only in your own code.',
      instead: '307 Temporary Redirect or 308 Permanent Redirect to the other location',
    },
    {
      misuse: 'Emitting 306 because a status enum (e.g. "SWITCH_PROXY") made it look valid',
      consequence: 'The response looks like a redirect without any defined behaviour; users see an error page.',
      instead: 'remove it; choose a code with defined semantics',
    },
  ],
  criticalHeaders: [
    {
      name: 'Location',
      why: 'Would only matter if the client treated 306 like a 300 with a preferred choice; not something to rely on.',
      ifMissing: 'No difference: clients have nothing defined to do with a 306.',
    },
    {
      name: 'Server',
      why: 'Identifies the software that produced the reserved code, so it can be fixed.',
      ifMissing: 'The offending component is harder to trace.',
    },
  ],
  toolInterpretation: {
    browsers: 'Not followed; displayed like an unknown 3xx (as a 300): the body, if any, is shown.',
    apiClients: 'Returned as a final response; none follows it.',
    crawlers: 'Treated as an error; the URL is not indexed.',
    uptimeMonitors: 'Should alert: a reserved code in production is a bug.',
    cdns: 'Passed through; not cached by default.',
  },
  inspectorSignals: [
    'Any 306 on the wire: reserved code, never emit.',
    'Legacy headers such as Set-Proxy next to it.',
  ],
  correctnessWarnings: [
    '306 is reserved (RFC 9110 §15.4.7); statuskit reports registry: unused and marks it do-not-emit.',
    'Enums in some libraries still name it SWITCH_PROXY; that name is historical, not a meaning.',
  ],
  debugging: [
    'curl -i URL and read the Server and Via headers to find the component that emitted 306.',
    'Search the code base and proxy configuration for 306 or SWITCH_PROXY.',
    'Replace it with the redirect you actually meant (307 or 308) or a proper error.',
  ],
  frameworks: {
    express: `import express from 'express'
import { badGateway, statusInfo } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// A gateway that refuses to relay reserved or deprecated codes (305, 306, ...).
const app = express()
app.get('/mirror/*path', async (req, res) => {
  const upstream = await fetch('https://origin.example.com' + req.path, { redirect: 'manual' })
  if (statusInfo(upstream.status).deprecated) {
    throw badGateway('Upstream answered ' + upstream.status + ', a code that must not be used.')
  }
  res.status(upstream.status).send(Buffer.from(await upstream.arrayBuffer()))
})
app.use(problemHandler())
app.listen(3000)`,
    fastify: `import Fastify from 'fastify'
import { Status } from 'statuskit'

// Where a mirror switch was once imagined as 306, use a real redirect.
const app = Fastify()
app.get<{ Params: { '*': string } }>('/files/*', async (req, reply) => {
  return reply
    .code(Status.TEMPORARY_REDIRECT)
    .header('location', 'https://mirror.example.com/files/' + req.params['*'])
    .send()
})
await app.listen({ port: 3000 })`,
    django: `# Never emit 306. Where a "switch to the mirror" was intended, redirect instead:
from django.http import HttpResponseRedirect

def file_download(request, path):
    response = HttpResponseRedirect(f"https://mirror.example.com/files/{path}")
    response.status_code = 307  # temporary, keeps the method
    return response`,
    spring: `// Never emit 306; send clients to the mirror with a defined redirect.
@GetMapping("/files/{*path}")
ResponseEntity<Void> file(@PathVariable String path) {
    return ResponseEntity.status(HttpStatus.TEMPORARY_REDIRECT)
        .location(URI.create("https://mirror.example.com/files" + path))
        .build();
}`,
    fastapi: `from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()

# Never emit 306; RedirectResponse defaults to 307 Temporary Redirect.
@app.get("/files/{path:path}")
async def file_download(path: str):
    return RedirectResponse(f"https://mirror.example.com/files/{path}")`,
    go: `package main

import "net/http"

// Never emit 306; net/http has no constant for it (only StatusUseProxy, 305, and
// the reserved "_ = 306" gap). Redirect to the mirror instead.
func fileDownload(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "https://mirror.example.com"+r.URL.Path, http.StatusTemporaryRedirect)
}`,
  },
  clientContract: {
    canAssume: [
      'The response has no defined meaning beyond that of an unknown 3xx.',
      'It points at a server-side defect.',
    ],
    mustNotAssume: [
      'Any proxy switch or redirect instruction.',
      'That headers on it follow any standard.',
    ],
  },
  related: [
    { code: 305, difference: '305 Use Proxy is deprecated but was defined; 306 never had a standardised meaning.' },
    { code: 300, difference: '300 Multiple Choices is how a recipient treats a 306 (the class default for unknown 3xx).' },
    { code: 307, difference: '307 Temporary Redirect is the defined way to send a client elsewhere for now.' },
  ],
  faq: [
    {
      question: 'What did 306 Switch Proxy mean?',
      answer: 'In an HTTP/1.1 draft it asked clients to use a different proxy for later requests. It was removed before RFC 2616 and is only reserved now.',
    },
    {
      question: 'Why does my language\'s status enum include 306?',
      answer: 'Some tables copied the draft. Treat such constants as reserved; statuskit\'s Status names it UNUSED_306.',
    },
  ],
  references: ['RFC 9110 §15.4.7', 'RFC 9110 §15', 'RFC 2616 §10.3.7'],
}
