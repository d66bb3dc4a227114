"""Speaker mentions by position, where the parse missed the subject: the nominal after a verb or "so", a
name in marks after a cue, the subject around a verb, a headline's name before its colon, the subject of the
sentence before. The rules that read the parse are in `quotekit.syntax.mentions`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from quotekit.lang.de.names import is_role, is_speech_noun
from quotekit.lang.de.words import german
from quotekit.records import CharSpan, CueMatch
from quotekit.syntax import labels
from quotekit.syntax.docindex import lower_at, pos_at, text_at, text_of, token_lower, token_pos, token_text
from quotekit.syntax.labels import PERSON_LABELS, PLACE_LABELS, VERB_POS
from quotekit.syntax.mentions import (
    after_title,
    body_for_man,
    clause_subject,
    impersonal_source,
    person_before_insertion,
    reacting_source,
)
from quotekit.syntax.nominals import NOMINAL_POS, can_speak, is_person, is_speaker_like
from quotekit.syntax.phrases import (
    first_nominal,
    is_mistagged_role,
    mention_of,
    noun_phrase_after,
    phrase_around,
    span_of_tokens,
)
from quotekit.syntax.sources import genitive_attribute, source_after
from quotekit.syntax.spans import (
    is_inside,
    last_sentence_before,
    previous_sentence,
    sentence_of,
    tokens_between,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = [
    "headline_name",
    "marked_name_after",
    "nominal_after",
    "source_of_sentence_before",
    "subject_around",
    "subject_by_position",
    "subject_of_previous_sentence",
]

# A colon headline ("Erkki Tuomioja, Präsident des Rats der Europäischen Union: „…“") is short.
_MAX_HEADLINE_TOKENS = 14


# --- where the parse missed the subject ------------------------------------------------------------


def nominal_after(tokens: Sequence[Token], verb: int, outside: list[CharSpan]) -> CharSpan | None:
    """„…“, fügte Kempthorne hinzu: the first noun phrase after the verb, when the parse missed it; after
    "so" without a cue ("„…“ so das Fazit der Betreiber"), the source as for every "so X" (`source_after`)."""
    after = [t for t in tokens if t.i > verb]
    if not after:
        return None
    doc = after[0].doc
    if lower_at(doc, verb) == german().so:
        return span_of_tokens(doc, source_after(doc, verb + 1, after[-1].i + 1, outside))
    nominal = first_nominal(after, outside) or _first_nominative_form(after, outside)
    return None if nominal is None else phrase_around(nominal, outside)


def _first_nominative_form(tokens: Sequence[Token], outside: list[CharSpan]) -> Token | None:
    """ "fügte Brown hinzu", "begründet das Gericht": the first noun whose form may be nominative though
    the tagger gave another case. A bare name has one form for every case (a bare common noun may be an
    object: "wolle man Aktien ausgeben"); an article decides where there is one ("das", "die", "ein" may
    be nominative, "den", "dem" may not)."""
    after_preposition = False
    for token in tokens:
        if is_inside(token, outside) or token.is_punct:
            after_preposition = False
            continue
        if is_mistagged_role(token) and not after_preposition:
            return token  # "sagte Drau-Adler-Coach Pekka Häkkinen" with the title tagged as a preposition
        if token_pos(token) == "ADP":
            after_preposition = True
        elif is_speaker_like(token) and token_pos(token) in NOMINAL_POS and not after_preposition:
            article = next((t for t in reversed(token.doc[: token.i]) if token_pos(t) != "ADJ"), None)
            if article is not None and token_pos(article) == "DET":
                if token_lower(article) in german().nominative_articles:
                    return token
            elif token_pos(token) == "PROPN" or token.ent_type_ or is_person(token):
                return token
    return None


def marked_name_after(doc: Doc, cue: CueMatch, end: int, marked: Sequence[CharSpan]) -> CharSpan | None:
    """„…“, schrieb „Die Zeit“ / schreibt die „Computerwoche“: a marked name right after the verb speaks."""
    between = [t for t in tokens_between(doc, cue.extent[1], end) if not t.is_space]
    if any(token_pos(t) not in {"DET", "ADJ"} for t in between):
        return None
    start = end + len(text_of(doc)[end:]) - len(text_of(doc)[end:].lstrip())
    return next(((s, e) for s, e in marked if s == start), None)


def subject_around(doc: Doc, sentence: SpacySpan, verb: Token, outside: list[CharSpan]) -> CharSpan | None:
    """The subject of a verb the parse may have missed: the parse's, else a noun phrase before or after it.
    An impersonal verb ("heißt es") names its source in a phrase or not at all: "Darin heißt es, der Standort
    sei „geeignet“" is not the site's word."""
    if verb.lemma_.lower() in german().impersonal_verbs:
        source = impersonal_source(verb, outside)
        return None if source is None else mention_of(source, outside)
    subject = clause_subject(verb, outside) if token_pos(verb) in VERB_POS else None
    if subject is not None and subject.i > verb.i and not is_person(subject):
        # ("Wiesinger selbst, 71 Jahre alt, nannte die Oper „…“" with the object parsed as the subject)
        subject = person_before_insertion(verb, outside) or subject
    # (a name the recogniser missed is the subject still, by its tag: "Baumgartner nannte die Spender «…»",
    # where the noun after the verb is the one named, not the speaker)
    named = (
        subject is not None and subject.tag_ == labels.PROPER_NOUN_TAG and token_text(subject)[:1].isupper()
    )
    if subject is not None and (can_speak(subject) or after_title(subject) or named):
        return mention_of(subject, outside)
    before = first_nominal(list(doc[sentence.start : verb.i]), outside)
    if before is not None and can_speak(before):
        return phrase_around(before, outside)
    after = first_nominal(list(doc[verb.i + 1 : sentence.end]), outside)
    if after is not None and can_speak(after):
        return phrase_around(after, outside)
    return None


# Word classes that never name a speaker, capitalised or not.
_CLOSED_POS = frozenset({"CCONJ", "SCONJ", "ADV", "ADP", "PART", "DET", "PRON", "INTJ"})


def headline_name(tokens: Sequence[Token]) -> CharSpan | None:
    """ "Faeser: „…“", "Erkki Tuomioja, Präsident des Rats: „…“": a short noun phrase alone before a colon."""
    words = [t for t in tokens if not t.is_punct or token_text(t) in {",", "(", ")", "-"}]
    while words and words[-1].is_punct:
        words.pop()
    # (a list's last item after bracketed quotations: "…, und der Ministerpräsident Jens Stoltenberg: „…“")
    while words and (words[0].is_punct or token_pos(words[0]) == "CCONJ"):
        words.pop(0)
    if not words or len(words) > _MAX_HEADLINE_TOKENS:
        return None
    words = _without_open_bracket(words)
    if not any(
        token_pos(t) in {"PROPN", "NOUN"} or (token_text(t)[:1].isupper() and token_pos(t) not in _CLOSED_POS)
        for t in words
    ):
        return None  # "Und: „…“" names no one
    if _is_topic_line(words):
        return None
    if (
        len(words) > 1
        and token_lower(words[0]) in german().possessive_genders
        and is_speech_noun(token_text(words[1]))
    ):
        # "Seine Meinung zu Kirchhof: „…“", "Ihr Fazit: „…“": whose statement it is speaks, not whom it is about
        return words[0].idx, words[0].idx + len(token_text(words[0]))
    return words[0].idx, words[-1].idx + len(token_text(words[-1]))


def _without_open_bracket(words: list[Token]) -> list[Token]:
    """The words up to a bracket they leave open: "Manuel Neuer (Bayern): „…“", where the tokenizer keeps "):"
    whole, names "Manuel Neuer" (a mention never ends inside brackets)."""
    texts = [token_text(t) for t in words]
    if texts.count("(") <= texts.count(")"):
        return words
    kept = words[: len(texts) - 1 - texts[::-1].index("(")]
    while kept and kept[-1].is_punct:
        kept.pop()
    return kept or words


def _is_topic_line(words: Sequence[Token]) -> bool:
    """ "Mittelständler unter Druck: „…“", "Schulen in der Krise: „…“": a prepositional phrase with a common
    noun after the head makes a topic line, not a speaker ("Anna Berg (SPD)", "Präsident des Rats",
    "Anwohnerin aus Bochum", "Trainer von Eintracht"). Nor after a role word: "Ein Hauptkommissar nach der
    Festnahme: „…“" names who spoke and when."""
    particles = german().name_particles
    for k, token in enumerate(words):
        if token_pos(token) != "ADP" or token_lower(token) in particles:
            continue
        if k > 0 and token_pos(words[k - 1]) == "NOUN" and is_role(token_text(words[k - 1])):
            return False
        noun = next((t for t in words[k + 1 :] if token_pos(t) not in {"DET", "ADJ", "NUM"}), None)
        if noun is not None and token_pos(noun) == "NOUN" and noun.ent_type_ not in PERSON_LABELS:
            return True
    return False


# The most words a subject before its verb that the tags make no noun phrase of may have (`_named_opening`).
_NAMED_OPENING_WORDS = 6


def subject_by_position(doc: Doc, cue: CueMatch, parts: Sequence[CharSpan]) -> CharSpan | None:
    """When the parse gives the cue no subject: the noun phrase right after the verb ("sagte Karsai")
    or the one that opens the sentence right before it ("Die Union sagte")."""
    head = doc[cue.head]
    sent = sentence_of(head)
    inside = {t.i for p in parts for t in (doc.char_span(*p, alignment_mode="expand") or [])}
    after = max(cue.tokens) + 1 if len(cue.tokens) > 1 and max(cue.tokens) == head.i + 1 else head.i + 1
    # (a person named before the verb that opens the sentence speaks, not the noun after the verb, its object:
    # "New Yorks Bürgermeister Michael Bloomberg kritisierte Gillibrand dafür, …")
    named_first = _named_opening(doc, sent.start, min(cue.tokens), inside)
    if named_first is not None:
        return named_first
    nominal = (
        after < sent.end
        and after not in inside
        and (pos_at(doc, after) in {"DET", "PROPN", "NOUN", "PRON"} or is_mistagged_role(doc[after]))
    )
    # ("empfahl dem Gericht, …": a phrase an oblique article opens is an addressee, not who speaks)
    # (read only where a word follows: a cue may end the text)
    oblique = nominal and lower_at(doc, after) in german().oblique_articles
    if (
        nominal
        and not oblique
        and (pos_at(doc, after) != "PRON" or lower_at(doc, after) in german().subject_pronouns)
    ):
        source = [i for i in noun_phrase_after(doc, after, sent.end) if i not in inside]
        if source:
            return span_of_tokens(doc, source)
    # "…, wollte Richter Leisegang wissen": the noun phrase after a modal that opens the cue, before its verb
    first_word = min(cue.tokens)
    if first_word < head.i and first_word + 1 < head.i:
        between = first_word + 1
        if (pos_at(doc, between) in {"DET", "PROPN", "NOUN"} or is_mistagged_role(doc[between])) and lower_at(
            doc, between
        ) not in german().oblique_articles:
            source = [i for i in noun_phrase_after(doc, between, head.i) if i not in inside]
            if source:
                return span_of_tokens(doc, source)
    # "…, wie die Nachrichtenagentur ANSA gestern berichtete": the noun phrase after the "wie" of the cue's clause.
    wie = next((t.i for t in reversed(doc[sent.start : head.i]) if token_lower(t) == german().wie), None)
    if wie is not None and not any(token_text(t) in {",", ";", ":"} for t in doc[wie + 1 : head.i]):
        source = [i for i in noun_phrase_after(doc, wie + 1, head.i) if i not in inside]
        if not source and _names_by_shape(doc[wie + 1 : head.i]):
            source = list(range(wie + 1, head.i))  # "Wie „heise online“ berichtet", "Wie GGG.at berichtete"
        if source:
            return span_of_tokens(doc, source)
    if head.i == sent.start + 1 and _names_by_shape(doc[sent.start : head.i]):
        return span_of_tokens(doc, [sent.start])  # "Al-Jazeera meldete, …", "eBay hält es für möglich, …"
    # "Auch Feinstein argumentierte, …": a focus particle may stand before it (before the finite verb of a
    # main clause only one phrase stands, so an adverb there belongs to the noun phrase).
    # ("Jana Hug wollte von der Finanzvorsteherin wissen, …": the cue's first word, the modal, is the finite verb)
    verb = min(cue.tokens)
    first = (
        sent.start + 1 if pos_at(doc, sent.start) in {"ADV", "PART"} and sent.start + 1 < verb else sent.start
    )
    opening = [i for i in noun_phrase_after(doc, first, verb) if i not in inside]
    if not opening or opening[0] != first:
        return None
    if max(opening) + 1 >= verb - 1:
        return span_of_tokens(doc, opening)
    # "Ihre Geschäftsführerin, lic. iur. Andrea Roth-Keller, wollte wissen": with its apposition between commas
    end = max(opening) + 1
    commas = [i for i in range(end, verb) if text_at(doc, i) == ","]
    if commas == [end, verb - 1] and end + 1 < verb - 1 and not inside & set(range(end, verb)):
        return span_of_tokens(doc, list(range(first, verb - 1)))
    return None


def _named_opening(doc: Doc, first: int, verb: int, inside: set[int]) -> CharSpan | None:
    """The words [first, verb) when they are a few capitalised words, none an article, ending in a person's name
    by the recogniser: the subject before the finite verb, whatever the tags ("Ali Chamene'i forderte …");
    else None."""
    words = range(first, verb)
    if not 0 < len(words) <= _NAMED_OPENING_WORDS or inside.intersection(words):
        return None
    if not all(text_at(doc, i)[:1].isupper() and pos_at(doc, i) != "DET" for i in words):
        return None
    if doc[verb - 1].ent_type_ not in PERSON_LABELS:
        return None
    return span_of_tokens(doc, list(words))


def _names_by_shape(words: Sequence[Token] | SpacySpan) -> bool:
    """Words that name someone by their form whatever their tags: a name in marks („heise online“), or a
    word or two the recogniser names or that hold a capital inside ("Al-Jazeera", "eBay", "GGG.at")."""
    de = german()
    if (
        len(words) >= 3
        and token_text(words[0]) in de.opening_marks
        and token_text(words[-1]) in de.closing_marks
    ):
        return True
    return 0 < len(words) <= 2 and all(
        t.ent_type_
        or (any(ch.isupper() for ch in token_text(t)[1:]) and any(ch.isalpha() for ch in token_text(t)))
        for t in words
    )


def subject_of_previous_sentence(
    sentences: Sequence[SpacySpan], k: int, quoted: Sequence[CharSpan] = (), *, spoke: bool = False
) -> CharSpan | None:
    """The speaker a free reported sentence most likely goes back to: the subject of the sentence
    before it ("Die Kriminalpolizei bittet um Mithilfe. Der Mann sei …"), when that can speak. A subject
    inside the quotations `quoted` is the quoted speaker's word ("»…, habe ich …«, sagte die 53-Jährige"):
    the narrator's subject outside them counts. Where that sentence `spoke` (a cue of saying is its verb),
    a country speaks too ("China wies die Vorwürfe zurück. Man habe …")."""
    if k == 0:
        return None
    root = sentences[k - 1].root
    subject = clause_subject(root)
    if subject is not None and quoted and is_inside(subject, quoted):
        subject = next(
            (
                t
                for t in sentences[k - 1]
                if labels.is_subject(t) and not is_inside(t, quoted) and not is_inside(t.head, quoted)
            ),
            None,
        )
    pointing = any(
        labels.is_subject(c) and token_lower(c) in german().neuter_demonstratives for c in root.children
    )
    if pointing and (subject is None or token_lower(subject) in german().neuter_demonstratives):
        # "Das hat die Spitalregion am Donnerstag mitgeteilt." parsed with "Das" as the subject: the
        # demonstrative points back to what was said; the one who can speak beside it said it
        subject = next(
            (c for c in root.children if labels.is_object(c) and token_pos(c) in {"NOUN", "PROPN"}), subject
        )
    # ("Kritik kommt von der Patientenstelle.", "Bei der Gesundheitskasse verweist man auf neue Modelle.": the one
    # the reaction comes from, the body the impersonal "man" speaks for)
    subject = body_for_man(root, subject, quoted)
    if subject is None or not can_speak(subject):
        subject = reacting_source(root, quoted) or subject
    if subject is None or subject.is_space:
        return None
    if not can_speak(subject) and not (spoke and subject.ent_type_ in PLACE_LABELS):
        return None
    return mention_of(subject)


def source_of_sentence_before(token: Token) -> CharSpan | None:
    """What a pointer at `token` ("Demnach") points back to: the speaking subject of the sentence before it
    in the same paragraph, else the owner of a report that sentence names ("Zusätzlichen Druck erzeugt ein
    Bericht des Landesrechnungshofs. Demnach …": the Landesrechnungshof); None where it names neither."""
    sent = sentence_of(token)
    before = previous_sentence(token.doc, sent)
    if before is None:
        # Opening a paragraph, it points back to a report the paragraph before ends with ("… das Ergebnis einer
        # Studie des Instituts für Bildungsforschung.¶¶Demnach …"), not to that paragraph's subject.
        last = last_sentence_before(token.doc, sent.start)
        return None if last is None else _owner_of_report(last)
    return subject_of_previous_sentence([before, sent], 1) or _owner_of_report(before)


def _owner_of_report(sent: SpacySpan) -> CharSpan | None:
    """Who issued a report the sentence names: the genitive attribute of a speech noun, its subject's first
    ("Zu diesem Schluss kommt eine Studie des Instituts für Gebirgsforschung"), when it can speak."""
    subject = clause_subject(sent.root)
    nouns = [t for t in sent if token_pos(t) == "NOUN" and is_speech_noun(token_text(t))]
    if subject is not None and subject in nouns:
        nouns.remove(subject)
        nouns.insert(0, subject)
    for noun in nouns:
        owner = genitive_attribute(noun)
        words = None if owner is None else sent.doc.char_span(*owner, alignment_mode="expand")
        if words is not None and any(can_speak(t) for t in words):
            return owner
        demonstrative = _demonstrative_owner_before(noun)
        if demonstrative is not None:
            # "Dessen jüngste Umfrage hat für Aufsehen gesorgt. Demnach …": the one "dessen" stands for
            return demonstrative.idx, demonstrative.idx + len(token_text(demonstrative))
    return None


def _demonstrative_owner_before(noun: Token) -> Token | None:
    """ "dessen" or "deren" opening the noun's phrase, with only adjectives between ("Dessen jüngste Umfrage")."""
    doc, owners = noun.doc, german().demonstrative_owner_genders
    k = noun.i - 1
    # (a tagger may call "Dessen" an adjective too)
    while k >= 0 and token_pos(doc[k]) == "ADJ" and token_lower(doc[k]) not in owners:
        k -= 1
    return doc[k] if k >= 0 and token_lower(doc[k]) in owners else None
