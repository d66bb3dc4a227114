"""Where the speaker of a direct quotation is looked for, in this order (`place`):

1. an inserted attribution between the parts of a split quote: „…“, sagte er, „…“; or the name right
   before a bracket the quotation fills: Jan Müller („…“) (`brackets`);
2. the rest of its sentence after it (`after`): „…“, sagte er. / „…“, so Price.;
3. the start of its sentence before it (`before`): Er sagte: „…“ / Faeser: „…“, or for a fragment in
   mid-sentence the clause that holds it: Schüssel würdigte ihn als „großen Österreicher“.
4. and 5., for a quotation that makes a sentence of its own, the next and the previous sentence
   (`neighbours`), tried by `quotekit.stages.direct.find_direct_quotes` once the quotation is known to
   be said; the clause after a colon that points back to it („…“: Mit diesem Satz eröffnete X …) here.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from quotekit.lang.de.words import german
from quotekit.records import CharSpan, CueKind, CueMatch
from quotekit.stages.direct.after import after_quote, colon_speaker_after, format_attribution, words_after_end
from quotekit.stages.direct.attribution import NOTHING, Attribution, Strength, cues_in
from quotekit.stages.direct.before import clause_start, colon_introduction, fragment_in_clause
from quotekit.stages.direct.brackets import bracketed_after_name
from quotekit.stages.direct.neighbours import next_sentence
from quotekit.stages.direct.speech import looks_like_speech
from quotekit.stages.marks import MarkedSpan
from quotekit.syntax.datelines import date_line_end
from quotekit.syntax.docindex import sentence_range, text_of, token_text
from quotekit.syntax.mentions import speaker_of_cue
from quotekit.syntax.spans import last_token_between, paragraph_bounds, tokens_between

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["place"]


def sentence_start(doc: Doc, open_start: int, floor: int) -> int:
    """Where the sentence holding the opening mark at `open_start` starts, not before `floor`."""
    last = last_token_between(doc, floor, open_start)
    if last is None:
        return open_start
    start = doc[sentence_range(last)[0]].idx  # (``last.sent.start_char``, without making the span)
    # A sentence that ends right before the mark ("… gesagt. „…“") leaves nothing before the quote.
    if token_text(last) in {".", "!", "?"} and last.i + 1 < len(doc) and doc[last.i + 1].is_sent_start:
        return open_start
    return max(start, floor)


def place(
    doc: Doc,
    group: Sequence[MarkedSpan],
    cues: Sequence[CueMatch],
    floor: int,
    marked: Sequence[CharSpan] = (),
) -> tuple[Attribution, bool, bool]:
    """The attribution of one quotation, whether it begins its sentence, and whether it ends it.

    `marked` are all quotation-mark spans of the text: a speaker mention never lies inside one.
    """
    text = text_of(doc)
    outside = [*marked, *((m.open_start, m.close_end) for m in group)]
    first, last = group[0], group[-1]
    # 1. Inserted attribution between parts: „…“, sagte er, „…“.
    for previous, following in itertools.pairwise(group):
        for cue in cues_in(cues, previous.close_end, following.open_start, frozenset({CueKind.VERB})):
            return Attribution(cue, speaker_of_cue(doc, cue, outside), strength=Strength.CUED), False, False
    para_start, para_end = paragraph_bounds(doc, first.open_start, last.close_end)
    end = words_after_end(doc, last.close_end, para_end)
    start = sentence_start(doc, first.open_start, max(para_start, floor))
    before = text[start : first.open_start]
    # (a date line before it, "Langenwil – «…»", is no sentence the quotation goes on)
    begins = before.strip() == "" or date_line_end(text, start) == first.open_start
    ends = text[last.close_end : end].strip(" \t,.!?)") == ""
    # „…“ in brackets right after a name: a reaction list's "Jan Müller („Ein guter Tag“) und …".
    found = bracketed_after_name(doc, first.open_start, last.close_end, start)
    if found.mention is not None:
        return found, False, False
    # 2. After the quote, in the same sentence.
    found = after_quote(doc, cues, last.close_end, end, outside, fragment=not begins)
    introduced = before.rstrip().endswith(":")
    if (found.mention is not None or found.cue is not None) and not (
        introduced and _reports_on(text, found, end)
    ):
        return found, begins, False
    # „…“ (Trainer X nach dem 2:0) / „…“ – Gründerin X: a list's own attribution, in the paragraph.
    found = format_attribution(doc, last.close_end, para_end, outside)
    if found.mention is not None:
        return found, begins, False
    # „…“: Mit diesem Satz eröffnete X …: a colon after the quotation, and a clause that points back to it.
    if begins and text[last.close_end : end].lstrip(" \t").startswith(":"):
        found = next_sentence(doc, cues, last.close_end, outside)
        if found.mention is not None:
            return found, begins, False
        # „…“: Scholz kritisiert Russland: a headline's or caption's speaker right after the colon (words that make
        # a clause only: "„Tatort“: Kommissarin Lena Odenthal ermittelt" names a title)
        if looks_like_speech(text, doc, first.start, last.end)[0]:
            found = colon_speaker_after(doc, last.close_end, para_end, outside)
            if found.mention is not None:
                return found, begins, False
    # 3. Before the quote: a colon introduction or the clause around a fragment.
    if introduced:
        colon = start + len(before.rstrip()) - 1
        # The clause before a colon, by characters: parsers often cut sentences at the colon.
        clause_begin = clause_start(text, colon, para_start)
        return colon_introduction(doc, cues, clause_begin, colon, outside), False, ends
    if not begins:
        quote_tokens = tokens_between(doc, first.start, last.end)
        sentence = quote_tokens[0].sent if quote_tokens else None
        if sentence is not None:
            return fragment_in_clause(doc, cues, sentence, quote_tokens, outside), False, ends
    return NOTHING, begins, ends


def _reports_on(text: str, found: Attribution, end: int) -> bool:
    """ "Sie sagte: „…“, weiter erklärte sie, dass …": a cue after the quotation that goes on to a clause of its
    own reports that clause; the quotation is the colon's."""
    if found.cue is None:
        return False
    after = found.cue.end_with(found.mention)
    rest = text[after:end].strip()
    if not rest.startswith(","):
        return False
    words = rest[1:].split(maxsplit=1)
    # (a relative clause or an apposition after the speaker, "…, sagte Beck, der …", is none)
    return bool(words) and words[0].lower() in german().subordinators
