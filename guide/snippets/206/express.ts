import express from 'express'

const app = express()
// res.sendFile (the send module) handles Range, If-Range, 206 and 416 itself,
// with Content-Range, Accept-Ranges and ETag.
app.get('/videos/:name', (req, res, next) => {
  res.sendFile(req.params.name + '.mp4', { root: '/srv/videos', acceptRanges: true }, (err) => {
    if (err) next(err)
  })
})
app.listen(3000)
