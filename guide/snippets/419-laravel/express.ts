import express from 'express'
import { forbidden } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// The standard equivalent of Laravel's 419: 403 with a specific problem type.
const app = express()
app.post('/profile', express.urlencoded({ extended: false }), (req, res) => {
  const session = req.get('x-session-csrf') // stand-in for the session's stored token
  if (session === undefined || req.get('x-csrf-token') !== session) {
    throw forbidden('The form expired or was opened in another session; reload it and submit again.', {
      type: 'https://example.com/probs/csrf-token-mismatch',
    })
  }
  res.redirect(303, '/profile')
})
app.use(problemHandler())
