"""Speech or title: whether marked words are a quotation at all.

Titles, names and scare quotes are no quotations („Gorch Fock“, die sogenannten „Experten“); said words
are. What counts: the mark stage's hint (`MarkedSpan.is_speech`), whether the words make a clause or a
lower-case fragment, and how sure the attribution is (`Strength`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

import regex

from quotekit.lang.de import lemmas
from quotekit.lang.de.lemmas import lemma_candidates
from quotekit.lang.de.names import is_organisation_noun, is_person_noun
from quotekit.lang.de.words import german
from quotekit.records import CharSpan, CueKind, CueMatch
from quotekit.stages.cues import verb_match
from quotekit.stages.direct.attribution import Attribution, Strength, closing_marks
from quotekit.stages.marks import MarkedSpan, on_a_sign, on_teaser_line
from quotekit.syntax import labels
from quotekit.syntax.docindex import morph_values, text_of, token_lower, token_pos, token_text
from quotekit.syntax.labels import NOUN_POS, PERSON_LABELS, VERB_POS
from quotekit.syntax.mentions import passive_agent
from quotekit.syntax.spans import doc_slice, paragraph_text_before, tokens_between
from quotekit.syntax.verbs import is_finite, makes_passive, verb_form

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["is_quotation", "is_title_word", "joined", "shown_stance"]

# Two quotations joined by "und" or "oder" stand this close: „…“ und „…“.
_MAX_JOIN_CHARS = 12
# Characters before an opening mark searched for a title word or the noun phrase a name continues.
_TITLE_WINDOW = 40
# The words inside a pair of marks, from the opening mark on.
_MARKED_WORDS = regex.compile(r"[^\p{Pi}\p{Pf}„“”»«‹›\"]+")
# Words between a verb of naming and the title word beside it: "so lautet der Titel", "Das Album heißt".
_COPULA_REACH = 3
# What ends a clause between a verb of naming and the marks it would name.
_CLAUSE_ENDS = frozenset({".", "!", "?", ":", ";"})
# A name in marks right after the noun it names is short ("Klebsiella pneumoniae"); a longer run of words
# there is a fragment ("ein System von Schmiergeldzahlungen „Ende der 90er Jahre in der Wirtschaft üblich“").
_MAX_APPOSED_NAME_WORDS = 6
# Words a dative object may have between a naming verb and its marked object ("der früheren Regierung").
_MAX_DATIVE_OBJECT = 4
# What stands right before a marked name inside a noun phrase: an article, a determiner, an adjective
# or a noun ("von der „…“", "die französische „…“", "der Tageszeitung „…“").
_NAME_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN"})


def looks_like_speech(text: str, doc: Doc, start: int, end: int) -> tuple[bool, bool]:
    """(a clause: a finite verb or a sentence-final mark, starts lower-case: a quoted fragment)."""
    content = text[start:end].strip()
    # A full stop alone may end an abbreviation ("Ener1 Group Inc."): it needs a few words with it.
    words = content.split()
    ended = content.endswith(("!", "?", "…")) or (
        content.endswith(".") and (len(words) >= 4 or (len(words) >= 2 and words[-1][:1].islower()))
    )
    # A finite verb makes a clause; in two words it is more often a tagging error in a name, and so is a "verb"
    # with a full stop in it, an abbreviation ("Nichtraucher-Initiative Deutschland e.V. (NID)"). (The tokens
    # are read only where the marks and words leave it open.)
    clause = ended or (
        len(words) >= 3
        and any(is_finite(t) and "." not in token_text(t) for t in tokens_between(doc, start, end))
    )
    lower = content.lstrip("[(…. ")[:1].islower()
    return clause, lower


def joined(text: str, previous_end: int, open_start: int) -> bool:
    """Whether only a closing mark and "und", "oder" or a comma stand between two quotations."""
    between = text[previous_end:open_start].strip(closing_marks() + " \t").lower()
    return between in german().joining_words and open_start - previous_end < _MAX_JOIN_CHARS


def is_said(
    found: Attribution, *, is_speech: bool, clause: bool, lower: bool, single: bool, by_speaker: bool = False
) -> bool:
    """Titles, names and scare quotes are no quotations; said words are.

    Said: a speech cue attributes them, a colon or an inserted verb introduces a clause or a fragment,
    or they make a clause of their own; a fragment in lower case counts where a speaker stands by it;
    a single marked word counts where a naming verb governs it ("nannte den Bericht eine „Zeitungsente“");
    after a person's name, a role or a body and a colon any words in marks are said (`by_speaker`: "Oltmanns: „Ein
    Sieg der ganzen Mannschaft“", "Staatsanwältin: »Wie sein eigenes Konto«", not "Motto: „Zäme am Tisch“").
    """
    if found.strength is Strength.SAID:
        return True
    if found.strength is Strength.NAMED:
        return is_speech or clause or lower or single
    if found.strength is Strength.GOVERNED:
        return is_speech or clause or lower
    if found.strength is Strength.CUED:
        return is_speech or clause
    if found.strength is Strength.INTRODUCED:
        return clause or (is_speech and (lower or by_speaker))
    return is_speech and (clause or (lower and found.mention is not None))


def names_the_speaker(
    doc: Doc, cue: CueMatch | None, start: int, end: int, mention: CharSpan | None = None
) -> bool:
    """Whether the marked words lie inside the subject of their own speech verb: a name, not a quotation. Not
    where the speaker `mention` found stands outside that subject ("Palm nannte das Aus „einen schweren
    Verlust“" with "das Aus „…“" parsed as the subject: the parse is wrong, the marks are the predicate)."""
    if cue is None or cue.kind is not CueKind.VERB:
        return False
    for child in doc[cue.head].children:
        if labels.is_subject(child):
            left, right = child.left_edge, child.right_edge
            subject_end = right.idx + len(token_text(right))
            if mention is not None and not (left.idx <= mention[0] and mention[1] <= subject_end):
                continue
            if left.idx <= start and end <= subject_end:
                return True
    return False


@cache
def _title_words() -> tuple[frozenset[str], frozenset[str]]:
    """Inflected title trigger words (der Film, das Motto, die Operation): whole words, compound endings."""
    return lemmas.title_trigger_forms(german().title_triggers)


def is_title_word(word: str) -> bool:
    """A title trigger word (inflected, or ending a compound), not one for words someone said ("Worten",
    "Parole"); a colon after it introduces what follows ("mit den Worten: „…“", "Das Motto: „…“")."""
    whole, endings = _title_words()
    word = word.lower()
    if word in german().title_utterances:
        return False
    return word in whole or any(word[k:] in endings for k in range(len(word)))


def _names_words(word: str) -> bool:
    """ "die Feststellung „…“", "mit den Worten „…“", "die Parole „…“": a noun of saying or of said words."""
    lower = word.lower()
    return lower in german().title_utterances or lemmas.is_speech_noun_form(lower, lower)


def after_scare_word(text: str, open_start: int) -> bool:
    """ "an sogenannten „kriminalitätsbelasteten Orten“", "die so genannte „Reichensteuer“": the writer marks a term
    as someone else's way of putting it; no quotation, even of words a speech verb governs."""
    words = text[max(0, open_start - _TITLE_WINDOW) : open_start].lower().split()
    if not words:
        return False
    de = german()
    return words[-1].startswith(de.scare_words) or (
        len(words) > 1 and words[-2] == de.scare_split[0] and words[-1].startswith(de.scare_split[1])
    )


def after_title_word(text: str, open_start: int) -> bool:
    """ "unter dem Motto „…!“", "die CD „Have a nice day“", "die Uraufführung von „…“": a title word right
    before the mark (or before "von" there) names what the marks hold, a title, whatever they hold (even a
    clause with a "!"); so does a label before a colon, alone or with its genitive ("Titel der Schau: „…“")."""
    words = text[max(0, open_start - _TITLE_WINDOW) : open_start].split()
    if not words:
        return False
    if words[-1].endswith(":"):
        return _labels_what_follows([*words[:-1], words[-1][:-1]])
    if words[-1] in german().von and len(words) > 1:
        # (not after a noun of saying: "in einer Aussendung von »Steuergeld für Beamtenbashing« gesprochen")
        return is_title_word(words[-2]) and not _names_words(words[-2])
    return is_title_word(words[-1])


@cache
def _apposed_after() -> regex.Pattern[str]:
    """ ", eine Komödie", " an, einem kurzen Stück": an article, perhaps an adjective or two, and a noun after a
    comma (and perhaps one word before it) right after a closing mark. The noun ends the apposition or takes what
    it is about ("eine Komödie über …", "ein Film von …"; not the subject of a clause that goes on: "…“, eine
    Reform der Befristungen sei …")."""
    topics = "|".join(sorted(german().apposition_topic_prepositions))
    return regex.compile(
        r"[ \t]*(?:\p{Ll}+[ \t]*)?,[ \t]*(\p{L}+)[ \t]+(?:\p{Ll}+[ \t]+){0,2}(\p{Lu}\p{L}*)"
        rf"(?:[ \t]*[,.;]|[ \t]+(?:{topics})\b)"
    )


def _title_apposed_after(text: str, close_end: int) -> bool:
    """Whether an apposition with an indefinite article after the closing mark (perhaps past a verb's
    particle) names a kind of title: "„Wolkenkuckucksheim“, eine Komödie über …", "„…“ an, einem Stück über …"."""
    found = _apposed_after().match(text, close_end, close_end + _TITLE_WINDOW)
    return (
        found is not None
        and found.group(1).lower() in german().indefinite_articles
        and is_title_word(found.group(2))
    )


def _labels_what_follows(words: list[str]) -> bool:
    """Whether the words before a colon end in a label of a title (`title_labels`), or in one with a genitive
    after it ("seinen Spitznamen", "Titel der Schau", "Arbeitstitel des Buches")."""
    labels = german().title_labels

    def is_label(word: str) -> bool:
        return any(word.lower().endswith(label) for label in labels)

    if words and is_label(words[-1]):
        return True
    return len(words) >= 3 and words[-2].lower() in german().genitive_articles and is_label(words[-3])


def reads_as_name(doc: Doc, text: str, first: MarkedSpan, last: MarkedSpan) -> bool:
    """ "von der „Aktion Deutschland hilft“", "der Tageszeitung „La Nacion“", "die französische „L'Alliance
    pour la Planète“": marked words inside a noun phrase (an article, a determiner, an adjective or a noun
    right before the mark) that read as a name, more than one word each capitalised, a number or a name
    particle, or a title word first ("„Operation Nordlicht“"), and end in no sentence mark."""
    content = text[first.start : last.end].strip()
    words = content.split()
    if len(words) < 2 or content.endswith((".", "!", "?", "…")):
        return False
    before = tokens_between(doc, max(0, first.open_start - _TITLE_WINDOW), first.open_start)
    if not before or token_pos(before[-1]) not in _NAME_PHRASE_POS:
        return False
    particles = german().title_name_particles
    # (a name starts capitalised: "zur Kenntnis" is a fragment, though "zur" may stand inside a name)
    starts_name = not words[0][:1].islower()
    capitalised = starts_name and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in particles for w in words
    )
    # Right after a common noun the marks name it, lower-case words and all: "das Bakterium „Klebsiella
    # pneumoniae“", "in den „Rat für nationale Sicherheit“" (not after a noun of saying: "die Forderung „…“").
    apposed = (
        starts_name
        and len(words) <= _MAX_APPOSED_NAME_WORDS
        and token_pos(before[-1]) == "NOUN"
        and "\n" not in text[before[-1].idx : first.open_start]  # (not a kicker line above a headline)
        and not _names_words(token_text(before[-1]))
    )
    return capitalised or apposed or is_title_word(words[0])


def named_by_title_word(doc: Doc, first: MarkedSpan, last: MarkedSpan) -> bool:
    """ "Das Album heißt „Sprung ins Kalte“", "„Gewalt gegen Kinder“, so lautet der Titel der Studie": a
    verb of naming (heißen, lauten) next to the marks, in the same clause, with a title word beside it
    gives a title. A colon after the verb introduces what was said ("Das Fazit lautete: „…“")."""
    inside = tokens_between(doc, first.start, last.end)
    if not inside:
        return False
    low, high = inside[0].i, inside[-1].i
    copulas = german().title_copulas
    for verb in doc_slice(doc, max(0, low - _COPULA_REACH * 2), min(len(doc), high + _COPULA_REACH * 2 + 1)):
        if low <= verb.i <= high or token_pos(verb) not in VERB_POS:
            continue
        if not (verb.lemma_.lower() in copulas or token_lower(verb) in copulas):
            continue
        between = doc[verb.i + 1 : low] if verb.i < low else doc[high + 1 : verb.i]
        if any(token_text(t) in _CLAUSE_ENDS or "\n" in token_text(t) for t in between):
            continue
        if verb.i > high and token_text(inside[-1]) in _CLAUSE_ENDS:
            continue  # the marked words end their sentence: a verb after them is in the next one
        if any(token_lower(t) == german().impersonal_subject for t in doc[verb.i - 1 : verb.i + 2]):
            continue  # "heißt es": a cue of saying, not of naming
        near = doc[max(0, verb.i - _COPULA_REACH) : min(len(doc), verb.i + _COPULA_REACH + 1)]
        if any(token_pos(t) in NOUN_POS and is_title_word(token_text(t)) for t in (*near, *verb.children)):
            return True
    return False


def names_a_term(doc: Doc, cue: CueMatch | None, open_start: int) -> bool:
    """ "Dies nennt man einen „Aktiensplit“", "nennt sich „documenta 12“", "genannt „Profil 1.1“", "der
    Partikelstrom, der als „Sonnenwind“ bezeichnet wird": a naming verb in the sentence of the marks, with
    "man", a reflexive, as a bare participle or in a passive without an agent, gives a term or a name, and
    nobody says it."""
    de = german()
    if cue is None or cue.lemma not in de.naming_verbs:
        return False
    text = text_of(doc)
    # (a verb after the marks only closes a passive on "als": "vor einem „Luxusbau“ gewarnt" was said)
    after = cue.end > open_start
    if after and text[:open_start].rstrip().rsplit(" ", 1)[-1] != de.als:
        return False
    between = text[open_start : cue.start] if after else text[cue.end : open_start]
    if any(mark in between for mark in (".", "!", "?", ":", "\n")):
        return False
    verb = doc[cue.head]
    # (a noun: "als „nebelartig“ beschrieben" quotes an adjective someone used; nor "wurde von Kritikern als
    # „Flop“ bezeichnet", which someone said)
    noun = text[open_start + 1 : open_start + 2].isupper()
    if noun and verb_form(verb) == "Part" and makes_passive(verb) and passive_agent(verb) is None:
        return True
    if after:
        return False
    if any(token_lower(c) in de.impersonal_or_reflexive for c in verb.children):
        return True
    return verb_form(verb) == "Part" and not any(labels.is_subject(c) for c in verb.children)


def is_quotation(doc: Doc, group: Sequence[MarkedSpan], found: Attribution) -> bool:
    """Whether the marked words of `group` are a quotation under the attribution `found`.

    A quotation is said (a cue or a colon introduction), a clause of its own, or a fragment in lower case;
    one word counts where it is used as a predicate after "als" or an indefinite article under a naming
    verb ("nannte den Bericht eine „Zeitungsente“"). A gloss or a name in brackets is none, and neither are
    marked words inside the subject of their own speech verb.
    """
    text = text_of(doc)
    first, last = group[0], group[-1]
    if on_teaser_line(text, first.open_start):
        return False  # "Lesen Sie auch: „…“": a link to another article, whatever introduces it
    if on_a_sign(text, first.open_start):
        return False  # "Auf den Plakaten stand „…“": a sign's words, whoever carried it
    is_speech = any(m.is_speech for m in group)
    clause, lower = looks_like_speech(text, doc, first.start, last.end)
    # Only the words of its own paragraph stand before the marks: a kicker line ("Wirtschaft") above a
    # headline is no sentence the headline goes on.
    before = paragraph_text_before(text, first.open_start, _TITLE_WINDOW)
    before_mark = before.split()[-1:] or [""]
    # A predicate under a verb of naming, one word or more ("bezeichnete sie als „Knaller aus Karlsruhe“").
    predicate = (
        before_mark[0].lower() in german().predicate_words
        or _after_naming_preposition(before, found)
        or _second_object_of_nennen(doc, found, first.open_start)
        or _verdict_after_fuer(before_mark[0], found)
        or _object_right_after_naming_verb(doc, found, first.open_start)
    )
    colon = found.cue is not None and found.cue.kind is CueKind.COLON
    by_speaker = colon and found.mention is not None and _names_a_speaker(doc, found.mention)
    # "Landesrat Robert Haslinger zeigte sich „schwer enttäuscht“": the words the subject chose for how they take it
    # (lower case, so no title: said, whatever the strength of the attribution)
    if lower and found.mention is not None and shown_stance(doc, first.open_start) is not None:
        return True
    if not is_said(
        found, is_speech=is_speech, clause=clause, lower=lower, single=predicate, by_speaker=by_speaker
    ):
        return False
    return not _names_a_title(doc, first, last, found, clause=clause, lower=lower, before=before)


# Words back from the marks to the "sich" of "zeigte sich": adverbs and the subject of an inverted clause.
_STANCE_REACH = 6


def shown_stance(doc: Doc, open_start: int) -> CueMatch | None:
    """The cue where the marks are the predicate of "sich zeigen" or "sich geben" ("zeigte sich „fassungslos“",
    "gab sich der Trainer „vorsichtig optimistisch“"): "sich" a few words before them in the same clause, right
    after a form of one of those verbs; the verb and "sich" make the cue, like a separable verb."""
    mark = _mark_token(doc, open_start)
    if mark is None:
        return None
    de = german()
    for i in range(mark - 1, max(0, mark - _STANCE_REACH) - 1, -1):
        token = doc[i]
        if token.is_punct:
            return None
        if token_lower(token) == de.reflexive and i > 0:
            verb = doc[i - 1]
            lemmas = lemma_candidates(verb.lemma_.lower(), token_lower(verb))
            lemma = next((lemma for lemma in lemmas if lemma in de.self_presentation_verbs), None)
            if lemma is None:
                return None
            return verb_match(verb, lemma, token)  # ("sich" as the second stretch, like a particle)
    return None


# The fine tags of what closes a clause's verb bracket: a participle, an infinitive, a predicative adjective.
_BRACKET_CLOSERS = frozenset({"VVPP", "VAPP", "VMPP", "VVINF", "VAINF", "VVIZU", "ADJD"})


def _closes_verb_bracket(doc: Doc, first: MarkedSpan, last: MarkedSpan) -> bool:
    """Whether the marked words end in what the clause's finite auxiliary before them needs, with no verb after
    them in the clause ("Die Mannschaft habe im ersten Drittel «Charakter gezeigt».", "Lindner sei für die
    Mannschaft „Gold wert“"): they are part of what is said, no name a noun before them introduces. (A title
    leaves the bracket to words after it: "habe den Film „Vom Winde verweht“ gezeigt".)"""
    inside = doc.char_span(first.start, last.end, alignment_mode="expand")
    opening = _mark_token(doc, first.open_start)
    if inside is None or opening is None or not len(inside):
        return False
    if inside[-1].tag_ not in _BRACKET_CLOSERS:
        return False
    # (the rest of the clause after the marks: no verb, up to its end)
    closing = closing_marks()
    for token in doc[inside.end : min(len(doc), inside.end + _BRACKET_REACH)]:
        if token.is_punct and token_text(token) not in closing:
            break
        if token_pos(token) in VERB_POS:
            return False
    # (a finite auxiliary, modal or copula before the marks, in the same clause)
    for token in reversed(doc[max(0, opening - _BRACKET_REACH) : opening]):
        if token_text(token) in {",", ";", ":", ".", "!", "?"}:
            return False
        if token_pos(token) == "AUX" and is_finite(token):
            return True
    return False


# Words looked at on each side of the marks for the rest of the verb bracket.
_BRACKET_REACH = 12


def _mark_token(doc: Doc, open_start: int) -> int | None:
    """The index of the token that holds the opening mark at character `open_start`, or None."""
    mark = doc.char_span(open_start, open_start + 1, alignment_mode="expand")
    return None if mark is None else mark.start


def _second_object_of_nennen(doc: Doc, found: Attribution, open_start: int) -> bool:
    """ "nannte die Finanzierung »Chaos mit Ansage«": right after the noun that is the object of "nennen" the
    marks are its second object, what the object was called; not after a title word, an organisation or a
    person ("nannte den Film „…“", "nannte den Verein „…“", where the marks name them), nor after a word that
    is no object of the verb ("nennen ihn die Fans wegen seines Torjubels „Kartal“": a nickname)."""
    cue = found.cue
    if cue is None or german().nennen not in lemma_candidates(cue.lemma, cue.text.lower()):
        return False
    mark = _mark_token(doc, open_start)
    if not mark:  # (none, or the first token: no noun before the marks)
        return False
    noun = doc[mark - 1]
    word = token_text(noun)
    return (
        noun.head.i == cue.head
        and token_pos(noun) in NOUN_POS
        and not any(token_pos(c) == "ADP" for c in noun.children)  # (its own preposition: no object)
        and word[:1].isupper()
        and not is_title_word(word)
        and not is_organisation_noun(word)
        and not is_person_noun(word)
    )


def _object_right_after_naming_verb(doc: Doc, found: Attribution, open_start: int) -> bool:
    """ "Schülervertretung kritisiert „Bevormundung“": marked words right after a naming verb, with no article
    between, are its object in the words of its subject, as after "als"; not a name the text marked before
    ("der Dokumentarfilm «Salz»" … "lobte «Salz» als …")."""
    cue = found.cue
    if cue is None or cue.kind is not CueKind.VERB or cue.lemma not in german().naming_verbs:
        return False
    head = doc[cue.head]
    after_verb = head.idx + len(token_text(head))
    # (past the speaker right after the verb: "Dem Rat warf sie «Wolfspanik» vor")
    mention = found.mention
    if mention is not None and 0 <= mention[0] - after_verb <= 1 and mention[1] < open_start:
        after_verb = mention[1]
    if not 0 <= open_start - after_verb <= 1 and not _dative_object_between(doc, head, open_start):
        return False
    text = text_of(doc)
    words = _MARKED_WORDS.match(text, open_start + 1)
    if words is None:
        return True
    # ("lobte Trainer Kurt Meier «Salz» als besten Film": the marks name what is judged, "als" gives the judgement)
    if text[words.end() + 1 : words.end() + _AFTER_MARK_WINDOW].lstrip().split(" ", 1)[0] == german().als:
        return False
    return not _marked_before(text, words.group(), open_start)


def _dative_object_between(doc: Doc, head: Token, open_start: int) -> bool:
    """ "warf der ÖVP «Arbeitsverweigerung» vor", "bescheinigte ihm „Realitätsverlust“": only the verb's dative object
    (a pronoun or a noun phrase, the dative on its noun or its article) stands between the verb and the marks."""
    phrase = [t for t in doc[head.i + 1 : head.i + 1 + _MAX_DATIVE_OBJECT + 1] if t.idx < open_start]
    if not phrase or len(phrase) > _MAX_DATIVE_OBJECT or any(t.is_punct for t in phrase):
        return False
    noun = phrase[-1]
    inside = {t.i for t in phrase}
    if noun.head.i != head.i or any(t.head.i not in inside for t in phrase[:-1]):
        return False
    return any("Dat" in morph_values(t, "Case") for t in phrase if noun.i in {t.i, t.head.i})


def _marked_before(text: str, words: str, before: int) -> bool:
    """Whether `words` stand right after an opening mark somewhere before offset `before`."""
    return any(text.rfind(mark + words, 0, before) >= 0 for mark in german().opening_marks)


def _verdict_after_fuer(word: str, found: Attribution) -> bool:
    """ "hält diese Zahl für „Schönfärberei“": the word a verb of judging takes after "für" is the judge's
    own, as a predicate after "als" is."""
    return word == german().fuer and found.cue is not None and found.cue.lemma in german().verdict_verbs


# Characters after a closing mark read for the word that follows it (no copy of the rest of a long text).
_AFTER_MARK_WINDOW = 40
# The words before the marks that may hold a naming preposition, its article and adjectives.
_NAMING_PHRASE_WORDS = 4


def _after_naming_preposition(before: str, found: Attribution) -> bool:
    """Whether the cue's naming preposition stands right before the marks, perhaps with an article and adjectives
    between: "sprach von „Dauerzustand“", "warnte vor den „Lohnverzichtstheorien“", "antwortete mit einem knappen
    „Nein“"."""
    if found.cue is None:
        return False
    de = german()
    preposition = de.naming_prepositions.get(found.cue.lemma)
    words = before.split()[-_NAMING_PHRASE_WORDS:]
    articles = de.nominative_articles | de.oblique_articles
    # (past adjectives after an article: "antwortete mit einem knappen „Nein“")
    opened = next((k for k in range(len(words) - 1, -1, -1) if words[k].lower() in articles), None)
    if opened is not None and all(word.isalpha() and word.islower() for word in words[opened + 1 :]):
        words = words[:opened]
    # (as written: a capitalised "Von" opens the sentence with what is talked about, often to deny the word:
    # "Von «Shrinkflation» wolle er nicht sprechen")
    return bool(words) and words[-1] == preposition


# Hyphens that join a word to the marks of a compound's last part.
_HYPHENS = frozenset("-\u2010\u2011")


def _ends_compound(text: str, open_start: int) -> bool:
    """Whether an opening mark is glued by a hyphen to the word before it: the marks end a compound."""
    return open_start >= 2 and text[open_start - 1] in _HYPHENS and text[open_start - 2].isalnum()


def _names_an_organisation(text: str, first: MarkedSpan, last: MarkedSpan, word: str) -> bool:
    """ "Sprecher der Händlergemeinschaft „Kassel kauft lokal“": a few marked words right after an organisation's
    noun are its name, a clause and all, where they open in capitals and hold no comma or sentence mark (not "in
    seinem Pflegedienst „Leistungen abgerechnet wurden, die …“")."""
    content = text[first.start : last.end].strip()
    return (
        0 < len(content.split()) <= _MAX_APPOSED_NAME_WORDS
        and content[:1].isupper()
        and not any(mark in content for mark in ",.!?…;:")
        and text[first.open_start - 1 : first.open_start] == " "
        and is_organisation_noun(word)
        and not _names_words(word)
    )


def _names_a_speaker(doc: Doc, mention: tuple[int, int]) -> bool:
    """Whether a mention holds a person's name the recogniser gives, or ends in a noun for someone who speaks
    ("Staatsanwältin: »Wie sein eigenes Konto«", "Pendler: «Schon wieder Ersatzbusse»", "Opposition: …"; not
    "Motto: „Zäme am Tisch“")."""
    span = doc.char_span(*mention, alignment_mode="expand")
    if span is None:
        return False
    last = span[-1]
    # ("SPD: „Kahlschlag mit Ansage“", "Grüne: …": a party speaks through its people, whatever its tag)
    return (
        any(t.ent_type_ in PERSON_LABELS for t in span)
        or token_lower(last) in german().parties
        or (
            token_pos(last) in NOUN_POS
            and (is_person_noun(token_text(last)) or is_organisation_noun(token_text(last)))
        )
    )


def _names_a_title(
    doc: Doc,
    first: MarkedSpan,
    last: MarkedSpan,
    found: Attribution,
    *,
    clause: bool,
    lower: bool,
    before: str,
) -> bool:
    """Whether the marked words from `first` to `last` name a title, a name or a term rather than quote
    someone, decided from the words around the marks (`before` them: an article, a title word, a naming verb, a
    bracket) and how sure the attribution `found` is; the marked words themselves decide only whether they
    make a `clause` or start in `lower` case (`looks_like_speech`, computed once by `is_quotation`)."""
    text = text_of(doc)
    before_mark = before.split()[-1:] or [""]
    # Titles, names and terms, decided from the words around the marks, whatever the marks hold.
    # A title starts in upper case; a fragment in lower case that a speech or naming verb governs
    # stays what was said ("nannte den Plan „unverantwortlich“").
    governed = lower and found.strength >= Strength.GOVERNED
    if _ends_compound(text, first.open_start):
        return True  # "im Ö1-„Morgenjournal“", "ZDF-„heute journal“": the last part of a compound name
    if after_scare_word(text, first.open_start):
        return True
    if _title_apposed_after(text, last.close_end):
        return True  # "„Wolkenkuckucksheim“, eine Komödie über …": what kind of title it is, set off after it
    if (after_title_word(text, first.open_start) and not governed) or names_a_term(
        doc, found.cue, first.open_start
    ):
        return True
    if named_by_title_word(doc, first, last):
        return True
    # A name inside a noun phrase: also under a speech verb whose clause holds it ("berichtet über einen
    # Entwurf für ein „Gesetz zur Änderung des Passgesetzes“"), unless the marks hold a clause; a naming
    # verb's predicate stays ("nannte ihn den „Vater der Nation“").
    # ("sei für die Mannschaft „Gold wert“": the clause's predicate, no name a noun before the marks introduces)
    if _closes_verb_bracket(doc, first, last):
        return False
    weak = found.strength < Strength.GOVERNED or (found.strength is Strength.GOVERNED and not clause)
    if weak and reads_as_name(doc, text, first, last):
        return True
    if _names_an_organisation(text, first, last, before_mark[0]):
        return True
    if (
        found.strength is Strength.GUESS
        and (not lower or not clause)
        and before.rstrip()[-1:].isalnum()
        and not _names_words(before_mark[0])
    ):
        # "die SPÖ plakatiert „Wohnen darf kein Luxus sein“", "Sprechchöre „Tod dem Diktator“": with no
        # cue, a clause in marks inside a sentence that goes on around it is a slogan or a title; after
        # "die Feststellung", "mit den Worten" it is what was said.
        return True
    if not clause and before_mark[0].lower() in german().addressee_prepositions:
        return True  # "sagt gegenüber «20 Minuten»": the medium told, not words someone said
    if not clause and before.rstrip().endswith(german().gloss_openers):
        return True  # („Hartz IV“), [auf Deutsch: „…“]: a gloss or a name in brackets, not speech
    # "Wie die „Aktion Deutschland hilft“ mitteilte": the marks name who speaks. (Not a predicate after "als"
    # under a verb of naming, whatever subject the parse gives the verb: "der … Wahlsieg als „Fest“ bezeichnete")
    predicate = found.strength is Strength.NAMED and before_mark[0].lower() in german().predicate_words
    return (
        not clause
        and not predicate
        and names_the_speaker(doc, found.cue, first.start, last.end, found.mention)
    )
