"""No hidden inputs: the machine's zone, locale and clock do not change any answer."""

from __future__ import annotations

import json
import os
import subprocess
import sys

TEXTS = ["23 Oct 2023 17:43", "01/02/2023", "2023-10-23T17:43", "23.10.2023 17.43",
         "أكتوبر ٢٣, ٢٠٢٣ at ١٧:٤٣", "Oct 2023"]

_SCRIPT = """
import json, sys, localenorm
out = []
for t in json.loads(sys.argv[1]):
    try:
        out.append(localenorm.parse(t, locale=None).iso)
    except localenorm.ParseError as e:
        out.append(type(e).__name__)
print(json.dumps(out))
"""


def _answers(env_extra: dict[str, str]) -> list[str]:
    env = {**os.environ, **env_extra}
    proc = subprocess.run([sys.executable, "-c", _SCRIPT, json.dumps(TEXTS)], env=env,
                          capture_output=True, text=True, check=True)
    return json.loads(proc.stdout)  # type: ignore[no-any-return]


def test_same_answers_under_any_machine_zone_and_locale() -> None:
    base = _answers({"TZ": "UTC", "LC_ALL": "C"})
    for extra in ({"TZ": "Asia/Kolkata", "LC_ALL": "C.UTF-8"},
                  {"TZ": "America/St_Johns", "LANG": "ar_EG.UTF-8"},
                  {"TZ": "Pacific/Kiritimati", "LANG": "ja_JP.UTF-8"}):
        assert _answers(extra) == base
