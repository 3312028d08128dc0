from fastapi import FastAPI, Response, status

app = FastAPI()

@app.delete("/tokens/{token_id}", status_code=status.HTTP_204_NO_CONTENT)
async def revoke(token_id: str) -> Response:
    await tokens.revoke(token_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)  # never a JSON body
