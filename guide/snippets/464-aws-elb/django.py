# AWS CLI: route gRPC to its own target group, everything else to HTTP/1.1.
#   aws elbv2 create-rule --listener-arn $LISTENER --priority 10 \
#     --conditions Field=http-header,HttpHeaderConfig='{HttpHeaderName=content-type,Values=["application/grpc*"]}' \
#     --actions Type=forward,TargetGroupArn=$GRPC_TG
# Django stays on the HTTP1 target group (default action).
