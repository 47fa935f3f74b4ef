"""ParseResult keeps the frozen-dataclass contract with its hand-written __init__ (see
localenorm/_result.py): same parameters and defaults as the fields, each value stored in its
own field, and no assignment afterwards. Fields (localenorm/_fields.py), a plain class,
keeps what the stages used of a dataclass: value equality and hashing, and replace()."""

from __future__ import annotations

import dataclasses
import inspect

import pytest

from localenorm._fields import FIELD_NAMES, Fields
from localenorm._result import ParseResult


@pytest.mark.parametrize("cls", [ParseResult])
def test_init_takes_the_fields_in_order_with_their_defaults(cls: type) -> None:
    params = list(inspect.signature(cls.__init__).parameters.values())[1:]
    fields = dataclasses.fields(cls)
    assert [p.name for p in params] == [f.name for f in fields]
    for p, f in zip(params, fields, strict=True):
        expected = inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default
        assert p.default == expected, f.name


@pytest.mark.parametrize("cls", [ParseResult])
def test_each_value_lands_in_its_field_and_stays(cls: type) -> None:
    names = [f.name for f in dataclasses.fields(cls)]
    values = {name: object() for name in names}
    made = cls(**values)
    assert all(getattr(made, name) is values[name] for name in names)
    assert dataclasses.replace(made, **{names[1]: 7}) == cls(**{**values, names[1]: 7})
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(made, names[0], 1)


def test_fields_compare_copy_and_hash_by_every_value() -> None:
    from datetime import timedelta

    base = Fields(2023, 10, 23, 17, 43, 5, 120, None, 0, "gregorian", "msk")
    # (Values of each field's own type: compiled, the class checks them.)
    other = {"offset": timedelta(hours=3), "calendar": "hebrew", "zone": "cet"}
    assert list(inspect.signature(Fields).parameters) == list(FIELD_NAMES)
    assert [getattr(base, n) for n in FIELD_NAMES] == [2023, 10, 23, 17, 43, 5, 120, None, 0,
                                                        "gregorian", "msk"]
    assert base.replace() == base and hash(base.replace()) == hash(base)
    for name in FIELD_NAMES:
        value = other.get(name, 99)
        changed = base.replace(**{name: value})
        assert getattr(changed, name) == value and changed != base
        assert all(getattr(changed, n) == getattr(base, n) for n in FIELD_NAMES if n != name)
    with pytest.raises(TypeError, match="no field 'days'"):
        base.replace(days=1)
    assert Fields(2023) == Fields(2023, None, None, None, None, None, 0, None, None,
                                  "gregorian", None)
    assert (Fields(None).partial, Fields(2023, 10).grain, base.grain) == (True, "month",
                                                                         "second")
