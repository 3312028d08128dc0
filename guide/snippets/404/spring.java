@GetMapping("/orders/{id}")
ResponseEntity<Order> get(@PathVariable long id) {
    return orders.findById(id).map(ResponseEntity::ok).orElseThrow(() ->
        new ErrorResponseException(HttpStatus.NOT_FOUND,
            ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Order " + id + " does not exist."), null));
}
