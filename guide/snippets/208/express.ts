import express from 'express'
import { Status } from 'statuskit'

// 208 only ever appears inside the 207 body, never as the response status.
const app = express()
app.propfind('/projects/', (_req, res) => {
  const xml = '<?xml version="1.0" encoding="utf-8"?>\n<D:multistatus xmlns:D="DAV:">' +
    '<D:response><D:href>/projects/shared/</D:href><D:propstat><D:prop><D:resourcetype><D:collection/></D:resourcetype></D:prop>' +
    '<D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>' +
    '<D:response><D:href>/projects/alias/</D:href><D:propstat><D:prop><D:resourcetype><D:collection/></D:resourcetype></D:prop>' +
    '<D:status>HTTP/1.1 208 Already Reported</D:status></D:propstat></D:response></D:multistatus>'
  res.status(Status.MULTI_STATUS).type('application/xml; charset=utf-8').send(xml)
})
app.listen(3000)
