from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()
PRIMARY = "https://eu-1.api.example.com"

@app.put("/documents/{doc_id}")
async def update_document(doc_id: str):
    # Redirect before reading the body, so the client re-sends it unchanged.
    return RedirectResponse(f"{PRIMARY}/documents/{doc_id}", status_code=307,
                            headers={"Cache-Control": "no-store"})
