# Client side: detect the ALB's 464 and report the protocol mismatch clearly.
import httpx

r = httpx.get("https://api.example.com/orders")
if r.status_code == 464:
    raise RuntimeError("ALB 464: this path is served by an HTTP/2 or gRPC target group; "
                       "use a gRPC client or fix the listener rule")
