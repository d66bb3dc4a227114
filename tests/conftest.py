from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

from quotekit.syntax.labels import Scheme

settings.register_profile("ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=30, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    import quotekit

    return quotekit.load()


@pytest.fixture(params=list(Scheme), ids=lambda scheme: scheme.value)
def scheme(request: pytest.FixtureRequest) -> Scheme:
    """Each label scheme in turn: rules that read dependency labels are tested in TIGER and in UD."""
    return request.param  # type: ignore[no-any-return]
