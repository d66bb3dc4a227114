"""Local speaker mentions: the noun phrase that a cue or a clause names as the speaker."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from quotekit.lang.de.names import role_of
from quotekit.lang.de.words import german
from quotekit.records import CueMatch
from quotekit.syntax import labels
from quotekit.syntax.labels import PERSON_LABELS, PREPOSITION_TAGS, VERB_POS
from quotekit.syntax.nominals import NOMINAL_POS, can_speak, is_nominal, is_speaker_like
from quotekit.syntax.verbs import is_finite, verb_form

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

# How far up conjunct and auxiliary chains a subject is looked for ("X begrüßte … und griff … an").
_MAX_CHAIN = 4


def token_range(doc: Doc, start: int, end: int) -> SpacySpan | None:
    """The tokens covering characters [start, end), or None when there are none."""
    return doc.char_span(start, end, alignment_mode="expand")


def _inside(token: Token, outside: Sequence[tuple[int, int]]) -> bool:
    return any(start <= token.idx < end for start, end in outside)


_MAX_APPOSED_NAME = 4  # words in a name set off after a role phrase


def mention_of(token: Token, outside: Sequence[tuple[int, int]] = ()) -> tuple[int, int]:
    """The character span of the noun phrase headed by `token`, kept outside the quotation `outside`."""
    left, right = token.i, token.i
    dropped: set[int] = set()
    # The head and its appositions ("der Sprecher …, Ned Price"): prepositional phrases after them
    # belong to the clause ("Ned Price, während eines Briefings").
    heads = [token, *(t for t in token.subtree if t is not token and labels.is_apposition(t))]
    for head in heads:
        for child in head.rights:
            words = [t for t in child.subtree if not t.is_punct]  # a comma may hang on the phrase
            if not words:
                continue
            first = words[0]
            is_preposition = first.pos_ == "ADP" or first.tag_ in PREPOSITION_TAGS
            if is_preposition and first.lower_ not in german().mention_prepositions:
                dropped.update(t.i for t in child.subtree)
    for child in token.lefts:
        # "so Schnappauf", "auch Präsident Ciampi": adverbs and particles before a noun are the clause's.
        if child.pos_ in {"ADV", "CCONJ", "SCONJ", "PART", "ADP"}:
            dropped.update(t.i for t in child.subtree)
    for candidate in token.subtree:
        if candidate.i in dropped or _inside(candidate, outside):
            continue
        if candidate.is_punct and candidate.text not in {",", "-", "."}:
            continue
        if candidate.i < left and all(not _is_boundary(t) for t in token.doc[candidate.i : token.i]):
            left = candidate.i
        elif candidate.i > right and all(
            not _is_boundary(t) for t in token.doc[token.i + 1 : candidate.i + 1]
        ):
            right = candidate.i
    doc = token.doc
    # "Außenministerin Annalena Baerbock": names right after the head belong to it even when the
    # parse attached them elsewhere.
    while (
        right + 1 < len(doc)
        and doc[right + 1].pos_ == "PROPN"
        and doc[right + 1].text[:1].isupper()
        and not _inside(doc[right + 1], outside)
        and right + 1 not in dropped
    ):
        right += 1
    right = _apposed_name_end(token, right, outside, dropped)
    while right > left and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    while left < right and (
        doc[left].is_punct or doc[left].is_space or left in dropped or _inside(doc[left], outside)
    ):
        left += 1
    return doc[left].idx, doc[right].idx + len(doc[right].text)


def _apposed_name_end(head: Token, right: int, outside: Sequence[tuple[int, int]], dropped: set[int]) -> int:
    """ "der Sprecher des Außenministeriums, Ned Price, …": a name set off by commas after a role
    phrase is its apposition, also where the parse hung the name on the verb. Returns the new end."""
    doc = head.doc
    if role_of(head.text) is None or right + 2 >= len(doc) or doc[right + 1].text != ",":
        return right
    end = right + 1
    while (
        end + 1 < len(doc)
        and end - right <= _MAX_APPOSED_NAME
        and (doc[end + 1].pos_ == "PROPN" or doc[end + 1].ent_type_ in PERSON_LABELS)
        and doc[end + 1].text[:1].isupper()
        and not _inside(doc[end + 1], outside)
        and end + 1 not in dropped
    ):
        end += 1
    closed = end + 1 >= len(doc) or doc[end + 1].is_punct or doc[end + 1].is_space
    return end if end > right + 1 and closed else right


def _is_boundary(token: Token) -> bool:
    return (
        token.is_space
        or "\n" in token.text
        or token.text in german().mention_boundary_marks
        or token.text in {":", ";"}
    )


def _subject_child(verb: Token, outside: Sequence[tuple[int, int]]) -> Token | None:
    subjects = [
        child
        for child in verb.children
        if labels.is_subject(child) and not _inside(child, outside) and not (child.is_space or child.is_punct)
    ]
    return next((c for c in subjects if is_speaker_like(c)), subjects[0] if subjects else None)


def clause_subject(verb: Token, outside: Sequence[tuple[int, int]] = ()) -> Token | None:
    """The subject of the clause that `verb` heads, following auxiliaries and coordinated verbs.

    "hat … gesagt" (TIGER hangs the subject on the auxiliary), "X begrüßte … und griff … an"
    (the second verb shares the first one's subject), "wurde von X kritisiert" (the agent).
    """
    chain = [verb]
    current = verb
    labelled: Token | None = None
    for _ in range(_MAX_CHAIN):
        subject = _subject_child(current, outside)
        if subject is not None:
            labelled = subject if is_speaker_like(subject) else None
            break
        agent = _agent_of(current, outside)
        if agent is not None:
            return agent
        head = current.head
        # "Podolski war anwesend und sagte …": UD makes the adjective of a copula clause the head of
        # the coordinated speech verb; its subject is the speaker.
        predicate = labels.is_conjunct(current) and any(labels.is_subject(c) for c in head.children)
        if head.i == current.i or (head.pos_ not in VERB_POS and not predicate):
            break
        # Only climb from a verb that depends on another verb as its participle, infinitive or conjunct.
        if not (
            labels.is_conjunct(current) or labels.is_clausal_complement(current) or _is_verb_chain(current)
        ):
            # "X sagte …, stellte jedoch fest, …": a finite verb joined by a comma shares an earlier subject.
            if labels.is_parataxis(current) and head.i < current.i and is_finite(current):
                shared = _subject_child(head, outside)
                if shared is not None and can_speak(shared):
                    return shared
            break
        current = head
        chain.append(current)
    # The parse found no subject (weak parsers label many "obj" or "advmod"): a nominal dependent
    # of the verb that is not marked for another case and has no preposition.
    candidates = [
        child
        for member in chain
        for child in member.children
        if not _inside(child, outside) and _could_be_subject(child) and child is not labelled
    ]
    if labelled is not None and can_speak(labelled):
        return labelled
    # A topicalised object is often parsed as the subject ("Die Arbeit … lobte er"): a dependent
    # that can speak (a person, a role, a pronoun, an organisation) wins over one that cannot.
    speaking = [c for c in candidates if can_speak(c)]
    if speaking:
        return max(speaking, key=_subject_score)
    # Deeper in the clause, where the parse hung the speaker on the wrong word.
    clause = sorted(
        (t for member in chain for t in member.subtree if not _inside(t, outside)), key=lambda t: t.i
    )
    deeper = first_nominal(clause, outside, speaking_only=True)
    if deeper is not None and deeper is not labelled:
        return deeper
    if labelled is not None:
        # A noun phrase that cannot speak is still a speaker ("die Studie", "der Gesetzentwurf"), but a
        # bare capitalised word without an article ("Aktuell", "Positiv") is a tagging error.
        has_article = any(c.pos_ == "DET" for c in labelled.children)
        return labelled if has_article or labelled.pos_ in {"PROPN", "PRON"} else None
    return max(candidates, key=_subject_score, default=None)


def _could_be_subject(token: Token) -> bool:
    if not is_speaker_like(token):
        return False
    if any(c.pos_ == "ADP" for c in token.children) or token.head.pos_ == "ADP":
        return False
    case = token.morph.get("Case", [])
    return not case or "Nom" in case


def _subject_score(token: Token) -> tuple[int, int]:
    case = token.morph.get("Case", [])
    score = 2 * ("Nom" in case) + 2 * (token.ent_type_ in PERSON_LABELS) + (token.pos_ == "PROPN")
    return score, -abs(token.i - token.head.i)


def first_nominal(
    tokens: Sequence[Token], outside: Sequence[tuple[int, int]] = (), *, speaking_only: bool = False
) -> Token | None:
    """The first token in `tokens` that can start a subject noun phrase (not after a preposition).

    One that can speak is preferred; with `speaking_only`, no other is taken.
    """
    after_preposition = False
    found: list[Token] = []
    for token in tokens:
        if _inside(token, outside) or token.is_punct:
            after_preposition = False
            continue
        if token.pos_ == "ADP":
            after_preposition = True
            continue
        if token.pos_ in {"DET", "ADJ", "NUM", "ADV"}:
            continue
        if is_speaker_like(token) and token.pos_ in NOMINAL_POS | {"X"}:
            case = token.morph.get("Case", [])
            if not after_preposition and (not case or "Nom" in case):
                found.append(token)
        if token.pos_ in VERB_POS:
            after_preposition = False
    # Prefer a noun phrase that can speak ("Als Begründung sagte ein Wissenschaftler").
    speaking = next((t for t in found if can_speak(t)), None)
    if speaking is not None or speaking_only:
        return speaking
    return found[0] if found else None


def phrase_around(token: Token, outside: Sequence[tuple[int, int]] = ()) -> tuple[int, int]:
    """The noun phrase holding `token` by position: determiners, adjectives and names next to it."""
    doc = token.doc
    left = right = token.i
    while (
        left > 0
        and doc[left - 1].pos_ in {"DET", "ADJ", "PROPN", "NOUN"}
        and not _inside(doc[left - 1], outside)
    ):
        left -= 1
    while (
        right + 1 < len(doc)
        and doc[right + 1].pos_ in {"PROPN", "NOUN", "X"}
        and not _inside(doc[right + 1], outside)
    ):
        right += 1
    parsed = mention_of(token, outside)
    start = min(doc[left].idx, parsed[0])
    end = max(doc[right].idx + len(doc[right].text), parsed[1])
    return start, end


def _is_verb_chain(token: Token) -> bool:
    """A participle or infinitive under an auxiliary or modal ("hat … gesagt", "will … sagen")."""
    return verb_form(token) in {"Part", "Inf"} and token.head.pos_ in VERB_POS


def _agent_of(verb: Token, outside: Sequence[tuple[int, int]]) -> Token | None:
    for child in verb.children:
        if not labels.is_agent(child) or _inside(child, outside):
            continue
        if child.pos_ == "ADP":  # TIGER: the preposition "von" carries the agent noun
            for grandchild in child.children:
                if grandchild.pos_ in NOMINAL_POS:
                    return grandchild
            return None
        return child
    return None


def speaker_of_cue(
    doc: Doc, cue: CueMatch, outside: Sequence[tuple[int, int]] = ()
) -> tuple[int, int] | None:
    """The local speaker mention that a cue names: the verb's subject, the noun after "so"/"laut"."""
    head = doc[cue.head]
    if cue.kind in {"verb", "colon"}:
        subject = clause_subject(head, outside)
        if subject is None:
            subject = impersonal_source(head, outside)
        return None if subject is None else mention_of(subject, outside)
    if cue.kind in {"so", "laut", "nach_angaben", "wie"}:
        outside = [*outside, cue.extent]
        for token in doc[cue.tokens[-1] + 1 : min(len(doc), cue.tokens[-1] + 8)]:
            if _inside(token, outside) or (token.is_punct and token.text not in {"-"}):
                break
            if token.pos_ in NOMINAL_POS or (token.text[:1].isupper() and token.is_alpha):
                return mention_of(_phrase_head(token), outside)
        return None
    if cue.kind == "zufolge":
        for token in reversed(doc[max(0, cue.head - 8) : cue.head]):
            if token.pos_ in NOMINAL_POS:
                return mention_of(token, outside)
    if cue.kind == "noun":
        # "Stoltenbergs Behauptung": the genitive attribute of the cue noun.
        for child in head.children:
            if labels.is_genitive_attribute(child) and not _inside(child, outside):
                return mention_of(child, outside)
    return None


def impersonal_source(verb: Token, outside: Sequence[tuple[int, int]] = ()) -> Token | None:
    """ "hieß es in der Rede", "In dem Antrag heißt es:": with an expletive "es", the source stands in a
    prepositional phrase (in, von, vom, aus, auf) of the verb."""
    doc = verb.doc
    near = doc[max(0, verb.i - 1) : min(len(doc), verb.i + 2)]
    de = german()
    if not any(t.lower_ == de.impersonal_subject for t in [*near, *verb.children]):
        return None
    for token in doc[verb.sent.start : verb.sent.end]:
        if token.pos_ == "ADP" and token.lower_ in de.source_prepositions and not _inside(token, outside):
            following = [t for t in doc[token.i + 1 : min(len(doc), token.i + 6)] if is_nominal(t)]
            if following and not _inside(following[0], outside):
                return following[0]
    return None


def _phrase_head(token: Token) -> Token:
    """The head of the noun phrase that `token` starts ("Jens" of "Jens Stoltenberg" -> "Stoltenberg")."""
    current = token
    for _ in range(_MAX_CHAIN):
        head = current.head
        if head.i == current.i or head.pos_ not in NOMINAL_POS or head.i < token.i:
            break
        if not (labels.is_name_part(current) or current.pos_ in {"DET", "ADJ", "PROPN"}):
            break
        current = head
    return current
