"""Reported speech the pipeline's tagger and parser hide, on real parses: a Konjunktiv I tagged an adjective after the
subject of a reported clause, a Konjunktiv II tagged an infinitive, a cue the parse gives the quotation after a colon."""

from __future__ import annotations

import quotekit


def test_a_konjunktiv_one_tagged_an_adjective_after_the_subject_of_a_reported_clause_is_its_verb() -> None:
    # "unterstütze" tagged an attributive adjective after "der Kanton" (its article tagged a pronoun): no adjective
    # "unterstütz-" exists, and the clause after "sagte," opens with its subject
    text = "Ein Sprecher der Gesundheitsdirektion sagte, der Kanton unterstütze Gemeinden mit Beiträgen an Gruppenpraxen."
    assert [q.text for q in quotekit.extract(text)] == [
        "der Kanton unterstütze Gemeinden mit Beiträgen an Gruppenpraxen"
    ]


def test_braeuchten_is_a_konjunktiv_two_in_umlaut() -> None:
    # the parse hangs "sagte" on "bräuchten" (tagged an infinitive) when a quotation follows
    text = (
        "Ihre Sprecherin Noémie Baumann-Lachat sagte, Schneeleoparden bräuchten Reviere von vielen "
        "Quadratkilometern. «Kein Gehege der Welt kann das ersetzen.»"
    )
    assert "Schneeleoparden bräuchten Reviere von vielen Quadratkilometern" in [
        q.text for q in quotekit.extract(text)
    ]


def test_the_clause_after_the_cues_comma_reports_before_a_colon_that_opens_a_quotation() -> None:
    text = "Die Hydrologin Ulrike Zangl sagt, der Klimawandel verschärfe die Lage: „Wir haben nicht weniger Regen.“"
    assert [(q.kind.value, q.text) for q in quotekit.extract(text)] == [
        ("indirect", "der Klimawandel verschärfe die Lage"),
        ("direct", "Wir haben nicht weniger Regen."),
    ]
    # (not a condition or a clause after a stance before the colon)
    threat = "Gaddafi hatte mit Gewalt gedroht, sollte die UNO einen Beschluss fassen: „Alle Schiffe werden angegriffen.“"
    assert [q.kind.value for q in quotekit.extract(threat)] == ["direct"]
    # (after the cue's own colon the quotation is all it says)
    said = "Die Hydrologin Ulrike Zangl sagt: „Wir haben nicht weniger Regen.“ Das sei neu."
    assert next(q.kind.value for q in quotekit.extract(said)) == "direct"
