"""Where reported speech ends and narration begins, on short texts of the shapes real news writes: a term the writer
calls "sogenannt", a clause of comparison, "sei es … oder", a source after "geht aus … hervor", a Konjunktiv the
tagger takes for a noun after "das", a headline's quotation that the body repeats, and the speaker's words in
marks inside a hypothesis right after their report."""

from __future__ import annotations

import pytest

import quotekit
from quotekit import QuoteKind


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (q.kind.value, q.text, None if q.speaker is None else q.speaker.name) for q in quotekit.extract(text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Innenminister Frank Tessendorf verteidigte den Entwurf, der mehr Kameras an sogenannten "
        "„kriminalitätsbelasteten Orten“ vorsieht.",
        "Der Minister verteidigte die sogenannte „kluge Steuer“ ausdrücklich.",
    ],
)
def test_words_the_writer_calls_so_called_are_no_quotation(text: str) -> None:
    assert [q for q in _quotes(text) if q[0] == QuoteKind.DIRECT.value] == []


def test_a_fragment_a_speech_verb_governs_without_sogenannt_stays_a_quotation() -> None:
    assert ("direct", "neuen Wege", "Opposition") in _quotes("Die Opposition kritisierte die „neuen Wege“.")


def test_a_clause_of_comparison_is_no_content_of_the_verb_before_it() -> None:
    text = (
        "In der Nacht verabredeten sich Fahrer in Chatgruppen zu einem Treffen in Niederösterreich, "
        "als wäre nichts geschehen."
    )
    assert _quotes(text) == []


def test_sei_es_oder_joins_alternatives_and_reports_no_one() -> None:
    text = (
        "Ob Einheimische oder Gäste, sei es auf der Piste oder im freien Gelände: Die Bergrettung rät allen "
        "Wintersportlern, sich zu informieren."
    )
    assert [q[1] for q in _quotes(text)] == ["sich zu informieren"]


def test_sei_es_without_oder_still_reports() -> None:
    text = "Der Trainer sagte, er sei zufrieden. Das sei es, was er gewollt habe."
    assert [q[1] for q in _quotes(text)] == ["er sei zufrieden", "Das sei es, was er gewollt habe"]


def test_a_statement_before_geht_aus_hervor_is_what_the_source_says() -> None:
    text = "Die Zahl der Unfälle ist gestiegen, geht aus der Statistik der Polizei hervor."
    ((kind, content, _),) = _quotes(text)
    assert (kind, content) == ("indirect", "Die Zahl der Unfälle ist gestiegen")


def test_a_konjunktiv_tagged_a_noun_after_das_goes_on_with_the_speaker() -> None:
    text = (
        "Der Chef sprach von einem harten Schritt. Auf die Frage, ob weitere Abbaurunden folgen könnten, wollte "
        "Gerber-Roth nichts ausschliessen. Das hänge von der Entwicklung in Asien ab."
    )
    assert "Das hänge von der Entwicklung in Asien ab" in [q[1] for q in _quotes(text)]


def test_a_headline_quotation_the_body_repeats_is_the_body_speakers() -> None:
    text = (
        "«Ein Schlag für die Pendler»: Direktzug Langenthal–Luzern soll wegfallen\n\n"
        "Langenthal – Pendler müssen umsteigen. «Das ist ein Schlag für die Pendler», sagte "
        "Gemeindepräsidentin Barbara Kummer."
    )
    assert _quotes(text) == [
        ("direct", "Ein Schlag für die Pendler", "Barbara Kummer"),
        ("direct", "Das ist ein Schlag für die Pendler", "Barbara Kummer"),
    ]


def test_a_title_in_a_headline_stays_a_title_though_the_body_quotes_its_words() -> None:
    text = "Der Film „Das Boot“ kehrt zurück\n\nBerlin – „Das Boot ist ein Klassiker“, sagte der Regisseur."
    assert [q[1] for q in _quotes(text)] == ["Das Boot ist ein Klassiker"]


def test_the_headline_after_a_quotation_and_its_colon_is_no_report() -> None:
    text = (
        "„Wir sind fassungslos“: Werk in Eisenach soll schließen\n\n"
        "Eisenach – Der Zulieferer schließt sein Werk. „Wir sind fassungslos“, sagte Betriebsrat Jens Ulrich."
    )
    assert "Werk in Eisenach soll schließen" not in [q[1] for q in _quotes(text)]


def test_a_hypothesis_with_the_speakers_words_in_marks_right_after_their_report_is_theirs() -> None:
    text = (
        "Die Verteidigerin plädierte auf eine bedingte Strafe. Ihr Mandant habe sich selber gestellt. Eine "
        "unbedingte Strafe würde seine Familie «in den Ruin treiben»."
    )
    quotes = _quotes(text)
    assert ("direct", "in den Ruin treiben", "Die Verteidigerin") in quotes
    assert (
        "mixed",
        "Eine unbedingte Strafe würde seine Familie «in den Ruin treiben»",
        "Die Verteidigerin",
    ) in quotes


def test_a_hypothesis_without_marks_after_a_report_stays_the_narrators() -> None:
    text = (
        "Die Verteidigerin plädierte auf eine bedingte Strafe. Ihr Mandant habe sich selber gestellt. Eine "
        "unbedingte Strafe würde seine Familie ruinieren."
    )
    assert [q[1] for q in _quotes(text)] == ["Ihr Mandant habe sich selber gestellt"]


def test_a_report_after_a_fragment_and_its_colon_in_the_body_stays_a_report() -> None:
    text = (
        "Tellwerk baut Stellen ab\n\nRegionalsekretär Pascal Oberli sprach von einem «Kahlschlag»: Bereits vor "
        "zwei Jahren habe die Firma 60 Stellen gestrichen."
    )
    assert "Bereits vor zwei Jahren habe die Firma 60 Stellen gestrichen" in [q[1] for q in _quotes(text)]


def test_a_konjunktiv_clause_that_introduces_a_quotation_goes_on_with_the_report_before() -> None:
    text = (
        "Trainer Hans Berg war zufrieden. Seine Mannschaft habe ihre Chancen genutzt, sagte er. Für Westfalia tue "
        "ihm der Trainerwechsel leid: „Marco ist ein feiner Kerl.“"
    )
    assert ("indirect", "Für Westfalia tue ihm der Trainerwechsel leid", "Hans Berg") in _quotes(text)


def test_a_narrated_clause_that_introduces_a_quotation_reports_nothing() -> None:
    text = (
        "Trainer Hans Berg war zufrieden. Seine Mannschaft habe ihre Chancen genutzt, sagte er. Dann verließ er den "
        "Saal: „Ich muss los.“"
    )
    assert [q[0] for q in _quotes(text)] == ["indirect", "direct"]


def test_a_preterite_the_konjunktiv_two_shares_before_a_colon_reports_nothing() -> None:
    text = (
        "Die Juniorinnen feierten. Sie hätten alles gegeben, sagte eine Juniorin. Auf der Tribüne hielten einige "
        "von ihnen ein Transparent hoch: «Wir sind zurück»."
    )
    assert "Auf der Tribüne hielten einige von ihnen ein Transparent hoch" not in [
        q[1] for q in _quotes(text)
    ]


def test_sei_es_inside_a_clause_with_oder_later_still_reports() -> None:
    text = (
        "Der Arzt sprach von Zensur. In Japan selbst sei es schwierig, mit Ärzten oder Forschern zu sprechen."
    )
    assert "In Japan selbst sei es schwierig, mit Ärzten oder Forschern zu sprechen" in [
        q[1] for q in _quotes(text)
    ]
