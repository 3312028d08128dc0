ResponseEntity<String> res = restClient.post().uri(storefrontUrl)
    .header("Shopify-Storefront-Private-Token", privateToken)
    .header("Shopify-Storefront-Buyer-IP", request.getRemoteAddr())
    .body(Map.of("query", query))
    .retrieve()
    .onStatus(s -> s.value() == 430, (req, resp) -> {
        throw new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE,
            ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "Shop temporarily refusing requests."), null);
    })
    .toEntity(String.class);
