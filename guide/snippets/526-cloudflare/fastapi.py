# Validate the origin certificate at startup; Full (strict) rejects expired or mismatched ones (526).
import datetime
from cryptography import x509
from fastapi import FastAPI

cert = x509.load_pem_x509_certificate(open("/etc/ssl/cloudflare-origin.pem", "rb").read())
names = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value.get_values_for_type(x509.DNSName)
if cert.not_valid_after_utc < datetime.datetime.now(datetime.timezone.utc):
    raise SystemExit("origin certificate expired")
if "www.example.com" not in names:
    raise SystemExit("origin certificate does not cover www.example.com")

app = FastAPI()
