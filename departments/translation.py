from django.urls import reverse
from modeltranslation.translator import TranslationOptions, register

from departments.models import Department, DepartmentHead, Goal
from translations.pages import PublicPages, public_pages


@register(Department)
class DepartmentTranslationOptions(TranslationOptions):
    fields = (
        "name",
        "institute",
        "introduction",
        "about",
        "projects_introduction",
        "address",
        "room",
    )
    required_languages = ("uz",)


@register(DepartmentHead)
class DepartmentHeadTranslationOptions(TranslationOptions):
    fields = ("full_name", "position", "bio")
    required_languages = ("uz",)


@register(Goal)
class GoalTranslationOptions(TranslationOptions):
    fields = ("text",)
    required_languages = ("uz",)


@public_pages(Department)
class DepartmentPages(PublicPages):
    own_page = True

    def pages(self, department):
        home = Department.objects.only("pk").shown_on_home_page()
        if home is not None and home.pk == department.pk:
            # Its own URL answers with a redirect to the home page.
            return [reverse("departments:home")]
        return super().pages(department)


@public_pages(DepartmentHead)
class DepartmentHeadPages(PublicPages):
    edited_on = "department"


@public_pages(Goal)
class GoalPages(PublicPages):
    edited_on = "department"
