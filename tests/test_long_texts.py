"""Long texts are parsed in chunks and analysed as one text (quotekit.chunking, issue 14).

Chunks are forced small here (one block of paragraphs each) so that the tests stay fast.
"""

from __future__ import annotations

import pytest
import spacy
from tests.strategies import assert_spans_index

import quotekit
from quotekit import Quote, chunking
from quotekit.components import COMPONENTS, annotate, defer, is_deferred

# Quote-dense: a pronoun quoted first (its person is named at the end of the block before), reported
# speech, a direct quotation with a surname, a person named last.
BLOCK = (
    "„Wir bleiben bei unserem Kurs“, sagte er am Montag in Berlin.\n\n"
    "Die Ministerin Anna Berger kündigte an, die Regierung werde die Mittel für Schulen erhöhen. "
    "„Das ist ein guter Tag für die Kinder“, sagte Berger.\n\n"
    "Der Abgeordnete Thomas Keller widersprach der Ministerin im Ausschuss.\n\n"
)
COPIES = 20


def _where(quote: Quote, offset: int = 0) -> tuple[object, ...]:
    """Everything about a quotation but its speaker's name, moved back by `offset`."""
    cue = None if quote.cue is None else (quote.cue.start - offset, quote.cue.end - offset, quote.cue.lemma)
    mention = None
    if quote.speaker is not None and quote.speaker.mention is not None:
        mention = (quote.speaker.mention.start - offset, quote.speaker.mention.text)
    parts = tuple((part.start - offset, part.end - offset, part.text) for part in quote.parts)
    return parts, quote.kind, cue, mention


@pytest.fixture(scope="module")
def one_block() -> list[Quote]:
    return quotekit.extract(BLOCK)


@pytest.fixture(scope="module")
def chunked() -> list[Quote]:
    """BLOCK × COPIES, parsed one block per chunk."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(chunking, "CHUNK_CHARS", len(BLOCK))
        return quotekit.extract(BLOCK * COPIES)


def test_the_block_has_its_three_quotations(one_block: list[Quote]) -> None:
    assert [q.kind.value for q in one_block] == ["direct", "indirect", "direct"]


def test_copies_in_chunks_give_the_quotations_of_one_copy_shifted(
    one_block: list[Quote], chunked: list[Quote]
) -> None:
    assert len(chunked) == COPIES * len(one_block)
    for copy in range(COPIES):
        found = chunked[copy * len(one_block) : (copy + 1) * len(one_block)]
        assert [_where(q, copy * len(BLOCK)) for q in found] == [_where(q) for q in one_block]
    assert_spans_index(BLOCK * COPIES, chunked)


def test_a_pronoun_at_a_chunk_start_is_the_person_named_in_the_chunk_before(chunked: list[Quote]) -> None:
    first_quotes = chunked[3::3]  # "„…“, sagte er" opening every block after the first
    assert len(first_quotes) == COPIES - 1
    for quote in first_quotes:
        assert quote.speaker is not None
        assert quote.speaker.name == "Thomas Keller"


def test_speakers_named_in_every_chunk_keep_their_names(one_block: list[Quote], chunked: list[Quote]) -> None:
    names = [q.speaker.name if q.speaker else None for q in one_block[1:]]
    for copy in range(COPIES):
        found = chunked[copy * 3 + 1 : copy * 3 + 3]
        assert [q.speaker.name if q.speaker else None for q in found] == names


def test_chunked_text_gives_what_the_whole_text_gives(chunked: list[Quote]) -> None:
    assert quotekit.extract(BLOCK * COPIES) == chunked  # one chunk: the text is shorter than CHUNK_CHARS


def test_a_quotation_over_a_paragraph_break_is_not_cut(monkeypatch: pytest.MonkeyPatch) -> None:
    quotation = "„Wir haben viel erreicht.\n\n„Und wir machen weiter“, sagte Keller."
    text = "Der Abgeordnete Thomas Keller sprach im Ausschuss.\n\n" + quotation + "\n\nDann ging er."
    whole = quotekit.extract(text)
    monkeypatch.setattr(chunking, "CHUNK_CHARS", text.index("Und") + 5)  # the blank line inside is nearest
    pieces = list(chunking.chunks(text, chunking.CHUNK_CHARS))
    assert [offset for offset, _ in pieces][1] == text.index("„Wir")
    found = quotekit.extract(text)
    assert found == whole
    assert [part.text for part in found[0].parts] == ["Wir haben viel erreicht.", "Und wir machen weiter"]


def test_two_processes_give_the_same_results_for_long_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chunking, "CHUNK_CHARS", len(BLOCK))
    texts = [BLOCK * 4, "„Eins“, sagte Anna.", "Kein Zitat.", BLOCK * 3]
    one = list(quotekit.extract_many(texts))
    assert [len(quotes) for quotes in one] == [12, 1, 0, 9]
    assert list(quotekit.extract_many(texts, n_process=2)) == one


def test_a_deferred_doc_passes_the_components_until_annotate_runs_them() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    doc = nlp(defer(nlp.make_doc("Er kam. „Das ist gut.“")))
    assert is_deferred(doc)
    assert doc._.quotes == []
    annotate(nlp, doc)
    assert not is_deferred(doc)
    assert [q.text for q in doc._.quotes] == ["Das ist gut."]
