import express from 'express'
import { forbidden } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// nginx: ssl_verify_client optional; proxy_set_header X-SSL-Client-Verify $ssl_client_verify;
const app = express()
app.use((req, _res, next) => {
  const verify = req.get('x-ssl-client-verify') ?? 'NONE'
  if (verify.startsWith('FAILED')) {
    throw forbidden('Your client certificate was rejected: ' + verify.slice(7) + '.', {
      type: 'https://example.com/probs/client-cert-rejected',
    })
  }
  next()
})
app.use(problemHandler())
