from django.utils.translation import gettext_lazy as _

from core import content


class PartnersConfig(content.ContentAppConfig):
    name = "partners"
    verbose_name = _("Partner institutions")
