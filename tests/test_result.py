"""The result types keep the frozen-dataclass contract with their hand-written __init__
(see localenorm/_result.py): same parameters and defaults as the fields, each value stored
in its own field, and no assignment afterwards."""

from __future__ import annotations

import dataclasses
import inspect

import pytest

from localenorm._result import Fields, ParseResult


@pytest.mark.parametrize("cls", [Fields, ParseResult])
def test_init_takes_the_fields_in_order_with_their_defaults(cls: type) -> None:
    params = list(inspect.signature(cls.__init__).parameters.values())[1:]
    fields = dataclasses.fields(cls)
    assert [p.name for p in params] == [f.name for f in fields]
    for p, f in zip(params, fields, strict=True):
        expected = inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default
        assert p.default == expected, f.name


@pytest.mark.parametrize("cls", [Fields, ParseResult])
def test_each_value_lands_in_its_field_and_stays(cls: type) -> None:
    names = [f.name for f in dataclasses.fields(cls)]
    values = {name: object() for name in names}
    made = cls(**values)
    assert all(getattr(made, name) is values[name] for name in names)
    assert dataclasses.replace(made, **{names[1]: 7}) == cls(**{**values, names[1]: 7})
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(made, names[0], 1)
