"""Speech a speaker relays: a speech verb in the Konjunktiv I heading its sentence right after an attributed
statement reports on that speaker's word ("Die Gewerkschaft verlange, dass …")."""

from __future__ import annotations

import quotekit
from quotekit import QuoteKind


def _reported_speakers(text: str) -> list[str | None]:
    return [
        q.speaker.name if q.speaker is not None else None
        for q in quotekit.extract(text)
        if q.kind is QuoteKind.INDIRECT
    ]


def test_a_speech_verb_in_the_konjunktiv_relays_the_speaker_before() -> None:
    text = (
        "„Das ist unanständig“, sagte Ivana Marić von der Gewerkschaft Werkplatz. "
        "Die Gewerkschaft verlange, dass das Konsultationsverfahren um einen Monat verlängert werde."
    )
    assert _reported_speakers(text) == ["Ivana Marić"]


def test_a_speech_verb_in_the_indicative_keeps_its_own_subject() -> None:
    # "meinte" is the writer's; the Konjunktiv "habe" belongs to the reported clause.
    text = (
        "„Das zahlt mir keiner“, sagte die Pflegerin Anna Roth. "
        "Ein Schüler meinte dagegen, er habe nichts gegen einen freien Tag."
    )
    assert _reported_speakers(text) == ["Ein Schüler"]
