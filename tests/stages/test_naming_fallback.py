"""A speech or naming verb the tagger missed, found by its form before a marked fragment (issue 12, point 4).

The parse of these hand-built Docs ties no word to the verb (every word hangs on the first), as a weak parse
does, so only the verb's form before the fragment can make it a quotation. It does not where the verb
stands in brackets the fragment is not in, where another full verb in the indicative holds the fragment,
or where "man" stands beside the verb: a term or a saying, not words someone said.
"""

from __future__ import annotations

from tests.handbuilt import Row, build

from quotekit.stages.cues import find_cues
from quotekit.stages.direct import find_direct_quotes
from quotekit.stages.marks import find_marked_spans
from quotekit.syntax import labels

Scheme = labels.Scheme

_FIN = "Mood=Ind|VerbForm=Fin"


def _said(words: list[tuple[str, ...]], scheme: Scheme) -> list[str]:
    """The direct quotations found in `words` (word, POS, lemma, morph?), every word hanging on the first."""
    rows: list[Row] = [
        (w[0], w[1], "0", "ROOT" if i == 0 else "dep", "ROOT" if i == 0 else "mo", w[2], *w[3:])
        for i, w in enumerate(words)
    ]
    spaces = [
        i + 1 < len(rows) and rows[i + 1][0] not in {",", ".", "“", ")"} and row[0] not in {"„", "("}
        for i, row in enumerate(rows)
    ]
    doc = build(rows, scheme, spaces=spaces)
    records = find_direct_quotes(doc, find_marked_spans(doc.text), find_cues(doc))
    return [doc.text[r.start : r.end] for r in records]


def _fragment(*words: tuple[str, ...]) -> list[tuple[str, ...]]:
    return [
        *words,
        ("„", "PUNCT", "„"),
        ("verschollene", "ADJ", "verschollen"),
        ("Forscher", "NOUN", "Forscher"),
        ("“", "PUNCT", "“"),
        (".", "PUNCT", "."),
    ]


_OPFERN = [("Unter", "ADP", "unter"), ("den", "DET", "der"), ("Opfern", "NOUN", "Opfer")]
_BERICHTETE = [("Wikinews", "PROPN", "Wikinews"), ("berichtete", "VERB", "berichten", _FIN)]
_SIND = [("sind", "AUX", "sein", _FIN), ("auch", "ADV", "auch")]


def test_a_verb_in_brackets_does_not_make_a_fragment_after_them_a_quotation(scheme: Scheme) -> None:
    # "Unter den Opfern (Wikinews berichtete) sind auch „verschollene Forscher“."
    bracketed = _fragment(*_OPFERN, ("(", "PUNCT", "("), *_BERICHTETE, (")", "PUNCT", ")"), *_SIND)
    assert _said(bracketed, scheme) == []
    # The same words with commas for brackets: the verb's clause holds the fragment.
    commas = _fragment(*_OPFERN, (",", "PUNCT", ","), *_BERICHTETE, (",", "PUNCT", ","), *_SIND)
    assert _said(commas, scheme) == ["verschollene Forscher"]


def _predicate(subject: str, verb: tuple[str, ...]) -> list[tuple[str, ...]]:
    """ "Den Fund <verb> <subject> für einen „Rätselsaurier“." """
    return [
        ("Den", "DET", "der"),
        ("Fund", "NOUN", "Fund"),
        verb,
        (subject, "PRON" if subject == "man" else "PROPN", subject),
        ("für", "ADP", "für"),
        ("einen", "DET", "ein"),
        ("„", "PUNCT", "„"),
        ("Rätselsaurier", "NOUN", "Rätselsaurier"),
        ("“", "PUNCT", "“"),
        (".", "PUNCT", "."),
    ]


def test_man_beside_the_verb_makes_a_term(scheme: Scheme) -> None:
    hielt = ("hielt", "ADJ", "halten")  # the tagger missed the verb
    assert _said(_predicate("Müller", hielt), scheme) == ["Rätselsaurier"]
    assert _said(_predicate("man", hielt), scheme) == []


def _between(*words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """ "Die Prüferin bewertete den Vorfall <words> nicht als „Störfall“." """
    return [
        ("Die", "DET", "der"),
        ("Prüferin", "NOUN", "Prüferin"),
        ("bewertete", "ADJ", "bewertete"),  # the tagger missed the verb
        ("den", "DET", "der"),
        ("Vorfall", "NOUN", "Vorfall"),
        *words,
        ("nicht", "PART", "nicht"),
        ("als", "ADP", "als"),
        ("„", "PUNCT", "„"),
        ("Störfall", "NOUN", "Störfall"),
        ("“", "PUNCT", "“"),
        (".", "PUNCT", "."),
    ]


def test_a_full_verb_between_holds_the_fragment(scheme: Scheme) -> None:
    assert _said(_between(), scheme) == ["Störfall"]
    # "…, der gilt nicht als „Störfall“": the fragment is in the clause of "gilt".
    gilt = _between((",", "PUNCT", ","), ("der", "PRON", "der"), ("gilt", "VERB", "gelten", _FIN))
    assert _said(gilt, scheme) == []


def _reported(verb: tuple[str, ...]) -> list[tuple[str, ...]]:
    """ "Der Sprecher betonte, es <verb> im Gegensatz zur „sozialen Marktwirtschaft“." """
    return [
        ("Der", "DET", "der"),
        ("Sprecher", "NOUN", "Sprecher"),
        ("betonte", "VERB", "betonen", _FIN),
        (",", "PUNCT", ","),
        ("es", "PRON", "es"),
        verb,
        ("im", "ADP", "in"),
        ("Gegensatz", "NOUN", "Gegensatz"),
        ("zur", "ADP", "zu"),
        ("„", "PUNCT", "„"),
        ("sozialen", "ADJ", "sozial"),
        ("Marktwirtschaft", "NOUN", "Marktwirtschaft"),
        ("“", "PUNCT", "“"),
        (".", "PUNCT", "."),
    ]


def test_a_reported_clause_goes_on_with_the_speech_verb_before_it(scheme: Scheme) -> None:
    assert _said(_reported(("stehe", "VERB", "stehen", "Mood=Sub|VerbForm=Fin")), scheme) == [
        "sozialen Marktwirtschaft"
    ]
    assert _said(_reported(("steht", "VERB", "stehen", _FIN)), scheme) == []


def _council(verb: tuple[str, ...]) -> list[tuple[str, ...]]:
    """ "Danach <verb> der neue „Oberste Rat zur Rettung der Republik“." (too long to pass for a name
    by its length alone)"""
    return [
        ("Danach", "ADV", "danach"),
        verb,
        ("der", "DET", "der"),
        ("neue", "ADJ", "neu"),
        ("„", "PUNCT", "„"),
        ("Oberste", "ADJ", "oberst"),
        ("Rat", "NOUN", "Rat"),
        ("zur", "ADP", "zu"),
        ("Rettung", "NOUN", "Rettung"),
        ("der", "DET", "der"),
        ("Republik", "NOUN", "Republik"),
        ("“", "PUNCT", "“"),
        (".", "PUNCT", "."),
    ]


def test_a_verb_of_saying_found_by_its_form_leaves_a_name_a_name(scheme: Scheme) -> None:
    # A verb of naming makes a predicate of the marked words; one of saying does not make a name said.
    assert _said(_council(("nannte", "ADJ", "nannte")), scheme) == ["Oberste Rat zur Rettung der Republik"]
    assert _said(_council(("erklärte", "ADJ", "erklärte")), scheme) == []
