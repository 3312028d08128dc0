# While building the multistatus body for a Depth: infinity PROPFIND:
def response_for(collection, href: str, seen: set[str]) -> str:
    if collection.resource_id in seen:
        return (f"<D:response><D:href>{href}</D:href><D:propstat><D:prop/>"
                "<D:status>HTTP/1.1 208 Already Reported</D:status></D:propstat></D:response>")
    seen.add(collection.resource_id)
    return full_listing(collection, href, seen)
