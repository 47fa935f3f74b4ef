"""Hypothesis profiles: ``ci`` (thorough, the default under CI=true), ``dev`` (quick) and
``deep`` (a long soak).

Select with ``HYPOTHESIS_PROFILE=dev pytest`` in the inner loop.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=True,
)
settings.register_profile(
    "dev",
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
# For a long soak before a release, not for CI: HYPOTHESIS_PROFILE=deep pytest ...
settings.register_profile(
    "deep",
    max_examples=3000,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))
