"""Agreements with partner institutions and the status their dates give them.

There is no status field: the status follows from the dates, on the day in
Tashkent, so nobody has to remember to change it. The dates are inclusive:
an agreement valid until 31 March is in force all of that day and expired
from 1 April. An agreement staff mark as signed but whose dates nobody
recorded (the department's page names its partners, not the dates) is "in
force, dates not recorded", never a guess.
"""

import datetime
from zoneinfo import ZoneInfo

from django.db import models
from django.db.models import F, Min, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from agreements.scans import PdfScanField, private_storage
from core.constraint_errors import ConstraintErrorsOnFieldsMixin
from core.images import RandomName
from partners.models import Partner

# The department's day: statuses change at midnight here, wherever the server is.
TASHKENT = ZoneInfo("Asia/Tashkent")
# An agreement whose last day is at most this many days away is "expiring".
EXPIRY_WARNING_DAYS = 90


def tashkent_today(now=None):
    return timezone.localtime(now or timezone.now(), TASHKENT).date()


def start_of_day(day):
    """The aware moment `day` begins in Tashkent."""
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=TASHKENT)


class Status(models.TextChoices):
    DRAFT = "draft", _("draft")
    NOT_YET_IN_FORCE = "not-yet-in-force", _("signed, not yet in force")
    IN_FORCE = "in-force", _("in force")
    IN_FORCE_UNDATED = "in-force-undated", _("in force, dates not recorded")
    EXPIRING = "expiring", _("in force, expiring within 90 days")
    EXPIRED = "expired", _("expired")


def status_conditions(today, prefix=""):
    """Each status as a Q, for agreements or (with prefix "agreements__")
    for the partners that have them. Status.of() says the same in Python."""

    def q(**lookups):
        return Q(**{prefix + name: value for name, value in lookups.items()})

    signed = q(is_signed=True)
    not_yet = q(valid_from__gt=today) | q(valid_from__isnull=True, signed_on__gt=today)
    started = (
        q(valid_from__lte=today)
        | q(valid_from__isnull=True, signed_on__lte=today)
        | q(valid_from__isnull=True, signed_on__isnull=True)
    )
    ends = q(renews_automatically=False, valid_until__isnull=False)
    # No negation: across a relation (prefix) it would become a subquery
    # asking something else ("no agreement that...").
    in_force = (
        signed
        & started
        & (q(renews_automatically=True) | q(valid_until__isnull=True) | q(valid_until__gte=today))
    )
    warning_until = today + datetime.timedelta(days=EXPIRY_WARNING_DAYS)
    return {
        Status.DRAFT: q(is_signed=False),
        Status.NOT_YET_IN_FORCE: signed & not_yet,
        "in_force": in_force,
        Status.EXPIRING: signed & started & ends & q(valid_until__range=(today, warning_until)),
        Status.EXPIRED: signed & started & ends & q(valid_until__lt=today),
    }


def in_force_condition(today=None, prefix=""):
    return status_conditions(today or tashkent_today(), prefix)["in_force"]


class Kind(models.TextChoices):
    COOPERATION = "cooperation", _("cooperation agreement")
    ACADEMIC_EXCHANGE = "academic-exchange", _("academic exchange")
    JOINT_PROGRAMME = "joint-programme", _("joint programme")
    MEMORANDUM = "memorandum", _("memorandum of understanding")
    OTHER = "other", _("other agreement")


class AgreementQuerySet(models.QuerySet):
    def in_force(self, today=None):
        """In force today, dated or not, expiring or not."""
        return self.filter(in_force_condition(today))

    def with_status(self, status, today=None):
        today = today or tashkent_today()
        conditions = status_conditions(today)
        if status == Status.IN_FORCE:
            dated = (
                Q(is_open_ended=True) | Q(renews_automatically=True) | Q(valid_until__isnull=False)
            )
            return self.filter(conditions["in_force"] & dated).exclude(conditions[Status.EXPIRING])
        if status == Status.IN_FORCE_UNDATED:
            return self.filter(
                conditions["in_force"],
                is_open_ended=False,
                renews_automatically=False,
                valid_until__isnull=True,
            )
        return self.filter(conditions[status])

    def expiring(self, today=None):
        return self.with_status(Status.EXPIRING, today)

    def expired_but_partner_shown(self, today=None):
        """Expired agreements of partners the site still shows although
        nothing of theirs is in force: someone must renew or hide them."""
        today = today or tashkent_today()
        partners_in_force = Partner.objects.filter(in_force_condition(today, "agreements__"))
        return (
            self.with_status(Status.EXPIRED, today)
            .filter(partner__is_active=True)
            .exclude(partner__in=partners_in_force)
        )

    def for_lists(self):
        return self.select_related("partner")

    def next_change_after(self, now):
        """The first midnight in Tashkent after `now` when some agreement
        starts or stops being in force (None: no such day is recorded)."""
        today = tashkent_today(now)
        firsts = self.filter(is_signed=True).aggregate(
            starts=Min("valid_from", filter=Q(valid_from__gt=today)),
            signed=Min("signed_on", filter=Q(valid_from__isnull=True, signed_on__gt=today)),
            last_day=Min(
                "valid_until",
                filter=Q(valid_until__gte=today, renews_automatically=False),
            ),
        )
        days = [day for day in (firsts["starts"], firsts["signed"]) if day]
        if firsts["last_day"]:
            days.append(firsts["last_day"] + datetime.timedelta(days=1))
        return start_of_day(min(days)) if days else None


class Agreement(ConstraintErrorsOnFieldsMixin, models.Model):
    partner = models.ForeignKey(
        Partner,
        # Deleted with its partner, and recovered with it (core.history).
        on_delete=models.CASCADE,
        related_name="agreements",
        verbose_name=_("partner institution"),
    )
    kind = models.CharField(
        _("type"), max_length=30, choices=Kind.choices, default=Kind.COOPERATION
    )
    title = models.CharField(
        _("title"),
        max_length=300,
        blank=True,
        help_text=_("Leave empty to call it by its type and partner."),
    )
    number = models.CharField(_("number"), max_length=60, blank=True)
    is_signed = models.BooleanField(
        _("signed"),
        default=False,
        help_text=_(
            "Tick when both sides have signed, even if the date is not known. "
            "Unticked, the agreement is a draft."
        ),
    )
    signed_on = models.DateField(_("signed on"), null=True, blank=True)
    valid_from = models.DateField(
        _("valid from"),
        null=True,
        blank=True,
        help_text=_("Empty: in force from the day it was signed."),
    )
    valid_until = models.DateField(
        _("valid until"), null=True, blank=True, help_text=_("The last day it is in force.")
    )
    is_open_ended = models.BooleanField(
        _("open-ended"), default=False, help_text=_("Tick when the agreement has no end date.")
    )
    renews_automatically = models.BooleanField(_("renews automatically"), default=False)
    responsible_here = models.CharField(
        _("responsible at the Institute"), max_length=300, blank=True
    )
    responsible_there = models.CharField(
        _("responsible at the partner institution"), max_length=300, blank=True
    )
    notes = models.TextField(_("notes"), blank=True)
    scan = PdfScanField(
        _("signed scan"),
        upload_to=RandomName("agreements"),
        storage=private_storage,
        blank=True,
        max_length=200,
    )

    objects = AgreementQuerySet.as_manager()

    constraint_error_fields = {
        "ends_before_it_starts": "valid_until",
        "open_ended_with_end": "is_open_ended",
        "signed_date_but_draft": "is_signed",
    }

    class Meta:
        ordering = ["partner__position", "partner_id", "-signed_on", "id"]
        verbose_name = _("agreement")
        verbose_name_plural = _("agreements")
        permissions = [("open_signed_scan", _("Can open signed scans"))]
        constraints = [
            models.CheckConstraint(
                condition=Q(valid_until__isnull=True)
                | Q(valid_from__isnull=True)
                | Q(valid_until__gte=F("valid_from")),
                name="agreement_ends_after_it_starts",
                violation_error_message=_(
                    "An agreement cannot end before it starts: choose a last day on or "
                    "after the first."
                ),
                violation_error_code="ends_before_it_starts",
            ),
            models.CheckConstraint(
                condition=Q(is_open_ended=False) | Q(valid_until__isnull=True),
                name="agreement_open_ended_has_no_end",
                violation_error_message=_(
                    "An open-ended agreement has no last day: untick “open-ended” or "
                    "clear “valid until”."
                ),
                violation_error_code="open_ended_with_end",
            ),
            models.CheckConstraint(
                condition=Q(is_signed=True) | Q(signed_on__isnull=True),
                name="agreement_with_signing_date_is_signed",
                violation_error_message=_(
                    "An agreement with a signing date is signed: tick “signed” or clear the date."
                ),
                violation_error_code="signed_date_but_draft",
            ),
        ]

    def __str__(self):
        if self.title:
            return self.title
        return f"{self.get_kind_display()}: {self.partner}"

    def get_absolute_url(self):
        """Its only page is its admin form: never public. Having a page also
        keeps its versions its own (core.history): restoring a partner
        must not turn its agreements back."""
        return reverse("admin:agreements_agreement_change", args=[self.pk])

    def status(self, today=None):
        """This agreement's Status on `today` (Tashkent's today by default)."""
        today = today or tashkent_today()
        if not self.is_signed:
            return Status.DRAFT
        start = self.valid_from or self.signed_on
        if start and today < start:
            return Status.NOT_YET_IN_FORCE
        if self.valid_until is None:
            if self.is_open_ended or self.renews_automatically:
                return Status.IN_FORCE
            return Status.IN_FORCE_UNDATED
        if self.renews_automatically:
            return Status.IN_FORCE
        if today > self.valid_until:
            return Status.EXPIRED
        if (self.valid_until - today).days <= EXPIRY_WARNING_DAYS:
            return Status.EXPIRING
        return Status.IN_FORCE
