"""The site's settings with the new app installed: the one edit to settings."""

from iro_site.settings import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "tests.new_content_app"]  # noqa: F405
ROOT_URLCONF = "tests.new_content_app.root_urls"
