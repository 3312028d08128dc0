# Keep-alive longer than Cloudflare's connection reuse, plus a concurrency cap
# that answers 503 instead of leaving connections to time out (522):
#   uvicorn app:app --host 0.0.0.0 --port 80 --timeout-keep-alive 75 --limit-concurrency 500
from fastapi import FastAPI

app = FastAPI()
