import { createServer } from 'node:https'
import express from 'express'
import { problemHandler } from 'statuskit/express'

// Full / Full (strict) mode: the origin must complete a TLS handshake on 443 (else Cloudflare 525).
const app = express()
app.get('/', (_req, res) => { res.send('ok') })
app.use(problemHandler())
createServer(
  { key: process.env.ORIGIN_KEY_PEM ?? '', cert: process.env.ORIGIN_CERT_PEM ?? '', minVersion: 'TLSv1.2' },
  app,
).listen(443, '0.0.0.0')
