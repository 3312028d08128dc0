// gRPC needs HTTP/2 from client to ALB: an HTTPS listener plus a GRPC target group.
// Plain net/http client calling a gRPC path over HTTP/1.1 gets 464:
resp, err := http.Post("https://api.example.com/orders.v1.Orders/List", "application/grpc", body)
if err == nil && resp.StatusCode == 464 {
	log.Print("ALB 464: protocol mismatch; use a gRPC client (HTTP/2)")
}
