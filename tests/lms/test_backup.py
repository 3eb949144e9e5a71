"""manage.py backup and restore on the embedded default (SQLite, local folders): the
demo, restored into a fresh database and empty folders, still answers."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.integration

ANSWERS = """
import django; django.setup()
from django.test import Client
from wagtail.models import Page
client = Client(HTTP_HOST="localhost")
home = client.get("/", follow=True)
print(home.status_code, Page.objects.live().count())
from django.core.files.storage import storages
print(storages["private"].open("certificates/X.pdf").read().decode())
"""


def manage(
    var: Path, *args: str, code: str | None = None
) -> subprocess.CompletedProcess:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "REDIS_URL", "CELERY_BROKER_URL"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="tests.lms.backup_settings",
        LMS_VAR_DIR=str(var),
        MEDIA_ROOT=str(var / "media"),
        PRIVATE_MEDIA_ROOT=str(var / "private"),
    )
    command = ["-c", code] if code else ["manage.py", *args]
    return subprocess.run(
        [sys.executable, *command],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_a_backup_restored_into_a_fresh_database_serves_the_demo(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    archive = tmp_path / "lms.tar.gz"
    for step in (("migrate", "--noinput", "-v0"), ("seed_demo",)):
        result = manage(first, *step)
        assert result.returncode == 0, result.stderr
    certificate = first / "private" / "certificates" / "X.pdf"
    certificate.parent.mkdir(parents=True)
    certificate.write_text("%PDF-1.4 a certificate")
    before = manage(first, code=ANSWERS)
    assert before.returncode == 0, before.stderr

    backup = manage(first, "backup", "--output", str(archive))
    assert backup.returncode == 0, backup.stderr
    restore = manage(second, "restore", str(archive))
    assert restore.returncode == 0, restore.stderr

    after = manage(second, code=ANSWERS)
    assert after.returncode == 0, after.stderr
    status, pages = after.stdout.split()[:2]
    assert status == "200"
    assert int(pages) > 10
    assert after.stdout == before.stdout
    assert "%PDF-1.4 a certificate" in after.stdout

    again = manage(second, "restore", str(archive))
    assert again.returncode != 0
    assert "The database is not empty" in again.stderr
