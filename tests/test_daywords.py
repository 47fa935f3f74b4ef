"""Days of the month written as words beside a month name ('May eighth, 2010', 'cinco de
maio de 2013'), ordinals as days ('fourth of July 1995'), 'nth weekday of month' in more
languages, and month spellings sites print that CLDR does not list."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

import localenorm
from localenorm import NotATimestampError

REF = datetime(2021, 3, 1, 12, 0, tzinfo=timezone.utc)

TABLE = [
    # a day in words
    ("June twelfth, 2009", "en", "2009-06-12"),
    ("the twenty-third of April 1998", "en", "1998-04-23"),
    ("Oct thirty one, 2003", "en", "2003-10-31"),
    ("nueve de octubre de 2001", "es", "2001-10-09"),
    ("treze de agosto de 2007", "pt", "2007-08-13"),
    ("el dotze de juny de 2019", "ca", "2019-06-12"),
    ("двадцать пятое декабря 1991", "ru", "1991-12-25"),
    ("первого сентября 2004", "ru", "2004-09-01"),
    ("tjugoförsta mars 2016", "sv", "2016-03-21"),
    ("achtste mei 2011", "nl", "2011-05-08"),
    ("zaterdag zesentwintig juni 2010", "nl", "2010-06-26"),
    # an ordinal with no weekday is the day
    ("third of March 2008", "en", "2008-03-03"),
    ("derde maart 2008", "nl", "2008-03-03"),
    ("terzo giugno 2015", "it", "2015-06-03"),
    ("segundo de marzo de 2012", "es", "2012-03-02"),
    # nth weekday of month
    ("druga środa w marcu 2016", "pl", "2016-03-09"),
    ("ostatni piątek w listopadzie 2019", "pl", "2019-11-29"),
    ("andra fredagen i maj 2018", "sv", "2018-05-11"),
    ("tredje søndagen i juni 2020", "nb", "2020-06-21"),
    ("mayıs 2017 ikinci pazarı", "tr", "2017-05-14"),
    ("2019년 5월 둘째 금요일", "ko", "2019-05-10"),
    ("2019년 2월 마지막날", "ko", "2019-02-28"),
    # Greek: 'τρίτη' is Tuesday and the third; the rest of the text decides
    ("τρίτη Μαΐου 2019", "el", "2019-05-03"),
    ("Τρίτη 7 Μαΐου 2019", "el", "2019-05-07"),
    # month spellings
    ("8 לאפריל 2019", "he", "2019-04-08"),
    ("2019 წლის 8 მაისს", "ka", "2019-05-08"),
    ("3 лют 2019", "uk", "2019-02-03"),
    ("2014-жов-05", "uk", "2014-10-05"),
    ("11 фев 2012", "bg", "2012-02-11"),
]


@pytest.mark.parametrize(("text", "locale", "want"), TABLE, ids=[t for t, _, _ in TABLE])
def test_table(text: str, locale: str, want: str) -> None:
    assert localenorm.parse(text, locale=locale, reference=REF).iso == want


def test_a_day_in_words_without_a_year_is_completed() -> None:
    result = localenorm.parse("August ninth", locale="en", reference=REF)
    assert result.iso == "2020-08-09"


@pytest.mark.parametrize(("text", "locale"), [
    ("eighth, 2010", "en"),            # no month
    ("fifteenth May 12 2010", "en"),   # a day twice
    ("vrijdag de vijftiende", "nl"),   # 'de' is a month only in other languages
])
def test_a_day_in_words_needs_its_month(text: str, locale: str) -> None:
    with pytest.raises(localenorm.ParseError):
        localenorm.parse(text, locale=locale, reference=REF)


def test_an_invalid_day_in_words_is_invalid() -> None:
    with pytest.raises(localenorm.InvalidDateError):
        localenorm.parse("February thirtieth 2020", locale="en")


def test_a_weekday_still_has_to_agree() -> None:
    with pytest.raises(localenorm.ContradictionError):
        localenorm.parse("Monday, May eighth, 2010", locale="en")  # a Saturday


def test_words_we_do_not_read_beside_a_day_word_are_refused() -> None:
    with pytest.raises(NotATimestampError):
        localenorm.parse("May eighth something, 2010", locale="en")
