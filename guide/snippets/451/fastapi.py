from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.get("/articles/{article_id}")
def article(article_id: int):
    if is_withheld(article_id):
        return JSONResponse({"type": "https://example.com/probs/legal-block", "title": "Unavailable For Legal Reasons",
                             "status": 451, "detail": "Withheld under court order 2026-HC-113."},
                            status_code=451, media_type="application/problem+json",
                            headers={"Link": '<https://example.com/legal/takedowns>; rel="blocked-by"',
                                     "Cache-Control": "no-store"})
    return load_article(article_id)
