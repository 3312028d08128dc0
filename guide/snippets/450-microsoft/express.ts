import express from 'express'
import { forbidden } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// Age-restricted content: a standard 403 with a problem type, not 450.
const app = express()
app.get('/videos/:id', (req, res) => {
  if (req.get('x-account-age-verified') !== 'true') {
    throw forbidden('This video is restricted to verified adult accounts.', {
      type: 'https://example.com/probs/age-restricted',
    })
  }
  res.json({ id: req.params.id })
})
app.use(problemHandler())
