"""Organisations referred back to by a word of their kind, named after a word of their kind or an
abbreviation, and not taken for a person whose name is a place (speaker stage, issue 11)."""

from __future__ import annotations

import pytest
from tests import extracted

import quotekit
from quotekit import Quote, QuoteKind


def _reported(text: str) -> list[Quote]:
    return [q for q in quotekit.extract(text) if q.kind is not QuoteKind.DIRECT]


def _names(quotes: list[Quote]) -> list[str | None]:
    return [None if q.speaker is None else q.speaker.name for q in quotes]


def test_a_company_named_after_its_kind_noun_is_the_one_referred_back_to() -> None:
    text = (
        "Schweinfurt. Der Autozulieferer Hessbach Antriebstechnik baut in Schweinfurt 800 Stellen ab. "
        "Das Unternehmen teilte am Montag mit, die Nachfrage sei um ein Viertel eingebrochen."
    )
    quotes = _reported(text)
    assert len(quotes) == 1
    # (a noun that describes a company is no part of its name, unlike a kind noun: "Verkehrsbetriebe Kurpfalz")
    assert _names(quotes) == ["Hessbach Antriebstechnik"]


def test_a_club_abbreviation_opens_the_name_even_after_the_place_was_taken_for_a_person() -> None:
    text = (
        "Schwestern-Power bringt Lindenau den Sieg\n\n"
        "Leipzig. Der FC Lindenau hat den dritten Sieg in Folge gefeiert.\n\n"
        "Der Verein teilte nach dem Spiel mit, dass die Partie einen neuen Zuschauerrekord aufgestellt habe."
    )
    quotes = _reported(text)
    assert len(quotes) == 1
    assert _names(quotes) == ["FC Lindenau"]


def test_a_definite_bare_noun_refers_back_to_the_organisation_whose_name_ends_in_it() -> None:
    text = (
        "Das Landeskrankenhaus Bergfeld hat eine neue Station eröffnet. "
        "Die Auslastung sei hoch, teilte das Krankenhaus mit."
    )
    quotes = _reported(text)
    assert len(quotes) == 1
    assert _names(quotes) == ["Landeskrankenhaus Bergfeld"]


def test_a_bare_noun_after_laut_refers_back_to_the_organisation_whose_name_ends_in_it() -> None:
    text = (
        "Das teilte die Kantonspolizei St. Gallen am Sonntag mit. "
        "Zwei Bewohner erlitten laut Polizei eine Rauchvergiftung."
    )
    quotes = _reported(text)
    assert len(quotes) == 1
    assert _names(quotes) == ["Kantonspolizei St. Gallen"]


def test_words_in_marks_without_attribution_go_to_the_person_in_view_before_an_organisation() -> None:
    text = (
        "Die Autorin Derya Kaplan arbeitet als Hebamme in Bochum.\n\n"
        "Der Verlag Lindwurm & Söhne teilte mit, die Filmrechte seien bereits verkauft.\n\n"
        "Ihren Beruf will Kaplan trotz des Erfolgs nicht aufgeben. »Schreiben ist schön. Aber nichts ist so "
        "schön wie der erste Schrei eines Kindes.«"
    )
    direct = [q for q in quotekit.extract(text) if q.kind is QuoteKind.DIRECT]
    assert len(direct) == 1
    assert _names(direct) == ["Derya Kaplan"]


def test_a_club_named_again_by_its_place_alone_stays_the_club() -> None:
    # speakers-dev synC30 (CC0): the headline and "Für Lindenau" tag the place as a person
    text = SYN_C30
    found = [q for q in _reported(text) if "Vereinsrekord" in q.text]
    assert _names(found) == ["FC Lindenau"]


SYN_C30 = "Frauen-Bundesliga: Schwestern-Power bringt Lindenau den Sieg\n\nLeipzig. Der FC Lindenau hat in der Frauen-Bundesliga den dritten Sieg in Folge gefeiert. Gegen den SC Weserbogen gewann die Mannschaft von Trainerin Sabine Kowalczyk am Sonntag mit 3:1 – und im Mittelpunkt standen zwei Spielerinnen mit demselben Nachnamen: die Schwestern Lena und Marie Hoffmann.\n\nLena, 23 Jahre alt und Kapitänin, erzielte das 1:0 per Kopf, ihre vier Jahre jüngere Schwester Marie machte nach einem Solo über den halben Platz das 3:1. „Ich habe ihr vorher gesagt, sie soll einfach mal draufhalten“, sagte Lena nach dem Spiel. „Dass sie dabei gleich drei Gegenspielerinnen stehen lässt, war so nicht abgesprochen.“\n\nDie 19-Jährige selbst nahm es gelassen. „Zu Hause bin ich immer die Kleine. Heute durfte ich mal die Große sein“, sagte Marie und grinste.\n\nKowalczyk lobte die Moral ihres Teams nach dem zwischenzeitlichen Ausgleich. „Wir sind nicht nervös geworden, das ist neu bei uns“, sagte die Trainerin. Sie verwies aber auch darauf, dass Torhüterin Aylin Demir zweimal glänzend habe parieren müssen.\n\nWeserbogen-Trainer Frank Oldenburg haderte mit der Chancenverwertung. Seine Mannschaft habe „mindestens drei Hundertprozentige“ liegen lassen, sagte er. Gegen ein Team wie Lindenau werde so etwas eiskalt bestraft.\n\nFür Lindenau war es auch abseits des Rasens ein besonderer Tag. Der Verein teilte nach dem Spiel mit, dass die Partie mit 4350 Zuschauern einen neuen Vereinsrekord aufgestellt habe."


def test_a_medium_the_recogniser_names_speaks_by_its_whole_name_never_as_the_person_in_view() -> None:
    # Before: "Der NDR" went to no one and "die Süddeutsche Zeitung" to "Zeitung"; in longer texts such
    # a speaking word the lexicon did not know joined the person most in view.
    said = "Fraktionsgeschäftsführer Jens Nacke sagte, der Abgeordnete sei zurückgetreten. "
    assert _names(_reported(said + "Der NDR berichtete, er habe das Mädchen bedrängt.")) == [
        "Jens Nacke",
        "NDR",
    ]
    quotes = _reported(said + "Die Süddeutsche Zeitung berichtete dagegen, er habe das Mädchen bedrängt.")
    assert _names(quotes) == ["Jens Nacke", "Süddeutsche Zeitung"]
    assert quotes[1].speaker is not None
    assert quotes[1].speaker.is_organization


def test_a_compound_of_a_generic_word_refers_back_only_to_an_organisation_of_its_kind() -> None:
    # "das Unternehmen" refers back to the one in view; "die Weltgesundheitsorganisation" says which it is.
    text = (
        "Das Militär teilte mit, die Lage sei unter Kontrolle. "
        "Die Weltgesundheitsorganisation teilte dagegen mit, die Seuche sei gefährlich."
    )
    assert _names(_reported(text)) == ["Militär", "Die Weltgesundheitsorganisation"]


def test_a_medium_named_in_marks_after_its_noun_is_named_by_the_marked_words() -> None:
    text = (
        "Wie die Zeitung „Yemen Observer“ berichtete, seien zwölf Menschen getötet worden. "
        "Der Sender «Radio Bern» berichtete, der Gemeinderat habe den Kredit abgelehnt."
    )
    quotes = _reported(text)
    assert _names(quotes) == ["Yemen Observer", "Radio Bern"]
    assert all(q.speaker is not None and q.speaker.is_organization for q in quotes)


def test_words_in_marks_that_are_no_name_do_not_name_an_organisation() -> None:
    import spacy

    from quotekit.syntax.phrases import marked_name_end

    doc = spacy.blank("de")("die Zeitung „Yemen Observer“ und die Zeitung „sehr gut“ gelesen")
    assert marked_name_end(doc, 2, len(doc)) == 6  # after the closing mark
    assert marked_name_end(doc, 9, len(doc)) is None  # "„sehr gut“" names nothing
    assert marked_name_end(doc, 1, len(doc)) is None  # no mark at the start


def test_a_medium_in_marks_after_laut_is_the_source_and_no_part_of_the_content() -> None:
    text = (
        "Die Oberfläche wird laut „Computerwoche“ stärker angepasst. Laut „Welt“ soll er in Landsberg sein."
    )
    quotes = _reported(text)
    assert [q.text for q in quotes] == ["Die Oberfläche wird stärker angepasst", "soll er in Landsberg sein"]
    assert [
        None if q.speaker is None or q.speaker.mention is None else q.speaker.mention.text for q in quotes
    ] == [
        "„Computerwoche“",
        "„Welt“",
    ]
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name == "Computerwoche"  # the marks in the frame are no one's speech


def test_a_marked_name_may_hold_lower_case_particles() -> None:
    text = "Die Organisation „Reporter ohne Grenzen“ kritisierte, die Regierung unterdrücke die Presse."
    assert _names(_reported(text)) == ["Reporter ohne Grenzen"]


_LATER = (
    "Überragender Akteur war Kristian Holm mit elf Toren. Holm war im Sommer aus Aarhus gekommen. "
    "Er gilt als Kandidat für die Nationalmannschaft. Seine Tochter kam vorige Woche zur Welt. "
    "Trainer Jens Oltmanns lobte die Abwehr. Die Halle war ausverkauft. "
    "Laut Verein läuft sein Vertrag bis 2027."
)


def test_a_club_referred_back_to_long_after_the_lead_is_the_one_the_lead_is_about() -> None:
    text = "Der HC Elbmarsch hat das Nordderby gegen den TSV Ostholstein gewonnen. " + _LATER
    last = _reported(text)[-1]
    assert last.text == "läuft sein Vertrag bis 2027."
    assert _names([last]) == ["HC Elbmarsch"]


def test_a_club_referred_back_is_no_one_where_the_lead_is_about_two() -> None:
    text = "Der HC Elbmarsch und der TSV Ostholstein haben sich unentschieden getrennt. " + _LATER
    assert _names([_reported(text)[-1]]) != ["HC Elbmarsch"]


def test_a_statement_without_owner_after_heisst_es_is_the_organisation_in_view() -> None:
    text = (
        "Ulm. Der Autozulieferer Kessler Antriebstechnik streicht 300 Stellen, teilte das Unternehmen am "
        "Montag mit.\n\nDer Umsatz sei um zwölf Prozent gesunken, hieß es in einer Mitteilung. Ein Sozialplan "
        "werde ausgearbeitet."
    )
    quotes = _reported(text)
    assert [q.text for q in quotes[1:]] == [
        "Der Umsatz sei um zwölf Prozent gesunken",
        "Ein Sozialplan werde ausgearbeitet",
    ]
    assert _names(quotes) == ["Kessler Antriebstechnik"] * 3
    assert all(q.speaker is not None and q.speaker.is_organization for q in quotes)


def test_a_report_after_heisst_es_is_no_statement_of_whoever_is_in_view() -> None:
    # A report's author may stand far back: "im Bericht" names no one here.
    text = (
        "Ulm. Der Autozulieferer Kessler Antriebstechnik streicht 300 Stellen, teilte das Unternehmen am "
        "Montag mit.\n\nDie Branche sei in Gefahr, hieß es im Bericht."
    )
    assert _names(_reported(text))[1:] == [None]


def test_an_office_that_opens_a_heisst_es_sentence_is_its_source() -> None:
    text = (
        "Das Projekt muss noch vom Kanton bewilligt werden. Beim kantonalen Amt für Umweltschutz und Energie "
        "heisst es, man rechne mit einem Entscheid frühestens Ende 2026."
    )
    assert _names(_reported(text)) == ["Amt für Umweltschutz und Energie"]


def test_bei_in_another_clause_is_no_source_of_heisst_es() -> None:
    text = (
        "Regierungssprecher Stefan Seibold schrieb bei Twitter: „Das sind furchtbare Nachrichten aus Sankt "
        "Petersburg“, weiter hieß es, dass „unser Mitgefühl allen Betroffenen gelte“."
    )
    quotes = quotekit.extract(text)
    assert quotes[0].text == "Das sind furchtbare Nachrichten aus Sankt Petersburg"
    assert _names(quotes[:1]) == ["Stefan Seibold"]


def test_heisst_es_without_source_goes_on_with_the_source_before_it() -> None:
    text = (
        "Die Angeklagte schwieg. Wie die Donau Privatbank mitteilte, wurde den Geschädigten der Schaden "
        "ersetzt. Man habe die internen Kontrollen verschärft, hieß es."
    )
    names = _names(_reported(text))
    assert len(names) == 2
    assert names[0] is not None
    assert names[1] == names[0]


def test_a_name_before_the_word_of_its_kind_is_the_organisations_name() -> None:
    text = "Die Donau Privatbank teilte mit, der Schaden sei vollständig ersetzt worden."
    assert _names(_reported(text)) == ["Donau Privatbank"]


def test_an_unknown_noun_that_owns_a_speech_noun_is_a_body_not_the_person_in_view() -> None:
    text = (
        "Festivalleiter Sven Hollerbach zog eine positive Bilanz. Nach Angaben des Festivals kamen in zehn "
        "Tagen rund 41.000 Besucherinnen und Besucher."
    )
    assert _names(_reported(text)) == ["Festival"]


def test_die_behoerde_refers_back_to_the_named_authority() -> None:
    text = (
        "Das Landesamt für Wolfsmonitoring bestätigte am Dienstag die Sichtung. Es handle sich um ein junges "
        "Männchen, teilte die Behörde mit."
    )
    assert [q.speaker.name if q.speaker else None for q in quotekit.extract(text)] == [
        "Landesamt für Wolfsmonitoring"
    ]


def test_a_plural_names_no_organisation_to_refer_back_to() -> None:
    # "Viele kleine Verwaltungen" are many organisations: "die Datenschutzbehörde" is none of them.
    text = (
        "Viele kleine Verwaltungen arbeiten mit veralteter Software. Man werde den Fall prüfen, teilte die "
        "Datenschutzbehörde mit."
    )
    names = [q.speaker.name if q.speaker else None for q in quotekit.extract(text)]
    assert names
    assert "Verwaltungen" not in (names[0] or "")


def _speaker_names(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in quotekit.extract(text)]


def test_an_unnamed_spokesperson_speaks_for_the_organisation() -> None:
    # The reader counts the organisation as the source, not "ein Sprecher".
    assert _speaker_names("Der Mann sei etwa 30 Jahre alt, sagte ein Sprecher der Polizei.") == ["Polizei"]
    in_view = (
        "Das Regierungspräsidium wies das zurück. Eine Reduzierung sei nicht möglich, sagte eine Sprecherin."
    )
    assert _speaker_names(in_view) == ["Regierungspräsidium"]
    # he stays one person for the pronouns after him ("fügte er hinzu"), and speaks for the police
    goes_on = (
        "Der Mann sei 30 Jahre alt, sagte ein Sprecher der Polizei. „Wir suchen Zeugen“, fügte er hinzu."
    )
    assert _speaker_names(goes_on) == ["Polizei", "Polizei"]


def test_a_named_spokesperson_stays_a_person() -> None:
    text = "Der Mann sei etwa 30 Jahre alt, sagte eine Sprecherin der Polizei, Anna Berg."
    assert _speaker_names(text) == ["Anna Berg"]


def test_a_swiss_spital_is_an_organisation() -> None:
    quotes = quotekit.extract("Das Kantonsspital Baden teilte mit, der Notfall bleibe geöffnet.")
    assert [(q.speaker.is_organization if q.speaker else None) for q in quotes] == [True]


def test_an_ownerless_statement_goes_to_the_subject_of_the_sentence_before() -> None:
    # "hiess es auf Anfrage", "hiess es in einer Mitteilung": issued by whom the sentence before is about,
    # also where the other organisation it names keeps anyone from being clearly in view.
    asked = "Das Bundesamt für Verkehr hat Kenntnis vom Vorfall. Man stehe in Kontakt mit der Bahn, hiess es auf Anfrage."
    assert _speaker_names(asked) == ["Bundesamt für Verkehr"]
    issued = (
        "Die Kantonspolizei Bern stand mit der Feuerwehr im Grosseinsatz. Zwei Personen seien leicht verletzt "
        "worden, hiess es in einer Mitteilung."
    )
    assert _speaker_names(issued) == ["Kantonspolizei Bern"]


def test_a_paper_or_answer_with_no_owner_is_issued_by_the_body_the_sentence_before_is_about() -> None:
    # "heißt es in dem Papier", "heisst es in einer früheren Antwort": the audit office and the cantonal
    # government the sentence before speaks of
    paper = (
        "Der Bundesrechnungshof hat die Kosten geprüft. Die Fertigstellung verschiebe sich auf 2036, heißt es in "
        "dem Papier."
    )
    assert _speaker_names(paper) == ["Bundesrechnungshof"]
    answer = "Der Beirat lehnt das ab. Die Kosten seien gedeckt, heisst es in einer früheren Antwort."
    assert _speaker_names(answer) == ["Beirat"]


def test_a_time_after_an_organisations_name_is_no_part_of_it() -> None:
    # "am Mittwoch" is a time; "Frankfurt am Main" would be a place of the name.
    text = "Wie die Stiftung Mainufer am Mittwoch bekanntgab, stehe das Buch auf der Shortlist."
    assert _speaker_names(text) == ["Stiftung Mainufer"]


def test_die_holding_refers_back_to_the_named_holding() -> None:
    text = (
        "Die Wiener Wohnbau-Holding kündigt eine Sanierung an. Die Holding beruhigt. Die Mieten würden um "
        "höchstens 60 Cent steigen, sagte ein Sprecher."
    )
    assert _speaker_names(text) == ["Wiener Wohnbau-Holding"]


def test_a_company_a_descriptor_or_a_company_word_names_is_no_person() -> None:
    # The recogniser takes such names for people; a works council is no company for "das Unternehmen".
    text = (
        "Kahlschlag beim Maschinenbauer\n\n"
        "Der Betriebsrat spricht von einem Schlag ins Gesicht.\n\n"
        "Heilbronn – Der Maschinenbauer Brandauer & Söhne spürt die Investitionszurückhaltung seiner Kunden "
        "immer deutlicher. Der Auftragseingang sank um 18 Prozent, wie das Unternehmen am Donnerstag mitteilte."
    )
    assert _names(_reported(text)) == ["Brandauer & Söhne"]
    text = (
        "Pramhofen – Der Holzverarbeiter Holzwerke Pramtal AG hat erstmals einen Verlust geschrieben. Der "
        "Betriebsrat kündigte Widerstand an. Der Umsatz sei um ein Fünftel gesunken, teilte das börsennotierte "
        "Unternehmen mit."
    )
    assert _names(_reported(text)) == ["Holzwerke Pramtal AG"]


def test_a_company_noun_that_is_an_attribute_of_another_noun_describes_no_company() -> None:
    text = (
        "Auch der Verband der Ferienwohnungsvermieter Berner Oberland kritisierte das Urteil. Die Plattformen "
        "seien nicht schuld an der Wohnungsnot, teilte der Verband mit."
    )
    assert "Berner Oberland" not in _names(_reported(text))


def test_a_federation_is_an_organisation_that_issues_statements() -> None:
    text = (
        "Das Land zahlt den Gemeinden 80 Millionen Euro.\n\n"
        "Der Städtebund begrüßte den Beschluss. Das Paket sei ein wichtiges Signal, hieß es in einer "
        "Aussendung. Langfristig brauche es aber eine Reform."
    )
    assert _names(_reported(text)) == ["Städtebund", "Städtebund"]


def test_an_organisation_in_the_genitive_of_another_is_named_on_its_own() -> None:
    # "der Aufsichtsrat des Klinikverbunds Oberland am Montagabend": the group of hospitals is named (without
    # the time after it), and "der Verbund" refers back to it
    text = (
        "Das hat der Aufsichtsrat des Klinikverbunds Oberland am Montagabend beschlossen. Der Verbund habe "
        "lange gesucht, hieß es in einer Mitteilung des Klinikverbunds."
    )
    assert _speaker_names(text) == ["Klinikverbund Oberland"]


def test_a_company_noun_the_tagger_put_inside_a_name_makes_it_a_company_not_a_person() -> None:
    # "Chef des Uhrenzulieferers Précitec Horlogerie": the recogniser calls the firm a person; the noun that
    # describes companies opens the run, so the firm is an organisation, named without that noun, and the
    # person's age description later stays his.
    text = (
        "Besonders betroffen ist der Jurabogen. Jean-Luc Martin, Chef des Uhrenzulieferers Précitec Horlogerie "
        "in Le Locle, spricht von einer «existenziellen Bedrohung». Rund 40 Prozent seines Umsatzes mache das "
        "Unternehmen in den USA, sagt der 61-Jährige."
    )
    quotes = quotekit.extract(text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Jean-Luc Martin", "Jean-Luc Martin"]


def test_a_document_that_says_who_issued_it_is_that_organisations() -> None:
    # "Laut Anklage" after "die Staatsanwaltschaft Augsburg": the indictment is the prosecution's; not where the
    # document names an owner of its own, nor where no such organisation was named before.
    text = (
        "Die Staatsanwaltschaft Augsburg hat Anklage erhoben. Der Verteidiger sagte, sein Mandant schweige. Laut "
        "Anklage hat der Angeklagte 900 Autos über Scheinfirmen verkauft."
    )
    assert _speaker_names(text) == ["Der Verteidiger", "Staatsanwaltschaft Augsburg"]
    alone = (
        "Der Verteidiger sagte, sein Mandant schweige. Laut Anklage hat der Angeklagte 900 Autos verkauft."
    )
    assert _speaker_names(alone)[1:] == [None]


def test_a_frame_around_an_ownerless_statement_is_the_organisation_the_text_is_about() -> None:
    # "Laut einer Mitteilung" with no owner, like "hieß es in einer Mitteilung": the one the sentence before is
    # about issued it.
    text = (
        "Der Hang rutscht weiter. Die Gemeinde Brienz hat das Dorf am Sonntag evakuiert. Laut einer Mitteilung "
        "ist der Zutritt danach nur noch mit Bewilligung erlaubt."
    )
    assert _speaker_names(text) == ["Gemeinde Brienz"]


def test_a_bare_kasse_refers_back_to_the_named_health_insurer() -> None:
    # "die Kasse" after "Die Krankenkasse NordVita" is the insurer, not a person of the byline.
    text = (
        "Von Jasper Thielemann und Yvonne Brackmann\n\nHamburg. Die Krankenkasse NordVita hat einen Datenabfluss "
        "eingeräumt. Betroffen seien rund 380.000 Versicherte, teilte die Kasse mit."
    )
    assert _speaker_names(text) == ["Krankenkasse NordVita"]


def test_a_date_line_in_capitals_names_no_organisation() -> None:
    # "BERN." opens the paragraph as its date line: where the text comes from, no one who speaks.
    text = (
        "Museum gibt Bild zurück\n\nBERN. Die Kosten seien gestiegen, teilte die Stiftung am Donnerstag mit."
    )
    names = _speaker_names(text)
    assert len(names) == 1
    assert names[0] != "BERN"


def test_a_place_the_tagger_took_for_a_noun_names_the_organisation_before_it() -> None:
    # "Der Gewerbeverband Aarau wehrt sich": "Aarau" (a noun to the tagger) ends the phrase before the verb,
    # so it is the association's name, and "Der Verband" refers back to it.
    text = "Der Gewerbeverband Aarau wehrt sich. Der Verband schlägt vor, die Route über Nebenstrassen zu führen."
    assert _speaker_names(text) == ["Gewerbeverband Aarau"]


def test_a_clubs_statement_in_a_compound_is_the_club_the_text_named() -> None:
    # "Laut Vereinsangaben" after "Der EC Murtal Wölfe": the club's figures, though "Angaben" is plural.
    text = (
        "Der EC Murtal Wölfe hat das Derby gegen den EHC Mürztal Falken mit 5:3 gewonnen. Laut Vereinsangaben "
        "verfolgten 3450 Zuschauer das Spiel."
    )
    assert _speaker_names(text) == ["EC Murtal Wölfe"]


def test_a_venue_takes_the_place_it_stands_at_as_its_name() -> None:
    # "das Theater am Hafen" (a venue), "die Gemeinde Muri bei Bern" (a place joined by "bei"); not "am Montag".
    venue = "Die ersten fünf Termine seien bereits ausverkauft, teilte das Theater am Hafen mit."
    assert _speaker_names(venue) == ["Theater am Hafen"]
    place = "Die Gemeinde Muri bei Bern wurde gehackt. Die Gemeinde verweist darauf, dass alles umgesetzt worden sei."
    assert _speaker_names(place) == ["Gemeinde Muri bei Bern"]
    time = "Die Vorstellung sei ausverkauft, teilte das Theater am Montag mit."
    assert _speaker_names(time) == ["Theater"]


def test_die_partei_refers_back_to_the_party_a_reaction_list_names() -> None:
    text = (
        "Die Vorlage geht nun in die Vernehmlassung.\n\nFDP: Die Partei begrüsst die Stossrichtung, verlangt "
        "aber, dass die Beiträge nach zehn Jahren auslaufen."
    )
    assert _speaker_names(text) == ["FDP"]


def test_a_media_office_speaks_for_the_organisation_in_view() -> None:
    text = (
        "Die Gemeinde wurde gehackt. Die Kantonspolizei hat ein Verfahren eröffnet. Die Ermittlungen liefen "
        "gegen unbekannt, hiess es bei der Medienstelle."
    )
    assert _speaker_names(text) == ["Kantonspolizei"]


def test_the_people_of_an_organisation_in_the_plural_speak_for_it() -> None:
    # "die Prüfer" of the Landesrechnungshof, "die Richter" of the Bundesgericht
    text = (
        "Ein Bericht des Landesrechnungshofs liegt vor. Das Defizit sei hoch, halten die Prüfer fest. "
        "Das Bundesgericht hat die Beschwerde abgewiesen. Die Regel sei verhältnismässig, befanden die Richter. "
        "Eine Studie des Instituts für Gletscherforschung liegt vor. Die Gletscher schmölzen schneller, schreiben "
        "die Autorinnen und Autoren."
    )
    assert _names(_reported(text)) == [
        "Landesrechnungshof",
        "Bundesgericht",
        "Institut für Gletscherforschung",
    ]


def test_plural_people_with_no_organisation_of_their_kind_named_stay_a_group() -> None:
    text = "Die Stadtwerke Ulm erhöhen die Preise. Die Kosten seien gestiegen, sagten die Forscher."
    names = _names(_reported(text))
    assert names != ["Stadtwerke Ulm"]


def test_companies_named_by_their_trade_and_parks_are_organisations_referred_back_to() -> None:
    text = (
        "Die Reederei Hinrichsen & Söhne streicht die Linie. Die Reederei hat angekündigt, die Zahlen noch "
        "einmal zu prüfen. Im Tierpark Aarehalde sind zwei Schneeleoparden geboren worden. Die Jungtiere seien "
        "gesund, teilte der Tierpark mit."
    )
    assert _names(_reported(text)) == ["Reederei Hinrichsen & Söhne", "Tierpark Aarehalde"]


def test_an_office_named_by_its_field_and_place_keeps_its_whole_name() -> None:
    # "Rebbau" is a common noun, "warnt" tagged an adjective by the small pipeline
    text = "Die Forschungsstelle Rebbau Westschweiz warnt, dass Pilzkrankheiten häufiger würden."
    assert _names(_reported(text)) == ["Forschungsstelle Rebbau Westschweiz"]


def test_the_one_club_the_text_names_is_what_the_club_refers_to_even_far_back() -> None:
    text = (
        "Der Portugiese Rui Teixeira hat den FC Aarewald in die Super League geführt. Am Sonntag wurde er "
        "freigestellt. Wir trafen ihn in einem Café. Er sei enttäuscht, sagte er. Er wolle nun Urlaub machen. "
        "Der Klub schrieb am Sonntag, man danke Teixeira «für seinen grossen Einsatz»."
    )
    quotes = quotekit.extract(text)
    thanks = [q for q in quotes if "Einsatz" in q.text]
    # the reported clause and the fragment in it are both the club's
    assert [q.speaker.name if q.speaker else None for q in thanks] == ["FC Aarewald", "FC Aarewald"]


def test_a_name_in_marks_after_the_organisations_noun_may_hold_a_number() -> None:
    text = "Die Fanvereinigung „Traun-Ultras 1921“ begrüßte die Trennung. Der Verein habe endlich gehandelt, hieß es."
    assert _names(_reported(text)) == ["Traun-Ultras 1921"]


def test_a_company_whose_name_the_tagger_took_for_a_common_noun_keeps_it_before_its_legal_form() -> None:
    # "Veloxa" tagged as a noun left only "GmbH" as the name run.
    text = "Die Veloxa GmbH hat Insolvenz beantragt. Das Unternehmen teilte mit, man habe rund 21.000 Kunden."
    assert _names(quotekit.extract(text)) == ["Veloxa GmbH"]


def test_das_unternehmen_refers_back_to_a_start_up_written_with_a_hyphen() -> None:
    text = "Das Start-up Veloxa hat Insolvenz beantragt. Das Unternehmen teilte mit, man habe rund 21.000 Kunden."
    (name,) = _names(quotekit.extract(text))
    assert name is not None
    assert name.endswith("Veloxa")


def test_an_organisation_named_with_a_genitive_and_its_acronym_is_one_and_speaks_through_heisst_es() -> None:
    text = (
        "Der Verband der Industriebetriebe Österreichs (VIÖ) warnte vor neuen Steuern. "
        "Diese würden Arbeitsplätze gefährden, hieß es."
    )
    assert _names(quotekit.extract(text)) == ["Verband der Industriebetriebe Österreichs"]
    text = "Die Gewerkschaft der Polizei (GdP) kritisierte den Plan. Man lehne das ab, hieß es."
    assert _names(quotekit.extract(text)) == ["Gewerkschaft der Polizei"]


def test_an_organisation_is_not_found_again_by_the_people_its_name_holds() -> None:
    text = (
        "Die Gewerkschaft der Lokführer und Zugbegleiter (GLZ) hat zum Streik aufgerufen. Ein Lokführer aus "
        "Husum sagt, er habe schon elf Wochenenden gearbeitet."
    )
    assert _names(quotekit.extract(text)) == ["Ein Lokführer aus Husum"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Der Naturschutzverein Surselva mahnt zur Zurückhaltung. Erst müsse geklärt werden, ob die Weide "
            "geschützt gewesen sei, schreibt die Organisation in einer Mitteilung.",
            "Naturschutzverein Surselva",
        ),
        (
            "Die Fahrgastorganisation Fahrgastforum Seeland kritisiert die Informationspolitik. Auf den Tafeln sei "
            "eine Stunde lang nichts gestanden, schreibt der Verband.",
            "Fahrgastorganisation Fahrgastforum Seeland",
        ),
    ],
)
def test_a_club_an_association_and_an_organisation_refer_back_to_each_other(text: str, name: str) -> None:
    quotes = quotekit.extract(text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == [name]


def test_a_word_referring_back_to_an_association_takes_no_company() -> None:
    text = (
        "Die Veloxa GmbH baut Stellen ab. Der Naturschutzverein Surselva schweigt. "
        "Das Unternehmen schreibt, die Lage sei ernst."
    )
    quotes = quotekit.extract(text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Veloxa GmbH"]


def test_an_ice_hockey_clubs_abbreviation_makes_it_a_club() -> None:
    text = (
        "Der EC Murtal Wölfe gewann am Sonntag gegen Graz. Verteidiger Luka Pavlin musste vom Eis. "
        "Nach ersten Informationen des Vereins besteht der Verdacht auf eine Gehirnerschütterung."
    )
    quotes = quotekit.extract(text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["EC Murtal Wölfe"]


def test_an_acronym_in_brackets_closes_a_name_that_goes_on_past_its_first_name_word() -> None:
    text = (
        "Die Gewerkschaft Verkehr und Dienstleistung (GVD) hat zum Warnstreik aufgerufen. "
        "Die GVD fordert, die Löhne um acht Prozent zu erhöhen."
    )
    quotes = quotekit.extract(text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == [
        "Gewerkschaft Verkehr und Dienstleistung"
    ]


def test_a_railway_company_is_a_company_a_tram_is_no_organisation() -> None:
    text = (
        "Wer auf Bus und Straßenbahn angewiesen war, brauchte Geduld. Die Gewerkschaft hat die Regionalbahn "
        "Werra-Fulda bestreikt. Nach Angaben des Unternehmens fallen rund 90 Prozent der Verbindungen aus."
    )
    quotes = quotekit.extract(text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Regionalbahn Werra-Fulda"]


def test_a_bare_word_refers_back_to_an_organisation_described_by_a_compound_of_it() -> None:
    text = (
        "Der Waadtländer Weinbranchenverband rechnet mit einer Ernte von rund 20 Millionen Litern. Das seien etwa "
        "25 Prozent weniger als im Mittel, teilte der Verband mit."
    )
    quotes = quotekit.extract(text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Der Waadtländer Weinbranchenverband"]


def test_an_offices_genitive_the_lemmatiser_garbles_keeps_its_noun() -> None:
    text = (
        "Das Landesamt für Informationssicherheit (LIS) unterstützt das Klinikum. Die Angreifer seien über eine "
        "gefälschte E-Mail in das Netz gelangt, so die Einschätzung des Amtes."
    )
    quotes = quotekit.extract(text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Landesamt für Informationssicherheit"]


def test_an_initiatives_name_in_marks_may_be_a_phrase_and_the_letter_is_no_person() -> None:
    text = (
        "Viele haben einen offenen Brief der Initiative „Unsere Hütte bleibt“ unterschrieben. „Hütten wie diese "
        "gehören allen“, heißt es in dem Brief."
    )
    quotes = quotekit.extract(text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Unsere Hütte bleibt"]
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.is_organization


def test_the_kind_word_of_an_organisation_named_in_marks_refers_back_to_it() -> None:
    text = "Die Initiative „Rettet den Hochsattel“ kritisiert den Plan. Das sei ein Fehler, teilte die Initiative mit."
    quotes = quotekit.extract(text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Rettet den Hochsattel"]


def test_a_compound_refers_back_to_one_described_by_a_longer_compound_of_it() -> None:
    text = (
        "Hunderte Traktoren blockierten die Bundesstraße. Aufgerufen hatte der Kreisbauernverband.\n\n"
        "Die Polizei zählte 340 Fahrzeuge. Verletzt worden sei niemand, sagte ein Polizeisprecher.\n\n"
        "Der Bauernverband kündigte an, im Januar vor den Landtag zu ziehen."
    )
    assert _names(quotekit.extract(text))[-1] == "der Kreisbauernverband"


def test_a_name_the_fine_tagger_calls_proper_after_a_kind_word_names_the_source() -> None:
    # "des Netzbetreibers Energienetze Südost": "Energienetze" is a proper noun to the fine tagger whatever the
    # coarse one says; the name belongs to the source, not to what is reported.
    text = "Betroffen waren nach Angaben des Netzbetreibers Energienetze Südost rund 38.000 Haushalte und Betriebe."
    (quote,) = quotekit.extract(text)
    assert quote.text == "Betroffen waren rund 38.000 Haushalte und Betriebe"
    assert quote.speaker is not None
    assert quote.speaker.name is not None
    assert quote.speaker.name.endswith("Energienetze Südost")


def test_the_agent_of_a_passive_cue_speaks_not_the_one_it_asks() -> None:
    text = "Zudem wurde die Bundesregierung vom Mieterbund aufgefordert, die Mietpreisbremse zu verlängern."
    quotes = _reported(text)
    assert len(quotes) == 1
    assert _names(quotes) == ["Mieterbund"]


def test_an_organisation_named_without_article_speaks_as_itself() -> None:
    text = "Greenpeace forderte am Montag, dass die Stadt die Rodung sofort stoppe."
    quotes = _reported(text)
    assert len(quotes) == 1
    assert _names(quotes) == ["Greenpeace"]
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.is_organization


def test_an_adjective_tagged_as_a_name_before_a_word_of_its_kind_opens_the_organisation() -> None:
    text = (
        "Der Vorschlag kam vom Deutschen Mieterbund. "
        "Der Deutsche Mieterbund sagte, die Mietpreisbremse sei zu verlängern."
    )
    quotes = _reported(text)
    assert len(quotes) == 1
    name = _names(quotes)[0]
    assert name is not None
    assert name.endswith("Mieterbund")


def test_a_name_with_an_acronym_in_brackets_is_an_organisation_the_acronym_names_again() -> None:
    text = (
        "Die Internationale Radsport-Integritätsstelle (IRIS) teilte mit, die Probe sei positiv. "
        "Der Anwalt des Fahrers sprach von einem Fehler im Labor. "
        "Die IRIS wies das zurück. Die Transportkette sei lückenlos dokumentiert, heißt es in einer Stellungnahme."
    )
    quotes = _reported(text)
    names = _names(quotes)
    assert names[0] == "Internationale Radsport-Integritätsstelle"
    assert names[-1] == "Internationale Radsport-Integritätsstelle"


def test_a_party_acronym_after_a_surname_keeps_the_person() -> None:
    text = "Gemeinderat Kurt Egli (SVP) sagte, das gehe nicht. Egli (SVP) ergänzte, man habe kein Geld."
    assert _names(_reported(text)) == ["Kurt Egli", "Kurt Egli"]


def test_a_diocese_referred_back_to_by_its_kind_speaks_as_the_named_one() -> None:
    text = (
        "Das Bistum Hohenfels hat ein Gutachten vorgestellt. Der Bischof sprach von Scham.\n\n"
        "Das Bistum kündigte an, das Gutachten ab Mittwoch zu veröffentlichen."
    )
    assert _names(_reported(text)) == ["Bistum Hohenfels"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der ADAC kritisierte, die Pläne seien zu teuer.", ["ADAC"]),
        ("Die ÖBB teilten mit, der Zug falle heute aus.", ["ÖBB"]),
        ("Laut dem TCS sind die Staus länger geworden.", ["TCS"]),
    ],
)
def test_an_acronym_as_a_speakers_mention_names_a_body_the_recogniser_does_not_know(
    text: str, expected: list[str]
) -> None:
    quotes = _reported(text)
    assert _names(quotes) == expected
    assert all(q.speaker is not None and q.speaker.is_organization for q in quotes)


def test_an_acronym_that_is_no_speaker_takes_no_pronoun() -> None:
    # "die WM" names an event: "sie" after it is the skier, not a body called "WM"
    text = "Die Skirennläuferin Anna Berger bereitet sich auf die WM vor. „Ich freue mich sehr“, sagte sie."
    assert [q.speaker.name if q.speaker else None for q in quotekit.extract(text)] == ["Anna Berger"]


def test_a_role_in_capitals_stays_a_person() -> None:
    # "der CEO" is a role the lexicon knows, no body named by its acronym
    quotes = _reported("Der CEO sagte, die Zahlen seien gut.")
    assert [q.speaker.is_organization if q.speaker else None for q in quotes] == [False]


def test_a_party_acronym_the_tagger_calls_a_common_noun_is_the_party_referred_back_to() -> None:
    # "Die SVP" with "SVP" tagged NOUN outside a speaker's mention: a party's acronym names a body wherever it
    # stands, so "die Partei" later is the SVP, not a party of its own.
    text = (
        "Die SVP reagierte empört. Die Familien würden einmal mehr zur Kasse gebeten, schrieb die Partei in "
        "einer Mitteilung."
    )
    assert _names(_reported(text)) == ["SVP"]


def test_an_organisation_named_by_an_adjective_and_its_noun_speaks_as_one() -> None:
    # "das Weiße Haus", "das Rote Kreuz": two words the lexicon names together, whatever the tagger makes of them,
    # named in the nominative without an article as names are written
    text = (
        "Das Weiße Haus teilte mit, der Präsident sei gesund. Das Rote Kreuz teilte mit, die Lage sei ernst."
    )
    assert _names(_reported(text)) == ["Weißes Haus", "Rotes Kreuz"]


def test_the_noun_of_a_named_organisation_refers_back_to_it_paragraphs_later() -> None:
    text = (
        "Wilerau. Das Derby ist von Ausschreitungen überschattet worden. Gemäss Stadtpolizei Wilerau wurden "
        "14 Personen verletzt. Elf Personen wurden festgenommen.\n\n"
        "Bereits vor dem Spiel war es in der Innenstadt zu Zusammenstössen gekommen. Wie die Polizei "
        "mitteilte, griffen rund 200 vermummte Personen eine Gruppe einheimischer Anhänger an."
    )
    assert _names(_reported(text)) == ["Stadtpolizei Wilerau", "Stadtpolizei Wilerau"]


def test_a_role_the_recogniser_takes_into_a_name_stays_out_of_it_before_a_title() -> None:
    text = "„Im Saal war es totenstill“, sagte Auktionator Mag. Florian Kaltenegger nach der Versteigerung."
    quotes = quotekit.extract(text)
    assert len(quotes) == 1
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name == "Florian Kaltenegger"


def test_a_name_with_an_adjective_is_the_same_name_in_every_case() -> None:
    # "der Deutschen Bahn", "des Technischen Hilfswerks": one organisation has one name, in the nominative as
    # names are written (before the fix the labels kept the oblique "-en" and the genitive "-s")
    from spacy.tokens import Span as SpacySpan
    from tests.handbuilt import build

    from quotekit.stages.speakers.resolver import build_resolver

    rows = [
        ("Laut", "ADP", "3", "case", "mo", "laut"),
        ("der", "DET", "3", "det", "nk", "der"),
        ("Deutschen", "ADJ", "3", "amod", "nk", "deutsch"),
        ("Bahn", "NOUN", "4", "obl", "mo", "Bahn", "Gender=Fem|Number=Sing"),
        ("fährt", "VERB", "4", "ROOT", "ROOT", "fahren"),
        ("ein", "DET", "6", "det", "nk", "ein"),
        ("Bus", "NOUN", "4", "nsubj", "sb", "Bus"),
        ("des", "DET", "9", "det", "nk", "der"),
        ("Technischen", "ADJ", "9", "amod", "nk", "technisch"),
        ("Hilfswerks", "NOUN", "6", "nmod", "ag", "Hilfswerks", "Gender=Neut|Number=Sing"),
        ("und", "CCONJ", "13", "cc", "cd", "und"),
        ("der", "DET", "13", "det", "nk", "der"),
        ("Vereinigten", "ADJ", "13", "amod", "nk", "vereinigt"),
        ("Hüttenwerke", "NOUN", "9", "conj", "cj", "Hüttenwerk", "Gender=Neut|Number=Plur"),
    ]
    doc = build(rows)
    doc.ents = [
        SpacySpan(doc, 2, 4, label="ORG"),
        SpacySpan(doc, 8, 10, label="ORG"),
        SpacySpan(doc, 12, 14, label="ORG"),
    ]
    mentions = [(doc[i].idx, doc[j].idx + len(doc[j].text)) for i, j in ((2, 3), (8, 9), (12, 13))]
    resolver = build_resolver(doc, speaker_mentions=mentions)
    names = [resolver.resolve(*mention).name for mention in mentions]
    # (a plural name keeps its "-en": "der Vereinigten Hüttenwerke"; "den Vereinten Nationen" is an organisation
    # known by name, `test_speaker_known_organisations.py`)
    assert names == ["Deutsche Bahn", "Technisches Hilfswerk", "Vereinigten Hüttenwerke"]


def test_a_care_home_named_in_a_headline_is_an_organisation_not_a_person() -> None:
    # The recogniser calls "Alterszentrum Sonnmatt" a person in the headline; an age description later is not it.
    text = (
        "Alterszentrum Sonnmatt schliesst – 46 Bewohner müssen umziehen\n\n"
        "Rietmoos. Das Alterszentrum Sonnmatt in Rietmoos wird per Ende März geschlossen. Das gab die Stiftung "
        "Sonnmatt am Dienstag bekannt.\n\n"
        "«Wir haben alles versucht», sagte Stiftungsratspräsident Urs Aebi.\n\n"
        "Hans-Peter Gerber erfuhr am Dienstag per Brief von der Schliessung. Seine Mutter, 94 Jahre alt, lebt seit "
        "sechs Jahren im Sonnmatt. «Sie hat hier ihre Freundinnen», sagte der 66-Jährige."
    )
    said = [q for q in quotekit.extract(text) if q.text == "Sie hat hier ihre Freundinnen"]
    assert len(said) == 1
    assert said[0].speaker is not None
    assert said[0].speaker.name == "Hans-Peter Gerber"


def test_a_bare_word_goes_back_to_the_organisation_whose_name_ends_in_it() -> None:
    # "die Kasse" paragraphs after "der Krankenkasse Novacura", with people and another body named since;
    # the headline's "Novacura" is the same insurer
    text = (
        "Datenleck bei der Novacura\n\n"
        "Bielefeld. Bei der Krankenkasse Novacura sind Daten von 80.000 Versicherten gestohlen worden.\n\n"
        "„Das ist der schlimmste Fall“, sagte Vorstandschefin Birgit Hollenkamp. Die 58-Jährige entschuldigte "
        "sich. Der Forscher Tomasz Wiśniewski übt Kritik. Der Sozialausschuss des Landtags tagte am Dienstag.\n\n"
        "Nach Angaben der Kasse verlangen die Täter ein Lösegeld."
    )
    assert _names(_reported(text)) == ["Krankenkasse Novacura"]


def test_die_stadt_is_the_town_named_as_a_body_and_the_old_town_is_none() -> None:
    text = (
        "Altenbrück. Nach einem Hackerangriff ist die Verwaltung der Stadt Altenbrück handlungsunfähig. "
        "Sämtliche Server seien verschlüsselt, teilte die Stadt am Montag mit."
    )
    assert _names(_reported(text)) == ["Stadt Altenbrück"]
    from quotekit.lang.de.names import is_organisation_noun

    assert is_organisation_noun("Stadt")
    assert not is_organisation_noun("Altstadt")
    assert not is_organisation_noun("Innenstadt")


def test_a_spokesperson_named_by_an_acronym_compound_speaks_for_that_body() -> None:
    # "ein ÖBB-Sprecher" is the voice of the ÖBB, whether or not the text named them before
    text = (
        "Die Nebenbahn soll eingestellt werden. Die Strecke sei in einem schlechten Zustand, bestätigte ein "
        "ÖBB-Sprecher auf Anfrage. Eine Entscheidung sei aber noch nicht gefallen."
    )
    assert _names(_reported(text)) == ["ÖBB", "ÖBB"]


def test_a_spokesperson_after_the_words_speaks_for_the_body_in_view_not_one_the_words_name() -> None:
    # "Jede Schule könne …, sagte ein Sprecher": the schools are what the ministry's man talks about
    text = (
        "Das Kultusministerium verweist auf die Eigenverantwortung der Schulen. Jede Schule könne selbst über "
        "Mobiltelefone entscheiden, sagte ein Sprecher."
    )
    assert _names(_reported(text)) == ["Kultusministerium"]


def test_a_spokesperson_inside_the_clause_is_not_given_to_another_body() -> None:
    # "Die Feuerwehr rückte nach Angaben eines Sprechers … aus": the words name whose spokesman he is, so the
    # weather service in view before is not his body (which one he speaks for is left open here)
    text = (
        "Der Wetterdienst hatte vor Unwettern gewarnt.\n\n"
        "Die Feuerwehr rückte nach Angaben eines Sprechers zu mehr als 140 Einsätzen aus."
    )
    assert _names(_reported(text)) != ["Wetterdienst"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a place the tagger took for a noun, before a time phrase: "am Sonntagmorgen" ends the name
        (
            "Das teilte die Kantonspolizei Graubünden am Sonntagmorgen mit. Die beiden Verletzten erlitten laut "
            "Polizei eine Rauchvergiftung.",
            "Kantonspolizei Graubünden",
        ),
        # a capitalised adjective inside a sentence opens a name ("Obere Lahnau")
        (
            "Wie der Verkehrsverbund Obere Lahnau mitteilte, entfällt der Frühzug ersatzlos.",
            "Verkehrsverbund Obere Lahnau",
        ),
        # a firm named after a person the text names: "Kaltenegger" is his surname
        (
            "Das Auto ist im Auktionshaus Kaltenegger für 1,2 Millionen Euro versteigert worden. Das sagte "
            "Auktionator Florian Kaltenegger. Nach Angaben des Auktionshauses ist das ein Rekord.",
            "Auktionshaus Kaltenegger",
        ),
    ],
)
def test_an_organisation_keeps_the_name_that_follows_its_noun(text: str, name: str) -> None:
    reported = _reported(text)
    assert reported
    assert _names(reported)[-1] == name


def test_a_company_referred_to_before_the_text_names_it_is_the_one_company_named() -> None:
    # The teaser's "bei der Firma" comes before the body names the company: it is the only company the text names.
    text = (
        "Uhrenzulieferer führt Kurzarbeit ein\n\n"
        "Der Zulieferer schickt 180 Angestellte in Kurzarbeit. Entlassungen seien derzeit kein Thema, heisst es "
        "bei der Firma.\n\n"
        "Mettlenbach. Die Präzisa Werk AG, einer der grössten Arbeitgeber im Tal, reagiert auf den Einbruch."
    )
    assert _names(_reported(text)) == ["Präzisa Werk AG"]


def test_a_company_referred_to_by_its_kind_stays_unnamed_where_the_text_names_two() -> None:
    # Two companies named: "das Unternehmen" could be either, and a wrong one is worse than none.
    text = (
        "Zulieferer unter Druck\n\n"
        "Nach Angaben des Unternehmens sollen Kündigungen vermieden werden.\n\n"
        "Mettlenbach. Die Präzisa Werk AG und die Kessler Antriebstechnik GmbH reagieren auf den Einbruch."
    )
    quotes = _reported(text)
    assert len(quotes) == 1
    assert _names(quotes) == ["das Unternehmen"]


def test_a_body_tagged_accusative_after_an_article_of_both_cases_is_the_subject() -> None:
    # "die Landespolizeidirektion" tagged accusative in a "wie"-clause without a subject: "die" is nominative too,
    # and the body is who informed, not the statement it did so in
    quotes = _reported(
        "Wie die Landespolizeidirektion am Donnerstag in einer Aussendung mitteilte, handelt es sich um zwei "
        "Männer im Alter von 19 und 24 Jahren."
    )
    assert _names(quotes) == ["Landespolizeidirektion"]


def test_an_organ_named_with_its_owner_in_the_genitive_speaks_for_the_owner() -> None:
    # "die Geschäftsführung der Weserland Mediengruppe": the company speaks, under its name (a noun in "-en"
    # opening the name keeps its form: "der Kliniken Oberried")
    assert _names(
        _reported(
            "Darin teilte die Geschäftsführung der Weserland Mediengruppe mit, die Zeitung werde eingestellt."
        )
    ) == ["Weserland Mediengruppe"]
    assert _names(
        _reported("Die Geschäftsführung der Kliniken Oberried teilte mit, der Standort sei nicht zu halten.")
    ) == ["Kliniken Oberried"]
    # (a noun of its kind alone is no name: the town in view speaks)
    assert _names(_reported("Die Pressestelle der Stadt teilte mit, die Brücke bleibe gesperrt.")) == [
        "Stadt"
    ]


def test_a_vertretung_is_an_organisation_that_speaks_but_a_stellvertretung_is_none() -> None:
    from quotekit.lang.de.names import is_organisation_noun

    assert is_organisation_noun("Schülervertretung")
    assert is_organisation_noun("Personalvertretung")
    assert not is_organisation_noun("Stellvertretung")


def test_a_company_named_with_and_without_its_legal_form_is_one_company() -> None:
    # "Stadtwerke Lindhagen" first and "Stadtwerke Lindhagen GmbH" after it: one company, one name
    text = (
        "Die Stadtwerke Lindhagen teilten mit, der Strompreis sinke zum 1. April. Die Stadtwerke Lindhagen GmbH "
        "erklärte zudem, die Wasserpreise blieben stabil."
    )
    assert _names(_reported(text)) == ["Stadtwerke Lindhagen GmbH"] * 2


def test_a_word_of_its_kind_refers_back_to_the_police_station_named_with_it() -> None:
    # "die Inspektion" after "die Polizeiinspektion Neuwalden"
    text = (
        "Wie die Polizeiinspektion Neuwalden am Montag mitteilte, war der Fahrer geflüchtet. Allein am "
        "Wochenende hätten sich sieben Seniorinnen gemeldet, teilte die Inspektion mit."
    )
    assert _names(_reported(text))[-1] == "Polizeiinspektion Neuwalden"


def test_a_municipality_named_before_a_place_phrase_is_the_one_referred_back_to() -> None:
    # "In der Gemeinde Valrein im Prättigau": the name ends before the place phrase "im Prättigau"
    text = (
        "In der Gemeinde Valrein im Prättigau muss das Trinkwasser abgekocht werden. Betroffen seien alle "
        "Einwohner, wie die Gemeinde am Donnerstag mitteilte."
    )
    assert _names(_reported(text)) == ["Gemeinde Valrein"]


def test_a_spokeswoman_of_a_kind_speaks_for_the_organisation_of_that_kind_in_view() -> None:
    # "Eine Unternehmenssprecherin" (a feminine role, a generic first part) speaks for the company in view, not
    # the union named beside it; so does "ein Unternehmenssprecher"
    for role in ("Eine Unternehmenssprecherin", "Ein Unternehmenssprecher"):
        text = (
            "Ein Warnstreik beim Bahnbetreiber Westlink hat den Regionalverkehr lahmgelegt. Die Gewerkschaft VGE "
            "hatte zum Ausstand aufgerufen. Westlink kritisierte den Ausstand. "
            f"{role} sagte, man habe erst vergangene Woche ein Angebot vorgelegt."
        )
        assert _names(_reported(text)) == ["Westlink"]


def test_a_place_the_text_names_after_in_is_no_person_though_the_recogniser_calls_it_one(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Sur" is a first name in the table and the recogniser calls the headline's "Sur Tschiern" a person (as it did
    # in a development text), but "In Sur Tschiern, 540 Einwohner, …" says the words name a village: no one for "er"
    from spacy.tokens import Span as SpacySpan

    from quotekit.stages.speakers.resolver import build_resolver

    doc = nlp(
        "Sur Tschiern sagt Ja zum Luxusresort\n\n"
        "In Sur Tschiern, 540 Einwohnerinnen und Einwohner, kennt jeder jeden. Er hat Ja gestimmt."
    )
    place = next(i for i in range(1, len(doc)) if doc[i].text == "Sur" and doc[i - 1].text == "In")
    doc.ents = [SpacySpan(doc, 0, 2, label="PER"), SpacySpan(doc, place, place + 2, label="LOC")]
    resolver = build_resolver(doc, speaker_mentions=[(0, len("Sur Tschiern"))])
    assert resolver.resolve(0, len("Sur Tschiern")).name != "Sur Tschiern"
    pronoun = doc.text.index("Er hat")
    assert resolver.resolve(pronoun, pronoun + 2).name != "Sur Tschiern"


def test_a_common_noun_after_an_article_the_coarse_tag_calls_a_name_is_no_person() -> None:
    # "für die Windräder, ihre Eltern sind dagegen": the fine tag NN says it is a common noun; "sie" is Jana Schmitt
    text = (
        "Jana Schmitt, 24, studiert in Trier. Sie ist für die Windräder, ihre Eltern sind dagegen. „Beim Abendessen "
        "reden wir lieber übers Wetter“, sagt sie."
    )
    quotes = quotekit.extract(text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Jana Schmitt"]


def test_a_name_with_a_company_word_is_a_company_that_das_unternehmen_refers_back_to() -> None:
    # "Brenner & Söhne" holds no noun of a kind, but "&" closes company names: "des Unternehmens" is that company,
    # not the union named after it
    text = (
        "Brenner & Söhne baut 200 Stellen ab. Die IG Metall kritisierte den Schritt. Nach Angaben des Unternehmens "
        "sollen die Verhandlungen im März beginnen."
    )
    assert _names(_reported(text)) == ["Brenner & Söhne"]


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("Velden (dpa) – ", "Velden"),
        ("BAD HOLMSTADT. ", "Bad Holmstadt"),
        # a place alone and a full stop, which the text gives as a place elsewhere ("in Ranzbach")
        ("Ranzbach. ", "Ranzbach"),
    ],
)
def test_a_town_body_named_by_its_noun_alone_is_that_of_the_date_lines_place(
    opening: str, place: str
) -> None:
    text = (
        f"Brücke in {place} gesperrt\n\n"
        f"{opening}Die Fußgängerbrücke über die Ahle bleibt gesperrt. Die Stadtverwaltung erklärte am Montag, "
        "ein Gutachten sei in Auftrag gegeben worden."
    )
    quotes = _reported(text)
    assert _names(quotes) == [f"Stadtverwaltung {place}"]
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.is_organization


def test_a_town_body_keeps_its_noun_alone_without_a_date_line_or_when_indefinite() -> None:
    no_date_line = (
        "Die Fußgängerbrücke über die Ahle bleibt gesperrt. Die Gemeinde erklärte am Montag, ein Gutachten sei in "
        "Auftrag gegeben worden."
    )
    assert _names(_reported(no_date_line)) == ["Gemeinde"]
    # (a body of some other town, not the date line's)
    indefinite = (
        "Velden (dpa) – Die Fußgängerbrücke über die Ahle bleibt gesperrt. Eine Gemeinde im Norden erklärte, sie "
        "habe keine Brücke dieser Bauart."
    )
    assert _names(_reported(indefinite)) == ["Gemeinde"]


def test_a_short_first_sentence_that_names_no_place_is_no_date_line() -> None:
    text = (
        "Achtung. Die Fußgängerbrücke über die Ahle bleibt gesperrt. Die Stadtverwaltung erklärte am Montag, ein "
        "Gutachten sei in Auftrag gegeben worden."
    )
    assert _names(_reported(text)) == ["Stadtverwaltung"]


def test_a_board_of_an_organisation_given_by_its_kind_noun_speaks_for_the_named_one_ending_in_it() -> None:
    text = (
        "Die Hochjoch-Bergbahnen GmbH hat Insolvenz angemeldet. Der Masseverwalter prüft eine Fortführung.\n\n"
        "Die Geschäftsführung der Bergbahnen war für eine Stellungnahme nicht erreichbar. In einer schriftlichen "
        "Mitteilung hieß es, man bedauere die Entwicklung zutiefst."
    )
    assert _names(_reported(text)) == ["Hochjoch-Bergbahnen GmbH"]


def test_a_place_after_an_organisation_noun_before_a_verb_particle_is_part_of_its_name() -> None:
    # "teilte das Polizeipräsidium Kesselbrück mit": the tagger makes the place a common noun
    text = (
        "Die B 412 ist wegen umgestürzter Bäume gesperrt, teilte das Polizeipräsidium Kesselbrück mit. "
        "Autofahrer sollten den Bereich weiträumig umfahren."
    )
    speakers = [q.speaker.name if q.speaker else None for q in quotekit.extract(text)]
    assert speakers == ["Polizeipräsidium Kesselbrück", "Polizeipräsidium Kesselbrück"]


def test_the_date_lines_place_after_an_organisation_noun_is_part_of_its_name() -> None:
    # The tagger makes "Lohrbach" a common noun; the date line gives it as the text's place
    text = (
        "Lohrbach. Schon nach zwanzig Minuten klappten die ersten Sitze hoch. Als am Samstagabend im Stadttheater "
        "Lohrbach der letzte Vorhang fiel, mischten sich Buhrufe in den Applaus. Nach Angaben des Theaters hatten "
        "rund 60 Besucher den Saal vorzeitig verlassen."
    )
    speakers = [q.speaker.name if q.speaker else None for q in quotekit.extract(text)]
    assert speakers == ["Stadttheater Lohrbach"]


def test_a_common_noun_after_an_organisation_noun_is_no_part_of_its_name() -> None:
    text = (
        "Lohrbach. Als am Samstagabend im Stadttheater Premiere der letzte Vorhang fiel, mischten sich Buhrufe in "
        "den Applaus. Nach Angaben des Theaters hatten rund 60 Besucher den Saal vorzeitig verlassen."
    )
    speakers = [q.speaker.name if q.speaker else None for q in quotekit.extract(text)]
    assert speakers == ["Stadttheater"]


def test_the_bare_word_in_the_genitive_refers_back_to_the_organisation_in_view() -> None:
    # "einer Mitteilung des Unternehmens": the genitive ending once made the bare word a compound of its own kind
    text = (
        "Deichsiel. – Seit Montag liegen die Fähren der Reederei Wattlinie Nord im Hafen fest.\n\n"
        "Die Reederei wies die Vorwürfe zurück. Man zahle nach einem Haustarif, der über dem Branchenschnitt "
        "liege, hieß es in einer Mitteilung des Unternehmens."
    )
    speakers = [q.speaker.name if q.speaker else None for q in quotekit.extract(text)]
    assert speakers == ["Reederei Wattlinie Nord"]


def test_a_fuer_phrase_that_a_verb_takes_is_no_field_in_an_organisation_s_name() -> None:
    text = (
        "Im März sorgte ein Gesetzesentwurf der polnischen Regierung für Aufsehen. Die polnische Regierung "
        "erklärte, das Gesetz sei notwendig. Das Institut für Arbeitsmedizin sagte, das sei falsch."
    )
    assert extracted.reported_speakers(text) == ["Regierung", "Institut für Arbeitsmedizin"]


def test_an_abstract_noun_in_apposition_to_an_organisation_noun_is_its_name() -> None:
    # "Alpenlandschaft" has an abstract noun's shape; the parse makes it the apposition of "Stiftung"
    text = (
        "Die SVP hat angekündigt, sie werde den Kredit bekämpfen. Die Stiftung Alpenlandschaft hält das Vorhaben "
        "für «einen Angriff auf die letzten Hochebenen». In einer Mitteilung schrieb die Stiftung, die Anlage "
        "zerschneide die Lebensräume."
    )
    assert [q.speaker.name if q.speaker else None for q in quotekit.extract(text)] == [
        "SVP",
        "Stiftung Alpenlandschaft",
        "Stiftung Alpenlandschaft",
    ]
    # an abstract noun that is the object of a verb-final clause is no name
    object_after = (
        "Der Bürgermeister sagte, dass die Gemeinde Verantwortung übernehme. Die Gemeinde teilte mit, der Bau "
        "beginne im Mai."
    )
    assert extracted.reported_speakers(object_after) == ["Der Bürgermeister", "Gemeinde"]


def test_a_lone_word_of_a_kind_in_the_headline_is_no_name_of_its_own() -> None:
    # "Museum" in the headline was taken for a name: the museum the body names is the one "des Museums" means.
    text = (
        "Goldschmuck aus Museum gestohlen\n\n"
        "Kirchbrunn. Unbekannte haben aus dem Landesmuseum für Vor- und Frühgeschichte sieben Goldobjekte "
        "gestohlen. Nach Angaben des Museums befindet sich unter der Beute auch ein Halsring."
    )
    assert _names(_reported(text)) == ["Landesmuseum für Vor- und Frühgeschichte"]


def test_an_acronym_named_organisation_has_the_kind_its_description_gives() -> None:
    # "MVB", the name, says no kind; "die Mittelland-Verkehrsbetriebe" says a company, which "des Unternehmens"
    # means.
    text = (
        "Ein Warnstreik der Gewerkschaft Fahrdienst und Schiene (GFS) hat am Mittwoch den Regionalverkehr der "
        "Mittelland-Verkehrsbetriebe (MVB) lahmgelegt. Nach Angaben des Unternehmens fielen bis zum Mittag rund 420 "
        "Verbindungen aus. Die MVB richtete einen Ersatzverkehr ein."
    )
    assert _names(_reported(text)) == ["MVB"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Es war kurz nach fünf Uhr, als Jens Haberkorn aus dem Fenster sah. Er griff zum Handy und filmte.\n\n"
            "Der Landkreis Osterheide bestätigte inzwischen, dass es sich um einen Wolf handelt.",
            "Landkreis Osterheide",
        ),
        (
            "Der Landrat Peter Blom war vor Ort.\n\nDer Landkreis teilte mit, das Tier werde überwacht.",
            "Landkreis",
        ),
    ],
)
def test_a_district_is_a_body_that_speaks_not_a_person_in_view(text: str, name: str) -> None:
    # read as a description of a person, "Der Landkreis" went back to the man in view
    assert _names(_reported(text)) == [name]


def test_a_clubs_name_the_tagger_split_keeps_its_abbreviation_and_no_court_takes_its_place() -> None:
    # ("FC" and "Rotweiß" tagged common nouns: the run of names was the place alone, which then became the court's)
    text = (
        "Der Fußball-Regionalligist FC Rotweiß Halbach hat beim Amtsgericht Halbach einen Insolvenzantrag gestellt. "
        "Nach Angaben des Vereins belaufen sich die Schulden auf zwei Millionen Euro."
    )
    assert _names(_reported(text)) == ["FC Rotweiß Halbach"]


def test_a_clubs_name_after_a_numbered_abbreviation_stays_the_clubs() -> None:
    text = (
        "Der 1. FC Wendelstein hat das Nachholspiel gegen Bochum gewonnen. "
        "Nach Angaben des Vereins musste Luka Perić ins Krankenhaus."
    )
    assert _names(_reported(text)) == ["FC Wendelstein"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Wennigsfeld, 10.02.2025", "Stadt Wennigsfeld"),
        ("Wennigsfeld, 10. Februar 2025", "Stadt Wennigsfeld"),
        # (a name and a date with more words after it on its line is no date line)
        ("Wennigsfeld, 10.02.2025 bis heute", "Stadt"),
    ],
)
def test_a_date_line_of_place_and_date_under_the_byline_names_the_towns_body(
    line: str, expected: str
) -> None:
    text = (
        "Bibliothek öffnet sonntags\nVon Ole Brinkhege\n"
        f"{line}\n\n"
        "Am Sonntag öffnete die Bibliothek erstmals ohne Personal. Nach Angaben der Stadt kamen 300 Besucher."
    )
    assert _names(_reported(text)) == [expected]


def test_a_one_word_name_of_a_kind_is_the_one_fuller_name_that_opens_with_it() -> None:
    text = (
        "Pflegeheim-Betrug: Das Bezirksgericht spricht von „krimineller Energie“\n\n"
        "Das Bezirksgericht Aarwil hat eine Pflegerin zu drei Jahren verurteilt."
    )
    found = [q for q in quotekit.extract(text) if q.text == "krimineller Energie"]
    assert _names(found) == ["Bezirksgericht Aarwil"]


def test_a_one_word_name_stays_its_own_where_two_fuller_names_open_with_it() -> None:
    text = (
        "Streit: Das Bezirksgericht spricht von „krimineller Energie“\n\n"
        "Das Bezirksgericht Aarwil und das Bezirksgericht Uster haben je eine Pflegerin verurteilt."
    )
    found = [q for q in quotekit.extract(text) if q.text == "krimineller Energie"]
    assert _names(found) == ["Bezirksgericht"]


def test_a_report_after_a_body_that_demands_something_is_that_bodys() -> None:
    # (the sentence before says what the body demands: it speaks, as it would by issuing the report)
    text = (
        "Der Bergsteigerbund fordert als Konsequenz einen Stopp für neue Skigebiete. Das sei auch eine Frage der "
        "Glaubwürdigkeit, heißt es in dem Bericht."
    )
    assert _names(_reported(text)) == ["Bergsteigerbund"]


def test_a_one_word_name_of_no_known_kind_is_the_fuller_name_it_opens() -> None:
    text = (
        "Bistum verteidigt Pläne: „Wir haben keine Wahl“\n\n"
        "Gegen die Pläne des Bistums Hallstein regt sich Widerstand."
    )
    assert [q.speaker.name if q.speaker else None for q in quotekit.extract(text)] == ["Bistum Hallstein"]


def test_a_surname_after_an_organisations_noun_is_the_persons_not_part_of_the_name() -> None:
    # "warf die Staatsanwaltschaft Ertel vor": the office, then the accused it reproaches
    text = (
        "Gegen den Behördenleiter Walter Ertel wird ermittelt. Die Staatsanwaltschaft hegt den Verdacht, Ertel habe "
        "Reisekosten falsch abgerechnet. Außerdem warf die Staatsanwaltschaft Ertel vor, Vorschriften missachtet zu "
        "haben."
    )
    assert _names(_reported(text)) == ["Staatsanwaltschaft", "Staatsanwaltschaft"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a nominative weak adjective after "der"/"das" takes the strong ending names are written with
        ("Der Deutsche Wetterdienst warnte am Montag, es werde stürmisch.", "Deutscher Wetterdienst"),
        ("Das Technische Hilfswerk teilte mit, die Pumpen seien im Einsatz.", "Technisches Hilfswerk"),
        ("Die Österreichische Post teilte mit, die Briefe kämen später.", "Österreichische Post"),
        # a masculine genitive in "-es" after a stem in "t" ("des Wetterdienstes": "Wetterdienst", not
        # "Wetterdienste"), and a generic word with a capitalised adjective before it is a name, no word referring
        # back ("der Deutschen Bahn" after another organisation is not that one)
        (
            "Nach Angaben des Deutschen Wetterdienstes sind Böen bis 120 Kilometer pro Stunde möglich.",
            "Deutscher Wetterdienst",
        ),
    ],
)
def test_an_organisation_named_with_an_adjective_has_its_nominative_name(text: str, name: str) -> None:
    quotes = _reported(text)
    assert len(quotes) == 1
    assert _names(quotes) == [name]


def test_the_same_organisation_with_an_adjective_is_one_in_every_case() -> None:
    text = (
        "Nach Angaben des Deutschen Wetterdienstes sind Böen bis 120 Kilometer pro Stunde möglich. "
        "Laut der Deutschen Bahn sei der Fernverkehr eingeschränkt. "
        "Der Deutsche Wetterdienst warnte zudem, es werde am Abend Gewitter geben."
    )
    assert _names(_reported(text)) == ["Deutscher Wetterdienst", "Deutsche Bahn", "Deutscher Wetterdienst"]


def test_a_place_adjective_before_a_generic_word_describes_the_organisation_in_view() -> None:
    # ("Berliner" is capitalised as every place adjective is: no name of its own)
    text = (
        "Die Spree Logistik GmbH streicht 40 Stellen. Das Berliner Unternehmen teilte mit, die Aufträge seien "
        "eingebrochen."
    )
    assert _names(_reported(text)) == ["Spree Logistik GmbH"]


@pytest.mark.parametrize(
    ("before", "ministry"),
    [
        ("Wirtschaftsminister Tobias Mahlke (SPD) kündigte ein Treffen an.", "Wirtschaftsministerium"),
        ("Die Gesundheitsministerin Anna Keller äußerte sich nicht.", "Gesundheitsministerium"),
        # (the level of government is no part of the ministry's usual name)
        ("Landeswirtschaftsminister Tobias Mahlke (SPD) kündigte ein Treffen an.", "Wirtschaftsministerium"),
    ],
)
def test_the_bare_ministry_is_the_one_the_named_minister_leads(before: str, ministry: str) -> None:
    text = f"{before} Laut Ministerium sind seit 2015 rund 4,8 Millionen Euro geflossen."
    assert _speaker_names(text) == [ministry]


def test_the_bare_ministry_stays_bare_beside_two_ministers_a_former_one_or_a_level_alone() -> None:
    # which of two ministries the word means the text does not say; a former minister leads none
    two = "Innenminister Karl Berg und Finanzministerin Eva Roth trafen sich. Laut Ministerium ist alles geklärt."
    former = "Ex-Innenminister Karl Berg trat auf. Laut Ministerium ist alles geklärt."
    # (nor does a level alone: "der Landesminister für Bauen" leads a ministry the text does not name)
    level = "Der Landesminister für Bauen, Karl Berg, trat auf. Laut Ministerium ist alles geklärt."
    assert _speaker_names(two) == ["Ministerium"]
    assert _speaker_names(former) == ["Ministerium"]
    assert _speaker_names(level) == ["Ministerium"]


def test_the_word_of_its_kind_before_a_name_in_marks_refers_back_to_it() -> None:
    # "die Initiative" is the "Bürgerinitiative „…“" named before: the compound's kind word came with the name
    text = (
        "Die Bürgerinitiative „Hallstadter Straße für alle“ hat 6000 Unterschriften gesammelt. Damit sei die "
        "nötige Zahl überschritten, teilte die Initiative am Montag mit."
    )
    assert _names(_reported(text)) == ["Hallstadter Straße für alle"]


@pytest.mark.parametrize(
    "text",
    [
        "Wenige Stunden nach dem Putsch erklärte der neue „Oberste Rat zur Wiederherstellung der Demokratie“, "
        "die Situation sei unter Kontrolle.",
        "Der „Oberste Rat zur Wiederherstellung der Demokratie“ erklärte, die Situation sei unter Kontrolle.",
    ],
)
def test_a_speakers_name_in_marks_may_hold_small_words(text: str) -> None:
    assert _names(_reported(text)) == ["Oberste Rat zur Wiederherstellung der Demokratie"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Die Staatsanwaltschaft in Hamburg teilte mit, der Mann sei festgenommen worden.",
            "Staatsanwaltschaft in Hamburg",
        ),
        (
            "Das Oberlandesgericht in Düsseldorf verurteilte die Männer. Das Gericht sah es als erwiesen an, dass "
            "die Täter Anschläge geplant hätten.",
            "Oberlandesgericht in Düsseldorf",
        ),
    ],
)
def test_a_court_or_an_authority_keeps_its_seat_in_its_name(text: str, name: str) -> None:
    # the seat tells one such body from another: "Oberlandesgericht" alone names none
    assert _names(_reported(text)) == [name]


def test_a_scare_quote_in_a_teasers_object_is_no_name_the_company_is_called_by() -> None:
    # the marks of "„Hinhaltetaktik“" stay someone's words, though a speaker's mention reaches into them: only marks
    # a mention opens with (after an article at most) hold a name
    text = (
        "Schulbusse bleiben stehen\nRund 9000 Kinder müssen andere Wege zur Schule finden. Die Gewerkschaft wirft "
        "dem Busunternehmen „Hinhaltetaktik“ vor.\n\nOberweiden. Die Fahrer der Verkehrsgesellschaft Oberweiden "
        "(VGO) legen die Arbeit nieder. In einer Mitteilung des Unternehmens hieß es, man arbeite mit Hochdruck an "
        "einem Notfahrplan."
    )
    assert _names(_reported(text)) == ["Verkehrsgesellschaft Oberweiden"]


def test_words_in_marks_after_a_colon_are_no_name_of_the_one_before_it() -> None:
    text = "Ein Anwohner der Hauptstrasse meinte trocken: «Ich glaube es erst, wenn der erste Bagger kommt.»"
    assert [q.speaker.name if q.speaker else None for q in quotekit.extract(text)] == [
        "Ein Anwohner der Hauptstrasse"
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Greenpeace und der BUND kritisierten, die Vorlage sei falsch.", "Greenpeace und BUND"),
        ("Siemens und Bosch teilten mit, die Umsätze seien gestiegen.", "Siemens und Bosch"),
    ],
)
def test_organisations_named_together_speak_together(text: str, name: str) -> None:
    (quote,) = _reported(text)
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.is_organization) == (name, True)
