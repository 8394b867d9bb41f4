"""Dependencies point one way (STYLE.md 24): apps never import the project
package, core knows no content app, translations names none."""

import ast

import pytest
from django.conf import settings

from core.content import content_apps

CONTENT_APPS = sorted(config.name for config in content_apps())


def imported_packages(folder):
    """(file, top-level package) for every import in the Python files under `folder`."""
    for path in sorted((settings.BASE_DIR / folder).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                yield path.relative_to(settings.BASE_DIR), name.split(".")[0]


def test_the_site_has_its_content_apps():
    assert CONTENT_APPS == [
        "activities",
        "agreements",
        "departments",
        "opportunities",
        "partners",
        "programs",
    ]


@pytest.mark.parametrize("folder", [*CONTENT_APPS, "core", "translations"])
def test_no_app_imports_the_project_package(folder):
    assert [path for path, package in imported_packages(folder) if package == "iro_site"] == []


@pytest.mark.parametrize("folder", ["core", "translations", "iro_site"])
def test_shared_code_imports_no_content_app(folder):
    offending = [
        (str(path), package)
        for path, package in imported_packages(folder)
        if package in CONTENT_APPS
    ]
    assert offending == []


def test_project_package_is_not_an_installed_app():
    assert "iro_site" not in settings.INSTALLED_APPS
    assert not (settings.BASE_DIR / "iro_site" / "models.py").exists()
    assert not (settings.BASE_DIR / "iro_site" / "migrations").exists()
