from modeltranslation.translator import TranslationOptions, register

from programs.models import Program, Project
from translations.pages import PublicPages, public_pages


@register(Program)
class ProgramTranslationOptions(TranslationOptions):
    fields = ("name", "summary", "image_alt")
    required_languages = ("uz",)


@register(Project)
class ProjectTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "description", "image_alt")
    required_languages = ("uz",)


@public_pages(Program)
class ProgramPages(PublicPages):
    list_pages = ["departments:home", "programs:list"]


@public_pages(Project)
class ProjectPages(PublicPages):
    list_pages = ["departments:home", "programs:list"]
    own_page = True
    related = ["program"]
