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
    "first_name_gender",
    "is_organisation_noun",
    "is_personal_pronoun",
    "is_role",
    "pronoun_genders",
    "role_gender",
    "role_of",
    "surname_key",
]

# The gender codes these functions give: "masc" and "fem" for one person, "plur" for a group.
PERSON_GENDERS = frozenset({"masc", "fem"})

# Endings that inflect a role noun (feminine, plural, genitive), longest first.
_ROLE_ENDINGS = ("innen", "in", "ern", "en", "es", "er", "n", "s", "e", "")


def _ends_with_entry(word: str, entries: frozenset[str]) -> str | None:
    """The longest entry that `word`, less an inflection ending, is or ends in (as a compound)."""
    word = word.lower().rsplit("-", 1)[-1] if "-" in word else word.lower()
    for ending in _ROLE_ENDINGS:
        if ending and not word.endswith(ending):
            continue
        stem = word[: len(word) - len(ending)] if ending else word
        if stem in entries:
            return stem
        # A compound may end in the entry ("Generalsekretär"), but the stem must be more than a fragment.
        for start in range(1, len(stem) - 3):
            if stem[start:] in entries:
                return stem[start:]
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
