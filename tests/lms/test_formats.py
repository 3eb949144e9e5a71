"""Dates in English as the platform's European readers write them: day first, a
24-hour clock, no abbreviation that ends a sentence twice."""

from datetime import datetime
from zoneinfo import ZoneInfo

from django.utils import formats, translation

import pytest

MOMENT = datetime(2026, 12, 1, 22, 27, tzinfo=ZoneInfo("Europe/Vilnius"))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("DATETIME_FORMAT", "1 December 2026, 22:27"),
        ("DATE_FORMAT", "1 December 2026"),
        ("SHORT_DATE_FORMAT", "1 Dec 2026"),
    ],
)
def test_english_dates_put_the_day_first_on_a_24_hour_clock(name, expected):
    with translation.override("en"):
        assert formats.date_format(MOMENT, name) == expected


def test_lithuanian_and_norwegian_keep_their_own_formats():
    with translation.override("lt"):
        assert formats.date_format(MOMENT, "SHORT_DATE_FORMAT") == "2026-12-01"
    with translation.override("nb"):
        assert formats.date_format(MOMENT, "SHORT_DATE_FORMAT") == "01.12.2026"


def test_a_sentence_about_a_time_ends_with_one_full_stop():
    with translation.override("en"):
        sentence = f"Sent on {formats.date_format(MOMENT, 'DATETIME_FORMAT')}."
    assert not sentence.endswith("..")
