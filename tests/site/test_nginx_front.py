"""The shipped deploy/nginx.conf in front of a stand-in upstream that echoes
what it was sent: which scheme and address nginx passes on, and its limit on
sign-in attempts. Needs nginx-light (skipped without it, failing in CI)."""

import importlib.util
import json
import os
import shutil
import threading
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.conf import settings

from tests.servers import free_port

NGINX = "/usr/sbin/nginx"


class EchoHeaders(BaseHTTPRequestHandler):
    """Answers every request with the forwarding headers it arrived with."""

    def _answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        body = json.dumps(
            {name: self.headers.get(name) for name in ("X-Forwarded-Proto", "X-Forwarded-For")}
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Cache-Control", "no-store")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer

    def log_message(self, *arguments):
        pass


def bench_module():
    spec = importlib.util.spec_from_file_location("bench_run", settings.BASE_DIR / "bench/run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def shipped_nginx(tmp_path):
    if not shutil.which(NGINX):
        if os.environ.get("CI") == "true":
            pytest.fail(f"{NGINX} is missing: CI must install nginx-light to run this test.")
        pytest.skip(f"install Debian's nginx-light to run this test ({NGINX} missing)")
    upstream = ThreadingHTTPServer(("127.0.0.1", 0), EchoHeaders)
    threading.Thread(target=upstream.serve_forever, daemon=True).start()
    port = free_port()
    shipped = (settings.BASE_DIR / "deploy" / "nginx.conf").read_text()
    # Only what ties it to the compose network and the container's folders.
    local = (
        shipped.replace("server app:8000;", f"server 127.0.0.1:{upstream.server_port};")
        .replace("listen 80;", f"listen 127.0.0.1:{port};")
        .replace("/var/cache/nginx/pages", str(tmp_path / "pages"))
        .replace("/srv/media/", f"{tmp_path}/media/")
    )
    bench = bench_module()
    proxy = bench.nginx(local, tmp_path, "shipped")
    base = f"http://127.0.0.1:{port}"
    try:
        bench.wait_until_up(base + "/healthz", timeout=10)
        yield base
    finally:
        proxy.terminate()
        proxy.wait(timeout=10)
        upstream.shutdown()


def request(url, data=None, headers=None):
    try:
        with urllib.request.urlopen(
            urllib.request.Request(url, data=data, headers=headers or {}), timeout=5
        ) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


def test_a_visitors_own_forwarded_proto_is_replaced_by_the_scheme_nginx_saw(shipped_nginx):
    _status, _headers, body = request(
        shipped_nginx + "/en/", headers={"X-Forwarded-Proto": "https"}
    )

    assert json.loads(body)["X-Forwarded-Proto"] == "http"


def test_the_address_nginx_saw_is_the_last_forwarded_entry(shipped_nginx):
    _status, _headers, body = request(
        shipped_nginx + "/en/", headers={"X-Forwarded-For": "203.0.113.9"}
    )

    assert json.loads(body)["X-Forwarded-For"] == "203.0.113.9, 127.0.0.1"


def test_rapid_sign_in_attempts_get_a_429_with_retry_after(shipped_nginx):
    statuses = []
    for _ in range(10):
        status, headers, body = request(
            shipped_nginx + "/uz/admin/login/", data=b"username=editor&password=guess"
        )
        statuses.append(status)

    assert statuses[:6] == [200] * 6
    assert 429 in statuses
    assert headers["Retry-After"] == "1"
    assert "Too many requests" in body
    assert "Слишком много запросов" in body


def test_the_login_form_itself_is_not_limited(shipped_nginx):
    statuses = [request(shipped_nginx + "/uz/admin/login/")[0] for _ in range(15)]

    assert statuses == [200] * 15
