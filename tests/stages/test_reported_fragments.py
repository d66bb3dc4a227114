"""The marked fragments of mixed quotations are direct quotations of their own (hand-built docs)."""

from __future__ import annotations

import pytest
from tests.handbuilt import Row, build

import quotekit
from quotekit.stages.cues import find_cues
from quotekit.stages.direct import find_direct_quotes
from quotekit.stages.marks import find_marked_spans
from quotekit.stages.reported import find_indirect_quotes
from quotekit.stages.reported.fragments import quoted_fragments
from quotekit.syntax import labels

Scheme = labels.Scheme


def _fragments(rows: list[Row], scheme: Scheme) -> tuple[list[str], list[str]]:
    """(the kinds of the reported quotations, the texts of the fragments found in them)."""
    doc = build(rows, scheme)
    cues = find_cues(doc)
    direct = find_direct_quotes(doc, find_marked_spans(doc.text), cues)
    reported = find_indirect_quotes(doc, cues, direct)
    found = quoted_fragments(doc, find_marked_spans(doc.text), direct, reported)
    return [q.kind for q in reported], [doc.text[q.start : q.end] for q in found]


def _sentence(fragment: list[Row]) -> list[Row]:
    """ "Er sagte, das sei „<fragment>“ gewesen." with the fragment's rows in the marks."""
    rows: list[Row] = [
        ("Er", "PRON", "1", "nsubj", "sb", "er"),
        ("sagte", "VERB", "1", "ROOT", "ROOT", "sagen"),
        (",", "PUNCT", "4", "punct", "punct", ","),
        ("das", "PRON", "4", "nsubj", "sb", "das"),
        ("sei", "AUX", "1", "ccomp", "oc", "sein"),
        ("„", "PUNCT", "4", "punct", "punct", "„"),
    ]
    rows += fragment  # (from token 6 on; its head word depends on "sei", token 4)
    rows += [
        ("“", "PUNCT", "4", "punct", "punct", "“"),
        ("gewesen", "AUX", "4", "cop", "oc", "sein"),
        (".", "PUNCT", "1", "punct", "punct", "."),
    ]
    return rows


def test_a_fragment_in_a_continuation_is_said_by_its_speaker() -> None:
    # No cue in the fragment's sentence: the direct stage alone leaves it; the Konjunktiv continuation
    # around it is mixed, and the fragment is the speaker's words.
    quotes = quotekit.extract(
        "Die Trainerin sagte, man habe gut gespielt. Die Mannschaft sei „eine der Stärksten im ganzen Feld“."
    )
    assert [(q.kind.value, q.text) for q in quotes] == [
        ("indirect", "man habe gut gespielt"),
        ("mixed", "Die Mannschaft sei „eine der Stärksten im ganzen Feld“"),
        ("direct", "eine der Stärksten im ganzen Feld"),
    ]
    assert quotes[2].speaker is not None
    assert quotes[2].speaker.name == "Die Trainerin"


def test_a_title_in_reported_speech_is_no_fragment(scheme: Scheme) -> None:
    # "Er sagte, das sei „Operation Nordlicht“ gewesen.": a title word first names an operation.
    fragment: list[Row] = [
        ("Operation", "NOUN", "7", "compound", "nk", "Operation"),
        ("Nordlicht", "PROPN", "4", "nsubj", "pd", "Nordlicht"),
    ]
    assert _fragments(_sentence(fragment), scheme) == (["mixed"], [])


def test_a_continuation_that_a_fragment_takes_most_of_still_reports_around_it() -> None:
    # The fragment is longer than the rest of the sentence; the Konjunktiv outside the marks ("dürfe") still
    # makes the sentence reported speech with the fragment in it (both are quotations, as web news marks them).
    quotes = quotekit.extract(
        "Der Kreisjägermeister Horst Brüning forderte, problematische Tiere schneller freizugeben. Die Politik "
        "dürfe „nicht länger zuschauen, bis der erste Mensch zu Schaden kommt“."
    )
    assert [(q.kind.value, q.text) for q in quotes][1:] == [
        ("mixed", "Die Politik dürfe „nicht länger zuschauen, bis der erste Mensch zu Schaden kommt“"),
        ("direct", "nicht länger zuschauen, bis der erste Mensch zu Schaden kommt"),
    ]
    assert {q.speaker.name if q.speaker else None for q in quotes} == {"Horst Brüning"}
    # a sentence that opens with the marks is the quotation's own, no report around it
    opening = quotekit.extract(
        "Die Trainerin sagte, man habe gut gespielt. „Wir waren selbst überrascht, wie gut das lief“, sagte sie."
    )
    assert [q.kind.value for q in opening] == ["indirect", "direct"]


def test_a_reported_clause_the_parse_ends_inside_the_marks_runs_to_their_end() -> None:
    # "Er habe «bewusst … gespielt», sagte …": the parse hangs the clause on a word inside the marks; it goes
    # on to the closing mark before the cue. Without a cue after it and no Konjunktiv before the marks, a
    # phrase that runs into the marks ("sprach von einer „Naturgewalt …“") stays no clause.
    (mixed, direct) = quotekit.extract(
        "Der Richter verurteilte den Mann. Er habe «bewusst mit dem Leben anderer gespielt», sagte die "
        "Gerichtspräsidentin."
    )
    assert (mixed.kind.value, mixed.text) == ("mixed", "Er habe «bewusst mit dem Leben anderer gespielt»")
    assert (direct.kind.value, direct.text) == ("direct", "bewusst mit dem Leben anderer gespielt")
    text = (
        "Landrat Benedikt Mazur machte sich ein Bild von der Lage. Er sprach von einer „Naturgewalt, wie wir sie "
        "hier nicht kennen“ und kündigte an, der Landkreis werde Soforthilfen beantragen."
    )
    assert [q.text for q in quotekit.extract(text) if q.kind.value != "direct"] == [
        "der Landkreis werde Soforthilfen beantragen"
    ]


def test_the_subject_of_a_konjunktiv_clause_around_a_fragment_is_what_was_said_not_its_speaker() -> None:
    # "Der Verein habe „…“" after "Vorstandschef Harald Timmermann wies das zurück.": the club is what he
    # speaks of; the fragment and the sentence around it are his.
    quotes = quotekit.extract(
        "Der SC Nordhafen spielt in der 2. Bundesliga. Vorstandschef Harald Timmermann wies das zurück. Der "
        "Verein habe „so viel investiert wie noch nie in seiner Geschichte“."
    )
    assert [(q.kind.value, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("mixed", "Harald Timmermann"),
        ("direct", "Harald Timmermann"),
    ]


def test_a_report_after_a_speech_verb_and_its_colon_keeps_its_quoted_fragment() -> None:
    # the fragment's cue is the verb before the colon, outside the reported part: the part reports all the same
    text = "Müller kritisierte zudem die Form des Protests: Eine Arbeitsniederlegung im Spital sei «nicht der richtige Weg»."
    kinds = [(q.kind.value, q.text) for q in quotekit.extract(text)]
    assert ("mixed", "Eine Arbeitsniederlegung im Spital sei «nicht der richtige Weg»") in kinds


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            "«Wir sind nicht fertig», sagte Captain Reto Amstutz. Die Mannschaft habe nach dem 0:2 im ersten "
            "Drittel «Charakter gezeigt». Amstutz erzielte zwei Tore.",
            "Charakter gezeigt",
        ),
        (
            "„Niemand hat den Kopf hängen lassen“, sagte die Trainerin. Lindner sei für die Mannschaft „Gold wert“. "
            "Der Stürmer gab sich bescheiden.",
            "Gold wert",
        ),
    ],
)
def test_marked_words_that_close_the_verb_bracket_are_said_whatever_noun_stands_before_them(
    text: str, fragment: str
) -> None:
    # "im ersten Drittel «Charakter gezeigt»", "die Mannschaft „Gold wert“": not a name a noun introduces
    assert fragment in [q.text for q in quotekit.extract(text) if q.kind is quotekit.QuoteKind.DIRECT]


def test_a_title_that_leaves_the_verb_bracket_to_the_words_after_it_is_no_quotation() -> None:
    text = "Der Regisseur sagte, man habe im Kino den Film „Vom Winde verweht“ gezeigt."
    assert [q.text for q in quotekit.extract(text) if q.kind is quotekit.QuoteKind.DIRECT] == []


def test_a_fragment_whose_clause_a_speech_verb_closes_is_that_verb_s_speaker_s() -> None:
    # the judge reports what the video shows; the words in marks are the accused's, "gesagt" says so
    text = (
        "Die Richterin hielt fest, der Beschuldigte habe gehandelt. Ein Video, das sein Beifahrer gefilmt habe, "
        "zeige, wie er vor der Fahrt noch «Jetzt zeig ich euch mal was» in die Kamera gesagt habe."
    )
    (fragment,) = [q for q in quotekit.extract(text) if q.kind.value == "direct"]
    assert fragment.text == "Jetzt zeig ich euch mal was"
    assert (fragment.cue.text if fragment.cue else None) == "gesagt"
    assert (fragment.speaker.name if fragment.speaker else None) == "der Beschuldigte"


def test_a_phrase_in_marks_before_a_verb_stays_the_reporting_clause_s() -> None:
    # "erfahren" closes the clause, but the words in marks are a phrase of it: the one who reports said them
    text = "Der 44-Jährige sagte, er habe es «aus einem zweiminütigen Telefonat» erfahren."
    (fragment,) = [q for q in quotekit.extract(text) if q.kind.value == "direct"]
    assert (fragment.cue.text if fragment.cue else None) == "sagte"
