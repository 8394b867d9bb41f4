"""Which apps hold the site's content, as each app declares it.

A content app's AppConfig subclasses ContentAppConfig. That one line is how
shared features find it: the page cache empties when its models change,
the staff groups get permissions on its models, the seed loader runs its
`seed` module and the sitemap lists its `sitemaps` module. Nothing outside
the app names it.
"""

from importlib import import_module

from django.apps import AppConfig, apps
from django.utils.module_loading import module_has_submodule


class ContentAppConfig(AppConfig):
    """An app whose models are content that staff edit and visitors read.

    Subclass it as `content.ContentAppConfig` after `from core import
    content`: Django picks an app's config automatically only when its
    apps.py holds one AppConfig subclass, and an imported ContentAppConfig
    would be a second.
    """

    # A core.navigation.Section to list the app in the site's header, or None.
    navigation = None

    def next_scheduled_change(self, now):
        """The next moment after `now` at which one of this app's public pages
        changes by the clock alone (a publication time, a deadline), or None.
        The page cache keeps no page past it (core.schedule)."""
        return None


def content_apps():
    """The content apps, in INSTALLED_APPS order."""
    return [config for config in apps.get_app_configs() if isinstance(config, ContentAppConfig)]


def content_models():
    return [model for config in content_apps() for model in config.get_models()]


def content_app_modules(name):
    """Each content app's module `name` (seed, sitemaps...), where it has one."""
    return [
        import_module(f"{config.name}.{name}")
        for config in content_apps()
        if module_has_submodule(config.module, name)
    ]
