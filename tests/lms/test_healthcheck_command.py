from django.core.management import CommandError, call_command

import pytest

from lms import health

pytestmark = pytest.mark.django_db


def test_beat_is_up_after_a_tick(capsys):
    health.record_beat()

    call_command("healthcheck", "beat")

    assert capsys.readouterr().out.strip() == '{"beat": "up"}'


def test_beat_never_ticked_exits_1():
    with pytest.raises(CommandError) as error:
        call_command("healthcheck", "beat")

    assert error.value.returncode == 1
