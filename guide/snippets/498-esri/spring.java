// RestClient call with one token refresh on Esri 498 (status or body code).
JsonNode body = restClient.get().uri(url).header("X-Esri-Authorization", "Bearer " + tokens.current())
    .exchange((req, res) -> {
        JsonNode json = res.bodyTo(JsonNode.class);
        boolean invalid = res.getStatusCode().value() == 498 || json.path("error").path("code").asInt() == 498;
        return invalid ? null : json;
    });
if (body == null) {
    tokens.refresh();
    body = restClient.get().uri(url).header("X-Esri-Authorization", "Bearer " + tokens.current())
        .retrieve().body(JsonNode.class);
}
