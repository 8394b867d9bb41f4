from modeltranslation.translator import TranslationOptions, register

from departments.models import Department, DepartmentHead, Goal


@register(Department)
class DepartmentTranslationOptions(TranslationOptions):
    fields = (
        "name",
        "introduction",
        "about",
        "projects_introduction",
        "address",
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
