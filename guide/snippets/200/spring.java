@GetMapping("/orders/{id}")
ResponseEntity<Order> get(@PathVariable String id) {
    return orders.findById(id)
        .map(order -> ResponseEntity.ok()
            .eTag(Long.toString(order.version()))
            .cacheControl(CacheControl.maxAge(Duration.ofSeconds(60)).cachePrivate())
            .body(order))
        .orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND));
}
