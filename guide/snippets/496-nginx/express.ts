import express from 'express'
import { unauthorized } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// nginx: ssl_verify_client optional; proxy_set_header X-SSL-Client-Verify $ssl_client_verify;
const app = express()
app.use('/partner', (req, _res, next) => {
  if ((req.get('x-ssl-client-verify') ?? 'NONE') === 'NONE') {
    throw unauthorized('Partner endpoints require a TLS client certificate.', {
      wwwAuthenticate: 'MutualTLS realm="partner"',
    })
  }
  next()
})
app.use(problemHandler())
