import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for 101 Switching Protocols: the HTTP/1.1 connection switches to the protocol the
 * client asked for in `Upgrade` (in practice, WebSocket).
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(101).requiredHeaders[0]?.name // 'Upgrade'
 * ```
 */
export const status101: GuideEntry = {
  code: 101,
  summary:
    'The server agrees to the client\'s Upgrade request: after this response the HTTP/1.1 connection speaks the named protocol (almost always WebSocket).',
  meaning:
    'RFC 9110 §15.2.2: the server understands and is willing to comply with the client\'s request, via the Upgrade header field (§7.8), for a change in the application protocol on this connection. The server MUST send an Upgrade header naming the protocol(s) it switches to, and switches immediately after the empty line that ends the 101. It is an HTTP/1.1 mechanism: HTTP/2 and HTTP/3 have no Upgrade and no 101, and run WebSocket over extended CONNECT instead (RFC 8441, RFC 9220).',
  guarantees: [
    'The server accepted one of the protocols the client offered in Upgrade, and names it in its own Upgrade header.',
    'Every byte after the 101 header section belongs to the new protocol; no further HTTP response follows on this connection.',
    'For WebSocket, Sec-WebSocket-Accept proves the server processed this handshake (RFC 6455 §4.2.2).',
  ],
  doesNotGuarantee: [
    'That the original request\'s method was executed as a plain HTTP request: the new protocol takes over the exchange.',
    'That intermediaries will keep the upgraded connection open: proxies and load balancers with idle timeouts may cut it.',
    'That the same endpoint works over HTTP/2 or HTTP/3, where 101 cannot be used at all.',
  ],
  whenToUse: [
    'Completing a WebSocket opening handshake: a GET with Upgrade: websocket, Connection: Upgrade and a valid Sec-WebSocket-Key (RFC 6455 §4.2.2).',
    'Switching an HTTP/1.1 connection to another protocol the client offered in Upgrade and the server implements (e.g. a custom TCP-style protocol behind an HTTP handshake).',
  ],
  whenNotToUse: [
    {
      misuse: 'Answering 101 to a request that did not carry an Upgrade header, or naming a protocol the client did not offer',
      consequence: 'The client still expects HTTP and reads the new protocol\'s bytes as a broken response.',
      instead: 'a normal final response; 426 Upgrade Required when the resource needs an upgrade the client did not ask for',
    },
    {
      misuse: 'Trying to send 101 over HTTP/2 or HTTP/3 (for example from a handler behind an h2 front end)',
      consequence: 'RFC 9113 §8.6 forbids it; the peer treats the stream as malformed and resets it.',
      instead: 'extended CONNECT with :protocol = websocket (RFC 8441, RFC 9220), answered with 200',
    },
    {
      misuse: 'Using the deprecated h2c upgrade (Upgrade: h2c) to start HTTP/2 in cleartext',
      consequence: 'RFC 9113 §3.1 deprecated it; many clients and proxies never send or forward it, so connections silently stay on HTTP/1.1.',
      instead: 'HTTP/2 with prior knowledge, or TLS with ALPN "h2"',
    },
  ],
  criticalHeaders: [
    {
      name: 'Upgrade',
      why: 'MUST be sent with 101 (RFC 9110 §15.2.2): names the protocol the connection switches to, e.g. websocket.',
      ifMissing: 'The client cannot know which protocol now runs on the connection; WebSocket clients fail the handshake.',
    },
    {
      name: 'Connection',
      why: 'Connection: Upgrade marks Upgrade as a hop-by-hop field so intermediaries know the connection is switching.',
      ifMissing: 'Browsers fail the WebSocket handshake and proxies may not tunnel the new protocol.',
    },
    {
      name: 'Sec-WebSocket-Accept',
      why: 'For WebSocket: base64(SHA-1(Sec-WebSocket-Key + the RFC 6455 GUID)), proving a WebSocket server answered.',
      ifMissing: 'Browsers close the connection with a handshake error.',
    },
  ],
  toolInterpretation: {
    browsers:
      'The WebSocket API expects exactly 101 with correct Upgrade, Connection and Sec-WebSocket-Accept; anything else fires error and close events. fetch() cannot request or observe an upgrade.',
    apiClients:
      'Plain HTTP clients treat 101 as unexpected; WebSocket libraries (ws, gorilla/websocket, websockets) perform the handshake and hand over the socket.',
    crawlers: 'Crawlers do not open WebSocket connections; a page whose content arrives only over WebSocket is not indexed.',
    uptimeMonitors:
      'HTTP checks against a WebSocket endpoint see 400 or 426 instead of 101; use a WebSocket-aware check that completes the handshake.',
    cdns:
      'CDNs and reverse proxies must be configured to pass Upgrade and Connection (nginx: proxy_http_version 1.1 and proxy_set_header Upgrade/Connection) and keep long idle timeouts.',
  },
  inspectorSignals: [
    'Upgrade present on the 101 and equal to one of the tokens the request offered.',
    'Connection: Upgrade on both request and response.',
    'For WebSocket, a Sec-WebSocket-Accept value matching the request\'s Sec-WebSocket-Key.',
    'The protocol version of the exchange: a 101 is only valid on HTTP/1.1.',
  ],
  correctnessWarnings: [
    'RFC 9110 §15.2.2: a 101 without an Upgrade header violates a MUST.',
    '101 is impossible over HTTP/2 and HTTP/3 (RFC 9113 §8.6); an endpoint that relies on it needs an HTTP/1.1 path or extended CONNECT.',
    'A 1xx has no content: bytes after the 101 header section belong to the new protocol, never to an HTTP body.',
  ],
  debugging: [
    'Reproduce the handshake: curl -i --http1.1 -H "Connection: Upgrade" -H "Upgrade: websocket" -H "Sec-WebSocket-Version: 13" -H "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==" https://host/ws',
    'Expect "HTTP/1.1 101 Switching Protocols" with Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo= for that sample key.',
    'If you get 200, 400 or 426, check that every proxy in front forwards Upgrade and Connection (they are hop-by-hop and dropped by default).',
    'If the handshake succeeds but the connection drops after a minute, raise the proxy or load balancer idle timeout or send ping frames.',
    'Check the protocol: if the edge speaks HTTP/2 to the browser, the browser uses RFC 8441 extended CONNECT, which the edge must support.',
  ],
  frameworks: {
    express: `import http from 'node:http'
import { createHash } from 'node:crypto'
import express from 'express'

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11'
const app = express()
const server = http.createServer(app)
// Upgrade requests never reach Express routes: answer them on the raw socket.
server.on('upgrade', (req, socket) => {
  const key = req.headers['sec-websocket-key']
  if (req.headers.upgrade?.toLowerCase() !== 'websocket' || typeof key !== 'string') {
    socket.end('HTTP/1.1 400 Bad Request\\r\\nConnection: close\\r\\n\\r\\n')
    return
  }
  const accept = createHash('sha1').update(key + GUID).digest('base64')
  socket.write('HTTP/1.1 101 Switching Protocols\\r\\nUpgrade: websocket\\r\\nConnection: Upgrade\\r\\n' +
    'Sec-WebSocket-Accept: ' + accept + '\\r\\n\\r\\n')
  // the socket now carries WebSocket frames (use the ws package in practice)
})
server.listen(3000)`,
    fastify: `import { createHash } from 'node:crypto'
import Fastify from 'fastify'

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11'
const app = Fastify()
// Node emits 'upgrade' on the server; Fastify routes never see the request.
app.server.on('upgrade', (req, socket) => {
  const key = req.headers['sec-websocket-key']
  if (req.headers.upgrade?.toLowerCase() !== 'websocket' || typeof key !== 'string') {
    socket.end('HTTP/1.1 400 Bad Request\\r\\nConnection: close\\r\\n\\r\\n')
    return
  }
  const accept = createHash('sha1').update(key + GUID).digest('base64')
  socket.write('HTTP/1.1 101 Switching Protocols\\r\\nUpgrade: websocket\\r\\nConnection: Upgrade\\r\\n' +
    'Sec-WebSocket-Accept: ' + accept + '\\r\\n\\r\\n')
})
await app.listen({ port: 3000 })`,
    django: `# WSGI cannot switch protocols. With Channels on an ASGI server (daphne, uvicorn)
# the server writes 101 Switching Protocols when the consumer accepts.
from channels.generic.websocket import WebsocketConsumer

class EchoConsumer(WebsocketConsumer):
    def connect(self):
        if self.scope["user"].is_anonymous:
            self.close()  # handshake refused: the server answers 403, not 101
            return
        self.accept()  # the server sends 101 with Upgrade: websocket

    def receive(self, text_data=None, bytes_data=None):
        self.send(text_data=text_data)`,
    spring: `@Configuration
@EnableWebSocket
class WebSocketConfig implements WebSocketConfigurer {
    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        // The handshake handler checks Upgrade and Sec-WebSocket-Key and answers 101;
        // a plain GET gets 400, a foreign Origin 403.
        registry.addHandler(new EchoHandler(), "/echo").setAllowedOrigins("https://app.example.com");
    }
}

class EchoHandler extends TextWebSocketHandler {
    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) throws Exception {
        session.sendMessage(message);
    }
}`,
    fastapi: `from fastapi import FastAPI, WebSocket

app = FastAPI()

@app.websocket("/echo")
async def echo(websocket: WebSocket):
    await websocket.accept()  # uvicorn writes 101 Switching Protocols here
    async for text in websocket.iter_text():
        await websocket.send_text(text)`,
    go: `package main

import (
	"crypto/sha1"
	"encoding/base64"
	"net/http"
	"strings"
)

func echo(w http.ResponseWriter, r *http.Request) {
	key := r.Header.Get("Sec-WebSocket-Key")
	if !strings.EqualFold(r.Header.Get("Upgrade"), "websocket") || key == "" {
		http.Error(w, "expected a WebSocket handshake", http.StatusBadRequest)
		return
	}
	sum := sha1.Sum([]byte(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"))
	conn, buf, err := http.NewResponseController(w).Hijack()
	if err != nil {
		return
	}
	defer conn.Close()
	buf.WriteString("HTTP/1.1 101 Switching Protocols\\r\\nUpgrade: websocket\\r\\nConnection: Upgrade\\r\\n")
	buf.WriteString("Sec-WebSocket-Accept: " + base64.StdEncoding.EncodeToString(sum[:]) + "\\r\\n\\r\\n")
	buf.Flush()
	// the connection now carries WebSocket frames (use a WebSocket library in practice)
}`,
  },
  clientContract: {
    canAssume: [
      'The connection now speaks the protocol named in the response\'s Upgrade header.',
      'No HTTP response body or further HTTP response follows on this connection.',
    ],
    mustNotAssume: [
      'That HTTP semantics (status codes, headers, retries) apply to what flows after the switch.',
      'That the upgrade will be possible on every path: an HTTP/2-only proxy in between makes 101 impossible.',
    ],
  },
  related: [
    { code: 426, difference: '426 Upgrade Required is the final refusal that tells the client it must upgrade; 101 is the acceptance of an upgrade the client asked for.' },
    { code: 200, difference: 'Over HTTP/2 and HTTP/3, a WebSocket opened with extended CONNECT is accepted with 200, not 101.' },
    { code: 100, difference: '100 Continue is also interim, but the exchange stays HTTP and a final status follows.' },
  ],
  faq: [
    {
      question: 'Why does my WebSocket work locally but not behind nginx?',
      answer:
        'Upgrade and Connection are hop-by-hop headers that proxies drop by default; nginx needs proxy_http_version 1.1 plus proxy_set_header Upgrade $http_upgrade and Connection "upgrade" so the origin can answer 101.',
    },
    {
      question: 'Can I send 101 from an HTTP/2 server?',
      answer:
        'No. HTTP/2 removed Upgrade and 101 (RFC 9113 §8.6); browsers open WebSockets over HTTP/2 with extended CONNECT (RFC 8441) and the server answers 200.',
    },
  ],
  references: ['RFC 9110 §15.2.2', 'RFC 9110 §7.8', 'RFC 6455 §4.2.2', 'RFC 9113 §8.6', 'RFC 8441'],
}
