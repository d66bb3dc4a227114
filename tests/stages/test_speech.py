"""Speech or title (issue 12, point 4): marks that quote no one are no quotations, decided from the words
around the marks, whatever they hold; a fragment someone said stays a quotation.

Rule tests on hand-built Docs in both label schemes; a few model-backed tests on sentences written for them.
"""

from __future__ import annotations

import pytest
from tests.handbuilt import Row, build

import quotekit
from quotekit import QuoteKind
from quotekit.stages.cues import find_cues
from quotekit.stages.direct import find_direct_quotes
from quotekit.stages.marks import find_marked_spans
from quotekit.syntax import labels

Scheme = labels.Scheme


def _said(rows: list[Row], scheme: Scheme) -> list[str]:
    spaces = [
        i + 1 < len(rows) and rows[i + 1][0] not in {",", ".", "“"} and row[0] != "„"
        for i, row in enumerate(rows)
    ]
    doc = build(rows, scheme, spaces=spaces)
    records = find_direct_quotes(doc, find_marked_spans(doc.text), find_cues(doc))
    return [doc.text[r.start : r.end] for r in records]


def _named(subject: Row, verb: Row, extra: list[Row]) -> list[Row]:
    """ "<subject> <verb> <extra> den Plan „unverantwortlich“ ." (the marked word hangs on the verb)."""
    n = len(extra)
    return [
        subject,
        verb,
        *extra,
        ("den", "DET", str(3 + n), "det", "nk", "der"),
        ("Plan", "NOUN", "1", "obj", "oa", "Plan"),
        ("„", "PUNCT", str(5 + n), "punct", "punct", "„"),
        ("unverantwortlich", "ADJ", "1", "xcomp", "oc", "unverantwortlich"),
        ("“", "PUNCT", str(5 + n), "punct", "punct", "“"),
        (".", "PUNCT", "1", "punct", "punct", "."),
    ]


def test_a_fragment_a_speaker_named_so_stays_a_quotation(scheme: Scheme) -> None:
    rows = _named(
        ("Er", "PRON", "1", "nsubj", "sb", "er"),
        ("nannte", "VERB", "1", "ROOT", "ROOT", "nennen", "Mood=Ind|VerbForm=Fin"),
        [],
    )
    assert _said(rows, scheme) == ["unverantwortlich"]


@pytest.mark.parametrize("word", ["man", "sich"])
def test_naming_with_man_or_a_reflexive_gives_a_term(scheme: Scheme, word: str) -> None:
    # "So nennt man den Plan „unverantwortlich“": a term, nobody said it.
    rows = _named(
        ("So", "ADV", "1", "advmod", "mo", "so"),
        ("nennt", "VERB", "1", "ROOT", "ROOT", "nennen", "Mood=Ind|VerbForm=Fin"),
        [(word, "PRON", "1", "nsubj" if word == "man" else "obj", "sb" if word == "man" else "oa", word)],
    )
    assert _said(rows, scheme) == []


def _passive(agent: list[Row]) -> list[Row]:
    """ "Der Strom wird [agent] als „Sonnenwind“ bezeichnet ." with the participle as the root (one tree for
    both schemes: the rule reads the passive from the auxiliary "werden" beside the participle)."""
    n = len(agent)
    verb = str(7 + n)
    return [
        ("Der", "DET", "1", "det", "nk", "der"),
        ("Strom", "NOUN", verb, "nsubj:pass", "sb", "Strom"),
        ("wird", "AUX", verb, "aux:pass", "oc", "werden", "Mood=Ind|VerbForm=Fin"),
        *agent,
        ("als", "ADP", str(5 + n), "case", "mo", "als"),
        ("„", "PUNCT", str(5 + n), "punct", "punct", "„"),
        ("Sonnenwind", "NOUN", verb, "obl", "mo", "Sonnenwind"),
        ("“", "PUNCT", str(5 + n), "punct", "punct", "“"),
        ("bezeichnet", "VERB", verb, "ROOT", "ROOT", "bezeichnen", "VerbForm=Part"),
        (".", "PUNCT", verb, "punct", "punct", "."),
    ]


def test_a_passive_of_naming_without_an_agent_gives_a_term(scheme: Scheme) -> None:
    assert _said(_passive([]), scheme) == []


def test_a_passive_of_naming_with_its_agent_is_what_the_agent_said(scheme: Scheme) -> None:
    agent: list[Row] = [
        ("von", "ADP", "4", "case", "ac", "von"),
        ("Kritikern", "NOUN", "9", "obl", "sbp", "Kritiker"),
    ]
    assert _said(_passive(agent), scheme) == ["Sonnenwind"]


def _text(text: str) -> list[tuple[str, str]]:
    return [(q.kind.value, q.text) for q in quotekit.extract(text)]


def test_a_title_word_before_the_marks_makes_a_title_even_of_a_clause() -> None:
    assert _text("Sie demonstrierten unter dem Motto „Nie wieder Krieg!“ vor dem Rathaus.") == []


def test_a_product_named_by_its_kind_before_the_marks_is_no_quotation() -> None:
    # (after a verb that may cue a quotation: "warnt vor" a pill by its name, which no one said)
    assert _text("Das Landesamt warnt vor der Schlankheitspille „Reduce Weight Fruta Planta“.") == []
    assert _text("Die Behörde gab den Impfstoff „Comirnaty“ frei.") == []


def test_words_after_a_noun_of_saying_stay_a_quotation() -> None:
    text = "Er meldete sich mit den Worten „Wir sind wieder da“ zurück."
    assert ("direct", "Wir sind wieder da") in _text(text)


def test_a_slogan_inside_a_sentence_with_no_cue_is_no_quotation() -> None:
    text = "Die SPÖ plakatiert „Wohnen darf kein Luxus sein“, die FPÖ wirbt mit „Unser Land zuerst“."
    assert [kind for kind, _ in _text(text) if kind == QuoteKind.DIRECT.value] == []


def test_a_clause_in_marks_that_opens_its_paragraph_is_no_slogan() -> None:
    # The line above (a headline without a full stop) is no sentence the marks go on.
    text = "Streit um Windpark\n\n„Hier wird über unsere Köpfe hinweg entschieden.“ Mit diesem Satz erntete er Beifall."
    assert ("direct", "Hier wird über unsere Köpfe hinweg entschieden.") in _text(text)


def test_one_word_the_speaker_used_after_spricht_von_is_a_quotation() -> None:
    assert _text("FPÖ-Chef Herbert Kickl sprach von „Showpolitik“.") == [("direct", "Showpolitik")]


def test_a_judgement_in_marks_after_finden_is_a_quotation_of_the_subject() -> None:
    # "fand das Stück „zu düster“" judges as "nannte" does: the marked words are the subject's
    found = quotekit.extract("Ein älterer Herr fand das Stück dagegen „zu düster“.")
    assert [(q.kind.value, q.text) for q in found] == [("direct", "zu düster")]
    assert found[0].speaker is not None
    assert found[0].speaker.name == "Ein älterer Herr"
    # (a judgement in the Konjunktiv is inside someone's report, whose verb stays the cue)
    reported = "Er hatte in einem Interview gesagt, er finde die Nummer „unter der Gürtellinie“."
    assert [q.cue.text if q.cue else None for q in quotekit.extract(reported)] == ["gesagt", "gesagt"]
    # (not a bare "zu finden" with no one who judges: the marks name the themes found there)
    listed = "In der Ausstellung waren über 50 Themen zu finden, darunter „Mobile Engländer und der Fußball“."
    assert quotekit.extract(listed) == []


def test_marks_that_end_a_hyphenated_compound_name_a_title() -> None:
    # "im Ö1-„Morgenjournal“": the marks hold the last part of the programme's name
    found = _text("Der Präsident sagte im Ö1-„Morgenjournal“, die Zahlen seien plausibel.")
    assert found == [("indirect", "die Zahlen seien plausibel")]


def test_a_name_inside_a_noun_phrase_is_no_quotation() -> None:
    text = "Moritz Wohlrab von der „Aktion Deutschland hilft“ sagte, die Lage sei ernst."
    assert _text(text) == [("indirect", "die Lage sei ernst")]


def test_a_verb_of_naming_with_a_title_word_gives_a_title() -> None:
    assert _text("Das dritte Album heißt „Sprung ins Kalte“ und erscheint am Freitag.") == []
    assert _text("„Gewalt gegen Kinder“, so lautet der Titel einer Studie.") == []


def test_a_verb_of_naming_with_a_title_word_gives_a_title_in_lower_case_too() -> None:
    assert (
        _text("Der Artname wird vom Fundort abgeleitet, der Name lautet also „riesige Boa von Cerrejón“.")
        == []
    )


def test_a_colon_after_a_verb_of_naming_introduces_what_was_said() -> None:
    text = "Das Fazit des Berichts lautete: „Die Wahl war frei.“"
    assert ("direct", "Die Wahl war frei.") in _text(text)


def test_a_predicate_in_marks_with_no_speaker_is_a_scare_quote() -> None:
    assert _text("Er galt schon damals als „heimlicher Regierungschef“.") == []


def test_a_fragment_inside_reported_speech_is_both_reported_and_quoted() -> None:
    found = _text("Der Trainer sagte, die Mannschaft sei „auseinandergefallen wie ein Kartenhaus“.")
    assert ("mixed", "die Mannschaft sei „auseinandergefallen wie ein Kartenhaus“") in found
    assert ("direct", "auseinandergefallen wie ein Kartenhaus") in found


def test_a_name_inside_a_noun_phrase_under_a_speech_verb_is_no_quotation() -> None:
    text = "Die Zeitung berichtet über einen Entwurf für ein „Gesetz zur Änderung des Passgesetzes“."
    assert [kind for kind, _ in _text(text) if kind == QuoteKind.DIRECT.value] == []
    text = "Das berichtet die Tageszeitung „La Nacion“ aus Buenos Aires."
    assert [kind for kind, _ in _text(text) if kind == QuoteKind.DIRECT.value] == []


def test_a_clause_in_marks_under_a_speech_verb_stays_a_quotation() -> None:
    text = "Der Minister sprach von einem „Plan, der nicht aufgeht“."
    assert ("direct", "Plan, der nicht aufgeht") in _text(text)


def _demand(marked: list[Row]) -> list[Row]:
    """ "Der Sprecher forderte eine Frist „<marked>“." (the marked words, from index 6, hang on "Frist")."""
    last = str(5 + len(marked))
    return [
        ("Der", "DET", "1", "det", "nk", "der"),
        ("Sprecher", "NOUN", "2", "nsubj", "sb", "Sprecher"),
        ("forderte", "VERB", "2", "ROOT", "ROOT", "fordern", "Mood=Ind|VerbForm=Fin"),
        ("eine", "DET", "4", "det", "nk", "ein"),
        ("Frist", "NOUN", "2", "obj", "oa", "Frist"),
        ("„", "PUNCT", last, "punct", "punct", "„"),
        *marked,
        ("“", "PUNCT", last, "punct", "punct", "“"),
        (".", "PUNCT", "2", "punct", "punct", "."),
    ]


def test_a_name_starts_capitalised(scheme: Scheme) -> None:
    # "zur" may stand inside a name ("Rat zur Rettung"), but words that start with it are a fragment.
    fragment = [("zur", "ADP", "7", "case", "mnr", "zu"), ("Prüfung", "NOUN", "4", "nmod", "mnr", "Prüfung")]
    assert _said(_demand(fragment), scheme) == ["zur Prüfung"]
    name = [
        ("Zeit", "NOUN", "8", "nmod", "nk", "Zeit"),
        ("zur", "ADP", "8", "case", "mnr", "zu"),
        ("Prüfung", "NOUN", "4", "nmod", "mnr", "Prüfung"),
    ]
    assert _said(_demand(name), scheme) == []


def test_marks_right_after_a_common_noun_name_it_lower_case_words_and_all(scheme: Scheme) -> None:
    # "eine Frist „Tag der offenen Tür“": a short capitalised phrase in apposition to the noun before it.
    name = [
        ("Tag", "NOUN", "4", "nmod", "nk", "Tag"),
        ("der", "DET", "9", "det", "nk", "der"),
        ("offenen", "ADJ", "9", "amod", "nk", "offen"),
        ("Tür", "NOUN", "6", "nmod", "ag", "Tür"),
    ]
    assert _said(_demand(name), scheme) == []
    found = _text("Die Ärzte warnten. Eine weitere Bedrohung gehe vom Bakterium „Klebsiella pneumoniae“ aus.")
    assert QuoteKind.DIRECT.value not in [kind for kind, _ in found]


def test_so_before_an_auxiliary_opens_a_main_clause_not_an_attribution() -> None:
    text = "Galt er früher als „Pitbull des Vatikans“, so war sein Buch doch ein Erfolg."
    assert _text(text) == []
    assert ("direct", "Ein großer Sieg") in _text("„Ein großer Sieg“, so Romney.")


def test_a_translation_in_brackets_is_a_gloss() -> None:
    text = "Der Täter rief bei dem Angriff „Britain First“ (deutsch „Britannien zuerst“)."
    assert [kind for kind, _ in _text(text) if kind == QuoteKind.DIRECT.value] == []


def test_a_medium_in_marks_after_gegenueber_is_the_one_told_not_a_quotation() -> None:
    text = (
        "Ein Augenzeuge, der an der Haltestelle wartete, schildert gegenüber «20 Minuten»: «Es gab einen "
        "dumpfen Knall, dann lag die Frau am Boden.»"
    )
    assert _text(text) == [("direct", "Es gab einen dumpfen Knall, dann lag die Frau am Boden.")]


def test_words_the_text_calls_someones_words_are_a_quotation_whatever_they_hold() -> None:
    # No finite verb, no full stop: only "mit diesen Worten" says that someone said them.
    text = (
        "Der Trainer kehrt zurück. „Guten Tag, ich schon wieder da“, mit diesen Worten meldete er sich auf der "
        "Pressekonferenz zurück."
    )
    quotes = quotekit.extract(text)
    assert [(q.kind, q.text) for q in quotes] == [(QuoteKind.DIRECT, "Guten Tag, ich schon wieder da")]
    # The cue is the verb, not "mit" (a separable particle at the end once made the first word a verb).
    assert quotes[0].cue is not None
    assert quotes[0].cue.text == "meldete"
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.mention is not None
    assert quotes[0].speaker.mention.text == "er"


@pytest.mark.parametrize(
    "text",
    [
        # a work after "von" and the noun of its staging
        "Pichlmayr kündigte für Mai die Uraufführung von „Warum wir im Dezember nie über den Sommer reden“ an.",
        # a label before a colon, alone or with its genitive
        "Die Bevölkerung kann sich informieren. Titel der Schau: „Die Mur, wie sie sein könnte“.",
        "18.000 Fans im Zielraum brüllten seinen Spitznamen: „Turbo-Toni“.",
        "Sie sprach über den Arbeitstitel des Buches: »Alles, was die Großmutter im Keller versteckt hat«.",
        # a naming verb
        "Das Bild heißt »Frau am Fenster, wartend«, es entstand 1958.",
        # what kind of work it is, set off after it
        "Zugleich kündigte Sander die nächste Premiere an: „Wolkenkuckucksheim“, eine Komödie über eine WG.",
    ],
)
def test_a_title_announced_around_its_marks_is_no_quotation(text: str) -> None:
    assert [q for q in quotekit.extract(text) if q.kind is QuoteKind.DIRECT] == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Das sagte sie der Zeitung: „Wir bleiben hier.“", "Wir bleiben hier."),
        ("Er hatte in einer Aussendung von »Steuergeld für Beamtenbashing« gesprochen.", "Steuergeld für"),
        ("Das Ministerium prüfe „alle Vorschläge sorgfältig“, eine Reform sei aber nicht geplant.", "alle"),
    ],
)
def test_a_medium_a_press_release_or_a_clause_after_the_marks_leaves_the_quotation(
    text: str, words: str
) -> None:
    # (a medium before a colon, a statement noun before "von", the subject of a clause after a comma)
    assert any(q.text.startswith(words) for q in quotekit.extract(text) if q.kind is QuoteKind.DIRECT)


def test_one_word_a_verb_of_judging_takes_after_fuer_is_the_judges() -> None:
    # "hält diese Zahl für „Schönfärberei“": as "nannte die Zahl „Schönfärberei“"; not after "stimmte für"
    (quote,) = quotekit.extract("Walter Moosbrugger hält diese Zahl für „Schönfärberei“.")
    assert quote.text == "Schönfärberei"
    assert quote.speaker is not None
    assert quote.speaker.name == "Walter Moosbrugger"
    assert quotekit.extract("Der Gemeinderat stimmte am Montag für „Zukunft 2030“.") == []


def test_a_marked_word_right_after_a_naming_verb_is_its_subjects_unless_it_names_something_marked_before() -> (
    None
):
    (quote,) = quotekit.extract("Die Schülervertretung kritisiert „Bevormundung“ durch die Schulleitung.")
    assert quote.text == "Bevormundung"
    text = (
        "Der Spezialpreis ging an den Dokumentarfilm «Salz» von Karim Nassif. Jurymitglied Declan Fitzgerald "
        "lobte «Salz» als «mutigsten Film des ganzen Wettbewerbs»."
    )
    assert [q.text for q in quotekit.extract(text)] == ["mutigsten Film des ganzen Wettbewerbs"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("SPÖ-Chef Andreas Babler warf der ÖVP «Arbeitsverweigerung» vor.", "Arbeitsverweigerung"),
        ("Die Gewerkschaft warf dem Minister „Wortbruch“ vor.", "Wortbruch"),
    ],
)
def test_a_marked_word_after_a_naming_verbs_dative_object_is_its_subjects(text: str, words: str) -> None:
    # "warf der ÖVP «Arbeitsverweigerung» vor": only the dative object stands between the verb and its marked object
    (quote,) = quotekit.extract(text)
    assert quote.text == words
    assert quote.cue is not None


def test_a_marked_name_after_a_naming_verbs_accusative_object_stays_a_title() -> None:
    assert quotekit.extract("Die Kritikerin lobte den Film „Salz“.") == []
