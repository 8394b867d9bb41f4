"""Partner institutions abroad."""

from collections import Counter
from dataclasses import dataclass, field

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from core.fields import CleanImageField
from core.images import RandomName, with_upload_limits
from core.slugs import remembers_old_slugs
from partners.countries import country_name
from search.indexes import search_indexes, searchable

# Searched text and its weight, A (titles) to D (search.indexes).
PARTNER_SEARCHED_FIELDS = {"name": "A", "city": "B"}

# Logos show at 64 CSS pixels in lists and 128 on their page.
LOGO_WIDTHS = (64, 128, 256)


@dataclass
class CountryGroup:
    """One country's partners, as a page lists or counts them.

    `partners` is filled when the page lists them, empty when it only counts.
    """

    code: str
    count: int = 0
    partners: list = field(default_factory=list)

    @property
    def name(self):
        return country_name(self.code)


class PartnerQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)

    def grouped_by_country(self):
        """The partners in groups of one country each, in one query.

        Groups come in the order of their first partner, so the order staff
        give partners in the admin also orders the countries.
        """
        groups = {}
        for partner in self:
            code = partner.country.code
            group = groups.setdefault(code, CountryGroup(code))
            group.partners.append(partner)
            group.count += 1
        return list(groups.values())

    def counted_by_country(self):
        """Each country and its number of partners, in the order of
        grouped_by_country, without loading the partners themselves."""
        counts = Counter(self.values_list("country", flat=True))
        return [CountryGroup(code, count) for code, count in counts.items()]


@searchable(PARTNER_SEARCHED_FIELDS)
@remembers_old_slugs
class Partner(models.Model):
    name = models.CharField(_("name"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    country = CountryField(_("country"))
    city = models.CharField(_("city"), max_length=120, blank=True)
    website = models.URLField(_("website"), blank=True)
    logo = CleanImageField(
        _("logo"),
        upload_to=RandomName("partners"),
        blank=True,
        variant_widths=LOGO_WIDTHS,
        help_text=with_upload_limits(_("A JPEG, PNG or WebP image, at most %(megabytes)s MB.")),
    )
    agreement_date = models.DateField(_("agreement signed on"), null=True, blank=True)
    is_active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Only active partners are shown on the site."),
    )
    position = models.PositiveIntegerField(_("display order"), default=0, db_index=True)

    objects = PartnerQuerySet.as_manager()

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("partner institution")
        verbose_name_plural = _("partner institutions")
        indexes = search_indexes("partner")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("partners:detail", kwargs={"slug": self.slug})

    @property
    def country_name(self):
        return country_name(self.country.code)
