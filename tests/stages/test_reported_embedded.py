"""Relative and causal clauses in the Konjunktiv I inside the narrator's sentences (`stages.reported.embedded`)."""

from __future__ import annotations

import pytest

import quotekit


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        (
            "Die Nachrichtenagentur spricht dagegen von einem Terroristen, der sich in die Luft gesprengt habe.",
            "der sich in die Luft gesprengt habe",
            "Die Nachrichtenagentur",
        ),
        (
            "Der Bischof hatte Homosexualität als Krankheit bezeichnet, die behandelt werden müsse.",
            "die behandelt werden müsse",
            "Der Bischof",
        ),
        (
            "Die Alliierten hatten jedoch Einspruch dagegen erhoben, weil Berlin einen Sonderstatus habe.",
            "weil Berlin einen Sonderstatus habe",
            "Die Alliierten",
        ),
    ],
)
def test_a_konjunktiv_one_clause_in_a_narrated_sentence_reports_its_subject(
    text: str, content: str, mention: str
) -> None:
    quotes = quotekit.extract(text)
    assert [(q.kind.value, q.text) for q in quotes] == [("indirect", content)]
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.mention is not None
    assert quotes[0].speaker.mention.text == mention


@pytest.mark.parametrize(
    "text",
    [
        # the indicative: narration
        "Der Ausschuss prüft den Fall, der im Mai bekannt wurde.",
        # the Konjunktiv II of what might have been
        "Am Tank wurden Kameras angebracht, mit denen Teile hätten entdeckt werden können.",
        # the first person: "habe" is the indicative
        "Es waren Charaktere, die ich bisher getroffen habe.",
    ],
)
def test_no_report_without_a_konjunktiv_one_in_the_third_person(text: str) -> None:
    assert quotekit.extract(text) == []


def test_a_relative_clause_of_a_reported_clause_is_no_report_of_its_own() -> None:
    text = (
        "Er hatte auf seinem Blog dokumentiert, dass sich in der Arbeit auf 61 Seiten Passagen fänden, die "
        "ohne Kennzeichnung übernommen seien."
    )
    assert "die ohne Kennzeichnung übernommen seien" not in [q.text for q in quotekit.extract(text)]
