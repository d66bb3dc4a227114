"""Reported speech the parse or the word lists hid: a Konjunktiv II in umlaut that only its prefix tells from another
verb's present, "infrage stellen" before an ob-clause, and a clause before an inverted cue whose subject has a
relative clause."""

from __future__ import annotations

import pytest

import quotekit


def _reports(text: str) -> list[tuple[str, str | None]]:
    return [
        (q.text, None if q.speaker is None else q.speaker.name)
        for q in quotekit.extract(text)
        if q.kind.value == "indirect"
    ]


def test_a_konjunktiv_two_of_erfahren_goes_on_with_a_question() -> None:
    text = (
        "Elternvertreterin Sandra Wimmer wollte wissen, wie die Direktion die Eltern informieren werde. Viele "
        "Familien erführen erst am ersten Schultag davon."
    )
    assert _reports(text)[-1] == ("Viele Familien erführen erst am ersten Schultag davon", "Sandra Wimmer")


def test_the_present_of_fuehren_after_a_report_is_narration() -> None:
    text = "Die Strecke sei sicher, sagte Bürgermeister Jan Holt. Die Wege führen seit Jahren durch den Wald."
    assert len(_reports(text)) == 1


def test_infrage_stellen_before_an_ob_clause_is_a_question() -> None:
    text = (
        "CSU-Stadtrat Karl-Heinz Wilms stellte infrage, ob die Berechnungen noch stimmten. Damals habe das Wasser "
        "im Keller gestanden."
    )
    assert _reports(text) == [
        ("ob die Berechnungen noch stimmten", "Karl-Heinz Wilms"),
        ("Damals habe das Wasser im Keller gestanden", "Karl-Heinz Wilms"),
    ]


def test_infrage_stellen_with_an_object_reports_nothing() -> None:
    assert (
        _reports("Die Opposition stellte die Zahlen infrage. Der Haushalt wurde trotzdem beschlossen.") == []
    )


def test_a_clause_whose_subject_has_a_relative_clause_is_reported_before_an_inverted_cue() -> None:
    text = (
        "„Wir arbeiten rund um die Uhr daran“, sagte Präsidentin Eva Lindner. Prüfungen, die in dieser Woche "
        "angesetzt waren, würden verschoben, kündigte die Präsidentin an."
    )
    assert _reports(text) == [
        ("Prüfungen, die in dieser Woche angesetzt waren, würden verschoben", "Eva Lindner")
    ]


def test_a_noun_with_a_relative_clause_as_the_object_of_an_inverted_verb_is_no_report() -> None:
    text = (
        "Die Angriffe auf den Minister, der dem Vorstand angehört hatte, kritisierte die Präsidentin scharf."
    )
    assert _reports(text) == []


def test_a_participle_that_opens_the_reported_clause_is_no_finite_verb() -> None:
    # (the parse makes "entgegnete" an adjective of the noun after "gezielte"; the surface still reports)
    text = "Biologin Valeria Ghielmetti entgegnete, gezielte Beleuchtung an Fusswegen sei durchaus möglich."
    assert _reports(text) == [
        ("gezielte Beleuchtung an Fusswegen sei durchaus möglich", "Valeria Ghielmetti")
    ]


def test_a_speech_verb_in_the_same_clause_as_laut_reports_nothing_before_it() -> None:
    # ("Kündigungen aussprechen" gives notice; the words before it are no clause set off before a cue)
    text = (
        "Die Gerber Präzision AG streicht 80 Stellen. Laut Unternehmen sollen die Kündigungen gestaffelt bis "
        "Ende Jahr ausgesprochen werden."
    )
    assert _reports(text) == [
        ("sollen die Kündigungen gestaffelt bis Ende Jahr ausgesprochen werden", "Gerber Präzision AG")
    ]


def test_a_relative_clause_after_a_speech_verb_in_a_relative_clause_is_the_outer_report() -> None:
    # ("Apps, die Wege anzeigten, die es … gebe": the second "die" opens a clause about the ways)
    text = (
        "Alpinpolizist Georg Reiter mahnte zur Vorsicht. Viele Bergsteiger verließen sich zu sehr auf Apps, die "
        "Wege anzeigten, die es im Gelände gar nicht mehr gebe, erklärte er."
    )
    assert _reports(text) == [
        (
            "Viele Bergsteiger verließen sich zu sehr auf Apps, die Wege anzeigten, die es im Gelände gar nicht "
            "mehr gebe",
            "Georg Reiter",
        )
    ]


def test_a_demonstrative_before_its_verb_opens_a_reported_clause() -> None:
    text = "Bürgermeister Jan Holt sagte, der sei schuld, der zu spät komme."
    assert _reports(text) == [("der sei schuld, der zu spät komme", "Jan Holt")]


def test_a_relative_clause_after_the_cue_reports_nothing() -> None:
    text = "Die Gewerkschaften beklagen Kürzungen, die einen Personalmangel zur Folge hätten."
    assert _reports(text) == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Die Kantonspolizei sagt, die meisten Rettungseinsätze beträfen Ortsunkundige.",
            "die meisten Rettungseinsätze beträfen Ortsunkundige",
        ),
        (
            "Janko Mikl sagte, die im Staatsvertrag garantierten Rechte stünden nur auf dem Papier.",
            "die im Staatsvertrag garantierten Rechte stünden nur auf dem Papier",
        ),
        (
            "Claudine Perrenoud antwortete, das eine schliesse das andere nicht aus.",
            "das eine schliesse das andere nicht aus",
        ),
    ],
)
def test_an_article_or_a_demonstrative_the_tagger_calls_relative_opens_a_report(text: str, said: str) -> None:
    assert [text_ for text_, _ in _reports(text)] == [said]


def test_a_clause_before_the_cue_may_end_in_a_relative_clause_set_off_by_a_comma() -> None:
    # (the parse hangs the w-clause's verb on the reported verb; the clause is verb-second all the same)
    text = (
        "Die Studie bestätige, was die Waldbauern seit Jahren beobachteten, sagte Obmann Leopold Fuchshuber."
    )
    assert _reports(text) == [
        ("Die Studie bestätige, was die Waldbauern seit Jahren beobachteten", "Leopold Fuchshuber")
    ]


def test_a_subordinate_clause_before_the_cue_still_frames_it() -> None:
    text = "Weil eine Einigung nicht möglich war, sagte Bürgermeister Jan Holt die Sitzung ab."
    assert _reports(text) == []


def test_a_cue_the_tagger_took_for_an_adjective_between_two_reported_clauses_reports_both() -> None:
    text = "Das lasse sich nicht ausschließen, antwortete Haas, aber es gebe keine Hinweise."
    quotes = [q for q in quotekit.extract(text) if q.kind.value == "indirect"]
    assert [[text[s:e] for s, e in ((p.start, p.end) for p in q.parts)] for q in quotes] == [
        ["Das lasse sich nicht ausschließen", "aber es gebe keine Hinweise"]
    ]


def test_a_subject_with_a_relative_clause_before_a_verb_of_demanding_is_no_report() -> None:
    text = (
        "Kulturstadträtin Sabine Wurzer (ÖVP), deren Ressort die Festspiele mit 1,8 Millionen Euro im Jahr fördert, "
        "verlangte Aufklärung. »Ich will wissen, wer wann was entschieden hat«, sagte sie."
    )
    assert _reports(text) == []
