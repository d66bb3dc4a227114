"""The marked fragments of mixed quotations are direct quotations of their own (hand-built docs)."""

from __future__ import annotations

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
