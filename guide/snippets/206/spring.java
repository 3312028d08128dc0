// Spring MVC answers Range requests for a Resource body with 206 and Content-Range
// (multipart/byteranges for several ranges) and 416 for unsatisfiable ones.
@GetMapping("/videos/{name}")
ResponseEntity<Resource> video(@PathVariable String name) {
    Resource file = new FileSystemResource("/srv/videos/" + name + ".mp4");
    return ResponseEntity.ok().contentType(MediaType.valueOf("video/mp4")).body(file);
}
