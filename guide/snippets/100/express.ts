import http from 'node:http'
import express from 'express'
import { Status } from 'statuskit'

const MAX_UPLOAD = 10 * 1024 * 1024
const app = express()
app.put('/files/:name', (req, res) => {
  req.resume().on('end', () => res.sendStatus(Status.NO_CONTENT))
})
const server = http.createServer(app)
// Without this listener Node sends 100 Continue by itself.
server.on('checkContinue', (req, res) => {
  if (Number(req.headers['content-length'] ?? 0) > MAX_UPLOAD) {
    res.writeHead(Status.CONTENT_TOO_LARGE, { connection: 'close' }).end()
    return
  }
  res.writeContinue()
  app(req, res)
})
server.listen(3000)
