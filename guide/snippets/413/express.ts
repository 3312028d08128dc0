import express from 'express'
import { contentTooLarge } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const MAX = 5 * 1024 * 1024
const app = express()
app.post('/avatars', (req, res) => {
  if (Number(req.get('content-length') ?? 0) > MAX) {
    throw contentTooLarge('Avatars are limited to 5 MiB.', {
      extensions: { maxBytes: MAX },
      headers: { connection: 'close' },
    })
  }
  req.resume().on('end', () => { res.status(201).end() })
})
app.use(problemHandler()) // express.json({ limit }) overflows also become 413 problems
