"""Direct quotations and their local speaker mentions, one short test per phenomenon.

Model-backed tests run the whole pipeline on sentences written for them; rule tests use hand-built Docs in
TIGER and UD labels so that they hold for any German pipeline.
"""

from __future__ import annotations

import pytest
import spacy

import quotekit
from quotekit import Quote, QuoteKind
from quotekit.stages.cues import find_cues
from quotekit.stages.direct import find_direct_quotes
from quotekit.stages.marks import find_marked_spans
from quotekit.syntax import labels

GERMAN = spacy.blank("de")


def _direct(text: str) -> list[Quote]:
    return [q for q in quotekit.extract(text) if q.kind is QuoteKind.DIRECT]


def _mention(quote: Quote) -> str | None:
    if quote.speaker is None or quote.speaker.mention is None:
        return None
    return quote.speaker.mention.text


def test_speech_verb_after_the_quote() -> None:
    quotes = _direct("„Das ist ein guter Tag für Europa“, sagte Außenministerin Annalena Baerbock.")
    assert len(quotes) == 1
    assert quotes[0].text == "Das ist ein guter Tag für Europa"
    assert quotes[0].cue is not None
    assert quotes[0].cue.text == "sagte"
    assert "Baerbock" in (_mention(quotes[0]) or "")


def test_inserted_attribution_joins_a_split_quote() -> None:
    quotes = _direct("„Wir sind stark“, sagte er, „und wir sind vereint.“")
    assert len(quotes) == 1
    assert [part.text for part in quotes[0].parts] == ["Wir sind stark", "und wir sind vereint."]
    assert _mention(quotes[0]) == "er"


def test_so_after_the_quote() -> None:
    quotes = _direct("„Der Bär ist zu einem Problembären geworden“, so Schnappauf.")
    assert len(quotes) == 1
    assert _mention(quotes[0]) == "Schnappauf"


def test_colon_introduction_with_a_speech_verb() -> None:
    quotes = _direct("Der Minister sagte am Montag: „Wir handeln jetzt.“")
    assert len(quotes) == 1
    assert _mention(quotes[0]) == "Der Minister"


def test_colon_introduction_without_a_speech_verb() -> None:
    quotes = _direct(
        "Die Firma empfindet die Kritik als ungerechtfertigt: „Wir haben alles richtig gemacht.“"
    )
    assert len(quotes) == 1
    assert _mention(quotes[0]) == "Die Firma"


def test_colon_headline() -> None:
    quotes = _direct("Faeser: „Wir schützen unsere Grenzen.“")
    assert len(quotes) == 1
    assert _mention(quotes[0]) == "Faeser"
    assert quotes[0].cue is not None
    assert quotes[0].cue.text == ":"


def test_colon_after_a_quotation_that_ends_a_sentence_starts_a_new_clause() -> None:
    # The clause before the colon starts after „…“: the cue of the sentence before is not its cue.
    text = (
        "Stoiber hatte die Rolle der Parteivorsitzenden betont: „Die Entscheidungen fallen dort.“ "
        "Die Anwendung der Richtlinie stellte der SPD-Vorsitzende Franz Müntefering ebenfalls in Frage: "
        "„Wer das macht, der weiß, dass die Koalition zu Ende ist.“"
    )
    quotes = _direct(text)
    assert len(quotes) == 2
    assert _mention(quotes[0]) == "Stoiber"
    assert "Müntefering" in (_mention(quotes[1]) or "")


def test_colon_goes_on_with_the_cue_that_governs_the_clause() -> None:
    text = (
        "Er glaubt weiterhin, dass das Team gestärkt aus der schwachen Saison 2005 hervorgegangen sei: "
        "„Wir haben gelernt, noch bescheidener zu sein und noch härter zu arbeiten.“"
    )
    quotes = _direct(text)
    assert len(quotes) == 1
    assert quotes[0].cue is not None
    assert quotes[0].cue.text == "glaubt"
    assert _mention(quotes[0]) == "Er"


def test_colon_after_a_possessive_subject_names_its_owner() -> None:
    text = (
        "Der Außenbeauftragte Javier Solana äußerte sich zuversichtlich: „Eine Einigung wird gelingen.“ "
        "Seine Zuversicht gründet sich auf Erfahrungen mit der Türkei: „Entscheidungen fallen immer spät.“"
    )
    quotes = _direct(text)
    assert len(quotes) == 2
    assert _mention(quotes[1]) == "Seine"
    assert quotes[1].speaker is not None
    assert quotes[1].speaker.name == "Javier Solana"


def test_a_conjunction_before_a_colon_names_no_one() -> None:
    text = "Er äußerte sich mit den Worten: „Die Nachricht ist einfach.“ Und: „Die Gefahren sind real.“"
    quotes = _direct(text)
    assert len(quotes) == 2
    assert _mention(quotes[1]) != "Und"


def test_quote_paragraph_continues_the_previous_speaker() -> None:
    text = "„Wir haben viel erreicht“, sagte Müller.\n\n„Aber die Arbeit ist noch nicht getan.“"
    quotes = _direct(text)
    assert len(quotes) == 2
    assert _mention(quotes[0]) == "Müller"
    assert quotes[1].speaker is not None
    assert quotes[1].speaker.mention == quotes[0].speaker.mention  # type: ignore[union-attr]


def test_a_quotation_right_after_a_cued_one_shares_the_verb_between_them() -> None:
    text = "„Das war ein harter Tag“, sagte Gisler im Zielraum. „Ich bin froh, dass es vorbei ist.“"
    quotes = _direct(text)
    assert [(_mention(q), q.cue.words if q.cue else None) for q in quotes] == [
        ("Gisler", "sagte"),
        ("Gisler", "sagte"),
    ]
    # a cue before the first quotation attributes only it: the second follows in a sentence of its own
    before = "Gisler sagte: „Das war ein harter Tag.“ Dann ging er. „Ich bin froh, dass es vorbei ist.“"
    assert [q.cue.words if q.cue else None for q in _direct(before)] == ["sagte", None]


def test_next_sentence_points_back() -> None:
    quotes = _direct("„Wir bleiben in der Stadt.“ Dies sagte der Bürgermeister am Montag.")
    assert len(quotes) == 1
    assert _mention(quotes[0]) == "der Bürgermeister"


def test_a_pointer_that_opens_the_next_paragraph_points_back() -> None:
    text = (
        "Der Verein hat gewonnen. „Wir sind sehr zufrieden mit dem Spiel.“\n\nDas sagte der Trainer danach."
    )
    quotes = _direct(text)
    assert len(quotes) == 1
    assert _mention(quotes[0]) == "der Trainer"
    # a sentence of narration there points nowhere
    assert _mention(_direct("„Wir sind sehr zufrieden mit dem Spiel.“\n\nDas Spiel war hart.")[0]) is None


def test_fragment_after_a_naming_verb() -> None:
    quotes = _direct("Der Grünen-Politiker Christian Ströbele sprach von einer „gezielten Indiskredition“.")
    assert len(quotes) == 1
    assert quotes[0].text == "gezielten Indiskredition"
    assert "Ströbele" in (_mention(quotes[0]) or "")


@pytest.mark.parametrize(
    "text",
    [
        "Der Film „Das Leben der Anderen“ läuft heute im Fernsehen.",
        "Die Zeitung „Yemen Observer“ berichtet in ihrer Onlineausgabe über den Fall.",
        "Das Unternehmen „Ener1 Group Inc.“ baut Batterien.",
    ],
)
def test_titles_and_names_are_no_quotations(text: str) -> None:
    assert _direct(text) == []


def test_no_speaker_is_invented() -> None:
    quotes = _direct("Es regnete den ganzen Tag.\n\n„Niemand weiß, wie es weitergeht.“")
    assert len(quotes) == 1
    assert quotes[0].speaker is None


def test_direct_quotes_without_marks_are_none(nlp: spacy.language.Language) -> None:
    doc = nlp.make_doc("Er sagte nichts.")
    assert find_direct_quotes(doc, find_marked_spans(doc.text), find_cues(doc)) == []


# "Das erklärte der „Rat für Sicherheit“ ." — the marked words are the speaker, not what was said.
NAMED_SPEAKER = [
    # word, POS, head, UD, TIGER, lemma
    ("Das", "PRON", "1", "obj", "oa", "der"),
    ("erklärte", "VERB", "1", "ROOT", "ROOT", "erklären"),
    ("der", "DET", "4", "det", "nk", "der"),
    ("„", "PUNCT", "4", "punct", "punct", "„"),
    ("Rat", "NOUN", "1", "nsubj", "sb", "Rat"),
    ("für", "ADP", "6", "case", "mo", "für"),
    ("Sicherheit", "NOUN", "4", "nmod", "nk", "Sicherheit"),
    ("“", "PUNCT", "4", "punct", "punct", "“"),
    (".", "PUNCT", "1", "punct", "punct", "."),
]


def test_marked_subject_of_the_speech_verb_is_a_name(scheme: labels.Scheme) -> None:
    from tests.handbuilt import build

    from quotekit.stages.direct.speech import names_the_speaker as _names_the_speaker

    doc = build(NAMED_SPEAKER, scheme, spaces=[True, True, True, False, True, True, False, False, False])
    (cue,) = [c for c in find_cues(doc) if c.kind == "verb"]
    (mark,) = find_marked_spans(doc.text)
    assert _names_the_speaker(doc, cue, mark.start, mark.end)
    # The object "Das" is no part of the subject: words there would still be a quotation.
    assert not _names_the_speaker(doc, cue, 0, 3)
    assert find_direct_quotes(doc, [mark], find_cues(doc)) == []


def test_parts_leave_out_white_space_inside_the_marks() -> None:
    text = "„ Wir haben auch mit Russland gesprochen, “ fügte der NATO-Chef hinzu."
    (quote,) = _direct(text)
    assert quote.text == "Wir haben auch mit Russland gesprochen,"
    assert text[quote.start : quote.end] == quote.text


def test_a_speech_verb_before_the_colon_is_the_cue_even_without_a_subject(scheme: labels.Scheme) -> None:
    from tests.handbuilt import build

    rows = [
        ("Auf", "ADP", "2", "case", "mo", "auf"),
        ("dem", "DET", "2", "det", "nk", "der"),
        ("Zettel", "NOUN", "4", "obl", "nk", "Zettel"),
        ("stand", "AUX", "4", "aux", "ROOT", "stehen"),
        ("geschrieben", "VERB", "4", "ROOT", "oc", "schreiben", "VerbForm=Part"),
        (":", "PUNCT", "4", "punct", "punct", ":"),
        ("„", "PUNCT", "8", "punct", "punct", "„"),
        ("Wir", "PRON", "8", "nsubj", "sb", "wir"),
        ("gehen", "VERB", "4", "parataxis", "oc", "gehen"),
        (".", "PUNCT", "8", "punct", "punct", "."),
        ("“", "PUNCT", "8", "punct", "punct", "“"),
    ]
    spaces = [True, True, True, True, False, True, False, True, False, False, False]
    doc = build(rows, scheme, spaces=spaces)
    (record,) = find_direct_quotes(doc, find_marked_spans(doc.text), find_cues(doc))
    assert record.cue is not None
    assert record.cue.text == "geschrieben"


def test_a_next_sentence_that_points_back_with_these_words_names_the_speaker() -> None:
    text = (
        "Reuschel konterte, die Union habe kein Konzept vorgelegt. Brenninger schüttelte den Kopf.\n\n"
        "„Wir werden nicht zulassen, dass Menschen gegeneinander ausgespielt werden.“ Mit diesem Satz "
        "erntete der Minister auch Applaus aus den Reihen der Opposition."
    )
    quotes = _direct(text)
    assert len(quotes) == 1
    assert _mention(quotes[0]) == "der Minister"
    assert quotes[0].cue is None


def test_a_clause_after_a_colon_that_points_back_with_these_words_names_the_speaker() -> None:
    text = (
        "Schulstreik in Kassel\n\n„Wir sind nicht faul, wir sind wütend“: Mit diesem Satz hat Schülersprecherin "
        "Linh Nguyen-Bauer am Freitag den Streik eröffnet."
    )
    quotes = _direct(text)
    assert len(quotes) == 1
    assert (_mention(quotes[0]) or "").endswith("Linh Nguyen-Bauer")


def test_a_quotation_after_the_reporter_talked_with_someone_is_that_persons() -> None:
    text = (
        "07:30 Uhr – Unsere Reporterin hat mit einer Intensivpflegerin gesprochen, die seit 19 Jahren im Haus "
        "arbeitet. „Ich liebe meinen Beruf. Aber ich gehe jeden Abend mit einem schlechten Gefühl nach Hause.“"
    )
    quotes = _direct(text)
    assert len(quotes) == 1
    assert _mention(quotes[0]) == "einer Intensivpflegerin"


def test_a_quotation_after_a_newsmaker_talked_with_someone_is_the_newsmakers() -> None:
    quotes = _direct("Der Minister sprach am Abend mit Journalisten. „Wir schaffen das.“")
    assert len(quotes) == 1
    assert _mention(quotes[0]) == "Der Minister"


def test_a_particle_verb_after_the_quote_that_the_tagger_calls_an_adverb_attributes_it() -> None:
    quotes = _direct("„Ich trete an als ein konservativer Republikaner“, strich Romney in Arbutus heraus.")
    assert len(quotes) == 1
    assert _mention(quotes[0]) == "Romney"


def test_a_reported_clause_before_a_colon_whose_subject_cannot_speak_names_no_one() -> None:
    text = (
        "Der Kommissar Ján Figeľ bekräftigte das Engagement der Kommission. Die Pflichten der Union seien im "
        "Vertrag klar festgelegt: „Daraus ergibt sich, dass nationales Recht dem Europäischen Recht nicht "
        "widersprechen darf.“"
    )
    quotes = _direct(text)
    assert len(quotes) == 1
    assert _mention(quotes[0]) != "Die Pflichten der Union"
    assert quotes[0].speaker is None or quotes[0].speaker.name != "Die Pflichten der Union"


def test_an_adjective_before_its_noun_after_the_quote_is_no_attribution_verb() -> None:
    text = (
        'Ein Sprecher der Polizei sprach von "spürbar mehr Berufsverkehr als an einem normalen Dienstag", '
        "größere Unfälle habe es aber nicht gegeben."
    )
    quotes = _direct(text)
    assert len(quotes) == 1
    assert _mention(quotes[0]) == "Ein Sprecher der Polizei"


def test_a_clause_joined_by_und_after_the_quote_is_no_attribution() -> None:
    text = (
        "Die Menge skandierte vor dem Rathaus Parolen wie „Weg mit dem Gesetz!“ und der Unternehmer Paul "
        "Sondhi rief den Leuten zu: „Wir bleiben hier.“"
    )
    slogan, said = _direct(text)
    assert _mention(slogan) == "Die Menge"
    assert _mention(said) == "der Unternehmer Paul Sondhi"


def test_a_role_subject_wins_over_the_medium_it_writes_in() -> None:
    text = "Ein Kommentator schrieb dazu im Nachrichtenmagazin DER SPIEGEL: „Das Verhalten ist nicht hinnehmbar.“"
    (quote,) = _direct(text)
    assert _mention(quote) == "Ein Kommentator"


def test_nach_eigenem_bekunden_in_the_sentence_before_names_its_subject() -> None:
    text = (
        "Die Bürgermeisterin Anna Berg war nach eigenem Bekunden seit langem über die Pläne informiert. "
        "„Ich habe das lange kommen sehen.“"
    )
    (quote,) = _direct(text)
    assert _mention(quote) == "Die Bürgermeisterin Anna Berg"


def test_a_main_clause_of_its_own_before_the_colon_gives_the_speaker() -> None:
    text = (
        "Die Ministerin Eva Roth wies diese Behauptung zurück, die Sprecherin der Fraktion, Lena Ott (SPD), "
        "erklärte: „Neiddebatten sind fehl am Platz.“"
    )
    (quote,) = _direct(text)
    assert "Lena Ott" in (_mention(quote) or "")


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # a predicate of several words after "als" under a verb of naming before it
        (
            "Der Minister bezeichnete den Plan als „Knaller aus Karlsruhe“.",
            "Knaller aus Karlsruhe",
            "Der Minister",
        ),
        # the verb of naming after the marks, at the end of its clause
        (
            "Die Opposition hat das Gesetz als „Angriff auf die Demokratie“ bezeichnet.",
            "Angriff auf die Demokratie",
            "Die Opposition",
        ),
    ],
)
def test_a_predicate_in_marks_after_als_under_a_verb_of_naming_is_quoted(
    text: str, fragment: str, speaker: str
) -> None:
    (quote,) = _direct(text)
    assert quote.text == fragment
    assert _mention(quote) == speaker


def test_a_quote_after_a_sentence_whose_parsed_subject_cannot_speak_goes_to_its_known_surname() -> None:
    from tests.handbuilt import Row, build

    from quotekit.stages.direct.neighbours import previous_sentence

    # "Derya Kaplan lacht. Ihren Beruf will Kaplan nicht aufgeben. »…«" with "Ihren Beruf" parsed as the
    # subject and "Kaplan" as an accusative object (as a weak parse gives it): the parsed subject cannot speak.
    rows: list[Row] = [
        ("Derya", "PROPN", "1", "nk", "pnc", "Derya"),
        ("Kaplan", "PROPN", "2", "nsubj", "sb", "Kaplan"),
        ("lacht", "VERB", "2", "ROOT", "ROOT", "lachen"),
        (".", "PUNCT", "2", "punct", "punct", "."),
        ("Ihren", "DET", "5", "det", "nk", "Ihr"),
        ("Beruf", "NOUN", "9", "nsubj", "sb", "Beruf"),
        ("will", "AUX", "9", "aux", "oc", "wollen"),
        ("Kaplan", "PROPN", "9", "obj", "oa", "Kaplan", "Case=Acc"),
        ("nicht", "PART", "9", "advmod", "ng", "nicht"),
        ("aufgeben", "VERB", "9", "ROOT", "ROOT", "aufgeben"),
        (".", "PUNCT", "9", "punct", "punct", "."),
    ]
    doc = build(rows)
    doc.ents = [doc.char_span(0, 12, label="PER")]
    found = previous_sentence(doc, [], len(doc.text), [], [])
    assert found.mention is not None
    assert doc.text[found.mention[0] : found.mention[1]] == "Kaplan"


def test_a_translation_in_brackets_after_a_quotation_is_no_attribution() -> None:
    # "(Trainer X nach dem 2:0)" names the speaker; a sentence in brackets translates the quotation.
    text = (
        "Neil Armstrong ist tot. 1969 lenkte er die Mondlandefähre „Eagle“ zum Meer der Ruhe und meldete sich "
        "mit den Worten: „Houston, Tranquillity Base here. The Eagle has landed.“ (Houston, hier ist das Meer "
        "der Ruhe. Der Adler ist gelandet.)"
    )
    quotes = [q for q in quotekit.extract(text) if q.text.startswith("Houston")]
    assert len(quotes) == 1
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name == "Neil Armstrong"
    listed = (
        "Der FC Beispiel gewann 2:0.\n\n„Wir haben verdient gewonnen.“ (Trainer Jan Beispiel nach dem 2:0)"
    )
    assert [q.speaker.name if q.speaker else None for q in quotekit.extract(listed)] == ["Jan Beispiel"]


def test_words_in_marks_after_a_persons_name_and_a_colon_are_said_even_without_a_verb() -> None:
    import quotekit

    text = (
        "Oltmanns: „Ein Sieg der ganzen Mannschaft“\n\nStade. Der HC Elbmarsch hat das Nordderby gewonnen. "
        "„Wir haben 60 Minuten Vollgas gegeben“, sagte Trainer Jens Oltmanns."
    )
    quotes = quotekit.extract(text)
    assert quotes[0].text == "Ein Sieg der ganzen Mannschaft"
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name == "Jens Oltmanns"
    # no person before the colon: a motto, no quotation
    assert quotekit.extract("Das Motto: «Zäme am Tisch»\n\nBern. Das Restaurant eröffnet neu.") == []


def _cue_words(quote: Quote) -> str | None:
    return None if quote.cue is None else quote.cue.words


def test_a_reaction_list_entry_is_introduced_by_its_colon() -> None:
    # "(SPD):" may come as one token: the cue is the colon alone, and it indexes the text.
    text = "Die Reaktionen:\n\nFinn Carstens (SPD): „Die Ministerin versteckt sich hinter Gutachten.“"
    (quote,) = _direct(text)
    assert quote.cue is not None
    assert quote.cue.text == ":"
    assert text[quote.cue.start : quote.cue.end] == ":"
    assert quote.speaker is not None
    assert quote.speaker.name == "Finn Carstens"


def test_a_dash_before_the_speaker_of_a_quotation_list_is_its_cue() -> None:
    text = "„Für mich zählt nur der Sieg.“ – Jannik Wollenberg\n\n„Beim 2:1 war ich zu spät.“ – Torhüter Max Ebner"
    quotes = _direct(text)
    assert [_cue_words(q) for q in quotes] == ["–", "–"]
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Jannik Wollenberg", "Max Ebner"]


def test_a_name_before_the_colon_of_an_interview_answer_is_no_cue() -> None:
    # The tagger may call "Al-Nouri" a verb; a word the recogniser takes for a name is none.
    text = "Was ist Ihr wichtigstes Rezept?\n\nRasha Al-Nouri: «Geduld. Ein guter Teig braucht Zeit.»"
    assert [_cue_words(q) for q in _direct(text)] == [":"]


def test_a_role_the_tagger_mistakes_still_names_the_speaker_after_a_dash() -> None:
    text = "„Ich bin einfach stolz auf diese Gruppe.“ – Ennstal-Kapitän Philipp Mandl"
    (quote,) = _direct(text)
    assert quote.speaker is not None
    assert quote.speaker.name == "Philipp Mandl"


def test_a_name_after_a_preposition_is_no_subject_of_the_cue() -> None:
    # "nach einem Treffen mit Bundesverkehrsminister Jochen Hammerstein": the parse may call him a subject.
    text = (
        "„Wir warten jetzt auf Berlin“, sagte Polens Infrastrukturministerin Agnieszka Wróblewska nach einem "
        "Treffen mit Bundesverkehrsminister Jochen Hammerstein (SPD) in Stettin."
    )
    (quote,) = _direct(text)
    assert quote.speaker is not None
    assert quote.speaker.name == "Agnieszka Wróblewska"


def test_a_sentence_of_so_and_the_source_after_a_quotation_attributes_it() -> None:
    text = (
        "Die Partei verliert Stimmen.\n\n"
        "„Wir haben den Auftrag bekommen, dieses Land weiter zu führen.“ So Landeshauptmann Gerhard Pirker am "
        "Wahlabend im Landhaus."
    )
    quotes = quotekit.extract(text)
    assert len(quotes) == 1  # the sentence of "So" reports nothing of its own
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name == "Gerhard Pirker"
    assert quotes[0].cue is not None
    assert quotes[0].cue.text == "So"


def test_a_relative_clause_on_the_source_after_so_keeps_the_sentence_an_attribution() -> None:
    text = (
        "In der Vorlage ist von einer «Belebung des Markts» die Rede.\n\n"
        "«Das ist keine Belebung, das ist das Ende des Bauernmarkts.» So Ruth Gasser, die seit 34 Jahren mit "
        "ihrem Mann Salat verkauft."
    )
    said = [q for q in quotekit.extract(text) if q.text.startswith("Das ist keine")]
    assert len(said) == 1
    assert said[0].speaker is not None
    assert said[0].speaker.name == "Ruth Gasser"
    assert said[0].cue is not None
    assert said[0].cue.text == "So"


def test_whose_view_the_sentence_before_gives_says_a_quotation_of_its_own() -> None:
    text = (
        "Hotelier Stefan Kröll ist empört. Die Steuerbehörde sieht in den Zimmern einen geldwerten Vorteil. "
        "Für Kröll sind sie etwas ganz anderes. „Ohne diese Zimmer bekomme ich keinen Koch.“"
    )
    quotes = quotekit.extract(text)
    assert len(quotes) == 1
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name == "Stefan Kröll"


def test_whom_an_act_is_for_does_not_say_the_quotation_after_it() -> None:
    text = (
        "Der Angeklagte Peter Huber schwieg. Für den Angeklagten forderte Staatsanwältin Eva Roth vier Jahre. "
        "„Er hat keine Reue gezeigt.“"
    )
    quotes = quotekit.extract(text)
    assert len(quotes) == 1
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name == "Eva Roth"


def test_so_opening_a_sentence_with_a_verb_is_no_source() -> None:
    text = "„Das geht nicht.“ So wird es aber gemacht, sagt der Chef."
    assert all(q.cue is None or q.cue.text != "So" for q in quotekit.extract(text))


def test_so_and_a_speech_verb_in_the_next_sentence_name_the_speaker_and_not_the_object() -> None:
    text = (
        "Die Brücke war wichtig. «Die Brücke hat gewarnt. Man hat ihr nicht zugehört.» So fasste "
        "Kommissionspräsident Prof. Dr. Rahul Menon die Ergebnisse zusammen."
    )
    quote = quotekit.extract(text)[0]
    assert quote.speaker is not None
    assert quote.speaker.name == "Rahul Menon"
    assert quote.speaker.mention is not None
    assert quote.speaker.mention.text == "Kommissionspräsident Prof. Dr. Rahul Menon"


def test_marks_after_a_naming_verb_are_said_though_a_parse_puts_them_in_its_subject() -> None:
    # "Palm nannte das Aus „…“": with the speaker before the verb, the marks are no part of a subject
    # (a weak parse makes "das Aus „…“" one); "Wie die „Aktion Deutschland hilft“ mitteilte" stays a name.
    quotes = _direct(
        "Bürgermeister Henrik Palm (BU) nannte das Aus „einen schweren Verlust für die Demokratie vor Ort“. "
        "Wie die „Aktion Deutschland hilft“ mitteilte, sei die Hilfe angekommen."
    )
    assert [q.text for q in quotes] == ["einen schweren Verlust für die Demokratie vor Ort"]


def test_the_colon_after_a_reaction_list_introduces_only_its_last_entry() -> None:
    # "X („…“), und Y: „…“": the quotation in brackets is X's, the one after the colon Y's alone.
    text = (
        "Begeistert äußerten sich auch der Leiter der Atomenergiebehörde, Mohammed ElBaradei („Mir fällt "
        "niemand ein, der diese Ehre mehr verdient hätte.“), und der norwegische Ministerpräsident Jens "
        "Stoltenberg: „Der Preis kommt nicht zu früh.“"
    )
    quotes = quotekit.extract(text)
    assert [(q.kind, q.speaker.name if q.speaker else None) for q in quotes] == [
        (QuoteKind.DIRECT, "Mohammed ElBaradei"),
        (QuoteKind.DIRECT, "Jens Stoltenberg"),
    ]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "Der Forscher riet allgemein zu „Gelassenheit und Aufmerksamkeit“.",
            ["Gelassenheit und Aufmerksamkeit"],
        ),
        ("Der Gewerkschafter warnte vor den „Lohnverzichtstheorien“.", ["Lohnverzichtstheorien"]),
        # topicalised and denied, the word is no one's
        ("Von «Shrinkflation» wolle er dabei aber nicht sprechen.", []),
    ],
)
def test_marked_words_after_the_preposition_of_a_verb_of_saying_are_said(
    text: str, quoted: list[str]
) -> None:
    assert [q.text for q in quotekit.extract(text) if q.kind.value == "direct"] == quoted


def test_a_verb_that_only_names_does_not_reach_into_a_clause_of_its_own_after_a_comma() -> None:
    import quotekit

    text = (
        "Verteidiger Aldin Hadžić kritisierte die Ermittlungen. Der Zeuge habe den Traktor in der Dunkelheit "
        "gesehen, das sei „keine Identifizierung, sondern eine Vermutung“."
    )
    fragment = next(q for q in quotekit.extract(text) if q.kind.value == "direct")
    assert fragment.cue is None or fragment.cue.text != "gesehen"
    assert fragment.speaker is not None
    assert fragment.speaker.name == "Aldin Hadžić"
    # A clause inserted between two commas leaves the marks with the naming verb.
    text = "Sarkozy bezeichnete die Worte, sollten sie wirklich gefallen sein, als „inakzeptabel“."
    quote = next(q for q in quotekit.extract(text) if q.kind.value == "direct")
    assert quote.text == "inakzeptabel"
    assert quote.cue is not None
    assert quote.cue.text == "bezeichnete"


def test_a_predicate_after_als_under_a_naming_verb_is_quoted_whatever_subject_the_parse_gives() -> None:
    import quotekit

    text = (
        "Der oberste geistliche Führer Irans, der zunächst Ahmadinedschads Wahlsieg als „Fest“ bezeichnete, ordnete "
        "inzwischen eine Untersuchung an."
    )
    assert [q.text for q in quotekit.extract(text)] == ["Fest"]


def test_a_particle_after_a_coordinated_verb_is_that_verb_s() -> None:
    from quotekit.stages.cues import particle_of

    doc = quotekit.load()(
        "Datenschützer äußerten grundsätzliche Bedenken an den Plänen und warfen der Regierung unter anderem "
        "„Wortbruch“ vor."
    )
    assert particle_of(doc[1]) is None  # "vor" closes the clause of "warfen", not of "äußerten"


def test_a_short_clause_in_marks_after_an_organisations_noun_is_its_name() -> None:
    # "der Händlergemeinschaft „Kassel kauft lokal“" names the association, though "sagte" governs the sentence
    text = (
        "„Jeder Parkplatz kostet uns Umsatz“, sagte Dominik Pavlović, Sprecher der Händlergemeinschaft „Kassel "
        "kauft lokal“, in der rund 80 Geschäfte organisiert sind."
    )
    assert [q.text for q in quotekit.extract(text)] == ["Jeder Parkplatz kostet uns Umsatz"]


def test_words_with_a_comma_in_marks_after_an_organisations_noun_are_quoted() -> None:
    # "in seinem Pflegedienst „Leistungen abgerechnet wurden, die …“": a fragment of what he admitted, no name
    text = (
        "Der Inhaber räumt ein, dass in seinem Pflegedienst „Leistungen abgerechnet wurden, die so nicht "
        "erbracht worden sind“."
    )
    assert any(q.text.startswith("Leistungen abgerechnet") for q in quotekit.extract(text))


def test_marks_after_the_object_of_nennen_are_what_it_was_called() -> None:
    # "nannte die Finanzierung »Chaos mit Ansage«": the second object of "nennen", said by the subject, also in
    # capitals; not a nickname after a noun with a preposition of its own
    said = quotekit.extract("Bernd Hofstätter nannte die Finanzierung »Chaos mit Ansage«.")
    assert [(q.text, q.speaker.name if q.speaker else None) for q in said] == [
        ("Chaos mit Ansage", "Bernd Hofstätter")
    ]
    assert (
        quotekit.extract("In der Türkei nennen ihn die Fans wegen seines Torjubels „Kartal“, den Adler.")
        == []
    )


def test_a_fragment_after_sich_zeigen_is_the_subjects_with_the_verb_and_sich_as_cue() -> None:
    # "zeigte sich „schwer enttäuscht“": the words the subject chose; "Die Lage zeigte sich „entspannt“" has no
    # one who could say them
    (quote,) = quotekit.extract(
        "Landesrat Robert Haslinger zeigte sich „schwer enttäuscht“. Er will Aufklärung."
    )
    assert quote.text == "schwer enttäuscht"
    assert quote.speaker is not None
    assert quote.speaker.name == "Robert Haslinger"
    assert quote.cue is not None
    assert [part.text for part in quote.cue.parts] == ["zeigte", "sich"]
    assert [q.text for q in quotekit.extract("Danach gab sich der Trainer „vorsichtig optimistisch“.")] == [
        "vorsichtig optimistisch"
    ]
    assert quotekit.extract("Die Lage zeigte sich am Abend „entspannt“.") == []


def test_a_subhead_quotes_the_role_or_body_before_its_colon_not_a_motto() -> None:
    # "Staatsanwältin: »Wie sein eigenes Konto«": a role or a body before the colon speaks, whatever the words
    # in the marks; "Motto: „…“" names no one who could
    said = quotekit.extract(
        "Der Angeklagte bekannte sich nicht schuldig.\n\nStaatsanwältin: »Wie sein eigenes Konto«\n\n"
        "Staatsanwältin Theresa Lindorfer sah das anders."
    )
    assert [(q.text, q.speaker.name if q.speaker else None) for q in said] == [
        ("Wie sein eigenes Konto", "Theresa Lindorfer")
    ]
    assert (
        quotekit.extract("Fest am See\n\nMotto: „Zäme am Tisch“\n\nDas Fest findet am Samstag statt.") == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "Der Gemeinderat tagte. Für Bürgermeister Hans Müller ist klar: „Wir müssen sparen.“",
        "Der Gemeinderat tagte. Für Hans Müller ist die Sache klar: „Wir müssen sparen.“",
    ],
)
def test_whose_view_a_clause_before_a_colon_gives_speaks(text: str) -> None:
    # "Für X ist klar:" gives X's view; before the fix the first had no speaker and the second "die Sache"
    assert [q.speaker.name if q.speaker else None for q in _direct(text)] == ["Hans Müller"]


@pytest.mark.parametrize("noun", ["Fazit", "Kommentar", "Resümee"])
def test_a_name_in_the_genitive_before_a_summing_up_noun_speaks(noun: str) -> None:
    # "Müllers Fazit: „…“": whose summing-up it is speaks (before the fix: no speaker)
    text = f"Bürgermeister Hans Müller zog Bilanz. Müllers {noun}: „Wir müssen sparen.“"
    assert [q.speaker.name if q.speaker else None for q in _direct(text)] == ["Hans Müller"]


def test_a_name_after_a_headlines_dash_introduces_the_quotation_not_the_verb_before_it() -> None:
    # "Langenfeld verliert Kellerduell – Kaczmarek: „…“": before the fix the club of "verliert" was the speaker
    text = (
        "Viktoria Langenfeld verliert Kellerduell – Kaczmarek: „Wir haben uns selbst geschlagen“\n\n"
        "Langenfeld. Die Lage beim FC Viktoria Langenfeld wird immer ernster. Trainer Uwe Kaczmarek sprach von einem "
        "bitteren Abend."
    )
    assert [q.speaker.name if q.speaker else None for q in _direct(text)] == ["Uwe Kaczmarek"]
    # a dash pair inside the clause leaves its subject and verb the introduction's
    text = "Die Ministerin – sichtlich bewegt – sagte: „Wir sind zufrieden.“"
    assert [_mention(q) for q in _direct(text)] == ["Die Ministerin"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "„Das ist nicht hinnehmbar“: Scholz kritisiert Russland scharf\n\n"
            "Berlin. Bundeskanzler Olaf Scholz hat die Angriffe verurteilt.",
            "Olaf Scholz",
        ),
        (
            "Brand in Lindau\n\nIn der Nacht ist eine Halle niedergebrannt.\n\n"
            "„Wir konnten nur noch die Tiere rausholen“: Landwirt Georg Thelen vor den Resten seiner Halle.",
            "Georg Thelen",
        ),
    ],
)
def test_a_name_after_the_colon_after_a_quotation_that_opens_its_line_says_who_said_it(
    text: str, speaker: str
) -> None:
    # headlines and captions: „…“: Name …
    quotes = quotekit.extract(text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == [speaker]
    assert quotes[0].cue is not None
    assert quotes[0].cue.text == ":"


def test_a_title_before_a_colon_and_a_name_is_no_quotation_of_that_name() -> None:
    assert (
        quotekit.extract(
            "„Tatort“: Kommissarin Lena Odenthal ermittelt wieder\n\nDer Krimi läuft am Sonntag."
        )
        == []
    )


def test_a_headline_quotation_before_a_colon_takes_the_speaker_the_body_quotes_it_with() -> None:
    # "Talwil" after the colon is the club; the body quotes the words again with the coach who said them
    text = (
        "«Das war ein Charaktersieg»: Talwil dreht das Derby\n\n"
        "Nach 40 Minuten lag der HC Talwil zurück. «Das war ein Charaktersieg», sagte Trainer Jari Lindqvist."
    )
    quotes = quotekit.extract(text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Jari Lindqvist", "Jari Lindqvist"]


def test_a_clause_after_a_fragment_that_opens_with_its_subject_is_no_attribution() -> None:
    quotes = _direct(
        "Die Direktorin spricht von einem „Wettlauf gegen die Zeit“, das Land verweist auf Ausschreibungen."
    )
    assert [(q.cue.text if q.cue else None, _mention(q)) for q in quotes] == [
        ("spricht von", "Die Direktorin")
    ]


def test_an_inverted_cue_after_a_fragment_still_attributes_it() -> None:
    quotes = _direct("Er nannte den Plan „unverantwortlich“, sagte der Minister.")
    assert [(q.cue.text if q.cue else None, _mention(q)) for q in quotes] == [("sagte", "der Minister")]


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg war verärgert. Ihr Kommentar zu Peter Maier: „Das war nichts.“",
        "Anna Berg war verärgert. Ihre Meinung über Peter Maier: „Das war nichts.“",
    ],
)
def test_a_possessive_statement_before_a_colon_is_its_owners_not_whom_it_is_about(text: str) -> None:
    quotes = quotekit.extract(text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("Das war nichts.", "Anna Berg")
    ]
