import http from 'node:http'
import { createHash } from 'node:crypto'
import express from 'express'

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11'
const app = express()
const server = http.createServer(app)
// Upgrade requests never reach Express routes: answer them on the raw socket.
server.on('upgrade', (req, socket) => {
  const key = req.headers['sec-websocket-key']
  if (req.headers.upgrade?.toLowerCase() !== 'websocket' || typeof key !== 'string') {
    socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n')
    return
  }
  const accept = createHash('sha1').update(key + GUID).digest('base64')
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
    'Sec-WebSocket-Accept: ' + accept + '\r\n\r\n')
  // the socket now carries WebSocket frames (use the ws package in practice)
})
server.listen(3000)
