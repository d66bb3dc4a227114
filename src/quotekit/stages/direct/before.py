"""Placement 3: the attribution before the quotation, in its sentence.

Er sagte: „…“ / Faeser: „…“ / Die Firma empfindet das als unfair: „…“ (a colon introduction), and for a
fragment in mid-sentence the clause that holds it: Schüssel würdigte ihn als „großen Österreicher“.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from quotekit.lang.de.words import german
from quotekit.records import CharSpan, CueKind, CueMatch
from quotekit.stages.cues import lemma_candidates, with_colon
from quotekit.stages.direct.attribution import (
    NOTHING,
    SENTENCE_KINDS,
    Attribution,
    Strength,
    cue_speaker,
    cues_in,
    synthetic_cue,
)
from quotekit.syntax import labels
from quotekit.syntax.docindex import lower_at, pos_at, text_at, token_lower, token_pos, token_text
from quotekit.syntax.labels import VERB_POS
from quotekit.syntax.mentions import (
    clause_subject,
    impersonal_source,
    perspective_holder,
    reacting_source,
    speaker_of_cue,
)
from quotekit.syntax.nominals import can_speak, is_person_name, is_speaker_like
from quotekit.syntax.phrases import first_nominal, mention_of, phrase_around, span_of_tokens
from quotekit.syntax.positions import headline_name, subject_around
from quotekit.syntax.spans import PARAGRAPH_BREAKS, is_inside, tokens_between
from quotekit.syntax.verbs import (
    has_subjunctive_form,
    in_konjunktiv_clause,
    is_finite,
    is_subjunctive,
    main_verb,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = ["clause_start", "colon_introduction", "fragment_in_clause"]

# Brackets around an aside a fragment after it is not in: "(Wikinews berichtete)".
_OPENING_BRACKETS = frozenset("([")
_CLOSING_BRACKETS = frozenset(")]")

# What ends the clause a verb of naming after a predicate in marks must stand in.
_CLAUSE_PUNCTUATION = frozenset({",", ".", "!", "?", ":", ";"})

_BEFORE_KINDS = frozenset({CueKind.VERB, CueKind.LAUT, CueKind.NACH_ANGABEN, CueKind.SO})


def colon_introduction(
    doc: Doc, cues: Sequence[CueMatch], start: int, colon: int, outside: list[CharSpan]
) -> Attribution:
    """Er sagte: „…“ / Die Firma empfindet die Kritik als ungerechtfertigt: „…“ / Faeser: „…“."""
    tokens = [
        t
        for t in tokens_between(doc, start, colon)
        if not t.is_space and not any(s <= t.idx < e for s, e in outside)
    ]
    label = _name_after_dash(tokens)
    if label is not None:
        # "Viktoria Langenfeld verliert Kellerduell – Kaczmarek: „…“": the name after the dash introduces the
        # quotation, not the verb of the clause before it
        return Attribution(_colon_cue(cues, colon), label, strength=Strength.INTRODUCED)
    before = _outermost(doc, cues_in(cues, start, colon, _BEFORE_KINDS))
    for cue in reversed(before):
        mention = speaker_of_cue(doc, cue, outside)
        if mention is not None:
            return Attribution(cue, mention, strength=Strength.CUED)
    # A speech verb before the colon is the cue even where its speaker must be found another way.
    speech_verb = next((c for c in reversed(before) if c.kind is CueKind.VERB), None)
    colon_cue = speech_verb if speech_verb is not None else _colon_cue(cues, colon)
    verb = main_verb(tokens)
    holder = None if not tokens else perspective_holder(doc[tokens[0].i : tokens[-1].i + 1], outside)
    if holder is not None:
        # "Für Bürgermeister Hans Müller ist klar: „…“", "Für Müller ist die Sache klar: „…“": whose view the
        # clause gives speaks, not its grammatical subject
        return Attribution(colon_cue, mention_of(holder, outside), strength=Strength.INTRODUCED)
    if verb is not None:
        subject = clause_subject(verb, outside)
        if subject is not None and not can_speak(subject) and has_subjunctive_form(tokens):
            # "Die Pflichten der Union seien klar festgelegt: „…“": a reported clause whose subject cannot
            # speak goes on with the speaker reported before; the speaker stage finds them.
            return Attribution(colon_cue, None, strength=Strength.INTRODUCED)
        reacting = reacting_source(verb, outside)
        if reacting is not None and reacting.idx < colon:
            # "Scharfe Kritik kommt von Claudia Widmer vom Anlegerforum: «…»"
            return Attribution(colon_cue, mention_of(reacting, outside), strength=Strength.INTRODUCED)
        known = next((c for c in cues if c.kind is CueKind.VERB and c.head == verb.i), None)
        # ("Wendtland zeigte sich zuversichtlich: „…“", "Hofer blieb skeptisch: „…“": a verb that says no speech
        # gives the speaker; the colon is what brings in the words, and part of the cue)
        verb_cue = known
        if verb_cue is None:
            colon_token = doc.char_span(colon, colon + 1)
            verb_cue = synthetic_cue(verb)
            verb_cue = verb_cue if colon_token is None else with_colon(verb_cue, colon_token[0])
        person = _one_person_in(tokens) if subject is not None and not can_speak(subject) else None
        if person is not None:
            # "Eine dauerhafte Subvention schloss Hauser allerdings aus: „…“": the object opens the clause and
            # the parse took it for the subject; the one person the clause names speaks, by their name alone
            return Attribution(verb_cue, _name_run(person), strength=Strength.INTRODUCED)
        if subject is not None and start <= subject.idx < colon:
            return Attribution(
                verb_cue,
                mention_of(subject, outside),
                strength=Strength.CUED if known else Strength.INTRODUCED,
            )
        source = impersonal_source(verb, outside)
        if source is not None:
            return Attribution(colon_cue, mention_of(source, outside), strength=Strength.INTRODUCED)
        nominal = first_nominal(tokens, outside)
        mention = None if nominal is None else phrase_around(nominal, outside)
        return Attribution(colon_cue, mention, strength=Strength.INTRODUCED)
    return Attribution(colon_cue, headline_name(tokens), strength=Strength.INTRODUCED)


def _name_after_dash(tokens: Sequence[Token]) -> CharSpan | None:
    """A short name with no verb between the last dash of a clause's `tokens` and its colon (`headline_name`), or
    None."""
    dash = next(
        (k for k in range(len(tokens) - 1, -1, -1) if token_text(tokens[k]) in german().clause_dashes), None
    )
    if dash is None or dash == 0:
        return None
    tail = tokens[dash + 1 :]
    if not tail or any(token_pos(t) in {"VERB", "AUX"} for t in tail):
        return None
    return headline_name(tail)


def _one_person_in(tokens: Sequence[Token]) -> Token | None:
    """The one person a clause names by a name the recogniser or the text vouches for, else None."""
    people = [t for t in tokens if token_pos(t) == "PROPN" and is_person_name(t)]
    return people[0] if len(people) == 1 else None


def _name_run(token: Token) -> CharSpan | None:
    """The characters of the run of proper nouns around `token` ("Theresia Hauser")."""
    doc = token.doc
    first, last = token.i, token.i
    while first > 0 and pos_at(doc, first - 1) == "PROPN":
        first -= 1
    while last + 1 < len(doc) and pos_at(doc, last + 1) == "PROPN":
        last += 1
    return span_of_tokens(doc, [first, last])


def _outermost(doc: Doc, cues: list[CueMatch]) -> list[CueMatch]:
    """The cues no other cue before the colon governs: in "Er glaubt, dass das Team gestärkt
    hervorgegangen sei: „…“" the colon goes on with what "glaubt" says, not with "hervorgegangen"."""
    heads = {c.head for c in cues}
    return [
        c
        for c in cues
        if _own_main_clause(doc[c.head]) or not any(a.i in heads for a in doc[c.head].ancestors)
    ]


def _own_main_clause(verb: Token) -> bool:
    """ "X wies die Behauptung zurück, die Sprecherin Y erklärte: „…“": a verb joined to another as a
    conjunct or beside it, with a subject of its own, makes a main clause of its own that the colon goes on with."""
    joined = labels.is_conjunct(verb) or labels.is_parataxis(verb)
    return (
        joined and is_finite(verb) and any(labels.is_subject(c) and is_speaker_like(c) for c in verb.children)
    )


def clause_start(text: str, colon: int, floor: int) -> int:
    """Where the sentence that ends in the colon at `colon` starts: after ". ", "! ", "? ", a quotation
    that ends a sentence (".“ ", "!« "), a line break, or a bracket still open at the colon ("…
    unterstützen (Fraktionschef Thomas Hug: «…»)": the words in brackets introduce the quotation)."""
    closing = german().closing_marks
    index = colon - 1
    closed = 0  # brackets closed between here and the colon
    while index > floor:
        char = text[index]
        if char in PARAGRAPH_BREAKS:
            return index + 1
        if char == ")" and _closes_quotation(text, index, floor):
            # A reaction list: "X („…“), Y („…“) und Z: „…“": the colon introduces only the item after
            # the last quotation in brackets.
            return index + 1
        if char == ")":
            closed += 1
        elif char == "(":
            if not closed:
                return index + 1
            closed -= 1
        after = index + 1
        while after < colon and text[after] in closing:
            after += 1
        if char in ".!?" and text[after : after + 1].isspace() and not text[index - 1 : index].isdigit():
            return after
        index -= 1
    return floor


def _closes_quotation(text: str, close: int, floor: int) -> bool:
    """Whether the bracket closing at `close` holds a quotation and nothing else: "(„…“)"."""
    inner_end = len(text[:close].rstrip())
    if inner_end == 0 or text[inner_end - 1] not in german().closing_marks:
        return False
    opening = text.rfind("(", floor, close)
    return opening >= 0 and text[opening + 1 : opening + 2] in german().opening_marks


def _colon_cue(cues: Sequence[CueMatch], colon: int) -> CueMatch | None:
    return next((c for c in cues if c.kind is CueKind.COLON and c.start == colon), None)


def _cue_of(cues: Sequence[CueMatch], verb: Token) -> CueMatch:
    """The cue found for `verb`, with the words that complete it ("sprach … von"), else one of the verb alone."""
    return next((c for c in cues if c.kind is CueKind.VERB and c.head == verb.i), None) or synthetic_cue(verb)


def fragment_in_clause(
    doc: Doc,
    cues: Sequence[CueMatch],
    sentence: SpacySpan,
    quote: Sequence[Token],
    outside: list[CharSpan],
) -> Attribution:
    """A fragment in mid-sentence: the speech or naming verb whose clause holds it, or a source cue.

    "Ströbele sprach von einer „gezielten Indiskredition“", "Wiefelspütz nannte den Bericht eine
    „Zeitungsente“": the verb governs the marked words, which are then quoted (strength 3). A marked
    name that is the verb's subject ("„BBC News“ berichtet") is no quotation.
    """
    inside = {t.i for t in quote}
    # (the parse may make the marked words the sentence's root: "X nannte die Suspendierung „völlig überzogen“"
    # with "nannte" hung on "überzogen")
    roots = [t for t in quote if t.head.i not in inside or t.head.i == t.i]
    if not roots:
        return NOTHING
    root = roots[0]
    verb = _governing_verb(root, inside)
    # (after "als" the marked words are a predicate, no subject, whatever the parse says)
    # (nor after a "von" after the verb: "sprach von «einer der schwierigsten Entscheidungen»" with "einer" parsed
    # the subject; "Moritz Wohlrab von der „Aktion …“ sagte" is part of it)
    # (nor after the verb where a subject of its own stands before the marks and an article or lower case opens
    # the phrase: "Trainer Ralf Dammeier lobte die „unglaubliche Moral“" with "Moral" parsed a second subject; not a
    # name alone, "Der Jahresbericht nennt „Twitter“ in Syrien")
    # (nor a name a verb of naming gives: "hiess sie nur «die Gämse»")
    phrase = (token_text(quote[0])[:1].islower() or _article_before(doc, quote[0].i)) and not _names_by_verb(
        verb
    )
    predicate_word = _predicate_word_before(doc, quote[0].i) is not None
    introduced = _introduced(doc, quote[0].i)
    predicate = predicate_word or (
        verb is not None
        and verb.i < quote[0].i
        # (not in a Konjunktiv clause, a report whose fragment the reported stage gives its speaker: "habe ihr das
        # Komitee «nicht einmal die Hälfte» angeboten")
        and (introduced or (phrase and _subject_before(verb, inside) and not _in_a_report(verb)))
    )
    if verb is not None and labels.is_subject(root) and root.head.i == verb.i and not predicate:
        return NOTHING
    # (an object the parse gives a verb with its auxiliary is no subject: "hatte ihr eine »Stimme wie ein
    # Bergbach« attestiert"; a bare participle names, "im Ort »das Schwammerl« genannt", and so does "nennen"
    # with its second object, a nickname: "den die Fans «den Zauberer» genannt haben")
    # (and only a judgement an article opens, not a name a possessive does: "ihr Label «Swiss made» halten kann")
    object_before = (
        verb is not None
        and predicate_word
        and labels.is_object(root)
        and root.head.i == verb.i
        and any(labels.is_auxiliary(child) for child in verb.children)
        and not _names_by_verb(verb)
        # (not in a clause in the Konjunktiv: "Die beiden hätten Anlegern eine „…“ versprochen" is a report's,
        # whose speaker the reported stage gives its fragment)
        and not _in_a_report(verb)
    )
    if verb is not None and quote[0].i < verb.i and not introduced and not object_before:
        # Marked words before their verb without "als"/"von" before them are its subject or part of
        # it ("Wie „heise online“ berichtet", "Die Organisation „Reporter ohne Grenzen“ weist darauf hin").
        return NOTHING
    for cue in cues_in(cues, sentence.start_char, sentence.end_char, frozenset({CueKind.VERB})):
        head = doc[cue.head]
        if not any(i in inside for i in cue.tokens) and verb is not None and head.i == verb.i:
            mention = speaker_of_cue(doc, cue, outside) or subject_around(doc, sentence, head, outside)
            # (a verb whose preposition takes the words used names as "nennen" does: "antwortete mit „Nein“")
            names_words = cue.lemma in german().naming_verbs or cue.lemma in german().naming_prepositions
            return Attribution(cue, mention, strength=Strength.NAMED if names_words else Strength.GOVERNED)
    if verb is not None and _names_only_in_own_clause(doc, verb, quote[0].i):
        verb = None  # "… gesehen, das sei „keine Identifizierung“": the marks are in a clause of their own
    if verb is not None and (_lemma(verb) in german().naming_verbs or _judges(verb, inside, outside)):
        subject = clause_subject(verb, outside)
        mention = None if subject is None or subject.i in inside else mention_of(subject, outside)
        return Attribution(_cue_of(cues, verb), mention, strength=Strength.NAMED)
    naming = _naming_verb_before(doc, sentence, quote[0].i, outside) or _naming_verb_after(
        doc, sentence, quote, outside
    )
    if naming is not None:
        # A verb of naming makes even one marked word a quotation; a verb of saying governs a fragment
        # ("erklärte der neue „Oberste Rat …“" names who speaks).
        named = any(lemma in german().naming_verbs for lemma in lemma_candidates(naming))
        return Attribution(
            _cue_of(cues, naming),
            subject_around(doc, sentence, naming, outside),
            strength=Strength.NAMED if named else Strength.GOVERNED,
        )
    # A source cue for the whole sentence ("laut Gall", "nach Angaben des Leiters") names the speaker
    # but does not make the marked words a quotation.
    for cue in cues_in(cues, sentence.start_char, sentence.end_char, SENTENCE_KINDS - {CueKind.VERB}):
        mention = cue_speaker(doc, cue, outside)
        if mention is not None:
            return Attribution(cue, mention, strength=Strength.GUESS)
    if verb is not None:
        subject = clause_subject(verb, outside)
        # Without a speech cue only a subject that can speak is taken for the speaker; not the subject of a
        # clause in the Konjunktiv ("Der Verein habe „so viel investiert wie nie“", "Sie sei ihm schwergefallen,
        # „…“"), which is part of what was said.
        reported = subject is not None and in_konjunktiv_clause(verb)
        if subject is not None and subject.i not in inside and can_speak(subject) and not reported:
            return Attribution(None, mention_of(subject, outside), strength=Strength.GUESS)
    return NOTHING


def _naming_verb_before(
    doc: Doc, sentence: SpacySpan, quote_start: int, outside: list[CharSpan]
) -> Token | None:
    """The nearest speech or naming verb before a fragment in its clause, by its form when the tagger
    missed it.

    Stop-gap taggers take "nannte" or "würdigte" for adjectives; the form still says what it is. Not
    found: a verb in brackets the quotation is not in ("(Wikinews berichtete)"), a verb beyond another
    full verb that holds the fragment ("wird … bewertet und gilt als „…“"), a verb with "man" beside it
    ("hielt man für einen „…“", "wie man sagt"): a term or a saying, not words of someone.
    """
    de = german()
    naming = de.naming_verbs
    verbs = de.speech_verbs
    brackets = 0  # brackets closed between the verb and the fragment, walking back from it
    for token in reversed(doc[sentence.start : quote_start]):
        # (a tokeniser may join a bracket to the next mark: "):")
        brackets += sum(char in _CLOSING_BRACKETS for char in token_text(token))
        brackets = max(0, brackets - sum(char in _OPENING_BRACKETS for char in token_text(token)))
        if token_pos(token) in VERB_POS and _names_only_in_own_clause(doc, token, quote_start):
            continue
        if (
            brackets
            or is_inside(token, outside)
            or not token.is_alpha
            or not token_text(token)[:1].islower()
            or token_pos(token) in {"NOUN", "PROPN", "DET", "ADP"}
        ):
            continue
        if any(lemma in naming or lemma in verbs for lemma in lemma_candidates(token)):
            beside = doc[max(0, token.i - 1) : token.i + 2]
            return None if any(token_lower(t) == de.impersonal_man for t in beside) else token
        if token_pos(token) == "VERB" and is_finite(token) and not is_subjunctive(token):
            # The fragment belongs to this verb's clause; a reported clause ("es stehe im Gegensatz zur
            # „…“") goes on with what the speech verb before it says.
            return None
    return None


def _names_only_in_own_clause(doc: Doc, verb: Token, quote_start: int) -> bool:
    """Whether `verb` only names ("sehen", "halten": no verb of saying) and a clause with a finite verb of its
    own opens after a comma between it and the marks ("… gesehen, das sei „…“"): it names nothing there."""
    if verb.i >= quote_start or any(lemma in german().speech_verbs for lemma in lemma_candidates(verb)):
        return False
    # (the last comma: a clause inserted between two commas leaves the marks in the verb's clause, "bezeichnete
    # die Worte, sollten sie gefallen sein, als „inakzeptabel“")
    comma = next((i for i in range(quote_start - 1, verb.i, -1) if text_at(doc, i) == ","), None)
    return comma is not None and any(
        pos_at(doc, i) in VERB_POS and (is_finite(doc[i]) or is_subjunctive(doc[i]))
        for i in range(comma + 1, quote_start)
    )


def _naming_verb_after(
    doc: Doc, sentence: SpacySpan, quote: Sequence[Token], outside: list[CharSpan]
) -> Token | None:
    """ "die … als „Meilensteine der Musikgeschichte“ bezeichnet werden", "der X als „Fest“ bezeichnete": a
    predicate in marks after "als" and a verb of naming after it that ends the clause."""
    de = german()
    if _predicate_word_before(doc, quote[0].i) is None:
        return None
    for token in doc[quote[-1].i + 1 : sentence.end]:
        if is_inside(token, outside) or token.is_space:
            continue
        if token.is_punct:
            if token_text(token) in _CLAUSE_PUNCTUATION:
                return None
            continue
        if token_text(token)[:1].islower() and any(
            lemma in de.naming_verbs for lemma in lemma_candidates(token)
        ):
            return token
    return None


def _word_before(doc: Doc, first: int, skipped: frozenset[str] = frozenset()) -> int:
    """The word before the marked words from token `first` on, past the opening mark and words of the classes
    `skipped`; -1 where none is."""
    index = first - 1
    while index >= 0 and (doc[index].is_punct or pos_at(doc, index) in skipped):
        index -= 1
    return index


def _predicate_word_before(doc: Doc, first: int) -> Token | None:
    """ "als", "eine" right before the marks (past the opening mark): the marked words are a predicate."""
    index = _word_before(doc, first)
    return doc[index] if index >= 0 and lower_at(doc, index) in german().predicate_words else None


def _introduced(doc: Doc, first: int) -> bool:
    """Whether a preposition that introduces a quoted judgement stands before the marked words.

    "Als „verpasste Chance“ beurteilte …", "Von einem „schweren Eingriff“ spricht …".
    """
    index = _word_before(doc, first, _ARTICLES_AND_ADJECTIVES)
    return index >= 0 and lower_at(doc, index) in german().quote_prepositions


def _in_a_report(verb: Token) -> bool:
    """Whether `verb` stands in a Konjunktiv clause (`in_konjunktiv_clause`), not being itself a finite verb in the
    indicative ("antwortet er …" after "ob er … probiert habe" keeps its own mood)."""
    if is_finite(verb) and not is_subjunctive(verb):
        return False
    return in_konjunktiv_clause(verb)


def _names_by_verb(verb: Token | None) -> bool:
    """Whether `verb` gives a name rather than a judgement: "heißen", "lauten", "nennen" ("hiess sie nur «die
    Gämse»", "den die Fans «den Zauberer» nennen"); the candidates hold the verb's own form too."""
    if verb is None:
        return False
    de = german()
    return any(lemma == de.nennen or lemma in de.title_copulas for lemma in lemma_candidates(verb))


def _article_before(doc: Doc, first: int) -> bool:
    """Whether an article stands right before the marked words from token `first` on (past the opening mark and
    adjectives: "mit einem knappen «Zweimal»")."""
    index = _word_before(doc, first, _ADJECTIVES)
    return index >= 0 and pos_at(doc, index) == "DET"


def _subject_before(verb: Token, inside: set[int]) -> bool:
    """Whether `verb` has a subject before the marked words (token indices `inside`), outside them: before the
    verb or after it in an inverted clause ("antwortet er mit einem knappen «Zweimal»")."""
    first = min(inside)
    return any(labels.is_subject(child) and child.i < first for child in verb.children)


# Word classes passed over between the marks and the word before them that says what they are.
_ADJECTIVES = frozenset({"ADJ"})
_ARTICLES_AND_ADJECTIVES = frozenset({"DET", "ADJ"})


def _lemma(token: Token) -> str:
    return (token.lemma_ or token_text(token)).lower()


def _judges(verb: Token, inside: set[int], outside: list[CharSpan]) -> bool:
    """ "Heidrun Paschke fand den Abend „mutig, aber zu laut“": a verb of judging (`verdict_verbs`, "finden") names as
    "nannte" does where it is finite, judges a thing of its own outside the marks and has a subject outside them
    that can speak and is not "ich" (not "Dort waren 50 Themen zu finden, darunter „…“")."""
    # (not in the Konjunktiv: "hatte gesagt, er finde die Nummer „…“" is inside a report whose cue is "gesagt")
    if _lemma(verb) not in german().verdict_verbs or not is_finite(verb) or is_subjunctive(verb):
        return False
    subject = clause_subject(verb, outside)
    # (what it judges: a noun or pronoun of its own beside the subject, however the parse labels it: "fand die
    # Aufregung «übertrieben»" with two subjects)
    if not any(
        token_pos(c) in {"NOUN", "PROPN", "PRON"} and c.i not in inside and c is not subject
        for c in verb.children
    ):
        return False
    return (
        subject is not None
        and subject.i not in inside
        and can_speak(subject)
        and token_lower(subject) not in german().first_person_pronouns
    )


def _governing_verb(root: Token, inside: set[int]) -> Token | None:
    """The first verb above the marked words' root, outside them."""
    current = root.head
    for _ in range(6):
        if current.i in inside:
            return None
        if token_pos(current) in VERB_POS:
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None
