"""German word knowledge as one typed, frozen resource, loaded once: `german()`.

Open word lists (speech verbs, titles, first names, quotation-mark styles, …) are data files in
``quotekit/lang/de/data/``: one entry a line, ``#`` starts a comment, tab-separated columns where a
file has several. Closed classes (subordinators, articles, pronouns, …) are short and fixed, so they are
written here, each with the rule that uses it. No module outside ``quotekit.lang.de`` names a data file or
writes a German word list: rules ask ``german().speech_verbs`` and so on.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from types import MappingProxyType

from attrs import field, frozen

from quotekit.lang.de.datafiles import read_lines as _read_lines
from quotekit.lang.de.datafiles import word_map as _word_map
from quotekit.lang.de.datafiles import word_set as _word_set
from quotekit.lang.de.datafiles import word_table as _word_table

__all__ = ["German", "MarkStyle", "german"]


def _frozen_mapping(value: Mapping[str, object]) -> Mapping[str, object]:
    return MappingProxyType({k: frozenset(v) if isinstance(v, set) else v for k, v in value.items()})


@frozen
class MarkStyle:
    """One quotation-mark style of ``marks_pairs.tsv``: the opening mark names it."""

    opening: str
    closing: tuple[str, ...]
    symmetric: bool  # the same character opens and closes ("…"): pairs alternate within a paragraph
    strict: bool  # counts only when closed within its paragraph (the characters double as apostrophes)


def _mark_styles() -> tuple[MarkStyle, ...]:
    styles = []
    for opener, (closing, *rest) in _word_table("marks_pairs.tsv").items():
        flags = set(rest[0].split(",")) if rest else set()
        for mark in (opener, *closing.split()):
            if len(mark) != 1:
                msg = f"marks_pairs.tsv: quotation marks must be single characters, got {mark!r}"
                raise ValueError(msg)
        styles.append(MarkStyle(opener, tuple(closing.split()), "symmetric" in flags, "strict" in flags))
    return tuple(styles)


@frozen
class German:
    """Everything quotekit knows about German words. Fields without a default come from data files."""

    # Quotation marks (stage marks; the mark sets below are derived from these styles).
    mark_styles: tuple[MarkStyle, ...]  # marks_pairs.tsv
    apostrophes: frozenset[str]  # marks_apostrophes.txt: mark characters that are also apostrophes
    elisions: frozenset[str]  # marks_elisions.txt: clipped words after a leading apostrophe ('n, 's)
    inserted_cues: frozenset[str]  # marks_inserted_cues.txt: verb forms after „…“, : sagte, meinte
    title_triggers: frozenset[str]  # title_triggers.txt: der Film „…“, die sogenannten „…“
    title_name_particles: frozenset[str]  # title_name_particles.txt: der, von, of inside a name
    title_utterances: frozenset[str]  # title_utterances.txt: Worten, Parole: said words, not a title
    title_labels: frozenset[str]  # title_labels.txt: Titel, Motto: name what follows a colon after them
    # Cues.
    speech_verbs: frozenset[str]  # speech_verbs.txt: lemmas, particle verbs written whole
    speech_nouns: frozenset[str]  # speech_nouns.txt: Angaben, Behauptung, Meinung
    clause_nouns: frozenset[str]  # speech_clause_nouns.txt: "der Vorschlag, …": only before a clause
    question_nouns: frozenset[str]  # speech_question_nouns.txt: "die Frage der Richterin, ob …"
    pointing_verbs: frozenset[str]  # cue_pointing_verbs.txt: "Das zeigt eine Studie": cues only so
    opinion_verbs: frozenset[str]  # cue_opinion_verbs.txt: "findet, …": cues only before a clause
    cue_particles: frozenset[str]  # cue_particles.txt: separable particles (hinzu, fest, klar)
    impersonal_verbs: frozenset[str]  # cue_impersonal_verbs.txt: cues only with "es" (heißen)
    source_verbs: dict[str, str]  # cue_source_verbs.tsv: hervorgehen -> aus ("geht aus dem Bericht hervor")
    postposition_nouns: frozenset[str]  # cue_postposition_nouns.txt: "Seiner Meinung nach"
    cue_words: Mapping[str, str] = field(converter=_frozen_mapping)  # cue_prepositions.tsv: word -> cue kind
    # cue_verb_forms.tsv: form -> lemma
    irregular_verb_forms: Mapping[str, str] = field(converter=_frozen_mapping)
    # Reported speech: questions and verbs that report only with a modal.
    # cue_companions.tsv: sprechen -> von ("sprach von einer Krise": "von" is part of the cue right after it)
    cue_companions: Mapping[str, frozenset[str]] = field(converter=_frozen_mapping)
    # cue_modal_verbs.tsv: wissen -> the forms of "wollen" ("wollte wissen, ob …")
    modal_cues: Mapping[str, frozenset[str]] = field(converter=_frozen_mapping)
    # cue_idioms.tsv: geben -> (("zu", "bedenken"), ("zu", "protokoll"), …): phrases that make a verb one of saying
    cue_idioms: Mapping[str, tuple[tuple[str, ...], ...]] = field(converter=_frozen_mapping)
    # cue_non_speech_idioms.tsv: rufen -> (("auf", "den", "plan"), …): phrases that make a speech verb mean another thing
    non_speech_idioms: Mapping[str, tuple[tuple[str, ...], ...]] = field(converter=_frozen_mapping)
    causatives: frozenset[str]  # cue_causatives.txt: the forms of "lassen" ("ließ ausrichten")
    question_words: frozenset[str]  # cue_question_words.txt: wie, warum, wer ("fragte, wie …")
    question_verbs: frozenset[str]  # cue_question_verbs.txt: fragen, wissen (wollen), sich erkundigen
    # cue_stance_adjectives.tsv: besorgt -> self ("zeigte sich besorgt, dass"), möglich -> verdict
    stance_adjectives: Mapping[str, str] = field(converter=_frozen_mapping)
    # speaker_fuer_object_verbs.txt: sorgen, werben ("sorgte für Aufsehen": no field of an organisation's name)
    fuer_object_verbs: frozenset[str]
    verdict_verbs: frozenset[str]  # cue_verdict_verbs.txt: halten, ansehen ("hält es für möglich, dass")
    risk_verbs: frozenset[str]  # cue_risk_verbs.txt: drohen ("Der Damm droht zu brechen": no one speaks)
    # cue_withholding_verbs.txt: offenlassen (reports a Konjunktiv question only)
    withholding_verbs: frozenset[str]
    # cue_request_verbs.txt: bitten (in the passive without an agent: an appeal to the reader, no one quoted)
    request_verbs: frozenset[str]
    negated_verbs: frozenset[str]  # cue_negated_verbs.txt: bestätigen, bekanntgeben: negated, no report
    reflexive_verbs: frozenset[str]  # cue_reflexive_verbs.txt: "bestätigt sich": another sense, no report
    agencies: frozenset[str]  # narration_agencies.txt: dpa, APA, SDA in a date line "BERLIN (dpa) –"
    # Clauses and mood.
    adverbial_openers: frozenset[str]  # clause_adverbial_openers.txt: um, nachdem, wobei
    condition_openers: frozenset[str]  # clause_condition_openers.txt: wenn, falls, sofern
    subjunctive_forms: frozenset[str]  # mood_subjunctive_forms.txt: sei, habe, hätte, würde (and the next)
    # mood_konjunktiv_one_forms.txt: gebe, gelte, liege, whatever the tag
    konjunktiv_one_forms: frozenset[str]
    verb_prefixes: frozenset[str]  # mood_verb_prefixes.txt: ver, an, unter ("verarbeite" after "arbeite")
    konjunktiv_two_forms: frozenset[str]  # mood_konjunktiv_two_forms.txt: wäre, hätte (also conditionals)
    # Speakers.
    pronoun_genders: Mapping[str, frozenset[str]] = field(converter=_frozen_mapping)  # pronoun_genders.tsv
    # speaker_first_names.tsv: name -> masc, fem or either (a name given to both sexes: "Deniz", "Kim")
    first_names: Mapping[str, str] = field(converter=_frozen_mapping)
    # speaker_academic_titles.txt: titles between a role and a name ("Landesarchäologe Prof. Dr. Konrad Weyland"),
    # as written and lower-cased
    academic_title_spellings: frozenset[str]
    academic_titles: frozenset[str]
    titles: frozenset[str]  # speaker_titles.txt and speaker_nationalities.txt: role nouns (Sprecher, Brite)
    nationalities: frozenset[str]  # speaker_nationalities.txt: Brite, Französin (a description, no function)
    organisations: frozenset[str]  # speaker_organisations.txt: Ministerium, Polizei
    non_organisations: frozenset[str]  # speaker_non_organisations.txt: Entführung, Autobahn (no organisation)
    non_roles: frozenset[str]  # speaker_non_roles.txt: Flugzeug, Fahrzeug (no "Zeuge")
    masculine_in_roles: frozenset[str]  # speaker_masculine_in_roles.txt: Captain, Cousin (not a woman)
    things: frozenset[str]  # speaker_things.txt: Streit, Versuch, Frage (never speak)
    reaction_nouns: frozenset[str]  # speaker_reaction_nouns.txt: "Kritik kommt von X": X speaks
    # speaker_spokesperson_roles.txt: an unnamed Sprecher speaks for a body
    spokesperson_roles: frozenset[str]
    leader_roles: frozenset[str]  # speaker_leader_roles.txt: chef, leiter, geschäftsführer (who heads a body)
    # speaker_generic_roles.txt: Frau, Mann; a compound of one is a role of its own ("Pflegefachfrau")
    generic_roles: frozenset[str]
    # speaker_common_gender_roles.txt: Mitglied, Gast; one form for a man and a woman
    common_gender_roles: frozenset[str]
    relatives: frozenset[str]  # speaker_relatives.txt: "der Sohn einer Geschädigten" is someone new
    kin_sharing_surname: frozenset[str]  # speaker_kin_sharing_surname.txt: "Gasteigers Frau Theresia"
    credit_words: frozenset[str]  # credit_words.txt: "Foto: Keystone/Anthony Anex" names no one in the story
    author_credit_words: frozenset[
        str
    ]  # credit_author_words.txt: "Interview: Stefan Gruber" on a line of its own
    teasers: tuple[str, ...]  # marks_teasers.txt: "Lesen Sie auch: „…“" links an article, quotes no one
    sign_nouns: frozenset[str]  # marks_sign_nouns.txt: "Auf den Plakaten stand „…“": a sign's words, no one's
    interview_addresses: frozenset[str]  # interview_addresses.txt: "Herr Gasser, wie …?" names the guest
    interview_headings: frozenset[str]  # interview_headings.txt: "Drei Fragen an Anna Berg" names the guest
    time_nouns: frozenset[str]  # time_nouns.txt: "am Dienstag" is no part of a name ("Frankfurt am Main" is)
    # mood_present_time_words.txt: "inzwischen", "kommenden": a preterite's form beside them is a Konjunktiv II
    present_time_words: frozenset[str]
    clause_verbs: frozenset[str]  # cue_clause_verbs.txt: "teilte mit, der Film startet …" (indicative)
    non_names: frozenset[str]  # speaker_non_names.txt: capitalised words that are never names
    naming_verbs: frozenset[str]  # speaker_naming_verbs.txt: nennen, bezeichnen, sprechen (von)
    pointers: frozenset[str]  # speaker_pointers.txt: „…“ Dies sagte Larson.
    conversation_verbs: frozenset[str]  # cue_conversation_verbs.txt: "hat mit einer Pflegerin gesprochen"
    press_roles: frozenset[str]  # speaker_press_roles.txt: "Unsere Reporterin", "die Redaktion"
    statement_nouns: frozenset[str]  # speaker_statement_nouns.txt: "hieß es in einer Mitteilung"
    document_nouns: frozenset[str]  # speaker_document_nouns.txt: "ein Bericht des …" … "in dem Bericht"
    report_nouns: frozenset[str]  # speaker_report_nouns.txt: Studie, Bericht: one report named by either
    issuing_verbs: frozenset[str]  # speaker_issuing_verbs.txt: "hat eine Stellungnahme abgegeben"
    role_parties: Mapping[str, str] = field(converter=_frozen_mapping)  # speaker_role_parties.tsv
    lay_party_kinds: frozenset[str]  # speaker_lay_party_kinds.txt: the accused, a witness (no office)
    document_issuers: Mapping[str, str] = field(converter=_frozen_mapping)  # speaker_document_issuers.tsv
    issuer_people: Mapping[str, str] = field(converter=_frozen_mapping)  # speaker_issuer_people.tsv
    # speaker_member_organisations.tsv: "die Prüfer" → the organisations whose name ends in "rechnungshof", …
    member_organisations: Mapping[str, tuple[str, ...]] = field(converter=_frozen_mapping)
    # speaker_head_bodies.tsv: "minister" → "ministerium", the body a head of office leads
    head_bodies: Mapping[str, str] = field(converter=_frozen_mapping)
    office_levels: frozenset[str]  # speaker_office_levels.txt: "landes" of "Landeswirtschaftsminister"
    party_words: frozenset[str]  # speaker_party_words.txt: "von den Grünen" ends a name
    # speaker_parties.tsv: "cdu", "sozialdemokratin"
    parties: Mapping[str, str] = field(converter=_frozen_mapping)
    reaction_verbs: frozenset[str]  # cue_reaction_verbs.txt: "„…“ X widersprach" names who answered
    interview_prefixes: Mapping[str, str] = field(converter=_frozen_mapping)  # speaker_interview_prefixes.tsv
    predicate_words: frozenset[str]  # speaker_predicate_words.txt: als, eine before a single marked word
    # reported_judgement_openers.txt: "sei ein „Dauerbrenner“": marks inside reported speech the speaker's own words
    judgement_openers: frozenset[str]
    quote_prepositions: frozenset[str]  # speaker_quote_prepositions.txt: "Als „…“ beurteilte …"
    # Entities (issue 11): what refers back to an organisation, and the closed classes of articles and pronouns.
    generic_organisations: frozenset[str]  # speaker_generic_organisations.txt: "Das Unternehmen"
    broadcaster_nouns: frozenset[str]  # speaker_broadcaster_nouns.txt: "der Sender", "des Fernsehsenders"
    broadcaster_names: frozenset[str]  # speaker_broadcaster_names.txt: "Radio", "-funk", "ORF"
    organ_nouns: frozenset[str]  # speaker_organ_nouns.txt: "die Geschäftsführung der …" speaks for its owner
    company_descriptors: frozenset[str]  # speaker_company_descriptors.txt: "der Maschinenbauer" X
    company_name_words: frozenset[str]  # speaker_company_name_words.txt: AG, GmbH, "&", -technik
    # speaker_legal_forms.txt: the words that close a company's name: GmbH, AG, & Co. KG
    legal_forms: frozenset[str]
    # speaker_local_bodies.txt: a town's bodies by their noun alone ("die Stadtverwaltung", "der Gemeinderat")
    local_bodies: frozenset[str]
    # speaker_named_bodies.txt: an organisation only with its name after it ("das Land Tirol", "der Kanton Zürich")
    named_bodies: frozenset[str]
    # speaker_verdict_participles.txt: the passive makes its subject the accused ("ist verurteilt worden")
    verdict_participles: frozenset[str]

    # Derived from `mark_styles` (and `apostrophes`) by `german()`.
    opening_marks: frozenset[str]  # „ ‚ » › « ‹ " ' “ ‘
    closing_marks: frozenset[str]  # “ ” ‘ ’ « ‹ » › " '
    quotation_marks: frozenset[str]  # all of them
    unambiguous_opening_marks: frozenset[str]  # opening marks that are never apostrophes: „ ‚ » › « ‹ " “
    # Marks kept at the edges of a reported clause and that make it "mixed": all but the two
    # apostrophe characters proper (' and ’; ‘ counts as a mark here, though it is in `apostrophes`).
    clause_marks: frozenset[str]

    # Subsets of the marks that single rules name (checked against `mark_styles` by `german()`).
    # Marks that end a speaker mention (with ":" and ";"): the double marks but ”.
    mention_boundary_marks: frozenset[str] = frozenset('„“»«"')
    # Closing marks a source noun phrase may end in: "die Zeitung „Die Welt“".
    phrase_closing_marks: frozenset[str] = frozenset('“»«"')
    # Opening marks that end the words after a quotation: a new quotation starts there.
    new_quote_marks: frozenset[str] = frozenset("„»")

    # Closed classes, each named after the rule that reads it.
    # Subordinators that open reported content: "sagte, dass …", "fragte, ob …".
    subordinators: frozenset[str] = frozenset({"dass", "daß", "ob"})
    # Conjunctions of a reason that a Konjunktiv I makes someone's reported reason: "…, weil Berlin einen
    # Sonderstatus habe".
    causal_subordinators: frozenset[str] = frozenset({"weil", "da"})
    # "…, so dass …" is no "so X" cue.
    dass: frozenset[str] = frozenset({"dass", "daß"})
    # The expletive subject of "heißt es", "hieß es in der Rede".
    impersonal_subject: str = "es"
    # The impersonal subject: "hielt man für einen „…“", "wie man sagt" (a term or a saying, no speaker).
    impersonal_man: str = "man"
    # "nach Angaben der Polizei", "Seiner Meinung nach".
    nach: str = "nach"
    # "Für den Trainer war die Niederlage „völlig unnötig“": at the start of a sentence before a form of the
    # copula, whose opinion the sentence gives (`cue_prepositions.tsv` lists it with "laut").
    fuer: str = "für"
    # "19:55 Uhr – Kovács räumt …": a live ticker's time stamp, which a parse may make the subject.
    clock: str = "uhr"
    # "Oberried sagt Ja, Rotenfluh lehnt ab": the answer a vote or reply gives, capitalised as a noun, is what
    # the verb of saying reports; the clause after it is the narrator's.
    answers: frozenset[str] = frozenset({"Ja", "Nein"})
    copulas: frozenset[str] = frozenset({"sein"})
    # "laut Polizeisprecher X gegenüber der APA": the one told belongs to the frame, not to the content.
    addressee_prepositions: frozenset[str] = frozenset({"gegenüber"})
    # Articles of an accusative object, never of a dative addressee ("empfiehlt ein Nein" beside "sagte dem
    # Sender"); "den", "der" are left out: they may be either.
    object_articles: frozenset[str] = frozenset({"ein", "eine", "einen", "das", "kein", "keine", "keinen"})
    # "Wie X mitteilte, …": the word that opens a cue clause framing the content.
    wie: str = "wie"
    # "die beiden Politiker": a description of two people the text named together
    both: str = "beiden"
    # "Ob … verlängert wird, will der Stadtrat im Herbst entscheiden": verbs before whose ob-clause nothing is said yet
    deciding_verbs: frozenset[str] = frozenset(
        {"entscheiden", "prüfen", "klären", "beraten", "abwarten", "überlegen"}
    )
    # "Ob der Damm hält, kann niemand sagen": a subject that says no one spoke
    nobody: frozenset[str] = frozenset({"niemand", "keiner"})
    # "Wer glaube, dass die Sache erledigt sei, kenne …": the subject of a free relative clause, whoever it is
    whoever: str = "wer"
    # "Auf den Plakaten stand „…“": the verbs that say what a sign carries
    sign_verbs: frozenset[str] = frozenset(
        {"stand", "steht", "stehen", "standen", "prangt", "prangte", "prangten"}
    )
    # "Auf dem Zettel stand geschrieben: „…“", "war zu lesen": words that make a sign's text a writing quoted
    written_words: frozenset[str] = frozenset({"geschrieben", "lesen"})
    # "würde seine Familie «in den Ruin treiben»", "wäre «fahrlässig»": the Konjunktiv II of a hypothesis
    hypothesis_forms: frozenset[str] = frozenset(
        {"würde", "würden", "wäre", "wären", "hätte", "hätten", "könnte", "könnten", "müsste", "müssten"}
    )
    # "aus seiner Sicht", "ihrer Ansicht nach": the words that say a hypothesis is the speaker's view
    view_owners: frozenset[str] = frozenset({"seiner", "ihrer"})
    view_nouns: frozenset[str] = frozenset({"sicht", "ansicht", "meinung", "einschätzung", "auffassung"})
    # "das Team um Kristin Albers", "die Forschergruppe um …": a group that speaks through the person it is "um"
    led_groups: tuple[str, ...] = ("team", "gruppe")
    led_by: str = "um"
    # "sei es auf der Piste oder im Gelände": alternatives in the Konjunktiv's form, no report
    either_or: tuple[str, str, str] = ("sei", "es", "oder")
    # "die sogenannten „Experten“", "so genannte", "sog.": the writer keeps the words at a distance, whoever's they
    # are; a term, never a quotation (the beginnings of the inflected forms)
    scare_words: tuple[str, ...] = ("sogenannt", "sog.")
    scare_split: tuple[str, str] = ("so", "genannt")
    # "…, sagen die beiden", "…, sagen beide": the same word standing for the two people with no noun after it
    both_alone: frozenset[str] = frozenset({"beide", "beiden"})
    ob: str = "ob"  # the word that opens an indirect yes-or-no question
    # "ein Bericht, wonach …": only the clause after it is content.
    wonach: str = "wonach"
    # "Die Studie wurde heute vorgestellt. Danach …": after a sentence that names a report, "danach" points
    # back to it like "demnach"; elsewhere it means "afterwards".
    danach: str = "danach"
    # „…“ so das Fazit der Betreiber: "so" right after a quotation.
    so: str = "so"
    # "Dies erklärte der Sprecher": the cue sentence points back to the sentence before.
    demonstratives: frozenset[str] = frozenset({"dies", "das", "dieses", "diese", "dieser"})
    # "Das schaffe Unsicherheit": a neuter demonstrative before a noun of another gender is the subject.
    neuter_demonstratives: frozenset[str] = frozenset({"das", "dies", "dieses"})
    # "Dies" is a pronoun: its verb comes right after it ("Dies sagte …"), not after a noun.
    dies: str = "dies"
    # The subject or reflexive of a naming verb that gives a term, not a quotation: "nennt man einen
    # „Aktiensplit“", "nennt sich „documenta 12“".
    impersonal_or_reflexive: frozenset[str] = frozenset({"man", "sich"})
    # "nach eigenen Angaben", "eigener Aussage zufolge": the clause's subject is the source.
    own_source: frozenset[str] = frozenset({"eigenen", "eigener", "eigenem"})
    # Verbs of naming that give a title with a title word beside them: "Das Album heißt „…“", "so lautet
    # der Titel" (lemmas and the forms a weak lemmatiser leaves).
    title_copulas: frozenset[str] = frozenset(
        {"heißen", "lauten", "heißt", "hieß", "hießen", "lautet", "lautete", "lauteten", "heisst"}
    )
    # Demonstrative determiners that point back with their noun ("Diese Zahlen bestätigte …"), unlike
    # the article "das" ("Das Unternehmen teilte mit").
    demonstrative_determiners: frozenset[str] = frozenset({"diese", "dieser", "dieses", "diesen", "diesem"})
    # "Mit diesem Satz erntete der Minister Applaus": the sentence after a quotation points back to it.
    mit: str = "mit"
    # A coordinator followed by an indicative verb starts a new predicate, not more reported content.
    coordinators: frozenset[str] = frozenset({"und", "aber", "sowie", "doch", "sondern"})
    # "zeigte sich besorgt darüber, dass …": a pronominal adverb between a stance word and its clause.
    pronominal_adverbs: frozenset[str] = frozenset({"darüber", "davon", "daran", "darauf", "dafür", "dazu"})
    # „…“ und „…“: quotations joined by one of these share their attribution.
    joining_words: frozenset[str] = frozenset({"und", "oder", "sowie"})
    # Articles and prepositions that open a genitive or "von" attribute of a source noun phrase.
    genitive_articles: frozenset[str] = frozenset({"der", "des", "eines", "einer", "von", "vom"})
    # Endings a noun takes in its cases and its plural ("Jahren", "Monats", "Tage"), the bare noun last.
    noun_endings: tuple[str, ...] = ("en", "es", "n", "s", "e", "")
    # Time nouns that end other nouns' compounds too ("Bundestag", "Landtag"): a time only as the whole word.
    whole_word_time_nouns: frozenset[str] = frozenset({"tag"})
    # Verbs of quoting: "zitierte die Zeitung den Trainer" has the one quoted as its object, the medium as subject.
    quoting_verbs: frozenset[str] = frozenset({"zitieren"})
    # "nach Angaben aus Khartum": the preposition that says where a statement or a document comes from.
    source_origin: str = "aus"
    # "von", "vom": a "von" attribute, not a genitive article.
    von: frozenset[str] = frozenset({"von", "vom"})
    # "das Bundesamt für Statistik", "Departement für auswärtige Angelegenheiten": a phrase that names an
    # institution's field belongs to its name.
    institution_field: str = "für"
    # "der Lehrerinnen- und Lehrerverband": the words that join a truncated compound to the whole one.
    compound_joiners: frozenset[str] = frozenset({"und", "oder", "bzw."})
    # Pronouns that may be the subject right after a cue verb ("sagte er").
    subject_pronouns: frozenset[str] = frozenset({"er", "sie", "man", "wir", "ich"})
    # Possessive determiners that may open a source before "zufolge" ("seiner Meinung nach").
    possessive_determiners: frozenset[str] = frozenset({"seiner", "ihrer", "dessen", "deren", "eigenen"})
    # "Wer Pyros wirft, habe …": a clause on "wer" or "was" that stands for the main clause's subject.
    free_relatives: frozenset[str] = frozenset({"wer", "was"})
    # d- and welch- relative pronouns ("die", "dem", "welcher"); w-words ("was", "wer") open questions.
    relative_pronoun_starts: tuple[str, ...] = ("d", "welch")
    # Reportative "sollen": "Er soll den Ausbrechern geholfen haben".
    reportative: frozenset[str] = frozenset({"soll", "sollen"})
    # Words that end a perfect infinitive ("geholfen haben", "gewesen sein", "gesehen worden").
    perfect_auxiliaries: frozenset[str] = frozenset({"haben", "sein", "worden"})
    # Nouns of intent a zu-infinitive after them belongs to ("den Plan, … zu schaffen", "das Vorhaben, … zu
    # senken"); a compound ending in one counts too. (Speech nouns before a clause count as well.)
    infinitive_attribute_nouns: tuple[str, ...] = (
        "plan",
        "pläne",
        "vorhaben",
        "absicht",
        "absichten",
        "ziel",
        "idee",
        "ideen",
        "vorstoß",
    )
    # Infinitives of a state no one can be told to bring about: "sollen" with them only reports ("Die Zahl
    # der Festnahmen soll einige hundert betragen", "Die Daten sollen von Angestellten stammen").
    stative_infinitives: frozenset[str] = frozenset({"betragen", "stammen", "liegen"})
    # Verbs that name a state only with these words in their clause: "soll sich im Ausland befinden",
    # "soll es sich um einen Unfall handeln"; "soll mit Waffen handeln" (trade) or "soll darüber befinden"
    # (decide) is an act someone may be told to do.
    stative_with_words: Mapping[str, frozenset[str]] = field(
        factory=lambda: {"befinden": frozenset({"sich"}), "handeln": frozenset({"sich", "um"})},
        converter=_frozen_mapping,
    )
    # The auxiliary of the passive ("wird … bezeichnet"), by its lemma.
    werden: frozenset[str] = frozenset({"werden"})
    # Auxiliaries and modals by lemma: the verbs that close a clause after a participle ("gesagt haben").
    auxiliary_lemmas: frozenset[str] = frozenset(
        {"haben", "sein", "werden", "können", "müssen", "dürfen", "sollen", "wollen", "mögen", "lassen"}
    )
    # The word before a predicate of naming ("als „Sonnenwind“ bezeichnet").
    als: str = "als"
    # "nannte die Finanzierung „Chaos mit Ansage“": the naming verb that takes two objects, the second in marks.
    nennen: str = "nennen"
    # The polite address of an interview's guest ("Leonie Brunner, Sie haben …").
    polite_pronouns: frozenset[str] = frozenset({"sie", "ihr", "ihre", "ihnen"})
    # The polite pronoun and possessive in every form, to find an interviewer's claim put to the guest.
    polite_forms: frozenset[str] = frozenset({"sie", "ihnen", "ihr", "ihre", "ihren", "ihrem", "ihrer"})
    # "Ich habe …" is indicative whatever the morphology says.
    first_person_pronouns: frozenset[str] = frozenset({"ich", "wir"})
    # The English particles that end loan compounds with a hyphen ("Start-up", "Check-in"), which a romanised
    # given name ("Min-seo") would otherwise match.
    loan_compound_endings: frozenset[str] = frozenset(
        {"up", "in", "out", "how", "back", "by", "off", "on", "down", "over", "away", "one", "two", "all"}
    )
    # The newsroom's own possessive: "Nach Informationen unserer Zeitung" names the narrator, no source.
    narrator_possessives: frozenset[str] = frozenset(
        {"unser", "unsere", "unserer", "unserem", "unseren", "unseres"}
    )
    # The reflexive pronoun of the third person ("bestätigt sich").
    reflexive: str = "sich"
    # "zeigte sich „fassungslos“", "gab sich „zuversichtlich“": verbs whose reflexive takes the subject's stance.
    self_presentation_verbs: frozenset[str] = frozenset({"zeigen", "geben"})
    # Negation at a verb ("wollte nicht bestätigen").
    negations: frozenset[str] = frozenset({"nicht", "nie", "niemals"})
    # Words that address the reader ("Trage deine Daten ein"): a verb in "-e" beside them orders.
    reader_address: frozenset[str] = frozenset(
        {"du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "deines"}
    )
    # Subjects for which a verb form in "-e" is indicative ("ich halte").
    first_person_singular: frozenset[str] = frozenset({"ich"})
    # Subjects for which a Konjunktiv I form is the indicative's too ("wir seien" is rare, "ihr habet").
    first_or_second_person: frozenset[str] = frozenset({"ich", "wir", "du", "ihr"})
    # Those of them that are only ever a subject ("ihr" is a dative too).
    singular_speaker_pronouns: frozenset[str] = frozenset({"ich", "du"})
    # The first person singular in its cases: words in marks that hold one are one person's.
    one_speaker_pronouns: frozenset[str] = frozenset({"ich", "mir", "mich"})
    # "sei" -> "seien": the one plural Konjunktiv I form that differs from the indicative.
    seien: str = "seien"
    # The Konjunktiv II of "sein": beside "sei"/"seien" it never stands in for a Konjunktiv I.
    konjunktiv_two_of_sein: frozenset[str] = frozenset({"wäre", "wären", "wärest", "wärst"})
    # The infinitive marker: "zu sagen", "vorzugehen".
    zu: str = "zu"
    # Prepositions that introduce the source with an expletive "es": "hieß es in der Rede"; "bei" only
    # right beside the verb's clause ("Beim Amt heißt es", "hieß es bei der Polizei"): elsewhere it is
    # an occasion ("schrieb bei Twitter").
    source_prepositions: frozenset[str] = frozenset({"in", "im", "von", "vom", "aus", "auf"})
    # The emphatic pronoun after a name: "Gabler selbst findet das …" speaks of the speaker.
    selbst: frozenset[str] = frozenset({"selbst", "selber"})
    # Units of an age spelt out before a person noun: "eine 79 Jahre alte Frau".
    age_units: frozenset[str] = frozenset({"jahre", "monate", "wochen", "tage"})
    # Prepositions with a definite article in them: "im Bericht" names a known document, as "in dem Bericht".
    definite_prepositions: frozenset[str] = frozenset({"im", "vom", "beim", "zum", "zur", "am", "ins", "ans"})
    near_source_prepositions: frozenset[str] = frozenset({"bei", "beim"})
    # "Im Ministerium betont man", "Bei der Polizei verweist man auf …": where the impersonal "man" works.
    body_prepositions: frozenset[str] = frozenset({"in", "im", "bei", "beim"})
    # Prepositional phrases that stay in a speaker mention ("der Präsident von UP Aerospace").
    mention_prepositions: frozenset[str] = frozenset({"von", "vom", "aus", "für", "des", "der"})
    # The one of them that gives someone described by their age a home ("eine 79-Jährige aus Kirchberg").
    home_prepositions: frozenset[str] = frozenset({"aus"})
    # Subjects that never name a speaker: expletive "es" (hieß es), impersonal "man", relative and
    # demonstrative pronouns that stand for a thing ("das", "dies", "was"), reflexives.
    non_speakers: frozenset[str] = frozenset(
        {
            "es",
            "man",
            "das",
            "dies",
            "dieses",
            "was",
            "welches",
            "der",
            "die",
            "sich",
            "mich",
            "dich",
            "uns",
            "euch",
        }
    )
    # The personal pronouns that refer to one person (or a group) by gender.
    personal_pronouns: frozenset[str] = frozenset({"er", "sie"})
    # Entities (issue 11). Articles by the genders and numbers they allow on a speaker's description
    # ("der 54-Jährige" a man, "die 67-Jährige" a woman or a group, "eine Anwohnerin" a woman); "der" and "den"
    # are read as the nominative and accusative they are in a speaker's phrase.
    article_genders: Mapping[str, frozenset[str]] = field(
        converter=_frozen_mapping,
        default={
            "der": frozenset({"masc"}),
            "die": frozenset({"fem", "plur"}),
            "das": frozenset({"neut"}),
            "den": frozenset({"masc", "plur"}),
            "dem": frozenset({"masc", "neut"}),
            "des": frozenset({"masc", "neut"}),
            "ein": frozenset({"masc", "neut"}),
            "eine": frozenset({"fem"}),
            "einen": frozenset({"masc"}),
            "einem": frozenset({"masc", "neut"}),
            "einer": frozenset({"fem"}),
            "eines": frozenset({"masc", "neut"}),
            "dieser": frozenset({"masc"}),
            "diese": frozenset({"fem", "plur"}),
        },
    )
    # The genders of the noun after a possessive, by the possessive's ending ("seine Frau", "ihr Sohn",
    # "seinen Anwalt"), and the stems the endings follow.
    possessive_stems: tuple[str, ...] = ("unser", "euer", "mein", "dein", "sein", "ihr", "eur")
    possessive_ending_genders: Mapping[str, frozenset[str]] = field(
        converter=_frozen_mapping,
        default={
            "": frozenset({"masc", "neut"}),
            "e": frozenset({"fem", "plur"}),
            "en": frozenset({"masc", "plur"}),
            "em": frozenset({"masc", "neut"}),
            "er": frozenset({"fem", "plur"}),
            "es": frozenset({"masc", "neut"}),
        },
    )
    # Speakers (issue 11, second part).
    # speaker_organisation_kinds.tsv: noun -> kind ("unternehmen" -> "company")
    organisation_kinds: Mapping[str, str] = field(converter=_frozen_mapping, factory=dict)
    # "ein Mann im Anzug", "eine Frau mit Kinderwagen", "ein Gast am Stammtisch", "ein Fan in der Stehrampe":
    # prepositions that keep a complement in a person's description (besides `mention_prepositions`), where it
    # is no time and no statement ("in einem Interview").
    person_prepositions: frozenset[str] = frozenset({"im", "am", "in", "mit", "ohne"})
    # after "in", the articles of a direction, where the verb's object goes, not where someone is ("einen
    # Paketboten in die Wade gebissen"; "eine Anwohnerin in der Altstadt" lives there)
    direction_preposition: str = "in"
    direction_articles: frozenset[str] = frozenset({"die", "das"})
    # Prepositions of a place that a description's complement may have in turn ("eine Kassiererin aus einem
    # Supermarkt in Duisburg-Marxloh", "der Geschäftsführer eines Wasserversorgers im Mittelland").
    place_prepositions: frozenset[str] = frozenset({"in", "im"})
    # "die Staatsanwaltschaft in Hamburg", "die US-Botschaft in Riad": the seat of a body, part of its name
    seat_preposition: str = "in"
    # the kinds of organisation (speaker_organisation_kinds.tsv) a text tells apart by their seat
    seated_organisation_kinds: frozenset[str] = frozenset({"court", "authority"})
    # "Spittal an der Drau", "Frankfurt am Main", "Rothenburg ob der Tauber": words that join a place name.
    place_name_joints: frozenset[str] = frozenset({"an", "am", "ob", "bei"})
    # "Kantonspolizei St. Gallen": abbreviations inside a place's or organisation's name.
    name_abbreviations: frozenset[str] = frozenset({"St.", "Bad", "Sankt"})
    # "Institut für Arbeitsmedizin": a preposition whose complement names an organisation.
    organisation_name_prepositions: frozenset[str] = frozenset({"für"})
    # "Deutsche Gesellschaft zur Rettung Schiffbrüchiger (DGzRS)", "Verein gegen Tierfabriken (VgT)": a purpose
    # that is part of a name where an acronym in brackets closes it
    acronym_name_prepositions: frozenset[str] = frozenset({"für", "zur", "zum", "gegen"})
    abstract_endings: tuple[
        str, ...
    ] = ()  # noun_abstract_endings.txt: ung, heit, keit (no one who can speak)
    # noun_gender_endings.tsv: ending -> masc/fem/neut ("amt" -> "neut")
    noun_gender_endings: Mapping[str, str] = field(converter=_frozen_mapping, factory=dict)
    # Words that tie a description to a name: "Die Frau heißt Maria Novak", "Ihr Name ist Erika Sommer",
    # "Sie, das ist Derya Kaplan", "Rudolf Prinz, so heißt der Kläger".
    naming_links: frozenset[str] = frozenset({"heißt", "heisst", "hieß", "hiess", "ist", "war"})
    # Of these, the verbs that give a name, not a role ("Anna Berg ist Sprecherin", not "heißt Sprecherin").
    naming_verbs_proper: frozenset[str] = frozenset({"heißt", "heisst", "hieß", "hiess"})
    name_nouns: frozenset[str] = frozenset({"name", "vorname", "nachname"})
    # Articles that may open a subject ("sagte der 29-Jährige", whatever the tagger's case says).
    nominative_articles: frozenset[str] = frozenset({"der", "die", "das", "ein", "eine", "dieser", "diese"})
    # The article that is nominative only before a masculine singular ("der Minister"; "der Zeitung" is told)
    masculine_nominative_article: str = "der"
    # Articles that are never nominative: a noun after them is no subject, whatever the parse says.
    oblique_articles: frozenset[str] = frozenset({"den", "dem", "des", "einen", "einem", "eines"})
    # The articles no plural takes: "das Familienunternehmen" is one company, whatever number a tagger gives it.
    singular_articles: frozenset[str] = frozenset({"das", "dem", "des", "ein", "einem", "eines"})
    # "Derya Kaplan, 41 Jahre alt": the words that give an age after a name.
    age_words: tuple[str, ...] = ("jahre", "alt")
    # Particles inside a person's name: "Ursula von der Leyen", "Rafael van der Vaart", "Leonardo da Vinci";
    # the second ones only after a first ("von der", "de la").
    name_particles: frozenset[str] = frozenset(
        {"von", "van", "de", "di", "da", "dos", "del", "della", "du", "ten", "ter", "bin", "ibn", "al", "el"}
    )
    second_name_particles: frozenset[str] = frozenset({"der", "den", "dem", "la", "le"})
    # Particles of noble names that are also common words: inside a name only right after a first name
    # ("Karl-Theodor zu Guttenberg"), and before a surname the text gives so ("Zu Guttenberg sagte").
    noble_name_particles: frozenset[str] = frozenset({"zu"})
    # Articles of other languages, which open a foreign name inside a German sentence ("Le Monde", "The Guardian").
    foreign_name_articles: frozenset[str] = frozenset(
        {"le", "la", "les", "el", "il", "lo", "los", "las", "the"}
    )
    # The definite articles: "das Krankenhaus" refers back to the one the text named.
    definite_articles: frozenset[str] = frozenset({"der", "die", "das", "des", "dem", "den"})
    # Endings that make a capitalised word in "-en" an adjective whatever its tag ("der Österreichischen
    # Apothekerkammer"; "der Kliniken Oberried" opens with a noun).
    adjective_endings_en: tuple[str, ...] = ("ischen", "lichen", "igen")
    # The endings of a participle used as an adjective ("der veröffentlichte", "dem vorgelegten").
    participle_adjective_endings: tuple[str, ...] = (
        "te",
        "ten",
        "tem",
        "ter",
        "tes",
        "ne",
        "nen",
        "nem",
        "ner",
        "nes",
    )
    # The genders of a singular noun an oblique article stands before, where a word declined like an adjective
    # ends in "-en" ("der Deutschen Bahn", "des Technischen Hilfswerks", "eines 52-Jährigen").
    oblique_article_genders: Mapping[str, frozenset[str]] = field(
        converter=_frozen_mapping,
        default={
            "der": {"fem"},
            "einer": {"fem"},
            "den": {"masc"},
            "einen": {"masc"},
            "des": {"masc", "neut"},
            "eines": {"masc", "neut"},
            "dem": {"masc", "neut"},
            "einem": {"masc", "neut"},
        },
    )
    # The genders of a singular noun a definite nominative article stands before, where a word declined like an
    # adjective ends in "-e" ("der Deutsche Wetterdienst", "das Technische Hilfswerk").
    nominative_article_genders: Mapping[str, str] = field(
        converter=_frozen_mapping, default={"der": "masc", "das": "neut", "die": "fem"}
    )
    # The endings of an adjective after an article ("Deutsche", "Deutschen", "Technisches", "Technischem").
    weak_adjective_endings: tuple[str, ...] = ("e", "en", "es", "em")
    # the ending of an adjective in a name in the genitive or dative ("des Deutschen Instituts")
    oblique_adjective_ending: str = "en"
    # The ending of an adjective in the nominative singular without an article, as names are written ("Deutscher
    # Wetterdienst", "Technisches Hilfswerk", "Deutsche Bahn").
    strong_adjective_endings: Mapping[str, str] = field(
        converter=_frozen_mapping, default={"masc": "er", "neut": "es", "fem": "e"}
    )
    # The endings of a present participle used as an adjective ("Vorsitzende Richterin", "Leitender Arzt").
    present_participle_endings: tuple[str, ...] = ("ende", "ender", "enden", "endem", "endes")
    # Dashes that join two clauses of a headline or a sentence ("Langenfeld verliert Kellerduell – Kaczmarek: „…“").
    clause_dashes: frozenset[str] = frozenset({"–", "—"})
    # Articles whose nominative and accusative share their form ("die Klinikleitung", "das Ministerium").
    nominative_accusative_articles: frozenset[str] = frozenset({"die", "das", "eine"})
    # The indefinite articles: "eine Anwohnerin" introduces someone new.
    indefinite_articles: frozenset[str] = frozenset({"ein", "eine", "einen", "einem", "einer", "eines"})
    # kinds of organisation that go by names holding no word of their kind ("Verdi", "GDL", "IG Metall"), so that
    # their kind's word ("die Gewerkschaft") refers back to one of no known kind
    named_apart_kinds: frozenset[str] = frozenset({"union"})
    # the article of a plural's dative ("den Festspielen", "bei den Stadtwerken")
    dative_plural_article: str = "den"
    # the ends of organisations' names that are plurals ("die Festspiele", "die Stadtwerke", "die Verkehrsbetriebe"),
    # whose dative takes an "n" ("den Festspielen"); not "den Behörden", many authorities
    plural_organisation_endings: tuple[str, ...] = ("spiele", "werke", "betriebe")
    # What a work's kind set off after its title takes: "„…“, eine Komödie über …", "ein Film von …".
    apposition_topic_prepositions: frozenset[str] = frozenset({"über", "von", "mit", "aus", "nach", "um"})
    # Speech verbs whose preposition takes the words the speaker used for something ("spricht von
    # „Dauerzustand“"): one marked word after it is a quoted word like a predicate after "als".
    naming_prepositions: Mapping[str, str] = field(
        converter=_frozen_mapping,
        default={
            "sprechen": "von",
            "reden": "von",
            "warnen": "vor",
            "raten": "zu",
            "mahnen": "zu",
            "aufrufen": "zu",
            # "antwortete mit einem knappen „Nein“": the answer's words
            "antworten": "mit",
            "reagieren": "mit",
        },
    )
    # Speech nouns that after "nach" say when unless their owner follows ("nach der Ankündigung minutenlang still",
    # but "Nach der Ankündigung der Kultusministerin soll …" says who announced it).
    # (so is an investigation: "Nach monatelangen Ermittlungen hat die Polizei … festgenommen", but "Nach ersten
    # Ermittlungen der Polizei war der Bus … abgekommen" says who found it)
    nach_owned_event_nouns: tuple[str, ...] = ("ankündigung", "bekanntgabe", "ermittlungen")
    # An adjective of duration before such a noun makes it the time, owner or not: "Nach monatelangen
    # Ermittlungen der Staatsanwaltschaft wurde Anklage erhoben" (the stem before the adjective's ending).
    duration_adjective_stem: str = "lang"
    # Speech nouns that after "nach" say when, not who says so ("nach einer Unwetterwarnung geräumt", "nach
    # seiner Rede"); a compound ending in one counts too.
    nach_event_nouns: tuple[str, ...] = (
        "warnung",
        "rede",
        "interview",
        "pressekonferenz",
        "forderung",
        "kritik",
        "drohung",
        "aufforderung",
        "appell",
        "debatte",
        "diskussion",
        "gespräch",
        "sitzung",
        "anruf",
        "ansprache",
        # (a decision said aloud is an event too: "zeigte sich nach dem Urteil erleichtert")
        "urteil",
        "urteilsverkündung",
        "entscheid",
        "entscheidung",
        "beschluss",
        "abstimmung",
        # (counting the votes: "Nach Auszählung von 100 der 162 Wahlbezirke liegt …" says when)
        "auszählung",
        "anhörung",
        "verhandlung",
        "vernehmung",
    )
    # Particles that make the noun after them a predicate or a comparison ("arbeitet als Zahnarzthelferin").
    comparison_particles: frozenset[str] = frozenset({"als", "wie"})
    # Articles only the dative has: a phrase they open after a noun is no attribute of it ("sagte der
    # Sportrechtler dem Sender „Radio Rheinland“": the one he told).
    dative_articles: frozenset[str] = frozenset({"dem", "einem", "diesem", "jenem"})
    # Adverbs that point back to a document: "…, heißt es darin", "Daraus geht hervor, …".
    document_pointers: frozenset[str] = frozenset({"darin", "daraus"})
    # Adverbs of time that may open an apposition after a name ("Stefan Rautenberg, heute Experte beim …").
    apposition_time_adverbs: frozenset[str] = frozenset(
        {"heute", "inzwischen", "mittlerweile", "früher", "einst", "damals", "zuletzt", "seither"}
    )
    # The preposition of a duration that may open such an apposition ("Heinz-Dieter Lampe, seit 41 Jahren
    # Dauerkarteninhaber").
    apposition_since: str = "seit"
    # Titles written in capitals without a full stop, compared as written ("DI Herbert Steinwender"; "di" in
    # lower case is a particle of names: "Luigi Di Maio"), with Austria's honorary titles (Hofrat, Kommerzialrat,
    # Medizinalrat, Oberstudienrat, Oberschulrat, Ökonomierat, Regierungsrat: "HR Mag. Dr. Peter Zauner").
    capital_titles: frozenset[str] = frozenset(
        {"DI", "DDI", "KR", "DDr", "HR", "KommR", "MR", "OStR", "OSR", "ÖkR", "RegR"}
    )
    # Pronouns that pick one person out of a group in the genitive plural ("sagte einer der Organisatoren",
    # "Eine der Geschädigten"), by that person's gender.
    genitive_plural_articles: frozenset[str] = frozenset({"der", "dieser", "jener"})
    partitive_pronoun_genders: Mapping[str, frozenset[str]] = field(
        converter=_frozen_mapping, default={"einer": {"masc"}, "eine": {"fem"}}
    )
    # Possessive determiners by the owner's gender: "nach seinen Worten", "nach ihren Angaben", "Ihr Name ist …"
    # (ihr: a woman or a group; as a dative pronoun, "sagte ihr", the same).
    possessive_genders: Mapping[str, frozenset[str]] = field(
        converter=_frozen_mapping,
        default={
            **{f"sein{ending}": frozenset({"masc"}) for ending in ("", "e", "en", "em", "er", "es")},
            **{f"ihr{ending}": frozenset({"fem", "plur"}) for ending in ("", "e", "en", "em", "er", "es")},
        },
    )
    # The endings of nouns of a role whose feminine form adds "-in" ("Bürgermeister", "Gemeindepräsident",
    # "Landrat", "Staatsanwalt", "Chef"): such a noun without "-in" before a name is a man's title.
    masculine_role_endings: tuple[str, ...] = (
        "er",
        "ent",
        "ant",
        "ist",
        "eur",
        "or",
        "rat",
        "ekt",
        "oge",
        "walt",
        "chef",
        "arzt",
        "ör",
        "är",
        "ar",
        "graf",
    )
    # Demonstratives in the genitive before a noun, which refer to the one named last whose gender fits ("Das
    # Gericht beauftragte einen Gutachter. Laut dessen Messungen …": the expert, not the court).
    demonstrative_owner_genders: Mapping[str, frozenset[str]] = field(
        converter=_frozen_mapping, default={"dessen": {"masc", "neut"}, "deren": {"fem", "plur"}}
    )
    # Demonstratives that stand alone for someone named just before: "Dieser sagte", "Letztere betonte".
    demonstrative_pronoun_genders: Mapping[str, frozenset[str]] = field(
        converter=_frozen_mapping,
        default={
            "dieser": {"masc"},
            "diese": {"fem", "plur"},
            "letzterer": {"masc"},
            "letztere": {"fem", "plur"},
        },
    )
    # Object pronouns that refer to a person: "erklärte sie ihm" (ihr is left out: it is also the possessive).
    object_pronoun_genders: Mapping[str, frozenset[str]] = field(
        converter=_frozen_mapping, default={"ihm": {"masc"}, "ihn": {"masc"}, "ihnen": {"plur"}}
    )
    genitive_plural_ending: str = "er"  # "nach Angaben informierter Kreise"
    # Personal pronouns before a postposition are datives: "ihr zufolge" is hers, not "her" or "you".
    dative_pronoun_genders: Mapping[str, frozenset[str]] = field(
        converter=_frozen_mapping, default={"ihr": {"fem"}, "ihm": {"masc"}, "ihnen": {"plur"}}
    )
    # What stands before a marked gloss or name in brackets: („gegossenes Blei“), (kurz: „Fed“).
    gloss_openers: tuple[str, ...] = (
        "(",
        "[",
        "(kurz:",
        "(etwa:",
        "(deutsch:",
        "(engl.:",
        "(deutsch",
        "(dt.",
        "(englisch",
        "(engl.",
    )


# The first names' gender column ("m", "f", "x" for a name given to both) as the codes of `German.first_names`.
_FIRST_NAME_GENDERS = {"m": "masc", "f": "fem", "x": "either"}


def _idioms(name: str = "cue_idioms.tsv") -> dict[str, tuple[tuple[str, ...], ...]]:
    """An idiom table (``cue_idioms.tsv``) as {verb lemma: the phrases' words}."""
    idioms: dict[str, list[tuple[str, ...]]] = {}
    for phrase, (verb, *_) in _word_table(name).items():
        idioms.setdefault(verb, []).append(tuple(phrase.split()))
    return {verb: tuple(phrases) for verb, phrases in idioms.items()}


@cache
def german() -> German:
    """The German resource, read from the data files on first use."""
    styles = _mark_styles()
    apostrophes = _word_set("marks_apostrophes.txt")
    academic_titles = _word_set("speaker_academic_titles.txt")
    konjunktiv_one_forms = _word_set("mood_konjunktiv_one_forms.txt")
    opening = frozenset(style.opening for style in styles)
    closing = frozenset(mark for style in styles for mark in style.closing)
    resource = German(
        mark_styles=styles,
        apostrophes=apostrophes,
        opening_marks=opening,
        closing_marks=closing,
        quotation_marks=opening | closing,
        unambiguous_opening_marks=opening - apostrophes,
        clause_marks=(opening | closing) - {"'", "’"},
        elisions=_word_set("marks_elisions.txt"),
        inserted_cues=_word_set("marks_inserted_cues.txt"),
        title_triggers=_word_set("title_triggers.txt"),
        title_name_particles=_word_set("title_name_particles.txt"),
        title_utterances=_word_set("title_utterances.txt"),
        title_labels=_word_set("title_labels.txt"),
        speech_verbs=_word_set("speech_verbs.txt"),
        speech_nouns=_word_set("speech_nouns.txt"),
        clause_nouns=_word_set("speech_clause_nouns.txt"),
        question_nouns=_word_set("speech_question_nouns.txt"),
        pointing_verbs=_word_set("cue_pointing_verbs.txt"),
        opinion_verbs=_word_set("cue_opinion_verbs.txt"),
        cue_particles=_word_set("cue_particles.txt"),
        impersonal_verbs=_word_set("cue_impersonal_verbs.txt"),
        source_verbs=_word_map("cue_source_verbs.tsv"),
        postposition_nouns=_word_set("cue_postposition_nouns.txt"),
        cue_words=_word_map("cue_prepositions.tsv"),
        irregular_verb_forms=_word_map("cue_verb_forms.tsv"),
        modal_cues={
            verb: frozenset(columns[0].split())
            for verb, columns in _word_table("cue_modal_verbs.tsv").items()
        },
        cue_idioms=_idioms(),
        non_speech_idioms=_idioms("cue_non_speech_idioms.tsv"),
        causatives=_word_set("cue_causatives.txt"),
        cue_companions={
            verb: frozenset(columns[0].split()) for verb, columns in _word_table("cue_companions.tsv").items()
        },
        question_words=_word_set("cue_question_words.txt"),
        question_verbs=_word_set("cue_question_verbs.txt"),
        stance_adjectives=_word_map("cue_stance_adjectives.tsv"),
        fuer_object_verbs=_word_set("speaker_fuer_object_verbs.txt"),
        verdict_verbs=_word_set("cue_verdict_verbs.txt"),
        risk_verbs=_word_set("cue_risk_verbs.txt"),
        withholding_verbs=_word_set("cue_withholding_verbs.txt"),
        request_verbs=_word_set("cue_request_verbs.txt"),
        negated_verbs=_word_set("cue_negated_verbs.txt"),
        reflexive_verbs=_word_set("cue_reflexive_verbs.txt"),
        agencies=_word_set("narration_agencies.txt"),
        adverbial_openers=_word_set("clause_adverbial_openers.txt"),
        condition_openers=_word_set("clause_condition_openers.txt"),
        subjunctive_forms=_word_set("mood_subjunctive_forms.txt") | konjunktiv_one_forms,
        konjunktiv_one_forms=konjunktiv_one_forms,
        verb_prefixes=_word_set("mood_verb_prefixes.txt"),
        konjunktiv_two_forms=_word_set("mood_konjunktiv_two_forms.txt"),
        pronoun_genders={
            word.lower(): frozenset(columns[0].split(","))
            for word, columns in _word_table("pronoun_genders.tsv").items()
        },
        first_names={
            name: gender
            for name, columns in _word_table("speaker_first_names.tsv").items()
            if (gender := _FIRST_NAME_GENDERS.get(columns[0])) is not None
        },
        academic_title_spellings=academic_titles,
        academic_titles=frozenset(title.lower() for title in academic_titles),
        titles=_word_set("speaker_titles.txt") | _word_set("speaker_nationalities.txt"),
        nationalities=_word_set("speaker_nationalities.txt"),
        organisations=_word_set("speaker_organisations.txt"),
        non_organisations=_word_set("speaker_non_organisations.txt"),
        non_roles=_word_set("speaker_non_roles.txt"),
        masculine_in_roles=_word_set("speaker_masculine_in_roles.txt"),
        things=_word_set("speaker_things.txt"),
        reaction_nouns=_word_set("speaker_reaction_nouns.txt"),
        spokesperson_roles=_word_set("speaker_spokesperson_roles.txt"),
        leader_roles=_word_set("speaker_leader_roles.txt"),
        generic_roles=_word_set("speaker_generic_roles.txt"),
        common_gender_roles=_word_set("speaker_common_gender_roles.txt"),
        relatives=_word_set("speaker_relatives.txt"),
        kin_sharing_surname=_word_set("speaker_kin_sharing_surname.txt"),
        credit_words=_word_set("credit_words.txt"),
        author_credit_words=_word_set("credit_author_words.txt"),
        teasers=tuple(sorted(_word_set("marks_teasers.txt"))),
        sign_nouns=_word_set("marks_sign_nouns.txt"),
        interview_addresses=_word_set("interview_addresses.txt"),
        interview_headings=_word_set("interview_headings.txt"),
        time_nouns=_word_set("time_nouns.txt"),
        present_time_words=_word_set("mood_present_time_words.txt"),
        clause_verbs=_word_set("cue_clause_verbs.txt"),
        non_names=_word_set("speaker_non_names.txt"),
        naming_verbs=_word_set("speaker_naming_verbs.txt"),
        pointers=_word_set("speaker_pointers.txt"),
        conversation_verbs=_word_set("cue_conversation_verbs.txt"),
        press_roles=_word_set("speaker_press_roles.txt"),
        statement_nouns=_word_set("speaker_statement_nouns.txt"),
        document_nouns=_word_set("speaker_document_nouns.txt"),
        report_nouns=_word_set("speaker_report_nouns.txt"),
        issuing_verbs=_word_set("speaker_issuing_verbs.txt"),
        role_parties=_word_map("speaker_role_parties.tsv"),
        lay_party_kinds=_word_set("speaker_lay_party_kinds.txt"),
        document_issuers=_word_map("speaker_document_issuers.tsv"),
        issuer_people=_word_map("speaker_issuer_people.tsv"),
        member_organisations={
            member: tuple(kinds.split())
            for member, kinds in _word_map("speaker_member_organisations.tsv").items()
        },
        head_bodies=_word_map("speaker_head_bodies.tsv"),
        office_levels=_word_set("speaker_office_levels.txt"),
        party_words=_word_set("speaker_party_words.txt"),
        parties=_word_map("speaker_parties.tsv"),
        reaction_verbs=_word_set("cue_reaction_verbs.txt"),
        interview_prefixes=_word_map("speaker_interview_prefixes.tsv"),
        predicate_words=_word_set("speaker_predicate_words.txt"),
        judgement_openers=_word_set("reported_judgement_openers.txt"),
        quote_prepositions=_word_set("speaker_quote_prepositions.txt"),
        generic_organisations=_word_set("speaker_generic_organisations.txt"),
        broadcaster_nouns=_word_set("speaker_broadcaster_nouns.txt"),
        broadcaster_names=_word_set("speaker_broadcaster_names.txt"),
        organ_nouns=_word_set("speaker_organ_nouns.txt"),
        company_descriptors=_word_set("speaker_company_descriptors.txt"),
        company_name_words=_word_set("speaker_company_name_words.txt"),
        legal_forms=_word_set("speaker_legal_forms.txt"),
        local_bodies=_word_set("speaker_local_bodies.txt"),
        named_bodies=_word_set("speaker_named_bodies.txt"),
        verdict_participles=_word_set("speaker_verdict_participles.txt"),
        abstract_endings=tuple(_read_lines("noun_abstract_endings.txt")),
        noun_gender_endings={
            ending: columns[0] for ending, columns in _word_table("noun_gender_endings.tsv").items()
        },
        organisation_kinds={
            noun: columns[0] for noun, columns in _word_table("speaker_organisation_kinds.tsv").items()
        },
    )
    for subset in (resource.mention_boundary_marks, resource.phrase_closing_marks, resource.new_quote_marks):
        if not subset <= resource.quotation_marks:
            msg = f"marks {sorted(subset - resource.quotation_marks)} are not in marks_pairs.tsv"
            raise ValueError(msg)
    return resource
