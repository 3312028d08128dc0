// Send the Link header on the final response; an Early Hints CDN turns it into 103.
@GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE)
ResponseEntity<String> home() {
    return ResponseEntity.ok()
        .header(HttpHeaders.LINK, "</app.css>; rel=preload; as=style")
        .body(renderer.render("home"));
}
