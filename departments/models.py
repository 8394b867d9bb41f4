"""The department, its head, its office hours and its goals."""

import re
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator, URLValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.dates import WEEKDAYS
from django.utils.translation import gettext_lazy as _

from core.constraint_errors import ConstraintErrorsOnFieldsMixin
from core.fields import CleanImageField
from core.images import RandomName, with_upload_limits
from core.phone_numbers import for_display, normalised, tel_uri
from core.slugs import remembers_old_slugs
from search.indexes import search_indexes, searchable

# Searched text and its weight, A (titles) to D (search.indexes).
DEPARTMENT_SEARCHED_FIELDS = {"name": "A", "introduction": "B", "about": "C"}
DEPARTMENT_HEAD_SEARCHED_FIELDS = {"full_name": "A", "position": "B", "bio": "C"}

# The photo shows at 88 CSS pixels: 1x, 2x and 3x screens.
PHOTO_WIDTHS = (88, 176, 264)
# The emblem shows at 48 CSS pixels high beside the site's name.
EMBLEM_WIDTHS = (48, 96, 144)
GEO_URI = re.compile(r"geo:-?[0-9]{1,2}(\.[0-9]+)?,-?[0-9]{1,3}(\.[0-9]+)?(;[a-z=0-9.]*)?", re.I)


def validate_map_link(value):
    """An OpenStreetMap address or a geo: URI: a link, never a script."""
    if GEO_URI.fullmatch(value):
        return
    message = _("Give an OpenStreetMap link (https://www.openstreetmap.org/…) or a geo: address.")
    URLValidator(schemes=["https"], message=message)(value)
    host = urlsplit(value).hostname or ""
    if host not in ("openstreetmap.org", "osm.org") and not host.endswith(
        (".openstreetmap.org", ".osm.org")
    ):
        raise ValidationError(message, code="not_openstreetmap")


class DepartmentQuerySet(models.QuerySet):
    def for_page(self):
        """The department with its head, for a page that shows one department.

        The page reads its office hours and goals once each: one query
        apiece. prefetch_related would run the same two queries with 0.7 ms
        more work per page (building the IN filter for a single row).
        """
        return self.select_related("head")

    def with_contacts(self):
        """With its head, phone numbers and social links, for the header and
        footer of every page and the home page's contact card."""
        return self.select_related("head").prefetch_related("phones", "social_links")

    def shown_on_home_page(self):
        """The department the home page shows: the first in staff order, or None."""
        return self.first()


@searchable(DEPARTMENT_SEARCHED_FIELDS)
@remembers_old_slugs
class Department(models.Model):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    institute = models.CharField(
        _("institute"),
        max_length=200,
        help_text=_("The institute’s full name, shown with the department’s on every page."),
    )
    introduction = models.TextField(
        _("introduction"),
        help_text=_("One or two sentences: shown under the title and to search engines."),
    )
    about = models.TextField(
        _("about the department"),
        help_text=_("Separate paragraphs with an empty line."),
    )
    projects_introduction = models.TextField(
        _("introduction to international projects"), blank=True
    )
    # Numbers are DepartmentPhone rows; this keeps what is not a number
    # (and text from before the rows that could not be read as numbers).
    phone = models.CharField(
        _("other phone details"),
        max_length=40,
        blank=True,
        help_text=_(
            "Not shown on the site. Phone numbers go in the phone numbers list, one per row."
        ),
    )
    email = models.EmailField(_("e-mail"), blank=True)
    address = models.CharField(
        _("postal address"),
        max_length=300,
        blank=True,
        help_text=_("Street, building, city and postcode, as on an envelope."),
    )
    room = models.CharField(
        _("room"), max_length=100, blank=True, help_text=_("Where visitors find the department.")
    )
    map_link = models.CharField(
        _("map link"),
        max_length=500,
        blank=True,
        validators=[validate_map_link],
        help_text=_(
            "An OpenStreetMap link to the building, or a geo: address such as "
            "geo:41.3111,69.2797. Pages load no map: visitors follow the link."
        ),
    )
    institute_website = models.URLField(
        _("institute’s website"), blank=True, help_text=_("The institute’s main site.")
    )
    emblem = CleanImageField(
        _("emblem"),
        upload_to=RandomName("emblems"),
        blank=True,
        variant_widths=EMBLEM_WIDTHS,
        validators=[
            FileExtensionValidator(
                ["png", "webp"],
                message=_(
                    "The emblem must be a PNG or WebP image, so that it can be transparent."
                ),
            )
        ],
        help_text=with_upload_limits(
            _(
                "The institute’s emblem, a PNG or WebP image at most %(megabytes)s MB, "
                "shown beside the site’s name at the top of every page."
            )
        ),
    )
    position = models.PositiveIntegerField(
        _("display order"),
        default=0,
        help_text=_("The first department is the one shown on the home page."),
    )

    objects = DepartmentQuerySet.as_manager()

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("department")
        verbose_name_plural = _("departments")
        indexes = search_indexes("department")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("departments:detail", kwargs={"slug": self.slug})


class DepartmentPhone(models.Model):
    """One phone number: several numbers are several rows, each its own link."""

    department = models.ForeignKey(
        Department,
        on_delete=models.CASCADE,
        related_name="phones",
        verbose_name=_("department"),
    )
    number = models.CharField(
        _("phone number"),
        max_length=20,
        help_text=_(
            "One number, e.g. +998 71 230-28-16; without a country code it is read as Uzbek."
        ),
    )
    position = models.PositiveIntegerField(_("display order"), default=0, db_index=True)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("phone number")
        verbose_name_plural = _("phone numbers")
        constraints = [
            models.UniqueConstraint(
                fields=["department", "number"],
                name="department_phone_number_listed_once",
                violation_error_message=_("This phone number is already in the list."),
            ),
        ]

    def __str__(self):
        return self.display

    def clean(self):
        # Stored in E.164, so the same number typed two ways is one number.
        try:
            self.number = normalised(self.number)
        except ValidationError as error:
            raise ValidationError({"number": error}) from error

    @property
    def display(self):
        return for_display(self.number)

    @property
    def uri(self):
        return tel_uri(self.number)


@searchable(DEPARTMENT_HEAD_SEARCHED_FIELDS)
class DepartmentHead(models.Model):
    department = models.OneToOneField(
        Department,
        on_delete=models.CASCADE,
        related_name="head",
        verbose_name=_("department"),
    )
    full_name = models.CharField(_("full name"), max_length=200)
    position = models.CharField(_("position"), max_length=200)
    photo = CleanImageField(
        _("photo"),
        upload_to=RandomName("heads"),
        blank=True,
        variant_widths=PHOTO_WIDTHS,
        help_text=with_upload_limits(_("A JPEG, PNG or WebP portrait, at most %(megabytes)s MB.")),
    )
    bio = models.TextField(_("short biography"), blank=True)

    class Meta:
        verbose_name = _("head of department")
        verbose_name_plural = _("heads of department")
        indexes = search_indexes("department_head")

    def __str__(self):
        return self.full_name

    @property
    def initials(self):
        return "".join(part[0] for part in self.full_name.split()[:2]).upper()


class OfficeHours(ConstraintErrorsOnFieldsMixin, models.Model):
    department = models.ForeignKey(
        Department,
        on_delete=models.CASCADE,
        related_name="office_hours",
        verbose_name=_("department"),
    )
    weekday = models.PositiveSmallIntegerField(
        _("day of the week"), choices=list(WEEKDAYS.items())
    )
    opens = models.TimeField(_("opens at"))
    closes = models.TimeField(_("closes at"))

    class Meta:
        ordering = ["weekday"]
        verbose_name = _("office hours")
        verbose_name_plural = _("office hours")
        constraints = [
            models.UniqueConstraint(
                fields=["department", "weekday"],
                name="one_office_hours_row_per_day",
                violation_error_message=_(
                    "This day of the week already has office hours. Give each day one row."
                ),
                violation_error_code="weekday_listed_twice",
            ),
            models.CheckConstraint(
                condition=Q(closes__gt=F("opens")),
                name="office_closes_after_opening",
                violation_error_message=_(
                    "The office must close after it opens: choose a closing time later than "
                    "the opening time."
                ),
                violation_error_code="closes_before_opening",
            ),
            models.CheckConstraint(
                condition=Q(weekday__lte=6),
                name="office_hours_weekday_in_week",
                violation_error_message=_("Choose a day of the week from Monday to Sunday."),
                violation_error_code="weekday_outside_week",
            ),
        ]

    constraint_error_fields = {
        "weekday_listed_twice": "weekday",
        "closes_before_opening": "closes",
        "weekday_outside_week": "weekday",
    }

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens:%H:%M}–{self.closes:%H:%M}"


class Goal(models.Model):
    department = models.ForeignKey(
        Department,
        on_delete=models.CASCADE,
        related_name="goals",
        verbose_name=_("department"),
    )
    text = models.TextField(_("text"))
    position = models.PositiveIntegerField(_("display order"), default=0, db_index=True)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("goal")
        verbose_name_plural = _("goals")

    def __str__(self):
        return self.text


class SocialLink(models.Model):
    """The department's page on a social network, shown in the footer."""

    class Network(models.IntegerChoices):
        # In the order pages list them: Telegram is what visitors here use most.
        TELEGRAM = 1, "Telegram"
        INSTAGRAM = 2, "Instagram"
        FACEBOOK = 3, "Facebook"
        YOUTUBE = 4, "YouTube"

    HOSTS = {
        Network.TELEGRAM: ("t.me", "telegram.me"),
        Network.INSTAGRAM: ("instagram.com",),
        Network.FACEBOOK: ("facebook.com", "fb.com"),
        Network.YOUTUBE: ("youtube.com", "youtu.be"),
    }

    department = models.ForeignKey(
        Department,
        on_delete=models.CASCADE,
        related_name="social_links",
        verbose_name=_("department"),
    )
    network = models.PositiveSmallIntegerField(_("network"), choices=Network.choices)
    url = models.URLField(_("address"), help_text=_("The page’s full address, https://…"))

    class Meta:
        ordering = ["network"]
        verbose_name = _("social network page")
        verbose_name_plural = _("social network pages")
        constraints = [
            models.UniqueConstraint(
                fields=["department", "network"],
                name="one_page_per_social_network",
                violation_error_message=_("This network already has a page in the list."),
            ),
        ]

    def __str__(self):
        return self.get_network_display()

    def clean(self):
        host = (urlsplit(self.url).hostname or "").removeprefix("www.").removeprefix("m.")
        expected = self.HOSTS.get(self.network, ())
        if self.url and expected and host not in expected:
            raise ValidationError(
                {
                    "url": _("A %(network)s address starts with https://%(host)s/.")
                    % {"network": self.get_network_display(), "host": expected[0]}
                }
            )
