"""The contract at the boundary: for any text and any option value, a public function returns
a value or raises ``ParseError``, never anything else.

Options come from everywhere in a pipeline (a config file, a column, a user's own tzinfo
class), so they are fuzzed as hard as texts: zone names that are directories, too long, or
only on this machine; ``tzinfo`` objects that raise or answer nonsense; references at the
ends of the calendar; texts with lone surrogates, NUL and every control character.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import localenorm

# -- hostile tzinfo -------------------------------------------------------------------------


class _Raising(tzinfo):
    def utcoffset(self, dt: datetime | None) -> timedelta:
        raise RuntimeError("no offset today")

    def dst(self, dt: datetime | None) -> timedelta:
        raise RuntimeError("no dst either")

    def tzname(self, dt: datetime | None) -> str:
        raise RuntimeError("nameless")


class _Huge(tzinfo):
    def utcoffset(self, dt: datetime | None) -> timedelta:
        return timedelta(hours=30)

    def dst(self, dt: datetime | None) -> timedelta:
        return timedelta(0)


class _WrongType(tzinfo):
    def utcoffset(self, dt: datetime | None) -> timedelta:
        return 5  # type: ignore[return-value]


class _Nameless(tzinfo):
    """Offset +02:00, a ``__repr__`` that raises, and a ``key`` that is no string."""

    key = 42

    def utcoffset(self, dt: datetime | None) -> timedelta:
        return timedelta(hours=2)

    def dst(self, dt: datetime | None) -> timedelta:
        return timedelta(0)

    def __repr__(self) -> str:
        raise RuntimeError("unprintable")


class _Flaky(tzinfo):
    """Answers +01:00, then raises: a zone that fails only sometimes."""

    def __init__(self) -> None:
        self.calls = 0

    def utcoffset(self, dt: datetime | None) -> timedelta:
        self.calls += 1
        if self.calls % 3 == 0:
            raise ValueError("every third call")
        return timedelta(hours=1)

    def dst(self, dt: datetime | None) -> timedelta:
        return timedelta(0)


HOSTILE_ZONES = [_Raising(), _Huge(), _WrongType(), _Nameless(), _Flaky()]

# Names that are not zones of the tzdata package, though some are files on a machine:
# directories, the machine's own links, paths out of the zone folder, and junk.
NOT_ZONES = ["Europe", "America", "localtime", "posixrules", "right/UTC", "posix/Europe/Berlin",
             "../../../etc/passwd", "/etc/localtime", "Europe/../Europe/Berlin", "x" * 300,
             "Europe/" + "y" * 300, "", " ", "\x00", "Europe/Berlin\x00", "\ud800",
             "Factory/", "zone.tab", "tzdata.zi", "__init__.py", "iso3166.tab"]


def _contract(call: object) -> object:
    try:
        return call()  # type: ignore[operator]
    except localenorm.ParseError as exc:
        assert isinstance(exc, ValueError)
        assert exc.reason
        str(exc)  # the message itself must be printable
        return exc


@pytest.mark.parametrize("name", NOT_ZONES)
def test_names_outside_tzdata_are_option_errors(name: str) -> None:
    with pytest.raises(localenorm.OptionError):
        localenorm.parse("23 Oct 2023 17:43", default_tz=name)


def test_the_machines_zone_files_are_never_read(tmp_path: object,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    # A zone folder that says Berlin is UTC-09:00 (a copy of Anchorage, say) must change
    # nothing: only the tzdata package's zones are zones.
    folder = os.path.join(str(tmp_path), "zoneinfo")
    os.makedirs(os.path.join(folder, "Europe"))
    source = ZoneInfo("America/Anchorage")
    del source
    import tzdata  # type: ignore[import-untyped]

    anchorage = os.path.join(os.path.dirname(tzdata.__file__), "zoneinfo", "America",
                             "Anchorage")
    with open(anchorage, "rb") as f:
        data = f.read()
    for name in ("Europe/Berlin", "localtime"):
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data)
    monkeypatch.setenv("PYTHONTZPATH", folder)
    import zoneinfo

    zoneinfo.reset_tzpath([folder])
    try:
        result = localenorm.parse("23 Oct 2023 17:43", default_tz="Europe/Berlin")
        assert result.iso == "2023-10-23T15:43:00Z"
        with pytest.raises(localenorm.OptionError):
            localenorm.parse("23 Oct 2023 17:43", default_tz="localtime")
    finally:
        zoneinfo.reset_tzpath()


@pytest.mark.parametrize("zone", HOSTILE_ZONES, ids=lambda z: type(z).__name__)
@pytest.mark.parametrize("text", ["23 Oct 2023 17:43", "17:43", "yesterday at 17:43",
                                  "3 hours ago", "23 Oct", "2023-10-23T17:43:00"])
def test_hostile_tzinfo_as_default_tz(zone: tzinfo, text: str) -> None:
    reference = datetime(2023, 10, 25, 12, tzinfo=UTC)
    _contract(lambda: localenorm.parse(text, default_tz=zone, reference=reference))
    _contract(lambda: localenorm.parse(text, zone_hints={"MSK": zone}, reference=reference))


@pytest.mark.parametrize("zone", HOSTILE_ZONES, ids=lambda z: type(z).__name__)
def test_hostile_tzinfo_in_the_reference(zone: tzinfo) -> None:
    reference = datetime(2023, 10, 25, 12, tzinfo=zone)
    got = _contract(lambda: localenorm.parse("3 hours ago", reference=reference))
    if isinstance(got, localenorm.ParseResult):
        # A reference whose zone answers must be read as that instant (asked of a fresh
        # zone of the same class: the flaky one counts its calls).
        fresh = datetime(2023, 10, 25, 12, tzinfo=type(zone)())
        assert got.utc == fresh.astimezone(UTC) - timedelta(hours=3)


def test_a_hostile_tzinfo_that_answers_is_read_as_it_answers() -> None:
    got = localenorm.parse("23 Oct 2023 17:43", default_tz=_Nameless())
    assert got.iso == "2023-10-23T15:43:00Z"


@pytest.mark.parametrize("text", ["\ud800", "23 Oct 2023 \udfff", "\x00" * 5,
                                  "".join(map(chr, range(32))), "\ud83d\ude00 23 Oct 2023",
                                  " " * 100_000 + "23 Oct 2023 17:43"])
def test_unreadable_texts_are_parse_errors(text: str) -> None:
    with pytest.raises(localenorm.ParseError):
        localenorm.parse(text)
    with pytest.raises(localenorm.ParseError):
        localenorm.parse_duration(text)


def test_the_length_limit_is_on_the_text_as_given() -> None:
    # Spaces count: the limit bounds what is read, and stripping reads it all.
    with pytest.raises(localenorm.NotATimestampError, match="longer than 512"):
        localenorm.parse(" " * 600 + "23 Oct 2023 17:43")
    assert localenorm.parse(" " * 400 + "23 Oct 2023 17:43").iso == "2023-10-23T17:43:00Z"


_GOOD_ZONES = st.one_of(
    st.sampled_from(["UTC", "Europe/Berlin", "Asia/Kolkata", "America/St_Johns", "+05:30",
                     "GMT-3", "Etc/GMT+3", "Pacific/Kiritimati"]),
    st.integers(-23 * 60, 23 * 60).map(lambda m: timezone(timedelta(minutes=m))),
)
_ZONES = st.one_of(_GOOD_ZONES, st.sampled_from(NOT_ZONES), st.text(max_size=40),
                   st.sampled_from(HOSTILE_ZONES))
_ENDS = st.sampled_from([datetime(1, 1, 2), datetime(1, 1, 1, 12), datetime(9999, 12, 31),
                         datetime(9999, 12, 30, 23, 59)])
_REFERENCES = st.one_of(
    st.none(),
    st.one_of(_ENDS, st.datetimes(min_value=datetime(1, 1, 2),
                                  max_value=datetime(9999, 12, 30))).flatmap(
        lambda dt: st.sampled_from([UTC, timezone(timedelta(hours=14)),
                                    timezone(timedelta(hours=-12)),
                                    ZoneInfo("Pacific/Kiritimati"), *HOSTILE_ZONES]).map(
            lambda tz: dt.replace(tzinfo=tz))),
)
_TEXTS = st.one_of(
    st.text(max_size=60),
    st.sampled_from(["23 Oct 2023 17:43", "yesterday at 17:43", "3 hours ago", "+35 y",
                     "in 4000 years", "9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00",
                     "23 Oct", "Monday", "17:43 MSK", "next Friday", "last year", "tomorrow",
                     "vor 9999 Jahren", "in 1000000000 Tagen", "31 Dec 9999 23:59 PM",
                     "1 Jan 1 00:00 +14:00", "next week", "in 9999999 minutes", "the 31st",
                     "February 29", "Sunday 31", "3 days ago at 17:43", "tonight at 8",
                     "٠٠:٠٥:٢١", "P9999Y", "ח׳ בחשוון תשפ״ד", "令和99年1月1日"]),
    st.lists(st.sampled_from(["\ud800", "\x00", "\x1f", "\u202e", "23", "Oct", ":", " ",
                              "9999", "ago", "+", "-14:00"]),
             max_size=12).map("".join),
)


@given(text=_TEXTS, zone=_GOOD_ZONES | st.sampled_from(HOSTILE_ZONES), reference=_REFERENCES,
       locale=st.sampled_from([None, None, "en", "de", "ar-EG", "ja"]),
       prefer=st.sampled_from(["past", "future", "nearest"]),
       calendar=st.sampled_from([None, None, None, "persian", "hebrew", "japanese"]),
       disambiguate=st.sampled_from(["compatible", "earlier", "later", "raise"]),
       hints=st.one_of(st.none(), st.dictionaries(st.sampled_from(["IST", "MSK", "CST"]),
                                                  _GOOD_ZONES | st.sampled_from(HOSTILE_ZONES),
                                                  max_size=2)))
@example(text="3 hours ago", zone="UTC", reference=datetime(1, 1, 2, tzinfo=UTC),
         locale=None, prefer="past", calendar=None, disambiguate="compatible", hints=None)
@example(text="in 4000 years", zone="UTC", reference=datetime(9999, 12, 30, tzinfo=UTC),
         locale=None, prefer="past", calendar=None, disambiguate="compatible", hints=None)
@example(text="23 Oct", zone="Pacific/Kiritimati",
         reference=datetime(9999, 12, 31, 23, tzinfo=UTC), locale=None, prefer="future",
         calendar=None, disambiguate="compatible", hints=None)
def test_usable_options_at_their_limits(text: str, zone: object, reference: datetime | None,
                                        locale: str | None, prefer: str,
                                        calendar: str | None, disambiguate: str,
                                        hints: dict[str, object] | None) -> None:
    _contract(lambda: localenorm.parse(
        text, default_tz=zone, reference=reference, locale=locale,  # type: ignore[arg-type]
        prefer=prefer, calendar=calendar, disambiguate=disambiguate,  # type: ignore[arg-type]
        zone_hints=hints))  # type: ignore[arg-type]
    _contract(lambda: localenorm.parse_duration(text, locale=locale))


@given(text=_TEXTS, zone=_ZONES,
       locale=st.one_of(st.none(), st.sampled_from(["en", "xx", "", "\ud800", "en\x00"]),
                        st.text(max_size=12)),
       prefer=st.one_of(st.sampled_from(["past", "sideways", ""]), st.text(max_size=8)),
       calendar=st.one_of(st.none(), st.sampled_from(["persian", "lunar", ""]),
                          st.text(max_size=8)),
       disambiguate=st.one_of(st.sampled_from(["compatible", "maybe"]), st.text(max_size=8)),
       hints=st.one_of(st.none(), st.dictionaries(st.text(max_size=5), _ZONES, max_size=2)))
@example(text="23 Oct 2023 17:43", zone="Europe", locale=None, prefer="past", calendar=None,
         disambiguate="compatible", hints=None)
def test_any_option_values(text: str, zone: object, locale: str | None, prefer: str,
                           calendar: str | None, disambiguate: str,
                           hints: dict[str, object] | None) -> None:
    _contract(lambda: localenorm.parse(
        text, default_tz=zone, locale=locale, prefer=prefer,  # type: ignore[arg-type]
        calendar=calendar, disambiguate=disambiguate, zone_hints=hints))  # type: ignore[arg-type]
    _contract(lambda: localenorm.parse_duration(text, locale=locale))
