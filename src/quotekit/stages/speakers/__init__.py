"""Stage 5: every quotation names its person: each speaker mention resolved to an entity of the text.

`resolve_speakers` changes nothing; the component stores its result on the doc. One pass builds the text's
entities (`resolver`, over `entities` and `referents`); each quotation's mention is looked up there. A
quotation without a mention of its own takes, in this order, the "Name:" that opens its paragraph (an
interview answer), the speaker before it where the text goes on with that speaker (`chains`), or the one
person the text is about where it stands (the subject of the sentence before it, well ahead of anyone else);
else it keeps no speaker. A statement with no owner ("hieß es in einer Mitteilung", `documents`) is treated
as no attribution, and a mention inside someone's reported speech is no speaker of the quotation after it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs
import regex
from attrs import evolve

from quotekit.lang.de.names import is_organisation_noun, is_press_role
from quotekit.lang.de.words import german
from quotekit.records import MARKS_KEY, CharSpan, CueKind, CueMatch, QuoteRecord
from quotekit.stages.cues import particle_of, particle_verb_lemma
from quotekit.stages.speakers.chains import continues, paragraph_prefix
from quotekit.stages.speakers.documents import (
    issuer_in_relative_clause,
    issuer_named_later,
    issues,
    names_only_a_document,
    organisation_named_before,
    owner_of_earlier_document,
    owner_of_earlier_statement,
    owner_of_pointed_document,
    same_document,
)
from quotekit.stages.speakers.entities import PERSON
from quotekit.stages.speakers.headlines import in_headline, opening_lines
from quotekit.stages.speakers.pointed_back import said_by_pointer_after
from quotekit.stages.speakers.pointers import pointed_source
from quotekit.stages.speakers.referents import is_article
from quotekit.stages.speakers.resolver import QuotedIndex, Resolution, Resolver, build_resolver
from quotekit.syntax import labels
from quotekit.syntax.docindex import text_of, token_lower, token_pos
from quotekit.syntax.phrases import mention_of
from quotekit.syntax.positions import subject_of_previous_sentence
from quotekit.syntax.prefixes import ASKS, prefix_role
from quotekit.syntax.spans import has_paragraph_break, sentence_of, sentences
from quotekit.syntax.verbs import has_subjunctive_form

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

    from quotekit.stages.speakers.entities import Entity

__all__ = ["resolve_speakers"]

# A headline quotation is found again further on by its words when it has at least this many.
_MIN_HEADLINE_WORDS = 3
# The share of a headline quotation's words a later quotation must hold to be the one it shortens.
_SHORTENED_SHARE = 0.8
# The letters a headline's fragment of a word or two needs to be found again inside a longer quotation.
_MIN_FRAGMENT_LETTERS = 6
# The sentences of the lead a headline quotation's speaker may be the subject of.
_LEAD_SENTENCES = 2
_WORD = regex.compile(r"\w+")
# What may stand between two words of a headline quotation where the body says it again: up to three words,
# no end of a sentence
_INSERTED_WORDS = r"[^\w.!?]+(?:\w+[^\w.!?]+){0,3}?"


def _prefix_mention(text: str, resolver: Resolver, quote: QuoteRecord) -> CharSpan | None:
    """ "Malou: Am Anfang schon. Man hat mir geraten, …": an interview answer or a list entry names its
    speaker before a colon at the start of its paragraph, when that names someone the text knows."""
    prefix = paragraph_prefix(text, quote.start)
    return prefix if prefix is not None and resolver.entity_of(*prefix) is not None else None


def _continued(doc: Doc, quotes: Sequence[QuoteRecord]) -> list[tuple[int, CharSpan]]:
    """The reported quotations whose speaker's mention comes before their own sentence (Konjunktiv
    sentences going on with a statement), each with that mention."""
    found = []
    for quote in quotes:
        if quote.kind == "direct" or quote.mention is None:
            continue
        first = doc.char_span(quote.start, quote.start + 1, alignment_mode="expand")
        if first is not None and len(first) and quote.mention[1] <= sentence_of(first[0]).start_char:
            found.append((quote.start, quote.mention))
    return found


def _name_in_marks(doc: Doc, opening: int, mentions: Sequence[CharSpan]) -> bool:
    """Whether a speaker's mention opens with the marks whose words start at character `opening`, with only an
    article or adjectives before them ("der neue „Oberste Rat …“", "Die „Kampagne für ein Freies Tibet“"; not "dem
    Busunternehmen „Hinhaltetaktik“")."""
    for start, end in mentions:
        if not start <= opening < end:
            continue
        before = doc.char_span(start, opening, alignment_mode="expand") if start < opening else None
        if before is None or all(t.is_punct or is_article(t) or token_pos(t) == "ADJ" for t in before):
            return True
    return False


def resolve_speakers(doc: Doc, quotes: Sequence[QuoteRecord]) -> list[QuoteRecord]:
    """Quotes with `speaker` set to their entity's label where the text allows. Changes nothing.

    A person's label is their fullest name in the text ("Jens Stoltenberg" for "er", "der NATO-Chef"); a
    person never named keeps their first description ("eine Anwohnerin"); an organisation its name with
    `is_organization`. A mention that resolves to no one keeps its words and no name.
    """
    ordered = sorted(quotes, key=lambda q: q.start)
    if not ordered:
        return ordered
    ordered = _without_mentions_in_reports(doc, ordered)
    # "…, heißt es darin": the owner of the document the sentence before names is the source
    ordered = [
        quote if (owner := owner_of_pointed_document(doc, quote)) is None else evolve(quote, mention=owner)
        for quote in ordered
    ]
    # Words in marks are the speaker's, not the narrator's: every quotation, and speech in marks inside a
    # reported one ("die Länder würden „wie Bittsteller behandelt“").
    quoted = [part for quote in ordered if quote.kind == "direct" for part in quote.parts]
    reported_parts = [part for quote in ordered if quote.kind != "direct" for part in quote.parts]
    # (the parts, not the whole extent: a name in marks in the frame is the source's, "laut „Computerwoche“")
    reported = QuotedIndex(reported_parts)
    mentions = [quote.mention for quote in ordered if quote.mention is not None]
    # (not marks that a speaker's mention opens with, after an article or adjective at most: they hold a name,
    # "erklärte der „Oberste Rat zur Wiederherstellung der Demokratie“, …")
    quoted += [
        (m["start"], m["end"])
        for m in doc.user_data.get(MARKS_KEY, [])
        if (m["is_speech"] or reported.contains(m["start"])) and not _name_in_marks(doc, m["start"], mentions)
    ]
    # "Demnach …": the source a pointer stands for is read as a mention of its own.
    pointed = {
        quote.mention: source
        for quote in ordered
        if quote.mention is not None and (source := pointed_source(doc, quote, quote.mention)) is not None
    }
    # "… heißt es in dem Bericht": a document named again by its noun stands for whoever issued it before.
    for quote in ordered:
        if quote.mention is not None and quote.mention not in pointed:
            owner = (
                issuer_in_relative_clause(doc, quote.mention)
                or owner_of_earlier_document(doc, quote.mention)
                or owner_of_earlier_statement(doc, quote.mention, ordered)
            )
            if owner is not None:
                pointed[quote.mention] = owner
    mentions += pointed.values()
    # A quotation whose only source is an ownerless document ("hieß es in einer Mitteilung") is said by
    # whoever the text is about there, like one without any attribution.
    documents = {
        q.mention
        for q in ordered
        if q.mention is not None and q.mention not in pointed and names_only_a_document(doc, q)
    }
    # A known report with no owner ("heißt es in dem Bericht") is the source found for it before, if any; not
    # the organisation in view, which may be what it reports on.
    reports = {
        q.mention
        for q in ordered
        if q.mention is not None
        and q.mention not in pointed
        and q.mention not in documents
        and names_only_a_document(doc, q, reports=True)
    }
    documents |= reports
    orphans = [quote.start for quote in ordered if quote.mention is None or quote.mention in documents]
    continued = _continued(doc, ordered)
    resolver = build_resolver(doc, quoted, mentions, orphans, reported_parts, continued)
    going_on = {start for start, _ in continued}
    text = text_of(doc)
    openings = opening_lines(text)
    resolved: list[QuoteRecord] = []
    sentence_index = _Sentences.of(doc)  # (for the few quotations that look at the sentence before theirs)
    previous: QuoteRecord | None = None
    answered: QuoteRecord | None = None  # the last Konjunktiv answer given to whom a question turned to
    for quote in ordered:
        record = quote
        mention = quote.mention if quote.mention is not None else _prefix_mention(text, resolver, quote)
        if mention is not None and mention in documents:
            earlier = _same_document_before(doc, resolved, mention)
            if previous is not None and previous.mention == mention:
                record = _as_said_by(quote, previous)  # the Konjunktiv sentences that go on with it
            elif earlier is not None:
                # "Laut dem … Prüfbericht …" … "heißt es in dem Bericht": the source found for it before
                record = evolve(
                    quote,
                    mention=mention,
                    speaker=earlier.speaker,
                    is_organization=earlier.is_organization,
                    gender=earlier.gender,
                )
            else:
                in_view = None if mention in reports else resolver.person_in_view(quote.start)
                # (a report's issuer only where the sentence before issues something: "Der Landesrechnungshof
                # stellt der Gemeinde ein vernichtendes Zeugnis aus. Laut dem … Prüfbericht …"; the organisation
                # in view may be what it reports on)
                subject = _subject_before(sentence_index, resolver, quote, issuing=mention in reports)
                # ("Die Tierrechtsgruppe Animalia Ost nahm den Ausbruch zum Anlass für Kritik. «…», heisst es in
                # einer Mitteilung": an organisation that is the subject right before issued it, whoever else is
                # in view)
                found: Resolution | None = subject
                if not (subject is not None and subject.is_organization and mention not in reports):
                    found = in_view[0] if in_view is not None else subject
                # (not a report: the organisation quoted before may be what it reports on)
                # (a report only after "Demnach …", which drew on the same organisation's document: "Der
                # Landesrechnungshof hatte gewarnt. Demnach wachsen … . …, heißt es in dem Bericht")
                said_before = (
                    _organisation_said_before(doc, sentence_index, previous, quote)
                    if found is None and (mention not in reports or _drawn_from_document(previous))
                    else None
                )
                if said_before is not None:
                    # ("Nach Angaben der Stadtverwaltung waren … abrufbar. Betroffen seien …, hieß es in einer
                    # Mitteilung": the organisation the sentence before quoted goes on in its statement)
                    record = evolve(_as_said_by(quote, said_before), mention=mention)
                else:
                    if found is None or _is_press(found):
                        found = resolver.resolve(*mention)
                    record = _with_speaker(quote, mention, found)
        elif mention is not None and quote.start in going_on and quote.cue is None and mention not in pointed:
            record = _going_on(resolver, quote, previous, answered)
            answered = record if record.mention != quote.mention else None
        elif mention is not None:
            record = _with_speaker(quote, mention, resolver.resolve(*pointed.get(mention, mention)))
        elif previous is not None and continues(text, resolver, previous, quote):
            record = _as_said_by(quote, previous)
        elif (
            not any(in_headline(line, quote) for line in openings)
            and (in_view := resolver.person_in_view(quote.start)) is not None
        ):
            # (a headline has no person in view yet: its quotation is said where the text quotes it again)
            found, mention = in_view
            record = _with_speaker(quote, mention, found)
        if (
            record.speaker is None
            and _issuer_left_open(doc, quote.mention, documents, reports)
            and (k := sentence_index.index_at(quote.start)) > 0
        ):
            # "…, hieß es in einem Bericht" with no one found: the organisation named right before issued it
            named = organisation_named_before(doc, sentence_index.spans[k - 1], quote, resolver)
            if named is not None:
                # (the document stays the mention: the words that say where it was said)
                mention, found = named
                record = _with_speaker(quote, quote.mention or mention, found)
        resolved.append(record)
        # (a quotation inside the one before, "Eine Kollegin hat mir gesagt: «…»" in an answer, is no
        # speaker for the quotations after that one)
        nested = (
            previous is not None
            and previous.kind == "direct"
            and previous.start <= record.start
            and record.end <= previous.end
        )
        if record.mention is not None and not nested and not _asked(text, record):
            previous = record
    resolved = [_issued_later(doc, resolver, record) for record in resolved]
    resolved = said_by_pointer_after(text, resolved)
    resolved = _addressed_in_questions(text, resolved)
    resolved = _nested_reports(doc, sentence_index, resolved, resolver)
    headed = _headlines(text, openings, resolver, _fragments_of_reports(resolved))
    # (the headings after the headline and its teaser, where there is a headline)
    subheads = resolver.headings[1:] if openings else resolver.headings
    return _quoted_subheads(text, subheads, resolver, headed)


@attrs.frozen
class _Sentences:
    """The text's sentences (`sentences`) and their first characters, found once: which sentence holds a
    character."""

    spans: list[SpacySpan]
    starts: list[int]

    @classmethod
    def of(cls, doc: Doc) -> _Sentences:
        spans = sentences(doc)
        return cls(spans, [sent.start_char for sent in spans])

    def index_at(self, char: int) -> int:
        """The index of the sentence that holds character `char` (-1 before the first)."""
        return bisect_right(self.starts, char) - 1


def _nested_reports(
    doc: Doc, sentence_index: _Sentences, records: list[QuoteRecord], resolver: Resolver
) -> list[QuoteRecord]:
    """ "«Wir sind froh um jede Person»", sagte Schulleiterin Mirjam Flückiger. Zwei pensionierte Lehrerinnen
    hätten sich bereit erklärt, nochmals ein Jahr zu unterrichten.": a cue in the Konjunktiv right after someone's
    statement, in the same paragraph, is part of what that one reports; the reporter is the source. So is the
    person the sentence before names as its subject where no statement comes before ("Die Betriebsrätin Monika
    Frey reagierte empört. Die Belegschaft habe erst aus der Presse davon erfahren, …")."""
    result = list(records)
    sents = sentence_index.spans
    text = text_of(doc)
    nested: dict[CharSpan, QuoteRecord] = {}  # the mention of a nested report -> its reporter's quotation
    for k in range(len(result)):
        record = result[k]
        before = result[k - 1] if k > 0 else None
        if record.cue is None and record.mention is not None and record.mention in nested:
            # ("Drei Stellen seien mit Studierenden besetzt worden." goes on with the report, not the teachers; the
            # words it went back to stay its mention)
            result[k] = evolve(_as_said_by(record, nested[record.mention]), mention=record.mention)
            continue
        # (not words in marks a reported frame brings in: "Ihr Sohn habe sie gefragt: „Mama, …?“" are the son's)
        if record.kind == "direct" or record.cue is None or record.cue.kind is not CueKind.VERB:
            continue
        s = sentence_index.index_at(record.start)
        if s <= 0 or not _cue_in_konjunktiv(doc, record.cue, sents[s]):
            continue
        if has_paragraph_break(text[sents[s - 1].end_char : sents[s].start_char]):
            continue
        # (the statement before ends in the sentence right before this one)
        right_before = before is not None and sents[s - 1].start_char <= before.end <= sents[s].start_char + 1
        # (after a narrated sentence, a person who speaks in the cue says it themselves: "Ihr Sprecher wies den
        # Vorwurf zurück. Die Oberbürgermeisterin habe von Anfang an gesagt, dass …"; a group or a body there is
        # what the reporter tells of: "Die Belegschaft habe erst aus der Presse davon erfahren")
        if right_before:
            reporter = before
        elif record.speaker is not None and record.gender is not None:
            reporter = None
        else:
            reporter = _narrated_reporter(doc, sentence_index, resolver, record)
        if reporter is None or reporter.speaker is None or record.speaker == reporter.speaker:
            continue
        if record.mention is not None:
            nested[record.mention] = reporter
        result[k] = _as_said_by(record, reporter)
    return result


def _cue_in_konjunktiv(doc: Doc, cue: CueMatch, sent: SpacySpan) -> bool:
    """Whether a verb cue's own verb or auxiliary, in the sentence, is in the Konjunktiv (not the clause it
    reports: "Das sei offen, antwortete er")."""
    span = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    verb = span.root if span is not None else None
    if verb is None or not sent.start <= verb.i < sent.end:
        return False
    own = [verb, *(t for t in verb.children if labels.is_auxiliary(t))]
    if verb.tag_ == labels.PARTICIPLE_TAG and token_pos(verb.head) == "AUX":
        own.append(verb.head)  # (TIGER hangs the participle on its auxiliary)
    return has_subjunctive_form(own)


def _narrated_reporter(
    doc: Doc, sentence_index: _Sentences, resolver: Resolver, record: QuoteRecord
) -> QuoteRecord | None:
    """The named person who is the subject of the narrated sentence right before a cue in the Konjunktiv, in
    its paragraph, as the source of a quotation; None where that sentence has none or names someone else's
    words."""
    sents, k = sentence_index.spans, sentence_index.index_at(record.start)
    # (only a sentence in which they speak or react: "Hermine Rauscher öffnete. Bei ihr seien Ziegel locker, hätten
    # die Männer gesagt" reports what the men said, not her account)
    de = german()
    saying = de.reaction_verbs | de.speech_verbs
    if not any(
        token_pos(t) == "VERB"
        and (t.lemma_.lower() in saying or particle_verb_lemma(t, particle_of(t)) in saying)
        for t in sents[k - 1]
    ):
        return None
    subject = subject_of_previous_sentence(sents, k) or _named_subject(sents[k - 1], resolver)
    if subject is None:
        return None
    found = resolver.resolve(*subject)
    if found.name is None or found.is_organization:
        return None
    return _with_speaker(record, subject, found)


def _issued_later(doc: Doc, resolver: Resolver, record: QuoteRecord) -> QuoteRecord:
    """ "Laut Anklage …" with no prosecution named before: its issuer where the text names it later."""
    if record.speaker is not None or record.mention is None:
        return record
    found = issuer_named_later(doc, resolver, record.mention)
    return record if found is None else _with_speaker(record, record.mention, found)


def _fragments_of_reports(records: list[QuoteRecord]) -> list[QuoteRecord]:
    """A fragment in marks inside a reported clause with the same cue is the reporting speaker's word ("In einer
    Mitteilung hatte der Klub geschrieben, man danke Teixeira «für seinen grossen Einsatz»"): it takes the
    clause's speaker, whatever words around the marks its own attribution took."""
    # (the reports by their cue's place: a fragment looks only at those of its own cue; one without a cue at
    # the Konjunktiv sentences without one, "Das sei «manchmal vorgekommen»" going on with the answer before)
    by_cue: dict[CharSpan | None, list[QuoteRecord]] = {}
    for r in records:
        if r.kind != "direct" and r.speaker is not None:
            by_cue.setdefault(None if r.cue is None else (r.cue.start, r.cue.end), []).append(r)
    if not by_cue:
        return records
    result = []
    for record in records:
        report = None
        if record.kind == "direct":
            key = None if record.cue is None else (record.cue.start, record.cue.end)
            report = next(
                (
                    r
                    for r in by_cue.get(key, ())
                    if r.cue == record.cue and r.start <= record.start and record.end <= r.end
                ),
                None,
            )
        result.append(record if report is None else _as_said_by(record, report))
    return result


# How far back a quotation from the same document may be (characters).
_DOCUMENT_REACH_CHARS = 1500


def _same_document_before(doc: Doc, resolved: Sequence[QuoteRecord], mention: CharSpan) -> QuoteRecord | None:
    """The last quotation before, not far back, whose source was the document this mention names again and
    whose speaker was found."""
    for record in reversed(resolved):
        if mention[0] - record.end > _DOCUMENT_REACH_CHARS:
            break
        if record.mention is None:
            continue
        if (
            record.speaker is not None
            and record.mention != mention
            and same_document(doc, record.mention, mention)
        ):
            return record
    return None


def _issuer_left_open(
    doc: Doc, mention: CharSpan | None, documents: set[CharSpan], reports: set[CharSpan]
) -> bool:
    """Whether a quotation's source leaves who issued it to the reader: none at all ("…, hieß es"), or an ownerless
    document named for the first time, by an indefinite article ("in einem Entwurf"). Not a known report ("in dem
    Bericht"), which may be about the organisation before it, nor a source of another kind ("Aus Paris hieß es")."""
    if mention is None:
        return True
    if mention not in documents:
        return False
    if mention not in reports:
        return True
    span = doc.char_span(*mention, alignment_mode="expand")
    return span is not None and len(span) > 0 and token_lower(span[0]) in german().indefinite_articles


def _is_press(found: Resolution) -> bool:
    """Whether a speaker is the news medium's own people ("Ein Bericht liegt der Redaktion vor"): they report
    documents, they do not issue them."""
    last = (found.name or "").rsplit(" ", 1)[-1].lower()
    return bool(last) and is_press_role(last)


def _addressed_in_questions(text: str, records: list[QuoteRecord]) -> list[QuoteRecord]:
    """ "Frage: Sie fordern, die Mehrwertsteuer … zu senken.": what an interviewer's paragraph puts to the guest by
    the polite pronoun is the guest's, whom the next answer gives."""
    polite = german().polite_pronouns
    result = list(records)
    for k, record in enumerate(records):
        mention = record.mention
        if record.speaker is not None or mention is None or not _asked(text, record):
            continue
        word = text[mention[0] : mention[1]]
        if not (word[:1].isupper() and word.lower() in polite):
            continue
        answer = next((r for r in records[k + 1 :] if r.speaker is not None and not _asked(text, r)), None)
        if answer is not None:
            # (the question's own "Sie" stays the mention: the words the text attributes it with)
            result[k] = evolve(
                record, speaker=answer.speaker, is_organization=answer.is_organization, gender=answer.gender
            )
    return result


def _asked(text: str, quote: QuoteRecord) -> bool:
    """Whether a quotation stands in an interviewer's paragraph ("Frage: Herr Hoang, Ihr Verband sagt, …"):
    whom the question quotes is no speaker for the answers after it."""
    return prefix_role(text, paragraph_prefix(text, quote.start)) == ASKS


def _organisation_said_before(
    doc: Doc, sentence_index: _Sentences, previous: QuoteRecord | None, quote: QuoteRecord
) -> QuoteRecord | None:
    """The quotation before an ownerless document's when an organisation said it in the sentence right before,
    in the same paragraph; else None."""
    if previous is None or not previous.is_organization or previous.speaker is None:
        return None
    sents, k = sentence_index.spans, sentence_index.index_at(quote.start)
    if k <= 0 or not (sents[k - 1].start_char <= previous.start < sents[k - 1].end_char):
        return None
    return None if has_paragraph_break(text_of(doc)[previous.end : quote.start]) else previous


def _drawn_from_document(record: QuoteRecord | None) -> bool:
    """Whether a quotation was drawn from the last source's document by a pointer ("Demnach …", "…, wonach …")."""
    return record is not None and record.cue is not None and record.cue.kind is CueKind.DEMNACH


def _subject_before(
    sentence_index: _Sentences, resolver: Resolver, quote: QuoteRecord, *, issuing: bool = False
) -> Resolution | None:
    """Who issued an ownerless document where no one is clearly in view: the subject of the sentence before
    the quotation's, when it resolves ("Das Bundesamt für Verkehr hat Kenntnis vom Vorfall. …, hiess es auf
    Anfrage")."""
    sents, k = sentence_index.spans, sentence_index.index_at(quote.start)
    if k == 0:
        return None
    # (or a subject the reading found someone in, whatever its tag: "Kranich Ventures wies das zurück" with the
    # name tagged as adjectives)
    subject = subject_of_previous_sentence(sents, k) or _named_subject(sents[k - 1], resolver)
    if subject is None:
        return None
    verbs = [t for t in sents[k - 1] if token_pos(t) == "VERB"]
    # (a report's issuer is the subject before that issues something, or that says something and is not what the
    # report's words speak of: "Der Bergsteigerbund fordert einen Stopp. …, heißt es in dem Bericht", but not "Die
    # Stadt teilte mit, … Die Stadt habe die Wartung vernachlässigt, heißt es in dem Bericht")
    says_only = issuing and not any(issues(t, saying=False) for t in verbs)
    # (the saying in the same paragraph: "Ulm. … streicht 300 Stellen, teilte das Unternehmen mit.¶¶Die Branche sei in
    # Gefahr, hieß es im Bericht" names no issuer)
    text = text_of(sents[k].doc)
    if says_only and (
        not any(issues(t) for t in verbs) or has_paragraph_break(text[sents[k - 1].end_char : quote.start])
    ):
        return None
    found = resolver.resolve(*subject)
    if says_only and found.name is not None and _named_in_words(found.name, text, quote):
        return None
    return found if found.name is not None else None


def _named_in_words(name: str, text: str, quote: QuoteRecord) -> bool:
    """Whether the last word of `name` stands in the quotation's words."""
    words = name.split()
    return bool(words) and any(words[-1] in text[start:end].split() for start, end in quote.parts)


def _named_subject(sent: SpacySpan, resolver: Resolver) -> CharSpan | None:
    """The subject of the sentence's root, by the parse's label alone, where the reading found a named entity in
    it; None otherwise."""
    subject = next((c for c in sent.root.children if labels.is_subject(c)), None)
    if subject is None:
        return None
    mention = mention_of(subject)
    return mention if resolver.resolve(*mention).name is not None else None


def _without_mentions_in_reports(doc: Doc, ordered: list[QuoteRecord]) -> list[QuoteRecord]:
    """A quotation without a cue whose mention (the subject of the sentence before it) stands inside reported
    speech loses it: "Bereits heute würden drei Klassen … unterrichtet. «Das können wir …»" goes on with
    whoever reports, not with the words reported. Not where the report's source is that subject ("Georg
    Ratzinger war nach eigenem Bekunden eingeweiht. „…“"), nor where the report asks about them."""
    # The reported parts, which never overlap one another, by start: which report holds an offset.
    parts = sorted(
        ((s, e, quote) for quote in ordered if quote.kind != "direct" for s, e in quote.parts),
        key=lambda p: p[0],
    )
    starts = [s for s, _, _ in parts]
    text = text_of(doc)
    result = []
    for quote in ordered:
        mention = quote.mention
        # (or only a colon: "Die 3,5 Prozent seien zu hoch angesetzt: „…“")
        bare = quote.cue is None or quote.cue.kind is CueKind.COLON
        k = bisect_right(starts, mention[0]) - 1 if bare and mention is not None else -1
        if mention is None or k < 0 or parts[k][1] <= mention[0] or parts[k][2] is quote:
            result.append(quote)
            continue
        source = parts[k][2].mention
        by_subject = source is not None and not german().own_source.isdisjoint(
            text[source[0] : source[1]].lower().split()
        )
        # (nor where the report is a reporter's question, whose person answers: "Ob er selbst zur Diskussion stehe,
        # wollte ein Reporter wissen. „…“")
        cue = parts[k][2].cue
        asked = (
            cue is not None
            and cue.lemma in german().question_verbs
            and source is not None
            and is_press_role(text[source[0] : source[1]])
        )
        result.append(quote if by_subject or asked else evolve(quote, mention=None))
    return result


def _going_on(
    resolver: Resolver, quote: QuoteRecord, previous: QuoteRecord | None, answered: QuoteRecord | None
) -> QuoteRecord:
    """A Konjunktiv sentence that goes on with an earlier statement: said by its speaker, unless that
    statement was a question and the narration turned to someone else since ("Ob er anfechte, wollte ein
    Reporter wissen. Der 36-Jährige lachte nur. Man werde sehen, …"): the answer, and the sentences that go
    on with it (`answered`), are theirs."""
    assert quote.mention is not None
    if answered is not None and previous is answered:
        return _as_said_by(quote, answered)
    found = None
    # ("fragte", and "Auf die Frage der Richterin, ob …, antwortete er …": a question by its noun)
    asked = german().question_verbs | german().question_nouns
    if previous is not None and previous.cue is not None and previous.cue.lemma.lower() in asked:
        found = resolver.last_subject_between(previous.end, quote.start)
    own = resolver.entity_of(*quote.mention)
    if found is not None and (own is None or resolver.resolution(found[1]) != resolver.resolution(own)):
        # the answer to a question is said by whom the narration turned to ("X schüttelte den Kopf")
        return _with_speaker(quote, found[0], resolver.resolution(found[1]))
    return _with_speaker(quote, quote.mention, resolver.resolve(*quote.mention))


def _with_speaker(quote: QuoteRecord, mention: CharSpan, found: Resolution) -> QuoteRecord:
    return evolve(
        quote, mention=mention, speaker=found.name, is_organization=found.is_organization, gender=found.gender
    )


def _as_said_by(quote: QuoteRecord, other: QuoteRecord) -> QuoteRecord:
    return evolve(
        quote,
        mention=other.mention,
        speaker=other.speaker,
        is_organization=other.is_organization,
        gender=other.gender,
    )


def _headlines(
    text: str, openings: list[CharSpan], resolver: Resolver, records: list[QuoteRecord]
) -> list[QuoteRecord]:
    """A quotation in the headline or the line under it (`opening_lines`) without a speaker takes the speaker
    of the place where the text quotes it again further on: a quotation there, or the "Name:" of its interview
    answer ("Hollmann: … Aber wir können nicht ewig auf Berlin warten."). So does one said there by a role
    alone ("Forscherin: „Wir dokumentieren ein Verschwinden“"), where the body quotes it again with a name."""
    starts = [record.start for record in records]
    result = list(records)
    lowered = text.lower()  # "Wir können …" in the headline, "Aber wir können …" in the answer
    teaser = _teaser(openings, resolver)
    for k, record in enumerate(records):
        line = next((span for span in openings if in_headline(span, record)), None)
        if line is None and teaser is not None and in_headline(teaser, record):
            # ("Die Jury spricht von einem «Film, der sich Zeit nimmt»." in the teaser: a body or a person it
            # describes, whom the body quotes again with a name)
            result[k] = _said_again_by_name(text, lowered, teaser, resolver, records, starts, k)
            continue
        if line is None:
            if openings and record.start >= (teaser or openings[-1])[1]:
                break
            continue
        # (a headline's "Mittelständler unter Druck: „…“" names no one; "Warnstreik bei Brennecke Logistik:
        # „…“" names the topic, which may hold an organisation, and the body says who said it)
        # (the line under it names no topic: "… – Elternforum: „Das ist ein Notbetrieb“" is the forum's word)
        topic = (
            record.speaker is not None
            and line == openings[0]
            and (record.is_organization or _clause_before_colon(text, record))
        )
        # ("„Das war ein Charaktersieg“: Talwil dreht das Derby": the name after the colon may be the club; the body
        # quotes the words again with the player who said them)
        colon_after = (
            record.cue is not None and record.cue.kind is CueKind.COLON and record.cue.start >= record.end
        )
        # (also a body by the word of its kind alone, "Die Jury spricht von einem «…»": the body quotes the words
        # again with the person who said them for it)
        described = record.speaker is not None and (
            _described_only(resolver, record) or colon_after or _kind_word_body(resolver, record)
        )
        if record.speaker is not None and not topic and not described:
            continue
        words = text[record.parts[0][0] : record.parts[0][1]].strip(" .!?")
        again = (
            _found_again(lowered, words.lower(), line[1]) if len(words.split()) >= _MIN_HEADLINE_WORDS else -1
        )
        if again < 0:
            # "„Niemand wird weniger bekommen“" over "„Niemand, der heute in Rente ist, wird … weniger bekommen“":
            # a headline shortens the quotation it repeats
            # (a body by its kind's word alone is no topic: "Opposition spricht von „Luftschloss“")
            shortened = None if topic and not described else _shortened_from(text, words, records[k + 1 :])
            if shortened is not None and not (
                (described and _described_only(resolver, shortened)) or (topic and shortened.is_organization)
            ):
                result[k] = _as_said_by(record, shortened)
            elif not topic and not described:
                result[k] = _said_by_lead(text, line, resolver, record)
            continue
        holder = _quoted_again(records, starts, k, again)
        if holder is not None and not (topic and holder.is_organization):
            if not (described and _described_only(resolver, holder)):
                result[k] = _as_said_by(record, holder)
        elif topic or described:
            continue
        elif (prefix := _answer_prefix(text, resolver, again)) is not None:
            result[k] = _with_speaker(record, prefix, resolver.resolve(*prefix))
        else:
            # (found again in words no one is quoted with, an interview's answer: the lead names who speaks)
            result[k] = _said_by_lead(text, line, resolver, record)
    return result


def _teaser(openings: list[CharSpan], resolver: Resolver) -> CharSpan | None:
    """The teaser: the paragraph after the opening lines that the first heading span takes in with the
    headline (`heading_spans`), or None."""
    if not openings or not resolver.headings:
        return None
    end = resolver.headings[0][1]
    return (openings[-1][1], end) if end > openings[-1][1] else None


def _said_again_by_name(
    text: str,
    lowered: str,
    teaser: CharSpan,
    resolver: Resolver,
    records: list[QuoteRecord],
    starts: list[int],
    k: int,
) -> QuoteRecord:
    """The `k`-th quotation, in the teaser, said by whoever the body quotes with the same words, where the teaser
    gives its speaker only by a description or a body's word of its kind and the body's speaker is named."""
    record = records[k]
    if record.speaker is None or not (_described_only(resolver, record) or _kind_word_body(resolver, record)):
        return record
    words = text[record.parts[0][0] : record.parts[0][1]].strip(" .!?")
    if len(words.split()) < _MIN_HEADLINE_WORDS:
        # ("Ihre Gegenkandidatin spricht von einem „Weckruf“": found again inside longer words)
        holder = _shortened_from(text, words, records[k + 1 :])
    else:
        again = lowered.find(words.lower(), teaser[1])
        holder = None if again < 0 else _quoted_again(records, starts, k, again)
    if holder is None or _described_only(resolver, holder) or _kind_word_body(resolver, holder):
        return record
    return _as_said_by(record, holder)


def _clause_before_colon(text: str, record: QuoteRecord) -> bool:
    """Whether a headline's words before the colon of its quotation go on past the speaker's mention ("Wolf reisst
    14 Schafe auf der Alp Furggli: «…»"): a clause about the topic, no "Name:" label of who said it."""
    cue = record.cue
    if record.mention is None or cue is None or ":" not in text[cue.start : record.start]:
        return False
    if cue.kind is CueKind.VERB:
        # (the verb before the colon is no verb of saying: "reisst 14 Schafe")
        return cue.lemma not in german().speech_verbs
    return cue.kind is CueKind.COLON and bool(text[record.mention[1] : cue.start].strip(" ,"))


def _quoted_again(records: list[QuoteRecord], starts: list[int], k: int, again: int) -> QuoteRecord | None:
    """The quotation after the `k`-th one (`starts`: the quotations' starts) that holds offset `again` and has a
    speaker: where the text quotes the words of the `k`-th again; None where none does."""
    holder = bisect_right(starts, again) - 1
    if holder > k and records[holder].end > again and records[holder].speaker is not None:
        return records[holder]
    return None


def _answer_prefix(text: str, resolver: Resolver, offset: int) -> CharSpan | None:
    """The "Name:" of the interview answer that holds `offset`, where it names someone the text knows; else None."""
    prefix = paragraph_prefix(text, offset)
    return prefix if prefix is not None and resolver.entity_of(*prefix) is not None else None


def _quoted_subheads(
    text: str, subheads: list[CharSpan], resolver: Resolver, records: list[QuoteRecord]
) -> list[QuoteRecord]:
    """A subhead that is a quotation alone ("„Ich provoziere nicht um der Provokation willen“" over "Vier Fragen
    an Bram Verheyen") is said by whoever the body quotes with the same words after it: in a quotation or an
    interview answer's "Name:". Whoever stood near it before (a photo credit, the speaker of the paragraph above)
    did not say it."""
    if not subheads:
        return records
    starts = [record.start for record in records]
    lowered = text.lower()
    marks = "".join(german().opening_marks) + "".join(german().closing_marks) + " \n\t"
    result = list(records)
    for head_start, head_end in subheads:
        k = bisect_right(starts, head_end) - 1
        if k < 0 or records[k].start < head_start or records[k].kind != "direct":
            continue
        record = records[k]
        words = text[record.start : record.end].strip(" .!?")
        # (the quotation is the whole subhead, or closes it after a party's or a body's label, or a role's that
        # names no one: "SVP: «Schlag ins Gesicht»" over "«Das ist ein Schlag ins Gesicht einer ganzen Region»,
        # sagte Kurt Stäubli (SVP)", "Busunternehmer: „Die Reifen waren neu“" over "…, sagt Kogler")
        whole = text[head_start:head_end].strip(marks) == text[record.start : record.end].strip(marks)
        labelled = (
            record.cue is not None
            and record.cue.kind is CueKind.COLON
            and (record.is_organization or _described_only(resolver, record))
            and not text[record.end : head_end].strip(marks)
        )
        if not (whole and record.cue is None) and not labelled:
            continue
        again = lowered.find(words.lower(), head_end) if len(words.split()) >= _MIN_HEADLINE_WORDS else -1
        if again < 0:
            # (in other order: "„Wir wollen 2027 Strom liefern“" over the answer "…, wollen wir 2027 Strom liefern")
            shortened = _shortened_from(text, words, records[k + 1 :])
            if shortened is not None:
                result[k] = _as_said_by(record, shortened)
            continue
        holder = _quoted_again(records, starts, k, again)
        if holder is not None:
            result[k] = _as_said_by(record, holder)
        elif (prefix := _answer_prefix(text, resolver, again)) is not None:
            result[k] = _with_speaker(record, prefix, resolver.resolve(*prefix))
    return result


def _described_only(resolver: Resolver, record: QuoteRecord) -> bool:
    """Whether the quotation's speaker is a person the text gives no name, only a description ("Forscherin")."""
    if record.mention is None:
        return False
    found = resolver.entity_of(*record.mention)
    entity = None if found is None else found.final
    return entity is not None and entity.kind == PERSON and entity.name is None and entity.speaks_for is None


def _kind_word_body(resolver: Resolver, record: QuoteRecord) -> bool:
    """Whether the quotation's speaker is an organisation the text names by the word of its kind alone ("die
    Jury", "die Opposition"), no name of its own."""
    if record.mention is None:
        return False
    found = resolver.entity_of(*record.mention)
    name = None if found is None else found.final.organisation_name
    return name is not None and " " not in name and is_organisation_noun(name)


def _said_by_lead(text: str, headline: CharSpan, resolver: Resolver, record: QuoteRecord) -> QuoteRecord:
    """The headline quotation said by the person the lead makes its subject (`_lead_subject`), else as it was."""
    lead = _lead_subject(text, headline, resolver, record)
    return record if lead is None else _with_speaker(record, lead[0], resolver.resolution(lead[1]))


def _found_again(lowered: str, words: str, start: int) -> int:
    """Where the body, from `start`, says a headline quotation's words again: as they stand, else in their order
    with a few words put in between ("«Ein Notfall rund um die Uhr ist nicht mehr finanzierbar»" over "Ein
    Notfall rund um die Uhr ist an diesem Standort nicht mehr finanzierbar"), within one sentence; -1 where
    it does not."""
    found = lowered.find(words, start)
    if found >= 0:
        return found
    pattern = _INSERTED_WORDS.join(regex.escape(word) for word in _WORD.findall(words))
    match = regex.compile(rf"\b{pattern}\b").search(lowered, start) if pattern else None
    return -1 if match is None else match.start()


def _shortened_from(text: str, words: str, later: list[QuoteRecord]) -> QuoteRecord | None:
    """The quotation with a speaker further on that holds nearly all the words of a headline's quotation
    (`_SHORTENED_SHARE` of them, or all of fewer than `_MIN_HEADLINE_WORDS`), the first where several do."""
    wanted = set(_WORD.findall(words.lower()))
    # ("Opposition spricht von „Luftschloss“" over "nannte den Beschluss „ein teures Luftschloss …“": a word or
    # two the body quotes again inside longer words; all of them, and more than a short word's letters)
    short = len(wanted) < _MIN_HEADLINE_WORDS
    if short and sum(map(len, wanted)) < _MIN_FRAGMENT_LETTERS:
        return None
    share = 1.0 if short else _SHORTENED_SHARE
    for record in later:
        if record.speaker is None or record.kind != "direct":
            continue
        found = set(_WORD.findall(text[record.start : record.end].lower()))
        if len(wanted & found) >= share * len(wanted):
            return record
    return None


def _lead_subject(
    text: str, headline: CharSpan, resolver: Resolver, record: QuoteRecord
) -> tuple[CharSpan, Entity] | None:
    """ "«Ich werde das Rathaus nicht vermissen, aber die Menschen»" over "Nach 16 Jahren tritt Stadtpräsident
    Kurt Hürlimann ab.": a headline that is nothing but a quotation the body does not quote again is said by the
    person the lead's first sentence is about, named there as its subject."""
    rest = text[headline[0] : headline[1]]
    for start, end in record.parts:
        rest = rest.replace(text[start:end], "", 1)
    if rest.strip(" " + "".join(german().opening_marks) + "".join(german().closing_marks) + ".!?"):
        return None
    lead = resolver.doc.char_span(headline[1], len(text), alignment_mode="expand")
    first = next((t for t in lead if not t.is_space), None) if lead is not None else None
    if first is None:
        return None
    # the lead's first sentence, or its second where the first makes no person its subject ("Im Oberen Baselbiet
    # nimmt kaum noch eine Praxis Patienten auf. Die Hausärztin Regula Hänggi-Sutter erklärt, warum.")
    sentence = sentence_of(first)
    for _ in range(_LEAD_SENTENCES):
        found = resolver.last_subject_between(sentence.start_char, sentence.end_char)
        if found is not None and found[1].kind == PERSON and found[1].name is not None:
            return found
        if sentence.end >= len(resolver.doc) or "\n" in text[sentence.start_char : sentence.end_char + 1]:
            return None  # (not past the lead's paragraph)
        sentence = sentence_of(resolver.doc[sentence.end])
    return None
