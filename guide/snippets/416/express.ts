import express from 'express'
import { rangeNotSatisfiable } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const file = Buffer.alloc(4_800_000)
const app = express()
app.get('/video.bin', (req, res) => {
  const ranges = req.range(file.length)
  if (ranges === -1) {
    throw rangeNotSatisfiable('The file is ' + file.length + ' bytes long.', { contentRange: 'bytes */' + file.length })
  }
  if (ranges === undefined || ranges === -2) { res.send(file); return } // no or invalid Range: full body
  const [first] = ranges
  if (first === undefined) { res.send(file); return }
  res.status(206).set('content-range', 'bytes ' + first.start + '-' + first.end + '/' + file.length)
  res.send(file.subarray(first.start, first.end + 1))
})
app.use(problemHandler())
