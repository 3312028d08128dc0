@PostMapping("/orders")
ResponseEntity<Void> place(@ModelAttribute OrderForm form) {
    Order order = orders.place(form);
    return ResponseEntity.status(HttpStatus.SEE_OTHER)
        .location(URI.create("/orders/" + order.id() + "/confirmation"))
        .build();
}
