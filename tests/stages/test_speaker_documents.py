"""A document named again by its noun alone ("heißt es in dem Bericht", "im Antrag") is whoever the text named
as its issuer before; "nach eigenen Angaben" is the subject of its clause; "heißt es" takes no other subject."""

from __future__ import annotations

import pytest
from tests import extracted

import quotekit
from quotekit import Quote, QuoteKind


def _reported(text: str) -> list[Quote]:
    return [q for q in quotekit.extract(text) if q.kind is not QuoteKind.DIRECT]


def _the(quotes: list[Quote], start: str) -> Quote:
    return next(q for q in quotes if q.text.startswith(start))


def test_a_report_named_again_is_that_of_the_owner_named_with_it_before() -> None:
    text = (
        "Die Opposition fordert Aufklärung. Zusätzlichen Druck erzeugt ein Bericht des Landesrechnungshofs, der am "
        "Mittwoch veröffentlicht wurde. Die Ministerin schwieg dazu. Der Landesbetrieb sei personell schlecht "
        "ausgestattet, heißt es in dem Bericht."
    )
    quote = _the(_reported(text), "Der Landesbetrieb sei")
    assert quote.speaker is not None
    assert quote.speaker.name == "Landesrechnungshof"
    assert quote.speaker.mention is not None
    assert quote.speaker.mention.text == "dem Bericht"


def test_a_document_named_again_is_that_of_the_subject_that_issued_it() -> None:
    text = (
        "Die Bergbahnen Hochalm GmbH hat Insolvenz angemeldet. Als Ursachen nennt das Unternehmen im "
        "Insolvenzantrag die schneearmen Winter. Dazu kam ein Getriebeschaden. Die Reparatur habe mehr als "
        "600.000 Euro gekostet, heißt es im Antrag."
    )
    quote = _the(_reported(text), "Die Reparatur habe")
    assert quote.speaker is not None
    assert quote.speaker.name == "Bergbahnen Hochalm GmbH"


def test_a_report_named_again_by_another_report_noun_is_that_of_the_owner_named_with_it() -> None:
    # "eine Studie der Hochschule …" and then "heisst es in dem Bericht": one report, named by two nouns
    text = (
        "Im Arvensee schwimmen mehr Mikroplastikteilchen als angenommen. Zu diesem Schluss kommt eine Studie der "
        "Hochschule für Umwelttechnik Arventhal, die am Montag veröffentlicht wurde. In allen untersuchten Fischen "
        "seien Fasern gefunden worden, heisst es in dem Bericht."
    )
    quote = _the(_reported(text), "In allen untersuchten")
    assert quote.speaker is not None
    assert quote.speaker.name == "Hochschule für Umwelttechnik Arventhal"
    # (a document of another kind is not the report: "eine Untersuchung an" announced is not what "dem Bericht"
    # names, and a report with its owner after "von" is that owner's)
    text = (
        "Ein Sprecher des Übergangsrates kündigte eine Untersuchung an. Die Organisation Human Rights Investigation "
        "hatte von Säuberungen berichtet. Nach dem Bericht von Human Rights Investigation sollen Rebellen Gerüchte "
        "verbreitet haben."
    )
    quote = _the(_reported(text), "sollen Rebellen")
    assert quote.speaker is not None
    assert quote.speaker.name != "Übergangsrat"


def test_a_report_after_demnach_is_the_document_the_organisation_quoted_just_before_issued() -> None:
    # "Demnach …" drew on the audit office's warning; "heißt es in dem Bericht" goes on with the same document.
    text = (
        "Der Landtag hat das Budget beschlossen. Der Landesrechnungshof hatte bereits im Herbst vor einer "
        "Schieflage gewarnt. Demnach wachsen die Ausgaben seit Jahren schneller als die Einnahmen. Eine Trendwende "
        "sei ohne Reformen nicht in Sicht, heißt es in dem Bericht."
    )
    quote = _the(_reported(text), "Eine Trendwende")
    assert quote.speaker is not None
    assert quote.speaker.name == "Landesrechnungshof"


def test_demnach_after_a_survey_owned_by_dessen_is_the_one_dessen_stands_for() -> None:
    # "Dessen jüngste Umfrage": the survey is the association's; a tagger may call "Dessen" an adjective
    text = (
        "Minh Tuan Hoang führt seit vergangenem Jahr den regionalen Gastronomieverband. Dessen jüngste Umfrage hat "
        "für Aufsehen gesorgt. Demnach denkt fast jeder fünfte Betrieb über eine Aufgabe nach."
    )
    quote = _the(_reported(text), "denkt fast")
    assert quote.speaker is not None
    assert quote.speaker.name == "der regionale Gastronomieverband"


def test_a_report_after_a_quotation_of_its_own_organisation_is_not_by_that_organisation() -> None:
    # The city quoted before is what the report is about: "heißt es in dem Bericht" after its own statement (no
    # "Demnach") is no statement of the city's.
    text = (
        "Ein Gutachten zur Brücke liegt vor. Die Stadt teilte mit, man prüfe die Ergebnisse. Die Stadt habe die "
        "Wartung jahrelang vernachlässigt, heißt es in dem Bericht."
    )
    quote = _the(_reported(text), "Die Stadt habe")
    assert quote.speaker is None or quote.speaker.name != "Stadt"


def test_a_new_document_or_one_whose_earlier_mention_has_no_owner_names_no_one_from_it() -> None:
    # "in einem Bericht" is a new document; "der Bericht" before had no owner the text gives
    text = (
        "Ein Bericht liegt der Redaktion vor. Die Brücke sei marode, heißt es in dem Bericht. "
        "Die Kosten seien gestiegen, heißt es in einem Bericht."
    )
    for quote in _reported(text):
        assert quote.speaker is None or quote.speaker.name is None


def test_nach_eigenen_angaben_is_the_clause_subject_and_keeps_its_words_as_the_mention() -> None:
    # the subject hangs on the participle, not on the auxiliary "hat"
    text = (
        "Die Umweltanwaltschaft hat nach eigenen Angaben bereits eine Stellungnahme zu dem Projekt abgegeben. "
        "Die Rentnerin Erna Kobler hat nach eigenen Angaben schon 2021 einen Brief geschrieben."
    )
    quotes = _reported(text)
    first, second = _the(quotes, "Die Umweltanwaltschaft"), _the(quotes, "Die Rentnerin")
    assert first.speaker is not None
    assert second.speaker is not None
    assert first.speaker.name == "Umweltanwaltschaft"
    assert second.speaker.name == "Erna Kobler"
    assert second.speaker.mention is not None
    assert second.speaker.mention.text == "eigenen Angaben"


def test_nach_eigenen_angaben_opening_the_sentence_names_the_person_after_the_verb() -> None:
    # the parse tags "erfuhr" as an adjective and makes "Bachmayr" the root: the word after the verb in second
    # place is the subject all the same
    text = (
        "Trainer Patrick Bachmayr wurde entlassen. "
        "Nach eigenen Angaben erfuhr Bachmayr von seiner Entlassung am Telefon."
    )
    (quote,) = _reported(text)
    assert quote.speaker is not None
    assert quote.speaker.name == "Patrick Bachmayr"


def test_heisst_es_takes_no_subject_from_the_clause_it_reports() -> None:
    # "der Standort" is what the statement is about; "aus naturschutzfachlicher Sicht" is no source
    text = "Darin heißt es, der Standort sei aus naturschutzfachlicher Sicht „grundsätzlich geeignet“."
    fragment = next(q for q in quotekit.extract(text) if q.kind is QuoteKind.DIRECT)
    assert fragment.text == "grundsätzlich geeignet"
    assert (
        fragment.speaker is None
        or fragment.speaker.mention is None
        or "Standort" not in fragment.speaker.mention.text
    )
    assert (
        fragment.speaker is None
        or fragment.speaker.mention is None
        or "Sicht" not in fragment.speaker.mention.text
    )


def test_a_sentence_opening_source_before_a_relative_clause_is_the_source() -> None:
    text = (
        "In dieser Resolution, die vom Sicherheitsrat angenommen wurde, heißt es, dass die Rechte von Kindern "
        "verletzt würden."
    )
    quote = _reported(text)[0]
    assert quote.speaker is not None
    assert quote.speaker.mention is not None
    assert quote.speaker.mention.text == "dieser Resolution"


def test_a_known_report_with_no_owner_named_is_not_the_organisation_in_view() -> None:
    # the airline is what the report is about, not who wrote it
    text = (
        "Die Maschine der Fluggesellschaft Condor befand sich auf dem Weg nach Punta Cana. Der Grund für den "
        "Kerosinablass sei ein Triebwerksschaden gewesen, heißt es in dem Bericht."
    )
    quote = _reported(text)[0]
    assert quote.speaker is None or quote.speaker.name is None


def test_a_document_named_again_is_said_by_the_source_found_for_it_before() -> None:
    # the source phrase holds a phrase inside its participle; the report named again keeps that source
    text = (
        "Der Landesrechnungshof stellt der Gemeinde ein vernichtendes Zeugnis aus. Laut dem am Mittwoch "
        "veröffentlichten Prüfbericht sind die Kosten gestiegen. Die Gemeinde habe ohne Rechnung gebaut, heißt "
        "es in dem Bericht."
    )
    first, second = _reported(text)
    assert first.text == "sind die Kosten gestiegen"
    assert first.speaker is not None
    assert first.speaker.mention is not None
    assert first.speaker.mention.text == "dem am Mittwoch veröffentlichten Prüfbericht"
    assert first.speaker.name == "Landesrechnungshof"
    assert second.speaker is not None
    assert second.speaker.name == "Landesrechnungshof"


def test_a_known_report_with_no_owner_named_is_the_subject_that_issued_something_before() -> None:
    text = (
        "Der Lawinenwarndienst Tirol hatte für Samstag die Gefahrenstufe 3 ausgegeben. Die Hauptgefahr gehe von "
        "frischem Triebschnee aus, heißt es im aktuellen Bericht."
    )
    quote = _reported(text)[0]
    assert quote.speaker is not None
    assert quote.speaker.name == "Lawinenwarndienst Tirol"


def test_nach_eigenen_angaben_with_a_pronoun_the_parse_took_for_an_object_is_that_pronouns_person() -> None:
    text = "Die Rentnerin Erna Huber sagte aus. Nach eigenen Angaben hatte sie 64.000 Euro angelegt."
    quote = _reported(text)[-1]
    assert quote.speaker is not None
    assert quote.speaker.name == "Erna Huber"


def test_an_indictment_before_the_prosecutor_is_named_is_the_prosecutors() -> None:
    text = (
        "Laut Anklage hat M. Umsätze erfunden. Zudem habe er Rechnungen gefälscht. „Der Angeklagte hat die "
        "Notlage ausgenutzt“, sagte Staatsanwältin Mag. Katharina Wieser."
    )
    names = [q.speaker.name if q.speaker else None for q in quotekit.extract(text)]
    assert names == ["Katharina Wieser"] * 3


def test_an_indictment_with_two_prosecutors_named_later_names_neither() -> None:
    text = (
        "Laut Anklage hat M. Umsätze erfunden. Staatsanwältin Katharina Wieser und Staatsanwalt Peter Gruber "
        "vertreten die Anklage."
    )
    quote = _reported(text)[0]
    assert quote.speaker is None or quote.speaker.name is None


def test_a_report_whose_relative_clause_names_who_presented_it_is_theirs() -> None:
    text = (
        "Das Gutachten wirft dem Bistum Versagen vor. Mindestens 214 Kinder seien missbraucht worden, heißt es "
        "in dem 1.100 Seiten starken Bericht, den die Kanzlei Adebayo Rechtsanwälte am Dienstag vorstellte."
    )
    quote = _the(_reported(text), "Mindestens 214 Kinder")
    assert quote.speaker is not None
    # (the firm's name, with or without its kind word: "Adebayo" is a first name too)
    assert quote.speaker.name in {"Kanzlei Adebayo Rechtsanwälte", "Adebayo Rechtsanwälte"}
    # the mention is the whole noun phrase: a measure inside its attribute is no person
    assert quote.speaker.mention is not None
    assert quote.speaker.mention.text.endswith("1.100 Seiten starken Bericht")


def test_a_report_with_a_possessive_is_the_organisation_it_refers_to() -> None:
    text = (
        "Die kantonale Finanzaufsicht hatte die Stadt bereits im Frühjahr gewarnt. Die Finanzplanung der Stadt "
        "beruhe auf zu optimistischen Annahmen, heisst es in ihrem Bericht."
    )
    quote = _the(_reported(text), "Die Finanzplanung")
    assert quote.speaker is not None
    assert quote.speaker.name == "Finanzaufsicht"


def test_an_answer_on_request_is_the_company_a_describing_noun_names() -> None:
    text = (
        "Der Discounter Preisfuchs gab sich gelassen. Man sei ohnehin der günstigste Anbieter im Markt, "
        "hiess es auf Anfrage."
    )
    quote = _the(_reported(text), "Man sei")
    assert quote.speaker is not None
    assert quote.speaker.name == "Preisfuchs"
    assert quote.speaker.is_organization


def test_a_statement_is_the_organisation_that_is_the_subject_right_before_not_the_person_in_view() -> None:
    text = (
        "Ein Anwohner sagte, er habe kaum geschlafen. Die Tierrechtsgruppe Animalia Ost nahm den Ausbruch zum "
        "Anlass für Kritik. «Wölfe gehören nicht hinter Gitter», heisst es in einer Mitteilung."
    )
    quote = _the(quotekit.extract(text), "Wölfe gehören")
    assert quote.speaker is not None
    assert quote.speaker.name == "Tierrechtsgruppe Animalia Ost"


def test_first_findings_with_no_owner_are_those_of_whoever_the_text_is_about_there() -> None:
    text = (
        "Die Ermittlungen liefen gegen unbekannt, hiess es bei der Kantonspolizei. Nach ersten Erkenntnissen "
        "handle es sich um eine international tätige Gruppierung."
    )
    quote = _the(_reported(text), "handle es sich")
    assert quote.speaker is not None
    assert quote.speaker.name == "Kantonspolizei"


def test_a_survey_before_zufolge_keeps_its_prepositional_phrase_and_is_its_owners() -> None:
    text = (
        "Das sieht die Referentin anders. Einer Umfrage des AStA unter 1.800 Studierenden zufolge liegt die "
        "Durchschnittsmiete bei 540 Euro."
    )
    quote = _the(_reported(text), "liegt die")
    assert quote.text == "liegt die Durchschnittsmiete bei 540 Euro"
    assert quote.speaker is not None
    assert quote.speaker.name == "AStA"


def test_a_test_by_a_magazine_named_in_marks_is_the_magazines_and_its_closing_mark_is_no_content() -> None:
    text = "Laut einem Test des Magazins „Auto Motor Sport“ gibt es im Moment 113 Modelle."
    quote = _the(_reported(text), "gibt es")
    assert quote.text == "gibt es im Moment 113 Modelle"
    assert quote.speaker is not None
    assert quote.speaker.name == "Auto Motor Sport"


def test_an_order_with_no_owner_named_is_the_one_of_the_body_the_sentence_before_is_about() -> None:
    text = (
        "Am Lugensee ist ein Streit entbrannt. Das kantonale Amt für Fischerei will die Fangmenge um ein Drittel "
        "senken. Die Bestände seien um fast die Hälfte eingebrochen, heisst es in der Verfügung."
    )
    quotes = quotekit.extract(text)
    assert quotes[-1].speaker is not None
    assert quotes[-1].speaker.name == "Amt für Fischerei"


def test_a_report_named_again_goes_to_the_one_whose_report_its_possessive_said_it_was() -> None:
    quotes = quotekit.extract(
        "Der Landesrechnungshof hat in seinem Bericht vor einer Schieflage der Landesfinanzen gewarnt. Die "
        "Regierung schwieg. Eine Trendwende sei ohne Reformen nicht in Sicht, heißt es in dem Bericht."
    )
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Landesrechnungshof"]


def test_demnach_opening_a_paragraph_points_back_to_the_report_the_paragraph_before_ends_with() -> None:
    quotes = quotekit.extract(
        "Das ist das Ergebnis einer Studie des Instituts für Bildungsforschung (IBS), die am Montag vorgestellt "
        "wurde.\n\nDemnach gehen bis 2030 fast 30 Prozent der Lehrkräfte in den Ruhestand."
    )
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Institut für Bildungsforschung"]


def test_an_answer_to_a_parliamentary_question_is_a_document_of_whoever_gave_it() -> None:
    # Austrian "Anfragebeantwortung", Swiss "Vernehmlassung": documents whose owner in the genitive issued them
    text = (
        "An Kärntens zweisprachigen Volksschulen fehlen 23 Lehrerinnen und Lehrer. Das geht aus einer "
        "Anfragebeantwortung der Bildungsdirektion an den Landtag hervor."
    )
    quote = _the(_reported(text), "An Kärntens")
    assert quote.speaker is not None
    assert quote.speaker.name == "Bildungsdirektion"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a possessive in the clause of the verb that issued the report is its subject's; "vorgelegt", which the
        # lemmatiser may make "vorgelegen", is "vorlegen"
        (
            "Das Bundesamt für Lagerstättensuche hat am Mittwoch seinen zweiten Zwischenbericht vorgelegt. Von 41 "
            "Gebieten sind darin noch neun übrig. In dem Bericht heißt es, die Tonschicht sei mächtig genug.",
            "Bundesamt für Lagerstättensuche",
        ),
        # the owner in the genitive after a report's name in marks
        (
            "Das geht aus dem aktuellen „Gletscherbericht“ des Österreichischen Bergsteigerbunds hervor. Im "
            "Durchschnitt hätten sich die Gletscher um 24 Meter zurückgezogen, heißt es in dem Bericht.",
            "Bergsteigerbund",
        ),
        # a department ("Revisionsabteilung") is an organisation that issues a report
        (
            "Das steht in einem internen Bericht der Revisionsabteilung. Versicherte hätten 41 Wochen gewartet, "
            "heißt es in dem Bericht.",
            "die Revisionsabteilung",
        ),
    ],
)
def test_a_report_named_again_is_its_issuers(text: str, name: str) -> None:
    reported = [q for q in quotekit.extract(text) if q.cue is not None and q.cue.text.startswith("heißt")]
    assert len(reported) == 1
    assert reported[0].speaker is not None
    assert reported[0].speaker.name == name


def test_a_statement_right_after_an_organisations_report_is_that_organisations() -> None:
    text = (
        "Die Stadt Wendelsbach hat ein Datenleck eingeräumt. Nach Angaben der Stadtverwaltung waren die Meldedaten "
        "frei abrufbar. Betroffen seien auch Namen und Anschriften, hieß es in einer Mitteilung am Freitag."
    )
    quotes = _reported(text)
    before, statement = _the(quotes, "waren die Meldedaten"), _the(quotes, "Betroffen seien")
    assert before.speaker is not None
    assert statement.speaker is not None
    assert statement.speaker.name == before.speaker.name == "Stadtverwaltung"
    assert statement.speaker.is_organization
    # (the words next to the quotation stay its mention)
    assert statement.speaker.mention is not None
    assert statement.speaker.mention.text == "einer Mitteilung"


def test_a_report_after_a_sentence_whose_subject_examined_something_is_that_subjects() -> None:
    # The body that checked the sale issued the report on it
    text = (
        "Der Landesrechnungshof hatte den Verkauf bereits 2022 geprüft. Der Preis habe deutlich unter dem "
        "ortsüblichen Niveau gelegen, heißt es in dem Bericht."
    )
    quote = _the(_reported(text), "Der Preis habe")
    assert quote.speaker is not None
    assert quote.speaker.name == "Landesrechnungshof"


def test_a_report_after_a_sentence_whose_subject_did_something_else_is_not_that_subjects() -> None:
    text = (
        "Der Landesrechnungshof zog im Sommer in ein neues Gebäude. Der Preis habe deutlich unter dem "
        "ortsüblichen Niveau gelegen, heißt es in dem Bericht."
    )
    quote = _the(_reported(text), "Der Preis habe")
    assert quote.speaker is None or quote.speaker.name != "Landesrechnungshof"


def test_a_statement_named_again_by_the_noun_of_an_earlier_cue_is_that_cue_s_source() -> None:
    # "Mitteilung" is what "mitteilen" makes: the police's statement, named again a paragraph later
    text = (
        "Steffisburg. Ein unbekannter Mann hat am Sonntagabend den Shop einer Tankstelle überfallen. Wie die "
        "Kantonspolizei Bern am Montag mitteilte, bedrohte der Täter die 56-jährige Angestellte mit einer Pistole "
        "und forderte Bargeld. Anschliessend sei er zu Fuss geflüchtet. Die Angestellte sei unverletzt geblieben, "
        "stehe aber unter Schock.\n\nEine sofort eingeleitete Fahndung verlief bisher erfolglos. Der Mann sei etwa "
        "25 bis 30 Jahre alt, heisst es in der Mitteilung."
    )
    assert extracted.reported_speakers(text)[-1] == "Kantonspolizei Bern"
    # a statement the text names for the first time ("in einer Mitteilung") is no earlier one
    new = text.replace("heisst es in der Mitteilung", "heisst es in einer Mitteilung der Gemeinde")
    assert extracted.reported_speakers(new)[-1] == "Gemeinde Steffisburg"


def test_an_ownerless_statement_after_a_sentence_about_a_named_firm_is_the_firm_s() -> None:
    # the firm is named first inside what someone else reports, then as the subject (its name tagged as adjectives)
    text = (
        "Den Ausschlag gab offenbar der Rückzug des wichtigsten Geldgebers. Die Beteiligungsgesellschaft Kranich "
        "Ventures habe eine bereits zugesagte Finanzierungsrunde über acht Millionen Euro im September platzen "
        "lassen, sagte Faßbender.\n\nKranich Ventures wies das zurück. Es habe nie eine verbindliche Zusage "
        "gegeben, hieß es in einer schriftlichen Stellungnahme."
    )
    assert extracted.reported_speakers(text)[-1] == "Beteiligungsgesellschaft Kranich Ventures"


def test_heisst_es_with_no_owner_found_is_the_organisation_the_sentence_before_names() -> None:
    # the organisation may be named anywhere in the sentence before, not only as its subject; the sentences
    # that go on with the document are its too
    text = (
        "Geht es nach dem kantonalen Amt für öffentlichen Verkehr, ist damit bald Schluss. Die Linie 214 erreiche "
        "nicht einmal die Hälfte der Mindestnachfrage, heisst es in einem Entwurf für das nächste Angebotskonzept. "
        "Der Kostendeckungsgrad liege bei neun Prozent."
    )
    speakers = [q.speaker.name if q.speaker is not None else None for q in _reported(text)]
    assert speakers == ["Amt für öffentlichen Verkehr", "Amt für öffentlichen Verkehr"]
    # not across a paragraph break, nor where the sentence before names no organisation
    apart = text.replace("Schluss. ", "Schluss.\n\n")
    assert _the(_reported(apart), "Die Linie 214").speaker.name is None  # type: ignore[union-attr]
    nobody = text.replace("Geht es nach dem kantonalen Amt für öffentlichen Verkehr", "Geht es nach dem Plan")
    assert _the(_reported(nobody), "Die Linie 214").speaker.name is None  # type: ignore[union-attr]
    # (nor an organisation named as where the people who wrote it work)
    people = (
        "In einem offenen Brief fordern 63 Direktorinnen und Direktoren von Volks- und Mittelschulen, die "
        "Förderklassen abzuschaffen. Das Modell sei gescheitert, heißt es darin."
    )
    quote = _the(_reported(people), "Das Modell sei")
    assert quote.speaker is None or quote.speaker.name != "Volks- und Mittelschulen"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Der Polizeibericht liegt vor. Dem Bericht zufolge sei der Fahrer zu schnell gewesen.", "Polizei"),
        (
            "Der Verfassungsschutzbericht wurde am Montag vorgestellt. Laut dem Bericht sei die Zahl der "
            "Straftaten gestiegen.",
            "Verfassungsschutz",
        ),
        ("Laut einem UN-Bericht seien 300 Menschen geflohen.", "UN"),
    ],
)
def test_a_document_named_by_its_issuer_in_the_compound_speaks_for_the_issuer(text: str, name: str) -> None:
    assert [q.speaker.name if q.speaker else None for q in quotekit.extract(text)] == [name]


def test_a_compound_document_noun_whose_first_part_names_no_issuer_names_no_one() -> None:
    quotes = quotekit.extract("Laut dem Geschäftsbericht sei der Umsatz gestiegen.")
    assert [q.speaker.name if q.speaker else None for q in quotes] == [None]


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "Bereits im Vorjahr hatte die Volksanwaltschaft das Verfahren kritisiert. Die Gemeinde habe "
            "Stellungnahmen von Anrainern ignoriert, hieß es damals in einem Prüfbericht.",
            "Volksanwaltschaft",
        ),
        (
            "Linz – Das Landesverwaltungsgericht Oberösterreich hat die Baubewilligung für ein Chaletdorf "
            "aufgehoben. Die Gemeinde habe die Widmung nicht ausreichend geprüft, heißt es in der am Montag "
            "veröffentlichten Entscheidung.",
            "Landesverwaltungsgericht Oberösterreich",
        ),
    ],
)
def test_a_report_or_decision_heisst_es_names_first_is_that_of_the_organisation_right_before(
    text: str, issuer: str
) -> None:
    (quote,) = _reported(text)
    assert quote.speaker is not None
    assert quote.speaker.name == issuer
