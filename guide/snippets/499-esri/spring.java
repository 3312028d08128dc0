// Client side: add the token to every ArcGIS call so secured services do not answer 499.
RestClient gis = RestClient.builder()
    .baseUrl("https://gis.example.com/arcgis/rest/services")
    .requestInterceptor((req, body, exec) -> {
        req.getHeaders().set("X-Esri-Authorization", "Bearer " + tokens.current());
        return exec.execute(req, body);
    })
    .build();
