"""Who a speaker pronoun is: not someone the quotation it attributes names in the third person."""

from __future__ import annotations

import pytest
from tests.extracted import reported_speakers

import quotekit
from quotekit import QuoteKind


def test_a_speaker_pronoun_is_not_the_person_its_quotation_speaks_about() -> None:
    text = (
        "Die Richterin Eva Berg eröffnete die Sitzung. Die Angeklagte Anna Müller schwieg. "
        "„Die Angeklagte hat die Unwahrheit gesagt“, sagte sie."
    )
    direct = [q for q in quotekit.extract(text) if q.kind is QuoteKind.DIRECT]
    assert len(direct) == 1
    assert direct[0].speaker is not None
    assert direct[0].speaker.name == "Eva Berg"


def test_a_speaker_pronoun_is_not_the_person_its_reported_words_name() -> None:
    # the accused, known by an initial, is the subject of the prosecutor's Konjunktiv clause
    text = (
        "Staatsanwältin Nadia Keller verlangt eine Freiheitsstrafe von drei Jahren. "
        "S. habe das Vertrauen der Bevölkerung missbraucht, sagte sie in ihrem Plädoyer."
    )
    assert reported_speakers(text) == ["Nadia Keller"]


@pytest.mark.parametrize(
    "sentence",
    [
        # an indicative clause that names the speaker before the reported one
        "Benali will vier Strecken wieder bedienen – zwei Fahrer hätten sich zurückgemeldet, sagt er.",
        # the speaker himself
        "Benali selbst habe das nicht gewusst, sagt er.",
    ],
)
def test_reported_words_that_name_the_speaker_as_such_keep_him(sentence: str) -> None:
    text = f"Busunternehmer Youssef Benali hat zwei neue Fahrer gefunden. {sentence}"
    assert set(reported_speakers(text)) == {"Youssef Benali"}


def test_an_abstract_noun_the_recogniser_takes_for_a_person_is_no_name() -> None:
    from spacy.tokens import Span as SpacySpan
    from tests.handbuilt import build

    from quotekit.stages.speakers.referents import is_name_token

    doc = build(
        [
            ("Von", "ADP", "1", "case", "mo", "von"),
            ("Heldentum", "NOUN", "2", "obl", "op", "Heldentum"),
            ("will", "AUX", "2", "ROOT", "ROOT", "wollen"),
            ("Chung", "NOUN", "2", "nsubj", "sb", "Chung"),
            ("nichts", "PRON", "2", "obj", "oa", "nichts"),
            ("wissen", "VERB", "2", "xcomp", "oc", "wissen"),
        ]
    )
    doc.ents = [SpacySpan(doc, 1, 2, label="PER"), SpacySpan(doc, 3, 4, label="PER")]
    assert not is_name_token(doc[1])  # an abstract ending, a long word, not tagged as a proper noun
    assert is_name_token(doc[3])  # short words with such an ending are often names


def test_a_pronoun_before_zufolge_is_the_source_of_the_sentence() -> None:
    text = (
        "Meteorologin Carla Frei erklärte, die Gewitterzelle sei rasch über den See gezogen. "
        "Ihr zufolge sind solche Superzellen im Hochsommer nicht aussergewöhnlich."
    )
    reported = [q for q in quotekit.extract(text) if q.text.startswith("sind solche")]
    assert len(reported) == 1  # the frame "Ihr zufolge" is not part of the content
    assert reported[0].speaker is not None
    assert reported[0].speaker.name == "Carla Frei"


def test_ihr_before_zufolge_the_tagger_calls_a_preposition_is_hers() -> None:
    text = (
        "«Solche Superzellen ziehen oft über Dutzende Kilometer», sagte Meteorologin Nadja Stettler. "
        "Ihr zufolge dürften Hagelgewitter dieser Stärke häufiger werden."
    )
    assert _names(text) == ["Nadja Stettler", "Nadja Stettler"]


def test_ihr_before_a_postposition_is_the_dative_of_sie() -> None:
    from tests.handbuilt import build

    from quotekit.stages.speakers.referents import referent_genders

    doc = build(
        [("Ihr", "PRON", "1", "nmod", "nk", "ihr"), ("zufolge", "ADP", "1", "ROOT", "ROOT", "zufolge")]
    )
    doc[1].tag_ = "APPO"
    assert referent_genders(doc[0]) == frozenset({"fem"})
    doc[1].tag_ = "APPR"  # "zufolge" follows its noun whatever the tagger calls it
    assert referent_genders(doc[0]) == frozenset({"fem"})
    other = build([("Ihr", "PRON", "1", "nmod", "nk", "ihr"), ("wegen", "ADP", "1", "ROOT", "ROOT", "wegen")])
    other[1].tag_ = "APPR"  # not a postposition: the possessive or the plural "ihr" as before
    assert referent_genders(other[0]) != frozenset({"fem"})


def _runs(rows: list[tuple[str, ...]], ents: list[tuple[int, int, str]]) -> list[str]:
    from spacy.tokens import Span as SpacySpan
    from tests.handbuilt import build

    from quotekit.stages.speakers.referents import name_runs

    doc = build(rows)
    doc.ents = [SpacySpan(doc, start, end, label=label) for start, end, label in ents]
    return [doc[start:end].text for start, end in name_runs(doc)]


def test_a_surname_joined_to_its_particle_by_a_hyphen_stays_in_the_name() -> None:
    rows = [
        ("Mohammed", "PROPN", "2", "nsubj", "sb", "Mohammed"),
        ("el-Baradei", "PROPN", "0", "flat:name", "pnc", "el-Baradei"),
        ("sagte", "VERB", "2", "ROOT", "ROOT", "sagen"),
    ]
    assert _runs(rows, [(0, 2, "PER")]) == ["Mohammed el-Baradei"]


def test_a_first_name_inside_an_organisation_name_opens_no_person_name() -> None:
    # "der New York Times": "York" is a first name, but the recogniser names the newspaper from "New" on.
    rows = [
        ("der", "DET", "3", "det", "nk", "der"),
        ("New", "ADJ", "2", "amod", "nk", "new"),
        ("York", "PROPN", "3", "compound", "pnc", "York"),
        ("Times", "PROPN", "3", "ROOT", "ROOT", "Times"),
    ]
    assert "York Times" not in _runs(rows, [(1, 4, "ORG")])


def test_a_common_noun_inside_an_organisations_name_stays_in_the_run() -> None:
    # "Die Murtal Wölfe haben …": the recogniser names the club from "Murtal" on; "Wölfe" is a common noun
    rows = [
        ("Die", "DET", "2", "det", "nk", "der"),
        ("Murtal", "PROPN", "2", "compound", "pnc", "Murtal"),
        ("Wölfe", "NOUN", "3", "nsubj", "sb", "Wolf"),
        ("haben", "AUX", "3", "ROOT", "ROOT", "haben"),
    ]
    assert _runs(rows, [(1, 3, "ORG")]) == ["Murtal Wölfe"]
    assert _runs(rows, []) == ["Murtal"]


def test_a_dative_pronoun_before_zufolge_is_the_frame_not_the_content() -> None:
    text = "Die Zahlen stammen von zwei Beobachtern. Ihnen zufolge hat Mussawi die Mehrheit erhalten."
    reported = [q for q in quotekit.extract(text) if q.kind is not QuoteKind.DIRECT]
    assert [q.text for q in reported] == ["hat Mussawi die Mehrheit erhalten"]
    assert reported[0].speaker is not None
    assert reported[0].speaker.mention is not None
    assert reported[0].speaker.mention.text == "Ihnen"


@pytest.mark.parametrize(
    ("verb", "expected"), [("schreiben", frozenset({"plur"})), ("schreibt", frozenset({"fem"}))]
)
def test_sie_after_a_verb_in_en_first_in_its_clause_is_plural(verb: str, expected: frozenset[str]) -> None:
    from tests.handbuilt import build

    from quotekit.stages.speakers.referents import referent_genders

    # "…, schreiben sie." with "sie" tagged singular and the verb as an infinitive, as a weak tagger does
    doc = build(
        [
            ("gut", "ADJ", "3", "advmod", "mo", "gut"),
            (",", "PUNCT", "3", "punct", "punct", ","),
            (verb, "VERB", "2", "ROOT", "ROOT", "schreiben", "VerbForm=Inf"),
            ("sie", "PRON", "2", "nsubj", "sb", "sie", "Case=Nom|Gender=Fem|Number=Sing|Person=3"),
        ]
    )
    assert referent_genders(doc[3]) == expected


def test_a_speaker_pronoun_is_not_the_person_its_reported_words_name_by_a_role() -> None:
    text = (
        "Die Angeklagte bestritt eine Bereicherungsabsicht.\n\n"
        "Die Vorsitzende Richterin Gabriele Henneberg folgte dieser Darstellung nur zum Teil. Die Angeklagte "
        "habe mit erheblicher krimineller Energie gehandelt, sagte sie in der Urteilsbegründung."
    )
    quotes = quotekit.extract(text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Gabriele Henneberg"]


def test_a_plural_pronoun_refers_to_the_auditors_the_sentence_before_makes_its_subject() -> None:
    text = (
        "Der Rechnungshof hat den Bau geprüft. Die Prüfer sparen nicht mit Kritik. Das Ministerium habe "
        "Warnsignale ignoriert, schreiben sie."
    )
    quotes = quotekit.extract(text)
    # (the auditors speak for the Rechnungshof named before them: its name is the speaker's)
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Rechnungshof"]
    assert [q.speaker.mention.text if q.speaker and q.speaker.mention else None for q in quotes] == ["sie"]


def test_a_name_that_opens_its_sentence_before_the_parses_subject_is_the_subject_a_pronoun_takes() -> None:
    # "Der Nahostexperte Lorenz Eichberger vom Wiener Institut … hält": the parse makes "Institut" the
    # subject; the words before the verb in second place are one phrase, headed by the person, so the next
    # sentence's "er" is Eichberger, not the speaker two sentences back.
    text = (
        "Der FPÖ-Außenpolitiker Reinhard Kogelnik kritisierte das Abkommen. Die Regierung verteile Steuergeld im "
        "Ausland, sagte er. Der Nahostexperte Lorenz Eichberger vom Wiener Institut für Internationale Politik "
        "hält das für zu kurz gegriffen. Jordanien sei einer der wenigen stabilen Partner in der Region, sagte er."
    )
    quotes = quotekit.extract(text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == [
        "Reinhard Kogelnik",
        "Lorenz Eichberger",
    ]


def test_a_name_the_parse_hangs_on_the_subject_noun_before_it_is_the_subject_a_pronoun_takes() -> None:
    # "Kämmerer Peter Schmidt legte …": the lexicon knows no role "Kämmerer" and the parse makes it the subject
    # with the name in apposition; the name is that subject, so the next "er" is Schmidt, not the speaker before
    text = (
        "Bürgermeister Hans Müller eröffnete die Sitzung. „Wir müssen sparen“, sagte Müller. "
        "Kämmerer Peter Schmidt legte danach die Zahlen vor. Er sagte, die Lage sei ernst."
    )
    quotes = quotekit.extract(text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Hans Müller", "Peter Schmidt"]


def test_a_name_after_a_subject_pronoun_is_no_part_of_its_mention() -> None:
    # "rief sie Köberl zu": "Köberl" is the object; the speaker is the woman "sie" refers to.
    text = (
        "Finanzlandesrat Reinhold Köberl verteidigte das Budget. Grünen-Klubobfrau Sandra Kohlhuber-Eder sprach "
        "von Politik auf Pump. „Sie hinterlassen unseren Kindern einen Schuldenberg“, rief sie Köberl zu."
    )
    (quote,) = quotekit.extract(text)
    assert quote.speaker is not None
    assert quote.speaker.mention is not None
    assert (quote.speaker.name, quote.speaker.mention.text) == ("Sandra Kohlhuber-Eder", "sie")


def test_a_court_reports_initial_alone_is_the_person_named_with_it() -> None:
    # "M. selbst bekannte sich schuldig" after "Gerald M.": the initial is his surname, so the "er" after it is
    # his, not the defence lawyer's named in between.
    text = (
        "Angeklagt ist der 54-jährige Gerald M. aus Linz. „Ich war verzweifelt“, sagte der Verteidiger Hans "
        "Gruber. M. selbst bekannte sich teilweise schuldig. Die Umsätze für 2019 habe er zu hoch angesetzt, "
        "räumte er ein."
    )
    quotes = quotekit.extract(text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Hans Gruber", "Gerald M."]


def test_she_with_no_woman_in_view_is_the_feminine_organisation_before() -> None:
    text = "Die Kantonspolizei ermittelt. Sie bestätigte, dass es sich um eine international tätige Gruppe handle."
    quotes = quotekit.extract(text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Kantonspolizei"]


def test_he_with_no_man_in_view_is_no_masculine_organisation() -> None:
    # "er" is a man the text has not named rather than "der Verband"
    text = "Der Verband Kinderschutz wurde 1990 gegründet. Er sagte, die Lage sei ernst."
    quotes = quotekit.extract(text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == [None]


def _names(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in quotekit.extract(text)]


def test_a_party_in_brackets_after_a_title_and_name_makes_no_organisation_of_them() -> None:
    text = (
        "Grossrat Pascal Ndiaye (SP) hatte im Frühling eine Interpellation eingereicht. "
        "Er fragte die Regierung, ob sie eine Umgestaltung der Kreuzung plane."
    )
    assert _names(text) == ["Pascal Ndiaye"]


def test_the_article_of_a_title_overrules_the_likely_gender_of_a_first_name() -> None:
    # "Andrea" is a woman's name in German, a man's in Italian and Romansh: "Der … Datenschutzbeauftragte" says which
    text = (
        "Der kantonale Datenschutzbeauftragte Andrea Meili nannte den Fall gravierend. "
        "Er empfahl den Betroffenen, ihre Bankauszüge genau zu prüfen."
    )
    assert _names(text) == ["Andrea Meili"]


def test_a_place_with_an_article_is_no_person_though_a_first_name_opens_it() -> None:
    # "Alp" is a Turkish first name; "auf die Alp Tgom" is a mountain pasture the recogniser calls a place
    text = (
        "Als Gion-Andri Caminada auf die Alp Tgom stieg, fand er neun tote Schafe. "
        "Er sei verzweifelt, sagte er."
    )
    assert _names(text) == ["Gion-Andri Caminada"]


def test_an_answer_with_its_verb_after_the_comma_is_the_answerers_not_the_askers() -> None:
    # (a weak tagger takes "antwortete" before an unknown name for an adjective, and the name for its noun)
    text = (
        "Grünen-Spitzenkandidat Bernhard Wolfsgruber wollte wissen, ob auch in den übrigen Sprengeln nachgezählt "
        "werde. Dafür gebe es keinen Anlass, antwortete Radlegger."
    )
    quotes = quotekit.extract(text)
    answer = next(q for q in quotes if q.text.startswith("Dafür"))
    assert answer.text == "Dafür gebe es keinen Anlass"
    assert answer.cue is not None
    assert answer.cue.lemma == "antworten"
    assert answer.speaker is not None
    assert answer.speaker.mention is not None
    assert answer.speaker.mention.text == "Radlegger"


def test_an_austrian_engineers_title_and_a_title_of_honour_belong_to_the_name() -> None:
    text = (
        "Die Sektion will die Hütte an einen Hotelier verkaufen. Der Obmann der Sektion, DI Herbert Steinwender, "
        "verteidigt den Schritt. Die Sanierung würde 1,4 Millionen Euro kosten, rechnete er vor. Käufer ist "
        "Kommerzialrat Gerold Pfeifenberger. Er wolle die Hütte modernisieren, ließ er ausrichten."
    )
    assert _names(text) == ["Herbert Steinwender", "Gerold Pfeifenberger"]


def test_a_nationality_joins_the_person_named_before() -> None:
    text = (
        "Unter Druck gerät auch Cheftrainer Mika Leinonen. Der Finne wies jede Verantwortung zurück: "
        "Für die Anzüge sei allein der Servicebereich zuständig."
    )
    assert _names(text) == ["Mika Leinonen"]


def test_a_nationality_is_not_someone_the_text_gave_another() -> None:
    text = (
        "Seine Spieler hätten jedes Bier verdient, sagte der Serbe Zoran Ilić. Den Unterschied machte Torhüter "
        "Mikko Salonen. Der Finne blieb bescheiden: „Ich habe auf die richtige Ecke gehofft.“"
    )
    assert _names(text) == ["Zoran Ilić", "Mikko Salonen"]


def test_a_name_before_its_party_in_brackets_and_its_verb_is_the_subject_a_pronoun_takes() -> None:
    text = (
        "Initiatorin ist die Bergführerin Hanna Lechner. Sie fordert, dass die Gemeinde die Hütte kauft.\n\n"
        "Bürgermeisterin Maria Prödl (ÖBP) signalisiert Interesse. Die Gemeinde könne sich eine Beteiligung "
        "vorstellen, sagte sie."
    )
    assert _names(text) == ["Hanna Lechner", "Maria Prödl"]


def test_a_predicate_after_als_before_the_verb_is_no_subject() -> None:
    text = (
        "Als Zeuge sagte am Nachmittag der Bürgermeister der Gemeinde Ohlendorf, Klaus-Dieter Wiebking, aus. "
        "Die Gemeinde habe jährlich 80.000 Euro bezahlt."
    )
    assert _names(text) == ["Klaus-Dieter Wiebking"]


def test_a_bare_name_the_tagger_calls_a_dative_is_the_subject_of_an_inverted_question() -> None:
    text = (
        "Die Studentin Rojda Kaya kam auch. Bürgermeister Thorsten Quast kam am Abend zu den Zelten. "
        "Ob er ein Angebot mitgebracht habe, wollte Kaya wissen."
    )
    assert _names(text) == ["Rojda Kaya"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Das Bezirksgericht hat einen Lärmgutachter beauftragt. Laut dessen Messungen lag der Pegel über dem "
            "zulässigen Wert.",
            "ein Lärmgutachter",
        ),
        (
            "Ein Amtstierarzt der Bezirkshauptmannschaft hat die Kadaver begutachtet. Laut dessen Befund deuten "
            "die Bissspuren auf einen Wolf hin.",
            "Ein Amtstierarzt der Bezirkshauptmannschaft",
        ),
    ],
)
def test_dessen_before_a_noun_is_the_one_named_last_whose_gender_fits(text: str, name: str) -> None:
    assert _names(text) == [name]


def test_deren_is_no_co_argument_that_bars_the_pronoun_of_its_clause() -> None:
    text = (
        "Guttenberg sprach über die Linke. „Das ist falsch“, so Guttenberg wörtlich. Deren Haltung bezeichnete er "
        "als „zutiefst verlogen“."
    )
    assert _names(text) == ["Guttenberg", "Guttenberg"]


def test_a_common_noun_after_its_article_is_no_person_of_that_name_and_a_quote_goes_to_the_subject_before() -> (
    None
):
    # "Wolf" is a first name and the headline's recogniser took it for a person; "ein Wolf" is the animal. The
    # quotation after one sentence of narration is the man the paragraph is about.
    text = (
        "Wolf reisst zwölf Schafe\n\nIm Tal hat ein Wolf zwölf Schafe getötet.\n\n"
        "Als Gion-Andri Caminada am Samstag auf die Alp stieg, fand er neun tote Schafe. Drei weitere lagen "
        "bereits seit Mittwoch im Gras. «Ich habe so etwas noch nie gesehen.»"
    )
    assert _names(text) == ["Gion-Andri Caminada"]


def test_a_name_after_its_particle_and_article_stays_a_name() -> None:
    text = "Helene van der Meulen leitet die Studie. Van der Meulen widerspricht. „Niemand behauptet das“, sagt sie."
    assert _names(text) == ["Helene van der Meulen"]


def test_a_run_after_a_particle_and_its_article_is_a_name_whatever_the_recogniser_calls_it() -> None:
    import spacy
    from spacy.tokens import Doc, Span

    from quotekit.stages.speakers.names import _article_and_place

    vocab = spacy.blank("de").vocab
    doc = Doc(vocab, words=["Von", "der", "Leyen", "betonte", "es", "."])
    doc.ents = [Span(doc, 2, 3, label="LOC")]
    assert not _article_and_place(doc, 2, 3)  # "Von der Leyen", a name the recogniser took for a place
    place = Doc(vocab, words=["auf", "die", "Alp", "Tgom", "stieg", "."])
    place.ents = [Span(place, 2, 4, label="LOC")]
    assert _article_and_place(place, 2, 4)


def test_a_subject_pronoun_takes_the_number_of_its_verb() -> None:
    # "Sie berichtet": one woman, though a tagger may call "Sie" plural at the start of a sentence.
    text = (
        "Das Postauto fährt nur noch bis Hospental. Nora Berchtold führt mit ihrem Mann das Hotel Alpenrose. "
        "Sie berichtet, dass seit Juli fast alle Motorradgruppen storniert hätten."
    )
    quotes = quotekit.extract(text)
    assert quotes[-1].speaker is not None
    assert quotes[-1].speaker.name == "Nora Berchtold"


def test_a_speaker_pronoun_after_a_long_quotation_goes_back_to_the_one_person_who_fits() -> None:
    # Two narrative sentences and a quotation of two sentences later, "fragt sie" is still the lawyer.
    text = (
        "Die Kirchgemeinde akzeptiert das Urteil, sagt Präsident Rudolf Flückiger.\n\n"
        "Die Anwältin des Ehepaars, lic. iur. Anna Maurer, sprach dagegen von einem «halben Sieg». Ihre Mandanten "
        "prüften, ob sie das Urteil weiterziehen. Es gehe ihnen nicht um die Tradition. «Niemand will die "
        "Glocken abschaffen. Aber muss eine Kirchturmuhr um drei Uhr morgens schlagen?», fragt sie."
    )
    quotes = quotekit.extract(text)
    assert quotes[-1].speaker is not None
    assert quotes[-1].speaker.name == "Anna Maurer"


def test_a_quotation_without_attribution_goes_to_the_one_person_its_paragraph_names() -> None:
    # Rothenbühler, quoted in the paragraph before, is nearly as much in view; the paragraph's own person wins.
    text = (
        "Feuerwehrkommandant Ueli Rothenbühler war die ganze Nacht im Einsatz. «Wir hatten Glück im Unglück», "
        "sagte er.\n\n"
        "Sandra Fankhauser wohnt in Trubschachen. Ihr Wintergarten ist nur noch ein Scherbenhaufen. «Es hat "
        "gedonnert, als würde jemand mit Steinen auf das Dach werfen.»"
    )
    quotes = quotekit.extract(text)
    assert quotes[-1].speaker is not None
    assert quotes[-1].speaker.name == "Sandra Fankhauser"


def test_words_in_the_first_person_singular_go_to_the_person_not_the_group_named_since() -> None:
    # The family, a group and the subject right before, cannot say "ich"; the man brought in as an object is no
    # one the paragraph goes on with: its subject, named in full, speaks.
    text = (
        "Der Landwirt Franz Reisinger bewirtschaftet die Hofwiese seit 40 Jahren in Pacht. Die Eigentümerfamilie hat "
        "das Feld an einen Projektentwickler verkauft. „Ich versteh’ schon, dass die Familie verkauft.“"
    )
    quotes = quotekit.extract(text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Franz Reisinger"]


def test_a_pronoun_goes_back_to_a_person_named_in_full_before_a_lone_word_taken_for_a_name() -> None:
    # "Vallun", a village the recogniser took for a person, is mentioned last; "ihn" is the farmer
    text = (
        "Vallun. Auf der Alp Sassèra oberhalb von Vallun hat ein Wolf 23 Schafe gerissen. Die Schafe gehören Gian "
        "Andri Casutt, Landwirt in Vallun. Für ihn ist klar: Der Wolf müsse weg."
    )
    quotes = quotekit.extract(text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Gian Andri Casutt"]


def test_sie_goes_on_with_the_organisation_that_was_the_subject_since_the_person_was_named() -> None:
    # The organisation is the subject of the sentence before (or of the clause "wie sie mitteilte" reports);
    # the woman in view was named before it.
    assert (
        _names(
            "Nachfolgerin wird Prorektorin Prof. Dr. Mirjam Kälin. Die Studierendenschaft begrüsste den Rücktritt. "
            "In einer Medienmitteilung schrieb sie von einem «überfälligen Schritt»."
        )[-1]
        == "Studierendenschaft"
    )
    assert (
        _names(
            "Eine Anwohnerin sagte, sie habe Angst. Der Gemeindepräsident erinnerte an 2019. "
            "Die Staatsanwaltschaft hat ein Verfahren eröffnet, wie sie am Mittwoch mitteilte."
        )[-1]
        == "Staatsanwaltschaft"
    )


def test_sie_does_not_go_to_an_organisation_its_own_speaker_speaks_of() -> None:
    text = (
        "Sportchefin Katja Bremer wollte von einer Krise nichts wissen. "
        "Die Mannschaft stehe weiter auf einem Aufstiegsplatz, sagte sie."
    )
    assert _names(text)[-1] == "Katja Bremer"


def test_a_choir_is_an_organisation_and_sie_its_conductor() -> None:
    # "der Kammerchor" is masculine, so "Sie" is the woman who leads it, even where the recogniser took the
    # choir's name for a person's.
    text = (
        "Den zweiten Platz belegte der polnische Kammerchor Słowik unter der Leitung von Katarzyna Wójcik. "
        "Sie zeigte sich als faire Verliererin: „Gegen diesen Chor zu verlieren, ist keine Schande.“"
    )
    assert _names(text)[-1] == "Katarzyna Wójcik"


def test_the_answer_to_a_question_is_not_the_askers_though_a_pronoun_of_the_asked_came_between() -> None:
    # "ob sie …" inside the question is the witness; "antwortete sie" is too, not the lawyer who asked.
    text = (
        "Die Zeugin Maria Kessler weinte. Auf die Frage der Verteidigerin, ob sie den Angeklagten "
        "persönlich getroffen habe, antwortete sie: „Nein, nur einen jungen Verkäufer.“"
    )
    direct = [q for q in quotekit.extract(text) if q.kind is QuoteKind.DIRECT]
    assert len(direct) == 1
    assert direct[0].speaker is not None
    assert direct[0].speaker.name == "Maria Kessler"


def test_sentences_after_an_answer_go_on_with_the_one_who_answered() -> None:
    text = (
        "Im Mittelpunkt stand die Autorin Oksana Hrytsenko. Auf die Frage der Moderatorin, ob sie an eine "
        "Rückkehr denke, antwortete die Autorin: »Jeden Tag.« Sie lebe derzeit mit ihrer Tochter in Graz."
    )
    quotes = quotekit.extract(text)
    by_text = {q.text: q for q in quotes}
    assert "ob sie an eine Rückkehr denke" in by_text  # the question, reported with who asked it
    question = by_text["ob sie an eine Rückkehr denke"]
    assert question.speaker is not None
    assert question.speaker.name is not None
    assert "Moderatorin" in question.speaker.name
    answer = by_text["Jeden Tag."]
    after = by_text["Sie lebe derzeit mit ihrer Tochter in Graz"]
    assert [answer.speaker and answer.speaker.name, after.speaker and after.speaker.name] == [
        "Oksana Hrytsenko",
        "Oksana Hrytsenko",
    ]


def test_the_subject_of_the_sentence_after_an_attributed_quotation_is_more_in_view_than_its_speaker() -> None:
    text = (
        "Geschäftsführer Thomas Wimmer-Holzer zog Bilanz. „Wir müssen an manchen Tagen Hunderte Gäste "
        "wegschicken. Das tut weh“, räumte Wimmer-Holzer ein.\n\n"
        "Der Salzburger Historiker Ruwan Jayasuriya hat zum Jubiläum ein Buch veröffentlicht. Er erzählte, dass "
        "die Bahn 1897 gegen heftigen Widerstand gebaut worden sei."
    )
    reported = [q for q in quotekit.extract(text) if q.kind is not QuoteKind.DIRECT]
    assert len(reported) == 1
    assert reported[0].speaker is not None
    assert reported[0].speaker.name == "Ruwan Jayasuriya"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Die Österreichische Lebensmittelaufsicht bestätigte den Rückruf. Nach ihren Angaben sind bisher "
            "keine Erkrankungen bekannt.",
            "Österreichische Lebensmittelaufsicht",
        ),
        (
            "Der Verband kritisierte den Entscheid. Seinen Angaben zufolge sind 200 Betriebe betroffen.",
            "Verband",
        ),
        # a person in view still comes first
        (
            "Polizeisprecherin Anna Huber bestätigte den Einsatz. Nach ihren Angaben wurde niemand verletzt.",
            "Anna Huber",
        ),
    ],
)
def test_the_possessive_of_a_source_s_account_may_be_an_organisation_s(text: str, speaker: str) -> None:
    quotes = quotekit.extract(text)
    assert len(quotes) == 1
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name is not None
    assert quotes[0].speaker.name.endswith(speaker)


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (
            q.speaker.name if q.speaker is not None else None,
            q.speaker.mention.text if q.speaker is not None and q.speaker.mention is not None else None,
        )
        for q in quotekit.extract(text)
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the one named last whose gender fits, though the subject before is more in view
        ("Der Minister traf den Bürgermeister Hans Maier. Dieser sagte, die Stadt sei pleite.", "Hans Maier"),
        ("Anna Berg traf Hans Maier. Letzterer sagte, die Stadt sei pleite.", "Hans Maier"),
        ("Die Ministerin traf Anna Berg. Diese betonte, die Stadt sei pleite.", "Anna Berg"),
    ],
)
def test_a_demonstrative_alone_speaks_for_the_one_named_last(text: str, name: str) -> None:
    # Before the fix these had no speaker ("Diese betonte" even took the sentence before for its content).
    assert _speakers(text) == [(name, text.split(". ")[1].split(" ", 1)[0])]


@pytest.mark.parametrize(
    ("text", "name", "mention"),
    [
        (
            "Der Minister traf den Bürgermeister Hans Maier. Das sei ein gutes Gespräch gewesen, erklärte dieser "
            "nach dem Treffen.",
            "Hans Maier",
            "dieser",
        ),
        (
            "Die Sängerin Lea Brunner tritt im Mai auf. Für Brunner, so schrieb diese in einer Stellungnahme, sei "
            "es eine Ehre, dort aufzutreten.",
            "Lea Brunner",
            "diese",
        ),
    ],
)
def test_a_demonstrative_right_after_the_verb_speaks_for_the_one_named_last(
    text: str, name: str, mention: str
) -> None:
    # Before the fix the first had no speaker and the second took "einer Stellungnahme" for its source.
    assert _speakers(text) == [(name, mention)]


def test_a_demonstrative_after_the_verb_before_its_noun_is_no_speaker() -> None:
    text = "Die Ministerin sprach. Es sei gut, sagte diese Woche der Sprecher Hans Huber."
    assert _speakers(text) == [("Hans Huber", "der Sprecher Hans Huber")]


def test_a_demonstrative_before_its_noun_is_no_speaker_of_its_own() -> None:
    text = "Die Ministerin lobte den Plan. Diese Zahlen bestätigte der Sprecher, man sei zufrieden."
    assert [mention for _, mention in _speakers(text)] == ["der Sprecher"]


def test_a_possessive_before_a_relative_names_whose_relative_speaks() -> None:
    # "Seine Frau sagte": his wife speaks, not he (before the fix the possessive's referent was the speaker)
    text = "Hans Maier ist seit Montag verschwunden. Seine Frau sagte, er sei zur Arbeit gegangen."
    assert _speakers(text) == [("Seine Frau", "Seine Frau")]
    # a spokesperson is the owner's voice, and an office is the owner's
    text = "Die Ministerin Eva Roth war nicht erreichbar. Ihr Sprecher sagte, sie sei im Urlaub."
    assert _speakers(text)[0][0] == "Eva Roth"
    text = "Die Ministerin Eva Roth war nicht erreichbar. Ihre Sprecherin sagte, sie sei im Urlaub."
    assert _speakers(text)[0][0] == "Eva Roth"
    text = "Die Ministerin Eva Roth war nicht erreichbar. Aus ihrem Büro hieß es, sie sei im Urlaub."
    assert _speakers(text)[0][0] == "Eva Roth"


@pytest.mark.parametrize("first", ["Deniz", "Kim"])
def test_a_first_name_of_either_gender_opens_a_person_after_a_noun_that_may_describe_a_company(
    first: str,
) -> None:
    # "Betreiber" stands before companies' names too; a first name, of either sex, says this is a person's,
    # and the article of the noun ("der Club-Betreiber") tells which pronoun refers back to them
    text = (
        f"Der Club-Betreiber {first} Yılmaz zeigte sich erleichtert. "
        "„Wir haben 80.000 Euro in Schallschutz gesteckt“, sagte er."
    )
    direct = [q for q in quotekit.extract(text) if q.kind is QuoteKind.DIRECT]
    assert len(direct) == 1
    assert direct[0].speaker is not None
    assert direct[0].speaker.name == f"{first} Yılmaz"


def test_sie_after_an_organisation_that_only_is_something_goes_back_to_the_woman() -> None:
    text = (
        "Im Saal sass auch die Gemeindepräsidentin von Rütiberg, Heidi Wüest-Imfeld. Die Gemeinde ist "
        "Privatklägerin. Die Sache habe das Dorf tief erschüttert, sagte sie in einer Verhandlungspause."
    )
    assert reported_speakers(text) == ["Heidi Wüest-Imfeld"]


def test_sie_after_an_organisation_that_acts_goes_on_with_it() -> None:
    text = (
        "Die Rektorin Eva Roth schwieg. Die Studierendenschaft begrüsste den Rücktritt. "
        "In einer Mitteilung schrieb sie, der Schritt sei überfällig gewesen."
    )
    assert reported_speakers(text) == ["Studierendenschaft"]


def test_a_pronoun_after_an_initial_that_ends_a_sentence_is_no_part_of_the_name() -> None:
    # "Mario K. Er hatte …": the recogniser may take the pronoun into the person; it still refers to someone
    text = (
        "Das Landgericht verurteilte den 34-jährigen Mario K. Er hatte die Halle angezündet. Verteidiger "
        "Dariusz Nowacki hatte auf Freispruch plädiert. Er sagte nach dem Urteil, das Gericht habe sich geirrt."
    )
    names = {q.speaker.name for q in quotekit.extract(text) if q.speaker is not None}
    assert "Dariusz Nowacki" in names
    assert not any(name.endswith(" Er") for name in names)


def test_a_role_the_reported_words_read_back_to_the_speaker_does_not_keep_the_pronoun_from_them() -> None:
    # "Der Gemeinderat" in the reported words goes back to the mayor in view; the mayor is still the "er"
    text = (
        "Gemeindepräsident Ueli Brand zeigt sich interessiert. Der Gemeinderat könne sich vorstellen, auf dem "
        "Viadukt einen Veloweg einzurichten, sagte er."
    )
    assert [q.speaker.name if q.speaker else None for q in quotekit.extract(text)] == ["Ueli Brand"]


def test_common_nouns_the_recogniser_takes_for_a_person_do_not_take_the_pronoun() -> None:
    # "zwei Ruhetage": a common noun by both tags after a numeral, whatever the recogniser says
    text = (
        "Personalmangel: Rund um Sankt Leonhard haben Hotels und Gasthäuser im Winter Ruhetage eingeführt.\n\n"
        "Hotelier Georg Mayrhofer, der das Hotel „Alpenrose“ führt, hat heuer erstmals zwei Ruhetage im "
        "Restaurant eingeführt. „Wir sperren lieber einen Tag zu, als schlechten Service zu bieten“, sagt er."
    )
    assert _names(text) == ["Georg Mayrhofer"]


def test_a_person_named_in_a_subordinate_clause_is_less_in_view_than_the_speaker_before_it() -> None:
    # "den Trainer" in the question's ob-clause is spoken of; "er" in the main clause after it goes on with the
    # captain who spoke last
    text = (
        "Der EC Falken hat Trainer Trent McAllister entlassen. McAllister selbst nahm die Entscheidung gefasst auf. "
        "In einer Nachricht schrieb er, er sei dankbar.\n\nKapitän Lukas Haidacher nahm die Mannschaft in die "
        "Pflicht. „Wir Spieler haben versagt“, sagte Haidacher. In der Kabine sei es sehr ruhig gewesen. "
        "Auf die Frage, ob die Mannschaft gegen den Trainer gespielt habe, schüttelte er energisch den Kopf. "
        "„So etwas gibt es bei uns nicht“, sagte er."
    )
    last = quotekit.extract(text)[-1]
    assert last.text == "So etwas gibt es bei uns nicht"
    assert last.speaker is not None
    assert last.speaker.name == "Lukas Haidacher"


def test_er_after_a_masculine_organisation_as_subject_goes_on_with_it() -> None:
    # "der Bauernverband" is the subject right before; the farmer was in view before it
    text = (
        "Landwirt Silvan Egli ärgert sich über den Biber. Der Kanton zahle zu wenig, sagte er.\n\n"
        "Genau das kritisiert der kantonale Bauernverband. In einer Stellungnahme fordert er, dass auch Schäden "
        "an der Infrastruktur vergütet werden."
    )
    quotes = quotekit.extract(text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == [
        "Silvan Egli",
        "der kantonale Bauernverband",
    ]


def test_a_speaker_pronoun_is_not_someone_its_reported_words_bring_in_by_a_role_in_another_form() -> None:
    # "eine Assistenzärztin" is the role "Arzt" in the feminine: the one she looked for, not the speaker
    text = (
        "«Das ist das Schönste an diesem Beruf», sagt Karin Wyss. Ende Dezember wird die 67-Jährige ihre Praxis "
        "schliessen. Sie habe seit drei Jahren eine {role} gesucht, ohne Erfolg, sagt sie."
    )
    for role in ("Assistenzärztin", "Nachfolgerin"):
        assert reported_speakers(text.format(role=role))[-1] == "Karin Wyss"


def test_a_role_the_speaker_holds_herself_after_als_keeps_her() -> None:
    text = "Maria Huber ist seit 2019 Ministerin. Als Ministerin sei sie für die Schulen verantwortlich, sagte sie."
    assert reported_speakers(text) == ["Maria Huber"]


def test_a_plural_speaker_pronoun_goes_back_to_two_people_named_together() -> None:
    text = (
        "Martina und Josef Huber aus Wil wollten am Samstag in die Ferien fahren. Nun müssten sie wohl einen Umweg "
        "nehmen, erzählen sie."
    )
    names = [q.speaker.name if q.speaker else None for q in quotekit.extract(text)]
    assert names == ["Martina Huber und Josef Huber"]


def test_a_plural_speaker_pronoun_after_a_party_names_no_pair() -> None:
    text = "Lena Vogt und Max Brandt sitzen im Stadtrat. Die Grünen kritisieren den Plan. Er sei zu teuer, sagen sie."
    names = [q.speaker.name if q.speaker else None for q in quotekit.extract(text)]
    assert "Lena Vogt und Max Brandt" not in names


@pytest.mark.parametrize(
    "cue",
    [
        "„Wir hören nicht auf“, sagen die beiden.",
        "„Wir hören nicht auf“, sagen beide.",
        "Beide betonten, sie wollten weitermachen.",
    ],
)
def test_both_standing_alone_is_the_two_people_named_together(cue: str) -> None:
    text = f"Anna Berg und Peter Roth betreiben seit 20 Jahren die Bäckerei am Markt. {cue}"
    assert _names(text) == ["Anna Berg und Peter Roth"]


def test_both_before_a_noun_is_that_description() -> None:
    # ("beide Parteien": the parties, not the two people named before)
    text = "Anna Berg und Peter Roth verhandeln für SPD und CDU. Beide Parteien erklärten, sie seien einig."
    assert "Anna Berg und Peter Roth" not in _names(text)


def test_he_right_after_a_masculine_body_that_acted_as_subject_is_that_body() -> None:
    # (no man in view: the body that just acted speaks on; a body something was done to does not, see above)
    text = (
        "Der Mieterverband bedauerte den Entscheid. Er fordert, dass der Bund eine klare Grundlage schafft."
    )
    assert _names(text) == ["Der Mieterverband"]


def test_the_answer_to_a_reporters_question_is_the_person_asked_about() -> None:
    text = (
        "Trainer Holger Lammers verteidigte die Aufstellung. Ob er selbst nun zur Diskussion stehe, wollte ein "
        "Reporter wissen. „Das müssen andere beurteilen.“"
    )
    assert _names(text) == ["ein Reporter", "Holger Lammers"]


def test_words_after_a_newsmakers_own_question_stay_theirs() -> None:
    assert _names("Der Minister fragte, wer das bezahlen solle. „Wir jedenfalls nicht.“") == [
        "Der Minister",
        "Der Minister",
    ]


def test_words_after_a_politicians_question_about_a_body_stay_the_politicians() -> None:
    text = (
        "Viele Bürger hätten erst aus den sozialen Medien davon erfahren, kritisierte Gemeinderätin Sandra "
        "Hofstätter. Sie wollte wissen, warum die Gemeinde nicht sofort informiert habe. „Nicht jeder liest "
        "Facebook.“"
    )
    assert _names(text)[-1] == "Sandra Hofstätter"


@pytest.mark.parametrize("owner", ["Kölns", "Wendelsaus"])
def test_a_person_named_with_a_role_a_place_owns_opens_the_sentence_as_its_subject(owner: str) -> None:
    # (the parse makes the place in the genitive the subject; the person it owns is who "er" goes on with)
    text = (
        "Er habe gehofft, im Derby spielen zu dürfen, sagte der Stürmer Jan Maiwald.\n\n"
        f"{owner} Trainer Sven Kuczera war weniger glücklich. Die Mannschaft habe alles falsch gemacht, sagte er."
    )
    assert _names(text)[-1] == "Sven Kuczera"


def test_sie_before_a_verb_in_the_singular_is_one_woman_whatever_the_parse() -> None:
    # (the parse calls "rechnet" an adjective and "Sie" plural; the verb's "-t" says one person)
    text = (
        "»Ein Skiurlaub ist teuer«, sagt Konsumentenschützerin Sandra Hofbauer. Sie rechnet vor, dass eine "
        "Familie über 1.500 Euro ausgeben müsse."
    )
    assert _names(text) == ["Sandra Hofbauer", "Sandra Hofbauer"]
