"""The installed de_quotekit_sm pipeline: quotation marks are tokens of their own, reported
speech is not cut into two sentences (issue 4, point 5), and the name ruler marks the person names
the recogniser misses (issue 13)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

QUOTE_PAIRS = [("„", "“"), ("»", "«"), ("«", "»"), ('"', '"'), ("‚", "‘")]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("de_quotekit_sm")


@pytest.mark.parametrize(("open_", "close"), QUOTE_PAIRS)
def test_quotation_marks_are_separate_tokens(nlp: Language, open_: str, close: str) -> None:
    text = f"Er sagte {open_}Wir sind stark{close}, und ging. {open_}Nein!{close} Das war's."
    words = [t.text for t in nlp(text)]
    assert words[:8] == ["Er", "sagte", open_, "Wir", "sind", "stark", close, ","]
    assert words[11:15] == [open_, "Nein", "!", close]


@pytest.mark.parametrize(
    "text",
    [
        "Sie rief:„Nein!“Dann ging sie.",
        "Sie rief: »Nein.«Dann ging sie.",
    ],
)
def test_marks_glued_to_words_are_split(nlp: Language, text: str) -> None:
    words = [t.text for t in nlp(text)]
    assert "Nein" in words
    assert "Dann" in words
    assert all(len(w) == 1 for w in words if any(q in w for q in "„“»«"))


@pytest.mark.parametrize("word", ["geht's", "Merkel'sche", "gibt's"])
def test_apostrophes_inside_words_stay(nlp: Language, word: str) -> None:
    assert word in [t.text for t in nlp(f"Er meint, {word} sei gut.")]


@pytest.mark.parametrize(("open_", "close"), QUOTE_PAIRS)
def test_reported_speech_is_one_sentence(nlp: Language, open_: str, close: str) -> None:
    text = (
        "Die Lage ist ernst. "
        f"{open_}Wir sind stark{close}, sagte er. "
        f"{open_}Wir geben nicht auf.{close} Danach ging er."
    )
    sents = [s.text for s in nlp(text).sents]
    assert f"{open_}Wir sind stark{close}, sagte er." in sents
    # a closing mark never opens the next sentence
    assert not any(s.startswith(close) for s in sents[1:] if close != open_)
    assert any(s.endswith(f"auf.{close}") for s in sents)


def test_pipeline_components(nlp: Language) -> None:
    for name in ("tagger", "morphologizer", "parser", "trainable_lemmatizer", "ner", "quotekit_names"):
        assert name in nlp.pipe_names
    assert set(nlp.pipe_labels["ner"]) == {"PER", "LOC", "ORG", "MISC"}


def test_a_blank_line_ends_a_sentence_and_is_tagged_as_space(nlp: Language) -> None:
    doc = nlp("Nato berät über Kiew\n\nDer Generalsekretär sagte, man sei bereit.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "Nato berät über Kiew"
    assert sents[1].startswith("Der Generalsekretär")
    breaks = [t for t in doc if t.is_space]
    assert [t.pos_ for t in breaks] == ["SPACE"]
    # the subject of the speech verb is still found after the paragraph break
    said = next(t for t in doc if t.text == "sagte")
    assert [c.text for c in said.children if c.dep_ == "nsubj"] == ["Generalsekretär"]


# --------------------------------------------------------------------------- name ruler (issue 13)
# quotekit_names, on hand-built Docs: a known first name or a title followed by capitalised words
# is PER unless the recogniser gives it another type with confidence (see NameRuler's docstring).


@pytest.fixture(scope="module")
def ruler(nlp: Language) -> Callable[[Doc], Doc]:
    return nlp.get_pipe("quotekit_names")  # type: ignore[no-any-return]


def _doc(
    nlp: Language,
    text: str,
    ents: dict[str, str] | None = None,
    pos: dict[str, str] | None = None,
    tags: dict[str, str] | None = None,
) -> Doc:
    """A Doc of the words of `text`; `ents` maps a word sequence to its recogniser label (its first
    occurrence), `pos` words to UD parts of speech, `tags` words to STTS tags."""
    words = text.split()
    iob = ["O"] * len(words)
    for phrase, label in (ents or {}).items():
        part = phrase.split()
        start = next(i for i in range(len(words)) if words[i : i + len(part)] == part)
        iob[start : start + len(part)] = [f"B-{label}"] + [f"I-{label}"] * (len(part) - 1)
    upos = [(pos or {}).get(w, "X") for w in words] if pos else None
    stts = [(tags or {}).get(w, "XY") for w in words] if tags else None
    return Doc(nlp.vocab, words=words, ents=iob, pos=upos, tags=stts)


def _ents(doc: Doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in doc.ents]


def test_name_ruler_runs_after_the_recogniser(nlp: Language) -> None:
    names = nlp.pipe_names
    assert names.index("quotekit_names") == names.index("ner") + 1


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # a first name and a surname the recogniser missed
        (
            "Gestern sprach Miriam Okonkwo in Bonn .",
            {"Bonn": "LOC"},
            [("Miriam Okonkwo", "PER"), ("Bonn", "LOC")],
        ),
        # middle names, hyphenated first names, particles
        ("Das sagte Hans-Peter von der Leyen .", {}, [("Hans-Peter von der Leyen", "PER")]),
        ("Mit Johann Wolfgang Goethe reiste er .", {}, [("Johann Wolfgang Goethe", "PER")]),
        # a particle only between the given names and the surname, not after a surname
        ("Das sagte Mayra Veliz von der Staatsanwaltschaft .", {}, [("Mayra Veliz", "PER")]),
        # exactly the run as ORG or LOC: a first-name run is a person
        ("Laut Anna Schmidt ist das falsch .", {"Anna Schmidt": "ORG"}, [("Anna Schmidt", "PER")]),
        # MISC or a part of the run as another type gives way
        ("Laut Anna Schmidt ist das falsch .", {"Anna": "MISC"}, [("Anna Schmidt", "PER")]),
        ("Laut Anna Schmidt ist das falsch .", {"Schmidt": "LOC"}, [("Anna Schmidt", "PER")]),
        # a PER entity that covers part of the run grows to the run
        ("Laut Anna Schmidt ist das falsch .", {"Schmidt": "PER"}, [("Anna Schmidt", "PER")]),
        # a MISC entity that is exactly the run stays (a work or a product named after a person)
        ("Er spielt James Bond im Film .", {"James Bond": "MISC"}, [("James Bond", "MISC")]),
        # after an article a first name is left to the recogniser
        ("Die Vorlage war der Roman Stolz und Vorurteil .", {}, []),
        # an ORG/LOC entity that contains the run and reaches beyond it stays
        (
            "Der Verlag Anna Schmidt wächst .",
            {"Verlag Anna Schmidt": "ORG"},
            [("Verlag Anna Schmidt", "ORG")],
        ),
        # named after a person: an institution word in or after the run
        ("Die Konrad Adenauer Stiftung lädt ein .", {}, []),
        ("Die Peter Müller GmbH wächst .", {}, []),
        # a first name alone is no run
        ("Das sagte Miriam am Montag .", {}, []),
        # a title and a name: the title is not part of the name
        ("Das sagte Frau Okonkwo am Montag .", {}, [("Okonkwo", "PER")]),
        ("Das sagte Prof. Dr. Miriam Weber am Montag .", {}, [("Miriam Weber", "PER")]),
        ("Das sagte Frau Ministerin Okonkwo am Montag .", {}, [("Okonkwo", "PER")]),
        # a title run with no first name keeps an ORG/LOC entity that is exactly its name
        ("Jede Frau Deutschlands weiß das .", {"Deutschlands": "LOC"}, [("Deutschlands", "LOC")]),
    ],
)
def test_name_ruler_marks_runs(
    nlp: Language,
    ruler: Callable[[Doc], Doc],
    text: str,
    ents: dict[str, str],
    expected: list[tuple[str, str]],
) -> None:
    assert _ents(ruler(_doc(nlp, text, ents))) == expected


def test_frau_after_an_article_is_no_title(nlp: Language, ruler: Callable[[Doc], Doc]) -> None:
    doc = _doc(nlp, "Sie traf die Frau Deutschlands .", pos={"die": "DET"})
    assert _ents(ruler(doc)) == []


def test_a_name_stops_at_a_sentence_start(nlp: Language, ruler: Callable[[Doc], Doc]) -> None:
    words = ["Er", "traf", "Anna", "Schmidt", ".", "Berlin", "Mitte", "ist", "groß", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        sent_starts=[True, False, False, False, False, True, False, False, False, False],
    )
    assert _ents(ruler(doc)) == [("Anna Schmidt", "PER")]
    doc = Doc(nlp.vocab, words=["Er", "traf", "Anna", "Schmidt"], sent_starts=[True, False, False, True])
    assert _ents(ruler(doc)) == []


def test_a_common_noun_ends_a_name_after_its_second_word(nlp: Language, ruler: Callable[[Doc], Doc]) -> None:
    text = "Damals hatte Horst Buhtz Trainer Otto Knefler abgelöst ."
    doc = _doc(nlp, text, pos={"Buhtz": "NOUN", "Trainer": "NOUN", "Knefler": "PROPN"})
    assert _ents(ruler(doc)) == [("Horst Buhtz", "PER"), ("Otto Knefler", "PER")]


@pytest.mark.parametrize("word", ["Paris", "Mai", "Will", "Berlin", "Florenz", "Israel"])
def test_words_the_data_show_to_be_something_else_are_no_first_names(ruler: Any, word: str) -> None:
    # checked against the NER training corpora when the lexicon is built (training/names.py)
    assert not ruler.is_first_name(word)


@pytest.mark.parametrize(
    ("name", "gender"),
    [("Angela", "female"), ("Olaf", "male"), ("Hans-Peter", "male"), ("Anna-Lena", "female")],
)
def test_first_names_carry_gender_evidence(ruler: Any, name: str, gender: str | None) -> None:
    assert ruler.is_first_name(name)
    assert ruler.gender(name) == gender


def test_name_ruler_lexicon_carries_its_attribution(ruler: Any) -> None:
    attribution = " ".join(ruler.lexicon["attribution"])
    for needed in ("LABO", "BerlinOnline", "CC BY 3.0 DE", "coreferee", "Köln"):
        assert needed in attribution


def test_name_ruler_round_trips_through_disk_and_bytes(nlp: Language, ruler: Any, tmp_path: Path) -> None:
    ruler.to_disk(tmp_path / "names")
    fresh = spacy.blank("de").add_pipe("quotekit_names").from_disk(tmp_path / "names")
    assert fresh.first_names == ruler.first_names
    assert spacy.blank("de").add_pipe("quotekit_names").from_bytes(ruler.to_bytes()).titles == ruler.titles
    text = "Gestern sprach Miriam Okonkwo mit Frau Weber ."
    assert _ents(fresh(_doc(nlp, text))) == _ents(ruler(_doc(nlp, text)))


# --------------------------------------------------------------------------- surnames (issue 13, second round)
# A surname the doc vouches for (the last word of a person's full name, or a name after a title) is
# PER wherever it recurs outside an entity: news name a person in full once, by surname after that.


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # the full name first, the surname and its genitive later
        (
            "Helmut Kohl kam nach Bonn . Kohl sagte , Kohls Plan sei gut .",
            {"Helmut Kohl": "PER", "Bonn": "LOC"},
            [("Helmut Kohl", "PER"), ("Bonn", "LOC"), ("Kohl", "PER"), ("Kohls", "PER")],
        ),
        # the surname before the full name (a headline)
        (
            "Okonkwo warnt . Miriam Okonkwo sagte das .",
            {},
            [("Okonkwo", "PER"), ("Miriam Okonkwo", "PER")],
        ),
        # a title vouches for the name after it
        ("Frau Okonkwo kam . Okonkwo sagte das .", {}, [("Okonkwo", "PER"), ("Okonkwo", "PER")]),
        # a surname after an article is a common noun (der Koch)
        ("Peter Koch kam . Der Koch blieb .", {"Peter Koch": "PER"}, [("Peter Koch", "PER")]),
        # the recogniser's other type stays (a firm named after its founder)
        (
            "Porsche wächst . Ferdinand Porsche kam .",
            {"Porsche": "ORG", "Ferdinand Porsche": "PER"},
            [("Porsche", "ORG"), ("Ferdinand Porsche", "PER")],
        ),
        # a one-word PER entity vouches for nothing: the recogniser may be wrong
        ("Kohl sagte das . Kohl ging .", {"Kohl": "PER"}, [("Kohl", "PER")]),
        # a first name at the end of a name is no surname (Anna Maria ... Maria)
        ("Anna Maria kam . Maria sagte das .", {"Anna Maria": "PER"}, [("Anna Maria", "PER")]),
        # glued to a capitalised word before it: the words of the full name come along ...
        (
            "Leonardo Di Caprio kam . Dort lachte Di Caprio .",
            {"Leonardo Di Caprio": "PER"},
            [("Leonardo Di Caprio", "PER"), ("Di Caprio", "PER")],
        ),
        # ... and where they are not those of the full name, the surname is part of another name
        (
            "Anton Schlecker gründete sie . Bei Drogerie Schlecker arbeiten viele .",
            {"Anton Schlecker": "PER"},
            [("Anton Schlecker", "PER")],
        ),
        # a role word before it is no part of the name
        (
            "Helmut Kohl kam . Dann sagte Bundeskanzler Kohl das .",
            {"Helmut Kohl": "PER"},
            [("Helmut Kohl", "PER"), ("Kohl", "PER")],
        ),
    ],
)
def test_surname_the_text_vouches_for_is_a_name_where_it_recurs(
    nlp: Language,
    ruler: Callable[[Doc], Doc],
    text: str,
    ents: dict[str, str],
    expected: list[tuple[str, str]],
) -> None:
    assert _ents(ruler(_doc(nlp, text, ents))) == expected


def test_surname_right_after_a_person_continues_that_name(nlp: Language, ruler: Callable[[Doc], Doc]) -> None:
    # the recogniser found the given name alone the second time (Onuora/PER Ogbukagu)
    words = ["Onuora", "Ogbukagu", "sprach", ".", "Dann", "lachte", "Onuora", "Ogbukagu", "."]
    iob = ["B-PER", "I-PER", "O", "O", "O", "O", "B-PER", "O", "O"]
    doc = Doc(nlp.vocab, words=words, ents=iob)
    assert _ents(ruler(doc)) == [("Onuora Ogbukagu", "PER"), ("Onuora Ogbukagu", "PER")]


STTS = {"PROPN": "NE", "NOUN": "NN"}


@pytest.mark.parametrize("scheme", ["UD", "STTS"])
@pytest.mark.parametrize(
    ("text", "pos", "expected"),
    [
        # a role word before a name: the role is not part of the name
        ("Heute sagte Bundeskanzler Kohl das .", {"Kohl": "PROPN"}, [("Kohl", "PER")]),
        ("Der Vorsitzende Bogdanow trat zurück .", {"Bogdanow": "PROPN"}, [("Bogdanow", "PER")]),
        # a common noun after a role is its object (ordnete der Präsident Maßnahmen an)
        ("Dann ordnete der Präsident Maßnahmen an .", {"Maßnahmen": "NOUN"}, []),
        # an indefinite role names nobody
        ("Dort sagte ein Sprecher Reportern nichts .", {"Reportern": "PROPN"}, []),
        # a role in brackets after a name says where the person works
        (
            "Dennis Ohlsen ( Trainer Kaltenbach ) sagte das .",
            {"Kaltenbach": "PROPN"},
            [("Dennis Ohlsen", "PER")],
        ),
    ],
)
def test_role_word_before_a_name(
    nlp: Language,
    ruler: Callable[[Doc], Doc],
    scheme: str,
    text: str,
    pos: dict[str, str],
    expected: list[tuple[str, str]],
) -> None:
    if scheme == "UD":
        doc = _doc(nlp, text, pos=pos)
    else:
        doc = _doc(nlp, text, tags={w: STTS[p] for w, p in pos.items()})
    assert _ents(ruler(doc)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das sagte George W. Bush gestern .", [("George W. Bush", "PER")]),
        # the surname after the initial may be tagged as a noun; a role may stand before the name
        ("Dann kam Senatspräsident Clarence E. Case an .", [("Clarence E. Case", "PER")]),
        # an initial with no name word after it ends the name (Anna B. am Montag): a first name alone
        ("Das sagte Anna B. am Montag .", []),
    ],
)
def test_an_initial_between_name_words(
    nlp: Language, ruler: Callable[[Doc], Doc], text: str, expected: list[tuple[str, str]]
) -> None:
    assert _ents(ruler(_doc(nlp, text, pos={"Case": "NOUN"}))) == expected


def test_surnames_can_be_switched_off(nlp: Language) -> None:
    fresh = spacy.blank("de").add_pipe("quotekit_names", config={"surnames": False})
    fresh.from_bytes(nlp.get_pipe("quotekit_names").to_bytes())
    doc = _doc(nlp, "Helmut Kohl kam . Kohl sagte das .", {"Helmut Kohl": "PER"})
    assert _ents(fresh(doc)) == [("Helmut Kohl", "PER")]


def test_role_words_can_be_switched_off(nlp: Language) -> None:
    fresh = spacy.blank("de").add_pipe("quotekit_names", config={"roles": False})
    fresh.from_bytes(nlp.get_pipe("quotekit_names").to_bytes())
    doc = _doc(nlp, "Heute sagte Bundeskanzler Kohl das .", pos={"Kohl": "PROPN"})
    assert _ents(fresh(doc)) == []


def test_sentence_guard_leaves_a_parsed_doc_alone(nlp: Language) -> None:
    doc = nlp("„Wir sind stark“, sagte er. Dann ging er.")
    before = [t.is_sent_start for t in doc]
    assert [t.is_sent_start for t in nlp.get_pipe("quotekit_quote_sentences")(doc)] == before
