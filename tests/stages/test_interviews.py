"""Interview answers: paragraphs after the questions, said by the person their prefix names."""

from __future__ import annotations

import spacy

import quotekit
from quotekit import QuoteKind
from quotekit.stages.direct.interviews import interview_answers

INTERVIEW = (
    "Katrin Hollmann führt das Familienunternehmen Hollmann Pumpentechnik GmbH in dritter Generation.\n\n"
    "Frage: Frau Hollmann, wie ernst ist die Lage?\n\n"
    "Hollmann: Ernst, aber nicht dramatisch. Wir haben gute Reserven.\n\n"
    "Frage: Denken Sie über eine Verlagerung nach?\n\n"
    "Hollmann: Jeder in unserer Branche denkt darüber nach.\n\n"
    "Aber wir bleiben in Meschede.\n\n"
    "Frage: Was erwarten Sie von der Politik?\n\n"
    "Hollmann: Planbarkeit."
)


def _answers(text: str) -> list[list[str]]:
    doc = spacy.blank("de")(text)
    return [[text[s:e] for s, e in record.parts] for record in interview_answers(doc, [], [])]


def test_answers_after_questions_are_quotations_and_go_on_up_to_the_next_question() -> None:
    # (each paragraph of an answer is a quotation of its own, said by the same person)
    assert _answers(INTERVIEW) == [
        ["Ernst, aber nicht dramatisch. Wir haben gute Reserven."],
        ["Jeder in unserer Branche denkt darüber nach."],
        ["Aber wir bleiben in Meschede."],
        ["Planbarkeit."],
    ]


def test_a_medium_that_asks_is_the_interviewer() -> None:
    text = (
        "SPIEGEL: Herr Beispiel, warum treten Sie zurück?\n"
        "Beispiel: Weil es Zeit ist.\n"
        "SPIEGEL: Bereuen Sie etwas?\n"
        "Beispiel: Nein."
    )
    assert _answers(text) == [["Weil es Zeit ist."], ["Nein."]]


def test_one_question_is_no_interview_and_a_list_of_prefixes_asks_nothing() -> None:
    assert _answers("Frage: Wie geht es weiter?\n\nMüller: Das wissen wir nicht.") == []
    # Result lists and headings have prefixes too, but no questions.
    assert _answers("Stimmbeteiligung: 45 Prozent\nStand: 18 Uhr\nErgebnis: angenommen") == []


def test_an_answer_is_said_by_the_person_the_text_names_not_the_family_firm() -> None:
    quotes = quotekit.extract(INTERVIEW)
    answers = [q for q in quotes if q.text.startswith(("Ernst", "Jeder", "Aber wir", "Planbarkeit"))]
    assert len(answers) == 4
    assert {q.kind.value for q in answers} == {"direct"}
    assert {q.speaker.name if q.speaker else None for q in answers} == {"Katrin Hollmann"}


def test_questions_without_prefix_are_answered_by_the_prefixed_paragraphs() -> None:
    # Web interviews set the questions in bold, with no prefix; the answers name their speaker.
    text = (
        "Ein Gespräch mit Martin Gapp, Leiter des Lawinenwarndienstes.\n\n"
        "Herr Gapp, wie ernst ist die Lage derzeit?\n\n"
        "Gapp: Sehr ernst. Wir haben Stufe 4 von 5.\n\n"
        "Warum sind trotzdem so viele unterwegs?\n\n"
        "Gapp: Weil das Wetter traumhaft ist.\n\n"
        "Das ist menschlich.\n\n"
        "Was raten Sie?\n\n"
        "Gapp: Den Lagebericht lesen."
    )
    assert _answers(text) == [
        ["Sehr ernst. Wir haben Stufe 4 von 5."],
        ["Weil das Wetter traumhaft ist."],
        ["Das ist menschlich."],
        ["Den Lagebericht lesen."],
    ]


def test_one_prefixed_paragraph_after_a_question_makes_no_interview() -> None:
    text = (
        "Wer hat das entschieden?\n\nMüller: Der Rat. Das steht im Protokoll.\n\nDie Sitzung endete um acht."
    )
    assert _answers(text) == []


def test_an_interviewer_who_also_puts_claims_without_a_question_mark_still_asks() -> None:
    # "STANDARD: Die Opposition will, dass Sie …" asks without a question mark; most of its paragraphs ask,
    # and another prefix answers each.
    text = (
        "Sabine Huber-Novak leitet die Landesenergie seit 2023.\n\n"
        "STANDARD: Frau Huber-Novak, verstehen Sie den Ärger Ihrer Kunden?\n\n"
        "Huber-Novak: Natürlich verstehe ich ihn. Niemand freut sich über so einen Brief.\n\n"
        "STANDARD: Die Opposition will, dass Sie auf die Dividende verzichten.\n\n"
        "Huber-Novak: Über die Dividende entscheidet der Eigentümer, nicht ich.\n\n"
        "STANDARD: Wird der Strompreis wieder fallen?\n\n"
        "Huber-Novak: Nein. Das sage ich ganz ehrlich."
    )
    answers = [q for q in quotekit.extract(text) if q.kind is QuoteKind.DIRECT]
    assert [q.text for q in answers] == [
        "Natürlich verstehe ich ihn. Niemand freut sich über so einen Brief.",
        "Über die Dividende entscheidet der Eigentümer, nicht ich.",
        "Nein. Das sage ich ganz ehrlich.",
    ]
    assert {q.speaker.name if q.speaker else None for q in answers} == {"Sabine Huber-Novak"}


def _bare_interview(first_question: str) -> str:
    return (
        "Dominik Gasser leitet die Rechtsberatung des Mieterverbands Basel.\n\n"
        f"{first_question}\n\n"
        "So viele wie noch nie. Die Wartezeit beträgt drei Wochen.\n\n"
        "Worum geht es meistens?\n\n"
        "Um Mietzinserhöhungen nach einem Mieterwechsel.\n\n"
        "Warum wehren sich so wenige?\n\n"
        "Weil die Leute froh sind, überhaupt eine Wohnung gefunden zu haben.\n\n"
        "Zur Person: Dominik Gasser ist Jurist."
    )


def test_an_interview_without_prefixes_is_the_addressed_guests() -> None:
    quotes = quotekit.extract(_bare_interview("Herr Gasser, wie viele Menschen kommen in Ihre Beratung?"))
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("So viele wie noch nie. Die Wartezeit beträgt drei Wochen.", "Dominik Gasser"),
        ("Um Mietzinserhöhungen nach einem Mieterwechsel.", "Dominik Gasser"),
        ("Weil die Leute froh sind, überhaupt eine Wohnung gefunden zu haben.", "Dominik Gasser"),
    ]


def test_a_guest_addressed_by_role_is_the_person_with_that_role() -> None:
    # "Frau Stadträtin": the courtesy word, then the role the lead gave with the name
    text = (
        "Verkehrsstadträtin Mag.a Hülya Yılmaz-Berger über Grundwasser und Geduld.\n\n"
        "Frau Stadträtin, jetzt 2029. Warum soll man Ihnen diesmal glauben?\n\n"
        "Weil wir diesmal mit einem realistischen Fall rechnen.\n\n"
        "Warum hat man nicht früher reagiert?\n\n"
        "Der Druck war fast doppelt so hoch wie in den Probebohrungen."
    )
    quotes = quotekit.extract(text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Hülya Yılmaz-Berger"] * 2


def test_an_interview_of_two_questions_that_address_the_guest_by_full_name_is_the_guests() -> None:
    text = (
        "Nach der Siegerehrung sprachen wir mit der Torschützin.\n\n"
        "Leonie Brunner, Sie haben in der 93. Minute getroffen. Was ging Ihnen durch den Kopf?\n\n"
        "Gar nichts. Man denkt nicht, man macht einfach.\n\n"
        "Wie wird gefeiert?\n\n"
        "Die Trainerin hat uns bis Dienstag freigegeben. Mehr sage ich nicht.\n\n"
        "Das Gespräch führte Reto Caflisch."
    )
    quotes = quotekit.extract(text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("Gar nichts. Man denkt nicht, man macht einfach.", "Leonie Brunner"),
        ("Die Trainerin hat uns bis Dienstag freigegeben. Mehr sage ich nicht.", "Leonie Brunner"),
    ]


def test_a_guest_addressed_with_a_title_before_the_surname_is_the_guest() -> None:
    # "Herr Professor Rainer,": the title between the courtesy word and the name is not the name
    quotes = quotekit.extract(_bare_interview("Herr Professor Gasser, wie viele Menschen kommen zu Ihnen?"))
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Dominik Gasser"] * 3


def test_a_guest_addressed_by_full_name_before_a_question_word_is_the_guest() -> None:
    quotes = quotekit.extract(_bare_interview("Dominik Gasser, wie viele Menschen kommen derzeit zu Ihnen?"))
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Dominik Gasser"] * 3


def test_an_answer_that_opens_with_words_before_a_colon_is_still_an_answer() -> None:
    # "Ehrlich gesagt:" opens what the guest says; "Zur Person:" would be a label
    text = (
        "Nach dem Rennen sprachen wir mit Lukas Waldegger.\n\n"
        "Herr Waldegger, was geht Ihnen durch den Kopf?\n\n"
        "Ehrlich gesagt: gar nichts. Ich bin leer.\n\n"
        "Haben Sie je ans Aufhören gedacht?\n\n"
        "Nach der zweiten Verletzung schon."
    )
    quotes = quotekit.extract(text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("Ehrlich gesagt: gar nichts. Ich bin leer.", "Lukas Waldegger"),
        ("Nach der zweiten Verletzung schon.", "Lukas Waldegger"),
    ]


def test_questions_in_an_article_that_address_no_one_make_no_interview() -> None:
    assert quotekit.extract(_bare_interview("Wie viele Menschen kommen in die Beratung?")) == []


def test_answers_go_on_with_the_interviewee_across_questions_and_around_a_quotation_inside_one() -> None:
    text = (
        "Einer, der ohne Lehrdiplom unterrichtet, ist Samir Bouzid. Wir haben mit ihm gesprochen.\n\n"
        "Frage: Herr Bouzid, warum tauscht man die Industrie gegen ein Klassenzimmer?\n\n"
        "Antwort: Ich hatte das Gefühl, dass ich im Labor nicht mehr viel bewege.\n\n"
        "Frage: Wie war der Anfang?\n\n"
        "Antwort: Hart. Eine Kollegin hat mir gesagt: «Die Kinder merken in fünf Minuten, ob du sie magst.» "
        "Das stimmt.\n\n"
        "Frage: Fühlen Sie sich genug unterstützt?\n\n"
        "Antwort: Die Schule ist super, ich habe eine Mentorin, die mir viel hilft."
    )
    quotes = quotekit.extract(text)
    answers = [q for q in quotes if text[q.parts[0].start :].startswith(("Ich hatte", "Hart", "Die Schule"))]
    assert len(answers) == 3
    assert [q.speaker.name if q.speaker else None for q in answers] == ["Samir Bouzid"] * 3
    # the answer with a quotation inside is the rest of its paragraph
    assert [text[p.start : p.end] for p in answers[1].parts] == [
        "Hart. Eine Kollegin hat mir gesagt:",
        "Das stimmt.",
    ]


def test_an_interviewer_who_puts_claims_as_often_as_questions_is_known_by_the_answers_after_each() -> None:
    text = (
        "Ingrid Haslauer leitet seit einem Jahr die Bildungsdirektion.\n\n"
        "STANDARD: Frau Haslauer, warum funktionieren die Deutschförderklassen nicht?\n\n"
        "Haslauer: Ich würde nicht sagen, dass sie nicht funktionieren.\n\n"
        "STANDARD: Was wollen Sie ändern?\n\n"
        "Haslauer: Wir wollen an zwölf Pilotschulen ein Modell testen.\n\n"
        "STANDARD: Die Gewerkschaft sagt, das Personal dafür gebe es gar nicht.\n\n"
        "Haslauer: Da hat die Gewerkschaft nicht ganz unrecht.\n\n"
        "STANDARD: Eltern beklagen, dass in manchen Klassen 27 Kinder sitzen.\n\n"
        "Haslauer: Das ist die gesetzliche Obergrenze."
    )
    answers = [q for q in quotekit.extract(text) if q.kind is QuoteKind.DIRECT]
    assert len(answers) == 4
    assert {q.speaker.name for q in answers if q.speaker is not None} == {"Ingrid Haslauer"}


def test_answers_without_a_prefix_after_an_interviewers_prefixed_questions() -> None:
    text = (
        "Vor zwei Jahren riss sich die Skifahrerin das Kreuzband. Ein Gespräch über Angst.\n\n"
        "NZZ: Frau Bürgler, wie oft haben Sie ans Aufhören gedacht?\n\n"
        "Öfter, als ich zugeben möchte. Vor allem nach der zweiten Operation.\n\n"
        "NZZ: Haben Sie Angst vor der ersten Abfahrt?\n\n"
        "Ja, natürlich. Wer etwas anderes sagt, lügt.\n\n"
        "NZZ: Wie geht es dem Knie?\n\n"
        "Gut. Es ist nicht mehr dasselbe Knie wie vorher.\n\n"
        "An dieser Stelle lacht sie zum ersten Mal laut."
    )
    answers = [q for q in quotekit.extract(text) if q.kind is QuoteKind.DIRECT]
    assert [text[q.parts[0].start :].split(".")[0] for q in answers] == [
        "Öfter, als ich zugeben möchte",
        "Ja, natürlich",
        "Gut",
    ]
    assert [q.speaker.name if q.speaker else None for q in answers] == ["Bürgler"] * 3
    # the narrator's paragraph after the last answer is no part of it
    assert all("lacht" not in text[p.start : p.end] for q in answers for p in q.parts)


def test_answers_after_a_question_that_quotes_someone_are_the_addressed_guests() -> None:
    text = (
        "Minh Tuan Hoang führt seit vergangenem Jahr den Gastronomieverband Südbaden.\n\n"
        "Frage: Herr Hoang, Ihr Verband sagt, fast jeder fünfte Betrieb stehe vor dem Aus. Ist das Alarmismus?\n\n"
        "Antwort: Ich wünschte, es wäre so. Wir haben 640 Betriebe befragt.\n\n"
        "Frage: Was setzt den Betrieben am meisten zu?\n\n"
        "Antwort: Es ist die Mischung. Lebensmittel sind teurer geworden, Energie auch."
    )
    answers = [q for q in quotekit.extract(text) if q.kind is QuoteKind.DIRECT]
    assert [text[q.parts[0].start :].split(".")[0] for q in answers] == [
        "Ich wünschte, es wäre so",
        "Es ist die Mischung",
    ]
    assert [q.speaker.name if q.speaker else None for q in answers] == ["Minh Tuan Hoang"] * 2


def test_an_address_by_the_first_part_of_a_double_surname_is_that_person() -> None:
    text = (
        "Die Walliser Bergführerin Nora Imboden-Salzgeber erlebt den Klimawandel an ihrem Arbeitsplatz.\n\n"
        "Frau Imboden, Sie sind seit 28 Jahren Bergführerin. Wie hat sich Ihre Arbeit verändert?\n\n"
        "Grundlegend. Heute sage ich meinen Gästen immer öfter ab.\n\n"
        "Sind die Gäste enttäuscht?\n\n"
        "Manche schon. Aber die meisten verstehen es.\n\n"
        "Denken Sie ans Aufhören?\n\n"
        "Nein. Die Berge sind immer noch das Schönste, was ich kenne."
    )
    answers = [q for q in quotekit.extract(text) if q.kind is QuoteKind.DIRECT]
    assert len(answers) == 3
    assert [q.speaker.name if q.speaker else None for q in answers] == ["Nora Imboden-Salzgeber"] * 3


def test_answers_prefixed_by_initials_are_the_person_named_in_full_with_them() -> None:
    # "J. R.:" and "A. S.:" before the answers: the one person the text names whose first name and surname open
    # with them, whether or not the pass read the initials as a name
    for name, initials in (("Johanna Riedl", "J. R."), ("Andreas Schwaiger", "A. S.")):
        text = (
            f"Drei Fragen an {name}\n\n"
            "Was hat Sie am meisten überrascht?\n"
            f"{initials}: Das Tempo. Bäume, die 2015 noch gesund wirkten, sind heute abgestorben.\n\n"
            "Was können Bürger tun?\n"
            f"{initials}: Gießen hilft tatsächlich, vor allem jungen Bäumen."
        )
        answers = [q for q in quotekit.extract(text) if q.kind is QuoteKind.DIRECT]
        assert len(answers) == 2
        assert [q.speaker.name if q.speaker else None for q in answers] == [name, name]


def test_answers_prefixed_by_bare_initials_are_the_interviewee_not_an_acronym() -> None:
    # "MA:" and "PV:" mark the answers and questions of an interview with Mirjam Achterberg by Paul Venske; the
    # capitals would otherwise be read as an organisation's acronym
    text = (
        "Regisseurin Mirjam Achterberg über Ebbe und Erinnerung.\n\n"
        "Interview: Paul Venske\n\n"
        "PV: Frau Achterberg, ist das nicht verrückt?\n\n"
        "MA: Ein bisschen schon. Aber es passiert ja enorm viel, nur eben im Inneren.\n\n"
        "PV: Und wie macht man das?\n\n"
        "MA: Mit Wasser, ganz banal. Auf der Bühne stehen 9000 Liter."
    )
    answers = [q for q in quotekit.extract(text) if q.kind is QuoteKind.DIRECT]
    assert len(answers) == 2
    assert [q.speaker.name if q.speaker else None for q in answers] == ["Mirjam Achterberg"] * 2
    # (initials the tagger calls a common noun, "NC", are read the same way)
    text = (
        "Die Geologin Nina Caflisch erforscht, was im Innern der Berge passiert.\n\n"
        "FB: Frau Caflisch, was geschieht gerade am Piz Muntatsch?\n\n"
        "NC: Vereinfacht gesagt: Das Eis im Fels taut.\n\n"
        "FB: Ist das eine direkte Folge des Klimawandels?\n\n"
        "NC: Die Erwärmung ist der wichtigste Treiber, ja."
    )
    answers = [q for q in quotekit.extract(text) if q.kind is QuoteKind.DIRECT]
    assert [q.speaker.name if q.speaker else None for q in answers] == ["Nina Caflisch"] * 2


def test_answers_prefixed_by_initials_written_as_one_word_are_the_interviewee() -> None:
    # "M.G.:" (one token with its points) before the answers of an interview with Matthias Gerber
    text = (
        "Gesundheitsdirektor Matthias Gerber über die neue Spitalstrategie.\n\n"
        "SRF: Herr Gerber, in den Regionen ist die Empörung gross. Haben Sie damit gerechnet?\n\n"
        "M.G.: Ja. Ein Spital ist für eine Region mehr als ein Gebäude.\n\n"
        "SRF: Warum braucht es diesen Schritt?\n\n"
        "M.G.: Weil wir das Personal schlicht nicht mehr haben."
    )
    answers = [q for q in quotekit.extract(text) if q.kind is QuoteKind.DIRECT]
    assert [q.speaker.name if q.speaker else None for q in answers] == ["Matthias Gerber"] * 2


def test_a_stage_direction_after_the_prefix_keeps_the_answer_and_its_speaker() -> None:
    # "Brandt (lacht):" and "LB (zögert):" answer as "Brandt:" and "LB:" do; the bracket is no part of the name
    for prefix, direction in (("Brandt", "Brandt (lacht)"), ("LB", "LB (zögert kurz)")):
        text = (
            "Lena Brandt leitet seit zwei Jahren das Tierheim in Oberkirch.\n\n"
            "ZK: Frau Brandt, wie voll ist das Heim?\n\n"
            f"{prefix}: Bis unters Dach. Wir nehmen seit März keine Katzen mehr auf.\n\n"
            "ZK: Ihr Vorgänger nennt Sie eine Träumerin.\n\n"
            f"{direction}: Das höre ich nicht zum ersten Mal. Ohne Träume gäbe es dieses Heim nicht.\n\n"
            "ZK: Was wünschen Sie sich?\n\n"
            f"{prefix}: Mehr Ehrenamtliche am Wochenende."
        )
        answers = [q for q in quotekit.extract(text) if q.kind is QuoteKind.DIRECT]
        assert [text[q.parts[0].start : q.parts[0].end][:20] for q in answers] == [
            "Bis unters Dach. Wir",
            "Das höre ich nicht z",
            "Mehr Ehrenamtliche a",
        ]
        assert [q.speaker.name if q.speaker else None for q in answers] == ["Lena Brandt"] * 3


def test_whom_an_interviewer_quotes_is_the_subject_after_the_prefix_not_the_interviewer() -> None:
    # "PR: Das Gegenkomitee warnt, …": the prefix labels the paragraph; the committee warns
    text = (
        "Monika Zbinden ist Gemeindepräsidentin von Oberwil.\n\n"
        "PR: Frau Zbinden, warum fusionieren die drei Gemeinden?\n\n"
        "MZ: Weil wir es allein nicht mehr schaffen.\n\n"
        "PR: Das Gegenkomitee warnt, mit der Fusion gehe die Identität der Dörfer verloren.\n\n"
        "MZ: Die Identität eines Dorfes hängt nicht an der Gemeindeverwaltung."
    )
    (reported,) = [q for q in quotekit.extract(text) if q.kind is QuoteKind.INDIRECT]
    assert reported.speaker is not None
    assert reported.speaker.name == "Gegenkomitee"


def test_answers_to_bare_questions_and_to_a_claim_put_between_them_are_the_guests() -> None:
    # the interviewer asks without a prefix and once puts a claim instead of a question
    text = (
        "Nachgefragt bei Schulpräsidentin Franziska Born\n\n"
        "Frau Born, sind Sie erleichtert?\n\n"
        "Born: Sehr. Wir haben drei Jahre auf diesen Abend hingearbeitet.\n\n"
        "Was ändert sich für die Kinder?\n\n"
        "Born: Sie bekommen Tageslicht und eine richtige Turnhalle.\n\n"
        "Die Gegner sprechen von Luxus.\n\n"
        "Born: Luxus ist ein grosses Wort. Eine Mensa ist heute Standard."
    )
    answers = [q for q in quotekit.extract(text) if q.kind is QuoteKind.DIRECT]
    assert [q.text[:12] for q in answers] == ["Sehr. Wir ha", "Sie bekommen", "Luxus ist ei"]
    assert {q.speaker.name if q.speaker else None for q in answers} == {"Franziska Born"}


def test_a_claim_put_to_the_guest_without_a_question_mark_ends_the_answer_before_it() -> None:
    # "Vor einem Jahr standen Sie …": the polite pronoun inside the sentence addresses the guest; an answer that
    # quotes the guest's own "Sie" to someone else is no claim ("Ich habe gesagt: Sie können …")
    text = (
        "Nach dem Spiel sprachen wir mit der Torschützin.\n\n"
        "Leonie Brunner, Sie haben in der 93. Minute getroffen. Was ging Ihnen durch den Kopf?\n\n"
        "Gar nichts. Man denkt nicht, man macht einfach.\n\n"
        "Vor einem Jahr standen Sie wegen eines Kreuzbandrisses noch an Krücken.\n\n"
        "Ja, und ich wusste damals nicht, ob ich je wieder so spiele.\n\n"
        "Wie wird gefeiert?\n\n"
        "Ich habe der Trainerin gesagt: Sie können uns bis Dienstag freigeben.\n\n"
        "Das Gespräch führte Reto Caflisch."
    )
    answers = [q for q in quotekit.extract(text) if q.kind is QuoteKind.DIRECT]
    assert [[text[p.start : p.end][:10] for p in q.parts] for q in answers] == [
        ["Gar nichts"],
        ["Ja, und ic"],
        ["Ich habe d"],
    ]
    assert {q.speaker.name if q.speaker else None for q in answers} == {"Leonie Brunner"}


def test_an_interviewers_label_is_no_part_of_the_name_of_whom_the_question_quotes() -> None:
    # "SRF: Kritiker sagen, …" with the recogniser's organisation running over the colon
    text = (
        "Der Kanton plant Einsparungen bei den Spitälern.\n\n"
        "SRF: Kritiker sagen, der Kanton wolle vor allem Geld sparen. Stimmt das?\n\n"
        "Müller: Nein, es geht um Qualität."
    )
    names = {q.speaker.name for q in quotekit.extract(text) if q.kind is QuoteKind.INDIRECT and q.speaker}
    assert not any(":" in name for name in names)


_INTRODUCED = (
    "Schach: Junger Wiener gewinnt das Open\n\n"
    "{intro}\n\n"
    "Frage: Herzlichen Glückwunsch. Haben Sie mit diesem Ergebnis gerechnet?\n\n"
    "Antwort: Überhaupt nicht. Ich wollte nur eine Norm schaffen.\n\n"
    "Frage: Was ist Ihr nächstes Ziel?\n\n"
    "Antwort: Der Titel. Und die Matura, sagt meine Mutter."
)


def test_answers_to_questions_that_address_no_one_are_said_by_the_person_the_intro_names() -> None:
    intro = "Nach der Siegerehrung nahm sich Jonas Pichelmayr Zeit für ein kurzes Gespräch."
    answers = [q for q in quotekit.extract(_INTRODUCED.format(intro=intro)) if q.kind is QuoteKind.DIRECT]
    assert [q.text for q in answers] == [
        "Überhaupt nicht. Ich wollte nur eine Norm schaffen.",
        "Der Titel. Und die Matura, sagt meine Mutter.",
    ]
    assert all(q.speaker is not None and q.speaker.name == "Jonas Pichelmayr" for q in answers)


def test_an_intro_that_names_two_people_gives_the_answers_to_neither() -> None:
    # (one of them may be the interviewer)
    intro = "Mit Jonas Pichelmayr sprach Sabine Gruber nach der Siegerehrung."
    answers = [q for q in quotekit.extract(_INTRODUCED.format(intro=intro)) if q.kind is QuoteKind.DIRECT]
    assert len(answers) == 2
    assert all(q.speaker is None or q.speaker.name is None for q in answers)


def test_what_a_question_puts_to_the_guest_by_the_polite_pronoun_is_the_guests() -> None:
    text = (
        "Minh Tuan Hoang führt den Gastronomieverband Südbaden. Ein Gespräch über eine Branche am Limit.\n\n"
        "Frage: Herr Hoang, wie geht es den Wirten?\n\n"
        "Antwort: Schlecht. Die Rücklagen sind aufgebraucht, und das Personal fehlt überall.\n\n"
        "Frage: Sie fordern, die Mehrwertsteuer auf Speisen dauerhaft zu senken. Warum?\n\n"
        "Antwort: Weil Gasthäuser mehr sind als Unternehmen. Sie sind der letzte Treffpunkt im Dorf."
    )
    [claim] = [q for q in quotekit.extract(text) if q.kind is not QuoteKind.DIRECT]
    assert claim.text == "die Mehrwertsteuer auf Speisen dauerhaft zu senken"
    assert claim.speaker is not None
    assert claim.speaker.name == "Minh Tuan Hoang"


def test_an_interview_whose_heading_names_the_guest_is_the_guests() -> None:
    # "Drei Fragen an Anna Berg": the questions address no one, the heading says whom they are put to (before the
    # fix nothing was found)
    text = (
        "Drei Fragen an Anna Berg\n\n"
        "Anna Berg leitet seit 2015 den Zoo in Neustadt.\n\n"
        "Wie geht es den Tieren in der Hitze?\n\n"
        "Den Tieren geht es gut. Wir kühlen die Gehege mit Wasser.\n\n"
        "Was kostet das?\n\n"
        "Rund 20.000 Euro im Monat. Das ist viel Geld."
    )
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotekit.extract(text)] == [
        ("Den Tieren geht es gut. Wir kühlen die Gehege mit Wasser.", "Anna Berg"),
        ("Rund 20.000 Euro im Monat. Das ist viel Geld.", "Anna Berg"),
    ]


def test_a_magazine_that_asks_under_its_name_in_lower_case_is_an_interviewer() -> None:
    # "profil:" asks (and puts claims without a question mark), "Zöchling-Brandl:" answers; a prefix in lower
    # case is a magazine's name, not a sentence
    text = (
        "Die Landesrätin Andrea Zöchling-Brandl über fehlende Pflegekräfte.\n\n"
        "profil: Frau Landesrätin, hat Ihnen der Seniorenring schon verziehen?\n\n"
        "Zöchling-Brandl: Ich hoffe es. Wir haben inzwischen lange miteinander geredet.\n\n"
        "profil: Kritiker sprechen von Braindrain.\n\n"
        "Zöchling-Brandl: Den Vorwurf nehme ich ernst.\n\n"
        "profil: Ihre eigene Partei will lieber die Angehörigen stärken.\n\n"
        "Zöchling-Brandl: Das will ich auch.\n\n"
        "profil: Warum wird die Betreuung verschwinden?\n\n"
        "Zöchling-Brandl: Weil die Betreuerinnen nicht mehr kommen."
    )
    answers = [
        q
        for q in quotekit.extract(text)
        if q.text.startswith(("Ich hoffe", "Den Vorwurf", "Das will", "Weil"))
    ]
    assert [q.speaker.name if q.speaker else None for q in answers] == ["Andrea Zöchling-Brandl"] * 4


def test_a_paragraph_that_reports_someone_else_is_no_part_of_the_answer_before_it() -> None:
    text = (
        "STANDARD: Frau Kovačić, ist die Stadt zuständig?\n\n"
        "Kovačić: Nein, der Bund. Ich habe dem Minister im Herbst einen Brief geschrieben.\n\n"
        "Das Justizministerium teilte auf Anfrage mit, man prüfe alle Vorschläge.\n\n"
        "Anzeige\n\n"
        "STANDARD: Was kann die Stadt selbst tun?\n\n"
        "Kovačić: Bauen, bauen, bauen."
    )
    answers = [q.text for q in quotekit.extract(text) if q.kind is QuoteKind.DIRECT]
    assert answers == [
        "Nein, der Bund. Ich habe dem Minister im Herbst einen Brief geschrieben.",
        "Bauen, bauen, bauen.",
    ]


def test_a_claim_put_as_what_someone_else_says_is_a_question_of_an_interview_without_prefixes() -> None:
    text = (
        "Herr Santos, wie geht es der Mannschaft?\n\n"
        "Sie ist jung. Dass das Zeit braucht, war allen klar.\n\n"
        "Der Präsident spricht von einer Negativspirale.\n\n"
        "Das ist sein gutes Recht. Ich sehe es anders.\n\n"
        "Was werfen Sie sich vor?\n\n"
        "Dass wir zu spät reagiert haben."
    )
    answers = [q.text for q in quotekit.extract(text) if q.kind is QuoteKind.DIRECT]
    assert answers == [
        "Sie ist jung. Dass das Zeit braucht, war allen klar.",
        "Das ist sein gutes Recht. Ich sehe es anders.",
        "Dass wir zu spät reagiert haben.",
    ]
