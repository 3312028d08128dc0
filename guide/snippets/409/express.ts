import express from 'express'
import { conflict, preconditionFailed } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const doc = { version: 7, title: 'Draft' }
const etag = (): string => '"' + doc.version + '"'
const app = express()
app.use(express.json())
app.patch('/docs/42', (req, res) => {
  const ifMatch = req.get('if-match') // a failed HTTP precondition is 412, not 409
  if (ifMatch !== undefined && ifMatch !== etag()) throw preconditionFailed('Stale If-Match.', { headers: { etag: etag() } })
  if (ifMatch === undefined && req.body?.version !== doc.version) {
    throw conflict('You edited version ' + String(req.body?.version) + '; the document is at ' + doc.version + '.', {
      type: 'https://example.com/probs/version-conflict', title: 'Version conflict',
      extensions: { currentVersion: doc.version }, headers: { etag: etag() },
    })
  }
  doc.version += 1
  res.set('etag', etag()).json(doc)
})
app.use(problemHandler())
