from django.utils.translation import gettext_lazy as _

from core import content
from core.navigation import Section


class ProgramsConfig(content.ContentAppConfig):
    name = "programs"
    verbose_name = _("International programmes")
    navigation = Section(_("Programmes"), "programs:list", position=30)
