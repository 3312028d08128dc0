// Client side with Spring's RestClient: present the certificate, or nginx answers 496 -> 400.
SSLContext ssl = SSLContextBuilder.create()
    .loadKeyMaterial(keyStore, keyPassword)   // the client certificate and key
    .loadTrustMaterial(trustStore, null)
    .build();
RestClient client = RestClient.builder()
    .requestFactory(new HttpComponentsClientHttpRequestFactory(httpClientWith(ssl)))
    .build();
