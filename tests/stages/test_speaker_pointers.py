"""A pointer cue ("Demnach …") keeps itself as the mention and names the source of the sentence before."""

from __future__ import annotations

from tests.extracted import reported_speakers

import quotekit
from quotekit import QuoteKind

REPORT = (
    "Das Bundeskartellamt hat heute den Abschlussbericht seiner Untersuchung vorgelegt. "
    "Demnach kann den großen Stromerzeugern kein wettbewerbswidriges Verhalten nachgewiesen werden."
)


def test_demnach_names_the_source_of_the_sentence_before() -> None:
    quotes = [q for q in quotekit.extract(REPORT) if q.kind is not QuoteKind.DIRECT]
    assert len(quotes) == 1
    speaker = quotes[0].speaker
    assert speaker is not None
    assert speaker.mention is not None
    assert speaker.mention.text == "Demnach"
    assert speaker.name == "Bundeskartellamt"
    assert speaker.is_organization


def test_demnach_after_a_sentence_without_a_speaking_subject_names_no_one() -> None:
    text = (
        "Inzwischen sind präzise Beschuldigungen an die Öffentlichkeit gelangt. "
        "Demnach steht insbesondere der Kopilot in der Schusslinie."
    )
    quotes = [q for q in quotekit.extract(text) if q.kind is not QuoteKind.DIRECT]
    assert len(quotes) == 1
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name is None


def test_demnach_across_a_paragraph_break_names_no_one() -> None:
    text = REPORT.replace("vorgelegt. ", "vorgelegt.\n\n")
    quotes = [q for q in quotekit.extract(text) if q.kind is not QuoteKind.DIRECT]
    assert len(quotes) == 1
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name is None


def test_danach_after_a_sentence_that_names_a_report_points_back_to_it() -> None:
    text = (
        "Das Statistische Bundesamt hat am Montag seine neue Studie vorgestellt. "
        "Danach leiden immer mehr Kinder unter Stress."
    )
    quotes = [q for q in quotekit.extract(text) if q.kind is not QuoteKind.DIRECT]
    assert [q.text for q in quotes] == ["leiden immer mehr Kinder unter Stress"]
    speaker = quotes[0].speaker
    assert speaker is not None
    assert speaker.mention is not None
    assert speaker.mention.text == "Danach"
    assert speaker.name == "Statistisches Bundesamt"  # (its name in the nominative without an article)


def test_danach_after_narration_or_a_framed_source_means_afterwards() -> None:
    texts = [
        "Die Polizei nahm den Mann am Abend fest. Danach wurde er stundenlang verhört.",
        # the statement is a frame of its own sentence, no report the next one points back to
        "Nach Aussagen des Bürgermeisters drangen die Täter nachts ein. Danach verwüsteten sie das Haus.",
        # the media are no document
        "Die Familie hat über die Medien davon erfahren. Danach rief die Frau die Polizei an.",
    ]
    for text in texts:
        assert [
            q.cue.text for q in quotekit.extract(text) if q.cue is not None and q.cue.text == "Danach"
        ] == []


def test_demnach_after_a_study_is_said_by_who_issued_the_study() -> None:
    text = (
        "Am Piz Cengalo droht ein weiterer Felssturz. Zu diesem Schluss kommt eine Studie des Instituts für "
        "Gebirgsforschung in Sitten, die am Mittwoch vorgestellt wurde. Demnach rutscht eine Felsmasse von "
        "rund 1,2 Millionen Kubikmetern."
    )
    quotes = quotekit.extract(text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Institut für Gebirgsforschung"]


def test_demnach_after_a_report_that_is_no_subject_names_its_owner_not_the_last_source() -> None:
    # the parse makes "Druck" the subject; the report of the Landesrechnungshof is what "Demnach" points to,
    # not the party quoted before it
    text = (
        "Die FDP sagte, die Ministerin müsse zurücktreten. Zusätzlichen Druck erzeugt ein Bericht des "
        "Landesrechnungshofs, der am Mittwoch veröffentlicht wurde. Demnach hat das Land nur 60 Prozent der "
        "Mittel ausgegeben."
    )
    quote = next(q for q in quotekit.extract(text) if q.text.startswith("hat das Land"))
    assert quote.speaker is not None
    assert quote.speaker.mention is not None
    assert quote.speaker.mention.text == "Demnach"
    assert quote.speaker.name == "Landesrechnungshof"


def test_a_relative_pronoun_speaks_for_an_unnamed_antecedent() -> None:
    text = "Das Gericht folgte dem Gutachter, der erklärt hatte, der Angeklagte sei schuldfähig."
    assert reported_speakers(text) == ["der Gutachter"]


def test_a_relative_pronoun_speaks_for_an_antecedent_past_a_place() -> None:
    text = (
        "Dazu wurde ein Prediger aus London zugeschaltet, der alle Zuhörer aufforderte, "
        "nicht mehr zu spenden."
    )
    assert reported_speakers(text) == ["ein Prediger aus London"]


def test_a_relative_pronoun_for_a_named_person_keeps_the_name() -> None:
    text = "Unterstützung kam von Bürgermeister Hans Huber, der betonte, man werde helfen."
    assert reported_speakers(text) == ["Hans Huber"]


def test_a_relative_pronoun_the_parse_leaves_without_a_verb_is_the_subject_of_the_clause_it_opens() -> None:
    # "der" hung on the comma, not on "sieht": the nominative pronoun opening the clause the verb closes speaks,
    # not a noun of the narration before
    text = (
        "Dem Zerkratzen der Scheiben, auch Scratching genannt, soll mit Folien begegnet werden. "
        "Durch den Tönungseffekt ist das Scratching schlechter sichtbar.\n\n"
        "Kritik kommt vom Berliner Fahrgastverband IGEB, der diese Maßnahme als „Kapitulation“ vor den "
        "Randalierern sieht."
    )
    (quote,) = quotekit.extract(text)
    assert quote.speaker is not None
    assert quote.speaker.name == "Fahrgastverband IGEB"
    # (a clause with a subject of its own in the nominative keeps it)
    other = "Es ist eine Maßnahme, die der Verkehrsminister Karl Huber als „Kapitulation“ bezeichnet."
    (quote,) = quotekit.extract(other)
    assert quote.speaker is not None
    assert quote.speaker.name == "Karl Huber"


def test_a_relation_the_narration_mentions_by_a_possessive_does_not_take_over_the_report() -> None:
    # "Ihre Tochter geht in die zweite Klasse." is narration about the mother's child; the Konjunktiv after it
    # goes on with the mother. A relation that reacts ("Ihr Nachbar sieht das gelassener.") does speak.
    text = (
        "»Man hat uns das einfach verkündet«, sagt Aleksandra Wróbel, Obfrau des Elternvereins. "
        "Ihre Tochter geht in die zweite Klasse. Der neue Schulweg sei für viele Kinder deutlich länger."
    )
    assert reported_speakers(text) == ["Aleksandra Wróbel"]
    reacting = (
        "»Das ist eine Katastrophe«, sagt die Bäuerin Eva Steiner. "
        "Ihr Nachbar sieht das gelassener. Der Hang habe schon 1987 einmal gerutscht."
    )
    assert reported_speakers(reacting) != ["Eva Steiner"]
