import express from 'express'
import { Status } from 'statuskit'

const app = express()
app.propfind('/files/', (_req, res) => {
  const xml = '<?xml version="1.0" encoding="utf-8"?>\n<D:multistatus xmlns:D="DAV:">' +
    '<D:response><D:href>/files/a.txt</D:href><D:propstat>' +
    '<D:prop><D:getcontentlength>12</D:getcontentlength></D:prop>' +
    '<D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response></D:multistatus>'
  res.status(Status.MULTI_STATUS).type('application/xml; charset=utf-8').send(xml)
})
app.listen(3000)
