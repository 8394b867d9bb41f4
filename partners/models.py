"""Partner institutions abroad."""

from collections import Counter
from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.conf import settings
from django.db import models
from django.db.models import Exists, OuterRef, Prefetch
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from core.fields import CleanImageField
from core.images import RandomName, with_upload_limits
from core.slugs import remembers_old_slugs
from partners.countries import country_name
from search.indexes import search_indexes, searchable

# Searched text and its weight, A (titles) to D (search.indexes).
PARTNER_SEARCHED_FIELDS = {"name": "A", "city": "B", "cooperation": "C"}

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
    # Of `count`, the partners with an agreement in force (when loaded
    # with_agreements_in_force, or counted that way).
    in_force_count: int = 0

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
            group.in_force_count += bool(partner.kinds_in_force)
        return list(groups.values())

    def counted_by_country(self):
        """Each country and its number of partners, in the order of
        grouped_by_country, without loading the partners themselves."""
        counts = Counter(self.values_list("country", flat=True))
        return [CountryGroup(code, count, in_force_count=count) for code, count in counts.items()]

    # What a partner's own page adds to its card ---------------------------

    def with_page_says_more(self, today=None):
        """Each partner with `page_says_more`: whether its page shows
        anything its card on the list does not (page_says_more_condition),
        in the partners' own query."""
        return self.annotate(
            page_says_more=models.ExpressionWrapper(
                page_says_more_condition(today), output_field=models.BooleanField()
            )
        )

    def whose_page_says_more(self, today=None):
        """Only partners whose page shows more than their card: the pages
        worth linking to and listing in the sitemap."""
        return self.filter(page_says_more_condition(today))

    def with_project_list(self):
        """Each partner with its projects in `project_list`, programme by
        programme, in one more query (the programs app's projects)."""
        from programs.models import Project

        return self.prefetch_related(
            models.Prefetch(
                "projects",
                queryset=Project.objects.for_page().with_page_says_more().in_programme_order(),
                to_attr="project_list",
            )
        )

    # Agreements (the agreements app) -------------------------------------

    def with_agreement_in_force(self, today=None):
        """Only partners with at least one agreement in force today."""
        from agreements.models import Agreement

        return self.filter(
            Exists(Agreement.objects.in_force(today).filter(partner=OuterRef("pk")))
        )

    def with_agreements_in_force(self, today=None):
        """Each partner with its signed agreements, each marked whether it
        is in force today, for `partner_since` and `kinds_in_force`: one
        more query, however many partners. Five EXISTS and a subquery in the
        partners' own query took 3.2 ms for the 16 seed partners against
        1.4 ms for the two queries, most of it Django compiling the SQL."""
        from agreements.models import Agreement, in_force_condition

        signed = (
            Agreement.objects.filter(is_signed=True)
            .annotate(is_in_force=in_force_condition(today))
            .only("partner", "kind", "signed_on", "valid_from")
            .order_by()
        )
        return self.prefetch_related(
            Prefetch("agreements", queryset=signed, to_attr="signed_agreements")
        )


@searchable(PARTNER_SEARCHED_FIELDS)
@remembers_old_slugs
class Partner(models.Model):
    name = models.CharField(_("name"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    country = CountryField(_("country"))
    city = models.CharField(_("city"), max_length=120, blank=True)
    website = models.URLField(_("website"), blank=True)
    cooperation = models.TextField(
        _("areas of cooperation"),
        blank=True,
        help_text=_(
            "What the institute and this partner do together: exchanges, joint projects, "
            "festivals, courses. Separate paragraphs with an empty line."
        ),
    )
    logo = CleanImageField(
        _("logo"),
        upload_to=RandomName("partners"),
        blank=True,
        variant_widths=LOGO_WIDTHS,
        help_text=with_upload_limits(_("A JPEG, PNG or WebP image, at most %(megabytes)s MB.")),
    )
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

    @property
    def partner_since(self):
        """The first day of its earliest signed agreement (None when no
        date is recorded, or unless loaded with
        PartnerQuerySet.with_agreements_in_force)."""
        first_days = [
            agreement.signed_on or agreement.valid_from
            for agreement in getattr(self, "signed_agreements", ())
        ]
        return min((day for day in first_days if day), default=None)

    @property
    def kinds_in_force(self):
        """The kinds of cooperation of its agreements in force, as
        (value, label), in the order the agreement types are listed
        (empty unless loaded with PartnerQuerySet.with_agreements_in_force)."""
        from agreements.models import Kind

        kinds = {
            agreement.kind
            for agreement in getattr(self, "signed_agreements", ())
            if agreement.is_in_force
        }
        return [(value, label) for value, label in Kind.choices if value in kinds]


def has_text(field_name):
    """Whether translated `field_name` has text in any language. Every
    language falls back to the others, so then a page in any language shows
    it; text of spaces alone is none, as {% translated %} sees it."""
    return reduce(
        or_,
        (models.Q(**{f"{field_name}_{code}__regex": r"\S"}) for code, _name in settings.LANGUAGES),
    )


def page_says_more_condition(today=None):
    """Whether a partner's page shows more than its card on the list.

    The card shows the logo, the name, the city and the year of the first
    agreement, under its country; the page adds the website, the areas of
    cooperation, the kinds of agreement in force, the projects and the
    published activities involving it. A page with none of these repeats
    the card, so the card does not link to it (the page still answers)."""
    from activities.models import Activity
    from agreements.models import Agreement

    return (
        ~models.Q(website="")
        | has_text("cooperation")
        | Exists(Agreement.objects.in_force(today).filter(partner=OuterRef("pk")))
        | Exists(Partner.projects.through.objects.filter(partner=OuterRef("pk")))
        | Exists(Activity.objects.published().filter(partners=OuterRef("pk")))
    )
