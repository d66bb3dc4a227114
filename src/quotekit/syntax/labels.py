"""The one place that knows label schemes: dependency labels (TIGER in de_core_news_sm, UD in
de_quotekit_sm), the STTS tags both pipelines use, entity labels and coarse POS groups.

Rules elsewhere ask `is_subject(token)` etc. and never compare dependency strings, so the
same rule works on any German pipeline.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import TYPE_CHECKING

from attrs import fields, frozen
from spacy.strings import get_string_id

from quotekit.syntax.docindex import morph_values, token_pos, token_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# STTS tags (both pipelines tag with STTS). Every verb tag starts with "V" (VVFIN, VAFIN, VMINF, VVPP, …).
STTS_VERB_PREFIX = "V"
# Verb tags by ending, for pipelines whose morphology leaves out VerbForm.
STTS_VERB_FORMS: tuple[tuple[str, str], ...] = (
    ("FIN", "Fin"),
    ("PP", "Part"),
    ("INF", "Inf"),
    ("IZU", "Inf"),
    ("IMP", "Fin"),
)
FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
FULL_FINITE_TAG = "VVFIN"  # a finite full verb, no auxiliary or modal
MODAL_TAGS = frozenset({"VMFIN", "VMINF", "VMPP"})  # "könne", "können", "gekonnt"
ARTICLE_TAG = "ART"
# Words that make a noun phrase one the text knows: an article, a possessive or a demonstrative ("die", "ihre",
# "diese"; not "viele", "140")
DEFINITE_DETERMINER_TAGS = frozenset({ARTICLE_TAG, "PPOSAT", "PDAT"})
ZU_INFINITIVE_TAG = "VVIZU"  # "vorzugehen"
PARTICIPLE_TAG = "VVPP"  # "erklärt" in "hätten sich bereit erklärt"
PARTICIPLE_TAGS = frozenset({PARTICIPLE_TAG, "VAPP", "VMPP"})  # of full verbs, auxiliaries and modals
SEPARABLE_PARTICLE_TAG = "PTKVZ"  # "hinzu" in "fügte … hinzu"
RELATIVE_PRONOUN_TAGS = frozenset({"PRELS", "PRELAT"})
# Words that open a dependent clause: relative and interrogative pronouns and adverbs ("wo", "wie", "was"),
# subordinating conjunctions ("weil", "um … zu"), comparisons ("als", "wie")
CLAUSE_OPENER_TAGS = frozenset({"PRELS", "PRELAT", "PWS", "PWAT", "PWAV", "KOUS", "KOUI", "KOKOM"})
# Prepositions, for parsers whose coarse POS misses them ("während" as SCONJ).
PREPOSITION_TAGS = frozenset({"APPR", "APPRART", "APPO", "APZR"})
POSTPOSITION_TAG = "APPO"  # "zufolge", "gegenüber" after their noun
# Nouns, names and personal pronouns, where the coarse POS is wrong ("NATO-Chef" as ADJ with tag NN).
NOMINAL_TAGS = frozenset({"NN", "NE", "PPER"})
COMMON_NOUN_TAG = "NN"  # the fine tag of a common noun, which a coarse PROPN may hide ("die Windräder")
# The STTS tag of a proper noun.
PROPER_NOUN_TAG = "NE"
# The STTS tag of an adjective before its noun, for parsers whose coarse POS misses it ("aktuellen" as VERB).
ATTRIBUTIVE_ADJECTIVE_TAG = "ADJA"
ADVERBIAL_TAGS = frozenset({"ADV", "ADJD"})  # "später", "gestern": adverbs and adverbial adjectives

# Entity labels: de_core_news_sm (WikiNER) says PER, other pipelines PERSON.
PERSON_LABELS = frozenset({"PER", "PERSON"})
ORG_LABELS = frozenset({"ORG"})
# Entities that are no speaker even as proper nouns.
PLACE_LABELS = frozenset({"LOC", "GPE"})
PLACE_AND_MISC_LABELS = frozenset({"LOC", "MISC"})

# Coarse (universal) POS groups.
VERB_POS = frozenset({"VERB", "AUX"})
NOUN_POS = frozenset({"NOUN", "PROPN"})


def is_attributive_adjective(token: Token) -> bool:
    """An adjective before its noun, by its POS or its fine tag ("in seinem aktuellen Bericht")."""
    return token_pos(token) == "ADJ" or token.tag_ == ATTRIBUTIVE_ADJECTIVE_TAG


class Scheme(enum.Enum):
    TIGER = "tiger"
    UD = "ud"


@frozen
class LabelSet:
    subject: frozenset[str]
    object: frozenset[str]
    clausal_complement: frozenset[str]  # dass-clauses and verb-second clauses under a verb
    parataxis: frozenset[str]
    apposition: frozenset[str]
    name_part: frozenset[str]  # "Jens" in "Jens Stoltenberg"
    separable_particle: frozenset[str]  # "hinzu" in "fügte … hinzu"
    conjunct: frozenset[str]
    genitive: frozenset[str]  # "Stoltenbergs" in "Stoltenbergs Behauptung"
    agent: frozenset[str]  # "von X" in passives
    passive: frozenset[str]  # the auxiliary or subject that marks a clause as passive (UD only)
    auxiliary: frozenset[str]  # "hatte" in "hatte … abgelehnt" (UD only: TIGER makes the auxiliary the head)
    oblique: frozenset[str]  # a nominal with a preposition; UD marks a passive's "von X" only so
    root: frozenset[str]
    copula: frozenset[str]  # "ist" in "ist der Ansicht" (TIGER makes the copula the head instead)
    predicative: frozenset[str]  # "der Sieger" in "Müller war der Sieger" (UD: the copula's head instead)
    relative_clause: frozenset[str]  # "sagte" in "ein Zeuge, der sagte, …"


# TIGER labels as produced by de_core_news_sm (see spacy/lang/de/syntax_iterators.py).
_TIGER = LabelSet(
    subject=frozenset({"sb", "sbp", "ep"}),
    object=frozenset({"oa", "oa2", "da", "og", "op"}),
    clausal_complement=frozenset({"oc", "re", "rs"}),
    parataxis=frozenset({"par"}),
    apposition=frozenset({"app"}),
    name_part=frozenset({"pnc"}),
    separable_particle=frozenset({"svp"}),
    conjunct=frozenset({"cj"}),
    genitive=frozenset({"ag", "pg"}),
    agent=frozenset({"sbp"}),
    passive=frozenset(),
    auxiliary=frozenset(),
    oblique=frozenset(),
    root=frozenset({"ROOT"}),
    copula=frozenset(),
    predicative=frozenset({"pd"}),
    relative_clause=frozenset({"rc"}),
)

_UD = LabelSet(
    subject=frozenset({"nsubj", "nsubj:pass", "csubj", "csubj:pass", "expl"}),
    object=frozenset({"obj", "iobj"}),
    clausal_complement=frozenset({"ccomp", "xcomp"}),
    parataxis=frozenset({"parataxis"}),
    apposition=frozenset({"appos"}),
    name_part=frozenset({"flat", "flat:name", "compound"}),
    separable_particle=frozenset({"compound:prt"}),
    conjunct=frozenset({"conj"}),
    genitive=frozenset({"nmod:poss", "det:poss"}),
    agent=frozenset({"obl:agent"}),
    passive=frozenset({"aux:pass", "nsubj:pass", "csubj:pass"}),
    auxiliary=frozenset({"aux", "aux:pass"}),
    oblique=frozenset({"obl"}),
    root=frozenset({"ROOT", "root"}),
    copula=frozenset({"cop"}),
    predicative=frozenset(),
    relative_clause=frozenset({"acl:relcl"}),
)

# Labels that occur in one scheme only and so decide which one a parse uses.
_TIGER_ONLY = frozenset({"sb", "oa", "nk", "mo", "oc", "svp", "pnc", "cj", "cd", "cp", "ag", "app", "punc"})
_UD_ONLY = frozenset(
    {"nsubj", "obj", "det", "amod", "ccomp", "compound:prt", "flat", "conj", "mark", "punct"}
)

LABELS: dict[Scheme, LabelSet] = {Scheme.TIGER: _TIGER, Scheme.UD: _UD}


_LABELS_BY_VALUE: dict[str, LabelSet] = {scheme.value: labels for scheme, labels in LABELS.items()}
# Each scheme's label sets as string ids (hashes of the labels, the same in every vocab): `_dep_in` compares
# ``token.dep`` with them, where ``token.dep_`` would make a string for every label test.
_LABEL_IDS_BY_VALUE: dict[str, dict[str, frozenset[int]]] = {
    value: {
        field.name: frozenset(get_string_id(label) for label in getattr(labels, field.name))
        for field in fields(LabelSet)
    }
    for value, labels in _LABELS_BY_VALUE.items()
}


def scheme_of(doc: Doc) -> Scheme:
    """The label scheme of a parsed doc; UD when nothing decides (e.g. an unparsed doc)."""
    for token in doc:
        dep = token.dep_
        if dep in _TIGER_ONLY:
            return Scheme.TIGER
        if dep in _UD_ONLY:
            return Scheme.UD
    return Scheme.UD


def labels_of(doc: Doc) -> LabelSet:
    """The label set of a doc, computed once and remembered on the doc."""
    cached = doc.user_data.get("quotekit.scheme")
    if cached is not None:
        return _LABELS_BY_VALUE[cached]  # (no Scheme(...) call: this runs for every label test)
    scheme = scheme_of(doc)
    doc.user_data["quotekit.scheme"] = scheme.value
    return LABELS[scheme]


def _dep_in(token: Token, attribute: str) -> bool:
    user_data = token.doc.user_data
    cached = user_data.get("quotekit.scheme")  # (`labels_of` inlined: this runs for every label test)
    if cached is None:
        labels_of(token.doc)
        cached = user_data["quotekit.scheme"]
    return token.dep in _LABEL_IDS_BY_VALUE[cached][attribute]


def _dep_test(attribute: str) -> Callable[[Token], bool]:
    """The test whether a token's dependency label is one of its doc's scheme's labels for `attribute`
    (`_dep_in` as one call: these tests run for many words)."""

    # (the label ids by scheme, for this attribute alone: one look-up fewer per test)
    ids_by_scheme = {value: ids[attribute] for value, ids in _LABEL_IDS_BY_VALUE.items()}

    def test(token: Token) -> bool:
        user_data = token.doc.user_data
        cached = user_data.get("quotekit.scheme")
        if cached is None:
            labels_of(token.doc)
            cached = user_data["quotekit.scheme"]
        return token.dep in ids_by_scheme[cached]

    return test


is_subject = _dep_test("subject")
is_object = _dep_test("object")
is_clausal_complement = _dep_test("clausal_complement")
is_parataxis = _dep_test("parataxis")
is_apposition = _dep_test("apposition")
is_name_part = _dep_test("name_part")


def is_separable_particle(token: Token) -> bool:
    return _dep_in(token, "separable_particle") or token.tag_ == SEPARABLE_PARTICLE_TAG


is_conjunct = _dep_test("conjunct")
is_genitive_attribute = _dep_test("genitive")
is_agent = _dep_test("agent")
is_passive_marker = _dep_test("passive")
is_auxiliary = _dep_test("auxiliary")
is_oblique = _dep_test("oblique")
is_copula = _dep_test("copula")
is_predicative = _dep_test("predicative")
is_relative_clause = _dep_test("relative_clause")


def is_relative_pronoun(token: Token) -> bool:
    """A relative pronoun by its tag (PRELS, PRELAT) or morphology (PronType=Rel); where the morphology says
    both "Dem" and "Rel", only after a comma or a preposition after one ("Das sei geschehen" opens a sentence)."""
    if token.tag_ in RELATIVE_PRONOUN_TAGS:
        return True
    types = morph_values(token, "PronType")
    if "Rel" not in types:
        # A weak tagger's article that is the subject or object of a relative clause right after its comma
        # ("einen Zeugen, der sagte, …" with "der" tagged ART): a pronoun by what it does.
        return (
            _dep_in(token.head, "relative_clause")
            and (_dep_in(token, "subject") or _dep_in(token, "object"))
            and token_pos(token) in {"DET", "PRON"}
            and token.head.i > token.i
            and _after_comma(token)
        )
    if "Dem" not in types:
        return True
    return _after_comma(token)


def _after_comma(token: Token) -> bool:
    """Whether a comma stands right before the word, or before a preposition right before it."""
    doc, i = token.doc, token.i
    before = doc[i - 1] if i > 0 else None
    if before is not None and token_pos(before) == "ADP" and i > 1:
        before = doc[i - 2]
    return before is not None and token_text(before) == ","


def has_verb_tag(token: Token) -> bool:
    """Whether the STTS tag is a verb's, whatever the coarse POS says."""
    return token.tag_.startswith(STTS_VERB_PREFIX)


def is_root(token: Token) -> bool:
    return token.head.i == token.i or _dep_in(token, "root")
