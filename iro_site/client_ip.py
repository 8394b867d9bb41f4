"""The visitor's address, as login throttling needs it.

Behind TRUSTED_PROXY_COUNT reverse proxies, each appends the address it saw
to X-Forwarded-For: the client is the entry that many places from the right.
Entries further left are whatever the client sent, so never trusted. An
entry that is not an IP address (a client talking to gunicorn directly can
send anything) is not used: the connection's own address is, as django-axes
stores it in a PostgreSQL `inet` column and a made-up value would be a 500.
The count is only right when gunicorn is reachable through the proxies
alone (README, Security): a client that reaches it directly chooses the
entry read here.
"""

import ipaddress

from django.conf import settings


def client_ip(request):
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies and _is_ip_address(forwarded[-proxies]):
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR")


def _is_ip_address(text):
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True
