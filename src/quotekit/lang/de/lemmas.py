"""German word forms: lemma repair for speech verbs, separable particles, speech-noun compounds, the
inflected forms of title trigger words. Strings in, strings out: nothing here reads a parse."""

from __future__ import annotations

from functools import cache

from quotekit.lang.de.words import german

__all__ = [
    "has_attributive_participle_form",
    "is_particle_participle",
    "is_speech_noun_form",
    "lemma_candidates",
    "particle_verb_bases",
    "strip_ge",
    "title_trigger_forms",
]

# Endings of inflected trigger words: Films, Zeitungen, sogenannten, Schiffes.
_INFLECTIONS = ("", "e", "en", "er", "es", "em", "n", "s", "ns", "ern")
# Preterite and participle endings, longest first: "betonte(n)" / "meldete" / "betont" -> "betonen".
_PAST_ENDINGS = ("eten", "ete", "ten", "te", "et", "t")
# A speech noun counts as the end of a compound ("Polizeiangaben") from this many letters on.
_MIN_COMPOUND = 8
_MIN_COMPOUND_PART = 6
# The endings of an inflected participle, weak or strong ("mitgeteilten", "angegebene").
_INFLECTED_PARTICIPLE_ENDINGS = ("te", "ten", "tem", "ter", "tes", "ene", "enen", "enem", "ener", "enes")
# A "ge" is a participle's prefix only in a word longer than this ("gesagen" but not "gehen").
_MIN_GE_WORD = 6
# A participle used as an adjective: a stem of some length and an ending ("veröffentlichten", not "bat").
_MIN_ATTRIBUTIVE_PARTICIPLE = 6


@cache
def particle_verb_bases() -> frozenset[str]:
    """ "fügen" of "hinzufügen": the verbs a separable particle turns into a speech verb."""
    de = german()
    return frozenset(
        verb[len(particle) :]
        for verb in de.speech_verbs
        for particle in de.cue_particles
        if verb.startswith(particle) and len(verb) > len(particle)
    )


@cache
@cache  # asked of many nouns, several times each
def is_speech_noun_form(form: str, lemma: str, *, before_clause: bool = False) -> bool:
    """Whether a noun (lower-case form and lemma) is a speech noun, also as the last part of a compound;
    `before_clause`: also the nouns that report only with a clause after them ("der Vorschlag, …")."""
    nouns = _speech_nouns(before_clause=before_clause)
    if form in nouns or lemma in nouns:
        return True
    return len(form) > _MIN_COMPOUND and form.endswith(_compound_ends(before_clause=before_clause))


@cache
def _speech_nouns(*, before_clause: bool) -> frozenset[str]:
    """The speech nouns, with `before_clause` also the nouns that report only with a clause after them: the
    union made once, not on every call."""
    de = german()
    return frozenset(de.speech_nouns | de.clause_nouns) if before_clause else frozenset(de.speech_nouns)


@cache
def _compound_ends(*, before_clause: bool) -> tuple[str, ...]:
    """The speech nouns that may end a compound (`_MIN_COMPOUND_PART` letters or more), as one tuple for a
    single ``str.endswith``."""
    de = german()
    nouns = de.speech_nouns | de.clause_nouns if before_clause else de.speech_nouns
    return tuple(noun for noun in nouns if len(noun) >= _MIN_COMPOUND_PART)


@cache
def _particles() -> tuple[str, ...]:
    """The separable particles, in the order the set gives them, as a tuple: ``word.startswith`` takes it
    whole, so that the many words that start with none skip the loop over them."""
    return tuple(german().cue_particles)


@cache
def strip_ge(word: str) -> str:
    """ "angekündigen" -> "ankündigen", "gefordern" -> "fordern": a participle's "ge" left in a lemma."""
    if word.startswith("ge") and len(word) > _MIN_GE_WORD:
        return word[2:]
    particle = _particle_before_ge(word)
    return word if particle is None else particle + word[len(particle) + 2 :]


@cache
def is_particle_participle(form: str) -> bool:
    """ "angekündigte", "mitgeteilten": a separable particle, then "ge": the participle of a particle verb, which no
    finite form of the verb has (a main clause splits the particle off, a subordinate clause has no "ge-")."""
    if not form.endswith(_INFLECTED_PARTICIPLE_ENDINGS):
        return False  # (an infinitive or a finite form in a subordinate clause: "zugestehen", "angehört")
    return _particle_before_ge(form) is not None


def has_attributive_participle_form(form: str) -> bool:
    """ "veröffentlichten", "zurückgetretenen": a participle's stem with an adjective's ending, the form of a
    participle that describes a noun, whatever a tagger made of it."""
    return len(form) >= _MIN_ATTRIBUTIVE_PARTICIPLE and form.lower().endswith(
        german().participle_adjective_endings
    )


def _particle_before_ge(word: str) -> str | None:
    """The separable particle a participle's "ge" follows in `word` ("an" of "angekündigen"), or None."""
    particles = _particles()
    if not word.startswith(particles):
        return None
    for particle in particles:
        rest = word[len(particle) :]
        if word.startswith(particle) and rest.startswith("ge") and len(rest) > _MIN_GE_WORD:
            return particle
    return None


@cache
def lemma_candidates(lemma: str, form: str) -> tuple[str, ...]:
    """A verb's lemma, then repairs for stop-gap lemmatisers that keep or garble inflected forms."""
    candidates = [lemma]
    candidates += _irregular_lemmas(form)
    stems = [lemma, form]
    for suffix in _PAST_ENDINGS:
        if form.endswith(suffix) and len(form) - len(suffix) >= 3:
            stems.append(form[: -len(suffix)] + "en")
            break
    for word in stems:
        fixed = strip_ge(word)
        if fixed.endswith("een"):  # "berichteen" -> "berichten"
            fixed = fixed[:-2] + "n"
        # "forderen" -> "fordern", "äußeren" -> "äußern"; but "kritisieren" is right as it stands.
        if fixed.endswith(("eren", "elen")) and not fixed.endswith(("ieren", "ielen")):
            fixed = fixed[:-2] + "n"
        candidates.append(fixed)
    return tuple(c for c in dict.fromkeys(candidates) if c)


def _irregular_lemmas(form: str) -> list[str]:
    """ "warf" -> "werfen", and the forms the list leaves out: the plural of a preterite ("gaben" ->
    "geben") and a particle written together with it in a verb-final clause ("vorwarf" -> "vorwerfen",
    "bekanntgab" -> "bekanntgeben")."""
    de = german()
    irregular = de.irregular_verb_forms
    found = []
    # "gaben" is "gab" + "en"; "genannten" is an adjective made of a participle, no verb.
    plural = form[:-2] if form.endswith("en") and strip_ge(form[:-2]) == form[:-2] else ""
    particles = _particles()
    # (Swiss spelling writes "ss" for "ß": "liess", "hiess", "weiss" are "ließ", "hieß", "weiß")
    swiss = [word.replace("ss", "ß") for word in (form, plural) if "ss" in word]
    for word in (form, plural, *swiss):
        if word in irregular:
            found.append(irregular[word])
        if not word.startswith(particles):
            continue
        for particle in particles:
            rest = word[len(particle) :]
            if word.startswith(particle) and rest in irregular:
                found.append(particle + irregular[rest])
    return found


def title_trigger_forms(triggers: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Inflected forms of the title trigger words: (whole words, compound endings).

    An entry with a leading "-" may end a compound (Segelschulschiff); others must be whole words
    (Reaktion is no Aktion).
    """
    whole: set[str] = set()
    endings: set[str] = set()
    for entry in triggers:
        word = " ".join(entry.lstrip("-").split())
        forms = {word + ending for ending in _INFLECTIONS} if word[-1].isalpha() else {word}
        (endings if entry.startswith("-") else whole).update(forms)
    return frozenset(whole), frozenset(endings)
