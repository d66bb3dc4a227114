"""Reported speech where a weak tagger hides the form of the reported clause (hand-built docs; the last test
reads a sentence with the installed pipeline)."""

from __future__ import annotations

import pytest
from tests import extracted
from tests.handbuilt import Row, build, text_of

import quotekit
from quotekit import QuoteKind
from quotekit.stages.cues import find_cues
from quotekit.stages.reported import find_indirect_quotes
from quotekit.syntax import labels
from quotekit.syntax.verbs import konjunktiv_taken_for_other_word

Scheme = labels.Scheme


def reported(
    rows: list[Row], scheme: Scheme, tags: dict[int, str] | None = None
) -> list[tuple[list[str], str | None]]:
    doc = build(rows, scheme)
    for i, tag in (tags or {}).items():
        doc[i].tag_ = tag
    quotes = find_indirect_quotes(doc, find_cues(doc), [])
    return [([doc.text[s:e] for s, e in q.parts], text_of(doc, q.mention)) for q in quotes]


def test_a_zu_infinitive_tagged_finite_is_still_what_was_announced(scheme: Scheme) -> None:
    rows: list[Row] = [
        ("Die", "DET", "1", "det", "nk", "der"),
        ("Gruppen", "NOUN", "3", "nsubj", "sb", "Gruppe"),
        ("hatten", "AUX", "3", "aux", "ROOT", "haben"),
        ("angekündigt", "VERB", "3", "ROOT", "oc", "ankündigen", "VerbForm=Part"),
        (",", "PUNCT", "7", "punct", "punct", ","),
        ("die", "DET", "6", "det", "nk", "der"),
        ("Parade", "NOUN", "7", "obj", "oa", "Parade"),
        ("anzugreifen", "VERB", "3", "dep", "mo", "anzugreifen", "Tense=Past"),  # tagged VVFIN
        (".", "PUNCT", "3", "punct", "punct", "."),
    ]
    assert reported(rows, scheme, {7: "VVFIN"}) == [(["die Parade anzugreifen"], "Die Gruppen")]


def test_a_finite_verb_with_zu_inside_it_opens_no_infinitive_clause(scheme: Scheme) -> None:
    # "bezuschussen" holds "zu" but no separable particle before it: a finite verb, nothing reported.
    rows: list[Row] = [
        ("Die", "DET", "1", "det", "nk", "der"),
        ("Gruppen", "NOUN", "2", "nsubj", "sb", "Gruppe"),
        ("kündigten", "VERB", "2", "ROOT", "ROOT", "ankündigen"),
        ("an", "ADP", "2", "compound:prt", "svp", "an"),
        (",", "PUNCT", "7", "punct", "punct", ","),
        ("die", "DET", "6", "det", "nk", "der"),
        ("Länder", "NOUN", "7", "nsubj", "sb", "Land"),
        ("bezuschussen", "VERB", "2", "dep", "mo", "bezuschussen", "Mood=Ind|VerbForm=Fin"),
        ("Schulen", "NOUN", "7", "obj", "oa", "Schule"),
        (".", "PUNCT", "2", "punct", "punct", "."),
    ]
    assert reported(rows, scheme, {7: "VVFIN"}) == []


def test_a_perfect_zu_infinitive_with_a_participle_tagged_finite_is_what_was_said(scheme: Scheme) -> None:
    rows: list[Row] = [
        ("Politiker", "NOUN", "3", "nsubj", "sb", "Politiker"),
        ("haben", "AUX", "3", "aux", "ROOT", "haben"),
        ("ihr", "PRON", "3", "iobj", "da", "sie"),
        ("vorgeworfen", "VERB", "3", "ROOT", "oc", "vorwerfen", "VerbForm=Part"),
        (",", "PUNCT", "6", "punct", "punct", ","),
        ("Ergebnisse", "NOUN", "3", "conj", "cj", "Ergebnis"),
        ("verheimlicht", "VERB", "3", "conj", "cj", "verheimlichen", "VerbForm=Part"),  # tagged VVFIN
        ("zu", "PART", "8", "mark", "pm", "zu"),
        ("haben", "AUX", "6", "aux", "oc", "haben", "VerbForm=Inf"),
        (".", "PUNCT", "3", "punct", "punct", "."),
    ]
    assert reported(rows, scheme, {6: "VVFIN"}) == [(["Ergebnisse verheimlicht zu haben"], "Politiker")]


POLICE_SPOKE: list[Row] = [
    ("Die", "DET", "1", "det", "nk", "der"),
    ("Polizei", "NOUN", "2", "nsubj", "sb", "Polizei"),
    ("äußerte", "VERB", "2", "ROOT", "ROOT", "äußern"),
    ("sich", "PRON", "2", "obj", "oa", "sich"),
    (".", "PUNCT", "2", "punct", "punct", "."),
]


def _claim(verb: str, lemma: str) -> list[Row]:
    """ "Der Lohn <verb> unter dem Tarif." after POLICE_SPOKE, the verb tagged as a preterite."""
    at = len(POLICE_SPOKE)
    return [
        *POLICE_SPOKE,
        ("Der", "DET", str(at + 1), "det", "nk", "der"),
        ("Lohn", "NOUN", str(at + 2), "nsubj", "sb", "Lohn"),
        (verb, "VERB", str(at + 2), "ROOT", "ROOT", lemma, "Mood=Ind|Number=Sing|Person=3|Tense=Past"),
        ("unter", "ADP", str(at + 5), "case", "mo", "unter"),
        ("dem", "DET", str(at + 5), "det", "nk", "der"),
        ("Tarif", "NOUN", str(at + 2), "obl", "mo", "Tarif"),
        (".", "PUNCT", str(at + 2), "punct", "punct", "."),
    ]


def test_a_konjunktiv_one_tagged_as_a_preterite_is_free_reported_speech(scheme: Scheme) -> None:
    assert reported(_claim("liege", "liegen"), scheme) == [
        (["Der Lohn liege unter dem Tarif"], "Die Polizei")
    ]
    assert reported(_claim("gehöre", "gehöre"), scheme) == [
        (["Der Lohn gehöre unter dem Tarif"], "Die Polizei")
    ]


def test_a_konjunktiv_two_tagged_as_a_preterite_is_no_free_reported_speech(scheme: Scheme) -> None:
    assert reported(_claim("läge", "läge"), scheme) == []  # the Konjunktiv II of a preterite in "a"
    assert reported(_claim("lag", "liegen"), scheme) == []


def test_a_verb_in_e_beside_words_to_the_reader_orders_and_reports_nothing(scheme: Scheme) -> None:
    def sentence(subject: str, determiner: str) -> list[Row]:
        return [
            *POLICE_SPOKE,
            (subject, "PRON", "6", "nsubj", "sb", subject.lower()),
            ("trage", "VERB", "6", "ROOT", "ROOT", "tragen", "Mood=Ind|Number=Sing|Person=3|Tense=Past"),
            (determiner, "DET", "8", "det", "nk", determiner.lower()),
            ("Daten", "NOUN", "6", "obj", "oa", "Datum"),
            ("ein", "ADP", "6", "compound:prt", "svp", "ein"),
            (".", "PUNCT", "6", "punct", "punct", "."),
        ]

    assert reported(sentence("Er", "die"), scheme) == [(["Er trage die Daten ein"], "Die Polizei")]
    assert reported(sentence("Bitte", "deine"), scheme) == []  # "Bitte trage deine Daten ein"


def _after_police(rows: list[Row]) -> list[Row]:
    shift = len(POLICE_SPOKE)
    return [*POLICE_SPOKE, *((r[0], r[1], str(int(r[2]) + shift), *r[3:]) for r in rows)]


def test_a_konjunktiv_one_tagged_as_an_adjective_where_none_can_stand_is_free_reported_speech(
    scheme: Scheme,
) -> None:
    rows: list[Row] = [
        ("Der", "DET", "1", "det", "nk", "der"),
        ("Zugang", "NOUN", "2", "nsubj", "sb", "Zugang"),
        ("funktioniere", "ADJ", "2", "ROOT", "ROOT", "funktioniere"),
        ("weiterhin", "ADV", "2", "advmod", "mo", "weiterhin"),
        (".", "PUNCT", "2", "punct", "punct", "."),
    ]
    assert reported(_after_police(rows), scheme) == [(["Der Zugang funktioniere weiterhin"], "Die Polizei")]


def test_an_adjective_in_e_before_a_noun_stays_an_adjective(scheme: Scheme) -> None:
    # Before a noun the form cannot tell the two apart ("Das große Geschäft"), unless the noun's gender rules
    # the article out ("Das schaffe Unsicherheit": see the next test).
    rows: list[Row] = [
        ("Das", "PRON", "1", "nsubj", "sb", "das"),
        ("schaffe", "ADJ", "2", "amod", "nk", "schaff"),
        ("Geschäft", "NOUN", "2", "ROOT", "ROOT", "Geschäft"),
        (".", "PUNCT", "2", "punct", "punct", "."),
    ]
    assert reported(_after_police(rows), scheme) == []
    rows[2] = ("Unsicherheit", "NOUN", "2", "ROOT", "ROOT", "Unsicherheit")
    assert reported(_after_police(rows), scheme) == [(["Das schaffe Unsicherheit"], "Die Polizei")]


def _would_confirm(negation: str, lemma: str) -> list[Row]:
    """ "Ein Sprecher wollte (nicht) <lemma>, dass alle Soldaten waren." """
    words = [negation] if negation else []
    verb = 3 + len(words)
    return [
        ("Ein", "DET", "1", "det", "nk", "ein"),
        ("Sprecher", "NOUN", str(verb), "nsubj", "sb", "Sprecher"),
        ("wollte", "AUX", str(verb), "aux", "ROOT", "wollen"),
        *((w, "PART", str(verb), "advmod", "ng", w) for w in words),
        (lemma, "VERB", str(verb), "ROOT", "oc", lemma, "VerbForm=Inf"),
        (",", "PUNCT", str(verb + 5), "punct", "punct", ","),
        ("dass", "SCONJ", str(verb + 5), "mark", "cp", "dass"),
        ("alle", "PRON", str(verb + 5), "nsubj", "sb", "alle"),
        ("Soldaten", "NOUN", str(verb + 5), "obj", "pd", "Soldat"),
        ("waren", "AUX", str(verb), "ccomp", "oc", "sein"),
        (".", "PUNCT", str(verb), "punct", "punct", "."),
    ]


def test_a_negated_verb_of_confirming_reports_nothing(scheme: Scheme) -> None:
    assert reported(_would_confirm("", "bestätigen"), scheme) == [
        (["dass alle Soldaten waren"], "Ein Sprecher")
    ]
    assert reported(_would_confirm("nicht", "bestätigen"), scheme) == []


def test_a_negated_verb_of_belief_still_reports(scheme: Scheme) -> None:
    # "wollte nicht glauben, dass …": the doubt is what the speaker holds.
    rows = _would_confirm("nicht", "glauben")
    assert [q[0] for q in reported(rows, scheme)] == [["dass alle Soldaten waren"]]


def test_a_speech_verb_with_sich_in_another_sense_reports_nothing(scheme: Scheme) -> None:
    # "Damit bestätigt sich der Verdacht, dass alle Soldaten waren." (proves true), and without "sich".
    def sentence(reflexive: bool) -> list[Row]:
        sich = [("sich", "PRON", "1", "obj", "oa", "sich")] if reflexive else []
        at = 2 + len(sich)
        return [
            ("Damit", "ADV", "1", "advmod", "mo", "damit"),
            ("bestätigt", "VERB", "1", "ROOT", "ROOT", "bestätigen"),
            *sich,
            ("der", "DET", str(at + 1), "det", "nk", "der"),
            ("Arzt", "NOUN", "1", "nsubj", "sb", "Arzt"),
            (",", "PUNCT", str(at + 6), "punct", "punct", ","),
            ("dass", "SCONJ", str(at + 6), "mark", "cp", "dass"),
            ("alle", "PRON", str(at + 6), "nsubj", "sb", "alle"),
            ("Soldaten", "NOUN", str(at + 6), "obj", "pd", "Soldat"),
            ("waren", "AUX", "1", "ccomp", "oc", "sein"),
            (".", "PUNCT", "1", "punct", "punct", "."),
        ]

    assert reported(sentence(False), scheme) == [(["dass alle Soldaten waren"], "der Arzt")]
    assert reported(sentence(True), scheme) == []


def test_a_bare_name_after_an_inverted_cue_is_its_subject_whatever_its_case(scheme: Scheme) -> None:
    # "Die Runde werde verlängert, teilte Gämsflug mit." with the name tagged as a dative.
    rows: list[Row] = [
        ("Die", "DET", "1", "det", "nk", "der"),
        ("Runde", "NOUN", "3", "nsubj:pass", "sb", "Runde"),
        ("werde", "AUX", "3", "aux:pass", "ROOT", "werden", "Mood=Sub|VerbForm=Fin"),
        ("verlängert", "VERB", "3", "ROOT", "oc", "verlängern", "VerbForm=Part"),
        (",", "PUNCT", "5", "punct", "punct", ","),
        ("teilte", "VERB", "6", "amod", "nk", "teilen", "Mood=Ind|VerbForm=Fin"),
        ("Gämsflug", "NOUN", "1", "obl", "da", "Gämsflug", "Case=Dat"),
        ("mit", "ADP", "3", "compound:prt", "svp", "mit"),
        (".", "PUNCT", "3", "punct", "punct", "."),
    ]
    assert [q[0] for q in reported(rows, scheme)] == [["Die Runde werde verlängert"]]


def test_a_reportative_claim_with_a_relative_clause_after_its_perfect_infinitive(scheme: Scheme) -> None:
    # "Er soll einer Gruppe angehört haben, die verboten war." after a sentence with a named source.
    at = len(POLICE_SPOKE)
    rows: list[Row] = [
        *POLICE_SPOKE,
        ("Er", "PRON", str(at + 4), "nsubj", "sb", "er"),
        ("soll", "AUX", str(at + 4), "aux", "ROOT", "sollen", "Mood=Ind|VerbForm=Fin"),
        ("einer", "DET", str(at + 3), "det", "nk", "ein"),
        ("Gruppe", "NOUN", str(at + 4), "iobj", "da", "Gruppe"),
        ("angehört", "VERB", str(at + 4), "ROOT", "oc", "angehören", "VerbForm=Part"),
        ("haben", "AUX", str(at + 4), "aux", "oc", "haben", "VerbForm=Inf"),
        (",", "PUNCT", str(at + 9), "punct", "punct", ","),
        ("die", "PRON", str(at + 9), "nsubj", "sb", "der", "PronType=Rel"),
        ("verboten", "ADJ", str(at + 9), "advmod", "pd", "verboten"),
        ("war", "AUX", str(at + 3), "acl:relcl", "rc", "sein", "Mood=Ind|VerbForm=Fin"),
        (".", "PUNCT", str(at + 4), "punct", "punct", "."),
    ]
    assert [q[0] for q in reported(rows, scheme)] == [
        ["Er soll einer Gruppe angehört haben, die verboten war"]
    ]


def test_a_reportative_claim_after_a_frame_with_a_relative_clause(scheme: Scheme) -> None:
    # "Beim Angriff, der stattfand, soll er getötet worden sein.": "soll" after a frame of commas.
    at = len(POLICE_SPOKE)
    rows: list[Row] = [
        *POLICE_SPOKE,
        ("Beim", "ADP", str(at + 1), "case", "mo", "bei"),
        ("Angriff", "NOUN", str(at + 8), "obl", "mo", "Angriff"),
        (",", "PUNCT", str(at + 4), "punct", "punct", ","),
        ("der", "PRON", str(at + 4), "nsubj", "sb", "der", "PronType=Rel"),
        ("stattfand", "VERB", str(at + 1), "acl:relcl", "rc", "stattfinden", "Mood=Ind|VerbForm=Fin"),
        (",", "PUNCT", str(at + 4), "punct", "punct", ","),
        ("soll", "AUX", str(at + 8), "aux", "ROOT", "sollen", "Mood=Ind|VerbForm=Fin"),
        ("er", "PRON", str(at + 8), "nsubj:pass", "sb", "er"),
        ("getötet", "VERB", str(at + 8), "ROOT", "oc", "töten", "VerbForm=Part"),
        ("worden", "AUX", str(at + 8), "aux:pass", "oc", "werden", "VerbForm=Part"),
        ("sein", "AUX", str(at + 8), "aux", "oc", "sein", "VerbForm=Inf"),
        (".", "PUNCT", str(at + 8), "punct", "punct", "."),
    ]
    assert [q[0] for q in reported(rows, scheme)] == [
        ["Beim Angriff, der stattfand, soll er getötet worden sein"]
    ]


def test_a_konjunktiv_the_tagger_took_for_an_adjective_still_makes_the_reported_clause(
    scheme: Scheme,
) -> None:
    # "Der Kanzler sagte, Deutschland brauche mehr Wohnungen." with "brauche" tagged as an adjective that
    # modifies "Wohnungen", and "Wohnungen" hung on "sagte": no verb in the clause by its tags.
    rows: list[Row] = [
        ("Der", "DET", "1", "det", "nk", "der"),
        ("Kanzler", "NOUN", "2", "nsubj", "sb", "Kanzler"),
        ("sagte", "VERB", "2", "ROOT", "ROOT", "sagen"),
        (",", "PUNCT", "4", "punct", "punct", ","),
        ("Deutschland", "PROPN", "7", "nsubj", "sb", "Deutschland"),
        ("brauche", "ADJ", "7", "amod", "nk", "brauch"),
        ("mehr", "DET", "7", "det", "nk", "mehr"),
        ("Wohnungen", "NOUN", "2", "obl", "mo", "Wohnung"),
        (".", "PUNCT", "2", "punct", "punct", "."),
    ]
    assert reported(rows, scheme) == [(["Deutschland brauche mehr Wohnungen"], "Der Kanzler")]
    # "Der Kanzler sagte, Deutschlands große Städte.": an adjective in "-e" before its noun is no verb.
    rows = [
        *rows[:4],
        ("Deutschlands", "PROPN", "6", "nmod", "ag", "Deutschland"),
        ("große", "ADJ", "6", "amod", "nk", "groß"),
        ("Städte", "NOUN", "2", "obl", "mo", "Stadt"),
        (".", "PUNCT", "2", "punct", "punct", "."),
    ]
    assert reported(rows, scheme) == []


def test_the_verb_that_governs_an_inverted_cue_infinitive_is_frame_not_content() -> None:
    import quotekit

    # "…, liess sie verlauten": "liess sie" once stayed in the content and the speaker came from the chain.
    text = (
        "Die Sozialdemokratin Anna Muster sagte, der Kanton werde die Betroffenen unterstützen. "
        "Man sei bereit zu helfen, liess sie verlauten."
    )
    last = quotekit.extract(text)[-1]
    assert last.text == "Man sei bereit zu helfen"
    assert last.speaker is not None
    assert last.speaker.mention is not None
    assert last.speaker.mention.text == "sie"


def test_a_cue_in_a_fronted_adverbial_clause_reports_nothing_after_it() -> None:
    import quotekit

    # A finite verb first after the comma: the main clause, not what "geklagt" reported.
    text = "Wenn Berlin seinerzeit geklagt hätte, hätte man in den anderen Feldern wohl keine Chancen gehabt."
    assert quotekit.extract(text) == []
    # "Wie X mitteilte, werde …" is a frame, and what follows it was said.
    assert [q.text for q in quotekit.extract("Wie die Polizei mitteilte, werde der Fall geprüft.")] == [
        "werde der Fall geprüft"
    ]


def test_a_wie_frame_without_a_source_compares_and_reports_nothing() -> None:
    import quotekit

    # "wie zunächst angenommen", "wie befürchtet": what was thought before, said by no one named.
    for text in (
        "Die Auswirkungen werden nicht so verheerend sein, wie zunächst angenommen, weil der Sturm abgedreht hat.",
        "Die Zahl der Opfer ist, wie befürchtet, weiter gestiegen.",
        # (the newsroom's own earlier report, in the indicative)
        "Wie bereits berichtet, wurden die Bedingungen geändert.",
    ):
        assert quotekit.extract(text) == []
    # With a source, or with a Konjunktiv after it, the frame still reports.
    assert [q.text for q in quotekit.extract("Wie die Polizei mitteilte, wurde niemand verletzt.")] == [
        "wurde niemand verletzt"
    ]
    assert [q.text for q in quotekit.extract("Wie berichtet, sei der Minister zurückgetreten.")] == [
        "sei der Minister zurückgetreten"
    ]
    assert [q.text for q in quotekit.extract("Wie heute bekannt wurde, ist der Trailer erschienen.")] == [
        "ist der Trailer erschienen"
    ]


def test_the_one_told_after_a_frame_source_is_frame_not_content(scheme: Scheme) -> None:
    # "Laut Polizeisprecher Markus Huber gegenüber der APA wurde niemand verletzt."
    rows: list[Row] = [
        ("Laut", "ADP", "1", "case", "mo", "laut"),
        ("Polizeisprecher", "NOUN", "9", "obl", "mo", "Polizeisprecher"),
        ("Markus", "PROPN", "1", "appos", "nk", "Markus"),
        ("Huber", "PROPN", "2", "flat:name", "pnc", "Huber"),
        ("gegenüber", "ADP", "6", "case", "mo", "gegenüber"),
        ("der", "DET", "6", "det", "nk", "der"),
        ("APA", "PROPN", "1", "nmod", "nk", "APA"),
        ("wurde", "AUX", "9", "aux:pass", "ROOT", "werden"),
        ("niemand", "PRON", "9", "nsubj:pass", "sb", "niemand"),
        ("verletzt", "VERB", "9", "ROOT", "oc", "verletzen", "VerbForm=Part"),
        (".", "PUNCT", "9", "punct", "punct", "."),
    ]
    assert reported(rows, scheme) == [(["wurde niemand verletzt"], "Polizeisprecher Markus Huber")]


def test_an_infinitive_tagged_finite_after_a_modal_leaves_the_clause_verb_second(scheme: Scheme) -> None:
    # "Wer Personal halten wolle, müsse mehr bieten, sagte Muster.": with "bieten" tagged finite, the
    # clause looked verb-final (subordinate), and nothing was reported.
    rows: list[Row] = [
        ("Wer", "PRON", "2", "nsubj", "sb", "wer"),
        ("Personal", "NOUN", "2", "obj", "oa", "Personal"),
        ("halten", "VERB", "7", "csubj", "sb", "halten"),
        ("wolle", "AUX", "2", "aux", "oc", "wollen", "Mood=Sub|VerbForm=Fin"),
        (",", "PUNCT", "2", "punct", "punct", ","),
        ("müsse", "AUX", "7", "aux", "ROOT", "müssen", "Mood=Sub|VerbForm=Fin"),
        ("mehr", "PRON", "7", "obj", "oa", "mehr"),
        ("bieten", "VERB", "9", "ccomp", "oc", "bieten", "VerbForm=Fin"),
        (",", "PUNCT", "7", "punct", "punct", ","),
        ("sagte", "VERB", "9", "ROOT", "ROOT", "sagen", "Mood=Ind|VerbForm=Fin"),
        ("Muster", "PROPN", "9", "nsubj", "sb", "Muster"),
        (".", "PUNCT", "9", "punct", "punct", "."),
    ]
    tags = {2: "VVINF", 3: "VMFIN", 5: "VMFIN", 7: "VVFIN", 9: "VVFIN"}
    assert reported(rows, scheme, tags) == [(["Wer Personal halten wolle, müsse mehr bieten"], "Muster")]


def test_a_subject_after_die_tagged_accusative_still_makes_the_cue_inverted(scheme: Scheme) -> None:
    # "Grund sei der Mangel, teilte die Klinikleitung mit.": the parse links nothing to the cue, and tags
    # "die Klinikleitung" as its accusative object.
    rows: list[Row] = [
        ("Grund", "NOUN", "3", "nsubj", "sb", "Grund"),
        ("sei", "AUX", "3", "cop", "ROOT", "sein", "Mood=Sub|VerbForm=Fin"),
        ("der", "DET", "3", "det", "nk", "der"),
        ("Mangel", "NOUN", "5", "obl", "oc", "Mangel"),
        (",", "PUNCT", "3", "punct", "punct", ","),
        ("teilte", "VERB", "5", "ROOT", "ROOT", "teilen", "Mood=Ind|VerbForm=Fin"),
        ("die", "DET", "7", "det", "nk", "der", "Case=Acc"),
        ("Klinikleitung", "NOUN", "5", "obj", "oa", "Klinikleitung", "Case=Acc"),
        ("mit", "ADP", "5", "compound:prt", "svp", "mit"),
        (".", "PUNCT", "5", "punct", "punct", "."),
    ]
    assert reported(rows, scheme) == [(["Grund sei der Mangel"], "die Klinikleitung")]


def test_a_strong_verbs_konjunktiv_two_by_its_umlaut_goes_on_with_the_speaker() -> None:
    # "sprächen": the plural Konjunktiv I "sprechen" is the indicative's, so reported speech takes the II.
    text = (
        "„Wer ein Gewehr in der Hand hält, trägt die Verantwortung“, sagte die Richterin. Für den Angeklagten "
        "sprächen sein Geständnis und die aufrichtige Reue."
    )
    reported = [q for q in quotekit.extract(text) if q.kind.value != "direct"]
    assert [q.text for q in reported] == [
        "Für den Angeklagten sprächen sein Geständnis und die aufrichtige Reue"
    ]


def _after_subject(first: Row) -> list[Row]:
    """ "<first> Regierung verteile Steuergeld im Ausland." after POLICE_SPOKE, "verteile" tagged as an
    adjective before its noun (the parse makes the object the root); `first` hangs on "Regierung"."""
    at = len(POLICE_SPOKE)
    return [
        *POLICE_SPOKE,
        first,
        ("Regierung", "NOUN", str(at + 3), "nsubj", "sb", "Regierung"),
        ("verteile", "ADJ", str(at + 3), "amod", "nk", "verteil", "Degree=Pos"),
        ("Steuergeld", "NOUN", str(at + 3), "ROOT", "ROOT", "Steuergeld"),
        ("im", "ADP", str(at + 5), "case", "mo", "im"),
        ("Ausland", "NOUN", str(at + 3), "nmod", "mo", "Ausland"),
        (".", "PUNCT", str(at + 3), "punct", "punct", "."),
    ]


def test_a_konjunktiv_one_tagged_as_an_adjective_after_the_subject_reports(scheme: Scheme) -> None:
    at = len(POLICE_SPOKE)
    article: Row = ("Die", "DET", str(at + 1), "det", "nk", "der")
    assert reported(_after_subject(article), scheme) == [
        (["Die Regierung verteile Steuergeld im Ausland"], "Die Polizei")
    ]
    # "Weitere Regierung verteile …": with no article first, the noun phrase may be an adjective's
    bare: Row = ("Weitere", "ADJ", str(at + 1), "amod", "nk", "weit")
    assert reported(_after_subject(bare), scheme) == []


def test_a_frame_inside_a_relative_clause_reports_that_clause_only() -> None:
    # "nach Angaben X" in a relative clause vouches for that clause, not for the main clause around it.
    text = (
        "Schuld an der Verzögerung war das komplizierte Übergabeverfahren, das nach Angaben eines "
        "Werft-Sprechers nicht rechtzeitig abgeschlossen werden konnte."
    )
    quotes = [q for q in quotekit.extract(text) if q.cue is not None and q.cue.text == "nach Angaben"]
    assert [[part.text for part in q.parts] for q in quotes] == [
        ["das", "nicht rechtzeitig abgeschlossen werden konnte"]
    ]


def test_nach_and_a_relative_pronoun_after_a_speech_noun_report_like_wonach() -> None:
    text = "Barrett starb am Freitag. Es gibt auch Gerüchte, nach denen Barrett an Krebs litt."
    quotes = [q for q in quotekit.extract(text) if q.cue is not None and q.cue.text == "nach denen"]
    assert [q.text for q in quotes] == ["Barrett an Krebs litt"]
    speaker = quotes[0].speaker
    # The rumours say it, not Barrett: the pronoun is the mention and names no one.
    assert speaker is not None
    assert speaker.mention is not None
    assert (speaker.mention.text, speaker.name) == ("denen", None)
    assert quotekit.extract("Das ist das Haus, nach dem er lange gesucht hat.") == []


def test_a_source_after_gemaess_keeps_its_field_and_its_truncated_compound() -> None:
    # "für Gesundheit" names the office's field, "Lehrerinnen- und" opens its compound: both are source.
    texts = {
        "Gemäss dem Bundesamt für Gesundheit (BAG) erhöht sich die Prämie um 5,4 Prozent.": (
            "dem Bundesamt für Gesundheit (BAG)",
            "erhöht sich die Prämie um 5,4 Prozent",
        ),
        "Gemäss dem Lehrerinnen- und Lehrerverband befürwortet eine Mehrheit der Mitglieder den Entscheid.": (
            "dem Lehrerinnen- und Lehrerverband",
            "befürwortet eine Mehrheit der Mitglieder den Entscheid",
        ),
    }
    for text, (source, content) in texts.items():
        (quote,) = quotekit.extract(text)
        assert quote.text == content
        assert quote.speaker is not None
        assert quote.speaker.mention is not None
        assert quote.speaker.mention.text == source


def test_a_lower_case_word_the_tagger_calls_finite_is_the_verb_of_a_reported_clause(scheme: Scheme) -> None:
    # "Die Regierung ignoriere die Vorgaben, sagte Lipp." with "ignoriere" a noun to the coarse tagger and a
    # finite verb to the fine one: German nouns are capitalised, so it is the clause's verb.
    rows: list[Row] = [
        ("Die", "DET", "1", "det", "nk", "der"),
        ("Regierung", "NOUN", "2", "nsubj", "sb", "Regierung"),
        ("ignoriere", "NOUN", "6", "ccomp", "oc", "ignoriere"),
        ("die", "DET", "4", "det", "nk", "der"),
        ("Vorgaben", "NOUN", "2", "obj", "oa", "Vorgabe"),
        (",", "PUNCT", "2", "punct", "punct", ","),
        ("sagte", "VERB", "6", "ROOT", "ROOT", "sagen", "Mood=Ind|Tense=Past|VerbForm=Fin"),
        ("Lipp", "PROPN", "6", "nsubj", "sb", "Lipp"),
        (".", "PUNCT", "6", "punct", "punct", "."),
    ]
    assert reported(rows, scheme, {2: "VVFIN"}) == [(["Die Regierung ignoriere die Vorgaben"], "Lipp")]
    # Tagged a noun by both taggers it is still the verb: a lower-case word in "-e" between the subject and
    # an article of the object.
    assert reported(rows, scheme, {2: "NN"}) == [(["Die Regierung ignoriere die Vorgaben"], "Lipp")]
    rows[2] = ("Ignoriere", "NOUN", "6", "ccomp", "oc", "Ignoriere")
    assert reported(rows, scheme, {2: "NN"}) == []  # a capitalised noun is one


def test_a_main_clause_in_the_indicative_after_a_verb_of_saying_and_its_comma_is_reported() -> None:
    # ("starte" is a Konjunktiv the tagger reads as an indicative preterite of "staren": it counts either way)
    (quote,) = quotekit.extract(
        "Der Verleih teilte mit, der Film starte am 14. November bundesweit in 200 Kinos."
    )
    assert quote.text == "der Film starte am 14. November bundesweit in 200 Kinos"
    assert quote.speaker is not None
    assert quote.speaker.name == "Der Verleih"
    # Not after a verb with an object of its own, nor after one that says nothing: two sentences a comma joins.
    for text in (
        "Der Gemeinderat beschloss die Fällung im Februar, ein Gutachten hatte zwei Bäume als morsch eingestuft.",
        "Gerber antwortete mit einem frühen Break und glich aus, die Halle bebte.",
    ):
        assert quotekit.extract(text) == [], text


def test_a_demonstrative_whose_gender_the_noun_after_does_not_share_is_the_subject(scheme: Scheme) -> None:
    # "Das schaffe Unsicherheit.": "schaffe" tagged an adjective between "Das" and "Unsicherheit"; a feminine
    # noun takes no neuter article, so "Das" is the subject and "schaffe" the verb.
    def rows(noun: str) -> list[Row]:
        return [
            ("Das", "DET", "2", "det", "nk", "der", "Gender=Neut|Number=Sing"),
            ("schaffe", "ADJ", "2", "amod", "nk", "schaffen"),
            (noun, "NOUN", "2", "ROOT", "ROOT", noun),
            (".", "PUNCT", "2", "punct", "punct", "."),
        ]

    assert konjunktiv_taken_for_other_word(build(rows("Unsicherheit"), scheme)[1])
    # "Das große Geschäft": no ending tells the noun's gender, so nothing clashes and the word stays an adjective
    assert not konjunktiv_taken_for_other_word(build(rows("Geschäft"), scheme)[1])


def test_an_inverted_cue_whose_subject_only_the_article_shows_as_nominative() -> None:
    # "der 61-Jährige" with a genitive plural on the noun (a weak tagger) and a nominative article: the
    # subject of "räumte … ein", so the reported clause ends before the cue.
    text = "Die Verluste seien schmerzhaft, räumte der 61-Jährige ein."
    quotes = quotekit.extract(text)
    assert [text[q.parts[0].start : q.parts[-1].end] for q in quotes] == ["Die Verluste seien schmerzhaft"]
    assert quotes[0].cue is not None
    assert quotes[0].cue.text.startswith("räumte")


def test_a_frame_word_inside_what_a_later_speech_verb_reports_is_content_not_the_attribution() -> None:
    text = (
        "Reto Capaul leitet das Amt für Jagd. Die Voraussetzungen gemäss revidierter Jagdverordnung seien "
        "möglicherweise erfüllt, sagte Capaul."
    )
    quotes = quotekit.extract(text)
    assert [(q.text, q.cue.text if q.cue else None) for q in quotes] == [
        ("Die Voraussetzungen gemäss revidierter Jagdverordnung seien möglicherweise erfüllt", "sagte")
    ]
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Reto Capaul"]
    # a frame before a quotation in marks keeps its sentence: the verb after the marks reports them
    framed = (
        "Gemäss dem Lawinenbulletin herrschte am Sonntag erhebliche Lawinengefahr, Stufe 3 von 5. «Stufe 3 wird "
        "oft unterschätzt», sagt die Expertin Sina Bärtsch."
    )
    assert next(q.cue.text if q.cue else None for q in quotekit.extract(framed)) == "Gemäss"


def test_a_word_the_tagger_calls_finite_but_the_word_class_a_noun_is_the_konjunktiv(scheme: Scheme) -> None:
    # "Die Offensive laufe bereits.": the morphologizer makes "laufe" a noun, the tagger a finite verb (VVFIN);
    # a lower-case noun is no noun, so the tag settles it. "ich bin müde": after a finite verb it is its predicate.
    rows: list[Row] = [
        ("Die", "DET", "1", "det", "nk", "der"),
        ("Offensive", "NOUN", "2", "nsubj", "sb", "Offensive"),
        ("laufe", "NOUN", "2", "ROOT", "ROOT", "laufe"),
        ("bereits", "ADV", "2", "advmod", "mo", "bereits"),
        (".", "PUNCT", "2", "punct", "punct", "."),
    ]
    doc = build(rows, scheme)
    doc[2].tag_ = "VVFIN"
    assert konjunktiv_taken_for_other_word(doc[2])
    predicate: list[Row] = [
        ("Er", "PRON", "1", "nsubj", "sb", "er"),
        ("bleibt", "AUX", "1", "ROOT", "ROOT", "bleiben"),
        ("müde", "ADJ", "1", "xcomp", "pd", "müde"),
        (".", "PUNCT", "1", "punct", "punct", "."),
    ]
    tired = build(predicate, scheme)
    tired[1].tag_, tired[2].tag_ = "VAFIN", "VVFIN"
    assert not konjunktiv_taken_for_other_word(tired[2])


def test_a_konjunktiv_right_after_a_personal_subject_is_the_verb_whatever_its_word_class(
    scheme: Scheme,
) -> None:
    # "Er rechne damit": "rechne" a noun by word class and tag; right after the sentence's personal subject
    # it is the verb in second place. After an article ("Das bessondere …") a lower-case noun stays a noun.
    def rows(first: str, pos: str) -> list[Row]:
        return [
            (first, pos, "1", "nsubj", "sb", first.lower()),
            ("rechne", "NOUN", "1", "ROOT", "ROOT", "rechnen"),
            ("damit", "ADV", "1", "advmod", "mo", "damit"),
            (".", "PUNCT", "1", "punct", "punct", "."),
        ]

    for first, pos, verb in (("Er", "PRON", True), ("Man", "PRON", True), ("Das", "DET", False)):
        doc = build(rows(first, pos), scheme)
        doc[1].tag_ = "ADJA"
        assert konjunktiv_taken_for_other_word(doc[1]) is verb, first


def test_a_konjunktiv_speech_verb_inside_what_a_so_frame_reports_is_content() -> None:
    text = (
        "Ganz ohne Spitze ging der Abschied nicht ab. Das Präsidium habe ihm im Winter zwei Verstärkungen "
        "zugesagt, gekommen sei keine, so der Pole."
    )
    quotes = [q for q in quotekit.extract(text) if q.kind is not quotekit.QuoteKind.DIRECT]
    assert [q.text for q in quotes] == [
        "Das Präsidium habe ihm im Winter zwei Verstärkungen zugesagt, gekommen sei keine"
    ]
    assert quotes[0].cue is not None
    assert quotes[0].cue.text == "so"
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.mention is not None
    assert quotes[0].speaker.mention.text == "der Pole"


def test_an_indicative_speech_verb_before_a_so_frame_keeps_its_clause() -> None:
    quotes = [q for q in quotekit.extract("Er sagte, das sei gut, so der Bericht.") if q.cue is not None]
    assert [q.cue.text for q in quotes if q.cue is not None] == ["sagte"]


def test_a_capitalised_source_after_laut_tagged_as_an_adverb_is_the_source(scheme: Scheme) -> None:
    # "Ärztekammer" read as an adverb was skipped like the "auch" of "so auch Präsident …"; the parse then
    # made a phrase of the content ("den Tiroler Spitälern") the source and cut it out of the quotation.
    rows: list[Row] = [
        ("Laut", "ADP", "1", "case", "mo", "laut"),
        ("Ärztekammer", "ADV", "2", "advmod", "mo", "Ärztekammer"),
        ("fehlen", "VERB", "2", "ROOT", "ROOT", "fehlen", "Mood=Ind|VerbForm=Fin"),
        ("in", "ADP", "5", "case", "mo", "in"),
        ("den", "DET", "5", "det", "nk", "der"),
        ("Spitälern", "NOUN", "2", "obl", "nk", "Spital"),
        ("30", "NUM", "7", "nummod", "nk", "30"),
        ("Fachärzte", "NOUN", "2", "nsubj", "sb", "Facharzt"),
        (".", "PUNCT", "2", "punct", "punct", "."),
    ]
    assert reported(rows, scheme) == [(["fehlen in den Spitälern 30 Fachärzte"], "Ärztekammer")]


def test_a_speech_verb_inside_what_nach_angaben_reports_leaves_the_frame() -> None:
    # "fordern" says nothing of its own here: the frame reports the whole sentence.
    (quote,) = quotekit.extract("Nach Angaben der Polizei fordern die Täter ein Lösegeld in Millionenhöhe.")
    assert quote.text == "fordern die Täter ein Lösegeld in Millionenhöhe"
    assert quote.cue is not None
    assert quote.cue.text == "Nach Angaben"
    # "Nach dem Urteil" is a time where the verb after it reports a clause of its own.
    (quote,) = quotekit.extract("Nach dem Urteil sagte die Anwältin, man werde Berufung prüfen.")
    assert quote.text == "man werde Berufung prüfen"


def test_a_title_the_tagger_calls_a_verb_makes_no_clause_of_the_speakers_own_phrase() -> None:
    # "Mag.a" tagged as an auxiliary: the phrase before "begründet" is who speaks, not what was said.
    text = (
        "Statt 4,20 Euro kostet eine Portion künftig 5,90 Euro. Das hat der Gemeinderat am Donnerstag "
        "beschlossen.\n\nVizebürgermeisterin Mag.a Renate Hölzl (VL), zuständig für Bildung, begründet die "
        "Erhöhung mit dem neuen Liefervertrag. Die Gemeinde habe den Preis drei Jahre lang gestützt."
    )
    quotes = quotekit.extract(text)
    assert [q.text for q in quotes] == ["Die Gemeinde habe den Preis drei Jahre lang gestützt"]
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name == "Renate Hölzl"


def test_a_second_predicate_of_the_speaker_after_the_cue_is_not_what_was_said(scheme: Scheme) -> None:
    # "Die Ministerin bestätigte den Bericht, wollte aber keine Zahlen nennen.": the clause after the comma
    # opens with an indicative finite verb of the same subject, nothing reported.
    rows: list[Row] = [
        ("Die", "DET", "1", "det", "nk", "der"),
        ("Ministerin", "NOUN", "2", "nsubj", "sb", "Ministerin"),
        ("bestätigte", "VERB", "2", "ROOT", "ROOT", "bestätigen", "Mood=Ind|VerbForm=Fin"),
        ("den", "DET", "4", "det", "nk", "der"),
        ("Bericht", "NOUN", "2", "obj", "oa", "Bericht"),
        (",", "PUNCT", "6", "punct", "punct", ","),
        ("wollte", "AUX", "2", "ccomp", "oc", "wollen", "Mood=Ind|VerbForm=Fin"),
        ("aber", "ADV", "6", "advmod", "mo", "aber"),
        ("keine", "DET", "9", "det", "nk", "kein"),
        ("Zahlen", "NOUN", "10", "obj", "oa", "Zahl"),
        ("nennen", "VERB", "6", "xcomp", "oc", "nennen", "VerbForm=Inf"),
        (".", "PUNCT", "2", "punct", "punct", "."),
    ]
    assert reported(rows, scheme, {6: "VMFIN"}) == []


def test_a_condition_that_opens_with_its_verb_inside_what_was_said_is_still_reported(scheme: Scheme) -> None:
    # "Er sagte, sollte das Gesetz kommen, werde er klagen.": the Konjunktiv after the condition reports.
    rows: list[Row] = [
        ("Er", "PRON", "1", "nsubj", "sb", "er"),
        ("sagte", "VERB", "1", "ROOT", "ROOT", "sagen", "Mood=Ind|VerbForm=Fin"),
        (",", "PUNCT", "3", "punct", "punct", ","),
        ("sollte", "AUX", "9", "advcl", "mo", "sollen", "Mood=Ind|VerbForm=Fin"),
        ("das", "DET", "5", "det", "nk", "der"),
        ("Gesetz", "NOUN", "3", "nsubj", "sb", "Gesetz"),
        ("kommen", "VERB", "3", "xcomp", "oc", "kommen", "VerbForm=Inf"),
        (",", "PUNCT", "8", "punct", "punct", ","),
        ("werde", "AUX", "9", "aux", "oc", "werden", "Mood=Sub|VerbForm=Fin"),
        ("er", "PRON", "10", "nsubj", "sb", "er"),
        ("klagen", "VERB", "1", "ccomp", "oc", "klagen", "VerbForm=Inf"),
        (".", "PUNCT", "1", "punct", "punct", "."),
    ]
    found = reported(rows, scheme, {3: "VMFIN", 8: "VAFIN"})
    assert [" ".join(parts) for parts, _ in found] == ["sollte das Gesetz kommen, werde er klagen"]


def test_a_speech_verb_coordinated_with_the_verb_before_it_is_no_inverted_cue(scheme: Scheme) -> None:
    # "Der Minister kündigte eine Reform an, verriet aber keine Details.": "verriet" is a second predicate
    # of "Der Minister" (the parse calls "Details" its subject), not a cue after reported words.
    rows: list[Row] = [
        ("Der", "DET", "1", "det", "nk", "der"),
        ("Minister", "NOUN", "2", "nsubj", "sb", "Minister"),
        ("kündigte", "VERB", "2", "ROOT", "ROOT", "ankündigen", "Mood=Ind|VerbForm=Fin"),
        ("eine", "DET", "4", "det", "nk", "ein"),
        ("Reform", "NOUN", "2", "obj", "oa", "Reform"),
        ("an", "ADP", "2", "compound:prt", "svp", "an"),
        (",", "PUNCT", "7", "punct", "punct", ","),
        ("verriet", "VERB", "2", "conj", "cj", "verraten", "Mood=Ind|VerbForm=Fin"),
        ("aber", "CCONJ", "10", "cc", "cd", "aber"),
        ("keine", "DET", "10", "det", "nk", "kein"),
        ("Details", "NOUN", "7", "nsubj", "sb", "Detail", "Case=Acc|Number=Plur"),
        (".", "PUNCT", "2", "punct", "punct", "."),
    ]
    assert reported(rows, scheme, {2: "VVFIN", 5: "PTKVZ", 7: "VVFIN"}) == []


def test_the_main_clause_around_an_inserted_cue_may_go_on_with_its_verb() -> None:
    # "In zehn Jahren, so schätzen die Forscher, soll …": after an inserted cue the content's verb comes first;
    # that is no second predicate of the speaker. The content is the clause around the cue, its time included
    # (a parser that cut "In circa … Jahren," off as a sentence of its own left only the words after the cue).
    quotes = quotekit.extract(
        "In circa zehn bis fünfzehn Jahren, so schätzen die Forscher, soll die Forschung abgeschlossen sein."
    )
    assert [
        (q.text, q.speaker.mention.text if q.speaker and q.speaker.mention else None) for q in quotes
    ] == [("In circa zehn bis fünfzehn Jahren soll die Forschung abgeschlossen sein", "die Forscher")]


def test_a_second_source_joined_by_und_is_frame_not_content(scheme: Scheme) -> None:
    # "Laut Polizei und Feuerwehr wurden drei Menschen verletzt.": both sources are the frame.
    rows: list[Row] = [
        ("Laut", "ADP", "1", "case", "mo", "laut"),
        ("Polizei", "NOUN", "7", "obl", "mo", "Polizei"),
        ("und", "CCONJ", "3", "cc", "cd", "und"),
        ("Feuerwehr", "NOUN", "1", "conj", "cj", "Feuerwehr"),
        ("wurden", "AUX", "7", "aux:pass", "ROOT", "werden", "Mood=Ind|VerbForm=Fin"),
        ("drei", "NUM", "6", "nummod", "nk", "drei"),
        ("Menschen", "NOUN", "7", "nsubj:pass", "sb", "Mensch"),
        ("verletzt", "VERB", "7", "ROOT", "oc", "verletzen", "VerbForm=Part"),
        (".", "PUNCT", "7", "punct", "punct", "."),
    ]
    assert reported(rows, scheme, {4: "VAFIN"}) == [
        (["wurden drei Menschen verletzt"], "Polizei und Feuerwehr")
    ]


def test_a_name_the_tagger_calls_a_noun_before_a_speech_noun_is_its_owner(scheme: Scheme) -> None:
    # "Nach Grupps Meinung werden Entscheidungen getroffen.": "Grupps" tagged as a common noun.
    rows: list[Row] = [
        ("Nach", "ADP", "2", "case", "mo", "nach"),
        ("Grupps", "NOUN", "2", "nmod", "ag", "Grupps"),
        ("Meinung", "NOUN", "5", "obl", "mo", "Meinung"),
        ("werden", "AUX", "5", "aux:pass", "ROOT", "werden", "Mood=Ind|VerbForm=Fin"),
        ("Entscheidungen", "NOUN", "5", "nsubj:pass", "sb", "Entscheidung"),
        ("getroffen", "VERB", "5", "ROOT", "oc", "treffen", "VerbForm=Part"),
        (".", "PUNCT", "5", "punct", "punct", "."),
    ]
    assert reported(rows, scheme, {3: "VAFIN"}) == [(["werden Entscheidungen getroffen"], "Grupps Meinung")]


def test_a_new_speaker_after_doch_ends_the_reported_clause_and_speaks_for_himself(scheme: Scheme) -> None:
    # "Préval sagte, Annabi sei tot, doch Sprecher Birnback erklärte, den Tod nicht bestätigen zu können." as a
    # weak parse gave it: "erklärte" hung on "sagte", "Sprecher" a conjunct.
    rows: list[Row] = [
        ("Préval", "PROPN", "1", "nsubj", "sb", "Préval"),
        ("sagte", "VERB", "1", "ROOT", "ROOT", "sagen", "Mood=Ind|Tense=Past|VerbForm=Fin"),
        (",", "PUNCT", "5", "punct", "punct", ","),
        ("Annabi", "PROPN", "5", "nsubj", "sb", "Annabi"),
        ("sei", "AUX", "5", "cop", "oc", "sein", "Mood=Sub|VerbForm=Fin"),
        ("tot", "ADJ", "1", "xcomp", "oc", "tot"),
        (",", "PUNCT", "8", "punct", "punct", ","),
        ("doch", "CCONJ", "8", "cc", "cd", "doch"),
        ("Sprecher", "NOUN", "1", "conj", "cj", "Sprecher"),
        ("Birnback", "PROPN", "8", "appos", "nk", "Birnback"),
        ("erklärte", "VERB", "1", "xcomp", "oc", "erklären", "Mood=Ind|Tense=Past|VerbForm=Fin"),
        (",", "PUNCT", "16", "punct", "punct", ","),
        ("den", "DET", "13", "det", "nk", "der"),
        ("Tod", "NOUN", "16", "obj", "oa", "Tod"),
        ("nicht", "PART", "16", "advmod", "ng", "nicht"),
        ("bestätigen", "VERB", "16", "xcomp", "oc", "bestätigen", "VerbForm=Inf"),
        ("zu", "PART", "17", "mark", "pm", "zu"),
        ("können", "AUX", "10", "xcomp", "oc", "können", "VerbForm=Inf"),
        (".", "PUNCT", "1", "punct", "punct", "."),
    ]
    found = reported(rows, scheme, {1: "VVFIN", 4: "VAFIN", 10: "VVFIN"})
    assert found == [
        (["Annabi sei tot"], "Préval"),
        (["den Tod nicht bestätigen zu können"], "Sprecher Birnback"),
    ]


@pytest.mark.parametrize(
    ("text", "cue", "name"),
    [
        (
            "Die Lage sei ernst, aber beherrschbar. Das erklärte Innenministerin Anna Weber am Dienstag.",
            "erklärte",
            "Anna Weber",
        ),
        (
            "Der Gemeinderat tagte am Montag. Die Sanierung sei abgeschlossen. So kommentierte Bürgermeister "
            "Peter Kurz die Sitzung.",
            "So kommentierte",  # (the pointer is part of the cue)
            "Peter Kurz",
        ),
    ],
)
def test_a_report_whose_next_sentence_points_back_and_names_the_speaker_is_theirs(
    text: str, cue: str, name: str
) -> None:
    reported = [q for q in quotekit.extract(text) if q.kind is not QuoteKind.DIRECT]
    assert len(reported) == 1
    assert reported[0].cue is not None
    assert reported[0].cue.text == cue
    assert reported[0].speaker is not None
    assert reported[0].speaker.name == name


def test_an_article_opening_the_next_sentence_points_back_to_nothing() -> None:
    # "Das russische Außenministerium erklärte, …": "Das" is the article of the next source, no pointer
    text = (
        "Rice forderte China zum Dialog auf. Dieser sei eine Autoritätsperson. "
        "Das russische Außenministerium erklärte, ein solcher Dialog sei eine innere Angelegenheit."
    )
    first = quotekit.extract(text)[0]
    assert first.text == "Dieser sei eine Autoritätsperson"
    assert first.speaker is not None
    assert first.speaker.name == "Rice"


def test_a_participle_after_a_preposition_is_not_the_sentences_finite_verb() -> None:
    # the tagger makes "absolvierten" a finite verb; right after "Nach" it stands in a phrase
    text = (
        "Jeb Bush hat sich für Romney als Kandidaten ausgesprochen. Nach absolvierten 34 Vorwahlen sei es "
        "notwendig, die Republikaner hinter Romney zu einen."
    )
    quotes = quotekit.extract(text)
    assert [q.text for q in quotes] == [
        "Nach absolvierten 34 Vorwahlen sei es notwendig, die Republikaner hinter Romney zu einen"
    ]
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name == "Jeb Bush"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Für den Trainer war die Niederlage „völlig unnötig“.",
            [
                ("mixed", "war die Niederlage „völlig unnötig“", "der Trainer"),
                ("direct", "völlig unnötig", "der Trainer"),
            ],
        ),
        (
            "Für Bürgermeister Karl Huber ist klar, dass der Entscheid falsch ist.",
            [("indirect", "ist klar, dass der Entscheid falsch ist", "Karl Huber")],
        ),
        # no one's words: a thing, the narrator's words only, a colon that attributes by itself
        ("Für die Sanierung ist „genug Geld“ da.", []),
        ("Für die Lehrer ist die Debatte unangenehm. Sie sollen die Gebühren rechtfertigen.", []),
    ],
)
def test_an_opinion_opened_by_fuer_and_a_person_frames_someones_words(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    found = [(q.kind.value, q.text, q.speaker.name if q.speaker else "") for q in quotekit.extract(text)]
    assert found == expected


def test_an_impersonal_verb_in_a_compound_tense_has_its_es_on_the_auxiliary() -> None:
    import quotekit

    text = "Am Vormittag hatte es zunächst geheißen, die Opposition hätte die Demonstration abgesagt."
    quotes = quotekit.extract(text)
    assert [(q.text, q.cue.text if q.cue else None) for q in quotes] == [
        ("die Opposition hätte die Demonstration abgesagt", "geheißen")
    ]


def test_a_reported_clause_whose_subject_has_a_relative_clause_after_the_comma() -> None:
    import quotekit

    text = (
        "Die Wochenzeitung meldet, Giuliana Sgrena, die sich wochenlang in Gefangenschaft befunden hatte, "
        "habe die offiziellen Angaben bezweifelt."
    )
    assert [q.text for q in quotekit.extract(text)] == [
        "Giuliana Sgrena, die sich wochenlang in Gefangenschaft befunden hatte, habe die offiziellen Angaben "
        "bezweifelt"
    ]
    # A relative clause after the cue's own object is no subject of a reported clause.
    assert quotekit.extract("Eine Zuschauerin half den Sanitätern, die Fahrer zu versorgen.") == []


def test_a_speech_noun_before_the_particle_that_closes_its_clause_reports_what_follows() -> None:
    import quotekit

    text = (
        "Er trat dem Vorwurf der Verteidigung mit den Worten entgegen, das Gericht sei ein irakisches und "
        "unterliege ausschließlich irakischem Recht."
    )
    quotes = quotekit.extract(text)
    assert [q.text for q in quotes] == [
        "das Gericht sei ein irakisches und unterliege ausschließlich irakischem Recht"
    ]
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.mention is not None
    assert quotes[0].speaker.mention.text == "Er"


def test_a_plural_konjunktiv_two_after_a_prefix_goes_on_with_the_speaker() -> None:
    import quotekit

    text = (
        "Die Nachfrage sei gut, erzählte ein Verkäufer. Viele Betriebe bekämen nur noch mit hohen Sicherheiten "
        "einen Kredit. Das entspräche nicht dem Markt."
    )
    quotes = quotekit.extract(text)
    # (the singular Konjunktiv II has a Konjunktiv I beside it: what might be, not what was said)
    assert [q.text for q in quotes] == [
        "Die Nachfrage sei gut",
        "Viele Betriebe bekämen nur noch mit hohen Sicherheiten einen Kredit",
    ]
    assert quotes[1].speaker is not None
    assert quotes[1].speaker.mention is not None
    assert quotes[1].speaker.mention.text == "ein Verkäufer"


def test_a_plural_finite_verb_tagged_as_an_infinitive_still_makes_a_reported_clause() -> None:
    from quotekit.syntax.verbs import plural_finite_taken_for_infinitive

    text = "Die Volksschule und der Kindergarten bleiben geöffnet, sagte die Direktorin."
    quotes = quotekit.extract(text)
    assert [q.text for q in quotes] == ["Die Volksschule und der Kindergarten bleiben geöffnet"]
    # An infinitive that closes its clause stays one.
    doc = quotekit.load()("Er will die Schule öffnen, sagte sie.")
    assert not any(plural_finite_taken_for_infinitive(t) for t in doc)


def test_a_sentence_opened_by_a_condition_goes_on_with_the_speaker_only_in_the_konjunktiv_one() -> None:
    text = (
        "Der Sprecher sagte, die Lage sei ernst. Wäre der Umzug nicht schon vorbei gewesen, hätten sich mehr als "
        "2000 Menschen auf der Straße aufgehalten."
    )
    assert [q.text for q in quotekit.extract(text)] == ["die Lage sei ernst"]
    text = "Der Sprecher sagte, die Lage sei ernst. Würden alle Moore wieder vernässt, werde man viel sparen."
    assert [q.text for q in quotekit.extract(text)][
        -1
    ] == "Würden alle Moore wieder vernässt, werde man viel sparen"


def test_a_thing_that_threatens_to_happen_says_nothing() -> None:
    text = "Der Frachter droht nun im südlichen Teil des Naturschutzgebiets am Great Barrier Reef auseinanderzubrechen."
    assert quotekit.extract(text) == []
    # A speaker that threatens, and a thing's verb with a clause of someone's words, still report.
    assert [q.text for q in quotekit.extract("Der Konzern droht, das Werk in Bochum zu schließen.")] == [
        "das Werk in Bochum zu schließen"
    ]


def test_a_relative_clause_or_an_indicative_clause_after_a_semicolon_is_no_content_of_the_cue() -> None:
    text = "Die Befürworter erhoffen sich davon eine bessere Ausgangslage in einer Zukunft, in der China immer wichtiger wird."
    assert quotekit.extract(text) == []
    text = "Die Gewerkschaft begrüßte das Vorhaben prinzipiell; allerdings lehnt sie eine zentrale Datei ab."
    assert [q.text for q in quotekit.extract(text)] == []
    # A Konjunktiv after the semicolon still reports, and an article a tagger may call a pronoun opens content.
    text = "Er verteidigte sich gegen den Vorwurf; er habe seine Prinzipien nie verraten."
    assert [q.text for q in quotekit.extract(text)] == ["er habe seine Prinzipien nie verraten"]


def test_a_speech_noun_with_an_attribute_on_von_before_its_clause() -> None:
    from quotekit.syntax.phrases import comma_after_attribute

    doc = quotekit.load()("Die Kritik galt dem Plan von Innenminister Schäuble, die Passbilder zu speichern.")
    plan = next(t for t in doc if t.text == "Plan")
    comma = comma_after_attribute(plan)
    assert comma is not None
    assert doc[comma].text == ","


def test_a_condition_in_the_konjunktiv_two_is_no_content_of_the_verb_before_it() -> None:
    # "ablehnen" takes no wenn-clause as what was said: the sentence is what the political scientist said
    text = (
        "Kleine Gemeinden lehnten die Fusion ab, wenn sie ihre Schule verlieren würden, "
        "sagte der Politologe Peter Brunner."
    )
    assert [(words, speaker) for words, speaker, _ in extracted.reported(text)] == [
        ("Kleine Gemeinden lehnten die Fusion ab, wenn sie ihre Schule verlieren würden", "Peter Brunner")
    ]


def test_a_condition_that_opens_the_reported_clause_stays_in_it() -> None:
    text = "Wenn es nach ihr ginge, bekämen die Pflegenden sofort mehr Lohn, sagte die Patientin Eva Roth."
    assert [(words, speaker) for words, speaker, _ in extracted.reported(text)] == [
        ("Wenn es nach ihr ginge, bekämen die Pflegenden sofort mehr Lohn", "Eva Roth")
    ]


def test_a_konjunktiv_tagged_an_adjective_after_a_prepositional_phrase_reports() -> None:
    # the installed pipeline tags "verliere" an adjective and "sein" (before "Herz") a verb: the clause opens
    # with a prepositional phrase, its verb in second place is the Konjunktiv, "sein Herz" no verb
    text = (
        "Dessen Sprecherin Monika Ryser warnte, mit der Schule verliere Eggwil sein Herz. "
        "«Zuerst geht die Schule, dann der Laden.»"
    )
    assert extracted.reported(text) == [
        ("mit der Schule verliere Eggwil sein Herz", "Monika Ryser", "warnte")
    ]


def test_konjunktiv_one_forms_of_stems_in_t_and_of_tun_go_on_with_the_speaker() -> None:
    text = (
        "Eine Evakuierung sei derzeit nicht geplant, sagte Bezirkshauptfrau Martina Haslinger. "
        "Man bereite sich aber auf alle Szenarien vor. Es tue ihr leid für die Betroffenen."
    )
    assert extracted.reported_speakers(text) == ["Martina Haslinger"] * 3


def test_a_verb_beside_ich_is_the_indicative_however_it_is_parsed() -> None:
    text = (
        "Die Untersuchung wäre der Super-Gau für den Datenschutz, sagte er. "
        "Praktisch halte ich es in dieser Frage mit dem Innensenator. Dann habe ich mich eben geirrt."
    )
    assert [q for q, _, _ in extracted.reported(text) if "ich" in q.split()] == []


def test_a_full_verbs_konjunktiv_two_after_a_sentence_about_someone_is_their_report() -> None:
    # "flögen" is no preterite: after "Vital nimmt die Bedenken ernst." it is what the biologist says
    text = (
        "Die Projektleiterin Seraina Vital kennt die Kritik. Vital nimmt die Bedenken ernst. Die Drohnen "
        "flögen in mindestens 120 Metern Höhe."
    )
    (quote,) = quotekit.extract(text)
    assert quote.kind is QuoteKind.INDIRECT
    assert quote.text.startswith("Die Drohnen flögen")
    assert quote.speaker is not None
    assert quote.speaker.name == "Seraina Vital"


def test_a_konjunktiv_two_with_no_one_before_it_is_the_narrators_hypothesis() -> None:
    # no person the sentence before is about: "entspräche" is the narrator's own reckoning
    text = "Das Gerät kostete 1977 rund 600 Dollar. Nach heutigem Maßstab entspräche dies etwa 2000 Euro."
    assert quotekit.extract(text) == []


def test_a_condition_opened_by_a_konjunktiv_two_the_tagger_calls_a_noun_is_no_report() -> None:
    # "Hätten …, wäre …" after a company's statement: what might have been, the narrator's, not the company's
    text = (
        "Man rechne mit einem Baubeginn im Frühjahr, teilte die Firma mit.\n\n"
        "Hätten die Beteiligten früher miteinander geredet, wäre der Konflikt womöglich nicht so eskaliert."
    )
    assert [q.text for q in quotekit.extract(text)] == ["Man rechne mit einem Baubeginn im Frühjahr"]


@pytest.mark.parametrize(
    "konjunktiv",
    ["schlössen schon jetzt Bäder", "wögen schwerer als der Lärm", "sänken die Heizkosten deutlich"],
)
def test_a_strong_verbs_konjunktiv_two_in_umlaut_goes_on_with_the_statement_before(konjunktiv: str) -> None:
    # the plural Konjunktiv II of a strong verb stands for the Konjunktiv I the indicative shares: the speaker
    # of the statement before goes on
    text = (
        f"Oberbürgermeister Werner Haug sagte, das Land lasse die Städte allein. Viele Kommunen {konjunktiv}."
    )
    quotes = quotekit.extract(text)
    assert [q.text for q in quotes] == ["das Land lasse die Städte allein", f"Viele Kommunen {konjunktiv}"]
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Werner Haug", "Werner Haug"]


def test_the_word_after_a_wie_frames_comma_is_the_main_clauses_verb_whatever_its_tag() -> None:
    # "erlitten" (an adjective to some taggers), "resultiert": the wie-clause fills the place before the verb
    for text, content in (
        (
            "Wie die Landespolizeidirektion am Sonntag mitteilte, erlitten Mutter und Kind Verletzungen.",
            "erlitten Mutter und Kind Verletzungen",
        ),
        (
            "Wie die Sportbahnen Hohtann AG an ihrer Generalversammlung mitteilte, resultiert für das "
            "Geschäftsjahr ein Verlust von 3,2 Millionen Franken.",
            "resultiert für das Geschäftsjahr ein Verlust von 3,2 Millionen Franken",
        ),
    ):
        quotes = quotekit.extract(text)
        assert [q.text for q in quotes] == [content]
        assert quotes[0].cue is not None
        assert quotes[0].cue.text == "mitteilte"


def test_a_question_does_not_go_on_with_the_reported_speech_before_it() -> None:
    # "Würden Sie den Beruf wieder wählen?": an interview's question, not the guest's Konjunktiv; reported speech
    # turns a question into an "ob" or w-clause without a question mark
    text = (
        "Pflegerin Melanie G. sagte, sie sei müde. Es gehe nicht ums Geld.\n\n"
        "Frage: Würden Sie den Beruf wieder wählen?\n\nM. G.: Jeden Tag."
    )
    assert [q.text for q in quotekit.extract(text) if q.kind is QuoteKind.INDIRECT] == [
        "sie sei müde",
        "Es gehe nicht ums Geld",
    ]


def test_a_name_between_an_inverted_speech_verb_and_the_comma_is_the_verbs_subject() -> None:
    # "sagte Amstutz, der Beschuldigte habe …" with "Amstutz" parsed as a subject in the clause
    text = (
        "Gerichtspräsidentin Regula Amstutz verurteilte den Mann zu 30 Monaten. In der Urteilsbegründung sagte "
        "Amstutz, der Beschuldigte habe mit erheblicher krimineller Energie gehandelt."
    )
    (quote,) = quotekit.extract(text)
    assert quote.text == "der Beschuldigte habe mit erheblicher krimineller Energie gehandelt"
    assert quote.speaker is not None
    assert quote.speaker.name == "Regula Amstutz"


def test_a_konjunktiv_whose_lemma_the_lemmatiser_cut_to_its_stem_is_reported() -> None:
    # "erscheine" with the lemma "erschein": stem + "e" all the same
    quotes = quotekit.extract("Die Firma teilte mit, die letzte Ausgabe erscheine am Montag.")
    assert [(q.kind, q.text) for q in quotes] == [
        (QuoteKind.INDIRECT, "die letzte Ausgabe erscheine am Montag")
    ]


def test_a_question_word_clause_ends_in_its_konjunktiv_whatever_the_tagger_calls_it(scheme: Scheme) -> None:
    # "Sie fragte, warum die Verwaltung die Probleme verschweige." with "verschweige" tagged as an adjective:
    # a clause the question word opens after a verb of asking ends in its verb
    rows: list[Row] = [
        ("Sie", "PRON", "1", "nsubj", "sb", "sie"),
        ("fragte", "VERB", "1", "ROOT", "ROOT", "fragen"),
        (",", "PUNCT", "1", "punct", "punct", ","),
        ("warum", "ADV", "8", "advmod", "mo", "warum"),
        ("die", "DET", "5", "det", "nk", "der"),
        ("Verwaltung", "NOUN", "8", "nsubj", "sb", "Verwaltung"),
        ("die", "DET", "7", "det", "nk", "der"),
        ("Probleme", "NOUN", "8", "obj", "oa", "Problem"),
        ("verschweige", "ADJ", "1", "dep", "oc", "verschweig"),
        (".", "PUNCT", "1", "punct", "punct", "."),
    ]
    assert reported(rows, scheme) == [(["warum die Verwaltung die Probleme verschweige"], "Sie")]
    # (the same clause ending in a noun is none: "Sie fragte, warum die Verwaltung die Probleme.")
    rows = [*rows[:8], (".", "PUNCT", "1", "punct", "punct", ".")]
    assert reported(rows, scheme) == []


def test_a_konjunktiv_tagged_as_a_determiner_that_governs_an_object_is_the_verb(scheme: Scheme) -> None:
    # "Ohne Geld drohe dem Verbund die Pleite, warnte sie." with "drohe" a demonstrative determiner that the
    # parse still gives an object: no determiner has one
    rows: list[Row] = [
        ("Ohne", "ADP", "1", "case", "mo", "ohne"),
        ("Geld", "NOUN", "2", "obl", "mo", "Geld"),
        ("drohe", "DET", "8", "ccomp", "oc", "drohe"),
        ("dem", "DET", "4", "det", "nk", "der"),
        ("Verbund", "NOUN", "2", "obl:arg", "da", "Verbund"),
        ("die", "DET", "6", "det", "nk", "der"),
        ("Pleite", "NOUN", "2", "obj", "oa", "Pleite"),
        (",", "PUNCT", "2", "punct", "punct", ","),
        ("warnte", "VERB", "8", "ROOT", "ROOT", "warnen"),
        ("sie", "PRON", "8", "nsubj", "sb", "sie"),
        (".", "PUNCT", "8", "punct", "punct", "."),
    ]
    tags = {2: "PDAT", 8: "VVFIN", 9: "PPER"}
    assert reported(rows, scheme, tags) == [(["Ohne Geld drohe dem Verbund die Pleite"], "sie")]


def test_the_grounds_after_a_verdict_in_the_present_are_reported_in_the_preterite_shaped_konjunktiv() -> None:
    # "hält … für solide. … spielten …": the plural Konjunktiv II stands in for the Konjunktiv I the indicative
    # shares; after narration in the past the same form narrates
    text = (
        "Der Biologe Tomas Novák hält die Ergebnisse zwar für solide. Neben der Überdüngung spielten aber auch "
        "die steigenden Wassertemperaturen eine wichtige Rolle."
    )
    (quote,) = quotekit.extract(text)
    assert quote.text.startswith("Neben der Überdüngung spielten")
    assert quote.speaker is not None
    assert quote.speaker.name == "Tomas Novák"
    narrated = "Der Biologe Tomas Novák hielt die Ergebnisse für solide. Die Forscher spielten danach Karten im Hafen."
    assert quotekit.extract(narrated) == []


def _reported_texts(text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker name, cue text) of each reported quotation the installed pipeline finds."""
    return [
        (
            text[q.parts[0].start : q.parts[-1].end],
            q.speaker.name if q.speaker else None,
            " ".join(p.text for p in q.cue.parts) if q.cue else None,
        )
        for q in quotekit.extract(text)
        if q.kind is not QuoteKind.DIRECT
    ]


def test_a_four_letter_konjunktiv_one_before_its_cue_is_reported() -> None:
    # "lese" is shorter than the "-e" rule's least length, and a weak tagger calls it an adjective
    found = _reported_texts(
        "Caflisch nimmt die Kritik gelassen. Sie lese Besprechungen erst nach einem halben Jahr, sagt sie."
    )
    assert [(content, cue) for content, _, cue in found] == [
        ("Sie lese Besprechungen erst nach einem halben Jahr", "sagt")
    ]
    # (a listed form capitalised inside a sentence is a noun: "In ihrer Rede" reports nothing)
    found = _reported_texts(
        "Die Ministerin sei zufrieden, sagte Kühn. In ihrer Rede hatte sie mehr Geld verlangt."
    )
    assert [content for content, _, _ in found] == ["Die Ministerin sei zufrieden"]


def test_a_konjunktiv_two_the_tagger_reads_as_an_infinitive_goes_on_with_the_statement() -> None:
    # "entstünden" with VerbForm=Inf from its "-en": a subject makes it finite, and its umlaut the Konjunktiv II
    found = _reported_texts(
        "Man setze auf Altersteilzeit, erklärte Mehlhorn. Dort entstünden bis 2027 etwa 120 neue Stellen."
    )
    assert [content for content, _, _ in found] == [
        "Man setze auf Altersteilzeit",
        "Dort entstünden bis 2027 etwa 120 neue Stellen",
    ]


def test_a_question_left_open_is_reported_only_in_the_konjunktiv() -> None:
    # "ließ … offen": the Konjunktiv gives the question as the speaker's, with its own speaker and cue
    found = _reported_texts(
        "Die Fahrgäste seien die Leidtragenden, sagte Gisela Hüppe. Ob es weitere Streiks gebe, ließ Olaf "
        "Wennemann offen."
    )
    assert found[-1] == ("Ob es weitere Streiks gebe", "Olaf Wennemann", "ließ offen")
    # in the indicative the question is the narrator's, and a gate left open is no question at all
    assert _reported_texts("Ob er kandidiert, ließ Olaf Wennemann offen.") == []
    found = _reported_texts("Die Bäuerin sagte, jemand müsse das Tor offen gelassen haben.")
    assert [cue for _, _, cue in found] == ["sagte"]


def test_a_cue_in_an_adverbial_clause_reports_no_main_clause_that_goes_on_after_it() -> None:
    # "…, bevor er mit der Intendanz gesprochen habe, erweise …": the main clause resumes with its verb after the
    # adverbial clause; the whole sentence goes on with the statement before it
    found = _reported_texts(
        "„Theater darf wehtun“, sagte Wolters. Ein Dezernent, der eine Aufführung abkanzle, bevor er mit der "
        "Intendanz gesprochen habe, erweise der Kunstfreiheit einen Bärendienst."
    )
    assert found == [
        (
            "Ein Dezernent, der eine Aufführung abkanzle, bevor er mit der Intendanz gesprochen habe, erweise der "
            "Kunstfreiheit einen Bärendienst",
            "Wolters",
            None,
        )
    ]
    # (a cue whose content is in the adverbial clause still reports it: "Während Juncker ankündigte, den Vorschlag
    # prüfen zu lassen, stellt sich die Partei hinter …")
    found = _reported_texts(
        "Während Premierminister Jean-Claude Juncker ankündigte, den Vorschlag prüfen zu lassen, stellt sich die "
        "Partei dagegen."
    )
    assert [content for content, _, _ in found] == ["den Vorschlag prüfen zu lassen"]


def test_a_preterite_form_beside_a_word_of_the_present_goes_on_with_the_statement() -> None:
    # "fehlten in den kommenden fünf Jahren", "arbeiteten inzwischen": no past narration but the Konjunktiv II
    # standing in for the Konjunktiv I the indicative shares
    for sentence in (
        "Ohne die Erhöhung fehlten in den kommenden fünf Jahren rund 60 Millionen Euro",
        "Viele Betreuerinnen aus der Slowakei arbeiteten inzwischen lieber in Deutschland",
    ):
        found = _reported_texts(f"Die Stadt sei gebunden, sagte Kreiner. {sentence}.")
        assert [content for content, _, _ in found] == ["Die Stadt sei gebunden", sentence]
    # (the past beside no such word is narration; a present plural whose stem ends in "-t" is none of this form)
    for sentence in (
        "Viele Betreuerinnen warteten am Bahnhof",
        "Für die kommenden Tage erwarten die Meteorologen ruhigeres Wetter",
    ):
        found = _reported_texts(f"Die Stadt sei gebunden, sagte Kreiner. {sentence}.")
        assert [content for content, _, _ in found] == ["Die Stadt sei gebunden"]


def test_a_quotation_a_reported_frame_brings_in_leaves_the_report_with_its_speaker() -> None:
    # "Ihr Sohn habe sie schon gefragt: „…“": the son's question is inside the mother's report, and the sentence
    # after it goes on with her
    text = (
        "Eine Mutter von zwei Kindern sagte, sie lasse die Kinder kein Leitungswasser mehr trinken. Ihr Sohn habe sie "
        "schon gefragt: „Mama, ist Plastik giftig?“ Sie habe ihm keine Antwort geben können."
    )
    quotes = quotekit.extract(text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes][-2:] == [
        ("Mama, ist Plastik giftig?", "Ihr Sohn"),
        ("Sie habe ihm keine Antwort geben können", "Eine Mutter von zwei Kindern"),
    ]


def test_nach_der_ankuendigung_says_when_unless_its_owner_follows() -> None:
    # "nach der Ankündigung minutenlang still": when, not who says so; the sentence goes on with Okonek
    found = _reported_texts(
        "Das habe sie noch nie erlebt, sagte die Betriebsratsvorsitzende Martina Okonek. Im Saal sei es nach der "
        "Ankündigung minutenlang still gewesen."
    )
    assert found[-1] == (
        "Im Saal sei es nach der Ankündigung minutenlang still gewesen",
        "Martina Okonek",
        None,
    )
    # "Nach der Ankündigung der Kultusministerin soll …": the owner says who announced it
    found = _reported_texts("Nach der Ankündigung der Kultusministerin soll die Reform im Herbst kommen.")
    assert [cue for _, _, cue in found] == ["Nach der Ankündigung"]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Nach ersten Ermittlungen der Polizei war der Wagen von der Fahrbahn abgekommen.",
            "Nach ersten Ermittlungen",
        ),
        # no owner: when the arrest came
        ("Nach monatelangen Ermittlungen hat die Polizei einen 42-Jährigen festgenommen.", None),
        # an owner, but an investigation that lasted: when the charge came, not who found something
        ("Nach monatelangen Ermittlungen der Staatsanwaltschaft wurde gegen den Mann Anklage erhoben.", None),
    ],
)
def test_nach_ermittlungen_names_a_source_only_with_its_owner_and_no_duration(
    text: str, cue: str | None
) -> None:
    assert [c for _, _, c in _reported_texts(text)] == ([cue] if cue else [])


def test_a_predicate_joined_to_a_speech_verb_by_und_is_no_reported_clause() -> None:
    # "verteidigt" has its object; "und den Abstand … erweitert" is a second predicate of the same subject
    text = (
        "Beim Derby hat der Tabellenführer aus Augsburg, die „Augsburger Panther“, seinen Platz verteidigt und den "
        "Abstand zu den Mannschaften noch erweitert."
    )
    assert _reported_texts(text) == []


def test_a_present_speech_verb_the_tagger_calls_an_adverb_after_the_comma_is_the_cue() -> None:
    # "…, warnt Verbandspräsident Urs Brändli" with "warnt" tagged ADV/ADJA: the comma before it and its subject
    # after it make it the inverted verb of saying
    found = _reported_texts(
        "Schon heute nähmen viele Praxen keine neuen Patienten mehr auf, warnt Verbandspräsident Urs Brändli."
    )
    assert found == [
        ("Schon heute nähmen viele Praxen keine neuen Patienten mehr auf", "Urs Brändli", "warnt")
    ]


@pytest.mark.parametrize(
    ("text", "question", "asker"),
    [
        (
            "Auf die Frage des Vorsitzenden Richters Gerold Fink, wo das Geld geblieben sei, antwortete der "
            "57-Jährige leise: „Für Zinsen und Raten.“",
            "wo das Geld geblieben sei",
            "Gerold Fink",
        ),
        (
            "Auf die Frage der Vorsitzenden Richterin Dr. Ulrike Brenneis, ob die Waffe geladen gewesen sei, "
            "antwortete der Angeklagte: „Nein, ich wollte niemandem wehtun.“",
            "ob die Waffe geladen gewesen sei",
            "Ulrike Brenneis",
        ),
    ],
)
def test_a_question_noun_with_a_long_asker_before_a_w_or_ob_clause_reports_the_question(
    text: str, question: str, asker: str
) -> None:
    found = {q.text: q for q in quotekit.extract(text)}
    assert question in found
    assert found[question].speaker is not None
    assert found[question].speaker.name == asker


def test_swiss_spelling_of_an_irregular_cue_verb_reports_as_the_standard_spelling_does() -> None:
    swiss = "Die Anwältin liess offen, ob sie das Urteil weiterziehen werde."
    standard = "Die Anwältin ließ offen, ob sie das Urteil weiterziehen werde."
    assert [q.text for q in quotekit.extract(swiss)] == [q.text for q in quotekit.extract(standard)]
    assert [q.text for q in quotekit.extract(swiss)] == ["ob sie das Urteil weiterziehen werde"]


def test_wie_after_a_statement_noun_opens_no_question() -> None:
    text = "Bei der Versicherung gingen mehr als 9000 Schadensmeldungen ein, wie ein Sprecher sagte."
    assert "wie ein Sprecher sagte" not in [q.text for q in quotekit.extract(text)]


def test_a_word_right_after_a_relative_pronoun_is_no_konjunktiv() -> None:
    # "möglicherweise" ends in "-e" and follows a pronoun, but a relative clause has its verb last
    text = (
        "Israelis, die möglicherweise aus der nahen Siedlung kommen, hatten in den vergangenen Wochen mehrere "
        "Anschläge verübt."
    )
    assert extracted.reported(text) == []


def test_a_wie_clause_that_ends_the_sentence_keeps_its_auxiliary() -> None:
    # "…, wie Hoyzer zitiert wird.": "wird" is the frame's, no word of what was reported
    text = "Der Betreuer habe jedem Schiedsrichter Geld gegeben, wie Robert Hoyzer zitiert wird."
    assert [words for words, _, _ in extracted.reported(text)] == [
        "Der Betreuer habe jedem Schiedsrichter Geld gegeben"
    ]


def test_a_wie_clause_closed_by_a_konjunktiv_is_part_of_what_is_reported() -> None:
    # "wie … gewürdigt werden könne" asks how, inside the report: no frame "wie X berichtete"
    text = (
        "Die Senatorin sagte, die Stadt verliere viel. Man werde prüfen, wie das Werk der Autorin dauerhaft "
        "gewürdigt werden könne."
    )
    assert [words for words, _, _ in extracted.reported(text)] == [
        "die Stadt verliere viel",
        "Man werde prüfen, wie das Werk der Autorin dauerhaft gewürdigt werden könne",
    ]
    # nor does "…, wie sie der Kläger verlangt habe, …" frame the sentence: it is compared inside the report
    compared = (
        "Die Richterin sagte, Bellen sei hinzunehmen. Eine Abschaffung des Hundes, wie sie der Kläger ursprünglich "
        "verlangt habe, sei dagegen unverhältnismäßig."
    )
    assert extracted.reported(compared)[-1] == (
        "Eine Abschaffung des Hundes, wie sie der Kläger ursprünglich verlangt habe, sei dagegen unverhältnismäßig",
        "Die Richterin",
        None,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Die Anwältin empfahl dem Gericht, der vor zwei Jahren eingereichten Klage stattzugeben.",
        "Der Stadtrat hat am Montag beschlossen, die 1970 errichtete Sporthalle um einen symbolischen Euro an "
        "einen Verein zu verkaufen.",
    ],
)
def test_a_participle_before_its_noun_keeps_a_zu_infinitive_clause_what_was_said(text: str) -> None:
    # The weak tagger calls "eingereichten" and "errichtete" verbs; their fine tag says attributive.
    [(words, _, cue)] = extracted.reported(text)
    assert words == text[text.index(",") + 2 : -1]
    assert cue in {"empfahl", "beschlossen"}


# Someone speaks earlier in the paragraph (a claim with "soll" and no one speaking in its paragraph is no one's).
_SPOKE = "„Wir ermitteln in alle Richtungen“, sagte ein Polizeisprecher. "


def test_sollen_with_the_infinitive_of_a_state_reports_a_claim() -> None:
    said = (
        _SPOKE
        + "Die Polizei nahm mehrere Demonstranten fest. Die Zahl der Festnahmen soll einige hundert betragen."
    )
    assert [words for words, _, _ in extracted.reported(said)] == [
        "Die Zahl der Festnahmen soll einige hundert betragen"
    ]
    # an event may be planned: "soll … beginnen" is the narrator's account of a plan
    planned = _SPOKE + "Die Gemeinde plant eine neue Halle. Der Bau soll im Mai beginnen."
    assert extracted.reported(planned) == []


def test_a_claim_with_sollen_and_no_one_speaking_in_its_paragraph_is_no_quotation() -> None:
    # the newsroom's own hearsay, whoever spoke in the paragraph before
    claim = "Der Veranstalter soll bereits über einen Sommer-Grand-Prix nachgedacht haben."
    assert extracted.reported("„Wir kommen wieder“, sagte Walter Pichler.\n\n" + claim) == []
    assert extracted.reported("Die Polizei nahm am Wochenende mehrere Demonstranten fest. " + claim) == []
    # with someone speaking before it in the paragraph, the claim is theirs
    assert extracted.reported("„Wir kommen wieder“, sagte Walter Pichler. " + claim) == [
        (claim[:-1], "Walter Pichler", None)
    ]


def test_sollen_does_not_carry_a_report_into_a_new_paragraph() -> None:
    said = "Innenminister Karl Huber sagte, die Lage sei ernst.\n\n"
    # the Konjunktiv goes on across the break, an indicative "soll" is the newsroom's account of the plan
    assert extracted.reported_speakers(said + "Man werde rasch handeln.") == ["Karl Huber", "Karl Huber"]
    assert extracted.reported_speakers(said + "Der Plan soll im Mai vorgestellt werden.") == ["Karl Huber"]
    # (in the same paragraph it goes on with the report, unless a date makes it the newsroom's schedule)
    same = said.strip() + " Der Plan soll die Kosten senken."
    assert extracted.reported_speakers(same) == ["Karl Huber", "Karl Huber"]
    dated = said.strip() + " Der Plan soll im Mai vorgestellt werden."
    assert extracted.reported_speakers(dated) == ["Karl Huber"]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (_SPOKE + "Die Ermittler prüfen die Firma. Sie soll mit gestohlenen Ersatzteilen handeln.", False),
        (
            _SPOKE
            + "Die Ermittler prüfen den Fund. Bei dem Toten soll es sich um einen Bergsteiger handeln.",
            True,
        ),
        (_SPOKE + "Der Fall liegt beim Obergericht. Es soll im Herbst darüber befinden.", False),
        (_SPOKE + "Die Polizei sucht den Verdächtigen. Er soll sich inzwischen im Ausland befinden.", True),
    ],
)
def test_handeln_and_befinden_name_a_state_only_as_reflexives(text: str, claim: bool) -> None:
    # "mit etwas handeln" (trade) and "über etwas befinden" (decide) are acts one may be told to do.
    second = text[text.rindex(". ") + 2 : -1]
    assert [words for words, _, _ in extracted.reported(text)] == ([second] if claim else [])


def test_a_pointer_that_opens_a_paragraph_reports_the_last_sentence_before_it() -> None:
    text = (
        "Heute kamen erste Erkenntnisse über die Einsturzursache ans Licht. Es wurde vermutlich ein falscher Leim "
        "für die Verklebung des Dachs verwandt.\n\nDies gab heute Professor Bernd Hillemeier bekannt."
    )
    assert extracted.reported(text) == [
        (
            "Es wurde vermutlich ein falscher Leim für die Verklebung des Dachs verwandt",
            "Bernd Hillemeier",
            "gab",
        )
    ]
    # not a headline's words, which end in no full stop
    assert extracted.reported("Brand in der Altstadt\n\nDas teilte die Polizei am Montag mit.") == []


def test_a_plural_preterite_after_a_pointer_is_the_verb_whatever_its_tag() -> None:
    # "berichteten" tagged as an attributive adjective: after a neuter "Das" an adjective would end in "-e"
    text = "Papandreou bot am Mittwoch seinen Rücktritt an. Das berichteten Medien unter Berufung auf Regierungskreise."
    assert [(words, cue) for words, _, cue in extracted.reported(text)] == [
        ("Papandreou bot am Mittwoch seinen Rücktritt an", "berichteten")
    ]


@pytest.mark.parametrize(
    ("text", "words", "owner"),
    [
        (
            "Die Ankündigung ihres Trainers, die Zusammenarbeit nach der Saison zu beenden, überraschte die Fans.",
            "die Zusammenarbeit nach der Saison zu beenden",
            "ihr Trainer",
        ),
        (
            "Die Forderung seiner Partei, die Steuer zu senken, lehnte der Minister ab.",
            "die Steuer zu senken",
            "seine Partei",
        ),
        (
            # a name in apposition to the owner, set off by commas, is the owner's
            "Die Ankündigung ihrer Trainerin, Maria Berger, den Verein im Sommer zu verlassen, kam überraschend.",
            "den Verein im Sommer zu verlassen",
            "Maria Berger",
        ),
    ],
)
def test_a_speech_noun_with_a_possessive_genitive_owner_reports_the_clause_after_it(
    text: str, words: str, owner: str
) -> None:
    assert extracted.reported(text) == [(words, owner, text.split()[1])]


@pytest.mark.parametrize("verb", ["lobte", "verteidigte", "kritisierte"])
def test_of_two_coordinated_verbs_the_one_before_the_clause_is_its_cue(verb: str) -> None:
    text = f"Die Ministerin {verb} die Polizei und betonte, die Lage sei weiterhin ernst."
    assert extracted.reported(text) == [("die Lage sei weiterhin ernst", "Die Ministerin", "betonte")]
    # an infinitive is inside what the first verb reports: it stays that verb's
    inside = "Die Zeugin behauptete beweisen zu können, dass der Angeklagte am Tatort gewesen ist."
    assert [cue for _, _, cue in extracted.reported(inside)] == ["behauptete"]


def test_a_so_clause_in_the_konjunktiv_is_part_of_the_report_not_its_frame() -> None:
    # "so schreibe es das Gesetz vor" cites a source inside what the Landrat reports
    text = (
        "Landrat Kolbe warb bis zuletzt für das Vorhaben. Der Landkreis müsse bis 2027 zwei Prozent seiner Fläche "
        "ausweisen, so schreibe es das Gesetz des Bundes vor."
    )
    assert extracted.reported(text) == [
        (
            "Der Landkreis müsse bis 2027 zwei Prozent seiner Fläche ausweisen, so schreibe es das Gesetz des Bundes vor",
            "Kolbe",
            None,
        )
    ]
    # in the indicative the "so" clause frames what it reports
    assert extracted.reported("Die Preise steigen, so erklärte Müller.") == [
        ("Die Preise steigen", "Müller", "erklärte")
    ]


def test_a_group_spoken_of_in_the_speakers_mood_does_not_take_over_the_report() -> None:
    # "lebten" (the past's form, the Konjunktiv II's too) in Matuschek's report: the clubs are what he speaks of
    text = (
        "Der Vorsitzende des Stadtsportbundes, Jörg Matuschek, nannte die Kürzung „ein fatales Signal“. Gerade "
        "kleinere Vereine lebten von diesem Geld. Am Ende werde die Jugendarbeit darunter leiden."
    )
    assert extracted.reported(text) == [
        ("Am Ende werde die Jugendarbeit darunter leiden", "Jörg Matuschek", None)
    ]
    # a group the narration describes in the indicative present goes on as the source
    narrated = (
        "Bürgermeisterin Anna Roth sagte, die Stadt prüfe den Fall. Viele Anwohner sind seit Wochen empört. Der "
        "Lärm nehme weiter zu."
    )
    assert extracted.reported_speakers(narrated) == ["Anna Roth", "Anwohner"]


def test_a_sourceless_claim_goes_to_the_source_a_continuation_named() -> None:
    # the Wetterdienst is named only by a continuation ("Da … liege, werde …"), no quotation with a cue
    text = (
        "Der Wetterdienst warnte am Montag vor Sturm. Da Deutschland am Rand eines Tiefs liege, werde milde Luft "
        "herangeführt.\n\nFür weite Teile des Landes wurde eine Unwetterwarnung ausgegeben. Oberhalb von 800 "
        "Metern könnten Orkanböen auftreten. Besonders der Westen und Norden des Landes seien betroffen."
    )
    assert _reported_texts(text)[-1] == (
        "Besonders der Westen und Norden des Landes seien betroffen",
        "Wetterdienst",
        None,
    )


def test_words_in_marks_after_a_cue_and_its_colon_are_no_report_of_that_cue() -> None:
    # "sagte:" quotes „…“ directly; the clause after the marks has its own cue ("erklärte sie, dass …")
    text = (
        "Die Ministerin sagte: „Das sind furchtbare Nachrichten aus der Stadt“, weiter erklärte sie, dass die "
        "Regierung helfen werde."
    )
    quotes = quotekit.extract(text)
    assert [(q.kind.value, q.text, q.cue.words if q.cue else None) for q in quotes] == [
        ("direct", "Das sind furchtbare Nachrichten aus der Stadt", "sagte"),
        ("indirect", "dass die Regierung helfen werde", "erklärte"),
    ]
    # an apposition after the speaker is no clause of the verb's: the verb after the marks attributes them
    text = (
        "Die Stimmung war gedrückt: „So zu verlieren ist richtig ärgerlich“, sagte Andreas Beck, Spieler von "
        "Hoffenheim, gegenüber einem Reporter."
    )
    [quote] = quotekit.extract(text)
    assert quote.cue is not None
    assert quote.cue.words == "sagte"
    assert quote.speaker is not None
    assert quote.speaker.name == "Andreas Beck"


def test_a_word_with_a_full_stop_inside_is_no_verb_of_reported_content() -> None:
    # "ver.di" tagged as a finite verb made the subject before "würdigte" a reported clause
    text = (
        "Der Vorsitzende der Gewerkschaft ver.di, Nachfolgeorganisation der ÖTV, Jens Ott, würdigte Brandt in einer "
        "Mitteilung als „eine bedeutende Persönlichkeit“."
    )
    assert [(q.kind.value, q.text) for q in quotekit.extract(text)] == [
        ("direct", "eine bedeutende Persönlichkeit")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Die Ministerin verteidigte den Plan der Landesregierung, bis 2027 rund 1200 Stellen zu schaffen.",
        "Der Minister lobte das Vorhaben, die Steuer im kommenden Jahr zu senken.",
        "Hunderte Studierende protestieren gegen den Plan der Universität, vier Studiengänge zu schließen.",
    ],
)
def test_a_zu_infinitive_after_a_noun_of_intent_is_no_report_of_the_verb(text: str) -> None:
    # the infinitive says what the plan is; the minister defended or praised it, and said nothing of the kind
    assert _reported_texts(text) == []
    # after a person the verb asks, the infinitive is what was asked
    asked = "Die Polizei bat die Anwohner, Fenster und Türen geschlossen zu halten."
    assert [words for words, _, _ in _reported_texts(asked)] == ["Fenster und Türen geschlossen zu halten"]
    # a speech noun in a prepositional phrase is where it was said, no object the infinitive belongs to
    advised = (
        "Die Botschaft empfahl in einer Sicherheitswarnung den Bürgern, unverzüglich das Land zu verlassen."
    )
    assert [cue for _, _, cue in _reported_texts(advised)] == ["empfahl"]


def test_a_clause_on_the_verbs_object_that_ends_in_its_verb_is_a_relative_clause() -> None:
    # "das" tagged as an article; the clause ends in its indicative verb: it says what the law does
    text = (
        "Wohnbaustadträtin Katharina Edlinger verteidigte das Gesetz, das Erhöhungen bei Altbaumieten heuer und im "
        "kommenden Jahr auf fünf Prozent begrenzt."
    )
    assert _reported_texts(text) == []
    # a clause in the Konjunktiv after the object still reports
    said = "Die Ministerin kritisierte den Entwurf, der Bund müsse mehr zahlen."
    assert [words for words, _, _ in _reported_texts(said)] == ["der Bund müsse mehr zahlen"]


def test_a_clause_of_time_with_its_own_speech_verb_is_no_content_of_the_cue_after_it() -> None:
    # "Als … vorwarf, sie vertreibe …" tells when she answered; what she explained follows "erklärte sie ihm"
    text = (
        "Als ihr ein Zuhörer in der Sitzung vorwarf, sie vertreibe die Stammgäste, erklärte sie ihm, die "
        "Nächtigungszahlen seien im Vorjahr sogar gestiegen."
    )
    assert [(words, cue) for words, _, cue in _reported_texts(text)] == [
        ("sie vertreibe die Stammgäste", "vorwarf"),
        ("die Nächtigungszahlen seien im Vorjahr sogar gestiegen", "erklärte"),
    ]
    # a clause of condition in the Konjunktiv is part of what was said
    inside = (
        "Wenn eine Athletin behaupte, der Transport habe den Wert verfälscht, höre sie das nicht zum ersten Mal, "
        "sagte die Prüferin."
    )
    assert [cue for _, _, cue in _reported_texts(inside)] == ["sagte"]
    # a report before the cue that opens with "Als" and no clause of time stays one
    said = "Als Ursache sei ein Defekt festgestellt worden, sagte der Sprecher."
    assert [words for words, _, _ in _reported_texts(said)] == [
        "Als Ursache sei ein Defekt festgestellt worden"
    ]


def test_a_konjunktiv_two_in_umlaut_tagged_as_an_attributive_adjective_is_the_reported_verb(
    scheme: Scheme,
) -> None:
    # "Die Polizei sagt, die meisten Einsätze beträfen Touristen." with "beträfen" a verb by its word class and an
    # attributive adjective by its fine tag: no participle takes that form
    rows: list[Row] = [
        ("Die", "DET", "1", "det", "nk", "der"),
        ("Polizei", "NOUN", "2", "nsubj", "sb", "Polizei"),
        ("sagt", "VERB", "2", "ROOT", "ROOT", "sagen", "Mood=Ind|Tense=Pres"),
        (",", "PUNCT", "7", "punct", "punct", ","),
        ("die", "PRON", "5", "det", "nk", "der"),
        ("meisten", "DET", "6", "det", "nk", "meist"),
        ("Einsätze", "NOUN", "7", "obj", "oa", "Einsatz"),
        ("beträfen", "VERB", "8", "amod", "nk", "beträf", "Mood=Ind|Number=Plur|Tense=Pres"),
        ("Touristen", "NOUN", "2", "obj", "oa", "Tourist"),
        (".", "PUNCT", "2", "punct", "punct", "."),
    ]
    tags = {2: "VVFIN", 4: "PRELS", 7: "ADJA"}
    assert reported(rows, scheme, tags) == [(["die meisten Einsätze beträfen Touristen"], "Die Polizei")]
    # (an inflected participle in the same place is an adjective: "die meisten Einsätze betroffenen Touristen")
    rows[7] = ("betroffenen", "VERB", "8", "amod", "nk", "betroffen", "Mood=Ind|Number=Plur|Tense=Pres")
    assert reported(rows, scheme, tags) == []


def test_a_konjunktiv_one_after_das_and_an_adverbial_adjective_is_free_reported_speech(
    scheme: Scheme,
) -> None:
    # "Das erhöhe langfristig das Risiko." with "erhöhe" tagged an adverb and "langfristig" the root: no adjective
    # or noun after the article "Das" stands before an adverbial adjective and another article
    rows: list[Row] = [
        ("Das", "DET", "2", "det", "nk", "der"),
        ("erhöhe", "ADV", "2", "advmod", "mo", "erhöhe"),
        ("langfristig", "ADJ", "2", "ROOT", "ROOT", "langfristig"),
        ("das", "DET", "4", "det", "nk", "der"),
        ("Risiko", "NOUN", "2", "nsubj", "sb", "Risiko"),
        (".", "PUNCT", "2", "punct", "punct", "."),
    ]
    tags = {0: "ART", 1: "ADV", 2: "ADJD", 3: "ART"}
    assert reported(rows, scheme, tags) == [(["Das erhöhe langfristig das Risiko"], None)]
    # (an attributive adjective there is the noun's: "Das bessondere schöne das Haus" makes no verb of "bessondere")
    assert reported(rows, scheme, {**tags, 2: "ADJA"}) == []


def test_a_konjunktiv_two_in_umlaut_after_a_sentence_about_a_person_is_their_account() -> None:
    text = (
        "Der Rat beschloss das Verbot am Dienstag.\n\nBetriebsrat Gerhard Fuchsbichler sieht die Ursache in den "
        "Arbeitsbedingungen. Viele Kolleginnen hätten in den vergangenen Jahren den Beruf gewechselt."
    )
    found = _reported_texts(text)
    assert found == [
        (
            "Viele Kolleginnen hätten in den vergangenen Jahren den Beruf gewechselt",
            "Gerhard Fuchsbichler",
            None,
        )
    ]
    # (a form the preterite shares is narration after a sentence in the past: "Die Kolleginnen gingen …")
    narrated = text.replace("sieht", "sah").replace(
        "hätten in den vergangenen Jahren den Beruf gewechselt", "gingen"
    )
    assert _reported_texts(narrated) == []


def test_a_weak_preterite_form_after_one_named_person_in_the_present_is_their_account() -> None:
    text = (
        "Die kantonale Kulturbeauftragte Petra Vonarburg spricht von einem Trend. Kleinere Festivals litten unter "
        "den gestiegenen Gagen."
    )
    # (the cue of the sentence before, which reported nothing of its own, is the report's)
    assert _reported_texts(text) == [
        ("Kleinere Festivals litten unter den gestiegenen Gagen", "Petra Vonarburg", "spricht von")
    ]
    # (not after a body: "Der Gemeinderat beschliesst das Budget. Neun Mitglieder stimmten dafür.")
    assert (
        _reported_texts(
            "Der Gemeinderat beschliesst das Budget. Neun Mitglieder stimmten dafür, sechs dagegen."
        )
        == []
    )
    # (nor a present whose stem ends in "t", which is its own infinitive: "Derzeit arbeiten 25 Mitarbeiter …")
    assert (
        _reported_texts(
            "Projektleiter Hans Tran erklärt das System. Derzeit arbeiten 25 Mitarbeiter an dem Projekt."
        )
        == []
    )


def test_a_konjunktiv_sentence_after_a_persons_view_goes_on_with_that_person() -> None:
    # "Für die Forscherin X ist die Lage keine Überraschung." gives X's view; the Konjunktiv after it is hers, not
    # that of the last one quoted before
    text = (
        "Roman Stoll schüttelte den Kopf. «Das haben wir geprüft.»\n\n"
        "Für die Forscherin Jael Aebischer vom Institut Eawag ist die Lage keine Überraschung. Die Temperaturen im "
        "Rhein seien seit den Achtzigerjahren um rund zwei Grad gestiegen."
    )
    assert _reported_texts(text) == [
        (
            "Die Temperaturen im Rhein seien seit den Achtzigerjahren um rund zwei Grad gestiegen",
            "Jael Aebischer",
            None,
        )
    ]


def test_a_konjunktiv_of_an_ieren_verb_tagged_as_a_noun_after_das_is_the_reported_verb(
    scheme: Scheme,
) -> None:
    # "Er meint, das passiere zu oft." with "passiere" a noun after the article "das": no noun or adjective ends in
    # "-iere" in lower case
    rows: list[Row] = [
        ("Er", "PRON", "1", "nsubj", "sb", "er"),
        ("meint", "VERB", "1", "ROOT", "ROOT", "meinen", "Mood=Ind|Tense=Pres"),
        (",", "PUNCT", "4", "punct", "punct", ","),
        ("das", "PRON", "4", "det", "nk", "der"),
        ("passiere", "NOUN", "4", "ROOT", "ROOT", "passiere"),
        ("zu", "ADP", "6", "case", "mo", "zu"),
        ("oft", "ADV", "4", "advmod", "mo", "oft"),
        (".", "PUNCT", "4", "punct", "punct", "."),
    ]
    tags = {0: "PPER", 1: "VVFIN", 3: "ART", 4: "ADJA"}
    assert reported(rows, scheme, tags) == [(["das passiere zu oft"], "Er")]
    # (a noun in another ending after the article stays one: "das Papier zu oft")
    rows[4] = ("Papiere", "NOUN", "4", "ROOT", "ROOT", "Papier")
    assert reported(rows, scheme, tags) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Unternehmenssprecher Marcel Ruhnke sagte, derzeit fehlten dem Unternehmen 14 Lokführer.",
            "derzeit fehlten dem Unternehmen 14 Lokführer",
        ),
        (
            "Ein Sprecher des Alpenvereins sagte auf Anfrage, Wander-Apps zeigten oft Routen, die niemand prüfe.",
            "Wander-Apps zeigten oft Routen, die niemand prüfe",
        ),
    ],
)
def test_a_plural_konjunktiv_two_in_second_place_after_a_speech_verb_is_reported(
    text: str, content: str
) -> None:
    # the weak preterite's form stands in for the Konjunktiv I the indicative shares, whatever stands first
    assert [found for found, _, _ in _reported_texts(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Direktor Helmut Pöschl sagte am Rande der Sitzung, die Einsparungen reichten mittelfristig nicht aus.",
            "die Einsparungen reichten mittelfristig nicht aus",
        ),  # a phrase after the verb of saying, and still a Konjunktiv II
        (
            "Gewerkschafterin Eva Lind sagte vor dem Werk, die Leute arbeiteten bei jedem Wetter im Freien.",
            "die Leute arbeiteten bei jedem Wetter im Freien",
        ),  # (a past form by its ending, whatever tense the tagger gives it)
    ],
)
def test_a_plural_konjunktiv_two_after_a_phrase_after_the_verb_of_saying_is_reported(
    text: str, content: str
) -> None:
    assert [found for found, _, _ in _reported_texts(text)] == [content]


def test_an_indicative_main_clause_after_an_accusation_is_what_was_said(scheme: Scheme) -> None:
    # "Kritiker warfen ihm vor, er wollte sich bereichern.": "vorwerfen" is a verb of saying whose indicative main clause
    # after the comma is what was said (`cue_clause_verbs.txt`), not the narrator's next sentence
    rows: list[Row] = [
        ("Kritiker", "NOUN", "1", "nsubj", "sb", "Kritiker"),
        ("warfen", "VERB", "1", "ROOT", "ROOT", "werfen", "Mood=Ind|Number=Plur|Tense=Past"),
        ("ihm", "PRON", "1", "iobj", "da", "er"),
        ("vor", "ADP", "1", "compound:prt", "svp", "vor"),
        (",", "PUNCT", "6", "punct", "punct", ","),
        ("er", "PRON", "6", "nsubj", "sb", "er"),
        ("wollte", "VERB", "1", "ccomp", "oc", "wollen", "Mood=Ind|Number=Sing|Tense=Past"),
        ("sich", "PRON", "8", "obj", "oa", "sich"),
        ("bereichern", "VERB", "6", "xcomp", "oc", "bereichern", "VerbForm=Inf"),
        (".", "PUNCT", "1", "punct", "punct", "."),
    ]
    tags = {0: "NN", 1: "VVFIN", 2: "PPER", 3: "PTKVZ", 5: "PPER", 6: "VMFIN", 7: "PRF", 8: "VVINF"}
    assert reported(rows, scheme, tags) == [(["er wollte sich bereichern"], "Kritiker")]


def test_a_singular_preterite_in_en_is_no_konjunktiv_two() -> None:
    # "erschien" ends in "-en" like a plural; after the comma it narrates
    text = (
        "Das gute Ergebnis der Läuferinnen wurde bestätigt durch einen dritten Platz von Anna Berger, nur Lisa "
        "Maier erschien etwas abgeschlagen auf Rang 19."
    )
    assert _reported_texts(text) == []


def test_a_plural_preterite_after_a_verb_with_an_object_is_narration() -> None:
    # "lehnte den Antrag ab, die Grünen stimmten dafür": the verb has its object; the clause after it narrates
    assert (
        _reported_texts("Der Rat lehnte den Antrag der Verwaltung ab, die Grünen stimmten geschlossen dafür.")
        == []
    )


def test_a_question_with_wie_and_a_clause_of_its_own_stays_the_question_verbs_content() -> None:
    # the clause after "fragte" opens with "wie" and ends in a verb of saying ("unterrichten"), but its comma
    # shows it is no narrator's "wie X mitteilte"
    text = (
        "Die Obfrau Monika Wallner fragte bei einem Infoabend, wie die Schulen die Qualität sichern wollen, "
        "wenn immer mehr Lehrkräfte ohne Ausbildung unterrichten."
    )
    quotes = quotekit.extract(text)
    assert [(q.text[:24], q.cue.text if q.cue else None) for q in quotes] == [
        ("wie die Schulen die Qual", "fragte")
    ]
