from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IroSiteConfig(AppConfig):
    """The project package doubles as an app for site-wide pieces: the seed
    loader, the template tags shared by every page and the staff groups."""

    name = "iro_site"
    verbose_name = _("Site")
