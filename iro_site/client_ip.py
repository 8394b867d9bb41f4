"""The visitor's address, as login throttling needs it.

Behind TRUSTED_PROXY_COUNT reverse proxies, each appends the address it saw
to X-Forwarded-For: the client is the entry that many places from the right.
Entries further left are whatever the client sent, so never trusted.
"""

from django.conf import settings


def client_ip(request):
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR")
