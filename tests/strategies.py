"""Hypothesis strategies shared by the property tests."""

from __future__ import annotations

from hypothesis import strategies as st

from quotekit import Cue, Quote, QuoteKind, Span, Speaker

QUOTE_CHARS = "„“‚‘»«›‹\"'”’"
GERMAN_WORDS = [
    "Wir",
    "sind",
    "stark",
    "sagte",
    "er",
    "Stoltenberg",
    "die",
    "NATO",
    "habe",
    "betonte",
    ",",
    ".",
    ":",
]


@st.composite
def spans(draw: st.DrawFn, text: str | None = None) -> Span:
    source = text if text is not None else draw(st.text(max_size=40))
    start = draw(st.integers(0, len(source)))
    end = draw(st.integers(start, len(source)))
    return Span.of(source, start, end)


@st.composite
def quotes(draw: st.DrawFn) -> Quote:
    source = draw(st.text(min_size=1, max_size=80))
    parts = tuple(sorted(draw(st.lists(spans(source), min_size=1, max_size=3)), key=lambda s: s.start))
    cue = draw(
        st.none()
        | st.builds(
            Cue,
            text=st.text(max_size=10),
            start=st.integers(0, 50),
            end=st.integers(50, 100),
            lemma=st.text(max_size=10),
            particle=st.none() | spans(source),
            companion=st.none() | spans(source),
        )
    )
    speaker = draw(
        st.none()
        | st.builds(
            Speaker,
            name=st.none() | st.text(max_size=20),
            mention=st.none() | spans(source),
            is_organization=st.booleans(),
            gender=st.sampled_from([None, "female", "male"]),
        )
    )
    return Quote(parts=parts, kind=draw(st.sampled_from(QuoteKind)), cue=cue, speaker=speaker)


# Text that looks like German news with quotation marks, odd characters and paragraph breaks mixed in.
newsy_text = st.lists(
    st.sampled_from(GERMAN_WORDS)
    | st.sampled_from(list(QUOTE_CHARS))
    | st.sampled_from(["\n", "\n\n", "\r\n", "\x00", "\u200f", "שלום", "😀", "e\u0301", "\t"])
    | st.text(max_size=5),
    max_size=60,
).map(" ".join)


# --- the span invariant ------------------------------------------------------------------------------


def returned_spans(quote: Quote) -> list[Span]:
    """Every span quotekit returns for a quotation: its parts, its cue's parts, its speaker mention."""
    spans = list(quote.parts)
    if quote.cue is not None:
        spans.extend(quote.cue.parts)
    if quote.speaker is not None and quote.speaker.mention is not None:
        spans.append(quote.speaker.mention)
    return spans


def assert_spans_index(text: str, quotes: list[Quote]) -> None:
    """The first invariant: ``text[span.start:span.end] == span.text`` for every returned span."""
    for quote in quotes:
        for span in returned_spans(quote):
            assert 0 <= span.start <= span.end <= len(text), span
            assert text[span.start : span.end] == span.text, span
        assert quote.start == quote.parts[0].start
        assert quote.end == quote.parts[-1].end


# Separable speech verbs and their particles: „…“, fügte der NATO-Chef am Montag hinzu.
SEPARABLE_VERBS = [
    ("fügte", "hinzu"),
    ("stellte", "klar"),
    ("gab", "bekannt"),
    ("teilte", "mit"),
    ("wies", "zurück"),
    ("räumte", "ein"),
    ("kündigte", "an"),
    ("hielt", "fest"),
    ("gab", "zu"),
]
SUBJECTS = ["der NATO-Chef", "er", "sie", "Jens Stoltenberg", "die Ministerin", "ein Sprecher der Polizei"]
ADVERBIALS = ["", "am Montag", "laut Polizei", "später", "in Berlin", "dann auch", "dass"]
CLAUSES = ["Wir sind stark", "Das ist nicht akzeptabel", "Die NATO halte Kontakte", "Ich begrüße das"]


@st.composite
def separable_verb_sentences(draw: st.DrawFn) -> str:
    """News sentences whose cue is a separable verb, in the orders German puts them in."""
    verb, particle = draw(st.sampled_from(SEPARABLE_VERBS))
    subject = draw(st.sampled_from(SUBJECTS))
    adverbial = draw(st.sampled_from(ADVERBIALS))
    clause = draw(st.sampled_from(CLAUSES))
    mark_open, mark_close = draw(st.sampled_from([("„", "“"), ("»", "«"), ("«", "»"), ('"', '"')]))
    middle = " ".join(word for word in (subject, adverbial) if word)
    shapes = [
        f"{mark_open}{clause}{mark_close}, {verb} {middle} {particle}.",
        f"{subject[:1].upper()}{subject[1:]} {verb} {adverbial} {particle}, {clause.lower()}.",
        f"{subject[:1].upper()}{subject[1:]} {verb} {particle}: {mark_open}{clause}.{mark_close}",
        f"{clause}, {verb} {middle} {particle}.",
    ]
    return " ".join(draw(st.sampled_from(shapes)).split())


# --- real input: Unicode forms, invisible characters, line ends ----------------------------------------

# Characters `quotekit.textprep.prepare` removes: BOM, soft hyphen, zero-width, bidi controls.
INVISIBLE = ["\ufeff", "\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\u200e", "\u200f", "\u202a", "\u202c",
             "\u202e", "\u2066", "\u2069"]  # fmt: skip
LINE_ENDS = ["\n", "\r\n", "\r", "\u2028"]


@st.composite
def messy_forms(draw: st.DrawFn, clean: str) -> str:
    """`clean` (NFC, LF line ends) as real input may bring it: decomposed, with invisible characters
    inserted, a BOM in front, line ends of one style or of several mixed, and a space between words
    widened to several or to a tab."""
    import unicodedata

    form = draw(st.sampled_from(["NFC", "NFD"]))
    mixed = draw(st.booleans())
    style = draw(st.sampled_from(LINE_ENDS))
    text = unicodedata.normalize(form, clean)
    pieces = [draw(st.sampled_from(["", "\ufeff"]))]
    for char in text:
        if char == "\n":
            line_end = draw(st.sampled_from(LINE_ENDS)) if mixed else style
            if line_end == "\n" and pieces[-1].endswith("\r"):
                line_end = "\r\n"  # CR then LF would be read as one CRLF line end
            pieces.append(line_end)
        elif char == " " and draw(st.integers(0, 4)) == 0:
            pieces.append(draw(st.sampled_from(["  ", "   ", "\t", " \t"])))
        else:
            pieces.append(char)
        if draw(st.integers(0, 9)) == 0:
            pieces.append(draw(st.sampled_from(INVISIBLE)))
    return "".join(pieces)


# Strings made of what real input brings: words, marks, invisible characters, line ends, combining marks.
messy_text = st.lists(
    st.sampled_from(["Wir", "sind", "stark", "sagte", "Jürgen", "Müller", "„", "“", "«", "»", ",", ".", " "])
    | st.sampled_from([*INVISIBLE, *LINE_ENDS, "\u0308", "\u0301", "\u00a0", "\x07", "😀"]),
    max_size=60,
).map("".join)


# Clean news text with quotations, names and paragraphs, in NFC with LF line ends.
clean_news = st.lists(
    st.sampled_from(
        [
            "„Wir werden die Pendlerpauschale anheben“, sagte Jürgen Müller.",
            "Die Ministerin betonte, man werde handeln.",
            "Müller äußerte sich am Montag in Zürich.",
            "«Das ist gut», sagte die Präsidentin Ursula Bäuerle.",
            "Er sagte: „Ça va.“",
            "Laut Polizei war der Täter 25 Jahre alt.",
        ]
    ),
    min_size=1,
    max_size=4,
).map(lambda sentences: "\n\n".join(sentences))
