"""The README's examples run as doctests, so they stay true."""

from __future__ import annotations

import doctest
import pathlib

README = pathlib.Path(__file__).resolve().parent.parent / "README.md"


def test_readme_examples() -> None:
    text = README.read_text(encoding="utf-8")
    blocks = [b.split("```", 1)[0] for b in text.split("```python\n")[1:]]
    assert blocks
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for i, block in enumerate(blocks):
        test = parser.get_doctest(block, {}, f"README[{i}]", str(README), 0)
        runner.run(test)
    assert runner.tries > 5
    assert runner.failures == 0


def test_readme_first_commands_are_the_ci_commands() -> None:
    text = README.read_text(encoding="utf-8")
    commands = [b.split("```", 1)[0].strip() for b in text.split("```sh\n")[1:3]]
    ci = (README.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert "localenorm demo" in commands[0]
    assert commands[1] in ci
