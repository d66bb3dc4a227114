"""How far a description or an organisation's name reaches, read from the tokens, and a description's label
in the nominative.

A description is its article and modifiers, its noun and one complement ("ein Sprecher der Polizei", "eine
Frau aus dem vierten Stock"); an organisation's name follows its noun ("Kantonspolizei St. Gallen",
"Hanse-Institut für Arbeitsmedizin"). A person's name right after either is no part of it ("die Mannschaft
von Trainerin Sabine Kowalczyk").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from quotekit.lang.de.names import (
    first_name_gender,
    genitive_base,
    is_abstract_noun,
    is_age_noun,
    is_company_name_word,
    is_document_noun,
    is_feminine_role,
    is_genitive_article,
    is_masculine_genitive,
    is_masculine_or_neuter_oblique,
    is_organisation_noun,
    is_particle_name,
    is_person_noun,
    is_speech_noun,
    nominative,
    noun_gender,
    organisation_kind,
    plural_nominative,
)
from quotekit.lang.de.words import german
from quotekit.stages.speakers.referents import article_of, is_article
from quotekit.syntax import labels
from quotekit.syntax.docindex import (
    lower_at,
    morph_values,
    pos_at,
    text_at,
    token_lower,
    token_pos,
    token_text,
    token_texts,
)
from quotekit.syntax.labels import (
    ORG_LABELS,
    PERSON_LABELS,
    PLACE_AND_MISC_LABELS,
    PLACE_LABELS,
    PROPER_NOUN_TAG,
    SEPARABLE_PARTICLE_TAG,
)
from quotekit.syntax.mentions import passive_agent
from quotekit.syntax.nominals import is_known_surname
from quotekit.syntax.phrases import NP_HEAD_POS, marked_name_end
from quotekit.syntax.spans import doc_slice, tokens_in
from quotekit.syntax.verbs import is_irregular_finite_form

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "acronym_after",
    "description_extent",
    "description_label",
    "is_acronym",
    "is_proper",
    "organisation_name",
]

# A description's words after its noun: "der Sprecher der Polizei", "ein Mann im Anzug".
_MAX_COMPLEMENT = 5
# The kind of organisation (`organisation_kind`) whose name may be the place it stands at: "das Theater am Hafen".
_VENUE = "venue"
# An organisation's name after its noun ("Bezirkshauptmannschaft Spittal an der Drau") is short.
_MAX_ORGANISATION_NAME = 6


def description_extent(doc: Doc, head: int, limit: int, *, person: bool = False) -> tuple[int, int]:
    """Tokens [start, end) of a description: its article and modifiers, its noun, names right after it
    ("die Stadtwerke Eichenau"), an age in brackets ("ein Autolenker (63)") and one genitive or
    "von"/"aus" complement ("ein Sprecher der Polizei", "eine Frau aus dem vierten Stock"; for a person also
    "im"/"mit": "ein Mann im Anzug"); not the clause's adverbials ("am Freitag") or a relative clause."""
    article = article_of(doc, head)
    if article is not None and any(is_irregular_finite_form(doc[i]) for i in range(article + 1, head)):
        article = None  # "Der 46-Jährige bat Anwohnerinnen": a finite verb the tagger took for an adjective
    start = head if article is None else article
    end = head + 1
    while (
        end < limit
        and (word := doc[end]).pos_ == "PROPN"
        and token_text(word)[:1].isupper()
        and not _opens_name(doc, end)
    ):
        end += 1
    if (
        end + 2 < limit
        and text_at(doc, end) == "("
        and doc[end + 1].like_num
        and text_at(doc, end + 2) == ")"
    ):
        end += 3
    de = german()
    # "ein Mann im Anzug" introduces someone by the complement; "sagte der 29-Jährige mit leiser Stimme" not
    indefinite = article is not None and lower_at(doc, article) in de.indefinite_articles
    prepositions = de.mention_prepositions | (
        de.person_prepositions if person and indefinite else frozenset()
    )
    if is_age_noun(text_at(doc, head)):
        # "eine 79-Jährige aus Kirchberg": someone described by their age has a home, no field or owner ("einer
        # 79-Jährigen für eine angebliche Dachreparatur … abgenommen")
        prepositions -= de.mention_prepositions - de.home_prepositions
    direction = (
        end + 1 < limit
        and lower_at(doc, end) == de.direction_preposition
        and lower_at(doc, end + 1) in de.direction_articles
    )
    if (
        end < limit
        and (lower_at(doc, end) in de.genitive_articles or lower_at(doc, end) in prepositions)
        and not direction
    ):
        index = end + 1
        while index < limit and pos_at(doc, index) in {"DET", "ADJ", "NUM"}:
            index += 1
        taken = index
        while (
            taken < min(limit, index + _MAX_COMPLEMENT)
            # ("aus dem Ortsteil Au": a place the recogniser knows, whatever the tagger made of it)
            and (pos_at(doc, taken) in NP_HEAD_POS or _recognised_place(doc[taken]))
            and not _opens_name(doc, taken)  # "die Mannschaft von Trainerin Sabine Kowalczyk"
        ):
            taken += 1
        # ("der Menschenrechtsorganisation Human Rights Watch", "der University of Colorado": a name the recogniser
        # gives goes on to its end, whatever the tagger made of its words)
        # (not on into a phrase of its own: "des Instituts für Küstenökologie der Universität Rostock")
        while (
            taken > index
            and taken < limit
            and doc[taken].ent_iob_ == "I"
            and token_pos(doc[taken]) != "DET"
            and lower_at(doc, taken) not in prepositions | de.person_prepositions
        ):
            taken += 1
        if taken > index and (
            _is_time(token_lower(doc[index]))
            or is_speech_noun(token_text(doc[taken - 1]))
            or is_document_noun(token_text(doc[taken - 1]))
        ):
            # "ein Anwohner am Montag", "eine Anwohnerin in einem Interview": the clause's time or the statement
            # it was made in, no part of who they are
            taken = index
        agent = passive_agent(doc[head].head) if lower_at(doc, end) in de.von else None
        if taken > index and not (agent is not None and end < agent.i < taken):
            # (not the agent of the passive whose subject this is: "wurde die Stadt von Greenpeace aufgefordert")
            end = taken
            end = _place_of_complement(doc, end, limit)
    return start, end


def _recognised_place(token: Token) -> bool:
    return _capitalised(token) and token.ent_type_ in PLACE_AND_MISC_LABELS


def masculine_or_neuter_by_tag(noun: Token) -> str | None:
    """ "masc" or "neut" where the tagger gives the noun that gender, else None."""
    return {"Masc": "masc", "Neut": "neut"}.get(next(iter(morph_values(noun, "Gender")), ""))


def _age_label(article: str, adjectives: list[str], noun: str) -> str | None:
    """An age noun after an oblique article in the nominative: it declines like an adjective ("einer
    79-Jährigen" -> "eine 79-Jährige", "eines 52-Jährigen" -> "ein 52-Jähriger", "dem 52-Jährigen" -> "der
    52-Jährige"); None where the article is nominative already or says no one gender ("der 52-Jährige", and "der
    79-Jährigen", which may also be many)."""
    genders = german().oblique_article_genders.get(article)
    # ("der 79-Jährigen" may be many: only an indefinite "einer" says one woman)
    if (
        genders is None
        or not noun.endswith("en")
        or (genders == {"fem"} and article in german().definite_articles)
    ):
        return None
    gender = "fem" if genders == {"fem"} else "masc"
    label = nominative(article, [*adjectives, noun[:-2]], "", gender)
    return None if label is None else label.rstrip()


def _place_of_complement(doc: Doc, end: int, limit: int) -> int:
    """Where a description ends that goes on with the place of its complement: "in"/"im" and a name ("eine
    Kassiererin aus einem Supermarkt in Duisburg-Marxloh", "eines Wasserversorgers im Mittelland"); not a time
    ("im Mai") or anything but a name."""
    if end + 1 >= limit or lower_at(doc, end) not in german().place_prepositions:
        return end
    place = end + 1
    while place < limit and pos_at(doc, place) in {"DET", "ADJ"}:
        place += 1
    taken = place
    while taken < limit and is_proper(doc[taken]):
        taken += 1
    if taken == place or _is_time(lower_at(doc, place)):
        return end
    return taken


def description_label(doc: Doc, start: int, head: int, end: int) -> str:
    """A description [start, end) with its noun at `head`, as a label in the nominative ("Angaben eines
    Polizeisprechers" -> "ein Polizeisprecher", "laut dem italienischen Verband" -> "der italienische
    Verband"); the text as it stands where it is nominative already or its form is not clear."""
    text = doc_slice(doc, start, end).text
    rest = doc[head + 1 : end].text
    plural = _plural_label(doc, start, head)
    if plural is not None:
        return f"{plural} {rest}" if rest else plural
    between = tokens_in(doc, start + 1, head)
    if start >= head or not all(_inflected_modifier(t) for t in between):
        return text
    noun, article = doc[head], lower_at(doc, start)
    if is_age_noun(token_text(noun)):
        label = _age_label(article, [t.lemma_ or token_text(t) for t in between], token_text(noun))
        if label is not None:
            return f"{label} {rest}" if rest else label
        return text
    masculine_or_neuter = is_masculine_or_neuter_oblique(article)
    lemma = noun.lemma_
    if (
        lemma
        and is_person_noun(token_text(noun))
        and not is_person_noun(lemma)
        and is_person_noun(lemma + "e")
    ):
        lemma += "e"  # a weak noun the lemmatiser cut short: "einen Zeugen" -> "Zeug", not "Zeuge"
    forms = [lemma] if lemma and token_text(noun) != lemma and token_text(noun).startswith(lemma) else []
    if is_masculine_genitive(article):
        forms.append(genitive_base(token_text(noun)))  # "des Kraftfahrt-Bundesamtes", "eines Werft-Sprechers"
    forms.append(token_text(noun))
    base = forms[0]
    if is_person_noun(token_text(noun)):
        gender = "fem" if is_feminine_role(token_text(noun)) else "masc"
    else:
        # an organisation or a source: its gender by its last element; the tagger's only for "des", "dem"
        if morph_values(noun, "Number") == ["Plur"]:
            return text  # "Angaben der Meteorologen"
        by_ending = next((g for form in forms if (g := noun_gender(form)) is not None), None)
        tagged = masculine_or_neuter_by_tag(noun)
        # ("der Jury", "der bulgarischen Presse": "der" before a noun the tagger calls feminine and oblique)
        oblique_feminine = (
            article == "der"
            and morph_values(noun, "Gender") == ["Fem"]
            and bool({"Gen", "Dat"} & set(morph_values(noun, "Case")))
        )
        told = by_ending or (tagged if masculine_or_neuter else "fem" if oblique_feminine else None)
        if told is None or (told == "fem") == masculine_or_neuter:
            return text
        gender = told
        base = next((form for form in forms if noun_gender(form) is not None), base)
    label = nominative(text_at(doc, start), [t.lemma_ or token_text(t) for t in between], base, gender)
    if label is None:
        return text
    return f"{label} {rest}" if rest else label


def _plural_label(doc: Doc, start: int, head: int) -> str | None:
    """A description [start, head] in the dative plural, in the nominative ("den Beobachtern" -> "die
    Beobachter", "spanischen Händlern" -> "spanische Händler"), or None."""
    article = text_at(doc, start) if is_article(doc[start]) else None
    first = start + 1 if article is not None else start
    between = tokens_in(doc, first, head)
    if start > head or not all(_inflected_modifier(t) for t in between):
        return None
    return plural_nominative(article, [token_text(t) for t in between], text_at(doc, head))


# Word classes that do not decline: an adverb or particle before a description's noun keeps its text as it is.
_UNDECLINED_POS = frozenset({"ADV", "PART", "ADP", "CCONJ", "SCONJ"})


def _inflected_modifier(token: Token) -> bool:
    """An adjective before the noun of a description: "älteren", "22-jährigen" (an age in digits); not an adverb
    ("einer so jungen Autorin": "so" does not decline)."""
    word = (
        token_text(token).split("-", 1)[1]
        if token_text(token)[:1].isdigit() and "-" in token_text(token)
        else token_text(token)
    )
    return word.isalpha() and word[:1].islower() and token_pos(token) not in _UNDECLINED_POS


def _capitalised(token: Token) -> bool:
    return (
        token_text(token)[:1].isupper()
        and any(ch.isalpha() for ch in token_text(token))
        and "\n" not in token_text(token)
    )


def _opens_name(doc: Doc, i: int) -> bool:
    """Whether a person's name starts at token `i`: a first name before another capitalised word."""
    return first_name_gender(text_at(doc, i)) is not None and i + 1 < len(doc) and _capitalised(doc[i + 1])


def is_proper(token: Token) -> bool:
    """A capitalised word the tagger or the recogniser takes for a name ("Gämsflug" as an ORG noun; "Energienetze"
    that the fine-grained tagger calls a proper noun where the coarse one says otherwise), or one whose shape makes
    it a name whatever the tags say: a capital after a small letter inside it ("EurActiv", "YouTube")."""
    text = token_text(token)
    if _LETTERS_AND_DIGITS.fullmatch(text) is not None or is_particle_name(text):
        return True  # "N24", "Ö1", "SRF1"; "al-Arabiya": names whatever the tagger says
    return _capitalised(token) and (
        token_pos(token) == "PROPN"
        or token.tag_ == PROPER_NOUN_TAG
        or token.ent_type_ in ORG_LABELS | PLACE_AND_MISC_LABELS
        or _CAMEL_CASE.search(text) is not None
    )


# A small letter followed by a capital inside a word: a brand's or a medium's name, never a German common word.
_CAMEL_CASE = regex.compile(r"\p{Ll}\p{Lu}")
# Capitals and then digits: a broadcaster's or a brand's name ("N24", "RTL2"), never a German common word.
_LETTERS_AND_DIGITS = regex.compile(r"\p{Lu}+\d+")


def _foreign_article(token: Token) -> bool:
    """A capitalised article of another language, which inside a German sentence opens a name ("Le Monde",
    "El País", "The Guardian")."""
    return _capitalised(token) and token_lower(token) in german().foreign_name_articles


def _next(doc: Doc, i: int) -> Token | None:
    return doc[i + 1] if i + 1 < len(doc) else None


def _field_and_place(token: Token, after: Token | None, following: Token | None) -> bool:
    """A common noun and a proper name that end the phrase right after an organisation's noun: its field and
    its place ("Forschungsstelle Rebbau Westschweiz")."""
    return (
        _plain_noun(token)
        and after is not None
        and is_proper(after)
        and following is not None
        # (a verb the tagger may take for an adjective: "warnt")
        and (token_text(following)[:1].islower() or token_text(following) in {",", ".", ":", ";"})
    )


def _plain_noun(token: Token) -> bool:
    """A capitalised common noun that may be part of a name: no abstract, person, organisation or time word."""
    return (
        _capitalised(token)
        and token_pos(token) == "NOUN"
        and not is_abstract_noun(token_text(token))
        and not is_person_noun(token_text(token))
        and not is_organisation_noun(token_text(token))
        and not _is_time(token_lower(token))
    )


def _untagged_name(token: Token, after: Token | None) -> bool:
    """A capitalised word right after an organisation's noun that ends the phrase (a verb or a mark follows),
    with no article of its own, where no noun of a kind this lexicon knows stands: the organisation's place
    or name, which the tagger took for a common noun ("Kantonspolizei Graubünden", "Gewerbeverband Aarau");
    also before a time phrase ("… Graubünden am Sonntagmorgen mit")."""
    return (
        (_plain_noun(token) or _abstract_name(token))
        and after is not None
        and (
            token_pos(after) in {"VERB", "AUX"}
            or token_text(after) in {",", ".", ":", ";"}
            # "teilte das Polizeipräsidium Kesselbrück mit": the particle of a separable verb ends it too
            or after.tag_ == SEPARABLE_PARTICLE_TAG
            # "teilte die Alpenuniversität Thalbruck am Mittwoch mit": a time phrase ends the phrase as well
            or _opens_time_phrase(after)
            # and so does a place phrase: "in der Gemeinde Valrein im Prättigau"
            or _opens_place_phrase(after)
        )
    )


def _abstract_name(token: Token) -> bool:
    """ "Die Stiftung Alpenlandschaft hält …": a capitalised noun of an abstract shape that the parse makes an
    apposition of the organisation's noun right before it is its name (in "dass die Gemeinde Verantwortung
    übernimmt" the noun is the verb's object)."""
    return (
        _capitalised(token)
        and token_pos(token) == "NOUN"
        and token.head.i == token.i - 1
        and (labels.is_apposition(token) or labels.is_name_part(token))
        # (a name is singular: "nach Angaben der Gemeinde Steuererklärungen, Lohnausweise …" lists things)
        and morph_values(token, "Number") != ["Plur"]
        and not is_person_noun(token_text(token))
        and not is_organisation_noun(token_text(token))
        and not _is_time(token_lower(token))
    )


def _opens_place_phrase(token: Token) -> bool:
    """ "im Prättigau", "in Graubünden": a place preposition before a capitalised word."""
    doc = token.doc
    return (
        token_lower(token) in german().place_prepositions
        and token.i + 1 < len(doc)
        and _capitalised(doc[token.i + 1])
    )


def _opens_time_phrase(token: Token) -> bool:
    """A preposition whose noun is a time: "am Mittwoch", "am Sonntagmorgen", "seit Montag"."""
    doc = token.doc
    return token_pos(token) == "ADP" and token.i + 1 < len(doc) and _is_time(token_lower(doc[token.i + 1]))


def _is_time(word: str) -> bool:
    """A time noun ("Dienstag", "Abend") or two of them in one ("Montagabend", "Sonntagmorgen")."""
    times = german().time_nouns
    return word in times or any(word.startswith(t) and word[len(t) :] in times for t in times)


def organisation_name(doc: Doc, head: int, limit: int, places: frozenset[str] = frozenset()) -> int:
    """Where the name of an organisation whose noun is token `head` ends: "Kantonspolizei St. Gallen",
    "Bezirkshauptmannschaft Spittal an der Drau", "Verlag Lindwurm & Söhne", "Hanse-Institut für
    Arbeitsmedizin", "Gewerkschaft Verkehr und Dienstleistung (GVD)". Returns `head + 1` for a bare noun.
    `places`: names the text gives as places, which a tagger may take for common nouns ("im Stadttheater
    Lohrbach der …" after the date line "Lohrbach.")."""
    de = german()
    end = head + 1
    named = False
    limit = min(limit, head + 1 + _MAX_ORGANISATION_NAME)
    marked = marked_name_end(doc, end, limit, slogan=True)
    if marked is not None:
        return marked  # "die Zeitung „Yemen Observer“"
    while end < limit:
        token = doc[end]
        after = doc[end + 1] if end + 1 < limit else None
        if _opens_name(doc, end):
            break  # "des Parlaments Alain Lamassoure": a person's name follows
        if (
            is_proper(token)
            or (token.ent_type_ in PERSON_LABELS and _capitalised(token))  # "Der Autozulieferer Hessbach …"
            # "im Auktionshaus Kaltenegger", where the text names "Florian Kaltenegger": a firm named after him
            or (_capitalised(token) and is_known_surname(token))
            or (token_text(token) in de.name_abbreviations and after is not None and _capitalised(after))
        ):
            end += 1
            named = True
        elif _capitalised(token) and token_pos(token) == "ADJ" and after is not None and is_proper(after):
            # "der Verkehrsverbund Obere Lahnau": an adjective is capitalised inside a sentence only in a name
            end += 2
            named = True
        elif (
            (named or organisation_kind(text_at(doc, head)) == _VENUE)
            and after is not None
            and token_lower(token) in de.place_name_joints
        ):
            # "Spittal an der Drau", "Frankfurt am Main": the joint, an article, and the next name
            following = end + 2 if token_lower(after) in de.second_name_particles else end + 1
            if following >= limit or not _capitalised(doc[following]) or _is_time(lower_at(doc, following)):
                break  # (not "am Dienstag": a time, no place of the name)
            end = following + 1
        elif named and token_text(token) == "&" and after is not None and _capitalised(after):
            end += 2
        elif named and _capitalised(token) and is_company_name_word(token_text(token)):
            # "Der Autozulieferer Brenninger Kunststofftechnik": a trade's word closes a company's name
            end += 1
        elif _foreign_article(token) and after is not None and _capitalised(after):
            end += 2  # "die Zeitung Le Monde", "der Guardian" as "The Guardian": the article is the name's
            named = True
        elif end == head + 1 and token_text(token) in places:
            return end + 1  # "im Stadttheater Lohrbach der letzte Vorhang": the text's own place
        elif end == head + 1 and _seat_after(doc, head, end, limit):
            return end + 2  # "Die US-Botschaft in Riad", "das Oberlandesgericht in Düsseldorf": where it sits
        elif end == head + 1 and _untagged_name(token, after):
            return end + 1  # "Der Gewerbeverband Aarau wehrt sich": a place the tagger took for a noun
        elif end == head + 1 and _field_and_place(token, after, _next(doc, end + 1)):
            return end + 2  # "Die Forschungsstelle Rebbau Westschweiz warnt": a field, then a place
        elif not named and token_lower(token) in de.organisation_name_prepositions and after is not None:
            # "Institut für Arbeitsmedizin", "für Küsten- und Meeresforschung": a field that names it
            taken = end + 1
            while taken < limit and (
                pos_at(doc, taken) in {"ADJ", "NOUN", "PROPN", "X"}
                or lower_at(doc, taken) in de.joining_words
            ):
                taken += 1
            if (
                taken > end + 1
                and pos_at(doc, taken - 1) in NP_HEAD_POS
                and not _verbs_object(doc, end, taken)
            ):
                return taken
            return end
        else:
            break
    # ("Gewerkschaft Verkehr und Dienstleistung (GVD)": the name the acronym closes may go on past a name word)
    return max(end, _with_acronym(doc, head, limit))


def _seat_after(doc: Doc, head: int, end: int, limit: int) -> bool:
    """Whether "in" and a place the recogniser names follow a court's or an authority's noun at token `end`: the
    seat that tells one such body from another ("die Staatsanwaltschaft in Hamburg")."""
    return (
        end + 1 < limit
        and lower_at(doc, end) == german().seat_preposition
        and doc[end + 1].ent_type_ in PLACE_LABELS
        and _capitalised(doc[end + 1])
        and organisation_kind(text_at(doc, head)) in german().seated_organisation_kinds
    )


def _verbs_object(doc: Doc, preposition: int, end: int) -> bool:
    """Whether the "für" phrase [preposition, end) ends its clause in a clause whose verb takes such an object
    ("Im März sorgte ein Entwurf der Regierung für Aufsehen."): the verb's, not a field of the name."""
    if end < len(doc) and not (doc[end].is_punct or lower_at(doc, end) in german().joining_words):
        return False
    sent = doc[preposition].sent
    return any(
        token_pos(t) in {"VERB", "AUX"} and t.lemma_.lower() in german().fuer_object_verbs
        for t in doc[sent.start : preposition]
    )


def _with_acronym(doc: Doc, head: int, limit: int) -> int:
    """ "Gewerkschaft Verkehr und Dienstleistung (GVD)", "Gewerkschaft der Polizei (GdP)", "Verband der
    Industriebetriebe Österreichs (VIÖ)": capitalised nouns joined by "und", or a genitive attribute, followed by
    an acronym in brackets are the organisation's name."""
    end = head + 1
    if "(" not in token_texts(doc)[end : limit + 1]:
        return end  # (no bracket to close a name with an acronym: most nouns, decided without a Token)
    de = german()
    if end < limit and is_genitive_article(text_at(doc, end)):
        end += 1
    if end < limit and _opens_name(doc, end):
        return head + 1  # "Grossrat Pascal Ndiaye (SP)": a person's name and party, no organisation's name
    while end < limit and (
        (_capitalised(doc[end]) and pos_at(doc, end) in NP_HEAD_POS)
        or lower_at(doc, end) in de.joining_words
        or (end == head + 1 and lower_at(doc, end) in de.acronym_name_prepositions)
        or (pos_at(doc, end) == "ADJ" and end > head + 1 and is_genitive_article(text_at(doc, head + 1)))
    ):
        end += 1
    closes = acronym_after(doc, end) is not None
    named = (
        end > head + 1
        and pos_at(doc, end - 1) in NP_HEAD_POS
        and lower_at(doc, end - 1) not in de.joining_words
    )
    return end if named and closes else head + 1


def acronym_after(doc: Doc, end: int) -> int | None:
    """The token of an acronym in brackets that opens at token `end` ("(VIÖ)", "(GdP)"), or None."""
    texts = token_texts(doc)  # (asked of many words: the texts, not a `Token` each)
    if end + 2 >= len(texts) or texts[end] != "(" or texts[end + 2] != ")":
        return None
    return end + 1 if is_acronym(texts[end + 1]) else None


def is_acronym(word: str) -> bool:
    """ "GVD", "VIÖ", "GdP": a short word of capitals, perhaps with a small letter between them."""
    capitals = sum(ch.isupper() for ch in word)
    return (
        2 <= len(word) <= 6
        and word[:1].isupper()
        and word[-1:].isupper()
        and capitals >= 2
        and word.isalpha()
    )
