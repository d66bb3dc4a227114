"""Code shipped inside de_quotekit_sm: tokenizer rules for German quotation marks, a
sentence-boundary guard for reported speech and a person-name ruler. Used at training time
(spacy train --code) and packaged with the model (spacy package --code)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import srsly
from spacy.attrs import ORTH, SENT_START
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, filter_spans, registry

# Quotation marks that never occur inside a German word; they are split off everywhere.
HARD_QUOTES = "„“”»«›‹"
# Marks that may also be apostrophes (geht's, Merkel'sche); split only at word edges.
SOFT_QUOTES = "\"‚‘’'"
ALL_QUOTES = HARD_QUOTES + SOFT_QUOTES


def _roman(n: int) -> str:
    tens, ones = divmod(n, 10)
    return "X" * tens + ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")[ones]


# Roman ordinals with their full stop (Ludwig XIV., Benedikt XVI., im XX. Jahrhundert). spaCy's
# German exceptions keep only I. to IV. (V. and X. pass as initials); without these, "XVI." was
# cut into a word and a sentence end, and the parse went wrong after the name.
ROMAN_ORDINALS = frozenset(_roman(n) + "." for n in range(1, 40))


def customize_tokenizer(nlp: Language) -> None:
    """Split quotation marks off as their own tokens."""
    hard = "[" + HARD_QUOTES + "]"
    prefixes = [hard, "[\"‚‘’']", *nlp.Defaults.prefixes]  # type: ignore[misc]
    suffixes = [hard, "[\"‚‘’']", *nlp.Defaults.suffixes]  # type: ignore[misc]
    # A hard quote glued to a word or to punctuation (sagte:„Nein, Nein.“Sie) is split too.
    infixes = [
        hard,
        r"(?<=\w)[.:,;!?…](?=[" + HARD_QUOTES + "])",
        r"(?<=[" + HARD_QUOTES + r"])-(?=\w)",
        *nlp.Defaults.infixes,  # type: ignore[misc]
    ]
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        message = f"expected a spaCy Tokenizer, got {type(tokenizer).__name__}"
        raise TypeError(message)
    tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    for ordinal in sorted(ROMAN_ORDINALS):
        if ordinal not in tokenizer.rules:
            tokenizer.add_special_case(ordinal, [{ORTH: ordinal}])


@registry.callbacks("quotekit.customize_tokenizer.v1")  # type: ignore[untyped-decorator]
def make_customize_tokenizer() -> Callable[[Language], Language]:
    def callback(nlp: Language) -> Language:
        customize_tokenizer(nlp)
        return nlp

    return callback


def _is_quote(text: str) -> bool:
    return len(text) == 1 and text in ALL_QUOTES


SENT_END = {".", "!", "?", "…"}
START, NO_START = 1, -1  # values of the SENT_START attribute (0: not decided)
INNER_PUNCT = {",", ";", ")", "]"}


def _opens_sentence(doc: Doc, i: int) -> bool:
    """An opening mark after sentence-final punctuation (er. „Wir), or a capitalised word after
    a quotation that ends in sentence-final punctuation (auf.“ Danach), starts a sentence."""
    token, prev = doc[i], doc[i - 1]
    if not prev.whitespace_ or i + 1 >= len(doc):
        return False
    nxt = doc[i + 1]
    if _is_quote(token.text) and prev.text in SENT_END and not token.whitespace_:
        return nxt.is_title or nxt.is_upper
    if _is_quote(prev.text) and i >= 2 and doc[i - 2].text in SENT_END and not doc[i - 2].whitespace_:
        return token.is_title and token.is_alpha
    return False


def _ends_paragraph(token: Token) -> bool:
    """A blank line (two line breaks) ends a paragraph, and with it a sentence, also in a headline."""
    return token.is_space and token.text.count("\n") >= 2


@Language.component("quotekit_quote_sentences")
def quote_sentences(doc: Doc) -> Doc:
    """Forbid sentence starts that would cut reported speech apart.

    Runs before the parser, which respects preset boundaries: a closing quotation mark
    (no space before it) never starts a sentence, and neither does the comma or dash after
    it, nor the word after such a comma: „Wir sind stark“, sagte er. stays one sentence.
    Boundaries between a sentence and a following quotation are set explicitly, and so is the
    boundary after a blank line (a paragraph break).

    Linear in the doc: the decisions are made on the tokens' attributes read once, and written
    back in one array (setting ``Token.is_sent_start`` scans the whole doc on every call). A doc
    that is already parsed keeps the parse's boundaries.
    """
    if len(doc) < 2 or doc.has_annotation("DEP"):
        return doc
    starts = doc.to_array([SENT_START]).astype("int64")
    for i, value in _sentence_starts(doc):
        starts[i] = value
    doc.from_array([SENT_START], starts.astype("uint64"))
    return doc


def _sentence_starts(doc: Doc) -> Iterator[tuple[int, int]]:
    """(token index, 1 for a sentence start or -1 for none) for the tokens whose boundary the
    quotation rules decide; the others are left as they are."""
    for i in range(1, len(doc)):
        token = doc[i]
        prev = doc[i - 1]
        if token.is_space:
            yield i, NO_START  # white space belongs to the sentence before it
            continue
        if _ends_paragraph(prev) and (token.is_alpha or token.is_digit or _is_quote(token.text)):
            yield i, START
            continue
        # A comma or other inner punctuation never starts a sentence, nor does the word after a comma
        # ("Dies erklärte der Sprecher des Außenministeriums, Ned Price, …").
        if token.text in INNER_PUNCT or prev.text == ",":
            yield i, NO_START
            continue
        if _opens_sentence(doc, i):
            yield i, START
            continue
        closing = _is_quote(token.text) and not prev.whitespace_ and not prev.is_space
        if closing:
            yield i, NO_START
            continue
        # the word right after an opening mark ("er. «Wir") belongs to the mark's sentence
        after_opening = (
            _is_quote(prev.text) and not prev.whitespace_ and (i < 2 or bool(doc[i - 2].whitespace_))
        )
        if after_opening and not token.is_punct:
            yield i, NO_START
            continue
        after_closing = _is_quote(prev.text) and i >= 2 and not doc[i - 2].whitespace_
        # token right after a closing quote: comma, dash, or lower-case continuation
        if after_closing and (token.text in {",", "–", "-", "—"} or token.is_lower):
            yield i, NO_START
            continue
        if prev.text in {",", "–", "—"} and i >= 2 and _is_quote(doc[i - 2].text):
            yield i, NO_START


# --------------------------------------------------------------------------- person names

PER = "PER"


def _is_initial(text: str) -> bool:
    """A capital letter and a full stop (W.)."""
    return len(text) == 2 and text[0].isupper() and text[0].isalpha() and text[1] == "."


# A recogniser entity of these types that contains a candidate run and reaches beyond it is kept:
# the run is then part of a place, an organisation or a work named after a person.
KEEP_IF_LARGER = frozenset({"ORG", "LOC", "MISC"})
# A MISC entity that is exactly a first-name run is kept too ("James Bond", "Gibson Les Paul"):
# on the training dev, overriding it lost more than it won; an exact ORG/LOC gives way.
KEEP_IF_EXACT = frozenset({"MISC"})
NAME_PUNCT = "-'’"


class NameRuler:
    """Mark person names the recogniser misses: a known first name followed by capitalised words
    ("Ned Price", "Hans-Peter von der Leyen"), and a title followed by capitalised words
    ("Frau Okonkwo", "Prof. Dr. Miriam Weber"; the title is not part of the name).

    The lexicon (first names with the number of boys and girls in Berlin's lists, titles, role
    words, name particles, endings of institution and place words) is built by
    ``training/names.py`` and serialised with the pipeline. How a run meets the recogniser's
    entities (``set_annotations``):

    - an ORG, LOC or MISC entity that contains the run and reaches beyond it stays ("Konrad
      Adenauer Stiftung" as one ORG, "Peter Müller GmbH");
    - a MISC entity that is exactly the run stays ("James Bond", "Gibson Les Paul");
    - a run of a title and capitalised words with no first name in it keeps an ORG, LOC or MISC
      entity that covers exactly its name ("jede dritte Frau Deutschlands");
    - otherwise the run becomes PER, joined with the PER entities it overlaps; ORG/LOC entities
      that are exactly a first-name run ("Ned Price/ORG") and entities that cover only part of
      the run give way.

    A first name right after an article is left to the recogniser (der Roman Stolz und Vorurteil,
    der Davis Cup: in the training corpora such runs are names only half of the time). From the
    third word on, a role word or a word tagged as a common noun ends a name (Horst Buhtz Trainer
    Otto Knefler: two names).

    Linear in the doc: one pass over the tokens, one over the entities.
    """

    def __init__(
        self,
        name: str = "quotekit_names",
        *,
        max_run: int = 5,
        use_tags: bool = True,
        surnames: bool = True,
        roles: bool = True,
    ) -> None:
        self.name = name
        self.max_run = max_run
        self.use_tags = use_tags
        self.surnames = surnames
        self.roles = roles
        self.set_lexicon({})

    # ---------------------------------------------------------------- lexicon

    def set_lexicon(self, lexicon: dict[str, Any]) -> None:
        self.lexicon = lexicon
        self.first_names: dict[str, tuple[int, int]] = {
            k: (int(v[0]), int(v[1])) for k, v in lexicon.get("first_names", {}).items()
        }
        self.titles = frozenset(lexicon.get("titles", ()))
        self.role_endings = tuple(lexicon.get("role_endings", ()))
        self.particles = frozenset(lexicon.get("particles", ()))
        self.second_particles = self.particles | frozenset(lexicon.get("second_particles", ()))
        self.strict_particles = frozenset(lexicon.get("strict_particles", ()))
        self.institution_endings = tuple(lexicon.get("institution_endings", ()))
        self.institution_words = frozenset(lexicon.get("institution_words", ()))
        self.place_words = frozenset(lexicon.get("place_words", ()))
        self.not_names = frozenset(lexicon.get("not_names", ()))
        self.articles = frozenset(lexicon.get("articles", ()))
        self.indefinites = frozenset(a for a in self.articles if a.startswith("ein"))

    def is_first_name(self, text: str) -> bool:
        """A known first name, or a hyphenated one whose parts are all known (Hans-Peter)."""
        if text in self.first_names:
            return True
        parts = text.split("-")
        return len(parts) > 1 and all(p in self.first_names for p in parts)

    def gender(self, first_name: str) -> str | None:
        """'female' or 'male' where the lists give at least four fifths of the evidence one way."""
        parts = [first_name] if first_name in self.first_names else first_name.split("-")
        boys = sum(self.first_names.get(p, (0, 0))[0] for p in parts)  # Hans-Peter: Hans and Peter
        girls = sum(self.first_names.get(p, (0, 0))[1] for p in parts)
        if boys + girls == 0:
            return None
        if girls >= 4 * boys:
            return "female"
        if boys >= 4 * girls:
            return "male"
        return None

    # ---------------------------------------------------------------- finding

    def _capitalised(self, token: Token) -> bool:
        text = token.text
        return (
            len(text) > 1
            and text[0].isupper()
            and text.strip(NAME_PUNCT).replace("-", "").replace("'", "").replace("’", "").isalpha()
            and not text.isupper()
            and text not in self.not_names
            and text not in self.titles
        )

    def _common_noun(self, token: Token) -> bool:
        """Tagged as a common noun (STTS NN, or UPOS NOUN where there are no STTS tags)."""
        if not self.use_tags:
            return False
        return token.tag_ == "NN" if token.tag_ else token.pos_ == "NOUN"

    def _name_word(self, token: Token) -> bool:
        """A capitalised word that may continue a name: not tagged as a common noun unless it is a
        first name itself ("im Januar hatte Horst Buhtz Trainer Otto Knefler abgelöst")."""
        return self._capitalised(token) and (not self._common_noun(token) or self.is_first_name(token.text))

    def _is_role(self, token: Token) -> bool:
        """A role noun between a title and a name (Frau Ministerin Okonkwo)."""
        low = token.text.lower()
        return token.text[:1].isupper() and low.endswith(self.role_endings)

    def _is_institution(self, token: Token) -> bool:
        low = token.text.lower()
        return low in self.institution_words or low.endswith(self.institution_endings)

    def _is_title(self, doc: Doc, i: int) -> bool:
        """A title word; Frau/Herr only where no article or adjective stands before it (die Frau)."""
        token = doc[i]
        if token.text not in self.titles:
            return False
        if token.text.endswith("."):
            return True
        if i > 0:
            prev = doc[i - 1]
            if prev.is_lower and prev.pos_ in {"DET", "ADJ", "PRON", "NUM"}:
                return False
        return True

    def _role_name_follows(self, doc: Doc, j: int) -> bool:
        """After a role word: a capitalised word in the same sentence that is no role word itself
        (Kanzler Kohl, der Vorsitzende Bogdanow; the tagger often calls a surname a noun). A role
        after an indefinite article names nobody (ein Sprecher Reportern); a role right after an
        opening bracket describes the person named before it, and what follows is where they work
        (Dennis Ohlsen (Trainer Kaltenbach))."""
        if j >= len(doc) or doc[j].is_sent_start or not self._name_word(doc[j]) or self._is_role(doc[j]):
            return False
        return j < 2 or (doc[j - 2].text.lower() not in self.indefinites and doc[j - 2].text != "(")

    def _name_tail(self, doc: Doc, i: int, limit: int) -> int:
        """End of the capitalised words (with particles between them: von der, van, de) from i."""
        end = i
        j = i
        while j < len(doc) and j - i < limit:
            token = doc[j]
            if j > i and token.is_sent_start:
                break
            # the word after the first may be any capitalised word (surnames are often tagged as
            # nouns: Koch, Bauer); later ones must not be tagged as common nouns
            if j > i + 1 and self._is_role(token):
                break  # Horst Buhtz Trainer Otto Knefler
            if self._capitalised(token) if j <= i + 1 else self._name_word(token):
                j += 1
                end = j
                continue
            # an initial between name words (George W. Bush, Clarence E. Case), a capitalised word after it
            # (the word after it may be tagged as a noun, like many surnames)
            if (
                j > i
                and _is_initial(token.text)
                and j + 1 < len(doc)
                and not doc[j + 1].is_sent_start
                and self._capitalised(doc[j + 1])
            ):
                j += 2
                end = j
                continue
            if j > i and token.text in ROMAN_ORDINALS:
                end = j + 1  # Ludwig XIV., Johannes Paul II.: the ordinal ends the name
                break
            # one or two particles (von, von der) count when a name word follows them, and only
            # right after the given names: "Ursula von der Leyen", but "Mayra Veliz von der
            # Staatsanwaltschaft" is a name and where she works
            k = j
            given_names_only = all(self.is_first_name(t.text) for t in doc[i:j])
            if given_names_only and doc[k].text in self.particles and not doc[k].is_sent_start:
                k += 1
                if k < len(doc) and doc[k].text in self.second_particles and not doc[k].is_sent_start:
                    k += 1
            # the word after the particles may be tagged as a noun (von Hügel), except after
            # particles that are also German words (zu Recht, da Angst)
            strict = doc[j].text in self.strict_particles
            if (
                k > j
                and k < len(doc)
                and (self._name_word(doc[k]) if strict else self._capitalised(doc[k]))
                and not doc[k].is_sent_start
            ):
                j = k + 1
                end = j
                continue
            break
        return end

    def match(self, doc: Doc) -> list[tuple[int, int, bool]]:
        """Candidate runs as (start, end, strong), the name part only, in text order; strong: a
        first-name run or a name ending in a Roman ordinal, which ORG/LOC entities of exactly its
        words give way to. Changes nothing."""
        runs: list[tuple[int, int, bool]] = []
        i = 0
        n = len(doc)
        while i < n:
            start = i
            if self._is_title(doc, i):
                j = i + 1
                while j < n and (self._is_title(doc, j) or doc[j].text in self.titles):
                    j += 1
                while j < n and self._is_role(doc[j]) and not doc[j].is_sent_start:
                    j += 1  # Frau Ministerin Okonkwo
                if j >= n or doc[j].is_sent_start or not self._capitalised(doc[j]):
                    i = max(j, i + 1)
                    continue
                start = j
            elif self.roles and self._is_role(doc[i]) and self._role_name_follows(doc, i + 1):
                # Bundeskanzler Kohl, der Vorsitzende Bogdanow: the role word is not part of the name
                start = i + 1
            elif not (self.is_first_name(doc[i].text) and self._capitalised(doc[i])) or (
                i > 0 and doc[i - 1].text in self.articles
            ):
                # right after an article a first name starts a name only half of the time in the
                # training corpora (der Roman Stolz und Vorurteil, der Davis Cup): left to the NER
                i += 1
                continue
            end = self._name_tail(doc, start, self.max_run)
            has_first = any(self.is_first_name(t.text) for t in doc[start:end])
            titled = start > i
            # named after a person ("Konrad Adenauer Stiftung") or a place ("Fortuna Düsseldorf")
            institution = any(self._is_institution(t) for t in doc[start : min(end + 1, n)])
            place = end > start and doc[end - 1].text in self.place_words
            if (end - start >= 2 or (titled and end > start)) and not institution and not place:
                strong = has_first and (not titled or self.is_first_name(doc[start].text))
                runs.append((start, end, strong or doc[end - 1].text in ROMAN_ORDINALS))
            i = max(end, i + 1)
        return runs

    # ---------------------------------------------------------------- annotating

    def set_annotations(self, doc: Doc, runs: list[tuple[int, int, bool]]) -> None:
        if not runs:
            return
        ents = list(doc.ents)
        owner = [-1] * len(doc)  # token -> index of its entity
        for k, ent in enumerate(ents):
            for t in range(ent.start, ent.end):
                owner[t] = k
        dropped: set[int] = set()
        added: list[tuple[int, int]] = []
        for start, end, strong in runs:
            overlapping = sorted({owner[t] for t in range(start, end) if owner[t] >= 0} - dropped)
            keep = False
            for k in overlapping:
                ent = ents[k]
                if ent.label_ not in KEEP_IF_LARGER:
                    continue
                larger = ent.start <= start and ent.end >= end and (ent.end - ent.start) > (end - start)
                exact = ent.start == start and ent.end == end
                if larger or (exact and (not strong or ent.label_ in KEEP_IF_EXACT)):
                    keep = True
            if keep:
                continue
            new_start, new_end = start, end
            for k in overlapping:
                ent = ents[k]
                if ent.label_ == PER:
                    new_start, new_end = min(new_start, ent.start), max(new_end, ent.end)
                dropped.add(k)
            added.append((new_start, new_end))
        spans = [e for k, e in enumerate(ents) if k not in dropped]
        spans += [Span(doc, s, e, label=PER) for s, e in added]
        doc.ents = filter_spans(spans)

    # ---------------------------------------------------------------- surnames the text vouches for

    def vouched_surnames(self, doc: Doc) -> dict[str, list[tuple[str, ...]]]:
        """The last words of the doc's person names of two or more words (Helmut Kohl -> Kohl) and
        the names after a title (Frau Okonkwo), where that word is a capitalised name word and no
        first name itself, each with the full names it ends."""
        names: dict[str, list[tuple[str, ...]]] = {}
        for ent in doc.ents:
            if ent.label_ != PER:
                continue
            last = ent[-1]
            titled = ent.start > 0 and doc[ent.start - 1].text in self.titles
            if (len(ent) >= 2 or titled) and self._capitalised(last) and not self.is_first_name(last.text):
                names.setdefault(last.text, []).append(tuple(t.text for t in ent))
        return names

    def _glued_name(self, doc: Doc, i: int, full_names: list[tuple[str, ...]]) -> int | None:
        """Where a vouched surname at i follows a capitalised word outside every entity that is no
        common noun and no role word (Vural Öger, Di Caprio, Sports Direct), the surname is part of a
        longer name: the start of the words before it that end one of its full names (Kanye West
        after Kanye West), else None (not marked: Sigismund Krause after Johann Wilhelm Krause)."""
        best: int | None = None
        for full in full_names:
            k = len(full) - 2  # the words before the surname, right to left
            j = i - 1
            while (
                k >= 0
                and j >= 0
                and doc[j].text == full[k]
                and not doc[j].ent_type
                and not doc[j + 1].is_sent_start
            ):
                k -= 1
                j -= 1
            if j < i - 1 and (best is None or j + 1 < best):
                best = j + 1
        return best

    def match_surnames(self, doc: Doc) -> list[tuple[int, int]]:
        """Token spans outside every entity that repeat a surname the doc vouches for (Helmut Kohl
        ... Kohl sagte), or its genitive (Kohls), not after an article (der Koch). A surname right
        after a PER entity continues it (Olaf/PER Kramm: the span starts at the entity); one glued
        to a capitalised word that is no noun takes the words of a full name before it, or is left
        alone (``_glued_name``). Changes nothing."""
        names = self.vouched_surnames(doc)
        if not names:
            return []
        found: list[tuple[int, int]] = []
        for token in doc:
            if token.ent_type or not self._capitalised(token):
                continue
            text = token.text
            genitive = text.endswith("s") and text[:-1] in names and text[-2:-1] not in {"s", "x", "z", "ß"}
            if text not in names and not genitive:
                continue
            i = token.i
            if i == 0 or token.is_sent_start:
                found.append((i, i + 1))
                continue
            prev = doc[i - 1]
            if prev.text.lower() in self.articles:
                continue
            if prev.ent_type_ == PER:
                start = i - 1
                while doc[start].ent_iob_ == "I":
                    start -= 1
                found.append((start, i + 1))
                continue
            glued = not prev.ent_type and prev.text[:1].isupper() and not self._is_role(prev)
            if glued:
                glued_start = self._glued_name(doc, i, names[text if text in names else text[:-1]])
                if glued_start is not None:
                    found.append((glued_start, i + 1))
                continue
            found.append((i, i + 1))
        return found

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        if self.surnames:
            found = self.match_surnames(doc)
            if found:
                # an entity that a span takes in (Olaf/PER Kramm) gives way to it: the spans
                # overlap no other entity, so one that starts inside a span lies in it
                covered = {t for s, e in found for t in range(s, e)}
                kept = [e for e in doc.ents if e.start not in covered]
                doc.ents = filter_spans([*kept, *(Span(doc, s, e, label=PER) for s, e in found)])
        return doc

    # ---------------------------------------------------------------- serialisation

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.json_dumps(self.lexicon).encode("utf8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> NameRuler:
        self.set_lexicon(srsly.json_loads(data.decode("utf8")))
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / LEXICON_FILE).write_bytes(self.to_bytes())  # compact: 240 kB instead of 580 kB

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> NameRuler:
        self.set_lexicon(srsly.read_json(Path(path) / LEXICON_FILE))
        return self


LEXICON_FILE = "lexicon.json"


def make_name_ruler(
    nlp: Language, name: str, max_run: int, use_tags: bool, surnames: bool, roles: bool
) -> NameRuler:
    """max_run: most words in a name; use_tags: a word tagged as a common noun ends a name after
    its second word; surnames: a surname the doc vouches for is a name wherever it recurs; roles: a
    role word before a capitalised word not tagged as a noun starts a name (Kanzler Kohl)."""
    return NameRuler(name, max_run=max_run, use_tags=use_tags, surnames=surnames, roles=roles)


# Registered once per process: this module is imported both from training/ and from an installed
# de_quotekit_sm (evaluate.py loads the package after importing training/functions.py), and spaCy
# refuses a second factory of the same name.
if not Language.has_factory("quotekit_names"):
    Language.factory(
        "quotekit_names",
        assigns=["doc.ents"],
        default_config={"max_run": 5, "use_tags": True, "surnames": True, "roles": True},
    )(make_name_ruler)
