"""Noun-phrase extents: given a head or a first word, the characters of the phrase around it.

Which phrase names the speaker is decided in `quotekit.syntax.mentions`; this module only says where
a phrase begins and ends, by the parse (`mention_of`) or by position (`phrase_around`,
`noun_phrase_after`, `noun_phrase_before`), never inside a quotation (`outside`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex
from spacy.attrs import IS_PUNCT, IS_SPACE

from quotekit.lang.de.lemmas import has_attributive_participle_form
from quotekit.lang.de.names import (
    article_genders,
    is_academic_title,
    is_document_noun,
    is_generic_organisation,
    is_genitive_article,
    is_organisation_noun,
    is_particle_name,
    is_person_noun,
    is_possessive_genitive,
    is_speech_noun,
    is_time_noun,
    role_of,
)
from quotekit.lang.de.words import german
from quotekit.records import CharSpan
from quotekit.syntax import labels
from quotekit.syntax.docindex import (
    lower_at,
    morph_values,
    pos_at,
    run_cache,
    text_at,
    token_column,
    token_lower,
    token_pos,
    token_text,
    token_texts,
)
from quotekit.syntax.labels import (
    ADVERBIAL_TAGS,
    FINITE_TAGS,
    PERSON_LABELS,
    PREPOSITION_TAGS,
    PROPER_NOUN_TAG,
    RELATIVE_PRONOUN_TAGS,
    VERB_POS,
)
from quotekit.syntax.nominals import (
    NOMINAL_POS,
    can_speak,
    first_name_genders,
    is_described_person,
    is_known_surname,
    is_speaker_like,
)
from quotekit.syntax.spans import doc_slice, is_inside
from quotekit.syntax.verbs import could_be_finite

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "MAX_ASKER_ATTRIBUTE",
    "MAX_ATTRIBUTE",
    "MAX_CHAIN",
    "NP_HEAD_POS",
    "NP_POS",
    "attribute_owner",
    "bracket_opening",
    "clause_head",
    "comma_after_attribute",
    "first_nominal",
    "is_asking_noun",
    "is_capitalised_compound",
    "is_name_particle",
    "marked_name_end",
    "mention_of",
    "misparsed_participle_at",
    "noun_phrase_after",
    "noun_phrase_before",
    "phrase_around",
    "phrase_head",
    "place_adjective_at",
    "span_of_tokens",
]

# How far up a chain of heads (conjuncts, auxiliaries, name parts) the rules climb.
MAX_CHAIN = 4
NP_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "X"})
NP_HEAD_POS = frozenset({"NOUN", "PROPN", "X"})


_MAX_APPOSED_NAME = 4  # words in a name set off after a role phrase
FULL_NAME_WORDS = 2  # a name given in full: a first name and a surname


def attribute_owner(noun: Token) -> Token | None:
    """The word a noun's attribute belongs to, where the noun stands inside an adjective's phrase before it:
    "Bericht" for "Seiten" in "dem 1.100 Seiten starken Bericht", "Mast" for "Meter" in "ein 30 Meter hoher
    Mast"; None for a noun that heads its own phrase."""
    adjective = noun.head
    if token_pos(adjective) == "ADJ" and adjective.i > noun.i and adjective.head.i > adjective.i:
        return adjective.head
    return None


# A bracket after a name holds a party or an age: "(ÖVP)", "(SPD, 54)".
_MAX_BRACKET_TOKENS = 6


# Tokens of a genitive attribute between a speech noun and its comma: "die Warnung der Wärter, …".
MAX_ATTRIBUTE = 5
# A noun of asking may have a longer one, the asker with their titles: "die Frage der Vorsitzenden Richterin Dr.
# Ulrike Brenneis, ob …".
MAX_ASKER_ATTRIBUTE = 8


def is_asking_noun(noun: Token) -> bool:
    """Whether a noun is one of asking by its word ("Frage"), which may have a longer attribute (the asker) and an
    indirect question after its comma."""
    return token_lower(noun) in german().question_nouns


def comma_after_attribute(noun: Token) -> int | None:
    """The comma after a noun, right after it ("die Behauptung, …") or after a short genitive attribute the
    noun governs ("der Vorwurf der Verteidigung, …", "die Ankündigung ihres Trainers, …"): its token index."""
    doc = noun.doc
    end = noun.i + 2 + (MAX_ASKER_ATTRIBUTE if is_asking_noun(noun) else MAX_ATTRIBUTE)
    if end > len(doc):
        end = len(doc)
    # (the first punctuation mark from the run's IS_PUNCT column, found in C: asked of every noun before a
    # comma, and a `Token` per word costs more than the search)
    try:
        comma = token_column(doc, IS_PUNCT).index(1, noun.i + 1, end)
    except ValueError:
        return None
    if token_texts(doc)[comma] != ",":
        return None
    # (the words between are the noun's own: a genitive article first, each hanging on the noun or on them;
    # or the separable particle that closes the clause: "trat dem Vorwurf mit den Worten entgegen, …")
    # (a line break of hard-wrapped text between the words is none of them: "der\nVorsitzenden Richterin")
    spaces = token_column(doc, IS_SPACE)
    between = [i for i in range(noun.i + 1, comma) if not spaces[i]]
    if len(between) == 1 and labels.is_separable_particle(doc[between[0]]):
        return comma
    own = {noun.i, *between}
    # ("der Plan von Innenminister Schäuble, …": "von" opens the attribute of whose the noun is, too)
    first = doc[between[0]].text if between else ""
    opens = is_genitive_article(first) or is_possessive_genitive(first) or first.lower() in german().von
    if between and (not opens or any(doc[i].head.i not in own for i in between)):
        return None
    return _after_name_apposition(doc, comma) if between else comma


def _after_name_apposition(doc: Doc, comma: int) -> int:
    """ "die Ankündigung ihres Trainers, Greg Poss, …": a name set off by commas after the attribute is its
    apposition; the comma after it opens what follows."""
    end = min(len(doc), comma + 2 + _MAX_NAME_WORDS)
    for i in range(comma + 1, end):
        token = doc[i]
        if token_text(token) == ",":
            return i if i > comma + 1 else comma
        if token_pos(token) != "PROPN" or not token_text(token)[:1].isupper():
            return comma
    return comma


# At most this many words make a name in apposition ("Greg Poss", "Hans-Peter Müller-Wohlfahrt").
_MAX_NAME_WORDS = 4


def mention_of(token: Token, outside: Sequence[CharSpan] = ()) -> CharSpan:
    """The character span of the noun phrase headed by `token`, kept outside the quotation `outside`."""
    left, right = token.i, token.i
    dropped: set[int] = set()
    # The head and its appositions ("der Sprecher …, Ned Price"): prepositional phrases after them
    # belong to the clause ("Ned Price, während eines Briefings").
    heads = [token, *(t for t in token.subtree if t is not token and labels.is_apposition(t))]
    for head in [*heads, *(t for t in token.subtree if t.i > token.i and t not in heads)]:
        for child in head.rights:
            words = [t for t in child.subtree if not t.is_punct]  # a comma may hang on the phrase
            if not words:
                continue
            first = words[0]
            is_preposition = token_pos(first) == "ADP" or first.tag_ in PREPOSITION_TAGS
            if is_preposition and token_lower(first) not in german().mention_prepositions:
                dropped.update(t.i for t in child.subtree)
            elif len(words) == 1 and first.tag_ in ADVERBIAL_TAGS and first.i > head.i:
                dropped.add(first.i)  # "sagte die 31-Jährige später": an adverbial of the clause
            elif token_lower(first) in german().dative_articles and first.i > head.i:
                dropped.update(t.i for t in child.subtree)  # "der Sportrechtler dem Sender …": an addressee
            elif (
                token_pos(first) == "DET"
                and first.i > head.i
                and article_genders(token_text(first)) is not None
                and not is_genitive_article(token_text(first))
                and not labels.is_apposition(child)
                and text_at(token.doc, first.i - 1) != ","
            ):
                # "fasste Rahul Menon die Ergebnisse zusammen": a noun phrase after the head that is neither
                # its genitive nor set off as an apposition is the clause's object
                dropped.update(t.i for t in child.subtree)
    # "Der Vertreter der Arbeitgeber im Aufsichtsrat der BA, Peter Clever, sagte": a phrase between the head
    # and a name set off after it is part of the role the name is given.
    named = [c.i for c in token.rights if labels.is_apposition(c) and _is_name_word(c)]
    if named:
        dropped -= set(range(token.i + 1, max(named)))
    for child in token.lefts:
        # "so Schnappauf", "auch Präsident Ciampi": adverbs and particles before a noun are the clause's (and a
        # finite verb a weak parse hung on the name: "begründete Puchegger"); not a name's particle ("von Loh").
        if (
            token_pos(child) in {"ADV", "CCONJ", "SCONJ", "PART", "ADP"} and not is_name_particle(child)
        ) or child.tag_ in FINITE_TAGS:
            dropped.update(t.i for t in child.subtree)
    titles = _title_marks(token)
    for candidate in token.subtree:
        if candidate.i in dropped or is_inside(candidate, outside):
            continue
        if candidate.is_punct and token_text(candidate) not in {",", "-", "."}:
            continue
        if candidate.i < left and all(
            not _is_boundary(t) or t.i in titles for t in doc_slice(token.doc, candidate.i, token.i)
        ):
            left = candidate.i
        elif candidate.i > right and all(
            not _is_boundary(t) or t.i in titles for t in doc_slice(token.doc, token.i + 1, candidate.i + 1)
        ):
            right = candidate.i
    doc = token.doc
    right = _phrase_end(token, right, dropped)
    # "Außenministerin Annalena Baerbock": names right after the head belong to it even when the
    # parse attached them elsewhere (not after a pronoun: in "rief sie Köberl zu" the name is the object).
    # (with an academic title before the name: "Deren Fraktionschef Dr. Klaus Offermann")
    while (
        token_pos(token) != "PRON"
        and right + 1 < len(doc)
        and (_is_name_word(doc[right + 1]) or _title_before_name(doc, right + 1))
        and not is_inside(doc[right + 1], outside)
        and right + 1 not in dropped
    ):
        right += 1
    right = _apposed_name_end(token, right, outside, dropped)
    if place_adjective_at(doc, right) and not is_inside(doc[right + 1], outside):
        right += 1  # "einer Aussendung des Vorarlberger Elternforums" with the noun hung on the verb
    right = _before_finite_verb(token, right)
    # No phrase ends on punctuation, nor after its head on a preposition or article whose noun stands in marks left
    # out ("Kritiker Wolfgang Seeber von den „Kremsauer Nachrichten“").
    while right > left and (
        ((doc[right].is_punct or doc[right].is_space) and text_at(doc, right) != ")")
        or (right > token.i and token_pos(doc[right]) in {"ADP", "DET"})
    ):
        right -= 1
    while left < right and (
        doc[left].is_punct or doc[left].is_space or left in dropped or is_inside(doc[left], outside)
    ):
        left += 1
    right = _closed_brackets(doc, left, right)
    return doc[left].idx, doc[right].idx + len(text_at(doc, right))


def place_adjective_at(doc: Doc, i: int) -> bool:
    """Whether word `i` is a place's adjective in "-er" after an article, with the capitalised noun it goes with
    right after it ("des Vorarlberger Elternforums", "der Berliner Polizei"), which a phrase cannot end before."""
    if i < 1 or i + 1 >= len(doc):
        return False
    word, following = text_at(doc, i), doc[i + 1]
    return (
        word[:1].isupper()
        and word.endswith("er")
        and pos_at(doc, i - 1) == "DET"
        and token_pos(following) == "NOUN"
        and token_text(following)[:1].isupper()
    )


def _before_finite_verb(token: Token, right: int) -> int:
    """The phrase's end before a finite verb the parse hung inside it ("Reinhard Jung, Geschäftsführer des
    Bauernbundes, nannte die Kartoffel …" with "nannte" under the apposition): a noun phrase holds a finite
    verb only in a relative clause."""
    doc = token.doc
    for k in range(token.i + 1, right + 1):
        word = doc[k]
        if labels.is_relative_pronoun(word):
            return right
        verbal = token_pos(word) in VERB_POS or labels.has_verb_tag(word)  # (a tagger's "ADJ" with "VVFIN")
        if (
            verbal
            and token_text(word)[:1].islower()
            and could_be_finite(word)
            and not misparsed_participle_at(doc, k)
        ):
            return k - 1
    return right


def _title_before_name(doc: Doc, k: int) -> bool:
    """Whether word `k` is an academic title ("Dr.", "Prof.") right before a name word."""
    return k + 1 < len(doc) and is_academic_title(text_at(doc, k)) and _is_name_word(doc[k + 1])


def is_name_particle(word: Token) -> bool:
    """ "sagte von der Leyen", "sagte von Loh": a name's particle before a surname the text gives, which the
    tagger takes for a preposition."""
    de = german()
    if token_lower(word) not in de.name_particles | de.noble_name_particles:
        return False
    doc, after = word.doc, word.i + 1
    if after < len(doc) and lower_at(doc, after) in de.second_name_particles:
        after += 1
    if after >= len(doc) or not is_known_surname(doc[after]):
        return False
    # (the text gives the name so elsewhere, after a first name: "Von Gubler gibt es eine Antwort" after "Vera
    # Gubler" is a preposition)
    particles = tuple(token_lower(t) for t in doc[word.i : after])
    given = _particle_names(doc).get((particles, text_at(doc, after)), ())
    return any(k != after for k in given)


def _particle_names(doc: Doc) -> dict[tuple[tuple[str, ...], str], list[int]]:
    """Where the text gives a surname after a first name and particles: (the particles in lower case, the
    surname) -> the surname's token indices. Made once per run from the first names' column: asked of every
    particle before a known surname, a scan of the text each time would cost a long text's length again."""
    cache = run_cache(doc)
    found: dict[tuple[tuple[str, ...], str], list[int]] | None = cache.get("particle_names")
    if found is None:
        found = cache["particle_names"] = {}
        de = german()
        particles = de.name_particles | de.noble_name_particles | de.second_name_particles
        texts = token_texts(doc)
        for i in [i for i, gender in enumerate(first_name_genders(doc)) if gender is not None]:
            k = i + 1
            while k < len(texts) and texts[k].lower() in particles:
                k += 1
            if i + 1 < k < len(texts):
                found.setdefault((tuple(t.lower() for t in texts[i + 1 : k]), texts[k]), []).append(k)
    return found


def _is_name_word(token: Token) -> bool:
    return token_text(token)[:1].isupper() and (
        token_pos(token) == "PROPN" or token.ent_type_ in PERSON_LABELS
    )


def possessive_before_title(doc: Doc, mark: int) -> Token | None:
    """The possessive right before the title in marks that token `mark` opens, past adjectives between ("in
    seinem aktuellen „Schwarzbuch“": the owner's work, no medium and no speaker), else None."""
    before = mark - 1
    while before >= 0 and labels.is_attributive_adjective(doc[before]):
        before -= 1
    if before >= 0 and lower_at(doc, before) in german().possessive_genders:
        return doc[before]
    return None


def _closed_brackets(doc: Doc, left: int, right: int) -> int:
    """The end of a phrase with its brackets closed: "Heinz K. (63)", "Martin Brunnhuber (SPÖ)"; a bracket
    left open is cut off."""
    # (the brackets by the run's token texts: no `Token` per word of the phrase)
    texts = token_texts(doc)
    words = texts[left : right + 1]
    if words.count("(") <= words.count(")"):
        return right
    last = left + len(words) - 1 - words[::-1].index("(")  # the last opening bracket
    closing = next(
        (k for k in range(right + 1, min(len(doc), last + _MAX_BRACKET_TOKENS)) if texts[k] == ")"),
        None,
    )
    if closing is not None:
        return closing
    end = last - 1
    while end > left and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    return end


def _starts_clause(doc: Doc, k: int) -> bool:
    """Whether a clause starts at token `k` after a comma: a relative pronoun or subordinator whose stretch
    up to the next comma holds a verb ("eine Frau, die seit 30 Jahren dort wohnt"; not the apposition "Anna
    Berg, die Sprecherin des Vereins")."""
    word = doc[k]
    de = german()
    relative = word.tag_ in RELATIVE_PRONOUN_TAGS or (
        token_pos(word) in {"PRON", "DET"} and token_lower(word).startswith(de.relative_pronoun_starts)
    )
    if not (relative or token_pos(word) == "SCONJ" or token_lower(word) in de.subordinators):
        return False
    for following in doc[k + 1 : min(len(doc), k + 16)]:
        if token_text(following) in {",", ".", ";", ":"} or following.is_sent_start:
            return False
        if token_pos(following) in VERB_POS and token_text(following)[:1].islower():
            return True
    return False


def _phrase_end(token: Token, right: int, dropped: set[int]) -> int:
    """Where the noun phrase headed by `token` ends, at most at `right`: before a clause, whatever the parse
    says. A finite clause starts at a verb, at "und" before a verb ("die 79-Jährige und lacht"), at a comma
    before a relative clause or subordinator, or at a prepositional phrase of the clause ("ein Sprecher der
    Behörde am Dienstag")."""
    doc = token.doc
    de = german()
    for k in range(token.i + 1, right + 1):
        word = doc[k]
        after = doc[k + 1] if k + 1 < len(doc) else None
        if k in dropped or word.is_sent_start or "\n" in token_text(word):
            return k - 1
        if (
            token_pos(word) in VERB_POS
            and token_text(word)[:1].islower()
            and not misparsed_participle_at(doc, k)
        ):
            return k - 1
        if token_lower(word) in de.coordinators and after is not None and token_pos(after) in VERB_POS:
            return k - 1
        if token_text(word) == "," and after is not None and _starts_clause(doc, k + 1):
            return k - 1
    return right


def _apposed_name_end(head: Token, right: int, outside: Sequence[CharSpan], dropped: set[int]) -> int:
    """ "der Sprecher des Außenministeriums, Ned Price, …": a name set off by commas after a role
    phrase is its apposition, also where the parse hung the name on the verb. Returns the new end."""
    doc = head.doc
    role = role_of(token_text(head)) is not None
    inner = right
    if (
        inner + 1 < len(doc)
        and text_at(doc, inner + 1) == ")"
        and any(token_text(t) == "(" for t in doc[head.i : inner])
    ):
        inner += 1  # "der Direktor der Internationalen Atomenergie-Organisation (IAEO), Mohammed el-Baradei"
    if misparsed_participle_at(doc, inner + 1):
        inner += (
            2  # "des am Montag zurückgetretenen Konzernchefs, Louis Gallois": the participle and its noun
        )
    if inner + 2 >= len(doc) or text_at(doc, inner + 1) != ",":
        return right
    end = inner + 1
    while (
        end + 1 < len(doc)
        and end - right <= _MAX_APPOSED_NAME
        and (pos_at(doc, end + 1) == "PROPN" or doc[end + 1].ent_type_ in PERSON_LABELS)
        and (text_at(doc, end + 1)[:1].isupper() or is_particle_name(text_at(doc, end + 1)))
        and not is_inside(doc[end + 1], outside)
        and end + 1 not in dropped
    ):
        end += 1
    closed = end + 1 >= len(doc) or doc[end + 1].is_punct or doc[end + 1].is_space
    # (after a noun for a person or a firm that is no role, "Der Betreiber des Skigebiets, Franz Oberhauser,":
    # only a person's name in full, which says it is a person)
    person = end - inner >= FULL_NAME_WORDS + 1 and all(
        doc[k].ent_type_ in PERSON_LABELS for k in range(inner + 2, end + 1)
    )
    return end if end > inner + 1 and closed and (role or person) else right


def misparsed_participle_at(doc: Doc, k: int) -> bool:
    """Whether word `k` is a participle that describes the noun right after it ("des am Freitag entlassenen
    Trainers") where the tagger took it for a verb: in lower case, with an adjective's ending, before a
    capitalised noun."""
    return (
        0 < k < len(doc) - 1
        # (inside the phrase, no finite verb: "…, Oberst Walter Pichlmayr, räumte Fehler ein")
        and not doc[k - 1].is_punct
        and doc[k].tag_ not in FINITE_TAGS
        and pos_at(doc, k) in VERB_POS
        and text_at(doc, k).islower()
        and has_attributive_participle_form(text_at(doc, k))
        and pos_at(doc, k + 1) in NP_HEAD_POS
        and text_at(doc, k + 1)[:1].isupper()
    )


# Words between the marks of a name inside a phrase: "ein Sprecher der „Polizei von DeLand“".
_MAX_MARKED_NAME = 6


def _title_marks(token: Token) -> set[int]:
    """The marks around a name inside the phrase headed by `token`: an opening mark right after an article
    and its closing mark a few words on, in the phrase, with no clause mark between. Such marks hold a
    name ("der „Polizei von DeLand“"), not a quotation the phrase ends at."""
    doc = token.doc
    marks = german().mention_boundary_marks
    left, right = token.left_edge.i, token.right_edge.i
    found: set[int] = set()
    for k in range(max(left, 1), right + 1):
        if text_at(doc, k) not in marks or pos_at(doc, k - 1) != "DET":
            continue
        for end in range(k + 2, min(right + 1, k + 2 + _MAX_MARKED_NAME)):
            if text_at(doc, end) in {",", ".", ":", ";", "!", "?"}:
                break
            if text_at(doc, end) in marks:
                found.update((k, end))
                break
    return found


def _is_boundary(token: Token) -> bool:
    return (
        token.is_space
        or "\n" in token_text(token)
        or token_text(token) in german().mention_boundary_marks
        or token_text(token) in {":", ";"}
    )


def phrase_around(token: Token, outside: Sequence[CharSpan] = ()) -> CharSpan:
    """The noun phrase holding `token` by position: determiners, adjectives and names next to it."""
    doc = token.doc
    left = right = token.i
    while (
        left > 0
        and pos_at(doc, left - 1) in {"DET", "ADJ", "PROPN", "NOUN"}
        and not is_inside(doc[left - 1], outside)
    ):
        left -= 1
    while (
        right + 1 < len(doc)
        and pos_at(doc, right + 1) in {"PROPN", "NOUN", "X"}
        and not is_inside(doc[right + 1], outside)
    ):
        right += 1
    parsed = mention_of(token, outside)
    start = min(doc[left].idx, parsed[0])
    end = max(doc[right].idx + len(text_at(doc, right)), parsed[1])
    return start, end


def clause_head(token: Token) -> Token:
    """The verb whose clause holds `token`: its first verb head (or the root), within a few steps."""
    current = token
    for _ in range(MAX_CHAIN + 2):
        if token_pos(current) in VERB_POS or current.head.i == current.i:
            return current
        current = current.head
    return current


def phrase_head(token: Token) -> Token:
    """The head of the noun phrase that `token` starts ("Jens" of "Jens Stoltenberg" -> "Stoltenberg")."""
    current = token
    for _ in range(MAX_CHAIN):
        head = current.head
        if head.i == current.i or token_pos(head) not in NOMINAL_POS or head.i < token.i:
            break
        if not (labels.is_name_part(current) or token_pos(current) in {"DET", "ADJ", "PROPN"}):
            break
        current = head
    return current


def _before_predicate_noun(token: Token) -> bool:
    """Whether `token` is "als" right before a noun without an article ("als Zeuge")."""
    doc = token.doc
    return (
        token_lower(token) == german().als
        and token.i + 1 < len(doc)
        and pos_at(doc, token.i + 1) in {"NOUN", "PROPN"}
    )


def first_nominal(
    tokens: Sequence[Token], outside: Sequence[CharSpan] = (), *, speaking_only: bool = False
) -> Token | None:
    """The first token in `tokens` that can start a subject noun phrase (not after a preposition).

    One that can speak is preferred; with `speaking_only`, no other is taken.
    """
    after_preposition = False
    found: list[Token] = []
    for token in tokens:
        if token.is_quote and not is_inside(token, outside):
            continue  # (marks inside a prepositional phrase end no phrase: "Im Rahmen der Kampagne „Wachsamer Nachbar“")
        if is_inside(token, outside) or token.is_punct:
            after_preposition = False
            continue
        # ("Als Zeuge sagte … aus": a bare noun after "als", whatever its tag, is a predicate, no subject; not
        # "anders als das Militär behauptet")
        if token_pos(token) == "ADP" or _before_predicate_noun(token):
            after_preposition = True
            continue
        # ("der 48-Jährige" tagged NUM is a person all the same; "Innenexperte Wiefelspütz" tagged ADJ is
        # the title before the name)
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        titled = (
            following is not None
            and token_pos(following) in {"NOUN", "PROPN"}
            and token_text(following)[:1].isupper()
        )
        described = is_described_person(token) and not titled
        if token_pos(token) in {"DET", "ADJ", "NUM", "ADV"} and not described:
            continue
        if is_speaker_like(token) and (token_pos(token) in NOMINAL_POS | {"X"} or described):
            case = morph_values(token, "Case")
            if not after_preposition and (not case or "Nom" in case):
                found.append(token)
        if token_pos(token) in VERB_POS:
            after_preposition = False
    # Prefer a noun phrase that can speak ("Als Begründung sagte ein Wissenschaftler").
    speaking = next((t for t in found if can_speak(t)), None)
    if speaking is not None or speaking_only:
        return speaking
    return found[0] if found else None


def _opens_bare_genitive(doc: Doc, i: int, limit: int) -> bool:
    """A genitive attribute without an article starts at token `i`: an adjective or determiner in the
    genitive before its noun ("politischer Beobachter", "einiger Juristen", "seines Anwalts")."""
    token = doc[i]
    de = german()
    if (
        token_pos(token) not in {"ADJ", "DET", "PRON"}
        or token_lower(token) in de.definite_articles | de.indefinite_articles
    ):
        return False
    noun = next((t for t in doc[i + 1 : min(limit, i + 3)] if token_pos(t) in NP_HEAD_POS), None)
    if noun is None:
        return False
    if morph_values(token, "Case") == ["Gen"]:
        return True
    # Taggers often miss the genitive plural ("politischer", "einiger"): its strong ending, with the noun
    # hung on the noun before it without a preposition.
    attached = (
        noun.head.i < i
        and token_pos(noun.head) in NP_HEAD_POS
        and not any(token_pos(c) == "ADP" for c in noun.children)
    )
    return attached and token_lower(token).endswith(de.genitive_plural_ending)


def is_mistagged_role(token: Token) -> bool:
    """ "sagte Drau-Adler-Coach Pekka Häkkinen" with the title tagged as a preposition: a capitalised role
    word inside a sentence is a noun, whatever the tagger says (no preposition is capitalised there)."""
    return (
        token_pos(token) not in NP_HEAD_POS
        and token_text(token)[:1].isupper()
        and not token.is_sent_start
        and is_person_noun(token_text(token))
    )


# Words a prepositional phrase inside a participle may hold before it: "am Mittwoch", "vom Land", "im Juli".
_INNER_PHRASE_POS = frozenset({"DET", "NOUN", "PROPN", "NUM", "ADJ"})
_MAX_INNER_PHRASE = 4


def _participle_after_phrase(doc: Doc, i: int, limit: int) -> int | None:
    """Where the participle stands that a prepositional phrase at token `i` belongs to, inside a noun phrase
    ("dem [am Mittwoch] veröffentlichten Prüfbericht"): a preposition, a few words, then a lower-case adjective
    and a noun; None for anything else."""
    if pos_at(doc, i) != "ADP":
        return None
    for j in range(i + 1, min(limit - 1, i + 1 + _MAX_INNER_PHRASE)):
        token = doc[j]
        # (a participle tagged a verb keeps its attributive tag: "veröffentlichten" VERB/ADJA)
        attributive = token_pos(token) == "ADJ" or token.tag_ == "ADJA"
        if (
            attributive
            and token_text(token)[:1].islower()
            and pos_at(doc, j + 1) in NP_HEAD_POS
            and j > i + 1
        ):
            return j
        if token_pos(token) not in _INNER_PHRASE_POS:
            return None
    return None


def _source_after_statement(doc: Doc, i: int, limit: int) -> bool:
    """Whether "aus" at token `i` opens where the statement or document named right before comes from: a
    capitalised word follows it, right after or after an article ("Angaben aus Khartum", "Unterlagen aus dem
    Ministerium")."""
    if lower_at(doc, i) != german().source_origin or i < 1 or i + 1 >= limit:
        return False
    noun = text_at(doc, i - 1)
    if not (is_speech_noun(noun) or is_document_noun(noun)):
        return False
    following = i + 2 if pos_at(doc, i + 1) == "DET" else i + 1
    # (not a time: "Planungen aus dem Jahr 2005", "Berichte aus den Neunzigerjahren")
    return (
        following < limit
        and text_at(doc, following)[:1].isupper()
        and not is_time_noun(lower_at(doc, following))
    )


def noun_phrase_after(doc: Doc, index: int, limit: int) -> list[int]:
    """Token indices of the noun phrase starting at `index`: "dem Direktor der Behörde Roberto Rodriguez"."""
    marked = marked_name_end(doc, index, limit)
    if marked is not None:
        return list(range(index, marked))  # "laut „Computerwoche“": the marks show a name, whatever its tag
    taken: list[int] = []
    seen_head = False
    i = index
    while i < limit:
        token = doc[i]
        if token_text(token) in german().clause_marks or token_text(token) in {"(", ")"}:
            taken.append(i)
        elif seen_head and token_lower(token) in german().genitive_articles:
            # A genitive or "von" attribute only when a noun follows soon, and an article after a name
            # starts the next phrase ("laut Sergei Voznyak der persönliche Sprecher … festgenommen").
            ahead = doc[i + 1 : min(limit, i + 4)]
            name = pos_at(doc, i - 1) == "PROPN" or doc[i - 1].ent_type_ in PERSON_LABELS
            after_name = name and token_lower(token) not in german().von
            if after_name or not any(token_pos(t) in NP_HEAD_POS for t in ahead):
                break
            taken.append(i)
            seen_head = False
        elif (
            seen_head
            and token_lower(token) in german().compound_joiners
            and text_at(doc, i - 1).endswith("-")
        ):
            taken.append(i)  # "Lehrerinnen- und Lehrerverband": the truncated compound goes on
            seen_head = False
        elif token_pos(token) in NP_HEAD_POS or is_mistagged_role(token) or _mistagged_name(token):
            taken.append(i)
            seen_head = True
        elif seen_head and _names_field(doc, i, limit):
            taken.append(i)  # "Departement für auswärtige Angelegenheiten"
            seen_head = False
        elif seen_head and _source_after_statement(doc, i, limit):
            # "nach Angaben aus Khartum", "laut Dokumenten aus der Birthler-Behörde": where what was said comes from
            taken.append(i)
            seen_head = False
        elif seen_head and _opens_bare_genitive(doc, i, limit):
            # "nach Einschätzung politischer Beobachter", "nach Ansicht einiger Juristen"
            taken.append(i)
            seen_head = False
        elif token_pos(token) in NP_POS and not seen_head:
            taken.append(i)
        elif not seen_head and taken and (adjective := _participle_after_phrase(doc, i, limit)) is not None:
            # "laut dem am Mittwoch veröffentlichten Prüfbericht": a phrase inside the participle before the noun
            taken.extend(range(i, adjective + 1))
            i = adjective + 1
            continue
        elif (
            token_text(token) == ","
            and seen_head
            and i + 1 < limit
            and pos_at(doc, i + 1) in {"DET", "PROPN", "NOUN"}
        ):
            # "so Ursula Castrup, die Leiterin der Fachstelle": an apposition at the end.
            taken.append(i)
            seen_head = False
        else:
            break
        i += 1
    while taken and (
        doc[taken[-1]].is_punct
        and doc[taken[-1]].text != ")"
        and doc[taken[-1]].text not in german().phrase_closing_marks
    ):
        taken.pop()
    return taken if any(pos_at(doc, i) in NP_HEAD_POS for i in taken) else []


def _mistagged_name(token: Token) -> bool:
    """ "nach Angaben von Dr. Jan-Hendrik Terhoeven" with the first name tagged as a preposition: a capitalised
    word the recogniser puts in a person's name, or the fine-grained tagger calls a proper noun ("des
    Netzbetreibers Energienetze Südost" with "Energienetze" an auxiliary to the coarse one), is a name, whatever
    the coarse tag says."""
    return (
        (token.ent_type_ in PERSON_LABELS or token.tag_ == PROPER_NOUN_TAG)
        and token_text(token)[:1].isupper()
        and not token.is_sent_start
    )


def _names_field(doc: Doc, i: int, limit: int) -> bool:
    """Whether "für" at token `i` names the field of the organisation before it ("das Bundesamt für
    Statistik"): a noun follows within a few words."""
    if lower_at(doc, i) != german().institution_field:
        return False
    before = text_at(doc, i - 1)
    # ("der Gesellschaft für Ernährung": a word that may mean a body or society names a field only with no
    # article after "für", not "die Verantwortung der Gesellschaft für die Kinder")
    field_of_body = (
        is_generic_organisation(before) and i + 1 < limit and article_genders(text_at(doc, i + 1)) is None
    )
    if not is_organisation_noun(before) and not field_of_body:
        return False
    return any(token_pos(t) in NP_HEAD_POS for t in doc[i + 1 : min(limit, i + 4)])


# The most words a name in marks after a word of an organisation's kind may have ("„Rettet den Hochsattel“").
_MAX_SLOGAN_WORDS = 6


def marked_name_end(doc: Doc, start: int, limit: int, *, slogan: bool = False) -> int | None:
    """Where a name in quotation marks that opens at token `start` ends (after its closing mark): "„Yemen
    Observer“", "«Radio Bern»"; None where no capitalised words in marks stand there. With `slogan` (after a
    word of an organisation's kind), a short phrase in marks that opens with a capital is a name too ("die
    Initiative „Unsere Hütte bleibt“")."""
    de = german()
    if start >= limit or text_at(doc, start) not in de.opening_marks:
        return None
    for k in range(start + 1, limit):
        if text_at(doc, k) in de.closing_marks:
            inside = doc[start + 1 : k]
            return k + 1 if len(inside) and token_text(inside[0])[:1].isupper() else None
        if slogan and k - start <= _MAX_SLOGAN_WORDS and not doc[k].is_quote:
            continue
        # (a number may be part of the name: "„Traun-Ultras 1921“", "«Nordkurve 08»")
        word = doc[k]
        if not (
            token_text(word)[:1].isupper()
            or word.is_punct
            or word.is_digit
            or token_lower(word) in de.title_name_particles
        ):
            return None
    return None


# A word of capitalised parts joined by hyphens: a double name or a compound noun ("Llewellyn-Pohl").
_CAPITALISED_COMPOUND = regex.compile(r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+")


def is_capitalised_compound(text: str) -> bool:
    """ "Llewellyn-Pohl", "Baden-Württemberg": capitalised parts joined by hyphens, a name or a noun whatever a
    tagger calls it."""
    return _CAPITALISED_COMPOUND.fullmatch(text) is not None


def noun_phrase_before(doc: Doc, index: int, limit: int) -> list[int]:
    """Token indices of the noun phrase ending at `index`: "Angaben des seismologischen Instituts"."""
    taken: list[int] = []
    i = index
    while i >= limit:
        token = doc[i]
        opening = bracket_opening(doc, i, limit) if not taken else None
        if opening is not None:
            # "Gesundheitslandesrätin Veronika Schwärzler (ÖVP) zufolge": a party in brackets ends the phrase
            taken += range(opening, i + 1)
            i = opening - 1
            continue
        # (a capitalised word that ends the phrase is its noun whatever its tag: "Thielscher zufolge", also a
        # double name: "Llewellyn-Pohl zufolge")
        head = i == index and (
            (token.is_alpha and token_text(token)[:1].isupper()) or is_capitalised_compound(token_text(token))
        )
        if (
            token_pos(token) in NP_POS
            or head
            or token_text(token) in german().clause_marks
            or token_lower(token) in german().genitive_articles
        ):
            if token_pos(token) in {"PRON"} and token_lower(token) not in german().possessive_determiners:
                break
            taken.append(i)
            i -= 1
            continue
        break
    return sorted(taken)


def bracket_opening(doc: Doc, close: int, limit: int) -> int | None:
    """Where the short bracket that token `close` closes opens ("(ÖVP)", "(CDU)"), or None."""
    if text_at(doc, close) != ")":
        return None
    for i in range(close - 1, max(limit, close - _MAX_BRACKET_TOKENS) - 1, -1):
        if text_at(doc, i) == "(":
            return i
    return None


def span_of_tokens(doc: Doc, source: Sequence[int]) -> CharSpan | None:
    if not source:
        return None
    first, last = doc[min(source)], doc[max(source)]
    return first.idx, last.idx + len(token_text(last))
