// While building the multistatus for Depth: infinity:
String responseFor(Collection collection, String href, Set<String> seen) {
    if (!seen.add(collection.resourceId())) {
        return "<D:response><D:href>" + href + "</D:href><D:propstat><D:prop/>"
            + "<D:status>HTTP/1.1 208 Already Reported</D:status></D:propstat></D:response>";
    }
    return fullListing(collection, href, seen);
}
