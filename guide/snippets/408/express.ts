import express from 'express'
import { requestTimeout } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
app.post('/upload', (req, res, next) => {
  const chunks: Buffer[] = []
  const timer = setTimeout(() => {
    req.pause() // stop reading; problemHandler sends the 408 and the socket is closed
    next(requestTimeout('The upload did not arrive within 30 s.', { headers: { connection: 'close' } }))
  }, 30_000)
  req.on('data', (chunk: Buffer) => chunks.push(chunk))
  req.on('end', () => { clearTimeout(timer); res.status(201).json({ bytes: Buffer.concat(chunks).length }) })
})
app.use(problemHandler())
