"""Short words in marks that someone said: an answer given "mit einem knappen „Nein“", a word a speaker urged
"zu", a fragment after "sprach von" or after a verb that the parse takes for the verb's subject, a verdict before
its verb at the end of the clause, one after "orten", and one after "vorwerfen" with the speaker between."""

from __future__ import annotations

import quotekit


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (q.kind.value, q.text, None if q.speaker is None else q.speaker.name) for q in quotekit.extract(text)
    ]


def test_an_answer_given_with_a_word_in_marks_quotes_that_word() -> None:
    text = (
        "Auf die Frage, ob sie sich noch einmal festkleben würde, antwortete die Studentin mit einem knappen "
        "„Jederzeit“."
    )
    assert _quotes(text) == [("direct", "Jederzeit", "die Studentin")]


def test_an_answer_given_with_a_word_in_marks_is_said_by_a_named_person() -> None:
    text = (
        "Die Zeugin Herta Pichler schilderte den Abend ruhig. Auf die Frage der Richterin antwortete die "
        "Pensionistin mit einem leisen „Nein“."
    )
    assert _quotes(text) == [("direct", "Nein", "Herta Pichler")]


def test_a_reaction_with_a_named_programme_quotes_no_one() -> None:
    # the article and the noun before the marks make them a title, whatever the verb
    assert _quotes("Der Konzern reagierte mit dem Programm „Zukunft 2030“.") == []


def test_a_word_someone_urged_is_quoted() -> None:
    assert _quotes("Die Ministerin mahnte zu „Besonnenheit“.") == [
        ("direct", "Besonnenheit", "Die Ministerin")
    ]


def test_a_fragment_after_sprach_von_stays_said_when_the_parse_makes_it_the_subject() -> None:
    # "einer der schwierigsten …" is parsed as the subject of "sprach"; after "von" it is what he called it
    text = (
        "CEO Daniel Rüfenacht sprach von «einer der schwierigsten Entscheidungen meiner Laufbahn». «Wir haben "
        "alles versucht», sagte Rüfenacht."
    )
    assert _quotes(text) == [
        ("direct", "einer der schwierigsten Entscheidungen meiner Laufbahn", "Daniel Rüfenacht"),
        ("direct", "Wir haben alles versucht", "Daniel Rüfenacht"),
    ]


def test_marks_inside_the_subject_before_the_verb_stay_a_name() -> None:
    text = "Moritz Wohlrab von der „Aktion Deutschland hilft“ sagte, die Lage sei ernst."
    assert [kind for kind, _, _ in _quotes(text)] == ["indirect"]


def test_a_praised_phrase_the_parse_takes_for_a_second_subject_is_quoted() -> None:
    text = "Sein Trainer Ralf Dammeier lobte die „unglaubliche Moral“ seiner Mannschaft."
    assert _quotes(text) == [("direct", "unglaubliche Moral", "Ralf Dammeier")]


def test_a_verdict_before_its_verb_at_the_clause_end_is_quoted() -> None:
    text = (
        "Juror Franz Haider, den die Boulevardpresse gern »den Volksmusik-Papst« nennt, hatte der Sängerin schon im "
        "Halbfinale eine »Stimme wie ein Bergbach« attestiert."
    )
    assert _quotes(text) == [("direct", "Stimme wie ein Bergbach", "Franz Haider")]


def test_a_word_someone_detects_in_austrian_usage_is_quoted() -> None:
    text = "Der Klubobmann der Opposition, Herbert Pichler, ortete hingegen ein „Wahlzuckerl“."
    assert _quotes(text) == [("direct", "Wahlzuckerl", "Herbert Pichler")]


def test_a_reproach_with_the_speaker_between_verb_and_marks_is_quoted() -> None:
    text = "Dem Rat warf Nationalrätin Seraina Bezzola «Wolfspanik» vor."
    assert _quotes(text) == [("direct", "Wolfspanik", "Seraina Bezzola")]


def test_marks_judged_as_something_name_what_is_judged() -> None:
    # "«Salz» als besten Film": the marks name the film, "als" gives the judgement
    assert _quotes("Später lobte Trainer Kurt Meier «Salz» als besten Film des Jahres.") == []


def test_a_verdict_inside_a_report_is_the_reporters_speakers() -> None:
    # the Konjunktiv clause is the prosecutor's report; "versprochen" inside it attributes nothing
    text = (
        "Die beiden hätten Anlegern eine „goldgedeckte, alpenländische Kryptowährung“ versprochen, sagte die "
        "Staatsanwältin."
    )
    direct = [q for q in quotekit.extract(text) if q.kind.value == "direct"]
    assert [(q.text, q.cue.words if q.cue else None) for q in direct] == [
        ("goldgedeckte, alpenländische Kryptowährung", "sagte")
    ]


def test_an_answer_with_the_speaker_after_the_verb_is_quoted() -> None:
    text = (
        "Auf die Frage, ob er das Chäshörnli schon probiert habe, antwortet der Bauer Kurt Wyss mit einem "
        "knappen «Zweimal»."
    )
    assert _quotes(text) == [("direct", "Zweimal", "Kurt Wyss")]


def test_a_nickname_a_verb_of_naming_gives_is_no_quotation() -> None:
    text = "In der Szene hiess sie wegen ihres Fahrstils nur «die Gämse». «Ich fahre gern schnell», sagte Seraina Caduff."
    assert [q.text for q in quotekit.extract(text)] == ["Ich fahre gern schnell"]


def test_a_fragment_in_a_reported_clause_with_its_own_subject_is_the_reports() -> None:
    # "habe ihr das Organisationskomitee … angeboten" is Ursula Hänni's report (webnews-dim, CC0)
    text = (
        "«Man hat mir im Herbst von drei Tagen erzählt. Jetzt sind es plötzlich drei Wochen mit Auf- und Abbau, mit "
        "Lastwagen und Tribünen auf meinem besten Ackerland», sagte Ursula Hänni. Der Boden sei nach einem solchen "
        "Anlass auf Jahre verdichtet. Eine Entschädigung für den Ernteausfall habe ihr das Organisationskomitee zwar "
        "angeboten, aber «nicht einmal die Hälfte dessen, was ich verliere»."
    )
    direct = [q for q in quotekit.extract(text) if q.kind.value == "direct"]
    assert [(q.text, q.speaker.name if q.speaker else None) for q in direct][-1] == (
        "nicht einmal die Hälfte dessen, was ich verliere",
        "Ursula Hänni",
    )


def test_an_answer_in_the_indicative_after_a_konjunktiv_question_is_quoted() -> None:
    # "ob er … probiert habe" is the question's Konjunktiv; "antwortet er" keeps its own mood (webnews-knoll, CC0)
    text = (
        "Ein Landwirt am Stammtisch, der hier seit fünfzig Jahren sein Bier trinkt, zeigt auf die kleine Bronzetafel. "
        "«Solange ich meinen Most noch bekomme, ist alles recht», sagt der Bauer. Auf die Frage, ob er das Chäshörnli "
        "2.0 schon probiert habe, antwortet er mit einem knappen «Zweimal»."
    )
    direct = [q.text for q in quotekit.extract(text) if q.kind.value == "direct"]
    assert direct[-1] == "Zweimal"
