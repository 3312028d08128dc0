// A Spring Boot REST service sits behind an HTTP1 target group; a gRPC service
// (grpc-java) behind a target group with ProtocolVersion=GRPC. Health check for the gRPC one:
//   aws elbv2 modify-target-group --target-group-arn $GRPC_TG \
//     --health-check-path /grpc.health.v1.Health/Check --matcher GrpcCode=0
@GetMapping("/health")
Map<String, Boolean> health() { return Map.of("ok", true); }
