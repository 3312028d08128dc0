# Inside a PROPFIND view: report the second binding of a collection with 208.
ALREADY_REPORTED = """<D:response><D:href>{href}</D:href>
  <D:propstat><D:prop><D:resourcetype><D:collection/></D:resourcetype></D:prop>
  <D:status>HTTP/1.1 208 Already Reported</D:status></D:propstat></D:response>"""

def response_for(collection, href, seen):
    if collection.resource_id in seen:
        return ALREADY_REPORTED.format(href=href)  # no descendants follow
    seen.add(collection.resource_id)
    return full_listing(collection, href)
