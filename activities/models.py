"""The department's activities: its news, each published at a chosen time.

The body is Markdown, not HTML from a rich-text widget: a plain textarea
works under our strict CSP with no editor script to vet or update, the
source that staff and versions see is readable text, and a translator
translates words, not tags. The source is kept per language (`body`) and
so is its HTML (`body_html`), rendered and sanitised with nh3 on every save
(activities.body: paragraphs, links, lists and emphasis, nothing else).
Pages show the stored HTML after cleaning it once more, so a row written
past save() (an update(), a restored old version) cannot bring in markup.
"""

from django.conf import settings
from django.db import models
from django.db.models import F, Prefetch, Q
from django.db.models.functions import ExtractYear
from django.db.models.signals import pre_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname, resolution_order

from activities.body import render_body
from activities.kinds import Kind
from core.constraint_errors import ConstraintErrorsOnFieldsMixin
from core.lead_image import LeadImage, lead_image_field
from core.slugs import remembers_old_slugs
from partners.models import Partner
from programs.models import Project
from search.indexes import search_indexes, searchable


class PublicationStatus(models.TextChoices):
    DRAFT = "draft", _("draft")
    SCHEDULED = "scheduled", _("scheduled")
    PUBLISHED = "published", _("published")


class ActivityQuerySet(models.QuerySet):
    def published(self):
        """Public now: a publication time that has come. No cron publishes a
        scheduled activity; every query asks the clock."""
        return self.filter(published_at__lte=timezone.now())

    def drafts(self):
        return self.filter(published_at__isnull=True)

    def scheduled(self):
        return self.filter(published_at__gt=timezone.now())

    def newest_first(self):
        return self.order_by("-starts_on", "-published_at", "-id")

    def of_kind(self, kind):
        return self.filter(kind=kind) if kind else self

    def in_year(self, year):
        return self.filter(starts_on__year=year) if year else self

    def kinds_and_years(self):
        """The distinct (kind, year) pairs, for the list's filter menus, in one query."""
        return set(
            self.order_by()
            .annotate(year=ExtractYear("starts_on"))
            .values_list("kind", "year")
            .distinct()
        )

    def for_page(self):
        """With the active partners and the projects an activity page links to."""
        return self.prefetch_related(
            Prefetch("partners", queryset=Partner.objects.active(), to_attr="public_partners"),
            Prefetch("projects", queryset=Project.objects.for_page(), to_attr="project_list"),
        )

    def next_publication(self, now):
        """The earliest publication time after `now`, or None."""
        return (
            self.filter(published_at__gt=now)
            .order_by("published_at")
            .values_list("published_at", flat=True)
            .first()
        )


# The body's Markdown source is searched: its few marks (*, [, ]) are no words.
ACTIVITY_SEARCHED_FIELDS = {"title": "A", "summary": "B", "place": "C", "body": "D"}


@searchable(ACTIVITY_SEARCHED_FIELDS)
@remembers_old_slugs
class Activity(ConstraintErrorsOnFieldsMixin, LeadImage):
    Kind = Kind

    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        unique=True,
        help_text=_(
            "The end of the page’s address. A changed slug keeps the old address working."
        ),
    )
    starts_on = models.DateField(
        _("date"), db_index=True, help_text=_("The day it took place, or its first day.")
    )
    ends_on = models.DateField(
        _("last day"),
        null=True,
        blank=True,
        help_text=_("Only for activities that lasted several days."),
    )
    place = models.CharField(_("place"), max_length=200, blank=True)
    summary = models.TextField(
        _("summary"),
        help_text=_("One or two sentences: shown in lists, in the feed and to search engines."),
    )
    body = models.TextField(
        _("text"),
        blank=True,
        help_text=_(
            "Separate paragraphs with an empty line. *Emphasis*, **strong**, "
            "[a link](https://example.org) and lists with “- ” or “1. ” at the start of "
            "lines. Links must start with https://, http:// or mailto:. Anything else is "
            "shown as plain text."
        ),
    )
    # body rendered and sanitised, per language; written on save only. Plain
    # columns, not modeltranslation's: no one types them, so the translation
    # status must not count them as text to translate.
    body_html_uz = models.TextField(_("text as shown, in Uzbek"), editable=False, blank=True)
    body_html_ru = models.TextField(_("text as shown, in Russian"), editable=False, blank=True)
    body_html_en = models.TextField(_("text as shown, in English"), editable=False, blank=True)
    image = lead_image_field("activities")
    partners = models.ManyToManyField(
        Partner,
        related_name="activities",
        blank=True,
        verbose_name=_("partner institutions"),
    )
    projects = models.ManyToManyField(
        Project,
        related_name="activities",
        blank=True,
        verbose_name=_("projects"),
    )
    published_at = models.DateTimeField(
        _("published at"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_(
            "Empty: a draft only staff see. A time in the future: the activity appears "
            "on the site by itself at that time."
        ),
    )

    objects = ActivityQuerySet.as_manager()

    class Meta:
        ordering = ["-starts_on", "-published_at", "-id"]
        indexes = search_indexes("activity")
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True) | Q(ends_on__gte=F("starts_on")),
                name="activity_ends_after_it_starts",
                violation_error_message=_(
                    "An activity cannot end before it starts: choose a last day on or after "
                    "its date."
                ),
                violation_error_code="ends_before_it_starts",
            ),
        ]

    constraint_error_fields = {"ends_before_it_starts": "ends_on"}

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("activities:detail", kwargs={"slug": self.slug})

    @property
    def publication_status(self):
        if self.published_at is None:
            return PublicationStatus.DRAFT
        if self.published_at > timezone.now():
            return PublicationStatus.SCHEDULED
        return PublicationStatus.PUBLISHED

    @property
    def is_published(self):
        return self.publication_status == PublicationStatus.PUBLISHED

    @property
    def lasts_several_days(self):
        return self.ends_on is not None and self.ends_on != self.starts_on

    def render_body(self):
        """Fill each language's body_html from its body (save() does it)."""
        for code, _name in settings.LANGUAGES:
            source = getattr(self, build_localized_fieldname("body", code))
            setattr(self, build_localized_fieldname("body_html", code), render_body(source))

    def body_html_shown(self):
        """(language, sanitised HTML) of the body a page in the active
        language shows: its own, or the next in modeltranslation's fallback
        order that has one; ("", "") when no language has a body."""
        for language in resolution_order(get_language()):
            if (getattr(self, build_localized_fieldname("body", language)) or "").strip():
                return language, getattr(self, build_localized_fieldname("body_html", language))
        return "", ""


@receiver(pre_save, sender=Activity, dispatch_uid="activities-render-body")
def _render_body_before_saving(sender, instance, **kwargs):
    # pre_save, not save(): raw saves (a version restored, a fixture) pass
    # here too.
    instance.render_body()
