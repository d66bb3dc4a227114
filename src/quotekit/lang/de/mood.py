"""Konjunktiv (subjunctive mood) of finite verbs: the grammatical mark of German reported speech.

The pipeline's morphology (``Mood=Sub``) decides when it is there; stop-gap pipelines often leave
the mood out or get it wrong, so two form rules back it up: a list of unambiguous Konjunktiv forms
(sei, habe, hätte, würde, könne, …) and the Konjunktiv I ending "-e" of the third person singular
("halte", "gebe", "ändere"), checked against the lemma so that preterites such as "sagte" do not pass.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from quotekit.lang.de.words import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

_FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
_NON_FINITE_FORMS = frozenset({"Inf", "Part"})
_FIRST_PERSON = frozenset({"ich"})
_FIRST_OR_SECOND_PERSON = frozenset({"ich", "wir", "du", "ihr"})


def subjunctive_forms() -> frozenset[str]:
    return word_set("mood_subjunctive_forms.txt")


def is_finite_verb(token: Token) -> bool:
    """A finite verb by tag or morphology; a bare VERB/AUX counts when nothing says it is non-finite."""
    if token.tag_ in _FINITE_TAGS:
        return True
    forms = set(token.morph.get("VerbForm", []))
    if "Fin" in forms:
        return True
    return token.pos_ in {"VERB", "AUX"} and not forms & _NON_FINITE_FORMS and not token.tag_.startswith("V")


def _first_person_subject(token: Token) -> bool:
    return any(child.lower_ in _FIRST_PERSON for child in token.head.children) or any(
        child.lower_ in _FIRST_PERSON for child in token.children
    )


def _konjunktiv_one_ending(token: Token) -> bool:
    """ "halte", "gebe", "ändere": stem + "e", where the lemma allows it and the subject is not "ich"."""
    form = token.lower_
    lemma = token.lemma_.lower()
    if len(form) < 3 or not form.endswith("e") or _first_person_subject(token):
        return False
    if lemma.endswith("en") and form == lemma[:-1]:
        return True
    if lemma.endswith(("ern", "eln")) and form == lemma[:-1] + "e":
        return True
    # An unhelpful lemma (the form itself, or none): take the ending unless it looks like a preterite.
    unhelpful = lemma in {"", form} or not lemma.endswith("n")
    return unhelpful and not form.endswith("te")


def is_subjunctive(token: Token) -> bool:
    """Whether `token` is a finite verb in Konjunktiv I or II."""
    moods = token.morph.get("Mood", [])
    if "Sub" in moods:
        return True
    if token.lower_ in subjunctive_forms():
        return True
    if not is_finite_verb(token) or "Imp" in moods:
        return False
    return _konjunktiv_one_ending(token)


def has_subjunctive(tokens: Iterable[Token]) -> bool:
    """Whether any finite verb among `tokens` is in the Konjunktiv."""
    return any(is_subjunctive(token) for token in tokens if token.pos_ in {"VERB", "AUX"})


def is_konjunktiv_one(token: Token) -> bool:
    """Whether `token` is a Konjunktiv I form that indicative and Konjunktiv II cannot share: the
    third person singular ("sei", "habe", "halte") or "seien". Plural forms ("sie haben") are the
    indicative's, and Konjunktiv II forms ("wäre", "hätte") also make conditionals."""
    form = token.lower_
    # The word-form tests first: they are cheap and settle most verbs.
    if form in word_set("mood_konjunktiv_two_forms.txt") or (form.endswith("en") and form != "seien"):
        return False
    if not is_subjunctive(token) or "Past" in token.morph.get("Tense", []):
        return False
    return not any(child.lower_ in _FIRST_OR_SECOND_PERSON for child in token.children)
