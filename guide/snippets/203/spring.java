// Origin side: Cache-Control: no-transform keeps intermediaries from modifying the body.
@GetMapping(value = "/invoices/{id}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
ResponseEntity<byte[]> invoice(@PathVariable String id) {
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noTransform().cachePrivate())
        .body(invoices.pdf(id));
}
