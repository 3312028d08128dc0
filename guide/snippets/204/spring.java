@DeleteMapping("/tokens/{id}")
ResponseEntity<Void> revoke(@PathVariable String id) {
    tokens.revoke(id);
    return ResponseEntity.noContent().build();
}
