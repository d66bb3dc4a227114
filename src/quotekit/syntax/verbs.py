"""Verb forms read from a parse: finite or not, and the Konjunktiv of finite verbs.

Two finite-verb tests, because the rules need two strengths of evidence:
- `is_finite`: the morphology says ``VerbForm=Fin`` (else an STTS tag ending in FIN or IMP does). Used
  where a finite verb is the evidence for a clause (direct quotations, subjects of coordinated verbs).
- `could_be_finite`: a finite STTS tag or ``VerbForm=Fin``, or a VERB/AUX that nothing marks as
  non-finite. Used by reported speech, where a missed finite verb costs more than a wrong one.

The zu-infinitive clause ("…, gegen die Randalierer vorzugehen"): `is_zu_infinitive_clause` on the words
`up_to_comma`.

The Konjunktiv: the morphology (``Mood=Sub``) decides when it is there, German word forms back it up
(`quotekit.lang.de.mood`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from quotekit.lang.de import mood
from quotekit.lang.de.names import noun_gender
from quotekit.lang.de.words import german
from quotekit.syntax import labels
from quotekit.syntax.docindex import (
    lower_at,
    lower_set,
    morph_values,
    parse_cache,
    pos_at,
    remembered,
    sentence_range,
    text_at,
    token_lower,
    token_pos,
    token_text,
    token_texts,
)
from quotekit.syntax.labels import (
    ARTICLE_TAG,
    FINITE_TAGS,
    PERSON_LABELS,
    STTS_VERB_FORMS,
    VERB_POS,
    ZU_INFINITIVE_TAG,
    has_verb_tag,
)
from quotekit.syntax.spans import first_word

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

__all__ = [
    "could_be_finite",
    "has_subjunctive",
    "has_subjunctive_form",
    "impersonal_in_report",
    "is_finite",
    "is_irregular_finite_form",
    "is_konjunktiv_one",
    "is_reported_subjunctive",
    "is_subjunctive",
    "is_zu_infinitive",
    "is_zu_infinitive_clause",
    "konjunktiv_taken_for_other_word",
    "looks_like_konjunktiv",
    "main_verb",
    "makes_passive",
    "may_be_konjunktiv_two_plural",
    "mistagged_konjunktiv",
    "mistagged_verb_second",
    "plural_finite_taken_for_infinitive",
    "up_to_comma",
    "verb_form",
]

_NON_FINITE_FORMS = frozenset({"Inf", "Part"})


def is_irregular_finite_form(token: Token) -> bool:
    """ "empfahl", "hob", "bat": an irregular finite form of a speech verb is a verb whatever a weak tagger
    says (it took "empfahl" for an adjective and "hob" for a preposition). Infinitives and plurals in
    "-en" and capitalised words are left to the tagger."""
    if not token_text(token)[:1].islower():
        return False  # (asked of every cue candidate: most are capitalised nouns, decided before `lower_`)
    form = token_lower(token)
    return not form.endswith("en") and form in german().irregular_verb_forms


def verb_form(token: Token) -> str | None:
    """ "Fin", "Part" or "Inf": from the morphology, else from an STTS tag (VVPP, VAFIN, …); None if neither says."""
    form = morph_values(token, "VerbForm")
    if form:
        return str(form[0])
    if has_verb_tag(token):
        for ending, value in STTS_VERB_FORMS:
            if token.tag_.endswith(ending):
                return value
    return None


def makes_passive(participle: Token) -> bool:
    """Whether a participle makes a passive with "werden" (the auxiliary on it, UD, or above it, TIGER)."""
    werden = german().werden
    return any(
        token_pos(t) == "AUX" and t.lemma_.lower() in werden for t in (*participle.children, participle.head)
    )


def is_finite(token: Token) -> bool:
    """A finite verb form by `verb_form` (morphology, else STTS tag): positive evidence only."""
    return verb_form(token) == "Fin"


def is_verb_word(token: Token) -> bool:
    """A verb by its coarse tag, or a lower-case word the fine-grained tagger calls finite where the coarse
    one says otherwise ("Die Regierung ignoriere …" with "ignoriere" a noun to it): German nouns are
    capitalised, so such a word is the verb."""
    if token_pos(token) in VERB_POS:
        # ("verliere Eggwil sein Herz" with "sein" a verb by its coarse tag: a possessive by its fine tag
        # before a noun is the possessive)
        return not _possessive_before_noun(token)
    # (not a present participle, which is an adjective whatever the tag: "das … verlegende Medienhaus")
    return token.tag_ in FINITE_TAGS and token.is_lower and _PARTICIPLE_PART not in token_lower(token)[-4:]


def _possessive_before_noun(token: Token) -> bool:
    doc = token.doc
    return (
        token.tag_ == _POSSESSIVE_TAG
        and token.i + 1 < len(doc)
        and pos_at(doc, token.i + 1) in {"NOUN", "PROPN", "ADJ"}
    )


# The fine tag of an attributive possessive ("sein Herz").
_POSSESSIVE_TAG = "PPOSAT"


# `parse_cache` entries: token index -> the answer, for the tests the reported stage asks of the same verbs
# again and again (the verbs of each sentence, by several of its rules).
_FINITE_KEY = "verbs.could_be_finite"
_SUBJUNCTIVE_KEY = "verbs.is_subjunctive"


def _remembered(token: Token, key: str, test: Callable[[Token], bool]) -> bool:
    """`test(token)`, kept under `key` in the parse cache for the component's run."""
    return remembered(parse_cache(token.doc), token, key, test)


def could_be_finite(token: Token) -> bool:
    """A finite verb by tag or morphology; a bare VERB/AUX counts when nothing says it is non-finite."""
    return _remembered(token, _FINITE_KEY, _could_be_finite)


def _could_be_finite(token: Token) -> bool:
    if not _has_letters(token):
        return False  # "|" in "Wissenschaft | 11.04.2025 | Von …", which a tagger made a Konjunktiv auxiliary
    if token.tag_ in FINITE_TAGS:
        return True
    forms = set(morph_values(token, "VerbForm"))
    if "Fin" in forms:
        return True
    if mood.has_konjunktiv_two_umlaut(token_lower(token)) and any(
        labels.is_subject(c) for c in token.children
    ):
        return True  # "Dort entstünden 120 Stellen": a tagger reads the "-en" as an infinitive's; no infinitive has a subject
    return token_pos(token) in VERB_POS and not forms & _NON_FINITE_FORMS and not has_verb_tag(token)


def _first_person_subject(token: Token) -> bool:
    first = german().first_person_singular
    return any(token_lower(child) in first for child in token.head.children) or any(
        token_lower(child) in first for child in token.children
    )


def is_subjunctive(token: Token) -> bool:
    """Whether `token` is a finite verb in Konjunktiv I or II."""
    return _remembered(token, _SUBJUNCTIVE_KEY, _is_subjunctive)


def _has_letters(token: Token) -> bool:
    text = token_text(token)
    # (a word of letters alone, the common case, without a generator over its characters)
    return text.isalpha() or any(ch.isalpha() for ch in text)


def _is_subjunctive(token: Token) -> bool:
    if not _has_letters(token):
        return False  # (a symbol or a number is no verb, whatever its tag and morphology)
    moods = morph_values(token, "Mood")
    if "Sub" in moods:
        return not mood.indicative_by_shape(token_lower(token), token.lemma_.lower())
    form = token_lower(token)
    # (a listed form after a verb prefix only on a verb: "verarbeite", not the noun "Aussage")
    if mood.is_subjunctive_form(form) or (token_pos(token) in VERB_POS and mood.is_listed_e_form(form)):
        # (a listed Konjunktiv I in "-e" is the indicative's form after "ich": "ich halte")
        listed_e = mood.is_listed_e_form(form)
        return not (listed_e and (_first_person_subject(token) or _ich_or_du_beside(token)))
    if "Imp" in moods:
        return False
    # "bekämen", "entspräche": a listed Konjunktiv II after a prefix, whatever the tagger says (also a verb by its
    # word class that the fine tag calls an attributive adjective: "die meisten Einsätze beträfen Touristen")
    if mood.has_konjunktiv_two_umlaut(form) and token.is_lower:
        return True
    if not could_be_finite(token):
        return False
    # "halte", "gebe": stem + "e", unless the subject is "ich".
    lemma = token.lemma_.lower()
    if (
        lemma == form[:-1]
        and not lemma.endswith("en")
        and not form.endswith("te")
        and token_pos(token) == "VERB"
    ):
        # "erscheine" with the bare stem "erschein" for its lemma (not "abgegebene", an adjective, nor "räumte",
        # a preterite)
        lemma += "en"
    ending = mood.has_konjunktiv_one_ending(form, lemma) or _present_in_te(token)
    return ending and not _first_person_subject(token)


def _present_in_te(token: Token) -> bool:
    """ "Sie rate zum Kauf" (lemma "rat"): a form in "-te" is taken for a preterite where the lemma cannot
    tell; a tag of the first person present says the tagger read it as stem + "e" ("ich rate"), so the "t"
    is the stem's ("raten", "gelten", "bieten"). (A present tag alone is no evidence: "nannte" gets one.)"""
    lemma = token.lemma_.lower()
    return (
        token_lower(token).endswith("te")
        and not (lemma.endswith("n") and lemma != token_lower(token))
        and "Pres" in morph_values(token, "Tense")
        and "1" in morph_values(token, "Person")
    )


def has_subjunctive(tokens: Iterable[Token]) -> bool:
    """Whether any finite verb among `tokens` is in the Konjunktiv."""
    return any(is_subjunctive(token) for token in tokens if token_pos(token) in VERB_POS)


def is_reported_subjunctive(token: Token) -> bool:
    """A Konjunktiv that reports: Konjunktiv I, or a Konjunktiv II that replaces a Konjunktiv I the
    indicative shares ("hätten", "würden"); not "wäre", "könnte", "dürfte" (what might be)."""
    form = token_lower(token)
    return (
        is_subjunctive(token)
        and mood.replaces_konjunktiv_one(form)
        and not mood.weak_preterite_shape(form, token.lemma_.lower())
        and not _ich_or_du_beside(token)
    )


def finite_or_konjunktiv(token: Token) -> bool:
    """A finite verb by its tag, or a Konjunktiv form whatever its tag (also one the tagger took for another
    word class: "Die Regierung ignoriere …")."""
    return (
        (token_pos(token) in VERB_POS and could_be_finite(token))
        or has_subjunctive_form([token])
        or mistagged_konjunktiv(token)
    )


def in_konjunktiv_clause(verb: Token) -> bool:
    """Whether the clause of `verb` is in the Konjunktiv: the verb, or an auxiliary of it ("habe … gedrängt").
    (UD hangs the auxiliary on the participle, TIGER the participle on the auxiliary; a conjunct shares the
    first verb's: "habe ihr nachgeschenkt und sie nie gedrängt")"""
    verbs = [verb, verb.head] if labels.is_conjunct(verb) else [verb]
    auxiliaries = [t for v in verbs for t in (*v.children, v.head) if token_pos(t) == "AUX" and t is not v]
    return has_subjunctive_form([*verbs, *auxiliaries])


def has_subjunctive_form(tokens: Iterable[Token]) -> bool:
    """Whether a verb among `tokens` is in the Konjunktiv, also one a weak tagger took for another word
    class ("Das Land brauche …" with "brauche" as an adjective): a listed Konjunktiv form counts
    whatever its POS, the ending "-e" only on a verb."""
    return any(
        is_subjunctive(token)
        for token in tokens
        if token_pos(token) in VERB_POS or mood.is_subjunctive_form(token_lower(token))
    )


def may_be_konjunktiv_two_plural(verb: Token) -> bool:
    """ "fehlten", "hätten", "blieben": a past plural in "-en" whose shape the Konjunktiv II shares: a weak verb's,
    one in umlaut, or a strong verb's whose stem has no vowel to take an umlaut ("blieben", "gingen"; not "fuhren",
    whose Konjunktiv II is "führen")."""
    form = token_lower(verb)
    tenses = morph_values(verb, "Tense")
    # (not a present whose stem ends in "t", its own infinitive by the lemma and a present by the tagger: "Mieter
    # fürchten hohe Nachzahlungen" has a weak preterite's shape; "arbeiteten", "redeten" are past whatever it says)
    present = verb.lemma_.lower() == form and "Pres" in tenses and not form.endswith(_PAST_ONLY_ENDINGS)
    if mood.stands_in_for_konjunktiv_one(form) and not present:
        return True
    # (a plural by its morphology, and by its shape: a tagger calls "erschien" a plural too)
    return (
        form.endswith("en")
        and not form.endswith("ien")
        and "Past" in tenses
        and "Sing" not in morph_values(verb, "Number")
        and not any(vowel in form[:-2] for vowel in _UMLAUT_TAKERS)
    )


# Vowels whose Konjunktiv II takes an umlaut ("kamen" -> "kämen").
_UMLAUT_TAKERS = ("a", "o", "u")
# Endings of a weak preterite plural whose stem ends in "t" or "d" ("arbeiteten", "redeten"), which no present has.
_PAST_ONLY_ENDINGS = ("teten", "deten")


def is_konjunktiv_one(token: Token) -> bool:
    """Whether `token` is a Konjunktiv I form that indicative and Konjunktiv II cannot share: the
    third person singular ("sei", "habe", "halte") or "seien". Plural forms ("sie haben") are the
    indicative's, and Konjunktiv II forms ("wäre", "hätte") also make conditionals."""
    # The word-form tests first: they are cheap and settle most verbs.
    if mood.shared_with_indicative(token_lower(token)):
        return False
    if not is_subjunctive(token):
        return False
    # A preterite tag is no evidence against "diene", "halte", "liege": weak taggers put it on the
    # Konjunktiv I ending too. It speaks against forms without that ending ("sagte" with Mood=Sub).
    # (nor against a form listed as Konjunktiv I: "gelte" with the lemma "geln" and a preterite tag)
    form = token_lower(token)
    if (
        "Past" in morph_values(token, "Tense")
        and not mood.is_listed_e_form(form)
        and not mood.konjunktiv_one_whatever_tense(form, token.lemma_.lower())
    ):
        return False
    persons = german().first_or_second_person
    return not any(token_lower(child) in persons for child in token.children) and not _ich_or_du_beside(token)


def _ich_or_du_beside(token: Token) -> bool:
    """ "Praktisch halte ich es …" with "ich" hung elsewhere: "ich" or "du" right beside a verb is its subject,
    and the form the indicative's (not "ihr", a dative too: "habe ihr der Hausarzt geraten")."""
    doc = token.doc
    singular = german().singular_speaker_pronouns
    return any(lower_at(doc, i) in singular for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc))


def first_finite_verb(tokens: Iterable[Token]) -> Token | None:
    """The first of `tokens` tagged a verb that could be finite (`could_be_finite`), or None."""
    return next((t for t in tokens if token_pos(t) in VERB_POS and could_be_finite(t)), None)


def main_verb(tokens: Sequence[Token]) -> Token | None:
    """The verb that heads the clause these tokens make: the first verb whose head lies outside them."""
    indices = {t.i for t in tokens}
    # (a word the recogniser takes for a person's name is none: "Rasha Al-Nouri: «…»" tagged as a verb)
    verbs = [t for t in tokens if token_pos(t) in VERB_POS and t.ent_type_ not in PERSON_LABELS]
    for verb in verbs:
        if verb.head.i == verb.i or verb.head.i not in indices:
            return verb
    return verbs[0] if verbs else None


def is_zu_infinitive(token: Token) -> bool:
    """ "zu sein", "vorzugehen": an infinitive with "zu" (tagged so, or spelt with it inside). A weak
    tagger calls "anzugreifen" finite: a separable particle before the "zu" inside the word says it is
    not."""
    if token.tag_ == ZU_INFINITIVE_TAG:
        return True
    if token_pos(token) not in {"VERB", "AUX"}:
        return False
    form = token_lower(token)
    zu = german().zu
    if verb_form(token) != "Inf":
        at = form.find(zu, 2)
        return at > 0 and form[:at] in german().cue_particles and len(form) - at > 4 and form.endswith("n")
    previous = token.doc[token.i - 1] if token.i > 0 else None
    if previous is not None and token_lower(previous) == zu:
        return True
    return len(form) > 6 and zu in form[2:-3] and form.endswith("n")


def _final_verb_group(words: Sequence[Token]) -> int:
    """Where the verbs that close a clause begin: "verheimlicht zu haben", "verhaftet worden zu sein"."""
    start = len(words)
    while start > 0 and (
        token_pos(words[start - 1]) in {"VERB", "AUX"} or token_lower(words[start - 1]) == german().zu
    ):
        start -= 1
    return start


def up_to_comma(tokens: SpacySpan) -> list[Token]:
    """The tokens before the next comma or stop."""
    doc = tokens.doc
    texts = token_texts(doc)
    end = tokens.start
    # (the bound from the run's texts first: a `Token` only for each word kept, none for the comma)
    while end < tokens.end and texts[end] not in _COMMA_OR_STOP:
        end += 1
    return [doc[i] for i in range(tokens.start, end)]


_COMMA_OR_STOP = frozenset({",", ".", ";", ":", "?", "!"})


def is_zu_infinitive_clause(segment: Sequence[Token]) -> bool:
    """ "…, gegen die Randalierer vorzugehen": a clause (the tokens up to the next comma or stop) with
    no finite verb and a zu-infinitive at its end, not opened by "um", "ohne" or "statt"."""
    words = [token for token in segment if not (token.is_punct or token.is_space)]
    if not words or token_lower(words[0]) in german().adverbial_openers:
        return False
    verbs = [t for t in words if token_pos(t) in {"VERB", "AUX"}]
    if not verbs or not is_zu_infinitive(verbs[-1]):
        return False
    # The verbs before the closing "zu haben" belong to it (a participle a weak tagger calls finite).
    before = words[: _final_verb_group(words)] if words[-1] is verbs[-1] else words
    # (nor is a word the fine tag calls attributive finite: "der vor zwei Jahren angestrengten Klage
    # stattzugeben", "zugunsten des Vorsitzenden … zu verzichten")
    return not any(
        token_pos(t) in {"VERB", "AUX"}
        and t.tag_ != labels.ATTRIBUTIVE_ADJECTIVE_TAG
        and could_be_finite(t)
        and not is_zu_infinitive(t)
        for t in before
    )


# A Konjunktiv I a weak tagger takes for another word class: at least this long, and no present participle.
_MIN_KONJUNKTIV = 5
_PARTICIPLE_ENDING = "nde"
# What every form of a present participle holds near its end: "verlegende", "verlegenden", "stammendes".
_PARTICIPLE_PART = "nd"
# The word classes a weak tagger gives a Konjunktiv I in "-e": "funktioniere" as an adjective, "rechne" as
# a preposition, "erkenne" as an adverb.
_MISTAKEN_POS = frozenset({"ADJ", "ADP", "ADV"})
# The Konjunktiv I ending of verbs in "-ieren" ("passiere", "funktioniere").
_IEREN_KONJUNKTIV = "iere"
# The fine tag of an adjective used as an adverb or predicate ("langfristig"), which stands after a verb.
_ADVERBIAL_ADJECTIVE_TAG = "ADJD"
# What follows a finite verb (a noun or adjective follows an adjective in "-e" instead).
_AFTER_VERB = frozenset({"ADV", "PART", "ADP", "PRON", "DET", "AUX", "VERB", "SCONJ"})
# What may open a clause before its finite verb: an article, a determiner, an adjective, a noun or a pronoun.
_FIRST_PLACE_POS = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON"})
# What heads the noun phrase before a finite verb in second place.
_PHRASE_HEADS = frozenset({"NOUN", "PROPN", "PRON"})
_COORDINATED_FIRST_PLACE_POS = _FIRST_PLACE_POS | {"CCONJ"}


# The ending every form `looks_like_konjunktiv` takes: a caller may test a word's lower case for it first.
KONJUNKTIV_ENDING = "e"


def looks_like_konjunktiv(token: Token) -> bool:
    """A lower-case word in "-e", long enough not to be a short function word ("betrage", "brauche"), or a
    listed Konjunktiv I form ("gebe"; not a short Konjunktiv II such as "läge", which may be a condition's)."""
    form = token_lower(token)
    return (
        token.is_lower
        and token.is_alpha
        and form.endswith(KONJUNKTIV_ENDING)
        and (len(form) >= _MIN_KONJUNKTIV or mood.is_listed_konjunktiv_one(form))
    )


def mistagged_konjunktiv(token: Token) -> bool:
    """A Konjunktiv a weak tagger took for another word class: a Konjunktiv I in "-e"
    (`konjunktiv_taken_for_other_word`) or a plural Konjunktiv II in umlaut (`_konjunktiv_two_taken_for_other_word`)."""
    return konjunktiv_taken_for_other_word(token) or _konjunktiv_two_taken_for_other_word(token)


def _konjunktiv_two_taken_for_other_word(token: Token) -> bool:
    """ "Die Polizei sagt, die meisten Einsätze beträfen Touristen": a plural Konjunktiv II in umlaut, which no
    preterite and no adjective shares, that a weak tagger calls an adjective or a noun, right after a noun
    or pronoun (its subject)."""
    form = token_lower(token)
    # (the form first: asked of every word of many clauses, and a look-up in the cache settles almost all)
    return (
        form.endswith("en")
        and mood.has_konjunktiv_two_umlaut(form)
        and token.is_lower
        and token.is_alpha
        and token.i > 0
        and token_pos(token) in _MISTAKEN_POS | {"NOUN"}
        and token_pos(token.doc[token.i - 1]) in {"NOUN", "PROPN", "PRON"}
    )


def konjunktiv_taken_for_other_word(token: Token) -> bool:
    """ "Der Zugriff funktioniere weiterhin", "Feldmann rechne mit …": a lower-case word with the Konjunktiv I
    ending that a weak tagger calls an adjective or a preposition where neither can stand: before no noun,
    adjective or number (an adjective in "-e" stands before its noun), after a noun or pronoun or as the root."""
    # A lower-case "noun" is a mistake too ("Die Offensive laufe bereits", "Er arbeite einfach mehr").
    # (Not after an article: "Das bessondere" is a noun in lower case; but "Genau das treibe den Preis".)
    if not looks_like_konjunktiv(token) or token.i == 0 or token.i + 1 >= len(token.doc):
        return False
    # (a "determiner" the fine tag calls finite too, or a pronoun-like one that is the root of its sentence, which
    # no determiner is: "Ohne Sanierung drohe …" with "drohe" a DET and a VVFIN, or a DET, a PDAT and the root;
    # not one the fine tag calls an article)
    mistaken = (
        token_pos(token) in _MISTAKEN_POS
        or (
            token_pos(token) == "DET"
            and (
                token.tag_ in FINITE_TAGS
                or ((labels.is_root(token) or _governs_like_a_verb(token)) and token.tag_ != ARTICLE_TAG)
            )
        )
    ) or (
        token_pos(token) == "NOUN"
        and (
            not _after_article(token)
            # ("Das hänge von … ab" with "hänge" a noun and a VVFIN: the fine tag settles it after "das" too)
            or token.tag_ in FINITE_TAGS
            or _after_pronoun_subject(token.doc[token.i - 1], token.doc[token.i + 1])
            # ("meint, das passiere …": the Konjunktiv I of a verb in "-ieren", which no noun or adjective shares
            # in lower case)
            or token_lower(token).endswith(_IEREN_KONJUNKTIV)
        )
    )
    if not mistaken:
        return False
    tagged_finite = token.tag_ in FINITE_TAGS
    after_personal = _after_personal_subject(token.doc[token.i - 1])
    if token_pos(token) == "ADV" and token.is_stop and not after_personal:
        return False  # "heute", "lange": adverbs that end so (not "Er bitte um Geduld")
    form = token_lower(token)
    # A present participle ("stammende") is an adjective.
    if form.endswith(_PARTICIPLE_ENDING):
        return False
    if mood.shared_with_indicative(form) or not mood.has_konjunktiv_one_ending(form, token.lemma_.lower()):
        return False
    before, after = token.doc[token.i - 1], token.doc[token.i + 1]
    # ("Israelis, die möglicherweise aus … kommen, hatten …": a relative clause has its verb last, and no word right
    # after its pronoun is a finite verb)
    if (
        before.tag_ in labels.RELATIVE_PRONOUN_TAGS
        and token.i >= 2
        and token_text(token.doc[token.i - 2]) == ","
    ):
        return False
    # Where the tagger and the word class disagree, the finite tag settles it ("Er trage Verantwortung"),
    # unless a finite verb stands right before, whose predicate the word is ("ich bin müde").
    if tagged_finite and not (before.tag_ in FINITE_TAGS or token_pos(before) in {"AUX", "VERB"}):
        return True
    if after_personal:
        return True  # "Er arbeite …", "Man prüfe …": right after the clause's personal subject
    # "Das schaffe Unsicherheit": a demonstrative subject before it, whatever follows.
    if _after_pronoun_subject(before, after):
        return True
    # Before a noun or another adjective ("stammende, verzierte Krone") it is one; a verb goes on with
    # the rest of its clause or ends the sentence, or takes its object right after the subject ("Die
    # Regierung verteile Steuergeld": no adjective stands between a common noun and the next one).
    # (an adverbial adjective after it too: "Der Betrieb laufe uneingeschränkt weiter"; an attributive one in "-e"
    # stands before its noun or another attributive one)
    if (
        token_pos(after) not in _AFTER_VERB
        and after.tag_ not in labels.ADVERBIAL_TAGS
        and token_text(after) not in {".", "!", "?"}
        and not _after_subject_noun(token)
    ):
        return False
    # After a noun or pronoun, or where the parse makes it the root of its sentence (no adjective is) or gives
    # it a subject or an object ("warum die Verwaltung die Probleme … mache").
    return (
        token_pos(before) in {"NOUN", "PROPN", "PRON"} or labels.is_root(token) or _governs_like_a_verb(token)
    )


def _governs_like_a_verb(token: Token) -> bool:
    """Whether the parse gives `token` a subject or an object and no copula: a verb's dependents, which no
    determiner and no adjective has ("Ohne das Geld drohe dem Verbund … die Zahlungsunfähigkeit")."""
    children = list(token.children)
    return any(labels.is_subject(c) or labels.is_object(c) for c in children) and not any(
        labels.is_copula(c) for c in children
    )


def _after_article(token: Token) -> bool:
    before = token.doc[token.i - 1]
    return token_pos(before) == "DET" or token_lower(before) in german().definite_articles


def _after_personal_subject(before: Token) -> bool:
    """Whether `before` is a personal subject pronoun of the third person ("er", "sie", "man") that opens its
    sentence or a clause after a comma: the next word is the verb in second place."""
    de = german()
    # ("es gebe Verspätungen": the impersonal "es" opens its clause like "er" or "man")
    if (
        token_lower(before) not in de.subject_pronouns and token_lower(before) != de.impersonal_subject
    ) or token_lower(before) in de.first_person_pronouns:
        return False
    if before.i == 0 or before.is_sent_start:
        return True
    opener = before.doc[before.i - 1]
    return token_text(opener) in {",", ":", ";"} or "\n" in token_text(opener)


def _after_pronoun_subject(before: Token, after: Token) -> bool:
    """ "Das schaffe Unsicherheit", "Dies bedeute Mehrkosten": a neuter demonstrative opening the sentence
    before a noun that is not neuter is no article of that noun but the subject, and the word between is the
    verb. (The noun's gender by its ending, which a weak morphology gets wrong less often: "-heit", "-ung"
    are feminine; a noun without a telling ending decides nothing.)"""
    if token_lower(before) not in german().neuter_demonstratives or not _opens_sentence(before):
        return False
    # "Genau das treibe den Preis", "Das entspreche fast der Menge": no adjective in "-e" after an article, nor a
    # noun it makes, stands before another article, right or after an adverb. (Not before a preposition or an
    # adverb and a verb: "Das bessondere in diesem Jahr", "Das Besondere daran ist" are nouns.)
    following = after.doc[after.i + 1] if after.i + 1 < len(after.doc) else None
    # (an adverb or an adverbial adjective between: "Das erhöhe langfristig das Risiko")
    if token_pos(after) == "DET" or (
        (token_pos(after) == "ADV" or after.tag_ == _ADVERBIAL_ADJECTIVE_TAG)
        and following is not None
        and token_pos(following) == "DET"
    ):
        return True
    gender = noun_gender(token_text(after)) if token_pos(after) == "NOUN" else None
    return gender is not None and gender != "neut"


def _opens_sentence(token: Token) -> bool:
    """Whether `token` opens its sentence, or follows only a focus adverb that does ("Genau das", "Auch dies")."""
    if token.i == 0 or token.is_sent_start:
        return True
    before = token.doc[token.i - 1]
    return token_pos(before) == "ADV" and before.is_title and (before.i == 0 or bool(before.is_sent_start))


def _after_subject_noun(token: Token) -> bool:
    """Whether `token` stands right after a clause's first noun phrase, "article [adjectives] noun" ("Die
    Regierung verteile …"; not "Weitere deutsche Partner", whose first word a tagger may call a noun, nor
    "Das 4,3 Zoll große Display", where a measure comes before the adjective)."""
    doc = token.doc
    before = doc[token.i - 1]
    if token_pos(before) not in {"NOUN", "PROPN"} or not token_text(before)[:1].isupper():
        return False
    k = before.i - 1
    while k >= 0 and pos_at(doc, k) == "ADJ":
        k -= 1
    # (an article by its fine tag too, which a weak tagger may call a pronoun: "der" before "Kanton")
    if k < 0 or (pos_at(doc, k) != "DET" and doc[k].tag_ != ARTICLE_TAG):
        return False
    # (the article opens the sentence: nothing before it, or the end of the sentence before; or, after a
    # preposition, a clause after a comma: "warnte, mit der Schule verliere Eggwil sein Herz")
    if k > 0 and pos_at(doc, k - 1) == "ADP":
        k -= 1
        return k > 0 and _opens_clause(doc[k - 1])
    # (or a clause after a comma: "sagte, der Kanton unterstütze Gemeinden")
    return k == 0 or text_at(doc, k - 1) in {".", "!", "?"} or _opens_clause(doc[k - 1])


def _opens_clause(token: Token) -> bool:
    """Whether a clause may open right after `token`: a comma, colon or semicolon, a line break."""
    return token_text(token) in {",", ":", ";"} or "\n" in token_text(token)


def mistagged_verb_second(segment: Sequence[Token]) -> Token | None:
    """The finite verb of a main clause the tagger gave no verb ("Deutschland brauche mehr Wohnungen",
    "sein Mandant bereue die Tat", "die meisten Einsätze beträfen Touristen"): the first word after the
    clause's first noun phrase, where it is a Konjunktiv taken for another word class."""
    for token in segment:
        if token.is_space:
            continue  # (a hard-wrapped line's break)
        if token_pos(token) in VERB_POS:
            return None
        if mistagged_konjunktiv(token):
            return token
        # ("mit der Schule verliere …": a prepositional phrase may stand first too)
        if token_pos(token) not in _JOINED_FIRST_PLACE_POS:
            return None
    return None


# Fine tags of a bare infinitive, whose form is also the finite plural ("bleiben", "haben", "müssen").
_INFINITIVE_TAGS = frozenset({"VVINF", "VAINF", "VMINF"})
# Word classes a noun phrase in first place may join ("Die Schule und der Kindergarten", "die Eltern der Kinder").
_JOINED_FIRST_PLACE_POS = _FIRST_PLACE_POS | {"CCONJ", "ADP"}


def plural_finite_taken_for_infinitive(token: Token) -> bool:
    """ "Die Volksschule und der Kindergarten bleiben geöffnet": a form in "-en" tagged as an infinitive right
    after the noun phrase that opens its clause, with words of the clause after it, is the clause's finite
    verb in the plural (the infinitive's form), not an infinitive, which closes its clause."""
    if token.tag_ not in _INFINITIVE_TAGS or not token_lower(token).endswith("en"):
        return False
    doc = token.doc
    start, end = sentence_range(token)
    if token.i + 1 >= end or doc[token.i + 1].is_punct:
        return False
    before = []
    for i in range(token.i - 1, start - 1, -1):
        if text_at(doc, i) in {",", ":", ";", "–", "("}:
            break
        before.append(doc[i])
    return (
        bool(before)
        and all(token_pos(t) in _JOINED_FIRST_PLACE_POS for t in before)
        and token_pos(before[-1]) != "ADP"
        and any(token_pos(t) in _PHRASE_HEADS for t in before)
    )


def indicative_verb_second(segment: Sequence[Token], verb: Token) -> bool:
    """ "der Film startet am Montag": a main clause with its finite `verb` right after one noun phrase that
    opens `segment` (no relative pronoun first: "der Mann, der …" opens a relative clause)."""
    if not could_be_finite(verb) or not segment or verb.i <= segment[0].i:
        return False
    first = segment[0]
    if labels.is_relative_pronoun(first) or token_pos(first) not in _FIRST_PLACE_POS:
        return False
    before = [t for t in segment if t.i < verb.i]
    # (a phrase may join another: "Kundinnen und Kunden erhielten …")
    return all(token_pos(t) in _COORDINATED_FIRST_PLACE_POS for t in before) and any(
        token_pos(t) in _PHRASE_HEADS for t in before
    )


def in_conditional_clause(token: Token) -> bool:
    """Whether `token` stands in a conditional clause that opens its sentence with its finite verb in the
    Konjunktiv ("Hätte er ausgesagt, wäre es …", "Würde der Kredit abgelehnt, …"): what might have been
    said there reports nothing."""
    doc = token.doc
    sent_start, sent_end = sentence_range(token)
    words = (doc[i] for i in range(sent_start, sent_end))  # (by index: no `Span` per cue)
    first = first_word(words)
    # (by its form too: a weak tagger calls the "Hätte" that opens a sentence a conjunction)
    if first is None or first.i >= token.i:
        return False
    if not mood.is_konjunktiv_two_form(token_lower(first)) and not (
        token_pos(first) in VERB_POS and is_subjunctive(first)
    ):
        return False
    if any(token_text(t) in {",", ";", ":"} for t in doc[first.i : token.i]):
        return False
    # The main clause after the comma opens with its verb too ("…, wäre es …"): a question or a
    # preterite that looks the same ("Wollte sie wissen, …?") goes on otherwise.
    comma = next((t.i for t in doc[token.i : sent_end] if token_text(t) == ","), None)
    after = doc[comma + 1] if comma is not None and comma + 1 < sent_end else None
    return after is not None and (
        mood.is_konjunktiv_two_form(token_lower(after))
        or (token_pos(after) in VERB_POS and could_be_finite(after))
    )


def impersonal_in_report(verb: Token) -> bool:
    """ "Man gehe davon aus, dass …, sagte die Sprecherin", "Erst dann könne man sagen, wann …": a speech
    verb with "man" in a reported (Konjunktiv I) clause is part of what someone else reports, no cue."""
    doc = verb.doc
    man = german().impersonal_man
    if man not in lower_set(doc):
        return False  # (most texts have no "man": no word near the verb is looked at)
    first, stop = verb.i - 1 if verb.i > 0 else 0, verb.i + 2 if verb.i + 2 < len(doc) else len(doc)
    # The verb itself or its auxiliary or modal ("könne … sagen"), never a verb of the clause it reports.
    group = [verb, *(c for c in verb.children if token_pos(c) == "AUX")]
    # ("Man habe bereits im Februar angekündigt, …": "man" may hang on the auxiliary before the participle,
    # not on a verb of the clause it reports, "sagte, man werde …")
    before = [c for c in group[1:] if c.i < verb.i and not labels.is_clausal_complement(c)]
    near = [*verb.children, *(c for t in before for c in t.children), *(doc[i] for i in range(first, stop))]
    if not any(token_lower(t) == man for t in near):
        return False
    if verb_form(verb) in _NON_FINITE_FORMS:
        group.append(verb.head)
    return any(token_pos(t) in VERB_POS and is_konjunktiv_one(t) for t in group)


def has_expletive(verb: Token) -> bool:
    """Whether an expletive "es" stands right beside the verb or hangs on it ("heißt es", "es heißt"): a verb
    that speaks only with it ("heißen") names its source in a phrase, not by a subject."""
    doc = verb.doc
    es = german().impersonal_subject
    # (in a compound tense the "es" goes with the auxiliary: "hatte es zunächst geheißen"; UD hangs the
    # auxiliary on the participle, TIGER the participle on the auxiliary)
    auxiliaries = [c for c in verb.children if labels.is_auxiliary(c)]
    if token_pos(verb.head) == "AUX" or labels.is_auxiliary(verb):
        auxiliaries.append(verb.head)
    for word in (verb, *auxiliaries):
        nearby = range(max(0, word.i - 1), min(len(doc), word.i + 2))
        if any(lower_at(doc, i) == es for i in nearby) or any(
            token_lower(child) == es for child in word.children
        ):
            return True
    return False
