@PostMapping("/orders")
ResponseEntity<Order> create(@RequestBody NewOrder request, UriComponentsBuilder uri) {
    Order order = orders.create(request);
    URI location = uri.path("/orders/{id}").buildAndExpand(order.id()).toUri();
    return ResponseEntity.created(location).eTag("1").body(order);
}
