@RequestMapping(value = "/files/", method = RequestMethod.PROPFIND,
                produces = "application/xml;charset=UTF-8")
ResponseEntity<String> propfind(@RequestHeader(value = "Depth", defaultValue = "1") String depth) {
    String xml = dav.multistatus("/files/", depth); // one D:response per resource
    return ResponseEntity.status(HttpStatus.MULTI_STATUS).body(xml);
}
