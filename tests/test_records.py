"""The plain-data records the stages keep in ``doc.user_data``."""

from __future__ import annotations

import attrs
import pytest

from quotekit.records import CueKind, CueMatch


@pytest.mark.parametrize(("particle", "companion"), [(None, None), ((30, 35), None), (None, (12, 15))])
def test_cue_data_has_every_field_and_round_trips(
    particle: tuple[int, int] | None, companion: tuple[int, int] | None
) -> None:
    cue = CueMatch(
        start=3,
        end=8,
        text="fügte",
        lemma="hinzufügen",
        kind=CueKind.VERB,
        head=1,
        tokens=(1, 6),
        particle=particle,
        companion=companion,
    )
    data = cue.to_data()
    assert list(data) == [field.name for field in attrs.fields(CueMatch)]
    assert data["kind"] == "verb"
    assert data["tokens"] == [1, 6]
    assert data["particle"] == (None if particle is None else list(particle))
    assert data["companion"] == (None if companion is None else list(companion))
    assert CueMatch.from_data(data) == cue
