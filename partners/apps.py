from django.utils.translation import gettext_lazy as _

from core import content
from core.navigation import Section


class PartnersConfig(content.ContentAppConfig):
    name = "partners"
    verbose_name = _("Partner institutions")
    navigation = Section(_("Partners"), "partners:list", position=20)
