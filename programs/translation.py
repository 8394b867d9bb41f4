from modeltranslation.translator import TranslationOptions, register

from programs.models import Programme, Project


@register(Programme)
class ProgrammeTranslationOptions(TranslationOptions):
    fields = ("name", "summary")
    required_languages = ("uz",)


@register(Project)
class ProjectTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "description")
    required_languages = ("uz",)
