import express from 'express'
import { Status } from 'statuskit'

// Node has no API for a 104 interim response; a resumable-upload server must still
// answer offset retrieval on the upload resource named by the 104's Location.
const received = new Map<string, { offset: number; complete: boolean }>()
const app = express()
app.head('/uploads/:id', (req, res) => {
  const upload = received.get(req.params.id)
  if (upload === undefined) return void res.sendStatus(Status.NOT_FOUND)
  res.set({ 'upload-offset': String(upload.offset), 'upload-complete': upload.complete ? '?1' : '?0', 'cache-control': 'no-store' })
  res.status(Status.NO_CONTENT).end()
})
app.listen(3000)
