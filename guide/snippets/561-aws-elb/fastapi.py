from fastapi import FastAPI
from fastapi.responses import JSONResponse, RedirectResponse

app = FastAPI()

# In-app OIDC callback: map IdP errors to registered codes, never to 561.
@app.get("/auth/callback")
def callback(error: str | None = None):
    if error is None:
        return RedirectResponse("/", status_code=303)
    status = {"access_denied": 403, "temporarily_unavailable": 503}.get(error, 502)
    return JSONResponse({"type": "about:blank", "title": "Sign-in failed", "status": status,
                         "detail": f"The identity provider returned {error}."},
                        status_code=status, media_type="application/problem+json")
