"""Dates and times as the app shows them: one helper for every screen, the report and the date boxes.

The rule
--------
* Unambiguous: the month is a word in the user's language ("20 November 2026", "20 nov 2026"),
  never a number, so 03/04 can never be read as April 3 or March 4. Long dates (editor,
  Save to journal, timeline and report) name the month in full; the journal list uses the
  locale's short month name to keep rows short. The order of day, month and year is the
  locale's own (its long date pattern without the weekday).
* Time is the locale's short time ("9:30 PM", "21:30", "9:30 م").
* Digits are always Western (0-9), in every language. Phone numbers, usernames and reference
  numbers elsewhere in the app are written with them, and a report is often read by police or
  a counselor in another language, so one set of digits keeps a screen consistent.
  - Arabic: Qt's default Arabic locale (Egypt) writes Arabic-Indic digits (٢٠٢٦). Dates use
    an Arabic locale that writes Western digits and names the months the same way (Libya's,
    checked by a test), so "20 نوفمبر 2026". Date boxes use that locale too.
  - Hindi: Qt's Hindi locale already writes Western digits (Devanagari digits are rare on
    screens in India); month names are Hindi ("20 नवंबर 2026").
  - Urdu, Swahili, French, Brazilian Portuguese: Qt's default locales for them (Pakistan's,
    Tanzania's, France's, Brazil's) already write Western digits (checked by a test), so
    "20 نومبر، 2026" in Urdu.
* Inside right-to-left text a date is isolated (Unicode FSI) so its parts keep their order.
* Date boxes (QDateTimeEdit) follow the rule with the short month name; in right-to-left
  languages they show the year first with digits only (2026-11-20 21:30), left to right,
  because Qt's date box reverses its sections there (see ``follow_date_rule``).

Needs QLocale (month names, patterns), so it lives in ui/, not core/.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

# Languages whose default Qt locale writes non-Western digits, and the locale with the same
# month names that writes Western ones.
WESTERN_DIGITS = {"ar": "ar_LY"}
# Languages that join a date and a time with the Arabic comma (U+060C), as their scripts do.
ARABIC_COMMA = frozenset({"ar", "ur"})
_WEEKDAY = re.compile(r"^[^dMy']*dddd[^dMy']*|[^dMy']*dddd[^dMy']*$")


def date_locale(locale: QLocale | None = None) -> QLocale:
    """The locale dates are written in: the UI language's, with Western digits."""
    locale = locale or QLocale()
    language = locale.name().split("_")[0]
    if language in WESTERN_DIGITS:
        return QLocale(WESTERN_DIGITS[language])
    return locale


def date_pattern(locale: QLocale | None = None, long: bool = True) -> str:
    """The locale's long date pattern without the weekday; a short month name if not ``long``."""
    pattern = _WEEKDAY.sub("", date_locale(locale).dateFormat(QLocale.FormatType.LongFormat)).strip(" ,،")
    if "MMMM" not in pattern:  # a locale whose long date has no month name: still a word
        pattern = "d MMMM yyyy"
    return pattern if long else pattern.replace("MMMM", "MMM")


def time_pattern(locale: QLocale | None = None) -> str:
    return date_locale(locale).timeFormat(QLocale.FormatType.ShortFormat)


def _joiner(locale: QLocale) -> str:
    return "\u060c " if locale.name().split("_")[0] in ARABIC_COMMA else ", "  # the Arabic comma in Arabic, Urdu


def format_date(value: date | datetime, long: bool = True, locale: QLocale | None = None) -> str:
    day = value.date() if isinstance(value, datetime) else value
    return date_locale(locale).toString(QDate(day.year, day.month, day.day), date_pattern(locale, long))


def format_time(value: datetime, locale: QLocale | None = None) -> str:
    return date_locale(locale).toString(QTime(value.hour, value.minute), time_pattern(locale))


def format_datetime(value: datetime, long: bool = True, locale: QLocale | None = None) -> str:
    """ "20 November 2026, 9:30 PM" / "20 نوفمبر 2026، 9:30 م"."""
    return format_date(value, long, locale) + _joiner(date_locale(locale)) + format_time(value, locale)


def datetime_edit_format(locale: QLocale | None = None) -> str:
    """The display format of date-and-time boxes: the same rule (short month name, Western digits)."""
    joiner = _joiner(date_locale(locale)).replace(",", "','").replace("\u060c", "'\u060c'")
    return date_pattern(locale, long=False) + joiner + time_pattern(locale)


RTL_EDIT_FORMAT = "yyyy-MM-dd HH:mm"


def follow_date_rule(edit) -> None:
    """Make a QDateTimeEdit show dates by the rule, in the current UI language.

    Right to left, Qt's date box reverses the order of its sections (a time reads "30:9"),
    and month names mixed with digits reorder unpredictably; there the box shows the year
    first with digits only (2026-11-20 21:30), left to right, which the rule also allows."""
    from PySide6.QtCore import Qt

    locale = date_locale()
    edit.setLocale(locale)
    if locale.textDirection() == Qt.LayoutDirection.RightToLeft:
        edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        edit.setDisplayFormat(RTL_EDIT_FORMAT)
    else:
        edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        edit.setDisplayFormat(datetime_edit_format())


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def to_minute(value: QDateTime) -> datetime:
    """A date and time from an editor as a Python datetime, to the minute (the journal keeps no seconds)."""
    moment = value.toPython()
    assert isinstance(moment, datetime)  # PySide6 types toPython() as object; a QDateTime gives a datetime
    return moment.replace(second=0, microsecond=0)
