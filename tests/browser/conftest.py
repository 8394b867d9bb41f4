"""Browser tests drive Debian's Chromium through Playwright.

On a machine without /usr/bin/chromium they are skipped with one loud line;
in CI (CI=true) a missing browser fails the run instead.
"""

import io
import os
import shutil

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

# Playwright's sync API runs an event loop in the test thread; Django would
# otherwise refuse database access from it.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(config, items):
    browser_items = [item for item in items if "browser" in item.keywords]
    if not browser_items or shutil.which(CHROMIUM):
        return
    if os.environ.get("CI") == "true":
        raise pytest.UsageError(f"{CHROMIUM} is missing: CI must run the browser tests.")
    reason = f"browser tests skipped: install Debian's chromium package ({CHROMIUM} missing)"
    config.get_terminal_writer().line(f"\n*** {reason} ***", yellow=True, bold=True)
    for item in browser_items:
        item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": CHROMIUM_FLAGS,
    }


@pytest.fixture
def site(live_server, transactional_db, settings):
    """The live site with the seed content loaded."""
    from django.core.management import call_command

    call_command("load_seed", stdout=io.StringIO())
    return live_server.url


@pytest.fixture
def site_with_demo(site):
    """The live site with the seed and the demo content (activities with
    images, opportunities): every kind of card is on some page."""
    from django.core.management import call_command

    call_command("load_demo_content", allow_production=True, stdout=io.StringIO())
    return site
