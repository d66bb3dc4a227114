"""German words that name people and organisations: roles and titles, organisation nouns, pronouns, first names.

The word lists are data files (``speaker_*``, ``pronoun_*``, read by `quotekit.lang.de.words`); this module only
knows how German inflects them: "Sprecherin" is a feminine "Sprecher", "NATO-Generalsekretärs" a genitive
"Generalsekretär", "Bundesfinanzminister" a compound that ends in "minister". Strings in, answers out:
what a token in a parse can name is `quotekit.syntax.nominals`.
"""

from __future__ import annotations

from functools import cache

from quotekit.lang.de.words import german

__all__ = [
    "PERSON_GENDERS",
    "article_genders",
    "description_gender",
    "first_name_gender",
    "is_age_noun",
    "is_feminine_role",
    "is_generic_organisation",
    "is_organisation_noun",
    "is_person_noun",
    "is_personal_pronoun",
    "is_role",
    "is_speech_noun",
    "object_pronoun_genders",
    "possessive_genders",
    "pronoun_genders",
    "role_gender",
    "role_of",
    "speech_noun_owner",
    "surname_key",
]

# The gender codes these functions give: "masc" and "fem" for one person, "plur" for a group.
PERSON_GENDERS = frozenset({"masc", "fem"})

# Endings that inflect a role noun (feminine, plural, genitive), longest first.
_ROLE_ENDINGS = ("innen", "in", "ern", "en", "es", "er", "n", "s", "e", "")


_UMLAUTS = str.maketrans("äöü", "aou")

# Endings of feminine person nouns in "-in" derived from a masculine one ("Sozialdemokratin", "Limnologin",
# "Tirolerin", "Polizistin"): the stem before "in" ends in one of these.
_AGENTIVE_STEM_ENDINGS = (
    "er",
    "ist",
    "ant",
    "ent",
    "eur",
    "og",
    "at",
    "ar",
    "ier",
    "or",
    "ör",
    "är",
    "eg",
    "ot",
)


def _ends_with_entry(word: str, entries: frozenset[str]) -> str | None:
    """The longest entry that `word`, less an inflection ending, is or ends in (as a compound)."""
    word = word.lower().rsplit("-", 1)[-1] if "-" in word else word.lower()
    for ending in _ROLE_ENDINGS:
        if ending and not word.endswith(ending):
            continue
        stem = word[: len(word) - len(ending)] if ending else word
        # "Anwältin", "Ärztin", "Landesrätin": the feminine takes an umlaut the entry does not have.
        stems = (stem, stem.translate(_UMLAUTS)) if ending.startswith("in") else (stem,)
        for form in stems:
            if form in entries:
                return form
            # A compound may end in the entry ("Generalsekretär"), but the stem must be more than a fragment.
            for start in range(1, len(form) - 3):
                if form[start:] in entries:
                    return form[start:]
    return None


@cache
def role_of(word: str) -> str | None:
    """The role a noun names ("NATO-Chefin" -> "chef"), or None."""
    return _ends_with_entry(word, german().titles)


def is_role(word: str) -> bool:
    return role_of(word) is not None


@cache
def is_organisation_noun(word: str) -> bool:
    """Whether a noun names an organisation that speaks as one ("Außenministerium", "Polizei")."""
    return _ends_with_entry(word, german().organisations) is not None


def is_feminine_role(word: str) -> bool:
    """ "Sprecherin", "Kollegin": a role word that no surname is ("Richter", "Bauer", "Hoffmann" may be)."""
    return word.lower().endswith(("in", "innen")) and is_person_noun(word)


def role_gender(word: str) -> str | None:
    """ "fem" for "Sprecherin", "plur" for "Sprecherinnen", "masc" for another role noun, None otherwise."""
    lower = word.lower()
    if not is_role(word):
        return None
    if lower.endswith("innen"):
        return "plur"
    if lower.endswith("in") and role_of(lower[:-2]) is not None:
        return "fem"
    return "masc"


def is_age_noun(word: str) -> bool:
    """ "der 54-Jährige", "die 67-Jährige", "ein 29-Jähriger": a person described by their age."""
    lower = word.lower()
    return lower.rstrip("rn").endswith("jährige") or lower.rstrip("rn").endswith(
        "jährige".translate(_UMLAUTS)
    )


@cache
def is_person_noun(word: str) -> bool:
    """Whether a noun describes a person: a role or person noun ("Sprecherin", "Anwohner"), an age
    ("der 54-Jährige") or a feminine "-in" derived from a person noun ("Sozialdemokratin", "Tirolerin")."""
    if not word[:1].isupper() and not word[:1].isdigit():
        return False
    if is_role(word) or is_age_noun(word):
        return True
    lower = word.lower().rsplit("-", 1)[-1]
    return lower.endswith("in") and len(lower) > 5 and lower[:-2].endswith(_AGENTIVE_STEM_ENDINGS)


def description_gender(article: str | None, noun: str) -> frozenset[str]:
    """The genders ("masc", "fem", "plur", "neut") a description may have, from its noun and article.

    "die Sozialdemokratin" is a woman whatever the article; "die Forschenden" a group; "der 54-Jährige" a
    man; without an article that tells, every gender.
    """
    lower = noun.lower()
    if lower.endswith("innen"):
        return frozenset({"plur"})
    if is_person_noun(noun) and lower.endswith("in") and not is_age_noun(noun):
        return frozenset({"fem"})
    genders = article_genders(article) if article is not None else None
    if genders is None:
        return frozenset({"masc", "fem", "plur"})
    if is_age_noun(noun):
        # "ein 29-Jähriger" a man, "die 67-Jährige" a woman, "die 67-Jährigen" a group
        number = "masc" if lower.endswith("r") else "plur" if lower.endswith("n") else None
        narrowed = genders & {number} if number is not None else genders - {"plur"}
        return narrowed or genders
    return genders


def article_genders(word: str) -> frozenset[str] | None:
    """The genders an article allows on a speaker's description, None for a word that is no article."""
    return german().article_genders.get(word.lower())


def possessive_genders(word: str) -> frozenset[str] | None:
    """ "seinen" -> {"masc"}, "ihren" -> {"fem", "plur"}; None for other words."""
    return german().possessive_genders.get(word.lower())


def object_pronoun_genders(word: str) -> frozenset[str] | None:
    """ "ihm" -> {"masc"}; None for other words."""
    return german().object_pronoun_genders.get(word.lower())


@cache
def is_generic_organisation(word: str) -> bool:
    """Whether a noun refers back to an organisation the text names ("Das Unternehmen", "der Verein")."""
    return _ends_with_entry(word, german().generic_organisations) is not None


@cache
def is_speech_noun(word: str) -> bool:
    """Whether a noun names what someone said ("Angaben", "Worten", "Vereinsangaben", "Mitteilung")."""
    return speech_noun_owner(word) is not None or word.lower() in german().speech_nouns


@cache
def speech_noun_owner(word: str) -> str | None:
    """The first part of a compound speech noun, or "" for a plain one: "Vereinsangaben" -> "Vereins",
    "Angaben" -> ""; None for a word that is no speech noun."""
    lower = word.lower()
    nouns = german().speech_nouns
    if lower in nouns:
        return ""
    for start in range(3, len(lower) - 3):
        if lower[start:] in nouns:
            return word[:start].rstrip("-")
    return None


def pronoun_genders(word: str) -> frozenset[str] | None:
    """The genders a speaker pronoun may refer to ("sie" -> {"fem", "plur"}), None for other words."""
    return german().pronoun_genders.get(word.lower())


def is_personal_pronoun(word: str) -> bool:
    return pronoun_genders(word) is not None


def first_name_gender(word: str) -> str | None:
    """ "masc" or "fem" for a known first name ("Jens", "Maria"), None otherwise."""
    return german().first_names.get(word)


def surname_key(word: str) -> str:
    """The form a surname is looked up by: lower case (callers try it without a genitive "s" as well)."""
    return word.lower()
