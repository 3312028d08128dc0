// Spring never sends 444. Observe nginx drops by logging the status in nginx:
//   log_format drops '$remote_addr "$host" "$request" $status';
//   access_log /var/log/nginx/drops.log drops if=$is_444;   (map $status $is_444 { 444 1; default 0; })
@ExceptionHandler(UnknownHostException.class)
ProblemDetail onUnknownHost(UnknownHostException ex) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.MISDIRECTED_REQUEST, "This server does not serve that host.");
}
