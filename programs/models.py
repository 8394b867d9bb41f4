"""International programs (Erasmus+, UNESCO...) and their projects."""

from django.db import models
from django.db.models import BooleanField, Exists, ExpressionWrapper, F, OuterRef, Prefetch, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.constraint_errors import ConstraintErrorsOnFieldsMixin
from core.lead_image import LeadImage, lead_image_field
from core.slugs import ids_that_had_slug, remembers_old_slugs
from partners.models import Partner, has_text
from search.indexes import search_indexes, searchable

# Searched text and its weight, A (titles) to D (search.indexes).
PROGRAM_SEARCHED_FIELDS = {"name": "A", "summary": "B"}
PROJECT_SEARCHED_FIELDS = {"title": "A", "summary": "B", "description": "C"}


class ProgramQuerySet(models.QuerySet):
    def with_projects(self):
        """Each program with its projects in `project_list` (each knowing
        whether its page says more than the list), in two queries."""
        return self.prefetch_related(
            Prefetch(
                "projects",
                queryset=Project.objects.with_page_says_more(),
                to_attr="project_list",
            )
        )


@searchable(PROGRAM_SEARCHED_FIELDS)
@remembers_old_slugs
class Program(LeadImage):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    summary = models.TextField(_("summary"), blank=True)
    website = models.URLField(_("website"), blank=True)
    image = lead_image_field("programs")
    position = models.PositiveIntegerField(_("display order"), default=0, db_index=True)

    objects = ProgramQuerySet.as_manager()

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")
        indexes = search_indexes("program")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("programs:list") + f"#{self.slug}"


class ProjectQuerySet(models.QuerySet):
    def for_page(self):
        return self.select_related("program")

    def with_partner_list(self):
        """Each project with its active partners in `partner_list`, in one
        more query."""
        return self.prefetch_related(
            Prefetch("partners", queryset=Partner.objects.active(), to_attr="partner_list")
        )

    def with_page_says_more(self):
        """Each project with `page_says_more`: whether its page shows
        anything the programmes list does not (page_says_more_condition),
        in the projects' own query."""
        says_more = page_says_more_condition()
        return self.annotate(
            page_says_more=ExpressionWrapper(says_more, output_field=BooleanField())
        )

    def whose_page_says_more(self):
        """Only projects whose page shows more than the programmes list:
        the pages worth linking to and listing in the sitemap."""
        return self.filter(page_says_more_condition())

    def in_programme_order(self):
        """Programme by programme, each one's projects in staff order."""
        return self.order_by("program__position", "program_id", "position", "id")

    def renamed(self, program_slug, slug):
        """The project an old URL meant, after its slug, its programme's slug
        or both changed: the most recently renamed match, or None."""
        program_ids = [
            *Program.objects.filter(slug=program_slug).values_list("pk", flat=True),
            *ids_that_had_slug(Program, program_slug),
        ]
        in_those_programs = self.filter(program__in=program_ids)
        found = in_those_programs.filter(slug=slug).first()
        if found is not None:
            return found
        for project_id in ids_that_had_slug(Project, slug):
            found = in_those_programs.filter(pk=project_id).first()
            if found is not None:
                return found
        return None


def page_says_more_condition():
    """Whether a project's page shows more than the programmes list, which
    gives its title and summary under its programme: the page adds the
    description, status, period, website, lead image, active partner
    institutions and published activities. A page with none of these
    repeats the list, so the list does not link to it (it still answers)."""
    from activities.models import Activity

    return (
        has_text("description")
        | ~Q(status="")
        | Q(starts_on__isnull=False)
        | Q(ends_on__isnull=False)
        | ~Q(website="")
        | ~Q(image="")
        | Exists(
            Project.partners.through.objects.filter(
                project=OuterRef("pk"), partner__is_active=True
            )
        )
        | Exists(Activity.objects.published().filter(projects=OuterRef("pk")))
    )


@searchable(PROJECT_SEARCHED_FIELDS)
@remembers_old_slugs
class Project(ConstraintErrorsOnFieldsMixin, LeadImage):
    class Status(models.TextChoices):
        PLANNED = "planned", _("planned")
        ONGOING = "ongoing", _("ongoing")
        COMPLETED = "completed", _("completed")

    program = models.ForeignKey(
        Program,
        on_delete=models.CASCADE,
        related_name="projects",
        verbose_name=_("programme"),
    )
    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=120)
    summary = models.TextField(_("summary"), blank=True)
    description = models.TextField(
        _("description"), blank=True, help_text=_("Separate paragraphs with an empty line.")
    )
    starts_on = models.DateField(_("starts on"), null=True, blank=True)
    ends_on = models.DateField(_("ends on"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, blank=True)
    website = models.URLField(_("website"), blank=True)
    image = lead_image_field("programs")
    partners = models.ManyToManyField(
        Partner,
        related_name="projects",
        blank=True,
        verbose_name=_("partner institutions"),
        help_text=_("The institutions abroad that take part in the project."),
    )
    position = models.PositiveIntegerField(_("display order"), default=0, db_index=True)

    objects = ProjectQuerySet.as_manager()

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        indexes = search_indexes("project")
        constraints = [
            models.UniqueConstraint(
                fields=["program", "slug"],
                name="project_slug_unique_in_program",
                violation_error_message=_(
                    "Another project of this programme already has this slug. Choose another one."
                ),
                violation_error_code="slug_taken_in_program",
            ),
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True)
                | Q(starts_on__isnull=True)
                | Q(ends_on__gte=F("starts_on")),
                name="project_ends_after_it_starts",
                violation_error_message=_(
                    "A project cannot end before it starts: choose an end date on or after "
                    "the start date."
                ),
                violation_error_code="ends_before_it_starts",
            ),
        ]

    constraint_error_fields = {
        "slug_taken_in_program": "slug",
        "ends_before_it_starts": "ends_on",
    }

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse(
            "programs:project-detail",
            kwargs={"program_slug": self.program.slug, "slug": self.slug},
        )
