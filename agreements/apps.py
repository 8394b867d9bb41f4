from django.utils.translation import gettext_lazy as _

from core import content


class AgreementsConfig(content.ContentAppConfig):
    name = "agreements"
    verbose_name = _("Agreements")

    def next_scheduled_change(self, now):
        """Partner pages show what is in force: they change at the first
        midnight in Tashkent when an agreement starts or ends."""
        from agreements.models import Agreement

        return Agreement.objects.next_change_after(now)
