"""Narration at the edges of reported speech: a date line is where a text comes from, not what was said."""

from __future__ import annotations

import pytest

import quotekit
from quotekit.stages.reported.narration import date_line_end
from quotekit.syntax.datelines import date_line_place


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("BERLIN (dpa) – Die Lage", "Die Lage"),
        ("Hannover – Die Lage", "Die Lage"),
        ("Frankfurt/Main (AFP) Laut Polizei", "Laut Polizei"),
        ("Bern, 3. Mai 2024 – Der Bundesrat", "Der Bundesrat"),
        ("WIEN. Der Kanzler", "Der Kanzler"),
    ],
)
def test_a_date_line_opening_a_paragraph_is_found(text: str, rest: str) -> None:
    end = date_line_end(text, 0)
    assert end is not None
    assert text[end:] == rest


@pytest.mark.parametrize(
    "text",
    [
        "Angela Merkel (CDU) – die Kanzlerin",  # a party in brackets, not an agency
        "Die Lage – so ernst wie nie – sei",  # an article and a noun, not a place
        "Die Lage (so ernst) ist",
    ],
)
def test_a_name_or_a_noun_phrase_is_no_date_line(text: str) -> None:
    assert date_line_end(text, 0) is None


def test_a_date_line_mid_paragraph_is_left_alone() -> None:
    assert date_line_end("Er kam. Hannover – Die Lage", 8) is None


def test_a_reported_sentence_after_a_date_line_leaves_the_date_line_out() -> None:
    quotes = quotekit.extract("Bern, 3. Mai 2024 – Die Reserve werde verlängert, teilte der Bundesrat mit.")
    assert [(q.kind.value, q.text) for q in quotes] == [("indirect", "Die Reserve werde verlängert")]
    quotes = quotekit.extract("Wien (APA) - Nach Angaben der Polizei wurde niemand verletzt.")
    assert [q.text for q in quotes] == ["wurde niemand verletzt"]


def test_a_cue_in_a_conditional_clause_reports_nothing() -> None:
    text = (
        "Der Angeklagte schwieg. Hätte er ausgesagt, wäre es seine erste Äußerung seit der Festnahme gewesen."
    )
    assert quotekit.extract(text) == []


def test_a_konjunktiv_sentence_that_opens_with_its_verb_is_a_conditional_not_a_report() -> None:
    text = (
        "Nachdem die USA Zölle von 25 Prozent auf Maschinen angekündigt haben, reist Wirtschaftsministerin "
        "Monika Rütimann kommende Woche nach Washington. Würden die Zölle tatsächlich eingeführt, wären sie "
        "die höchsten, welche die USA je gegen Schweizer Produkte verhängt haben."
    )
    assert quotekit.extract(text) == []


def test_a_plural_weak_preterite_after_a_statement_is_narration() -> None:
    text = (
        "Die Reparatur habe sich schwierig gestaltet, sagte ein Sprecher der Bahn. Reisende seien mit Bussen "
        "umgeleitet worden. Am Bahnhof warteten am Mittag Hunderte auf ihre Anschlüsse."
    )
    found = [q.text for q in quotekit.extract(text)]
    assert "Reisende seien mit Bussen umgeleitet worden" in found
    assert not any("warteten" in quote for quote in found)


def test_a_date_line_may_open_a_paragraph_that_a_quotation_goes_on() -> None:
    text = "Langenwil – «Ich habe einfach nur geweint.»"
    assert date_line_end(text, 0) == text.index("«")


@pytest.mark.parametrize(
    "text",
    [
        "Fusion scheitert an Rotenfluh\nOberried und Niederried sagen Ja, Rotenfluh lehnt den Zusammenschluss mit "
        "58 Prozent ab\n\nRotenfluh. Aus der Gemeinde wird nichts.",
        "Deutlich Nein sagten die Gemeinden im Norden des Kantons, in Hinterlauenen lag der Nein-Anteil bei 71 "
        "Prozent.",
    ],
)
def test_the_clause_after_an_answer_someone_gives_is_the_narrators(text: str) -> None:
    # "Ja sagen", "Nein sagen": the answer is what the verb reports, the clause after the comma is narration
    assert quotekit.extract(text) == []


def test_an_indicative_clause_after_a_dash_is_the_narrators_next() -> None:
    text = (
        "Blitzer an der Kastanienallee: 9.400 Bußgeldbescheide in sechs Wochen\n"
        "Autofahrer zweifeln an der Messung – die Stadt hält an dem Gerät fest\n\n"
        "Lindhagen – Der Blitzer steht erst seit Anfang September."
    )
    assert quotekit.extract(text) == []


def test_a_konjunktiv_clause_after_a_dash_still_reports() -> None:
    (quote,) = quotekit.extract("Der Minister sagte – und das sei neu –, man werde prüfen.")
    assert quote.text == "man werde prüfen"


def test_a_byline_of_pipes_a_date_and_an_author_reports_nothing() -> None:
    # "|" may be tagged a Konjunktiv auxiliary; a symbol is no verb
    for line in ("Wissenschaft | 11.04.2025 | Von Elias Pichlmayr", "Wien | 23.07.2024 | Von Lisa Stadlober"):
        text = f"Gletscher schmelzen weiter\n\nFür viele Gletscher sieht es düster aus.\n\n{line}\n\nDas Jahr war schlecht."
        assert quotekit.extract(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Titel\n\nTeaser.\n\nVelden (dpa) – Die Brücke", "Velden"),
        ("Titel\n\nOSTERHOLM. Die Brücke", "Osterholm"),
        ("Titel\n\nGerlingshausen. – Nach wochenlanger Kritik", "Gerlingshausen"),
        ("Titel\n\nBern, 3. Mai 2024 – Der Bundesrat", "Bern"),
        ("Titel\n\nBad Holmstadt. Die Stadt", "Bad Holmstadt"),
    ],
)
def test_the_date_lines_place_is_read_as_a_name(text: str, place: str) -> None:
    assert date_line_place(text, lambda start, end: True) == place


def test_a_place_alone_and_a_full_stop_counts_only_where_the_caller_says_it_names_a_place() -> None:
    text = "Titel\n\nAchtung. Die Brücke ist gesperrt.\n\nVelden (dpa) – Die Stadt"
    assert date_line_place(text, lambda start, end: False) == "Velden"
    assert date_line_place("Die Brücke ist gesperrt.", lambda start, end: True) is None


def _reported_texts(text: str) -> list[str]:
    return [q.text for q in quotekit.extract(text) if q.kind is not quotekit.QuoteKind.DIRECT]


def test_a_weak_preterite_whose_umlaut_is_its_stems_is_narration() -> None:
    # "kämpfte" (of "kämpfen") is the preterite, not a Konjunktiv II by its umlaut: the sentence after a report
    # narrates what the president did
    text = (
        "Verteidiger Mauro Steffen sagte, er brauche jetzt ein paar Tage.\n\n"
        "Präsidentin Barbara Hungerbühler, die den Verein 2009 mitgegründet hatte, kämpfte mit den Tränen. «Vor 16 "
        "Jahren haben wir angefangen», sagte sie."
    )
    assert _reported_texts(text) == ["er brauche jetzt ein paar Tage"]


def test_a_plural_the_preterite_shares_narrates_in_a_new_paragraph_and_reports_right_after() -> None:
    # "blieben", "gingen": the Konjunktiv II plural is the preterite's too; right after a report in its paragraph
    # it stands in for the Konjunktiv I, a paragraph later it narrates
    text = (
        "Die Bank sagte, sie sei zufrieden. Alle Filialen blieben zunächst geöffnet.\n\n"
        "Vor dem Rathaus gingen die Meinungen auseinander."
    )
    assert _reported_texts(text) == ["sie sei zufrieden", "Alle Filialen blieben zunächst geöffnet"]


@pytest.mark.parametrize(
    "refusal",
    [
        "Ob der Gemeinde ein Regierungskommissär drohe, wollte er nicht sagen.",
        "Ob es weitere Opfer gebe, konnte die Polizei noch nicht sagen.",
        "Welche Filialen betroffen sein könnten, wollte der Sprecher nicht beantworten.",
    ],
)
def test_what_someone_would_not_say_is_no_report(refusal: str) -> None:
    # a verb of saying negated in the indicative governs the Konjunktiv of the question before it: no one said it
    text = f"Der Bürgermeister sagte, die Lage sei ernst. {refusal} Er sei aber zuversichtlich."
    assert _reported_texts(text) == ["die Lage sei ernst", "Er sei aber zuversichtlich"]


def test_a_refusal_in_the_konjunktiv_is_reported() -> None:
    text = "Der Bürgermeister sagte, die Lage sei ernst. Er wolle das nicht kommentieren."
    assert _reported_texts(text) == ["die Lage sei ernst", "Er wolle das nicht kommentieren"]


@pytest.mark.parametrize(
    "appeal",
    [
        "Zeugen werden gebeten, sich bei der Polizei zu melden.",
        "Wer den Unfall beobachtet hat, wird gebeten, sich unter der Nummer 110 zu melden.",
    ],
)
def test_the_stock_appeal_to_witnesses_quotes_no_one(appeal: str) -> None:
    assert _reported_texts(f"Ein Radfahrer wurde schwer verletzt. {appeal}") == []


def test_a_request_with_its_asker_or_in_the_active_is_reported() -> None:
    text = (
        "Der Gemeinderat wurde vom Elternverein gebeten, die Schule offen zu halten. "
        "Die Polizei bat die Anwohner, die Fenster zu schließen."
    )
    assert _reported_texts(text) == ["die Schule offen zu halten", "die Fenster zu schließen"]
