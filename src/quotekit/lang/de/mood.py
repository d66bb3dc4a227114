"""The Konjunktiv (subjunctive mood) by word form: the grammatical mark of German reported speech.

Pipelines' morphology (``Mood=Sub``) decides first (`quotekit.syntax.verbs`); these form rules back it
up where stop-gap pipelines leave the mood out or get it wrong: a list of unambiguous Konjunktiv forms
(sei, habe, hätte, würde, könne, …) and the Konjunktiv I ending "-e" of the third person singular
("halte", "gebe", "ändere"), checked against the lemma so that preterites such as "sagte" do not pass.
"""

from __future__ import annotations

from functools import cache

from quotekit.lang.de.words import german

__all__ = [
    "has_konjunktiv_one_ending",
    "has_konjunktiv_two_umlaut",
    "indicative_by_shape",
    "is_konjunktiv_two_form",
    "is_listed_konjunktiv_one",
    "is_subjunctive_form",
    "konjunktiv_one_whatever_tense",
    "plural_by_shape",
    "preterite_plural_shared",
    "replaces_konjunktiv_one",
    "shared_with_indicative",
    "weak_preterite_shape",
]


def is_subjunctive_form(form: str) -> bool:
    """ "sei", "habe", "hätte", "würde": a form that is Konjunktiv whatever the morphology says."""
    return form in german().subjunctive_forms


# The shortest listed Konjunktiv I form that may end a longer one after a prefix ("arbeite" in "verarbeite";
# not "tue").
_MIN_KONJUNKTIV_ONE_END = 4


@cache  # asked of many verbs
def is_listed_e_form(form: str) -> bool:
    """ "gelte", "arbeite": a listed Konjunktiv I form in "-e", also after a verb prefix or particle
    ("verarbeite", "anbiete"), whatever tense a tagger gives it. (Ask it of verbs only: "Aussage" is a noun.)"""
    de = german()
    if form in de.konjunktiv_one_forms:
        return True
    return any(
        form.startswith(prefix)
        and len(form) - len(prefix) >= _MIN_KONJUNKTIV_ONE_END
        and form[len(prefix) :] in de.konjunktiv_one_forms
        for prefix in de.verb_prefixes
    )


def is_listed_konjunktiv_one(form: str) -> bool:
    """ "gebe", "habe": a listed Konjunktiv form without an umlaut (a listed one with an umlaut, "läge", "wäre", is a
    Konjunktiv II, which may be a condition's)."""
    return is_subjunctive_form(form) and not _UMLAUTS & set(form)


def has_konjunktiv_one_ending(form: str, lemma: str) -> bool:
    """ "halte", "gebe", "ändere": stem + "e" where the lemma allows it (the subject is checked elsewhere)."""
    if len(form) < 3 or not form.endswith("e"):
        return False
    if lemma.endswith("en") and form == lemma[:-1]:
        return True
    # "ändere" / "ändern", and "handle" / "handln", the lemma a lemmatiser made of "handeln"
    if lemma.endswith(("rn", "ln")) and form == lemma[:-1] + "e":
        return True
    # An unhelpful lemma (the form itself, or none): take the ending unless it looks like a preterite.
    unhelpful = lemma in {"", form} or not lemma.endswith("n")
    return unhelpful and not form.endswith("te")


def konjunktiv_one_whatever_tense(form: str, lemma: str) -> bool:
    """ "diene", "halte", "gehöre": a Konjunktiv I ending that stands against a preterite tag (weak taggers
    put one on it). Without a lemma to check it against, a form with "ä" is the Konjunktiv II of a
    preterite in "a" ("entspräche", "bekäme"), not Konjunktiv I ("erkläre" needs its lemma)."""
    if not has_konjunktiv_one_ending(form, lemma):
        return False
    if form.endswith("te") and lemma == form + "n":
        # ("stoppte" with the lemma "stoppten": a lemmatiser that echoed a preterite is no evidence against its tag;
        # the Konjunktiv I of a stem in "t" is listed, "halte", "richte")
        return False
    checked = lemma.endswith("n") and lemma != form
    return checked or "ä" not in form


# A listed Konjunktiv II form may end a longer one after a prefix or particle: "entspräche", "bekämen".
_MIN_KONJUNKTIV_TWO_END = 4
_UMLAUTS = frozenset("äöü")
_VOWELS = frozenset("aeiouäöü")


@cache  # asked of many words, several times each
def is_konjunktiv_two_form(form: str) -> bool:
    """ "wäre", "hätten", and a form that ends with a listed one in umlaut after a prefix or particle ("bekämen",
    "entspräche"): its umlaut tells it from the preterite ("bekamen"). Present stems in "ä" ("gefährde",
    "erkläre", "wähle") end with none."""
    return form in german().konjunktiv_two_forms or has_konjunktiv_two_umlaut(form)


@cache  # (a ``str.endswith`` over every listed form)
def has_konjunktiv_two_umlaut(form: str) -> bool:
    """ "bekämen", "hätte", "entspräche": a form that is or ends with a listed Konjunktiv II in umlaut, which no
    preterite shares ("wollten", "sollte" are listed too, but they are also the preterite)."""
    return form.endswith(_konjunktiv_two_endings())


@cache
def _konjunktiv_two_endings() -> tuple[str, ...]:
    return tuple(
        form
        for form in german().konjunktiv_two_forms
        if _UMLAUTS & set(form) and len(form) >= _MIN_KONJUNKTIV_TWO_END
    )


def shared_with_indicative(form: str) -> bool:
    """A Konjunktiv form that indicative or Konjunktiv II share: Konjunktiv II forms ("wäre", "hätte",
    which also make conditionals) and plural forms in "-en" ("sie haben"), except "seien"."""
    de = german()
    return is_konjunktiv_two_form(form) or (form.endswith("en") and form != de.seien)


def replaces_konjunktiv_one(form: str) -> bool:
    """Whether a Konjunktiv form may stand for reported speech: Konjunktiv I ("sei", "habe", "könne"), or
    Konjunktiv II where it replaces a Konjunktiv I that the indicative shares, the plural in "-en"
    ("sie hätten", "würden", "könnten" for "haben", "werden", "können"). A singular Konjunktiv II
    ("hätte", "könnte", "wäre", "dürfte") has a Konjunktiv I of its own beside it, so it speaks of what
    might be ("Es wäre besser gewesen"), and "wären" stands beside "seien"."""
    de = german()
    if not is_konjunktiv_two_form(form):
        return True
    return form.endswith("en") and form not in de.konjunktiv_two_of_sein


def indicative_by_shape(form: str, lemma: str) -> bool:
    """A finite form no Konjunktiv has, whatever a tagger says: a third person in "-t" after a consonant
    ("warnt", "hat"; the Konjunktiv ends in "-e", "-et", "-est"), or a preterite without the umlaut the
    Konjunktiv II of its verb takes ("durfte", "mochte" beside "dürfte", "möchte")."""
    if form in german().subjunctive_forms:
        return False
    if form.endswith("t") and not form.endswith(("et", "st")) and len(form) > 2 and form[-2].isalpha():
        return True
    without_umlaut = not _UMLAUTS & set(form)
    return form.endswith(("te", "ten")) and without_umlaut and bool(_UMLAUTS & set(lemma))


def weak_preterite_shape(form: str, lemma: str = "") -> bool:
    """ "mahnte", "warteten": the Konjunktiv II of a weak verb is its preterite, and reported speech says it
    in the Konjunktiv I ("mahne") or, where that is the indicative's, with "würden"; unlisted, such a form is
    the preterite ("Am Bahnhof warteten Hunderte auf Anschlüsse" after a statement is narration). An umlaut
    the verb's own stem has is no Konjunktiv's (with the `lemma`: "kämpfte" of "kämpfen")."""
    if _listed(form) or not form.endswith(("te", "ten")):
        return False
    if not _UMLAUTS & set(form):
        return True
    # (a stem that ends in a consonant, as a weak verb's does: not "aufträ" of the lemma "aufträen" a lemmatiser
    # made of the Konjunktiv II "aufträten")
    stem = _infinitive_stem(lemma)
    return stem is not None and stem[-1] not in _VOWELS and _weak_stem(form) == stem


def _weak_stem(form: str) -> str:
    """The stem of a weak preterite: "kämpfte" -> "kämpf", "fürchteten" -> "fürcht"."""
    stem = form.removesuffix("n").removesuffix("te")
    # ("fürchtete": the "-e-" a stem in "t" or "d" takes before the ending)
    return stem.removesuffix("e") if stem.endswith(("te", "de")) else stem


def _infinitive_stem(lemma: str) -> str | None:
    """The stem of an infinitive in "-en" ("kämpfen" -> "kämpf"); None for any other lemma."""
    return lemma[:-2] if len(lemma) > 2 and lemma.endswith("en") else None


def preterite_plural_shared(form: str) -> bool:
    """Whether a listed Konjunktiv II plural is the preterite's plural too, with no umlaut to tell them apart
    ("gingen", "hielten", "blieben"; not "seien", nor "kämen")."""
    return _listed(form) and form.endswith("en") and form != german().seien and not _UMLAUTS & set(form)


def _listed(form: str) -> bool:
    """Whether a form is in the lists of Konjunktiv forms (`mood_subjunctive_forms.txt`,
    `mood_konjunktiv_two_forms.txt`)."""
    de = german()
    return form in de.subjunctive_forms or form in de.konjunktiv_two_forms


def stands_in_for_konjunktiv_one(form: str) -> bool:
    """Whether a plural is a Konjunktiv II that reported speech puts where the Konjunktiv I is the indicative's: a
    form in "-en" in umlaut ("fänden", "hätten"), or a weak preterite's plural (`weak_preterite_plural`)."""
    return form.endswith("en") and (has_konjunktiv_two_umlaut(form) or weak_preterite_plural(form))


def weak_preterite_plural(form: str) -> bool:
    """Whether a form is a plural with a weak preterite's shape ("spielten", "fehlten"), which the Konjunktiv II
    shares, unless that preterite has an umlaut form of its own beside it ("hatten", "konnten" are only the
    indicative)."""
    return form.endswith("en") and weak_preterite_shape(form) and not umlaut_konjunktiv_two_apart(form)


def umlaut_konjunktiv_two_apart(form: str) -> bool:
    """Whether a preterite form has a Konjunktiv II apart, in umlaut ("hatten" beside "hätten", "konnten" beside
    "könnten", "brachten" beside "brächten"): then the form is the indicative only."""
    for k in range(len(form) - 1, -1, -1):
        if form[k] in _UMLAUT_OF and not (form[k] == "u" and k > 0 and form[k - 1] == "a"):
            return is_konjunktiv_two_form(form[:k] + _UMLAUT_OF[form[k]] + form[k + 1 :])
    return False


_UMLAUT_OF = {"a": "ä", "o": "ö", "u": "ü"}


def plural_by_shape(form: str) -> bool:
    """A finite verb in "-en" is plural (or first person plural): no third person singular ends so ("sagen
    sie", "schreiben sie" beside "sagt sie"), nor one in "-ern" or "-eln" ("fordern sie", "sammeln sie")."""
    return form.endswith(("en", "ern", "eln"))
