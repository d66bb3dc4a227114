"""German words that name people and organisations: roles and titles, organisation nouns, pronouns, first names.

The word lists are data files (``speaker_*``, ``pronoun_*``, read by `quotekit.lang.de.words`); this module only
knows how German inflects them: "Sprecherin" is a feminine "Sprecher", "NATO-Generalsekretärs" a genitive
"Generalsekretär", "Bundesfinanzminister" a compound that ends in "minister". Strings in, answers out:
what a token in a parse can name is `quotekit.syntax.nominals`.
"""

from __future__ import annotations

from functools import cache

import regex

from quotekit.lang.de.words import german

__all__ = [
    "BROADCASTER_ALONE",
    "BROADCASTER_BESIDE_NAME",
    "EITHER",
    "MEMBERS_BODY_KINDS",
    "PERSON_GENDERS",
    "PLACE_NAMED_KINDS",
    "article_genders",
    "bare_title_gender",
    "broadcaster_name_word",
    "describes_a_company",
    "description_gender",
    "document_noun_owner",
    "double_first_name_gender",
    "ends_as_name_genitive",
    "first_name_gender",
    "genitive_base",
    "is_abstract_noun",
    "is_academic_title",
    "is_age_noun",
    "is_broadcaster_noun",
    "is_company_name_word",
    "is_document_noun",
    "is_feminine_role",
    "is_generic_organisation",
    "is_genitive_article",
    "is_masculine_genitive",
    "is_masculine_or_neuter_oblique",
    "is_name_genitive",
    "is_nationality_role",
    "is_organ_noun",
    "is_organisation_noun",
    "is_organisation_phrase",
    "is_particle_name",
    "is_person_noun",
    "is_personal_pronoun",
    "is_possessive_genitive",
    "is_role",
    "is_speech_noun",
    "is_spokesperson_role",
    "is_time_noun",
    "names_a_thing",
    "nationality_stem",
    "nominative",
    "noun_gender",
    "object_pronoun_genders",
    "organisation_kind",
    "possessive_genders",
    "pronoun_genders",
    "role_gender",
    "role_of",
    "speech_noun_owner",
    "surname_key",
    "told_gender",
]

# The gender codes these functions give: "masc" and "fem" for one person, "plur" for a group.
PERSON_GENDERS = frozenset({"masc", "fem"})
# The gender `first_name_gender` gives a first name given to both sexes ("Deniz", "Kim"): a person, of either.
EITHER = "either"
# Kinds of `organisation_kind` (speaker_organisation_kinds.tsv) that are all bodies of members: a club, an
# association, an organisation ("der Verein", "der Verband", "die Organisation" may refer to any of them).
MEMBERS_BODY_KINDS = frozenset({"club", "association", "ngo"})
# Kinds of organisation a place names, never a person (a company may bear its family's name: "Bäckereikette Backhaus
# Ohlendorf"; "warf die Staatsanwaltschaft Ertel vor" names the office and then its object).
PLACE_NAMED_KINDS = frozenset({"authority", "court"})

# Endings that inflect a role noun (feminine, plural, genitive), longest first.
_ROLE_ENDINGS = ("innen", "in", "ern", "en", "es", "er", "n", "s", "e", "")
# The endings a short organisation word keeps its stem with ("Sicherheitsrats", "Bundesamtes"; the plurals
# change it: "Räte", "Ämter").
_SHORT_ENTRY_ENDINGS = ("", "s", "es", "e")


_UMLAUTS = str.maketrans("äöü", "aou")
# The endings of plurals that may take an umlaut ("Mütter", "Anwälte", "Brüdern").
_PLURAL_ENDINGS = frozenset({"", "e", "er", "n", "en"})

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
    "ät",  # "Bundesrätin", "Verwaltungsrätin": a member of a council, never the council
)


# Letters a compound's first part needs before a three-letter entry ("Kartell|amt", "Betriebs|rat").
_MIN_STEM_BEFORE_SHORT = 4


def _ends_with_entry(
    word: str, entries: frozenset[str], *, short: bool = False, umlaut_plurals: bool = False
) -> str | None:
    """The longest entry that `word`, less an inflection ending, is or ends in (as a compound); with `short`
    also a three-letter entry after a longer stem ("Bundeskartellamt", "Sicherheitsrat"; not "Gesamt")."""
    entry_ends = _entry_ends(entries)
    for form in _stem_forms(word, umlaut_plurals):
        # (most forms are no entry and end as none does: decided here, without a call for each)
        if form not in entries and form[-3:] not in entry_ends:
            continue
        found = _entry_at_end(form, entries, entry_ends, short=short)
        if found is not None:
            return found
    return None


@cache  # a word is looked up in several lists (roles, organisations, things, …): its stems are made once
def _stem_forms(word: str, umlaut_plurals: bool) -> tuple[str, ...]:
    """The forms `_ends_with_entry` looks up, in order: the word in lower case (its last part after a hyphen)
    less each inflection ending it has, longest first, the whole word last; each also without umlauts where
    its ending may add one."""
    whole = word.lower()
    word = whole.rsplit("-", 1)[-1] if "-" in whole else whole
    forms: list[str] = []
    for ending in _ROLE_ENDINGS:
        if ending and not word.endswith(ending):
            continue
        stem = word[: len(word) - len(ending)] if ending else word
        forms.append(stem)
        # "Anwältin", "Ärztin", "Landesrätin": the feminine takes an umlaut the entry does not have, and so do
        # plurals of people ("Mütter", "Lehrkräfte", "Anwälte"; not of things: "Lesegeräte" is no "Rat").
        if ending.startswith("in") or (umlaut_plurals and ending in _PLURAL_ENDINGS):
            # (the ending's umlaut is the last one: "Ständerätin" is "ständerat", its stem keeps its own)
            last = max(stem.rfind(vowel) for vowel in "äöü")
            if last >= 0:
                forms.append(stem[:last] + stem[last].translate(_UMLAUTS) + stem[last + 1 :])
                plain = stem.translate(_UMLAUTS)
                if plain != forms[-1]:
                    forms.append(plain)
    if whole != word:
        # ("Start-up", "Start-ups": an entry with its hyphen; not a last part "up")
        forms.extend((whole, whole.removesuffix("s")))
    # "Kollegin", "Expertin", "Lebensgefährtin": the feminine of a noun in "-e" drops it ("Kollege"); looked up
    # last, after the feminine itself ("Polin" is no "Pole")
    for ending in ("innen", "in"):
        if word.endswith(ending) and not word[: -len(ending)].endswith("e"):
            forms.append(word[: -len(ending)] + "e")
            break
    return tuple(forms)


def _entry_at_end(
    form: str, entries: frozenset[str], entry_ends: frozenset[str], *, short: bool
) -> str | None:
    """`form` if it is an entry, else the longest entry it ends in after a stem that is more than a fragment
    ("Generalsekretär"; a three-letter entry only with `short`, after `_MIN_STEM_BEFORE_SHORT` letters)."""
    if form in entries:
        return form
    found = None
    # From the last three letters on, longer ends only while some entry still ends so: most words stop after
    # a letter or two, where trying every end of the word made a string of each.
    for length in range(3, len(form)):
        end = form[len(form) - length :]
        if end not in entry_ends:
            break
        if end in entries and (length > 3 or (short and len(form) - length >= _MIN_STEM_BEFORE_SHORT)):
            found = end
    return found


@cache  # one per word list
def _entry_ends(entries: frozenset[str]) -> frozenset[str]:
    """Every end of three or more letters of an entry (the entries among them)."""
    return frozenset(entry[start:] for entry in entries for start in range(len(entry) - 2))


@cache
def names_a_thing(word: str) -> bool:
    """ "Streit", "Straftaten", "die Frage": a thing, event or number that never speaks (not a person noun
    that ends like one: "Spieler", "Sieger")."""
    return _ends_with_entry(word, german().things) is not None and not is_person_noun(word)


@cache
def is_spokesperson_role(role: str | None) -> bool:
    """Whether a role (`role_of`) is one of speaking for an organisation ("Sprecherin", "Pressesprecher")."""
    return role is not None and any(role.endswith(entry) for entry in german().spokesperson_roles)


@cache  # asked of most capitalised words, several times each (two list look-ups with stems per call)
def role_of(word: str) -> str | None:
    """The role a noun names ("NATO-Chefin" -> "chef"), or None ("Flugzeuge" ends in no "Zeuge")."""
    if _ends_with_entry(word, german().non_roles) is not None:
        return None
    role = _ends_with_entry(word, german().titles, umlaut_plurals=True)
    if role in german().generic_roles:
        # "Pflegefachfrau", "Geschäftsmann": the whole compound is the role ("Frau" alone stays "frau")
        # (the entry is found without umlauts, as it matched: "Männer" is "mann", "Feuerwehrmänner" "feuerwehrmann")
        own = word.lower().rsplit("-", 1)[-1]
        return own[: max(own.translate(_UMLAUTS).rfind(role), 0)] + role
    return role


def is_role(word: str) -> bool:
    return role_of(word) is not None


def is_nationality_role(role: str) -> bool:
    """Whether a role (as `role_of` gives it) is a nationality ("ukrainer"): it describes a person without
    giving them a function, so it bars them from none."""
    return role in german().nationalities


@cache  # a scan of all document nouns
def is_document_noun(word: str) -> bool:
    """Whether a noun is or ends in a document a source issues ("Bericht", "Prüfbericht", "Umfrage")."""
    lower = word.lower()
    return any(lower.endswith(noun) for noun in german().document_nouns)


def nationality_stem(role: str) -> str:
    """A nationality role without its feminine ending and umlauts, the same for a man and a woman: "finne" and
    "finnin" -> "finn", "franzose" and "französin" -> "franzos"."""
    return role.removesuffix("in").removesuffix("e").translate(_UMLAUTS)


@cache
def is_organisation_noun(word: str) -> bool:
    """Whether a noun names an organisation that speaks as one ("Außenministerium", "Polizei")."""
    if _ends_with_entry(word, german().non_organisations) is not None:
        return False  # "Entführung", "Bundesautobahn": the end of the word is another noun
    if is_feminine_role(word):
        return False  # "Bundesrätin" is a woman on the Bundesrat
    found = _ends_with_entry(word, german().organisations)
    if found is not None:
        # "Gewerkschafter", "Botschafter": a person named after the organisation, not an inflected form of it
        return word.lower().endswith(found) or not is_person_noun(word)
    # "Bundeskartellamt", "Sicherheitsrat"; not a person ("Landrat", "Sozialdemokratin"). A three-letter entry
    # after a longer stem only with the endings it takes in the singular: "Hoogstraten" is a name, no "-rat".
    short = _ends_with_entry(word, german().organisations, short=True)
    if short is None or is_person_noun(word):
        return False
    lower = word.lower()
    return any(lower.endswith(short + ending) for ending in _SHORT_ENTRY_ENDINGS)


# Adjective endings an organisation's name may take in a sentence ("im Weißen Haus", "des Weißen Hauses").
_ADJECTIVE_ENDINGS = ("en", "es", "er", "em", "e")


@cache
def _organisation_phrases() -> dict[str, frozenset[str]]:
    """The organisations of two words, an adjective and a noun ("weiße haus"): each adjective stem with its
    nouns."""
    pairs: dict[str, set[str]] = {}
    for entry in german().organisations:
        words = entry.split()
        if len(words) == 2:
            pairs.setdefault(_adjective_stem(words[0]), set()).add(words[1])
    return {stem: frozenset(nouns) for stem, nouns in pairs.items()}


def _adjective_stem(word: str) -> str:
    lower = word.lower()
    return next((lower[: -len(e)] for e in _ADJECTIVE_ENDINGS if lower.endswith(e)), lower)


@cache  # asked of nearly every word the speaker stage reads: most open no such phrase
def _phrase_nouns(adjective: str) -> frozenset[str]:
    """The nouns that make an organisation with the capitalised adjective `adjective`; empty for most words."""
    if not adjective[:1].isupper():
        return frozenset()
    return _organisation_phrases().get(_adjective_stem(adjective), frozenset())


def is_organisation_phrase(adjective: str, noun: str) -> bool:
    """Whether an adjective and a noun name an organisation together ("das Weiße Haus", "aus dem Weißen Haus"):
    a capitalised adjective, and the noun as the lexicon writes it, in the genitive too ("des Weißen Hauses")."""
    nouns = _phrase_nouns(adjective)
    if not nouns:
        return False
    lower = noun.lower()
    return lower in nouns or lower[:-2] in nouns or lower[:-1] in nouns


def is_feminine_role(word: str) -> bool:
    """ "Sprecherin", "Kollegin": a role word that no surname is ("Richter", "Bauer", "Hoffmann" may be);
    not "Captain"."""
    return (
        word.lower().endswith(("in", "innen"))
        and is_person_noun(word)
        and _ends_with_entry(word, german().masculine_in_roles) is None
    )


def role_gender(word: str) -> str | None:
    """ "fem" for "Sprecherin", "plur" for "Sprecherinnen", "masc" for another role noun, None otherwise."""
    lower = word.lower()
    if not is_role(word):
        return None
    if lower.endswith("innen"):
        return "plur"
    if is_feminine_role(word):
        return "fem"  # "Sprecherin", "Finnin" (not "Captain")
    return "masc"


def bare_title_gender(noun: str) -> frozenset[str] | None:
    """The gender a role noun before a name tells without an article: a masculine form whose feminine one exists
    is a man ("Gemeindepräsident Andrea Sgier"; a woman would be "Gemeindepräsidentin"), by the endings of nouns
    of a role that take "-in" (`masculine_role_endings`); None where the noun tells nothing (a noun declined like
    an adjective, "Vorsitzende"; one form for both, "Vorstandsmitglied", "Pflegekraft")."""
    if role_gender(noun) != "masc" or not noun.lower().endswith(german().masculine_role_endings):
        return None
    if _ends_with_entry(noun, german().common_gender_roles) is not None:
        return None
    # (a relative tells its own gender, "Tochter", "Schwester"; a noun of another gender by its ending names none)
    if _ends_with_entry(noun, german().relatives) is not None or noun_gender(noun) in {"fem", "neut"}:
        return None
    return frozenset({"masc"}) if role_gender(noun + "in") == "fem" else None


@cache  # asked of every word of every description and title
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
    if is_feminine_role(noun) and not is_age_noun(noun):
        return frozenset({"fem"})
    genders = article_genders(article) if article is not None else None
    if genders is None and article is not None:
        genders = possessive_noun_genders(article)  # "seine Frau": the noun's, not the owner's
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


def possessive_noun_genders(word: str) -> frozenset[str] | None:
    """The genders of the noun a possessive opens, by its ending: "seine" -> {"fem", "plur"} ("seine Frau"),
    "ihr" -> {"masc", "neut"} ("ihr Sohn"); None for a word that is no possessive."""
    if possessive_genders(word) is None:
        return None
    de = german()
    lower = word.lower()
    stem = next((s for s in de.possessive_stems if lower.startswith(s)), None)
    return None if stem is None else de.possessive_ending_genders.get(lower[len(stem) :])


def possessive_genders(word: str) -> frozenset[str] | None:
    """ "seinen" -> {"masc"}, "ihren" -> {"fem", "plur"}; None for other words."""
    return german().possessive_genders.get(word.lower())


def object_pronoun_genders(word: str) -> frozenset[str] | None:
    """ "ihm" -> {"masc"}; None for other words."""
    return german().object_pronoun_genders.get(word.lower())


@cache
def is_organ_noun(word: str) -> bool:
    """Whether a noun names a body inside an organisation that speaks for it ("Geschäftsführung", "Vorstand",
    "Pressestelle")."""
    return _ends_with_entry(word, german().organ_nouns) is not None


@cache  # asked of most organisation and description words (two list look-ups with stems per call)
def is_generic_organisation(word: str) -> bool:
    """Whether a noun refers back to an organisation the text names ("Das Unternehmen", "der Verein"); not a
    noun that only ends like one ("Fehlerkette", "Lieferkette", `non_organisations`)."""
    generic = _ends_with_entry(word, german().generic_organisations)
    if generic is None:
        return False
    # (a non-organisation longer than the generic word it ends in overrules it: "Fehlerkette" is no "Kette";
    # "Veranstalter" is listed in both)
    other = _ends_with_entry(word, german().non_organisations)
    return other is None or len(other) <= len(generic)


# The longest company word that counts only as a whole word ("AG", "SE", "&"), not as a word's end.
_SHORT_COMPANY_WORD = 3


@cache
def describes_a_company(word: str) -> bool:
    """ "Maschinenbauer", "Chiphersteller": a noun that may stand before a company's name."""
    return _ends_with_entry(word, german().company_descriptors) is not None


@cache
def is_company_name_word(word: str) -> bool:
    """ "AG", "GmbH", "&", "Antriebstechnik", "Holzwerke": a word that makes a name a company's."""
    lower = word.lower()
    # (a short entry only as a word: "SE", not the end of "Kasse"; no inflection: "Techniker" is a person)
    return lower in german().company_name_words or lower.endswith(_company_word_ends())


@cache
def _company_word_ends() -> tuple[str, ...]:
    """The company words that count as a word's end too (longer than `_SHORT_COMPANY_WORD`), as one tuple
    for a single ``str.endswith``."""
    return tuple(entry for entry in german().company_name_words if len(entry) > _SHORT_COMPANY_WORD)


@cache
def organisation_kind(word: str) -> str | None:
    """The kind of organisation a noun names ("Verkehrsbetriebe" -> "company", "Gewerkschaft" -> "union"),
    or None."""
    kinds = german().organisation_kinds
    if word.lower() in kinds:
        return kinds[word.lower()]  # "Start-up", "AG"
    entry = _ends_with_entry(word, _kind_nouns(), short=True)  # "Landeskriminalamt": an authority
    return None if entry is None else kinds[entry]


@cache
def _kind_nouns() -> frozenset[str]:
    """The nouns `organisation_kind` knows, as one set (`_ends_with_entry` keeps the ends of each set it is
    given)."""
    return frozenset(german().organisation_kinds)


@cache
def is_time_noun(word: str) -> bool:
    """A time noun or a compound that ends in one, in any case ("Jahr", "Neunzigerjahren", "Wochenendes"; not
    "Bundestag", a parliament), from the lower-case word."""
    de = german()
    for ending in de.noun_endings:
        stem = word[: len(word) - len(ending)] if word.endswith(ending) else None
        if stem and (
            stem in de.time_nouns
            or any(stem.endswith(t) for t in de.time_nouns if t not in de.whole_word_time_nouns)
        ):
            return True
    return False


@cache
def is_broadcaster_noun(word: str) -> bool:
    """ "Sender", "Fernsehsender", "Radiosender": a noun that refers back to a broadcaster
    (`speaker_broadcaster_nouns.txt`)."""
    lower = word.lower()
    return any(lower == entry or lower.endswith(entry) for entry in german().broadcaster_nouns)


# What `broadcaster_name_word` says of a word: it makes a broadcaster's name alone ("ORF", "Alpenfunk"), or only with
# a capitalised word beside it ("Radio Bremen", not "im Radio").
BROADCASTER_ALONE = "alone"
BROADCASTER_BESIDE_NAME = "beside a name"


@cache
def broadcaster_name_word(word: str) -> str | None:
    """Whether a capitalised word makes a broadcaster's name (`speaker_broadcaster_names.txt`: an entry equals the
    word, a "-" entry ends it, a "+" entry needs a name beside it): `BROADCASTER_ALONE`, `BROADCASTER_BESIDE_NAME`,
    or None."""
    lower = word.lower()
    for entry in german().broadcaster_names:
        if entry.endswith("+"):
            if lower == entry[:-1]:
                return BROADCASTER_BESIDE_NAME
        elif lower == entry or (entry[0] == "-" and lower.endswith(entry[1:]) and len(lower) >= len(entry)):
            return BROADCASTER_ALONE
    return None


@cache
def is_speech_noun(word: str) -> bool:
    """Whether a noun names what someone said ("Angaben", "Worten", "Vereinsangaben", "Mitteilung")."""
    return speech_noun_owner(word) is not None or word.lower() in german().speech_nouns


@cache
def speech_noun_owner(word: str) -> str | None:
    """The first part of a compound speech noun, or "" for a plain one: "Vereinsangaben" -> "Vereins",
    "Angaben" -> ""; None for a word that is no speech noun."""
    nouns = german().speech_nouns
    return "" if word.lower() in nouns else _first_part_before(word, nouns)


@cache  # asked of capitalised words that are no speech noun: a scan of the document nouns
def document_noun_owner(word: str) -> str | None:
    """The first part of a compound document noun, before its longest document noun: "Polizeibericht" ->
    "Polizei", "UN-Bericht" -> "UN"; None for a plain one ("Bericht") or a word that is no document noun."""
    return _first_part_before(word, german().document_nouns)


def _first_part_before(word: str, nouns: frozenset[str]) -> str | None:
    """The first part of a compound before the longest of `nouns` it ends in (both parts three letters or more), as
    the word writes it and without a joining hyphen; None where it ends in none."""
    lower = word.lower()
    for start in range(3, len(lower) - 3):
        if lower[start:] in nouns:
            return word[:start].rstrip("-")
    return None


def pronoun_genders(word: str) -> frozenset[str] | None:
    """The genders a speaker pronoun may refer to ("sie" -> {"fem", "plur"}), None for other words."""
    return german().pronoun_genders.get(word.lower())


def is_press_role(word: str) -> bool:
    """Whether a word or mention ends in one of the medium's own people or desks ("ein Reporter", "Unsere
    Reporterin", "die Redaktion"): they ask and report, others answer."""
    lower = word.lower()
    return any(lower.endswith(role) for role in german().press_roles)


def is_academic_title(word: str) -> bool:
    """ "Dr.", "Prof.", "Mag.a", also "h.c." and "med.", which follow a title and count only written in lower
    case ("Dr. h.c. Maria Berger"; "H.C. Strache" has initials)."""
    de = german()
    lower = word.lower()
    return lower in de.academic_titles and (word == lower or lower not in de.academic_title_spellings)


def is_particle_name(word: str) -> bool:
    """A surname joined to its particle by a hyphen: "el-Baradei", "al-Assad"."""
    particle, _, rest = word.partition("-")
    return particle in german().name_particles and rest[:1].isupper()


def is_personal_pronoun(word: str) -> bool:
    return pronoun_genders(word) is not None


# A romanised two-syllable given name, the second syllable in lower case ("Min-seo", "Sung-min"); German compounds
# with a hyphen write the second part capitalised ("Club-Betreiber").
_ROMANISED_GIVEN_NAME = regex.compile(r"\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,4}")


def is_romanised_given_name(word: str) -> bool:
    """ "Min-seo", "Sung-min": a romanised Korean or Chinese given name (of unknown gender)."""
    # (not an English loan compound: "Start-up", "Check-in", "Roll-out", "Know-how")
    return _ROMANISED_GIVEN_NAME.fullmatch(word) is not None and (
        word.rsplit("-", 1)[1] not in german().loan_compound_endings
    )


@cache  # asked of most capitalised words, often several times
def first_name_gender(word: str) -> str | None:
    """ "masc" or "fem" for a known first name ("Jens", "Maria"), or a double first name of two ("Hans-Peter",
    "Ann-Kathrin"), `EITHER` for a name given to both sexes ("Deniz", "Kim"), None for no first name. (Callers
    asking only whether a word is a first name test for None; `told_gender` is the gender a person has by it.)"""
    found = german().first_names.get(word)
    return found if found is not None or "-" not in word else double_first_name_gender(word)


def told_gender(first_name_gender: str | None) -> str | None:
    """The gender a first name tells of its bearer: "masc", "fem", or None (none, or `EITHER`)."""
    return None if first_name_gender == EITHER else first_name_gender


@cache
def double_first_name_gender(word: str) -> str | None:
    """A double first name's gender: two known first names joined by a hyphen ("Jan-Hendrik"), the first
    part's (not "Max-Planck", whose second part is no first name; not "Max-Planck-Institut")."""
    parts = word.split("-")
    names = german().first_names
    if len(parts) != 2 or not all(part[:1].isupper() for part in parts) or parts[1] not in names:
        return None
    return names.get(parts[0])


def surname_key(word: str) -> str:
    """The form a surname is looked up by: lower case (callers try it without a genitive "s" as well)."""
    return word.lower()


# Articles and possessives that show a description is not in the nominative ("Angaben eines Polizeisprechers",
# "laut dem italienischen Verband"), and the stems of the possessives.
_OBLIQUE_DEFINITE = frozenset({"des", "dem", "den"})
_OBLIQUE_INDEFINITE = frozenset({"eines", "einem", "einen"})
_POSSESSIVE_STEMS = ("sein", "ihr", "unser", "mein", "dein", "euer")


def dative_plural_base(word: str) -> str | None:
    """The nominative plural of a person noun in the dative plural, where its ending shows it: "Beobachtern" ->
    "Beobachter", "Händlern" -> "Händler" (a noun in "-er" or "-el" takes an "n" only there); None for
    other words ("Experten" is every case's plural)."""
    if not word.endswith(("ern", "eln")) or not is_person_noun(word):
        return None
    return word[:-1] if is_person_noun(word[:-1]) else None


def plural_nominative(article: str | None, adjectives: list[str], noun: str) -> str | None:
    """A description in the dative plural as a label in the nominative: ("Den", ["spanischen"], "Händlern") ->
    "die spanischen Händler", (None, ["politischen"], "Beobachtern") -> "politische Beobachter"; None where
    the noun shows no dative plural or the article is another one."""
    base = dative_plural_base(noun)
    if base is None or (article is not None and article.lower() != german().dative_plural_article):
        return None
    if article is None:
        # without an article the adjectives decline strong: "politischen Beobachtern" -> "politische Beobachter"
        adjectives = [a[:-1] if a.endswith("en") else a for a in adjectives]
        return " ".join([*adjectives, base])
    return " ".join(["die", *adjectives, base])


def nominative(article: str, adjectives: list[str], noun: str, gender: str) -> str | None:
    """A description named in the nominative, as a label: ("eines", [], "Polizeisprecher", "masc") ->
    "ein Polizeisprecher"; ("dem", ["italienisch"], "Verband", "masc") -> "der italienische Verband";
    ("seines", [], "Management", "neut") -> "sein Management". `adjectives` and `noun` are base forms (see
    `genitive_base` for a noun the lemmatiser left inflected);
    `gender` is "masc", "fem" or "neut". None when the article is already nominative or not known."""
    lower = article.lower()
    stem = next((p for p in _POSSESSIVE_STEMS if lower.startswith(p)), None)
    # "seines", "seinem", "seinen", "ihrer" (of a woman) are oblique; "sein", "seine" are nominative
    if (
        stem is not None
        and lower[len(stem) :] not in {"es", "em", "en"}
        and not (lower[len(stem) :] == "er" and gender == "fem")
    ):
        stem = None
    if lower in _OBLIQUE_DEFINITE or (lower == "der" and gender == "fem"):
        opening, ending = {"masc": "der", "fem": "die", "neut": "das"}[gender], "e"
    elif lower in _OBLIQUE_INDEFINITE or (lower == "einer" and gender == "fem"):
        opening, ending = (
            ("eine" if gender == "fem" else "ein"),
            {"masc": "er", "fem": "e", "neut": "es"}[gender],
        )
    elif stem is not None:
        opening = stem + ("e" if gender == "fem" else "")
        if stem == "euer" and gender == "fem":
            opening = "eure"
        ending = {"masc": "er", "fem": "e", "neut": "es"}[gender]
    else:
        return None
    return " ".join([opening, *(adjective + ending for adjective in adjectives), noun])


def ends_as_name_genitive(word: str) -> bool:
    """Whether a name ends as its genitive does before the noun it owns: "Merkels", "Van Oostveens", "Jans’"."""
    return word.endswith(("s", "’", "'"))


def is_name_genitive(word: str) -> bool:
    """Whether a word ends as a name's genitive and is no first name that ends so ("Merkels", "Wallbrücks"; not
    "Thomas", "Matthias"); the ending in any case ("KÖLNS" in a headline in capitals)."""
    return ends_as_name_genitive(word.lower()) and first_name_gender(word) is None


# "des Amtes", "des Dienstes", "des Flusses": the genitive takes "-es" after these letters, else "-s" alone.
_ES_GENITIVE_AFTER = frozenset("tdsßzx")
_MIN_ES_STEM = 2


def genitive_base(word: str) -> str:
    """A masculine or neuter noun without its genitive ending, by its shape: "Flusses" -> "Fluss",
    "Wetterdienstes" -> "Wetterdienst", "Werft-Sprechers" -> "Werft-Sprecher"."""
    if word.endswith("es") and len(word) > _MIN_ES_STEM + 2 and word[-3] in _ES_GENITIVE_AFTER:
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


@cache
def noun_gender(noun: str) -> str | None:
    """ "masc", "fem" or "neut" for a noun by its last element ("Kraftfahrt-Bundesamt" -> "neut"), None where
    no ending in the table tells."""
    lower = noun.lower()
    endings = german().noun_gender_endings
    for start in range(len(lower)):
        if lower[start:] in endings:
            return endings[lower[start:]]
    return None


@cache
def is_abstract_noun(word: str) -> bool:
    """Whether a noun names a thing no one can be: an abstract noun, an event or a state ("Sanierung",
    "Erkenntnissen", "Urteilsverkündung"); an organisation noun is none ("Regierung", "Gewerkschaft")."""
    lower = word.lower()
    if is_organisation_noun(word) or is_generic_organisation(word) or is_person_noun(word):
        return False
    return lower.endswith(_abstract_endings())


@cache
def _abstract_endings() -> tuple[str, ...]:
    """The endings of abstract nouns, also in the plural ("ung", "ungen"; "nis", "nisse", "nissen"), as one
    tuple for a single ``str.endswith``."""
    endings = german().abstract_endings
    return (*endings, *(ending + plural for ending in endings for plural in ("en", "se", "sen")))


def is_masculine_or_neuter_oblique(article: str) -> bool:
    """ "des", "dem", "eines", "seinem": an article or possessive of a masculine or neuter noun, not in the
    nominative."""
    lower = article.lower()
    if lower in _OBLIQUE_DEFINITE or lower in _OBLIQUE_INDEFINITE:
        return True
    return any(lower in {stem + "es", stem + "em"} for stem in _POSSESSIVE_STEMS)


def is_genitive_article(word: str) -> bool:
    """ "des", "der", "eines", "einer": an article that opens a genitive attribute ("Angaben des Festivals");
    "von" opens an attribute too, but no genitive."""
    de = german()
    return word.lower() in de.genitive_articles and word.lower() not in de.von


def is_possessive_genitive(word: str) -> bool:
    """ "seines", "ihrer": a possessive of the third person that may open a genitive attribute ("die Ankündigung
    ihres Trainers"; not "die Frage unserer Zeitung", the newsroom's own)."""
    return word.lower() in _THIRD_PERSON_POSSESSIVE_GENITIVES


# "seines", "seiner", "ihres", "ihrer": the stems "sein" and "ihr" with the genitive endings.
_THIRD_PERSON_POSSESSIVE_GENITIVES = frozenset(
    stem + ending for stem in ("sein", "ihr") for ending in ("es", "er")
)


def is_masculine_genitive(article: str) -> bool:
    """ "des", "eines", "seines": a genitive article of a masculine or neuter noun (the noun ends in -s)."""
    lower = article.lower()
    return lower in {"des", "eines"} or any(lower == stem + "es" for stem in _POSSESSIVE_STEMS)
