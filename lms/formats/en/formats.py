"""English as the platform's readers in Lithuania and Norway read it: day before
month, a 24-hour clock, and no abbreviation ending in a full stop ("Dec. 1, 2026,
10:27 p.m." ends a sentence with two). Django's `en` formats are American."""

DATE_FORMAT = "j F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y, H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "j M Y"
SHORT_DATETIME_FORMAT = "j M Y, H:i"
FIRST_DAY_OF_WEEK = 1  # Monday
DATE_INPUT_FORMATS = [
    "%Y-%m-%d",  # '2026-11-21'
    "%d/%m/%Y",  # '21/11/2026'
    "%d.%m.%Y",  # '21.11.2026'
    "%d %b %Y",  # '21 Nov 2026'
    "%d %B %Y",  # '21 November 2026'
]
DATETIME_INPUT_FORMATS = [
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%d.%m.%Y %H:%M",
]
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
