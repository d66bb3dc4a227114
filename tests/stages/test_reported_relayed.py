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


def test_after_a_verdict_is_a_time_not_a_source() -> None:
    # "nach dem Urteil" says when Varga was relieved, not according to whom: the quotation after it is hers.
    text = (
        "Sein Anwalt Peter Roth sagte, seine Mandantin sei unschuldig. Varga zeigte sich nach dem Urteil "
        "erleichtert. „Mir ging es nie ums Geld. Ich wollte nur, dass jemand feststellt, dass es nicht meine "
        "Schuld war.“"
    )
    quotes = quotekit.extract(text)
    assert [q.kind for q in quotes] == [QuoteKind.INDIRECT, QuoteKind.DIRECT]
    assert quotes[1].speaker is not None
    assert quotes[1].speaker.name == "Varga"
