# Athena query over ALB access logs: which endpoints do callers abandon?
QUERY = """
SELECT request_url, count(*) AS aborted, approx_percentile(target_processing_time, 0.5) AS p50
FROM alb_logs
WHERE elb_status_code = 460 AND day = '2026/11/25'
GROUP BY request_url ORDER BY aborted DESC LIMIT 20
"""
