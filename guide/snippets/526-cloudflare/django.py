# manage.py check: fail deploys whose origin certificate Full (strict) would reject (526).
import datetime
from cryptography import x509
from django.core.checks import Error, register

@register()
def origin_certificate(app_configs, **kwargs):
    cert = x509.load_pem_x509_certificate(open("/etc/ssl/cloudflare-origin.pem", "rb").read())
    names = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value.get_values_for_type(x509.DNSName)
    errors = []
    if cert.not_valid_after_utc < datetime.datetime.now(datetime.timezone.utc):
        errors.append(Error("origin certificate expired"))
    if "www.example.com" not in names:
        errors.append(Error("origin certificate does not cover www.example.com"))
    return errors
