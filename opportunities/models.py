"""Opportunities staff and students may apply for: grants, scholarships,
exchanges and calls, each with a deadline."""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.slugs import remembers_old_slugs
from opportunities.deadlines import HOURS_COUNTED_WITHIN, next_change_of_line
from search.indexes import search_indexes, searchable

# Paths under /opportunities/ that a slug must not take.
RESERVED_SLUGS = {"archive"}


def validate_not_reserved(slug):
    if slug in RESERVED_SLUGS:
        raise ValidationError(
            _("“%(slug)s” is the address of another page. Choose another slug."),
            code="reserved_slug",
            params={"slug": slug},
        )


class OpportunityQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def open(self, now):
        """Published opportunities whose deadline is still ahead, nearest first."""
        return self.published().filter(deadline__gt=now).order_by("deadline", "id")

    def closed(self, now):
        """Published opportunities whose deadline has passed, latest first."""
        return self.published().filter(deadline__lte=now).order_by("-deadline", "-id")

    def for_page(self):
        return self.select_related("program")

    def next_change_of_open_pages(self, now):
        """The first moment after `now` at which a page listing open
        opportunities changes by the clock: a deadline passes, or a
        "closes in ..." line changes. Two small queries, whatever the count."""
        open_ones = self.open(now).values_list("deadline", flat=True)
        soon = list(open_ones.filter(deadline__lte=now + HOURS_COUNTED_WITHIN))
        later = open_ones.filter(deadline__gt=now + HOURS_COUNTED_WITHIN).first()
        # Of the later ones, the nearest changes first: they all change at
        # midnight, and each one 6 hours before its deadline.
        moments = [next_change_of_line(deadline, now) for deadline in [*soon, later] if deadline]
        return min(moments, default=None)


OPPORTUNITY_SEARCHED_FIELDS = {"title": "A", "funder": "B", "description": "C"}


@searchable(OPPORTUNITY_SEARCHED_FIELDS)
@remembers_old_slugs
class Opportunity(models.Model):
    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(
        _("slug"), max_length=120, unique=True, validators=[validate_not_reserved]
    )
    funder = models.CharField(
        _("funder or programme"),
        max_length=300,
        blank=True,
        help_text=_("Who offers it, as visitors should read it: “European Commission”."),
    )
    program = models.ForeignKey(
        "programs.Program",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="opportunities",
        verbose_name=_("programme on this site"),
        help_text=_("If one of the programmes on this site offers it, its page is linked."),
    )
    for_students = models.BooleanField(_("students"), default=False)
    for_teaching_staff = models.BooleanField(_("teaching staff"), default=False)
    for_researchers = models.BooleanField(_("researchers"), default=False)
    for_administrative_staff = models.BooleanField(_("administrative staff"), default=False)
    deadline = models.DateTimeField(
        _("deadline"),
        db_index=True,
        help_text=_("Date and time in Tashkent (UTC+5). It leaves the list at this moment."),
    )
    apply_url = models.URLField(_("link to apply"), max_length=500)
    description = models.TextField(
        _("description"), blank=True, help_text=_("Separate paragraphs with an empty line.")
    )
    is_published = models.BooleanField(
        _("published"),
        default=True,
        help_text=_(
            "Only published opportunities are shown on the site. Untick it to prepare one; "
            "staff can preview it with “View on site”."
        ),
    )

    objects = OpportunityQuerySet.as_manager()

    class Meta:
        ordering = ["deadline", "id"]
        indexes = search_indexes("opportunity")
        verbose_name = _("opportunity")
        verbose_name_plural = _("opportunities")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("opportunities:detail", kwargs={"slug": self.slug})

    def get_calendar_url(self):
        return reverse("opportunities:detail-calendar", kwargs={"slug": self.slug})

    def is_open(self, now):
        return self.deadline > now

    @property
    def audiences(self):
        """Who may apply, as labels in the active language."""
        return [
            self._meta.get_field(name).verbose_name
            for name in AUDIENCE_FIELDS
            if getattr(self, name)
        ]


AUDIENCE_FIELDS = [
    "for_students",
    "for_teaching_staff",
    "for_researchers",
    "for_administrative_staff",
]
