// Never emit 305. When calling an upstream, refuse to act on it.
ResponseEntity<String> upstream = restClient.get().uri("https://partner.example.com/items/{id}", id)
    .retrieve().onStatus(status -> status.value() == 305, (request, response) -> {
        throw new IllegalStateException("Upstream answered 305 Use Proxy; not followed.");
    })
    .toEntity(String.class);
