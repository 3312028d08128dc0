from fastapi import FastAPI
from fastapi.responses import Response

app = FastAPI()

# Origin side: forbid transformation by proxies.
@app.get("/invoices/{invoice_id}.pdf")
async def invoice(invoice_id: str):
    return Response(render_pdf(invoice_id), media_type="application/pdf",
                    headers={"Cache-Control": "private, no-transform"})
