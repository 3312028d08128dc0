# Django has no WebDAV; a hand-written PROPFIND view answers with a multistatus.
from django.http import HttpResponse

MULTISTATUS = """<?xml version="1.0" encoding="utf-8"?>
<D:multistatus xmlns:D="DAV:">
  <D:response><D:href>/files/a.txt</D:href>
    <D:propstat><D:prop><D:getcontentlength>12</D:getcontentlength></D:prop>
      <D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>
</D:multistatus>"""

def files(request):
    if request.method == "PROPFIND":
        return HttpResponse(MULTISTATUS, status=207, content_type="application/xml; charset=utf-8")
    return HttpResponse(status=405, headers={"Allow": "PROPFIND"})
