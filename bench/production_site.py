"""The site as it runs in production, on this machine, for tools that look
at its pages from outside: `make lighthouse` (bench/lighthouse.py) and
`make screenshots` (docs/screenshots.py).

`production_site()` starts what `docker compose up` starts, without Docker:
a throwaway SQLite database with the seed and the demo content (bench/run.py's
`prepare_site`: migrate, load_seed, load_demo_content, collectstatic),
gunicorn with deploy/gunicorn.conf.py and DEBUG off (WhiteNoise serves the
hashed, compressed static files), and nginx in front with deploy/nginx.conf
itself, only its addresses and folders changed, so uploaded images (the
demo activities' pictures) are served as the shipped proxy serves them.
Everything listens on 127.0.0.1 and goes when the block ends.

Plain HTTP, no TLS: SECURE_SSL_REDIRECT is off, so there is no HSTS header
and the site's page cache stores nothing (it stores HTTPS pages only); every
page is rendered per request, which makes server response times a little
worse than production's, never better.

`public_pages()` names one URL of every public page type, found in that
database (the first partner, the newest activity...), not written here.
`python bench/production_site.py` starts the site and waits, for a look.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

# bench/ is no package: its modules import each other by name, and this
# one is also imported from docs/screenshots.py.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import (
    PYTHON,
    ROOT,
    Gunicorn,
    free_port,
    nginx,
    prepare_site,
    site_environment,
    wait_until_up,
)

# The page cache's production lifetime; it stores nothing over plain HTTP
# anyway (see above), but the setting is what production has.
PAGE_CACHE_SECONDS = 600


@dataclass
class Site:
    url: str  # http://127.0.0.1:<port>, nginx in front
    env: dict  # the environment gunicorn runs with (database, media...)
    workdir: Path


def ensure_nginx():
    if shutil.which("nginx"):
        return
    if os.geteuid() != 0:
        sys.exit("the production-like site needs nginx: apt-get install nginx-light")
    print("installing nginx-light from Debian's packages", flush=True)
    subprocess.run(["apt-get", "update", "-qq"], check=True)
    subprocess.run(
        ["apt-get", "install", "-y", "-qq", "nginx-light"],
        check=True,
        env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
    )


@contextmanager
def production_site(quiet=False):
    ensure_nginx()
    # Stopped with SIGTERM (a timeout, CI), still stop gunicorn and nginx.
    signal.signal(signal.SIGTERM, lambda number, frame: sys.exit(128 + number))
    with tempfile.TemporaryDirectory(prefix="iro-production-site-") as folder:
        workdir = Path(folder)
        env = site_environment(workdir, cache_seconds=PAGE_CACHE_SECONDS)
        if not quiet:
            print(f"preparing a production-like site in {workdir}", flush=True)
        prepare_site(env)
        server = Gunicorn("iro_site.wsgi", env, free_port())
        port = free_port()
        proxy = nginx(shipped_nginx_config(workdir, server.port, port), workdir, "proxy")
        url = f"http://127.0.0.1:{port}"
        try:
            wait_until_up(url + "/healthz")
            yield Site(url=url, env=env, workdir=workdir)
        finally:
            proxy.terminate()
            proxy.wait(timeout=15)
            server.stop()


# deploy/nginx.conf's lines that name the container world, and what they
# become here. Each must be found: a changed line stops the start.
NGINX_REPLACEMENTS = {
    "proxy_cache_path /var/cache/nginx/pages": "proxy_cache_path {workdir}/proxy-cache",
    "server app:8000;": "server 127.0.0.1:{app_port};",
    "listen 80;": "listen 127.0.0.1:{port};",
    "alias /srv/media/;": "alias {media}/;",
    "alias /srv/private/;": "alias {workdir}/private/;",
    # Behind port 80 or 443, $host is the whole host; on another port it
    # would drop the port from the absolute URLs the site writes (hreflang).
    "proxy_set_header Host $host;": "proxy_set_header Host $http_host;",
}


def shipped_nginx_config(workdir, app_port, port):
    config = (ROOT / "deploy" / "nginx.conf").read_text()
    values = {"workdir": workdir, "app_port": app_port, "port": port, "media": workdir / "media"}
    for shipped, local in NGINX_REPLACEMENTS.items():
        if shipped not in config:
            sys.exit(f"deploy/nginx.conf no longer has {shipped!r}: update {__file__}")
        config = config.replace(shipped, local.format(**values))
    # The shipped file is included in Debian's nginx.conf, which knows the
    # types of files (without them, images would go out as text/plain).
    return "include /etc/nginx/mime.types;\ndefault_type application/octet-stream;\n" + config


@dataclass
class PublicPage:
    name: str  # page type, also the screenshots' file name
    path: str
    status: int = 200


def public_pages(site, language="uz"):
    """One path of every public page type in `language`, from the site's database."""
    found = subprocess.run(
        [PYTHON, __file__, "--discover", language],
        cwd=ROOT,
        env=site.env,
        check=True,
        capture_output=True,
        text=True,
    )
    return [PublicPage(**page) for page in json.loads(found.stdout)]


def _discover(language):
    """Printed as JSON by `--discover`, inside the site's environment."""
    import django

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "iro_site.settings")
    django.setup()
    from django.urls import reverse
    from django.utils import timezone, translation

    from activities.models import Activity
    from opportunities.models import Opportunity
    from partners.models import Partner
    from programs.models import Program, Project

    with translation.override(language):
        searched_word = Program.objects.first().name.split()[0].strip("+.,")
        pages = [
            ("home", reverse("departments:home")),
            ("partners", reverse("partners:list")),
            # The fullest pages of their kind: what a page can say shows.
            ("partner", _fullest_partner(Partner).get_absolute_url()),
            ("programmes", reverse("programs:list")),
            ("project", _fullest_project(Project).get_absolute_url()),
            ("activities", reverse("activities:list")),
            ("activity", Activity.objects.published().newest_first().first().get_absolute_url()),
            ("opportunities", reverse("opportunities:list")),
            ("opportunity", Opportunity.objects.open(timezone.now()).first().get_absolute_url()),
            ("opportunity-archive", reverse("opportunities:archive")),
            ("search", f"{reverse('search:results')}?q={searched_word}"),
            ("accessibility", reverse("departments:accessibility")),
            ("not-found", f"/{language}/no-such-page/", 404),
        ]
    return [dict(zip(("name", "path", "status"), page, strict=False)) for page in pages]


def _fullest_partner(partner_model):
    """A partner that takes part in a project, else the first."""
    partners = partner_model.objects.active()
    return partners.filter(projects__isnull=False).first() or partners.first()


def _fullest_project(project_model):
    """A project with a lead image and partner institutions, else the first."""
    projects = project_model.objects.in_programme_order()
    fullest = projects.exclude(image="").filter(partners__isnull=False).first()
    return fullest or projects.first()


if __name__ == "__main__":
    if sys.argv[1:2] == ["--discover"]:
        print(json.dumps(_discover(sys.argv[2])))
    else:
        with production_site() as running:
            for page in public_pages(running):
                print(f"{running.url}{page.path}")
            print("serving until Ctrl+C")
            while True:
                time.sleep(3600)
