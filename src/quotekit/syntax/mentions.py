"""Local speaker mentions: every rule that finds the noun phrase naming a speaker, one per construction.

The stages ask here; each function is named after what it reads:

- the subject of a speech verb, through auxiliaries, conjuncts and passives: `clause_subject`,
  `subject_of_cue` ("sagte der Minister", "hat … gesagt", "wurde von X kritisiert"), and the source of
  an impersonal verb, `impersonal_source` ("hieß es in der Rede");
- the source a cue word points at, read in `quotekit.syntax.sources` and importable from here:
  `source_after` and `source_after_cue` ("…, so Price", "laut Polizei", "nach Angaben der Polizei"),
  `source_before_zufolge` ("dem Bericht zufolge"), `genitive_of_speech_noun` ("Stoltenbergs Behauptung"),
  `frame_source` (the source of reported speech framed by a cue word); `speaker_of_cue` picks the one
  for a cue's kind;
- the owner of a speech noun, `owner_of_speech_noun` ("Stoltenbergs Behauptung, …", "Die
  Staatsanwaltschaft hegt den Verdacht, …").

Where the parse missed the subject, the rules by position are in `quotekit.syntax.positions`
(`nominal_after`, `subject_around`, `subject_by_position`, `marked_name_after`, `headline_name`,
`subject_of_previous_sentence`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from quotekit.lang.de.names import (
    first_name_gender,
    is_academic_title,
    is_feminine_role,
    is_name_genitive,
    is_organisation_noun,
    is_person_noun,
    is_personal_pronoun,
    is_role,
    surname_key,
)
from quotekit.lang.de.words import german
from quotekit.records import CharSpan, CueKind, CueMatch
from quotekit.syntax import labels
from quotekit.syntax.docindex import (
    lower_at,
    morph_values,
    parse_cache,
    pos_at,
    sentence_range,
    text_at,
    text_of,
    token_lower,
    token_pos,
    token_text,
)
from quotekit.syntax.labels import PERSON_LABELS, VERB_POS
from quotekit.syntax.nominals import (
    NOMINAL_POS,
    can_speak,
    describes_person,
    is_described_person,
    is_known_surname,
    is_nominal,
    is_person,
    is_person_name,
    is_run_in,
    is_speaker_like,
    known_surnames,
    stands_for_someone,
)
from quotekit.syntax.phrases import (
    MAX_CHAIN,
    attribute_owner,
    first_nominal,
    is_name_particle,
    mention_of,
    noun_phrase_after,
    possessive_before_title,
)
from quotekit.syntax.sources import (
    document_source,
    frame_source,
    genitive_of_speech_noun,
    source_after,
    source_after_cue,
    source_before_zufolge,
)
from quotekit.syntax.spans import clause_prepositions, doc_slice, in_clause_reported, is_inside, sentence_of
from quotekit.syntax.verbs import could_be_finite, has_expletive, is_finite, is_subjunctive, verb_form

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = [
    "after_title",
    "body_for_man",
    "clause_subject",
    "frame_source",
    "genitive_of_speech_noun",
    "impersonal_source",
    "names_own_source",
    "owner_of_speech_noun",
    "person_before_insertion",
    "perspective_holder",
    "reacting_source",
    "relative_antecedent",
    "source_after",
    "source_after_cue",
    "source_before_zufolge",
    "speaker_of_cue",
    "subject_of_cue",
    "subject_of_own_source",
]


# --- the subject of a speech verb ------------------------------------------------------------------


def _oblique(noun: Token) -> bool:
    """Whether an article shows the noun is no nominative: "dem", "den", "des"; "der" before a woman's role
    ("Der Sozialdemokratin warf er vor, …": a dative the parse took for the subject)."""
    oblique = german().oblique_articles
    return any(
        token_pos(c) == "DET"
        and (token_lower(c) in oblique or (token_lower(c) == "der" and is_feminine_role(token_text(noun))))
        for c in noun.children
    )


def _subject_child(verb: Token, outside: Sequence[CharSpan]) -> Token | None:
    subjects = _subjects_among(verb.children, outside)
    if not subjects:
        # a subject the parse hung on the verb's auxiliary: "Damals hatte Österreich abgelehnt, …"
        auxiliaries = [c for c in verb.children if labels.is_auxiliary(c) and c.i < verb.i]
        subjects = _subjects_among([c for aux in auxiliaries for c in aux.children], outside)
    if len(subjects) > 1:
        # ("Die Polizei wies die Anwohner an, …" with two subjects by the parse: one the morphology puts in another
        # case is the object)
        # (only a common noun: "fragte sie" with "sie" tagged accusative, "Han selbst sagte der APA" with the name
        # tagged dative; the morphology of pronouns and names is no guide)
        subjects = [
            c
            for c in subjects
            if (token_pos(c) != "NOUN" or c.ent_type_ or _may_be_nominative(c))
            and not _article_not_nominative(c)
        ] or subjects
    # ("Kölns Präsident Wolfgang Overath sagte" with two subjects by the parse: a name in the genitive right
    # before another subject is whose that one is)
    owned = {c.i for c in subjects if token_pos(c) == "NOUN"}
    subjects = [c for c in subjects if not (c.i + 1 in owned and is_name_genitive(token_text(c)))]
    first = next((c for c in subjects if is_speaker_like(c)), subjects[0] if subjects else None)
    if (
        first is None
        or token_pos(first) == "PRON"
        or first.ent_type_
        or is_role(token_text(first))
        # ("Der 67-Jährige, der …, beschrieb Gegröle, …" with the noise a person by the recogniser)
        or is_described_person(first)
    ):
        return first
    # Two subjects by the parse, the first a capitalised word nothing names ("Besorgt äußerte sich Kofi
    # Annan …"): a person the recogniser or a role names.
    return next((c for c in subjects if c.ent_type_ in PERSON_LABELS or is_role(token_text(c))), first)


def _article_not_nominative(token: Token) -> bool:
    """Whether the article before a noun rules out the nominative: "der" before a feminine or neuter noun or a
    plural ("Der Süddeutschen Zeitung sagte der Minister": the paper is told, the minister speaks)."""
    # (the phrase's first word: the parse may hang the article on a word of the name, "Der Frankfurter Allgemeinen
    # Zeitung")
    article = token.left_edge
    if (
        article.i == token.i
        or token_pos(article) != "DET"
        or token_lower(article) != german().masculine_nominative_article
    ):
        return False
    return bool({"Fem", "Neut"} & set(morph_values(token, "Gender"))) or "Plur" in morph_values(
        token, "Number"
    )


def _may_be_nominative(token: Token) -> bool:
    """Whether the morphology allows the nominative: no case, or the nominative among its cases."""
    cases = morph_values(token, "Case")
    return not cases or "Nom" in cases


def _name_after_title(subject: Token) -> Token:
    """ "Prof. Dr. Tomasz Wierzbicki, der …, mahnt" parsed with "Dr." as the subject: an academic title the
    parse made the subject stands for the name it hangs on it; else the subject itself."""
    if not is_academic_title(token_text(subject)):
        return subject
    return next((c for c in subject.rights if labels.is_apposition(c) and can_speak(c)), subject)


def _subjects_among(dependents: Iterable[Token], outside: Sequence[CharSpan]) -> list[Token]:
    return [
        child
        for child in dependents
        if labels.is_subject(child)
        and not is_inside(child, outside)
        and not (child.is_space or child.is_punct)
        and not is_run_in(child)
        and not _oblique(child)
        and not _dative_before_addressee_preposition(child)
        # ("Vom Landeshauptmann wollte sie wissen" with "Vom" tagged a name and parsed the subject: a preposition
        # with its article is never one)
        and token_lower(child) not in german().definite_prepositions
        # ("Nach Angela Merkels Rücktritt sagte die CDU-Politikerin": a noun a preposition governs is no subject,
        # whatever the parse or the recogniser says)
        and not _after_preposition(child)
        and not _paragraph_label(child)
    ]


def _dative_before_addressee_preposition(token: Token) -> bool:
    """A dative pronoun before "gegenüber" the parse made the subject ("Ihr gegenüber hat er angegeben, …": "er"
    speaks)."""
    doc = token.doc
    return (
        token_lower(token) in german().dative_pronoun_genders
        and token.i + 1 < len(doc)
        and token_lower(doc[token.i + 1]) in german().addressee_prepositions
    )


def _paragraph_label(token: Token) -> bool:
    """ "PR: Das Gegenkomitee warnt, …": the words that open a paragraph before a colon label who speaks in it
    (an interviewer, a list's speaker); they are no subject of the clause after the colon."""
    doc = token.doc
    first, last = token.left_edge.i, token.right_edge.i
    if first > 0 and "\n" not in token_text(doc[first - 1]):
        return False
    # (the parse may hang the colon on the label)
    return token_text(doc[last]) == ":" or (last + 1 < len(doc) and token_text(doc[last + 1]) == ":")


def clause_subject(verb: Token, outside: Sequence[CharSpan] = ()) -> Token | None:
    """The subject of the clause that `verb` heads, following auxiliaries and coordinated verbs.

    "hat … gesagt" (TIGER hangs the subject on the auxiliary), "X begrüßte … und griff … an"
    (the second verb shares the first one's subject), "wurde von X kritisiert" (the agent); the name before
    brackets where the parse took a word in them (`_before_brackets`).
    """
    subject = _subject_of_clause(verb, outside)
    return _relative_subject(verb) if subject is None else _before_brackets(subject)


def _subject_of_clause(verb: Token, outside: Sequence[CharSpan]) -> Token | None:
    chain = [verb]
    current = verb
    labelled: Token | None = None
    for _ in range(MAX_CHAIN):
        # "wurde die Regierung vom Verband aufgefordert": in a passive the one in "von X" speaks, not the subject.
        agent = _agent_of(current, outside)
        if agent is not None:
            return agent
        subject = _subject_child(current, outside)
        if subject is not None and relative_antecedent(subject) is not None:
            return subject  # "…, der der US-Regierung vorwarf": the pronoun, which the speaker stage resolves
        if subject is not None:
            subject = _name_after_title(subject)
            labelled = subject if is_speaker_like(subject) else None
            break
        head = current.head
        # "Podolski war anwesend und sagte …": UD makes the adjective of a copula clause the head of
        # the coordinated speech verb; its subject is the speaker.
        predicate = labels.is_conjunct(current) and any(labels.is_subject(c) for c in head.children)
        if head.i == current.i or (token_pos(head) not in VERB_POS and not predicate):
            # "Gemeinderätin Monika Haldimann, zuständig für …, räumte ein": the parser made the subject
            # the root and hung the verb on it.
            if (
                labels.is_parataxis(current)
                and head.i < current.i
                and _could_be_subject(head)
                and can_speak(head)
            ):
                return head
            break
        # Only climb from a verb that depends on another verb as its participle, infinitive or conjunct.
        # (also from a finite verb the parse made the auxiliary of the verb of its complement: "Sabine Ortlepp
        # warf der Regierung vor, das Gesetz „…“ gestrickt zu haben" with "warf" under "gestrickt")
        if not (
            labels.is_conjunct(current)
            or labels.is_clausal_complement(current)
            or _is_verb_chain(current)
            or (labels.is_auxiliary(current) and head.i > current.i and token_pos(current) == "VERB")
        ):
            # "X sagte …, stellte jedoch fest, …": a finite verb joined by a comma shares an earlier subject.
            if labels.is_parataxis(current) and head.i < current.i and is_finite(current):
                shared = _subject_child(head, outside)
                if shared is not None and can_speak(shared):
                    return shared
            break
        current = head
        chain.append(current)
    # (a proper noun the recogniser missed is a name, and speaks: "Baumgartner nannte die Spender «…»", where a
    # person noun after the verb is the one named)
    if labelled is not None and (can_speak(labelled) or labelled.tag_ == labels.PROPER_NOUN_TAG):
        return labelled
    # The parse found no subject (weak parsers label many "obj" or "advmod"): a nominal dependent
    # of the verb that is not marked for another case and has no preposition.
    candidates = [
        child
        for member in chain
        for child in member.children
        if not is_inside(child, outside)
        and _could_be_subject(child)
        and child is not labelled
        and not _in_prepositional_phrase(child, chain)
    ]
    # A topicalised object is often parsed as the subject ("Die Arbeit … lobte er"): a dependent
    # that can speak (a person, a role, a pronoun, an organisation) wins over one that cannot.
    speaking = [c for c in candidates if can_speak(c)]
    if speaking:
        return max(speaking, key=_subject_score)
    # Deeper in the clause, where the parse hung the speaker on the wrong word.
    clause = sorted(
        (t for member in chain for t in member.subtree if not is_inside(t, outside)), key=lambda t: t.i
    )
    deeper = first_nominal(clause, outside, speaking_only=True)
    # (not the name of a phrase a preposition opens, "vom Bankhaus Merkel & Cie.", but for the agent of a
    # passive the parse did not mark: "wurde vom Bundesverband Erneuerbare Energie kritisiert")
    if deeper is not None and deeper is not labelled and not _in_prepositional_phrase(deeper, chain):
        return deeper
    if labelled is not None:
        # A noun phrase that cannot speak is still a speaker ("die Studie", "der Gesetzentwurf"), but a
        # bare capitalised word without an article ("Aktuell", "Positiv") is a tagging error.
        determiners = [c for c in labelled.children if token_pos(c) == "DET"]
        # "Seine Zuversicht gründet sich auf …: „…“": the owner is the one who speaks.
        owner = next((d for d in determiners if german().possessive_genders.get(token_lower(d))), None)
        if owner is not None and not can_speak(labelled):
            return owner
        # A name after a title is no tagging error either ("SPD-Innenexperte Wiefelspütz nannte …").
        named = token_pos(labelled) in {"PROPN", "PRON"} or labelled.ent_type_ in PERSON_LABELS
        return labelled if determiners or named or after_title(labelled) else None
    return max(candidates, key=_subject_score, default=None)


# How far before a relative pronoun's comma its antecedent may end ("Ramsey Clark anwesend, der …").
_ANTECEDENT_REACH = 4


def relative_antecedent(pronoun: Token) -> Token | None:
    """The noun a relative pronoun after a comma stands for, when it can speak: "der ehemalige
    US-Justizminister Ramsey Clark anwesend, der …" -> Clark; the noun the relative clause hangs on, else the
    last one before the comma that can speak."""
    doc = pronoun.doc
    if not labels.is_relative_pronoun(pronoun) or pronoun.i < 2 or text_at(doc, pronoun.i - 1) != ",":
        return None
    head = pronoun.head.head
    if head.i < pronoun.i and is_nominal(head) and can_speak(head):
        return head
    for token in reversed(doc[max(0, pronoun.i - 1 - _ANTECEDENT_REACH) : pronoun.i - 1]):
        # (past the marks of a name: "vom Verein „Lebendige Dörfer“, der …")
        if token.is_punct and not token.is_quote:
            return None
        if is_nominal(token) and can_speak(token):
            return token  # (past a place: "ein Prediger aus London zugeschaltet, der …")
    return None


def after_title(token: Token) -> bool:
    """ "SPD-Innenexperte Wiefelspütz": a word right after a role or title names that person."""
    return token.i > 0 and is_role(text_at(token.doc, token.i - 1))


def _could_be_subject(token: Token) -> bool:
    if not is_speaker_like(token):
        return False
    if (
        any(token_pos(c) == "ADP" and not is_name_particle(c) for c in token.children)
        or token_pos(token.head) == "ADP"
    ):
        return False
    if any(
        token_lower(c) in german().comparison_particles and c.i < token.i and _mid_clause(c)
        for c in token.children
    ):
        return False  # "arbeitet als Zahnarzthelferin": a predicate, no subject (not "Wie t-online.de berichtet")
    if (
        token.head.i == token.i + 1
        and labels.is_root(token.head)
        and any(token_lower(c) in german().comparison_particles and c.i < token.i for c in token.children)
    ):
        return False  # "Als Zeuge sagte … aus": the phrase before the verb in second place is a predicate
    if _after_preposition(token):
        return False
    case = morph_values(token, "Case")
    if case == ["Gen"] and surname_key(token_text(token)) in known_surnames(token.doc):
        return (
            True  # "Ahrens entgegnete" after "Klaus-Dieter Ahrens": a surname in "-s" as the text writes it
        )
    # "…, liess sie verlauten": "sie" tagged accusative has the nominative's form ("ihr" may be a dative).
    nominative_form = (
        is_personal_pronoun(token_text(token)) and token_lower(token) not in german().dative_pronoun_genders
    )
    if not case or "Nom" in case or nominative_form:
        return True
    # "sagte der 29-Jährige" tagged dative: a person whose article may be nominative may be the subject.
    articles = [c for c in token.children if token_pos(c) == "DET" and c.i < token.i]
    if not articles and (token.ent_type_ in PERSON_LABELS or is_known_surname(token)) and "Gen" not in case:
        return True  # "wollte Kaya wissen": a bare name has one form for every case but the genitive
    # ("Wie die Landespolizeidirektion … mitteilte" with the body tagged accusative: "die" is both)
    speaks = is_person(token) or is_described_person(token) or can_speak(token)
    return speaks and bool(articles) and token_lower(articles[0]) in german().nominative_articles


def _mid_clause(token: Token) -> bool:
    """Whether a word stands inside its clause, not first in the sentence or after a comma."""
    return token.i > 0 and not token.is_sent_start and not token.doc[token.i - 1].is_punct


# Marks that end a sentence or clause, which no name runs across ("…, sagte von Loh. Er …").
_SENTENCE_MARKS = frozenset({".", "!", "?", ":", ";"})


def _after_preposition(token: Token, *, in_entity: bool = False) -> bool:
    """Whether a preposition opens the run of articles, adjectives, roles and names that ends in `token`
    ("nach einem Treffen mit Bundesverkehrsminister Jochen Hammerstein"), whatever the parse made of it;
    `in_entity`: also one that opens the recogniser's entity `token` ends ("vom Bankhaus Merkel & Cie.")."""
    doc = token.doc
    index = token.i - 1
    entity = token.ent_type_ if in_entity else ""
    while index >= 0:
        word = doc[index]
        naming = (
            token_pos(word) == "PROPN"
            or word.ent_type_ in PERSON_LABELS
            or describes_person(token_text(word))
            or (entity != "" and word.ent_type_ == entity and doc[index + 1].ent_iob_ == "I")
        )
        # (a full stop the recogniser took into a name ends the run: "…, sagte von Loh. Er verwies …")
        if token_text(word) in _SENTENCE_MARKS or not (
            naming or token_pos(word) in {"DET", "ADJ"} or is_name_particle(word)
        ):
            break
        index -= 1
    return index >= 0 and pos_at(doc, index) == "ADP"


def _in_prepositional_phrase(token: Token, chain: Sequence[Token]) -> bool:
    """Whether a preposition opens the phrase or the recogniser's entity `token` ends ("vom Bankhaus Merkel &
    Cie."), which is then no subject; but for the agent of a passive the parse did not mark ("wurde vom
    Bundesverband Erneuerbare Energie kritisiert")."""
    return _after_preposition(token, in_entity=True) and not _passive_agent_phrase(token, chain)


def _passive_agent_phrase(token: Token, chain: Sequence[Token]) -> bool:
    """Whether "von"/"vom" opens the phrase `token` ends, in a clause whose verbs have a form of "werden"."""
    doc = token.doc
    opener = next((t for t in reversed(doc[max(0, token.i - 8) : token.i]) if token_pos(t) == "ADP"), None)
    return (
        opener is not None
        and token_lower(opener) in german().von
        and any(c.lemma_ in german().werden for member in chain for c in (member, *member.children))
    )


def _subject_score(token: Token) -> tuple[int, int]:
    case = morph_values(token, "Case")
    # (a surname the text gave someone counts as the name it is, whatever the recogniser and the tagger say)
    surname = is_known_surname(token)
    score = (
        2 * ("Nom" in case)
        + 2 * (token.ent_type_ in PERSON_LABELS or surname)
        + (token_pos(token) == "PROPN" or surname)
    )
    return score, -abs(token.i - token.head.i)


def _is_verb_chain(token: Token) -> bool:
    """A participle or infinitive under an auxiliary or modal ("hat … gesagt", "will … sagen"); not the verb of a
    relative clause hung on the main clause's verb ("…, in denen X die Mitarbeiter „…“ bezeichnet hatte")."""
    return (
        verb_form(token) in {"Part", "Inf"}
        and token_pos(token.head) in VERB_POS
        and not labels.is_relative_clause(token)
    )


def _agent_of(verb: Token, outside: Sequence[CharSpan]) -> Token | None:
    agent = passive_agent(verb)
    return None if agent is None or is_inside(agent, outside) else agent


# The parse cache's entry for `passive_agent`'s answers: verb -> its agent's index, or -1 for none.
_AGENT_KEY = "mentions.passive_agent"


def passive_agent(verb: Token) -> Token | None:
    """The noun of the "von X" of a passive verb: labelled so (TIGER "sbp"), or (UD, which labels it a plain
    "obl") a "von"/"vom" noun of a verb that a passive auxiliary or subject marks, also where the parse hung
    it on the passive subject ("wurde die Stadt von Greenpeace aufgefordert")."""
    # (kept per verb for the component's run: the subject rules ask it of the same verbs again)
    cache = parse_cache(verb.doc)
    agents: dict[int, int] | None = cache.get(_AGENT_KEY)
    if agents is None:
        agents = cache[_AGENT_KEY] = {}
    found = agents.get(verb.i)
    if found is None:
        agent = _passive_agent(verb)
        found = agents[verb.i] = -1 if agent is None else agent.i
    return None if found < 0 else verb.doc[found]


def _passive_agent(verb: Token) -> Token | None:
    # (a finite full verb with no auxiliary is active whatever the parse labels its subject: "Meteorologe
    # Tobias Kern vom Deutschen Wetterdienst erklärt" with "Kern" a passive subject; "wird von Reuters zitiert"
    # with "zitiert" tagged finite has its auxiliary)
    active = verb.tag_ == labels.FULL_FINITE_TAG and not any(labels.is_auxiliary(c) for c in verb.children)
    passive = [] if active else [child for child in verb.children if labels.is_passive_marker(child)]
    for child in verb.children:
        if labels.is_agent(child):
            if token_pos(child) == "ADP":  # TIGER: the preposition "von" carries the agent noun
                return next((g for g in child.children if token_pos(g) in NOMINAL_POS), None)
            return child
        if passive and labels.is_oblique(child) and _after_von(child):
            return child
    # (the parse may hang the "von" on the passive's subject, however it labels it: "wurde ein Passant von vier
    # Unbekannten angesprochen" with "Passant" an object)
    nominals = [c for c in verb.children if labels.is_subject(c) or labels.is_object(c)] if passive else []
    for subject in passive + nominals:
        for child in subject.children:
            if child.i > subject.i and token_pos(child) in NOMINAL_POS and _after_von(child):
                return child
    return None


def _after_von(noun: Token) -> bool:
    """Whether "von"/"vom" introduces the noun."""
    von = german().von
    return any(token_lower(c) in von for c in noun.children)


# Words after "von" searched for the noun of who reacts: "von der SPD-Fraktion im Landtag".
_REACTING_REACH = 4


def reacting_source(verb: Token, outside: Sequence[CharSpan] = ()) -> Token | None:
    """ "Kritik kommt von der Opposition", "Scharfe Kritik kam von Claudia Widmer vom Anlegerforum": a subject
    of `verb` that names a reaction (`reaction_nouns`) speaks for the one in the "von" phrase of its clause,
    when that one can speak; None otherwise."""
    de = german()
    subject = next(
        (c for c in verb.children if labels.is_subject(c) and token_lower(c) in de.reaction_nouns), None
    )
    if subject is None:
        return None
    doc = subject.doc
    _, sent_end = sentence_range(subject)
    for token in doc[subject.i + 1 : sent_end]:
        if token_text(token) in _SENTENCE_MARKS or is_inside(token, outside):
            return None
        if token_lower(token) not in de.von:
            continue
        for noun in doc[token.i + 1 : min(sent_end, token.i + 1 + _REACTING_REACH)]:
            if token_pos(noun) in {"NOUN", "PROPN"} or is_nominal(noun):
                return noun if can_speak(noun) and not is_inside(noun, outside) else None
        return None
    return None


def impersonal_source(verb: Token, outside: Sequence[CharSpan] = ()) -> Token | None:
    """ "hieß es in der Rede", "In dem Antrag heißt es:": with an expletive "es", the source stands in a
    prepositional phrase (in, von, vom, aus, auf) of the verb."""
    doc = verb.doc
    de = german()
    if not has_expletive(verb):
        return None
    sent_start, sent_end = sentence_range(verb)  # (once: ``Token.sent`` makes a span on every call)
    for token in doc[sent_start:sent_end]:
        # (a preposition that opens the sentence may be tagged a name: "Beim kantonalen Amt heisst es")
        opening = token.i == sent_start
        preposition = token_pos(token) == "ADP" or (opening and token_pos(token) == "PROPN")
        beside = opening or (token.i == verb.i + 2 and lower_at(doc, verb.i + 1) == de.impersonal_subject)
        word = token_lower(token)
        source = word in de.source_prepositions or (beside and word in de.near_source_prepositions)
        if (
            preposition
            and source
            and not is_inside(token, outside)
            # (a phrase in the clause reported is not the source: "Darin heißt es, … aus … Sicht")
            and not in_clause_reported(token, verb)
        ):
            # (not a noun of a phrase inside it: "in der am Montag veröffentlichten Entscheidung")
            following = [
                t
                for t in doc[token.i + 1 : min(len(doc), token.i + 6)]
                if is_nominal(t) and not (t.i - 1 > token.i and pos_at(doc, t.i - 1) == "ADP")
            ]
            if following and _asked_by(following[0]):
                continue  # "Auf Anfrage der Zeitung hieß es aus dem Ministerium": who asked is not who answered
            # "in seinem aktuellen „Schwarzbuch“": the owner of the work is the source, not its title
            mark = following[0].i - 1 if following else None
            if mark is not None and text_at(doc, mark) in de.opening_marks:
                owner = possessive_before_title(doc, mark)
                if owner is not None and owner.i > token.i:
                    return owner
            if following and not is_inside(following[0], outside):
                # ("in dem 1.100 Seiten starken Bericht": the noun the measure's attribute belongs to)
                owner = attribute_owner(following[0])
                return owner if owner is not None and token_pos(owner) in {"NOUN", "PROPN"} else following[0]
    return None


def perspective_holder(sentence: SpacySpan, outside: Sequence[CharSpan]) -> Token | None:
    """The person whose view a sentence gives: "Für Kröll sind sie etwas ganz anderes", "Für die Bäuerin ist
    das ein Skandal" ("für" opens it, a person stands before its copula in the indicative); not "Für den
    Angeklagten forderte die Staatsanwaltschaft vier Jahre", where "für" names whom the act is for."""
    words = [t for t in sentence if not t.is_punct and not t.is_space]
    if not words or token_lower(words[0]) != german().fuer or is_inside(words[0], outside):
        return None
    holder = None
    for token in words[1:]:
        if token_pos(token) in VERB_POS and could_be_finite(token):
            copula = token.lemma_.lower() in german().copulas and not is_subjunctive(token)
            return holder if copula else None
        # (an attribute of the person may follow: "Für die Staatsrechtlerin Ülle Mets von der Universität …")
        if (token_pos(token) == "ADP" and holder is None) or is_inside(token, outside):
            return None
        if holder is None and token_pos(token) in {"NOUN", "PROPN", "PRON"}:
            if not (
                is_person(token)
                or is_known_surname(token)
                or is_person_noun(token_text(token))
                or _personal_pronoun(token)  # "Für ihn ist klar: …"
            ):
                return None
            holder = token
    return None


def _personal_pronoun(token: Token) -> bool:
    """A personal pronoun of the third person that may stand for someone: "er", "sie", "ihn", "ihm", "ihnen"."""
    word = token_lower(token)
    return token_pos(token) == "PRON" and (
        word in german().personal_pronouns or word in german().object_pronoun_genders
    )


def subject_of_cue(doc: Doc, cue: CueMatch, outside: Sequence[CharSpan] = ()) -> CharSpan | None:
    """ "sagte der Minister", "hieß es in der Rede": the verb's subject, else an impersonal verb's source."""
    head = doc[cue.head]
    quoted = _quoted_one(head, outside) if cue.lemma in german().quoting_verbs else None
    if quoted is not None:
        return mention_of(quoted, outside)
    # "heißt es in dem Schreiben an Polizei und …": a verb that speaks only with "es" has its source in
    # a prepositional phrase; no noun deeper in the clause is its subject.
    impersonal = cue.lemma in german().impersonal_verbs
    subject = impersonal_source(head, outside) if impersonal else None
    # (with its "es", such a verb has no other subject: "Darin heißt es, der Standort sei „…“")
    if subject is None and not (impersonal and has_expletive(head)):
        subject = clause_subject(head, outside)
        if subject is not None and subject.head != head:
            # "…, doch Sprecher Nicholas Birnback erklärte, …" parsed as one clause with the verb before: the
            # phrase that opens the cue's own clause right before it is its subject, not one found further up
            subject = _subject_opening_clause(head) or subject
        elif subject is None:
            subject = _subject_opening_clause(head)
    if subject is None:
        subject = impersonal_source(head, outside)
    subject = body_for_man(head, subject, outside)
    if subject is None or (subject.i > head.i and not is_person(subject)):
        # (a person set off before the verb beats a thing after it, even one that may speak: "die Oper")
        opening = person_before_insertion(head, outside)
        if opening is not None:
            return mention_of(opening, outside)
    if subject is None or not can_speak(subject):
        # "…, begründete Puchegger das Urteil" parsed with "das Urteil" the subject: a person right after a verb
        # that follows the words said is its subject (its phrase starts after the verb, whatever the parse hung
        # on it)
        after = _person_after_inverted_verb(head, outside)
        if after is not None:
            start, end = mention_of(after, outside)
            if token_pos(head) not in VERB_POS:
                # (the parse that mistook the verb hangs its particle on the name: "hielt Richterin Affolter fest")
                last = after
                while last.i + 1 < len(doc) and is_person_name(doc[last.i + 1]):
                    last = doc[last.i + 1]
                end = min(end, last.idx + len(token_text(last)))
            return max(start, after.idx), end
    # ("so schrieb diese in einer Stellungnahme": a demonstrative that stands for someone points at no document)
    if subject is None or (token_lower(subject) in german().pointers and not stands_for_someone(subject)):
        # "Dies geht aus einer Pressemitteilung des Konzerns hervor", "In einem Bericht der Zeitung wurde
        # vermutet, dass …": with no subject that can speak, a document the clause names is the source.
        subject = document_source(head, outside) or subject
    return None if subject is None else mention_of(subject, outside)


def person_before_insertion(verb: Token, outside: Sequence[CharSpan]) -> Token | None:
    """ "Wiesinger selbst, 71 Jahre alt und bisher als Kirchenmusiker bekannt, nannte die Oper „…“" parsed with the
    object the subject: a person's name that opens the sentence, set off by a comma from words about them that
    end with a comma right before the verb, is its subject (the last word of the name)."""
    doc = verb.doc
    sent = sentence_of(verb)
    if verb.i < sent.start + 3 or token_text(doc[verb.i - 1]) != ",":
        return None
    first = doc[sent.start]
    if not is_person_name(first) or is_inside(first, outside):
        return None
    end = sent.start
    while end + 1 < verb.i and is_person_name(doc[end + 1]):
        end += 1  # (the rest of the name: "Leopold Wiesinger")
    after = end + 1
    if after < verb.i and token_lower(doc[after]) in german().selbst:
        after += 1
    return doc[end] if after < verb.i - 1 and token_text(doc[after]) == "," else None


def _asked_by(noun: Token) -> bool:
    """Whether `noun` is a question noun with the one who asked after it ("Anfrage der Zeitung", "Nachfrage des
    ORF"); a bare "auf Anfrage" names no one and stays where the source is looked for ("hieß es auf Anfrage")."""
    doc = noun.doc
    return (
        token_lower(noun) in german().question_nouns
        and noun.i + 1 < len(doc)
        and lower_at(doc, noun.i + 1) in german().genitive_articles
    )


def body_for_man(verb: Token, subject: Token | None, outside: Sequence[CharSpan]) -> Token | None:
    """ "Im Ministerium betont man, …", "Bei der Polizei verweist man auf …": where the impersonal "man" is the
    subject of `verb` (or no other one is found), the body the clause places it in; else `subject`."""
    man = german().impersonal_man
    if (subject is None or token_lower(subject) == man) and any(token_lower(c) == man for c in verb.children):
        return _body_of_man(verb, outside) or subject
    return subject


def _body_of_man(verb: Token, outside: Sequence[CharSpan]) -> Token | None:
    """The organisation an "in"/"bei" phrase of the clause names, a few words after its preposition, for the
    impersonal "man" of `verb` ("Im Ministerium betont man", "betont man bei der Stadt Wien"); None where the
    phrase names a place or a thing ("In Berlin sieht man das anders")."""
    doc = verb.doc
    start, end = sentence_range(verb)
    for token in clause_prepositions(verb, start, end, german().body_prepositions, outside):
        for noun in doc[token.i + 1 : min(end, token.i + _BODY_REACH)]:
            if is_nominal(noun):
                return noun if is_organisation_noun(token_text(noun)) else None
    return None


# How many words after its preposition the noun of a body may stand ("bei der zuständigen Behörde").
_BODY_REACH = 4


def _quoted_one(verb: Token, outside: Sequence[CharSpan]) -> Token | None:
    """ "„…“, zitierte die Zeitung den Trainer", "Die Agentur zitierte den Minister mit den Worten …": the one a verb
    of quoting quotes, its object in the accusative, said the words; its subject only passes them on. (In the
    passive, "wird Scholz in der FAZ zitiert", the one quoted is the subject, and there is no such object.)"""
    for child in verb.children:
        if (
            labels.is_object(child)
            and morph_values(child, "Case") != ["Dat"]
            and (can_speak(child) or token_lower(child) in german().object_pronoun_genders)
            and not is_inside(child, outside)
        ):
            return child
    return None


def _relative_subject(verb: Token) -> Token | None:
    """ "…, der diese Maßnahme als „Kapitulation“ sieht" parsed with no subject: the relative pronoun in the
    nominative that opens the clause the verb closes is its subject where no other word of the clause is in the
    nominative (not "…, die der Minister als „…“ bezeichnete"); the speakers stage reads it as its antecedent."""
    doc, sent = verb.doc, sentence_of(verb)
    if verb.i + 1 < sent.end and token_pos(doc[verb.i + 1]) != "PUNCT":
        return None
    comma = next((t for t in reversed(doc[sent.start : verb.i]) if token_text(t) in {",", ";", ":"}), None)
    if comma is None or comma.i + 1 >= verb.i:
        return None
    pronoun = doc[comma.i + 1]
    if not labels.is_relative_pronoun(pronoun) or "Nom" not in morph_values(pronoun, "Case"):
        return None
    nominative = (
        "Nom" in morph_values(t, "Case") and token_pos(t) in NOMINAL_POS for t in doc[pronoun.i + 1 : verb.i]
    )
    return None if any(nominative) else pronoun


def _person_after_inverted_verb(verb: Token, outside: Sequence[CharSpan]) -> Token | None:
    """The person named right after a verb that stands after a comma (the words said before it): "…, begründete
    Puchegger das Urteil"; None where no person's name or known surname follows it."""
    doc = verb.doc
    # (also a verb the tagger took for another word, whose clause the parse gives no subject: "In seiner
    # Urteilsbegründung hielt Richter Aschbacher fest")
    mistagged = token_pos(verb) not in VERB_POS
    if verb.i == 0 or verb.i + 1 >= len(doc) or not (text_at(doc, verb.i - 1) == "," or mistagged):
        return None
    after = doc[verb.i + 1]
    if mistagged and is_role(token_text(after)) and verb.i + 2 < len(doc) and is_person_name(doc[verb.i + 2]):
        after = doc[verb.i + 2]  # a bare title before the name: "Richter Aschbacher"
    if is_inside(after, outside) or not is_person_name(after):
        return None
    return after


# Dashes set off between words, which open a clause of their own ("Stadtrat beschließt Umbau – Opposition …").
_CLAUSE_DASHES = frozenset({"–", "—"})


def _subject_opening_clause(verb: Token) -> Token | None:
    """The head of a noun phrase that opens the verb's clause after a comma and a coordinator, or after a dash,
    and ends right before the verb ("…, doch Pressesprecher Nicholas Birnback erklärte", "Stadtrat beschließt
    Umbau – Opposition spricht von „…“"), where it names someone; else None."""
    doc = verb.doc
    if not is_finite(verb):
        return None  # ("und den Inhalt der Kasse verlangt": a participle after its object)
    sent_start = sentence_of(verb).start
    start = verb.i
    while (
        start > sent_start
        and text_at(doc, start - 1) != ","
        and text_at(doc, start - 1) not in _CLAUSE_DASHES
        and lower_at(doc, start - 1) not in german().coordinators
    ):
        start -= 1
    # (a coordinator after a comma joins clauses: "…, doch X erklärte"; one without joins words, "der Kasse
    # sowie Schmerzmittel verlangt"; a dash opens a clause of its own, as in a headline)
    joined = (
        start - 2 > sent_start
        and lower_at(doc, start - 1) in german().coordinators
        and text_at(doc, start - 2) == ","
    ) or (start - 1 > sent_start and text_at(doc, start - 1) in _CLAUSE_DASHES)
    if start == verb.i or not joined:
        return None
    if lower_at(doc, start) in german().oblique_articles:
        return None
    phrase = noun_phrase_after(doc, start, verb.i)
    if not phrase or phrase[0] != start or max(phrase) != verb.i - 1:
        return None
    names = [doc[i] for i in phrase if pos_at(doc, i) in {"NOUN", "PROPN"} and text_at(doc, i)[:1].isupper()]
    head = names[0] if names else None
    return head if head is not None and is_speaker_like(head) else None


# How many words a party or place in brackets after a name may have: "(Grüne Allianz)", "(SPD)".
_MAX_BRACKETED = 4


def _before_brackets(token: Token) -> Token:
    """ "Nationalrätin Seraina Caviezel (Grüne Allianz) sprach von …" with "Allianz" parsed as the subject: what
    brackets after a person's name hold (a party, a place, an age) says more about them; the name is the
    subject."""
    doc = token.doc
    opening = next(
        (i for i in range(token.i - 1, max(-1, token.i - _MAX_BRACKETED), -1) if text_at(doc, i) == "("),
        None,
    )
    if opening is None or opening == 0 or any(text_at(doc, i) == ")" for i in range(opening, token.i)):
        return token
    closing = next(
        (i for i in range(token.i + 1, min(len(doc), token.i + _MAX_BRACKETED)) if text_at(doc, i) == ")"),
        None,
    )
    before = doc[opening - 1]
    # (after an organisation's name the brackets hold its abbreviation, as good a mention: "Human Rights Watch
    # (HRW)")
    if closing is None or not is_person_name(before):
        return token
    # (not a name inside a prepositional phrase: "einen Brief an Landesrätin Sabine Moosbrugger (ÖVP)")
    k = before.i
    while k > 0 and text_at(doc, k - 1)[:1].isupper() and pos_at(doc, k - 1) in {"PROPN", "NOUN", "X"}:
        k -= 1
    return token if k > 0 and pos_at(doc, k - 1) == "ADP" else before


def owner_of_speech_noun(doc: Doc, cue: CueMatch, outside: Sequence[CharSpan] = ()) -> CharSpan | None:
    """ "Stoltenbergs Behauptung, …", else the subject of the verb the noun hangs on: "Die Staatsanwaltschaft
    hegt den Verdacht, …", "Die BVG begegnet der Kritik mit dem Argument, …". Not where the noun is
    itself the subject ("Unterstützung erhält der Vorschlag, …")."""
    genitive = genitive_of_speech_noun(doc, cue, outside)
    if genitive is not None:
        return genitive
    noun = doc[cue.head]
    copula = next((c for c in noun.children if labels.is_copula(c)), None)
    if copula is not None:
        # "Die DSW ist der Ansicht, …": UD makes the noun the predicate and its subject the owner.
        subject = _subject_child(noun, outside) or _before_finite_verb(copula)
        return None if subject is None or not is_speaker_like(subject) else mention_of(subject, outside)
    verb = (
        noun.head.head if token_pos(noun.head) == "ADP" else noun.head
    )  # TIGER hangs "mit dem Argument" on "mit"
    if token_pos(verb) not in VERB_POS or verb.i == noun.i:
        return None
    subject = clause_subject(verb, outside)
    if subject is None or noun in subject.subtree or subject in noun.subtree:
        return None
    return mention_of(subject, outside)


def _before_finite_verb(verb: Token) -> Token | None:
    """The head of the one phrase before a main clause's finite `verb` (German puts only one there), where the
    parse left it unattached: "Günter Metzges vom Netzwerk Campact ist der Meinung, …" parsed as two roots."""
    sent = sentence_of(verb)
    heads = [
        t
        for t in doc_slice(verb.doc, sent.start, verb.i)
        if not sent.start <= t.head.i < verb.i or t.head == t
    ]
    if len(heads) != 1:
        return None
    head = heads[0]
    # (a phrase the parse hangs on the verb or its predicate noun as anything but an object or a preposition's
    # noun: "Günter" as an adjective of "Meinung")
    if head.head in (verb, verb.head) and (
        labels.is_object(head) or any(token_pos(c) == "ADP" for c in head.children)
    ):
        return None
    return head


# --- the rule for a cue's kind ---------------------------------------------------------------------


_BY_KIND: dict[CueKind, Callable[[Doc, CueMatch, Sequence[CharSpan]], CharSpan | None]] = {
    CueKind.VERB: subject_of_cue,
    CueKind.COLON: subject_of_cue,
    CueKind.SO: source_after_cue,
    CueKind.LAUT: source_after_cue,
    CueKind.NACH_ANGABEN: source_after_cue,
    CueKind.ZUFOLGE: source_before_zufolge,
    CueKind.NOUN: owner_of_speech_noun,
}


def speaker_of_cue(doc: Doc, cue: CueMatch, outside: Sequence[CharSpan] = ()) -> CharSpan | None:
    """The local speaker mention that a cue names, by the rule for its kind ("Demnach" names none); a team "um"
    a person is that person (`_leader_of_team`)."""
    rule = _BY_KIND.get(cue.kind)
    mention = None if rule is None else rule(doc, cue, outside)
    return None if mention is None else _leader_of_team(doc, mention, outside) or mention


def _leader_of_team(doc: Doc, mention: CharSpan, outside: Sequence[CharSpan]) -> CharSpan | None:
    """ "berichtet das Team um die Gewässerökologin Kristin Albers", "laut der Forschergruppe um Jan Berg": a
    group "um" a named person speaks through that person, whom the text names; None for any other mention."""
    span = doc.char_span(*mention, alignment_mode="expand")
    if span is None or not span.text:
        return None
    head = span[-1]
    de = german()
    if not head.text.lower().endswith(de.led_groups) or head.i + 2 >= len(doc):
        return None
    if token_lower(doc[head.i + 1]) != de.led_by:
        return None
    phrase = noun_phrase_after(doc, head.i + 2, sentence_of(head).end)
    # (a person's name: the recogniser's, a surname the text gives, or a word after a first name)
    named = any(
        is_person_name(doc[i]) or (i > 0 and first_name_gender(text_at(doc, i - 1)) is not None)
        for i in phrase
    )
    if not named or any(is_inside(doc[i], outside) for i in phrase):
        return None
    last = doc[phrase[-1]]
    return doc[phrase[0]].idx, last.idx + len(last.text)


def names_own_source(doc: Doc, mention: CharSpan) -> bool:
    """ "nach eigenen Angaben", "eigenem Bekunden nach": a source mention that says the source is the subject of
    its clause (`subject_of_own_source`)."""
    return any(word.lower() in german().own_source for word in text_of(doc)[mention[0] : mention[1]].split())


def subject_of_own_source(doc: Doc, cue: CueMatch, outside: Sequence[CharSpan] = ()) -> CharSpan | None:
    """Whom "nach eigenen Angaben", "nach eigenem Bekunden" name: the subject of the clause the phrase stands
    in ("Der Verein hat nach eigenen Angaben 300 Mitglieder"), not the phrase itself; None where it has none.
    The word the phrase hangs on heads its clause (the participle in "hat … abgegeben", where the subject
    hangs); else the sentence's first finite verb."""
    governor = doc[cue.head].head
    first = next(
        (t for t in sentence_of(doc[cue.head]) if token_pos(t) in VERB_POS and could_be_finite(t)), None
    )
    # ("laut eigenen Angaben": the cue is the preposition, and the phrase's noun hangs on the verb)
    for verb in (governor, governor.head, first):
        subject = None if verb is None else clause_subject(verb, outside)
        if subject is not None and subject.i not in cue.tokens:
            return mention_of(subject, outside)
    # "Nach eigenen Angaben hatte sie …" with "sie" parsed as the object: a personal pronoun right after the
    # finite verb in second place is its subject
    after = doc[first.i + 1] if first is not None and first.i + 1 < len(doc) else None
    if after is not None and is_personal_pronoun(token_text(after)) and not is_inside(after, outside):
        return after.idx, after.idx + len(token_text(after))
    # ("Nach eigenen Angaben erfuhr Bachmayr …" with the verb tagged an adjective: the phrase opens the
    # sentence, the word after it is the verb in second place, and a person's name after that its subject)
    last = max(cue.tokens)
    opens = all(t.is_punct for t in doc[sentence_of(doc[cue.head]).start : min(cue.tokens)])
    named = doc[last + 2] if opens and last + 2 < len(doc) else None
    if named is not None and is_person_name(named) and not is_inside(named, outside):
        return mention_of(named, outside)
    return None
