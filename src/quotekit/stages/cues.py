"""Stage 2: attribution cues — speech verbs, "so"/"laut"/"zufolge", "nach Angaben", nouns, colons.

`find_cues` changes nothing; the component stores its result on the doc.

Cue kinds (`quotekit.records.CueKind`):
- VERB: a speech verb, with its separable particle ("fügte … hinzu"); participles count ("hat … gesagt").
- SO, LAUT: a word before the source ("…, so Price", "laut Polizei").
- ZUFOLGE: a word after the source ("dem Bericht zufolge", "seiner Meinung nach").
- NACH_ANGABEN: "nach" + a speech noun ("nach Angaben der Polizei", "nach einem Bericht").
- DEMNACH: an adverb that points back to the last source ("Demnach …", "…, wonach …").
- NOUN: a speech noun that introduces reported content ("Stoltenbergs Behauptung, …").
- COLON: a colon ("Faeser: „…“").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

import attrs
from spacy.attrs import LOWER, POS, TAG
from spacy.parts_of_speech import IDS as _POS_IDS
from spacy.strings import get_string_id

from quotekit.lang.de import lemmas
from quotekit.lang.de.known_organisations import known_organisation_at
from quotekit.lang.de.names import is_age_noun, is_genitive_article
from quotekit.lang.de.words import german
from quotekit.records import CueKind, CueMatch
from quotekit.stages.idioms import idiom_phrase, says_something_else
from quotekit.stages.stance import stance_cue
from quotekit.syntax import docindex, labels
from quotekit.syntax.docindex import (
    lower_at,
    morph_values,
    pos_at,
    text_at,
    text_of,
    token_column,
    token_lower,
    token_pos,
    token_text,
    token_texts,
)
from quotekit.syntax.labels import FINITE_TAGS, NOUN_POS, VERB_POS
from quotekit.syntax.nominals import is_person
from quotekit.syntax.phrases import MAX_ASKER_ATTRIBUTE, comma_after_attribute, is_capitalised_compound
from quotekit.syntax.phrases import MAX_ATTRIBUTE as _MAX_ATTRIBUTE
from quotekit.syntax.spans import doc_slice, previous_sentence, sentence_of
from quotekit.syntax.verbs import (
    could_be_finite,
    has_expletive,
    impersonal_in_report,
    in_conditional_clause,
    is_irregular_finite_form,
    is_subjunctive,
    is_zu_infinitive,
    looks_like_konjunktiv,
    verb_form,
)

if TYPE_CHECKING:
    from spacy.strings import StringStore
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

# Verb forms after which a particle written apart before the verb still belongs to it.
_NON_FINITE = frozenset({"Part", "Inf"})
# Words allowed between "nach" and its speech noun: "nach (den) (ersten) (offiziellen) Angaben".
_NOUN_PHRASE_FILLERS = frozenset({"DET", "ADJ", "PRON", "NUM"})
_NP_START_POS = frozenset({"PROPN", "NOUN", "DET", "PRON", "ADJ", "NUM"})
# How far a sentence of "So" and its source may reach ("So Landeshauptmann Gerhard Pirker am Wahlabend im …").
_SO_SENTENCE_REACH = 16
# How far after a finite verb its separable particle may close the clause ("gab am Montag … bekannt", "sicherte
# Präsident Gusmão kurz vor dem Ablauf der Mission zu"); the search stops at a verb or a subordinator before.
_PARTICLE_REACH = 16
_CLAUSE_ENDS = frozenset({",", ".", ";", "!", "?"})
# Adverbs that may open a sentence before its verb: "So betonte …", "Zudem kritisierte …".
_ADVERBS_BEFORE_VERB = 2


def is_speech_noun(token: Token, *, before_clause: bool = False) -> bool:
    """A noun of saying or reporting, also as the last part of a compound ("Polizeiangaben");
    `before_clause`: also a noun that reports only with a clause after it ("der Vorschlag, …")."""
    if token_pos(token) not in NOUN_POS and not token_text(token)[:1].isupper():
        return False
    return lemmas.is_speech_noun_form(token_lower(token), token.lemma_.lower(), before_clause=before_clause)


def particle_verb_lemma(verb: Token, particle: Token | None) -> str:
    """A verb's lemma with its separable particle (`particle_of`) before it ("hinzufügen" for "fügte … hinzu")."""
    return (token_lower(particle) if particle is not None else "") + (
        verb.lemma_.lower() or token_lower(verb)
    )


def particle_of(verb: Token) -> Token | None:
    """The separable particle of a verb ("hinzu" of "fügte … hinzu"), if it has one.

    A particle is a word of the particle lexicon that hangs on this verb and that the parse or the tag
    marks as a separable particle (compound:prt, svp, PTKVZ), or, where a weak tagger missed that,
    that closes the verb's clause (the right bracket: "stellte der Minister am Montag klar," with
    "klar" tagged as an adjective). A preposition with a noun phrase ("laut Polizei"), a conjunction
    ("dass") or a word in mid-clause never joins the verb.
    """
    particles = german().cue_particles
    # (one pass over the children: a particle the parse or tag marks wins over one that closes the clause)
    closing = None
    for child in verb.children:
        if token_lower(child) not in particles:
            continue
        if labels.is_separable_particle(child):
            if child.i > verb.i and _another_clause_between(verb, child):
                continue
            return child
        if closing is None and child.i > verb.i and _closes_clause(child):
            closing = child
    if closing is not None:
        return closing
    # "hat … bekannt gegeben": a particle written apart right before a participle or an infinitive, or
    # before a finite verb that ends its clause ("Wie die Bank bekannt gab, …").
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if (
        before is not None
        and token_lower(before) in particles
        and (verb_form(verb) in _NON_FINITE or _ends_clause(verb))
        # ("um die Jobs zu sichern": "zu" apart before an infinitive marks it; the particle is written with it,
        # "zuzusichern")
        and not (token_lower(before) == german().zu and verb_form(verb) == "Inf")
    ):
        return before
    return _particle_by_position(verb)


def _another_clause_between(verb: Token, particle: Token) -> bool:
    """ "sagte, man arbeite eng mit den Behörden zusammen": a particle the parse hangs on the speech verb
    closes another verb's clause when a finite verb stands between the last comma before it and the particle
    (not after a clause closed before it: "geht aus einer Meldung, die … verbreitet wurde, hervor")."""
    doc = verb.doc
    comma = next((i for i in range(particle.i - 1, verb.i, -1) if text_at(doc, i) in _CLAUSE_ENDS), None)
    # ("sagte, man schließe Brandstiftung nicht aus": a finite form all the same, also where a weak tagger calls
    # it an adjective, in second place after a pronoun)
    if comma is not None and any(
        (pos_at(doc, i) in {"VERB", "AUX"} and (verb_form(doc[i]) == "Fin" or could_be_finite(doc[i])))
        or (i == comma + 2 and pos_at(doc, comma + 1) == "PRON" and looks_like_konjunktiv(doc[i]))
        for i in range(comma + 1, particle.i)
    ):
        return True
    # "äußerten Bedenken und warfen der Regierung „Wortbruch“ vor": a verb right after a coordinator between them
    # is the particle's (whatever the tagger calls its form)
    coordinators = german().coordinators
    return any(
        lower_at(doc, i) in coordinators and pos_at(doc, i + 1) == "VERB" and doc[i + 1].is_lower
        for i in range(verb.i + 1, particle.i - 1)
    )


def _particle_by_position(verb: Token) -> Token | None:
    """ "gab bekannt, dass …", "gab am Montag bekannt." where the parse hangs the particle elsewhere: the
    particle word that closes the clause of a finite verb (the right bracket), with no verb or
    subordinating word between them. `verb_cue` keeps it only where the two make a speech verb."""
    if verb_form(verb) in _NON_FINITE:
        return None
    doc = verb.doc
    de = german()
    reach = verb.i + _PARTICLE_REACH
    end = reach if reach < len(doc) else len(doc)
    i = verb.i
    while (i := i + 1) < end:  # (by index: no `Span` per verb)
        token = doc[i]
        if token_text(token) in _INSERTION_DASHES:
            # "Dies gab heute – nach eingehenden Untersuchungen – Professor X bekannt": an insertion between
            # dashes is passed over (not the dash of a clause that ends there: no second dash follows)
            closing = next((k for k in range(i + 1, end) if token_text(doc[k]) == token_text(token)), None)
            if closing is not None:
                i = closing
                continue
        if token_text(token) == "," and (closing := _apposition_end(doc, i, end)) is not None:
            i = closing  # "Das kündigte Dana Wirtz, Erste Bevollmächtigte der IG Metall, am Dienstag an"
            continue
        if token.is_punct or token.is_space:
            # The clause ends at a comma or stop ("ein" before „…“ is an article).
            previous = doc[token.i - 1]
            closes = token_text(token) in _CLAUSE_ENDS and token_pos(previous) not in {"DET", "PRON"}
            return (
                previous
                if closes and previous.i > verb.i and token_lower(previous) in de.cue_particles
                else None
            )
        if token_pos(token) in {"VERB", "AUX", "SCONJ"} or token_lower(token) in de.subordinators:
            return None
    return None


# The dashes that set off an insertion inside a clause.
_INSERTION_DASHES = frozenset({"–", "—"})


def _apposition_end(doc: Doc, comma: int, end: int) -> int | None:
    """The comma that closes an apposition the comma at `comma` opens after a name or noun ("Dana Wirtz, Erste
    Bevollmächtigte der IG Metall, am Dienstag"): a phrase of nouns and their words, no verb or clause; None
    elsewhere."""
    if comma == 0 or pos_at(doc, comma - 1) not in NOUN_POS:
        return None
    for k in range(comma + 1, end):
        if text_at(doc, k) == ",":
            return k if k > comma + 1 else None
        if doc[k].is_punct or pos_at(doc, k) in {"VERB", "AUX", "SCONJ", "PRON"} or doc[k].is_space:
            return None
    return None


def _ends_clause(token: Token) -> bool:
    """Whether a punctuation mark, a coordinator or the end of the doc follows `token`."""
    doc = token.doc
    if token.i + 1 >= len(doc):
        return True
    following = doc[token.i + 1]
    return following.is_punct or following.is_space or token_pos(following) == "CCONJ"


def _closes_clause(token: Token) -> bool:
    """Whether `token` ends its clause: nothing hangs on it but adverbs and clauses, and a punctuation
    mark, a coordinator or the end of the doc follows it."""
    if any(token_pos(child) not in {"ADV", "VERB", "AUX", "PUNCT", "SCONJ"} for child in token.children):
        return False
    return _ends_clause(token)


def lemma_candidates(token: Token) -> list[str]:
    """The token's lemma, then repairs for stop-gap lemmatisers that keep or garble inflected forms."""
    return list(lemmas.lemma_candidates(token.lemma_.lower() or token_lower(token), token_lower(token)))


def _adjective_tagged_preterite(token: Token) -> bool:
    """ "So betonte Sarkozy", "…, kritisierte er": a preterite in "-te(n)" that a weak tagger took for an
    adjective. An attributive adjective stands after its article and before its noun ("die betonte
    Silbe"); this one stands before an article, a pronoun or a name, with no article before it."""
    if token_pos(token) != "ADJ":
        return False  # (asked of every cue candidate that is no verb: decided by its tag first)
    form = token_lower(token)
    if not token_text(token)[:1].islower() or not form.endswith(("te", "ten")):
        return False
    doc = token.doc
    previous = doc[token.i - 1] if token.i > 0 else None
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if (
        following is not None
        and token_text(following) == ","
        and token.i > 1
        and text_at(doc, token.i - 2) == ","
        and previous is not None
        and token_lower(previous).startswith(german().relative_pronoun_starts)
    ):
        # "Anna Roth, die betonte, …": right after a relative pronoun and before a comma it ends its relative
        # clause (an attributive adjective stands before its noun, never before a comma)
        return True
    if _verb_after_opening_pointer(token):
        return True
    if previous is not None and token_pos(previous) in {"DET", "ADJ"}:
        return False
    if following is not None and token_pos(following) in {"DET", "PRON", "PROPN"}:
        return True
    # "So betonte Sarkozy": a singular preterite before a bare noun a weak tagger gave no name tag, in the
    # verb-second place: after the sentence start, a comma or a conjunction, or adverbs right after one
    # ("eine gestern veröffentlichte Studie" has an article before its adverb; "300 gemeldete Fälle" a
    # number before the word).
    if (
        not form.endswith("te")
        or following is None
        or token_pos(following) != "NOUN"
        or not token_text(following)[:1].isupper()
    ):
        return False
    k = token.i - 1
    while k >= 0 and pos_at(doc, k) == "ADV" and token.i - k <= _ADVERBS_BEFORE_VERB:
        k -= 1
    # (or a quotation's closing mark: "«…» So fasste X zusammen")
    return (
        k < 0
        or text_at(doc, k) in {",", ".", "\n"}
        or doc[k].is_space
        or pos_at(doc, k) == "CCONJ"
        or (doc[k].is_quote and bool(doc[k + 1].is_sent_start))
    )


def _verb_after_opening_pointer(token: Token) -> bool:
    """ "Das berichteten Medien", "Das bestätigte die Polizei": a word after a neuter "Das"/"Dies" that opens its
    sentence is the verb when it ends in "-ten" (an attributive adjective after "das" ends in "-e") or stands
    before an article, a pronoun, a name or a person, whatever its tag."""
    if token.i == 0:
        return False
    pointer = token.doc[token.i - 1]
    if token_lower(pointer) not in german().neuter_demonstratives or not (
        pointer.i == 0 or pointer.is_sent_start
    ):
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    # (also before a person the tagger took for a common noun: "Das kündigte Dana Wirtz an")
    return token_lower(token).endswith("ten") or (
        following is not None and (token_pos(following) in {"DET", "PRON", "PROPN"} or is_person(following))
    )


def _with_modal(token: Token, modal: frozenset[str]) -> bool:
    """ "wollte wissen": a form of the modal governs the verb or hangs on it (UD has the modal as an
    auxiliary of the verb, TIGER the verb as the modal's clausal object), or stands right before it."""
    doc = token.doc
    near = [token.head, *token.children]
    if token.i > 0:
        near.append(doc[token.i - 1])
    return any(t.i != token.i and (token_lower(t) in modal or t.lemma_.lower() in modal) for t in near)


def verb_match(verb: Token, lemma: str, particle: Token | None) -> CueMatch:
    """A cue of `verb` and, for a separable verb, its particle as a second literal span."""
    tokens = (verb.i,) if particle is None else tuple(sorted((verb.i, particle.i)))
    return CueMatch(
        start=verb.idx,
        end=verb.idx + len(token_text(verb)),
        text=token_text(verb),
        lemma=lemma,
        kind=CueKind.VERB,
        head=verb.i,
        tokens=tokens,
        particle=None if particle is None else (particle.idx, particle.idx + len(token_text(particle))),
    )


@cache  # asked of every verb-like token: the word lists are searched once per lemma and form
def _speech_lemmas(lemma: str, form: str) -> tuple[tuple[str, ...], str | None, bool, bool]:
    """A verb's lemma candidates (`lemma_candidates`), the first that a modal makes a cue ("wissen" in
    "wollte wissen"), whether any is a speech verb or the base of a particle speech verb, and whether any
    may make a cue as a pointing verb, in an idiom or before a clause (`_pointing`, `_idiom`, `_opinion`)."""
    de = german()
    candidates = lemmas.lemma_candidates(lemma, form)
    modal = next((candidate for candidate in candidates if candidate in de.modal_cues), None)
    bases = lemmas.particle_verb_bases()
    speech = any(candidate in de.speech_verbs or candidate in bases for candidate in candidates)
    other = any(
        candidate in de.pointing_verbs
        or candidate in de.cue_idioms
        or candidate in de.opinion_verbs
        or candidate in de.reaction_verbs
        for candidate in candidates
    )
    return candidates, modal, speech, other


def _inverted_present_tagged_other(token: Token) -> bool:
    """ "…, warnt Verbandspräsident Urs Brändli": a present in "-t" right after the comma that ends what was said
    and before its subject, which a weak tagger took for an adverb or an adjective (whether it is a speech verb,
    its lemma decides)."""
    if (
        token_pos(token) not in _TAGGED_OTHER_POS
        or not token.is_lower
        or not token_lower(token).endswith("t")
    ):
        return False
    doc = token.doc
    if token.i == 0 or token.i + 1 >= len(doc) or text_at(doc, token.i - 1) != ",":
        return False
    following = doc[token.i + 1]
    return token_text(following)[:1].isupper() or token_pos(following) == "PRON"


def verb_cue(token: Token) -> CueMatch | None:
    """A speech-verb cue headed by `token`, joining a separable particle when there is one."""
    if (
        token_pos(token) not in VERB_POS
        and not labels.has_verb_tag(token)
        and not is_irregular_finite_form(token)
        and not _adjective_tagged_preterite(token)
        and not _inverted_present_tagged_other(token)
    ):
        return None
    de = german()
    verbs = de.speech_verbs
    lower = token_lower(token)
    candidates, modal, speech, other = _speech_lemmas(token.lemma_.lower() or lower, lower)
    if modal is not None:
        return verb_match(token, modal, None) if _with_modal(token, de.modal_cues[modal]) else None
    if not speech:
        # the common case, decided before the parse is searched for a particle (and, for most verbs, by the
        # word lists alone)
        return _other_cue(token, candidates) if other else None
    if _adverbial_participle(token) or _attributive_participle(token):
        return None
    impersonal = de.impersonal_verbs
    particle = particle_of(token)
    if (
        particle is not None
        and not labels.is_separable_particle(particle)
        and not any(token_lower(particle) + lemma in verbs for lemma in candidates)
    ):
        # A particle word taken only because it closes the clause, that makes no speech verb with this
        # one, is an adverb ("erklären dagegen, …"): the verb stands alone.
        particle = None
    prefix = None if particle is None else token_lower(particle)
    for lemma in candidates:
        if prefix is not None and prefix + lemma in verbs:
            return verb_match(token, prefix + lemma, particle)
        if lemma in verbs and particle is None:
            if lemma in impersonal and not has_expletive(token):
                return None
            if lemma in de.non_speech_idioms and says_something_else(token, lemma):
                return None
            return verb_match(token, lemma, None)
    return _other_cue(token, candidates) if particle is None and other else None


def _other_cue(token: Token, candidates: Sequence[str]) -> CueMatch | None:
    """A cue of a verb that attributes only in some uses: pointing back, in an idiom, or before a clause."""
    return _pointing(token, candidates) or _idiom(token, candidates) or _opinion(token, candidates)


# How far after a participle form the verb that makes it an adverb may stand ("wiederholt zu … gekommen").
_ADVERB_REACH = 10
# Fine tags of the verb forms that close a clause after its finite verb: participles and infinitives.
_NON_FINITE_VERB_TAGS = frozenset({"VVPP", "VAPP", "VMPP", "VVINF", "VAINF", "VMINF", "VVIZU"})


# How far back from an attributive participle its article may stand ("dem am frühen Freitag veröffentlichten").
_ATTRIBUTE_REACH = 6


def _attributive_participle(token: Token) -> bool:
    """ "aus dem am Freitag veröffentlichten Gletscherbericht": a participle the tagger calls an attributive
    adjective, inside a phrase (no punctuation before it) and right before its noun, describes the noun and
    reports nothing; "„…“, sagte Kern" with "Kern" a noun has the comma or the mark before the verb."""
    doc = token.doc
    if not (
        token.tag_ == labels.ATTRIBUTIVE_ADJECTIVE_TAG
        # (a participle's stem and an adjective's ending: "veröffentlichten", not "bat" in a weak parse of "Der
        # 46-Jährige bat Anwohnerinnen")
        and lemmas.has_attributive_participle_form(token_text(token))
        and 0 < token.i < len(doc) - 1
        and token_pos(doc[token.i + 1]) == "NOUN"
        and token.head.i == token.i + 1
    ):
        return False
    if _verb_after_opening_pointer(token):
        return False
    if lemmas.is_particle_participle(token_lower(token)):
        return True  # "…, angekündigte Zuzüge könnten …": no finite verb has a particle before its "ge-"
    # (an article before it that the parse gives to the participle or its noun: the phrase is open, "dem am
    # Freitag veröffentlichten Gletscherbericht"; not "Die Polizei riet Anwohnern", whose article has its noun)
    for i in range(token.i - 1, max(-1, token.i - _ATTRIBUTE_REACH), -1):
        word = doc[i]
        if word.is_punct:
            return False
        if word.tag_ == labels.ARTICLE_TAG:
            # (and no noun of its own between: "Den Flüchtlingen sicherte Präsident Gusmão … zu" is a clause,
            # though a weak parse hangs "Den" on "Präsident"; a noun inside a phrase of its own may stand there:
            # "dem am Freitag veröffentlichten")
            between = doc[word.i + 1 : token.i]
            nouns = [t for t in between if token_pos(t) in {"NOUN", "PROPN"}]
            opened = any(token_pos(t) == "ADP" for t in between[: nouns[0].i - word.i - 1]) if nouns else True
            return word.head.i in {token.i, token.i + 1} and opened
    return False


def _adverbial_participle(token: Token) -> bool:
    """ "hat wiederholt betont", "ist wiederholt zu Zwischenfällen gekommen", "hat betont gelassen reagiert": a
    form in "-t" after the clause's finite verb, with the clause's own verb after it (not a zu-infinitive: "hat
    angekündigt, die Preise zu erhöhen"), is an adverb, whatever its tag."""
    if not token_lower(token).endswith("t") or not token.is_lower or not _after_finite_in_clause(token):
        return False
    doc = token.doc
    for i in range(token.i + 1, min(len(doc), token.i + _ADVERB_REACH)):
        following = doc[i]
        if following.is_punct or labels.is_separable_particle(following) or token_pos(following) == "AUX":
            return False  # (a finite auxiliary after it closes its own clause: "wie berichtet wurde")
        if _is_zu_infinitive_word(following):
            return False  # what it reports: "wurden aufgefordert, Türen geschlossen zu halten"
        if token_pos(following) == "VERB" or following.tag_ in _NON_FINITE_VERB_TAGS:
            # (weak taggers call "betont" after "hat wiederholt" finite: its place says it is not)
            return (
                following.is_lower
                and following.lemma_.lower() not in german().auxiliary_lemmas
                and not _zu_infinitive_follows(doc, i + 1)
            )
    return False


def _after_finite_in_clause(token: Token) -> bool:
    """Whether a finite verb stands before `token` in its clause (back to a comma or the sentence's start)."""
    doc = token.doc
    for i in range(token.i - 1, -1, -1):
        before = doc[i]
        if before.is_punct:
            return False
        if token_pos(before) in VERB_POS and before.tag_ in FINITE_TAGS:
            return True
        if before.is_sent_start:
            return False
    return False


def _zu_infinitive_follows(doc: Doc, start: int) -> bool:
    """Whether a zu-infinitive comes from token `start` on, before the next punctuation."""
    for i in range(start, min(len(doc), start + _ADVERB_REACH)):
        word = doc[i]
        if word.is_punct:
            return False
        if _is_zu_infinitive_word(word):
            return True
    return False


def _is_zu_infinitive_word(word: Token) -> bool:
    """A zu-infinitive ("vorzugehen", `is_zu_infinitive`), or the "zu" that opens one ("zu halten"; not the
    preposition before a noun, "zu Zwischenfällen")."""
    if is_zu_infinitive(word):
        return True
    doc = word.doc
    if token_lower(word) != german().zu or word.i + 1 >= len(doc):
        return False
    following = doc[word.i + 1]
    return following.is_lower and token_pos(following) in VERB_POS


def _pointing(token: Token, candidates: Sequence[str]) -> CueMatch | None:
    """A verb that attributes only where a demonstrative opens its sentence and points back (`pointing_verbs`):
    "… Das zeigt eine Studie des Instituts"."""
    pointing = next((c for c in candidates if c in german().pointing_verbs), None)
    if pointing is not None and _opens_pointing_back(token):
        return verb_match(token, pointing, None)
    # "… So reagierte X auf die Äußerungen": a verb of reacting after "So" that opens its sentence (what it
    # points back to is the reported sentence before, `reported.verbs`)
    reacting = next((c for c in candidates if c in german().reaction_verbs), None)
    if reacting is not None and token.i > 0 and token_lower(token.doc[token.i - 1]) == german().so:
        so = token.doc[token.i - 1]
        if so.i == 0 or so.is_sent_start:
            return verb_match(token, reacting, None)
    return None


def _opens_pointing_back(verb: Token) -> bool:
    """ "Das zeigt eine Studie des Instituts": a demonstrative that opens the sentence right before the verb,
    which a noun follows (not "Das zeigt sich", "Das zeigte er den Gästen")."""
    doc = verb.doc
    if verb.i == 0 or verb.i + 1 >= len(doc):
        return False
    before, after = doc[verb.i - 1], doc[verb.i + 1]
    return (
        token_lower(before) in german().neuter_demonstratives
        and (before.i == 0 or bool(before.is_sent_start))
        and token_pos(after) in {"DET", "NOUN", "PROPN", "NUM", "ADJ"}
    )


def _opinion(token: Token, candidates: Sequence[str]) -> CueMatch | None:
    """A verb of holding a view (`opinion_verbs`) that governs a clause after a comma: "Casutt findet, der Wolf
    müsse weg", "Zudem findet die Gewerkschaft, dass …"; not "fand die Leiche, die …" (an object of its own),
    "falls sich jemand findet, der …" (reflexive), nor "stattfinden" (a particle makes another verb)."""
    opinion = next((c for c in candidates if c in german().opinion_verbs), None)
    if opinion is None or particle_of(token) is not None or not could_be_finite(token):
        return None
    if any(labels.is_object(child) or token_lower(child) == german().reflexive for child in token.children):
        return None
    doc = token.doc
    sentence_end = sentence_of(token).end
    comma = next(
        (
            t.i
            for t in doc_slice(doc, token.i + 1, min(sentence_end, token.i + 1 + _VIEW_HOLDER_REACH))
            if t.is_punct
        ),
        None,
    )
    if comma is None or text_at(doc, comma) != ",":
        return None
    # (only the subject stands between the verb and its comma: "findet auch Stadtrat Ernst Weber,")
    if any(token_pos(t) in VERB_POS for t in doc_slice(doc, token.i + 1, comma)):
        return None
    after = doc_slice(doc, comma + 1, sentence_end)
    if not after:
        return None
    if token_lower(after[0]) in german().dass:
        return verb_match(token, opinion, None)
    # "…, der Wolf müsse weg": a clause whose first verb is in the Konjunktiv, up to the next comma
    for t in after:
        if t.is_punct:
            return None
        if token_pos(t) in VERB_POS and could_be_finite(t):
            return verb_match(token, opinion, None) if is_subjunctive(t) else None
    return None


# How many words the subject of an inverted verb of holding a view may take before its comma.
_VIEW_HOLDER_REACH = 6


def _idiom(token: Token, candidates: Sequence[str]) -> CueMatch | None:
    """An idiom cue ("gab zu bedenken"), asked only of the few verbs that have one: the verb with the phrase
    joined to it where the phrase stands right before it ("zu bedenken gab"), else as its companion."""
    if not any(c in german().cue_idioms for c in candidates):
        return None
    found = idiom_phrase(token, candidates)
    if found is None:
        return None
    lemma, words = found
    cue = verb_match(token, lemma, None)
    if words[-1].i + 1 == token.i:
        for word in reversed(words):
            cue = _joined(cue, word)
        return cue
    first, last = words[0], words[-1]
    return attrs.evolve(
        cue,
        companion=(first.idx, last.idx + len(token_text(last))),
        tokens=tuple(sorted((*cue.tokens, *(w.i for w in words)))),
    )


def _single(token: Token, kind: CueKind, lemma: str | None = None) -> CueMatch:
    return CueMatch(
        start=token.idx,
        end=token.idx + len(token_text(token)),
        text=token_text(token),
        lemma=lemma or token_lower(token),
        kind=kind,
        head=token.i,
        tokens=(token.i,),
    )


def _pair(first: Token, last: Token, *, kind: CueKind, lemma: str, head: Token) -> CueMatch:
    """A cue of two words and what stands between them ("nach Angaben", "Seiner Meinung nach", "nach
    denen"): one run of the text from `first` to `last`."""
    end = last.idx + len(token_text(last))
    return CueMatch(
        start=first.idx,
        end=end,
        text=text_of(first.doc)[first.idx : end],
        lemma=lemma,
        kind=kind,
        head=head.i,
        tokens=(first.i, last.i),
    )


def _verbless_source_sentence(token: Token, previous: Token | None) -> bool:
    """ "„…“ So Landeshauptmann Gerhard Pirker am Wahlabend.": a capitalised "So" right after a closing
    quotation mark that opens a sentence with no verb in it (not "So wird es gemacht"); a relative clause on the
    source has its own ("„…“ So Ruth Gasser, die seit 34 Jahren Salat verkauft.")."""
    if previous is None or not token_text(token)[:1].isupper():
        return False
    doc = token.doc
    # ("… zwinge die Leute ins Auto. So Ott.": after a sentence's stop too, before a name or a noun; not "So
    # ein Unsinn.")
    after_stop = (
        token_text(previous) == "."
        and token.i + 1 < len(doc)
        and text_at(doc, token.i + 1)[:1].isupper()
        and pos_at(doc, token.i + 1) in {"PROPN", "NOUN"}
    )
    if not (previous.is_quote or after_stop):
        return False
    for following in doc[token.i + 1 : min(len(doc), token.i + _SO_SENTENCE_REACH)]:
        if token_text(following) in {".", "!", "?", ":"} or "\n" in token_text(following):
            return True
        if (
            token_text(following) == ","
            and following.i + 1 < len(doc)
            and labels.is_relative_pronoun(doc[following.i + 1])
        ):
            return following.i > token.i + 1
        if token_pos(following) in {"VERB", "AUX"} or labels.has_verb_tag(following) or following.is_quote:
            return False
    return False


# What stands right before a "so" that brings in a source: a comma, or a dash or bracket that inserts it.
_SO_OPENERS = frozenset({",", "–", "—", "-", "("})

# How many words the name after an opinion's "Für" may have before its copula.
_OPINION_SOURCE_REACH = 7


def _opinion_frame(token: Token) -> bool:
    """ "Für den Trainer war die Niederlage „völlig unnötig“", "Für Bürgermeister Huber ist klar, dass …": "für"
    opens the sentence, and a person's name or role stands between it and a form of "sein" in the indicative
    (not "Für die Sanierung ist Geld da", "Für Bad Sulzing wäre …": no one's opinion; and in the Konjunktiv
    the sentence goes on with someone else's reported words: "Für die Gäste sei es zu leicht gewesen")."""
    doc = token.doc
    if not (token.i == 0 or token.is_sent_start) or not token_text(token)[:1].isupper():
        return False
    person = False
    for word in doc[token.i + 1 : min(len(doc), token.i + 2 + _OPINION_SOURCE_REACH)]:
        if token_pos(word) in VERB_POS:
            return (
                person
                and word.lemma_.lower() in german().copulas
                and could_be_finite(word)
                and not is_subjunctive(word)
                and _someones_words_after(word)
            )
        if word.is_punct and token_text(word) not in {"-", "."}:
            return False
        person = person or is_person(word)
    return False


def _someones_words_after(copula: Token) -> bool:
    """Whether the opinion's sentence holds someone's words after its copula: words in marks or a dass/ob
    clause ("… ist die Lage „alarmierend“", "… ist klar, dass …"); not where a colon introduces them (the
    colon attributes them: "Für Erika Sommer ist das zu wenig: „…“") nor in the narrator's words alone."""
    de = german()
    for word in doc_slice(copula.doc, copula.i + 1, sentence_of(copula).end):
        if token_text(word) == ":":
            return False
        if word.is_quote or token_lower(word) in de.subordinators:
            return True
    return False


# Word classes a capitalised word before "zufolge" cannot be its source in ("Dem zufolge" is no cue).
_NOT_A_SOURCE_POS = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "VERB", "AUX"})


def _word_cue(token: Token) -> CueMatch | None:
    de = german()
    word = de.cue_words.get(token_lower(token))
    if word is None:
        return None
    kind = CueKind(word)
    doc = token.doc
    previous = doc[token.i - 1] if token.i > 0 else None
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if kind is CueKind.SO:
        # "…, so Price." — "so" right after a comma and before a name or noun phrase; or "„…“ So Price am
        # Montag." — a sentence of "So" and the source alone, right after a quotation.
        # (or inserted between dashes or in brackets: "…, und man sei dankbar – so Canny –, trotzdem …")
        after_comma = previous is not None and token_text(previous) in _SO_OPENERS
        if following is None or not (after_comma or _verbless_source_sentence(token, previous)):
            return None
        # (a capitalised word is a name or noun whatever its tag: "so Harmsen-Beck" tagged as an adverb)
        if (
            token_pos(following) not in {"PROPN", "NOUN", "DET", "PRON", "ADJ"}
            and not token_text(following)[:1].isupper()
        ) or token_lower(following) in de.dass:
            return None
        # "…, so viele wie seit Jahren nicht mehr", "…, so schnell wie möglich": a comparison, no source.
        if any(token_lower(t) == de.wie for t in doc[token.i + 2 : token.i + 4]) or (
            token_pos(following) == "ADJ" and token_text(following)[:1].islower()
        ):
            return None
    if token_lower(token) == de.fuer and not _opinion_frame(token):
        return None
    # "laut" the preposition, not the adjective ("laut schreien"): a noun phrase follows, perhaps
    # a quoted title ("Laut „Reuters“ zeichnet …").
    if (
        kind is CueKind.LAUT
        and following is not None
        and token_text(following) in de.unambiguous_opening_marks
    ):
        following = doc[token.i + 2] if token.i + 2 < len(doc) else None
    # A capitalised word after "laut" (or after its opening mark) starts a noun phrase whatever its tag
    # ("laut taz", "Laut UNICEF-Regionaldirektorin …", "Laut „Finanzkurier“"); the adjective is followed
    # by a verb or an adverb ("laut schreien").
    if kind is CueKind.LAUT and (
        following is None
        or (
            token_pos(following) not in _NP_START_POS
            and not (
                token_text(following)[:1].isupper()
                # (after the mark a name, not an exclamation: "Sie schrien laut „Nein!“")
                and (following.i == token.i + 1 or token_pos(following) in {"X", "NOUN", "PROPN"})
            )
            # ("laut heise online", "laut t-online.de": an organisation known by its name)
            and known_organisation_at(token_texts(doc), following.i) is None
        )
    ):
        return None
    # "dem Bericht zufolge", "ihnen zufolge", "dem „Figaro“ zufolge", "des Verbands (VDR) zufolge",
    # "Thielscher zufolge" (a surname a weak tagger calls an adverb).
    if kind is CueKind.ZUFOLGE and (
        previous is None
        or (
            token_pos(previous) not in NOUN_POS
            and token_pos(previous) != "PRON"
            and token_text(previous) not in de.closing_marks
            and token_text(previous) != ")"
            and not (
                previous.is_alpha
                and token_text(previous)[:1].isupper()
                and token_pos(previous) not in _NOT_A_SOURCE_POS
            )
            # ("Llewellyn-Pohl zufolge": a double name or a compound of capitalised parts, whatever its tag)
            and not is_capitalised_compound(token_text(previous))
            # ("Einer 79-Jährigen zufolge": an age noun a weak tagger calls an adjective)
            and not is_age_noun(token_text(previous))
        )
    ):
        return None
    return _single(token, kind)


def _nach_relative(token: Token) -> CueMatch | None:
    """ "Es gibt Gerüchte, nach denen …", "ein Antrag, nach welchem …": "nach" and a relative pronoun after a
    speech noun and its comma introduce what the noun says, like "wonach"."""
    doc = token.doc
    if not 2 <= token.i < len(doc) - 1 or text_at(doc, token.i - 1) != ",":
        return None
    pronoun = doc[token.i + 1]
    if not labels.is_relative_pronoun(pronoun):
        return None
    # The noun the clause hangs on, perhaps before an attribute ("der Meinungsumfragen im Land, nach denen").
    for noun in reversed(doc[max(0, token.i - 2 - _MAX_ATTRIBUTE) : token.i - 1]):
        if noun.is_punct or token_pos(noun) in VERB_POS:
            return None
        if token_pos(noun) in NOUN_POS and is_speech_noun(noun, before_clause=True):
            break
    else:
        return None
    return _pair(token, pronoun, kind=CueKind.DEMNACH, lemma=german().wonach, head=pronoun)


def _nach_angaben(token: Token) -> CueMatch | None:
    """ "nach Angaben der Polizei", "nach einem Bericht", "Seiner Meinung nach"."""
    doc = token.doc
    de = german()
    if token_lower(token) != de.nach:
        return None
    relative = _nach_relative(token)
    if relative is not None:
        return relative
    # Postposition: "Seiner Meinung nach", "eigenen Angaben nach".
    if token.i > 0 and lower_at(doc, token.i - 1) in de.postposition_nouns:
        noun = doc[token.i - 1]
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        # "Forderung nach mehr Autonomie" is not a source: a noun phrase after "nach" makes it a preposition.
        if following is None or token_pos(following) not in _NP_START_POS:
            return _pair(noun, token, kind=CueKind.ZUFOLGE, lemma=de.nach, head=token)
    for candidate in doc[token.i + 1 : min(len(doc), token.i + 5)]:
        if (
            is_speech_noun(candidate)
            and not token_lower(candidate).endswith(de.nach_event_nouns)
            and not (
                token_lower(candidate).endswith(de.nach_owned_event_nouns)
                and (not _owner_after(candidate) or _lasting(doc[token.i + 1 : candidate.i]))
            )
        ):
            lemma = f"{de.nach} {candidate.lemma_}"
            return _pair(token, candidate, kind=CueKind.NACH_ANGABEN, lemma=lemma, head=candidate)
        if token_pos(candidate) not in _NOUN_PHRASE_FILLERS and not _genitive_name(candidate):
            return None
    return None


def _lasting(words: SpacySpan) -> bool:
    """Whether an adjective of duration is among the words ("monatelangen", "langen"): the noun after them
    is an event that took that long."""
    stem = german().duration_adjective_stem
    return any(token_pos(t) == "ADJ" and token_lower(t).rstrip("emnrs").endswith(stem) for t in words)


def _owner_after(noun: Token) -> bool:
    """Whether a genitive article or "von" follows the noun: its owner ("der Ankündigung der Ministerin")."""
    doc = noun.doc
    return noun.i + 1 < len(doc) and (
        is_genitive_article(text_at(doc, noun.i + 1)) or lower_at(doc, noun.i + 1) in german().von
    )


def _genitive_name(token: Token) -> bool:
    """ "Grupps" in "Nach Grupps Meinung": a capitalised name in the genitive before its noun (also one a
    tagger calls a common noun, right before a speech noun)."""
    text = token_text(token)
    if not (text[:1].isupper() and text.endswith("s") and not text.endswith("ss")):
        return False
    if token_pos(token) == "PROPN":
        return True
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token_pos(token) == "NOUN" and following is not None and is_speech_noun(following)


def _noun_cue(token: Token) -> CueMatch | None:
    """ "Stoltenbergs Behauptung, Russland habe …", "der Vorwurf der Verteidigung, das Gericht sei …": a speech
    noun before a comma (after its genitive attribute) and a clause."""
    doc = token.doc
    if token_pos(token) not in NOUN_POS or not _may_cue_as_noun(token):
        return None  # (most nouns: decided by the word lists, before the comma is searched for)
    comma = comma_after_attribute(token)
    if comma is None or comma + 1 >= len(doc):
        return None
    # (after an attribute, a noun of saying only: "die Pläne der Stadt, … unterzubringen" report no one)
    if not (_asked_question(token, comma) or is_speech_noun(token, before_clause=comma == token.i + 1)):
        return None
    return _single(token, CueKind.NOUN, token.lemma_)


def _may_cue_as_noun(noun: Token) -> bool:
    """What `_noun_cue` needs of the noun whatever its comma: a noun of asking (`_asked_question`) or of saying,
    also one that reports only before a clause (`is_speech_noun` with `before_clause`, which takes in the others)."""
    questions = german().question_nouns
    return (
        token_lower(noun) in questions
        or noun.lemma_.lower() in questions
        or is_speech_noun(noun, before_clause=True)
    )


def _asked_question(noun: Token, comma: int) -> bool:
    """ "Auf die Frage der Verteidigerin, ob …", "auf seine Frage, wie …": a noun of asking with the one who
    asked (a genitive attribute or a possessive) before an indirect question. "Die Frage, ob …" alone is
    an open question, asked by no one."""
    de = german()
    lower = token_lower(noun)
    if lower not in de.question_nouns and noun.lemma_.lower() not in de.question_nouns:
        return False
    following = lower_at(noun.doc, comma + 1)
    if following not in de.question_words and following not in de.subordinators - de.dass:
        return False
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    possessive = before is not None and token_lower(before).startswith(de.possessive_stems)
    return comma > noun.i + 1 or possessive


# Words before a speech noun that make it the source of a frame ("nach Aussagen von X", "laut Bericht"),
# not a report the next sentence may point back to.
_FRAME_REACH = 3


def _danach(token: Token) -> CueMatch | None:
    """ "Eine Studie wurde heute vorgestellt. Danach bestimmen …": "Danach" opening a sentence points back to
    a report, statement or study the sentence before names (outside a frame: "Nach Aussagen von X drangen
    sie ein. Danach fingen sie an" is "afterwards")."""
    de = german()
    if token_lower(token) != de.danach or not token.is_sent_start:
        return None
    doc = token.doc
    before = previous_sentence(doc, sentence_of(token))
    if before is None or "\n" in text_of(doc)[before.end_char : token.idx]:
        return None
    for noun in before:
        # (one report, study or statement: "die Medien" name no document)
        if (
            token_pos(noun) not in NOUN_POS
            or "Plur" in morph_values(noun, "Number")
            or not is_speech_noun(noun)
        ):
            continue
        framing = doc[max(before.start, noun.i - _FRAME_REACH) : min(before.end, noun.i + 2)]
        if not any(token_lower(t) == de.nach or token_lower(t) in de.cue_words for t in framing):
            return _single(token, CueKind.DEMNACH)
    return None


# Tokens a tokenizer may leave whole that end in an introducing colon: "Finn Carstens (SPD): „…“".
_GLUED_COLONS = frozenset({"):", "]:"})


def _colon(token: Token) -> CueMatch | None:
    text = token_text(token)
    if text == ":":
        return _single(token, CueKind.COLON, ":")
    if text not in _GLUED_COLONS:
        return None
    end = token.idx + len(text)  # the cue is the colon alone: its span indexes ":" in the text
    return CueMatch(
        start=end - 1, end=end, text=":", lemma=":", kind=CueKind.COLON, head=token.i, tokens=(token.i,)
    )


@cache
def _cue_word_ids() -> frozenset[int]:
    """The string ids of the words that may start a cue whatever their tag: irregular speech-verb forms,
    cue words, "nach" and the colon (ids are hashes of the strings, the same in every vocab)."""
    de = german()
    words = (*de.irregular_verb_forms, *de.cue_words, de.nach, de.danach, ":", *_GLUED_COLONS)
    return frozenset(get_string_id(w) for w in words)


@cache
def _stance_ids() -> frozenset[int]:
    """The string ids of the stance adjectives (`stance_cue`), whatever their tag."""
    return frozenset(get_string_id(w) for w in german().stance_adjectives)


@cache
def _irregular_form_ids() -> frozenset[int]:
    """The string ids of the irregular speech-verb forms (`is_irregular_finite_form` looks for nothing else)."""
    return frozenset(get_string_id(w) for w in german().irregular_verb_forms)


@cache
def _word_kind_ids() -> frozenset[int]:
    """The string ids of the lower-case words without which `stance_cue`, `_nach_angaben`, `_word_cue`,
    `_danach` and `_colon` find nothing: stance adjectives, "nach", cue words, "danach" and the colons."""
    de = german()
    words = (*de.stance_adjectives, de.nach, *de.cue_words, de.danach, ":", *_GLUED_COLONS)
    return frozenset(get_string_id(w) for w in words)


@cache
def _is_verb_tag(tag: str) -> bool:
    return tag.startswith(labels.STTS_VERB_PREFIX)


# Word classes a weak tagger gives a present speech verb after the comma of what was said ("…, warnt X").
_TAGGED_OTHER_POS = frozenset({"ADJ", "ADV"})
# POS ids of the tokens that may start a cue: verbs, adjectives ("So betonte X"), and nouns before a comma.
_VERB_IDS = frozenset(_POS_IDS[p] for p in VERB_POS)
_ADJ_ID = _POS_IDS["ADJ"]
_OTHER_IDS = frozenset(_POS_IDS[p] for p in _TAGGED_OTHER_POS)
_NOUN_IDS = frozenset(_POS_IDS[p] for p in NOUN_POS)


@cache
def _adjective_may_cue(lower: str) -> bool:
    """Whether a word tagged as an adjective may start a cue by its form: a preterite a weak tagger took for
    one ("So betonte X", `_adjective_tagged_preterite`) or a stance adjective ("besorgt, dass", `stance_cue`).
    (Cue words, irregular verb forms and verb tags are candidates whatever their tag.)"""
    return lower.endswith(("te", "ten")) or lower in german().stance_adjectives


# A tag's string id -> whether it is a verb's (ids are hashes of the strings, the same in every vocab; a
# model has a few dozen tags).
_VERB_TAG_IDS: dict[int, bool] = {}


def _is_verb_tag_id(tag: int, strings: StringStore) -> bool:
    known = _VERB_TAG_IDS.get(tag)
    if known is None:
        known = _VERB_TAG_IDS[tag] = _is_verb_tag(strings[tag])
    return known


_COMMA_ID = get_string_id(",")


def _before_commas(lowers: list[int]) -> set[int]:
    """The tokens with a comma among the 1 + `MAX_ASKER_ATTRIBUTE` words after them (the longest attribute a noun
    before its comma may have), from the commas' places (found by ``list.index``, in C: no loop step per word)."""
    before: set[int] = set()
    comma = -1
    while True:
        try:
            comma = lowers.index(_COMMA_ID, comma + 1)
        except ValueError:
            return before
        before.update(range(comma - 1 - MAX_ASKER_ATTRIBUTE, comma))


def _candidates(doc: Doc) -> list[tuple[int, bool, bool]]:
    """The tokens that may start a cue, read from whole-doc arrays at once: verbs by POS or STTS tag,
    irregular speech-verb forms, nouns, cue words, "nach" and colons. The rest (most tokens) cannot.
    (Set look-ups on the rows: cheaper than numpy's sorting `isin` on docs of a few hundred tokens.)
    Each as (its index, whether `verb_cue` may find a cue there, whether `_noun_cue` may): by the tests
    each of them opens with, a verb or adjective by POS, a verb tag or an irregular form, and a noun."""
    if len(doc) == 0:
        return []
    strings = doc.vocab.strings
    # (the tags may change between components without the index noticing: read here; the POS is the index's
    # column and the words' lower case the run's, which the speaker stage reads too)
    poses, tags = token_column(doc, POS), doc.to_array(TAG).tolist()
    lowers, lower_words = token_column(doc, LOWER), docindex.token_lowers(doc)
    words = _cue_word_ids()
    stances = _stance_ids()
    verb_tags = {tag for tag in set(tags) if _is_verb_tag_id(tag, strings)}
    # A noun makes a cue only before a comma, right after it or after its genitive attribute ("Stoltenbergs
    # Behauptung, …", "die Warnung der Wärter, …"), an adjective only in some forms: the other nouns and
    # adjectives are skipped.
    before_comma = _before_commas(lowers)
    candidates = [
        i
        for i, (pos, tag, lower) in enumerate(zip(poses, tags, lowers, strict=True))
        if pos in _VERB_IDS
        or tag in verb_tags
        or lower in words
        or (pos == _ADJ_ID and _adjective_may_cue(lower_words[i]))
        or lower in stances  # ("zeigte sich zuversichtlich, dass" with the adjective tagged as an adverb)
        or (pos in _NOUN_IDS and i in before_comma)
        # ("…, warnt Verbandspräsident X" with the verb tagged as an adverb or adjective)
        or (pos in _OTHER_IDS and i > 0 and lowers[i - 1] == _COMMA_ID and lower_words[i].endswith("t"))
    ]
    irregular = _irregular_form_ids()
    return [
        (
            i,
            poses[i] in _VERB_IDS or tags[i] in verb_tags or poses[i] in _OTHER_IDS or lowers[i] in irregular,
            poses[i] in _NOUN_IDS,
        )
        for i in candidates
    ]


def find_cues(doc: Doc) -> list[CueMatch]:
    """Every attribution cue in `doc`, in text order. Changes nothing."""
    found: list[CueMatch] = []
    lowers = token_column(doc, LOWER)
    word_kinds = _word_kind_ids()
    for i, verb_like, noun_like in _candidates(doc):
        token = doc[i]
        # (rules that would find nothing by their first test are not asked: most candidates are nouns, or
        # verbs that are no speech verbs, without a word that the other rules look for)
        cue = verb_cue(token) if verb_like else None
        if cue is None and lowers[i] in word_kinds:
            cue = stance_cue(token) or _nach_angaben(token) or _word_cue(token)
        if cue is None and noun_like:
            cue = _noun_cue(token)
        if cue is None and lowers[i] in word_kinds:
            cue = _danach(token) or _colon(token)
        if cue is not None and not impersonal_in_report(token) and not in_conditional_clause(token):
            found.append(with_companion(doc, _with_expletive(doc, cue)))
    return sorted(found, key=lambda c: c.extent)


def with_companion(doc: Doc, cue: CueMatch) -> CueMatch:
    """ "sprach von", "verwies darauf": the word that completes a speech verb's cue right after it
    (`cue_companions`; "wies darauf hin" keeps "hin" as its particle); "wollte wissen", "ließ ausrichten",
    "verlauten ließ": the modal or "lassen" right beside the verb; the span stays one run of the text. Where such
    a word stands apart ("sprach dagegen von", "wollte aber wissen"), it is the cue's `companion`."""
    if cue.kind is not CueKind.VERB:
        return cue
    de = german()
    head = doc[cue.head]
    after = head.i + 1
    companions = de.cue_companions.get(cue.lemma, frozenset())
    if after < len(doc) and lower_at(doc, after) in companions:
        return _joined(cue, doc[after])
    # (an infinitive by its form too: "ließ über einen Sprecher ausrichten" with "ausrichten" tagged finite)
    infinitive = verb_form(head) == "Inf" or token_lower(head) == cue.lemma
    if cue.particle is None and (infinitive or cue.lemma in de.modal_cues):
        beside = de.modal_cues.get(cue.lemma, frozenset()) | de.causatives
        # (right beside it a listed form is the verb whatever its tag: Swiss "liess" tagged an adjective)
        for i in (head.i - 1, max(cue.tokens) + 1):
            if 0 <= i < len(doc) and lower_at(doc, i) in beside:
                return _joined(cue, doc[i])
        # "wollte aber wissen", "ließ über ihren Anwalt ausrichten": the modal or "lassen" the parse links to it
        linked = next(
            (
                t
                for t in (head.head, *head.children)
                if t.i != head.i and token_lower(t) in beside and token_pos(t) in VERB_POS
            ),
            None,
        )
        if linked is not None:
            return _with_part_apart(cue, linked)
    word = _companion_apart(doc, head, companions) if companions else None
    if word is not None:
        return _with_part_apart(cue, word)
    return cue


# How many words after a speech verb its companion may stand: "sprach nach der Abstimmung von einem …".
_COMPANION_REACH = 8


def _companion_apart(doc: Doc, head: Token, companions: frozenset[str]) -> Token | None:
    """ "sprach dagegen von einem „…“": the companion word later in the verb's clause, heading a phrase the verb
    governs (the parse hangs it on the verb or on the noun it introduces), before a comma, a colon or a mark."""
    opening = german().opening_marks
    for token in doc[head.i + 1 : min(len(doc), head.i + 1 + _COMPANION_REACH)]:
        if (
            token_text(token) in {",", ":", ";", "."}
            or token_text(token) in opening
            or token_pos(token) in VERB_POS
        ):
            return None
        if token_lower(token) in companions and _governed_by(token, head) and _opens_said_phrase(token):
            return token
    return None


def _opens_said_phrase(word: Token) -> bool:
    """A companion preposition introduces the words said, an article or marks first ("von einem „…“", "von „…“"),
    not a name ("mit dem Sprecher von Greenpeace"); a pronominal adverb ("darauf") stands alone."""
    if token_pos(word) != "ADP":
        return True
    following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return following is not None and (
        token_pos(following) in {"DET", "ADJ", "NUM"} or token_text(following) in german().opening_marks
    )


# Nouns up the parse from a companion word to its verb: "sprach im Zeugenstand von einem „Verrat“" with "Verrat"
# hung on "Zeugenstand".
_COMPANION_HOPS = 3


def _governed_by(word: Token, verb: Token) -> bool:
    """Whether `word` hangs on `verb`: directly, through the word it introduces (whatever its tag: "von
    „deutlich weniger …“"), or further through the nouns of its phrase."""
    current = word.head
    for hop in range(_COMPANION_HOPS):
        if current.i == verb.i:
            return True
        if (hop > 0 and token_pos(current) not in NOUN_POS) or current.head.i == current.i:
            return False
        current = current.head
    return current.i == verb.i


def _with_part_apart(cue: CueMatch, word: Token) -> CueMatch:
    """`cue` with `word`, which stands apart from it, as its companion (one word; not where it has one)."""
    if cue.companion is not None or word.i in cue.tokens:
        return cue
    return attrs.evolve(
        cue,
        companion=(word.idx, word.idx + len(token_text(word))),
        tokens=tuple(sorted((*cue.tokens, word.i))),
    )


def _with_expletive(doc: Doc, cue: CueMatch) -> CueMatch:
    """ "hieß es", "Es heißt": an impersonal verb's cue takes the "es" beside it, which is its subject and
    names no one (the span stays one run of the text)."""
    if cue.kind is not CueKind.VERB or cue.lemma not in german().impersonal_verbs or cue.particle is not None:
        return cue
    expletive = german().impersonal_subject
    head = doc[cue.head]
    for i in (head.i + 1, head.i - 1):
        if 0 <= i < len(doc) and lower_at(doc, i) == expletive:
            return _joined(cue, doc[i])
    return cue


def with_colon(cue: CueMatch, colon: Token) -> CueMatch:
    """ "Wendtland zeigte sich zuversichtlich: „…“": a verb that says no speech gives the speaker and the colon
    brings in the words; the cue is both, the colon as the verb's companion (not where it has one)."""
    return _with_part_apart(cue, colon) if cue.kind is CueKind.VERB else cue


def with_pointer(doc: Doc, cue: CueMatch, pointer: Token) -> CueMatch:
    """ "„…“ Das sagte Kappeler": the pointer right before a verb cue that points back to a quotation is part of
    the cue's words, as a reader names the cue ("Das sagte")."""
    return _joined(cue, pointer) if cue.kind is CueKind.VERB and pointer.i == min(cue.tokens) - 1 else cue


def _joined(cue: CueMatch, word: Token) -> CueMatch:
    """`cue` with the word right beside its span joined to it (the span stays one run of the text); `cue`
    unchanged where the word does not touch the span."""
    doc = word.doc
    start, end = cue.start, cue.end
    previous = doc[word.i - 1] if word.i > 0 else None
    if previous is not None and previous.idx + len(token_text(previous)) == end and word.idx >= end:
        end = word.idx + len(token_text(word))
    elif word.i + 1 < len(doc) and doc[word.i + 1].idx == start:
        start = word.idx
    else:
        return cue
    tokens = tuple(sorted((*cue.tokens, word.i)))
    return attrs.evolve(cue, start=start, end=end, text=text_of(doc)[start:end], tokens=tokens)
