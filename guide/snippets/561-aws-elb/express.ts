import express from 'express'
import { problem, serviceUnavailable } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// In-app OIDC callback: map IdP errors (RFC 6749 §4.1.2.1) to registered codes, never to 561.
const app = express()
app.get('/auth/callback', (req, res) => {
  const error = typeof req.query.error === 'string' ? req.query.error : undefined
  if (error === 'access_denied') throw problem(403, 'Sign-in was denied at the identity provider.')
  if (error === 'temporarily_unavailable') throw serviceUnavailable('The identity provider is unavailable.', { retryAfter: 30 })
  if (error !== undefined) throw problem(502, 'The identity provider returned an error.')
  res.redirect(303, '/')
})
app.use(problemHandler())
