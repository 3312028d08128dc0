import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for 226 IM Used: delta encoding; the body is the result of instance manipulations
 * (a diff) applied to the current instance.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(226).requiredHeaders[0]?.name // 'ETag'
 * ```
 */
export const status226: GuideEntry = {
  code: 226,
  summary: 'Delta encoding (RFC 3229): the server answered a GET that offered A-IM with a representation of instance manipulations, typically a diff against the version the client already has.',
  meaning:
    'RFC 3229 §10.4.1: the server has fulfilled a GET request for the resource, and the response is a representation of the result of one or more instance-manipulations applied to the current instance. The client signals what it accepts with A-IM (e.g. vcdiff, diffe, or the "feed" extension for RSS/Atom feeds) and identifies the instance it holds with If-None-Match; the server names the manipulations it applied in the IM header and MUST send the ETag of the current instance, so the client can reconstruct it and ask for the next delta.',
  guarantees: [
    'The body is not the full representation but the output of the manipulations listed in IM, relative to the instance the client named.',
    'The ETag identifies the current instance the client obtains after applying the delta.',
  ],
  doesNotGuarantee: [
    'That any cache in between understands 226; caches that do not must not reuse it for clients that did not send A-IM.',
    'That the server will keep the base instance available for the next delta.',
  ],
  whenToUse: [
    'A GET with A-IM: feed and If-None-Match for an RSS or Atom feed: return only the entries added since the client\'s ETag.',
    'A GET with A-IM: vcdiff (or diffe) for a large, slowly changing document where the client holds a known instance.',
  ],
  whenNotToUse: [
    {
      misuse: 'Returning 226 to a request that did not carry A-IM',
      consequence: 'The client takes the delta as the full representation and ends up with a truncated document.',
      instead: '200 OK with the full representation',
    },
    {
      misuse: 'Using 226 for a JSON "changes since" endpoint that the client asked for with a query parameter',
      consequence: 'Generic clients and caches see an unknown 2xx tied to headers the request never sent.',
      instead: '200 OK with the change list as the representation of that query resource',
    },
    {
      misuse: 'Sending 226 without the ETag of the current instance',
      consequence: 'RFC 3229 §10.4.1 requires it; the client cannot name its new base instance and delta chains break.',
      instead: 'a 226 that includes ETag and IM',
    },
  ],
  criticalHeaders: [
    {
      name: 'ETag',
      why: 'MUST be present (RFC 3229 §10.4.1): the entity tag of the current instance the delta leads to.',
      ifMissing: 'The client cannot request the next delta or verify what it reconstructed.',
    },
    {
      name: 'IM',
      why: 'Lists the instance manipulations applied to produce the body, in order (e.g. IM: feed or IM: vcdiff).',
      ifMissing: 'The client does not know how to apply the body to its copy.',
    },
    {
      name: 'Cache-Control',
      why: 'RFC 3229 defines the im directive; caches that do not understand delta encoding must not serve a 226 to clients that did not ask for it.',
      ifMissing: 'A naive shared cache could hand a delta to a client expecting the full document.',
    },
  ],
  toolInterpretation: {
    browsers: 'Browsers never send A-IM and never expect 226.',
    apiClients: 'Some feed readers and aggregators send A-IM: feed and handle 226; general HTTP clients treat it as a 2xx with a body they should not use as the full document.',
    crawlers: 'Crawlers do not send A-IM; they should always get 200.',
    uptimeMonitors: 'Only relevant if the monitor imitates a delta-capable feed reader.',
    cdns: 'Most CDNs do not implement RFC 3229; responses must be marked so they are not reused for requests without A-IM.',
  },
  inspectorSignals: [
    'A 226 to a request without A-IM.',
    'Missing ETag or IM on a 226.',
    'Caching headers that would let a shared cache reuse the delta.',
  ],
  correctnessWarnings: [
    'RFC 3229 §10.4.1: a 226 must carry the ETag of the current instance.',
    '226 is only meaningful for a GET that offered instance manipulations with A-IM (RFC 3229 §10.4.1).',
  ],
  debugging: [
    'curl -i -H "A-IM: feed" -H \'If-None-Match: "<etag you hold>"\' FEED_URL and check for 226 with IM: feed and a new ETag.',
    'Without A-IM the same request must return 200 (or 304 if nothing changed).',
    'If clients end up with truncated feeds, look for a cache that served a 226 to a request without A-IM.',
  ],
  frameworks: {
    express: `import express from 'express'
import { Status } from 'statuskit'

const entries = [{ id: 3, title: 'c' }, { id: 2, title: 'b' }, { id: 1, title: 'a' }]
const app = express()
app.get('/feed', (req, res) => {
  const since = Number(String(req.headers['if-none-match'] ?? '').replaceAll('"', '')) || 0
  const newest = entries[0]?.id ?? 0
  res.set({ etag: '"' + newest + '"', vary: 'A-IM, If-None-Match' })
  if (since === newest) return void res.status(Status.NOT_MODIFIED).end()
  if (!/\\bfeed\\b/.test(String(req.headers['a-im'] ?? '')) || since === 0) return void res.json(entries)
  res.status(Status.IM_USED).set({ im: 'feed', 'cache-control': 'no-store' }).json(entries.filter((e) => e.id > since))
})
app.listen(3000)`,
    fastify: `import Fastify from 'fastify'
import { Status } from 'statuskit'

const entries = [{ id: 3, title: 'c' }, { id: 2, title: 'b' }, { id: 1, title: 'a' }]
const app = Fastify()
app.get('/feed', async (req, reply) => {
  const since = Number(String(req.headers['if-none-match'] ?? '').replaceAll('"', '')) || 0
  const newest = entries[0]?.id ?? 0
  reply.headers({ etag: '"' + newest + '"', vary: 'A-IM, If-None-Match' })
  if (since === newest) return reply.code(Status.NOT_MODIFIED).send()
  if (!String(req.headers['a-im'] ?? '').includes('feed') || since === 0) return reply.send(entries)
  return reply.code(Status.IM_USED).headers({ im: 'feed', 'cache-control': 'no-store' }).send(entries.filter((e) => e.id > since))
})
await app.listen({ port: 3000 })`,
    django: `from django.http import JsonResponse

def feed(request):
    since = int(request.headers.get("If-None-Match", "0").strip('"') or 0)
    newest = Entry.objects.latest("id").id
    if "feed" in request.headers.get("A-IM", "") and 0 < since < newest:
        entries = list(Entry.objects.filter(id__gt=since).values("id", "title"))
        response = JsonResponse(entries, safe=False, status=226)
        response["IM"] = "feed"
        response["Cache-Control"] = "no-store"
    else:
        response = JsonResponse(list(Entry.objects.values("id", "title")), safe=False)
    response["ETag"] = f'"{newest}"'
    return response`,
    spring: `@GetMapping("/feed")
ResponseEntity<List<Entry>> feed(@RequestHeader(value = "A-IM", defaultValue = "") String aIm,
                                 @RequestHeader(value = "If-None-Match", defaultValue = "\\"0\\"") String held) {
    long since = Long.parseLong(held.replace("\\"", ""));
    long newest = entries.newestId();
    if (aIm.contains("feed") && since > 0 && since < newest) {
        return ResponseEntity.status(HttpStatus.IM_USED).eTag(Long.toString(newest))
            .header("IM", "feed").cacheControl(CacheControl.noStore()).body(entries.after(since));
    }
    return ResponseEntity.ok().eTag(Long.toString(newest)).body(entries.all());
}`,
    fastapi: `from fastapi import FastAPI, Header
from fastapi.responses import JSONResponse

app = FastAPI()

@app.get("/feed")
async def feed(a_im: str = Header(""), if_none_match: str = Header('"0"')):
    since, newest = int(if_none_match.strip('"') or 0), entries.newest_id()
    headers = {"ETag": f'"{newest}"'}
    if "feed" in a_im and 0 < since < newest:
        headers |= {"IM": "feed", "Cache-Control": "no-store"}
        return JSONResponse(entries.after(since), status_code=226, headers=headers)
    return JSONResponse(entries.all(), headers=headers)`,
    go: `package main

import (
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
)

func feed(w http.ResponseWriter, r *http.Request) {
	since, _ := strconv.Atoi(strings.Trim(r.Header.Get("If-None-Match"), "\\""))
	newest := newestID()
	w.Header().Set("ETag", strconv.Quote(strconv.Itoa(newest)))
	w.Header().Set("Content-Type", "application/json")
	if strings.Contains(r.Header.Get("A-IM"), "feed") && since > 0 && since < newest {
		w.Header().Set("IM", "feed")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(http.StatusIMUsed)
		json.NewEncoder(w).Encode(entriesAfter(since))
		return
	}
	json.NewEncoder(w).Encode(allEntries())
}`,
  },
  clientContract: {
    canAssume: [
      'Applying the body (per IM) to the instance you named in If-None-Match yields the instance identified by the new ETag.',
      'The server understood your A-IM offer.',
    ],
    mustNotAssume: [
      'That the body is usable on its own as the full representation.',
      'That every server or cache on the path supports delta encoding: handle a plain 200 as well.',
    ],
  },
  related: [
    { code: 200, difference: '200 OK sends the full representation; servers answer it when they cannot or will not produce a delta.' },
    { code: 304, difference: '304 Not Modified: nothing changed since the ETag the client holds, so there is no delta to send.' },
    { code: 206, difference: '206 Partial Content sends byte ranges of the current instance; 226 sends a transformation relative to an older one.' },
  ],
  faq: [
    {
      question: 'Is 226 used in practice?',
      answer: 'Rarely: mainly by feed servers and readers implementing RFC 3229 with the "feed" manipulation. Most APIs express "changes since" as a normal resource answered with 200.',
    },
    {
      question: 'Why must a 226 carry an ETag?',
      answer: 'The client needs to know which instance it holds after applying the delta, both to verify it and to ask for the next delta.',
    },
  ],
  references: ['RFC 3229 §10.4.1', 'RFC 3229 §10.5', 'RFC 3229'],
}
