"""Production settings come from the environment and pass Django's deploy checks."""

import os
import re
import subprocess
import sys

import pytest
from django.conf import settings

PRODUCTION_ENVIRONMENT = {
    "DEBUG": "false",
    "SECRET_KEY": "a-long-random-test-value-" + "x" * 40,
    "ALLOWED_HOSTS": "ird.example.uz",
}


def run_manage(*arguments, **environment):
    # The browser tests' async-unsafe switch is rightly a deploy-check error;
    # without pytest's mark and DEBUG the settings are production's.
    left_out = {"DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE", "PYTEST_VERSION", "DEBUG"}
    env = {key: value for key, value in os.environ.items() if key not in left_out}
    env.update(environment)
    return subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_production_settings_pass_check_deploy_without_warnings():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION_ENVIRONMENT)

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_without_secret_key_refuses_to_start():
    environment = {**PRODUCTION_ENVIRONMENT, "SECRET_KEY": ""}

    result = run_manage("check", **environment)

    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off." in result.stderr


def test_settings_start_in_production_mode_when_debug_is_not_set():
    code = "from django.conf import settings; print('DEBUG', settings.DEBUG)"
    environment = {key: value for key, value in PRODUCTION_ENVIRONMENT.items() if key != "DEBUG"}

    result = run_manage("shell", "--no-imports", "-c", code, **environment)

    assert result.returncode == 0, result.stderr
    assert "DEBUG False" in result.stdout


def test_without_debug_or_secret_key_start_up_refuses_and_says_how_to_develop():
    result = run_manage("check")

    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off." in result.stderr
    assert "set DEBUG=true" in result.stderr


@pytest.mark.parametrize(
    "published_key",
    ["development-only-key-never-used-in-production", "replace-with-a-long-random-value"],
)
def test_production_refuses_a_published_secret_key(published_key):
    environment = {**PRODUCTION_ENVIRONMENT, "SECRET_KEY": published_key}

    result = run_manage("check", **environment)

    assert result.returncode != 0
    assert "SECRET_KEY is a published placeholder" in result.stderr


def test_production_refuses_a_short_secret_key():
    environment = {**PRODUCTION_ENVIRONMENT, "SECRET_KEY": "short-but-random-4f9c2a"}

    result = run_manage("check", **environment)

    assert result.returncode != 0
    assert "SECRET_KEY is too short: use at least 50 random characters" in result.stderr


def test_env_example_placeholder_is_the_one_production_refuses():
    example = (settings.BASE_DIR / ".env.example").read_text()

    assert "SECRET_KEY=replace-with-a-long-random-value" in example


def test_production_without_allowed_hosts_refuses_to_start():
    environment = {**PRODUCTION_ENVIRONMENT, "ALLOWED_HOSTS": ""}

    result = run_manage("check", **environment)

    assert result.returncode != 0
    assert "ALLOWED_HOSTS must be set when DEBUG is off." in result.stderr


def test_uploads_go_to_object_storage_when_a_bucket_is_named():
    code = (
        "from django.conf import settings; from django.core.files.storage import storages;"
        "print(type(storages['default']).__name__, settings.CONTENT_SECURITY_POLICY"
        "['DIRECTIVES']['img-src'])"
    )

    result = run_manage(
        "shell",
        "--no-imports",
        "-c",
        code,
        **PRODUCTION_ENVIRONMENT,
        MEDIA_S3_BUCKET="ird-media",
        MEDIA_S3_CUSTOM_DOMAIN="media.ird.example.uz",
    )

    assert result.returncode == 0, result.stderr
    assert "S3Storage" in result.stdout
    assert "https://media.ird.example.uz" in result.stdout


def test_compose_publishes_only_the_proxy():
    """gunicorn reached directly would trust a client's X-Forwarded-For."""
    compose = (settings.BASE_DIR / "docker-compose.yml").read_text()
    services = compose.split("\nservices:\n", 1)[1].split("\nvolumes:\n", 1)[0]
    publishing, service = [], None
    for line in services.splitlines():
        if re.fullmatch(r"  [a-z]+:", line):
            service = line.strip(" :")
        elif line.startswith("    ports:"):
            publishing.append(service)

    assert publishing == ["proxy"]
