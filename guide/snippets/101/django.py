# WSGI cannot switch protocols. With Channels on an ASGI server (daphne, uvicorn)
# the server writes 101 Switching Protocols when the consumer accepts.
from channels.generic.websocket import WebsocketConsumer

class EchoConsumer(WebsocketConsumer):
    def connect(self):
        if self.scope["user"].is_anonymous:
            self.close()  # handshake refused: the server answers 403, not 101
            return
        self.accept()  # the server sends 101 with Upgrade: websocket

    def receive(self, text_data=None, bytes_data=None):
        self.send(text_data=text_data)
