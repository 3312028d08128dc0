@Configuration
@EnableWebSocket
class WebSocketConfig implements WebSocketConfigurer {
    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        // The handshake handler checks Upgrade and Sec-WebSocket-Key and answers 101;
        // a plain GET gets 400, a foreign Origin 403.
        registry.addHandler(new EchoHandler(), "/echo").setAllowedOrigins("https://app.example.com");
    }
}

class EchoHandler extends TextWebSocketHandler {
    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) throws Exception {
        session.sendMessage(message);
    }
}
