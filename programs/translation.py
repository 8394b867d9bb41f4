from modeltranslation.translator import TranslationOptions, register

from programs.models import Program, Project
from translations.pages import PublicPages, public_pages


@register(Program)
class ProgramTranslationOptions(TranslationOptions):
    fields = ("name", "summary")
    required_languages = ("uz",)


@register(Project)
class ProjectTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "description")
    required_languages = ("uz",)


@public_pages(Program)
class ProgramPages(PublicPages):
    list_pages = ["departments:home", "programs:list"]


@public_pages(Project)
class ProjectPages(PublicPages):
    list_pages = ["departments:home", "programs:list"]
    own_page = True
    related = ["program"]
