@GetMapping("/feed")
ResponseEntity<List<Entry>> feed(@RequestHeader(value = "A-IM", defaultValue = "") String aIm,
                                 @RequestHeader(value = "If-None-Match", defaultValue = "\"0\"") String held) {
    long since = Long.parseLong(held.replace("\"", ""));
    long newest = entries.newestId();
    if (aIm.contains("feed") && since > 0 && since < newest) {
        return ResponseEntity.status(HttpStatus.IM_USED).eTag(Long.toString(newest))
            .header("IM", "feed").cacheControl(CacheControl.noStore()).body(entries.after(since));
    }
    return ResponseEntity.ok().eTag(Long.toString(newest)).body(entries.all());
}
