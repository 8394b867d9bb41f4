"""The photo at the top of a content page (an activity, a programme, a
project), with its description for visitors who cannot see it.

A model subclasses LeadImage and declares `image = lead_image_field(folder)`
for the folder its uploads go to; the description is translated in the
app's translation.py.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from core.fields import CleanImageField
from core.images import RandomName, with_upload_limits

# A lead image shows at most 720 CSS pixels wide on its page and 360 on
# cards and phones: these cover 1x to 2x screens for both.
LEAD_IMAGE_WIDTHS = (360, 720, 1080, 1440)


def lead_image_field(folder):
    return CleanImageField(
        _("image"),
        upload_to=RandomName(folder),
        blank=True,
        variant_widths=LEAD_IMAGE_WIDTHS,
        width_field="image_width",
        height_field="image_height",
        help_text=with_upload_limits(_("A JPEG, PNG or WebP photo, at most %(megabytes)s MB.")),
    )


class LeadImage(models.Model):
    image_width = models.PositiveIntegerField(null=True, editable=False)
    image_height = models.PositiveIntegerField(null=True, editable=False)
    image_alt = models.CharField(
        _("image description"),
        max_length=300,
        blank=True,
        help_text=_(
            "What the photo shows, for visitors who cannot see it. Required with an image."
        ),
    )

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        # Uzbek is the required language; the others fall back to it.
        alt_field = build_localized_fieldname("image_alt", "uz")
        if self.image and not (getattr(self, alt_field) or "").strip():
            raise ValidationError(
                {
                    alt_field: _(
                        "Describe the image for visitors who cannot see it, or remove the image."
                    )
                },
                code="image_without_description",
            )

    def image_height_at(self, width):
        """The image's height shown `width` CSS pixels wide, keeping its proportions."""
        if not (self.image_width and self.image_height):
            return round(width * 2 / 3)
        return max(1, round(width * self.image_height / self.image_width))
