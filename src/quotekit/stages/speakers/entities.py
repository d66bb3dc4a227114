"""The people and organisations of a text, as entities: what each is called, its roles, its gender, and how
much it is in view (`Focus`) while the text is read in order.

An entity is made from its first mention and grows with every later one: a name ("Jens Stoltenberg",
"Stoltenberg", "Stoltenbergs" and "Jens" are one person), a role given with the name ("NATO-Generalsekretär
Jens Stoltenberg", "Die Sprecherin …, Maria Sacharowa"), a description ("eine Anwohnerin", "die 67-Jährige"),
a pronoun. `Entity.label` is what quotekit calls it: the fullest name, else the first description.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import cache

import attrs
import regex

from quotekit.lang.de.names import PERSON_GENDERS, is_nationality_role, nationality_stem, surname_key
from quotekit.lang.de.words import german

__all__ = [
    "GROUP",
    "ORGANISATION",
    "PERSON",
    "Entity",
    "EntityIndex",
    "Focus",
    "Role",
]

PERSON = "person"
GROUP = "group"  # unnamed people spoken of together: "die Forschenden", "die Veranstalter"
ORGANISATION = "organisation"

# (role, the other content words of its phrase, the compound prefix): ("sprecher", {"polizei"}, "") for "der
# Sprecher der Polizei", ("trainer", set(), "rheintal") for "Rheintal-Trainer".
Role = tuple[str, frozenset[str], str]

# How much a mention brings an entity into view, and how fast that fades: by half each sentence.
_MENTION_WEIGHT = 100.0
_SUBJECT_WEIGHT = 80.0
_SPEAKER_WEIGHT = 60.0
_DECAY = 0.5
# A mention inside another one's phrase ("die Sprecherin des Innenministeriums") brings less into view.
_MINOR = 0.5
# A role ties a description to one of the last few people named with it (a long text has many).
_RECENT_PER_ROLE = 8
# Entities kept in view: older ones have faded below any floor a rule uses.
_FOCUS_SIZE = 16


@cache  # asked of every capitalised word the pass reads
def word_key(words: str) -> str:
    """The key an organisation's word is indexed by: lower case, without an inflection "n" or "s"
    ("Kammerspielen" and "Kammerspiele", "Landratsamts" and "Landratsamt")."""
    lower = words.lower()
    return lower[:-1] if len(lower) > 4 and lower[-1] in "ns" else lower


# One or more initials: "C.", "C.Y.", "H.-J.".
_INITIALS = regex.compile(r"(?:\p{Lu}\.-?){1,3}")


def is_initials(word: str) -> bool:
    """One or more initials: "C.", "C.Y.", "H.-J."."""
    return _INITIALS.fullmatch(word) is not None


def is_age_role(role: str) -> bool:
    """ "38-jährig": the role an age gives ("die 38-Jährige", "Heinz K. (63)")."""
    return role[:1].isdigit() and role.endswith("jährig")


@attrs.define(eq=False)
class Entity:
    """One person, group or organisation of the text."""

    id: int
    kind: str  # PERSON, GROUP or ORGANISATION
    name: str | None = None  # the fullest name the text gives
    description: str | None = None  # the first description, as the text gives it ("eine Anwohnerin")
    first_names: set[str] = attrs.field(factory=set)
    surnames: set[str] = attrs.field(factory=set)  # lower case, without a genitive "s"
    roles: list[Role] = attrs.field(factory=list)
    first_name_gender: str | None = None  # "masc" or "fem": the strongest evidence
    evidence: Counter[str] = attrs.field(factory=Counter)  # genders its descriptions and pronouns show
    last: int = -1  # the token of its last mention
    last_mention: tuple[int, int] | None = None  # characters of its last mention (no possessive, no object)
    tokens: list[int] = attrs.field(factory=list)  # the tokens that refer to it
    parties: set[str] = attrs.field(factory=set)  # "spd": from a bracket, a role prefix, a party noun
    absorbed_by: Entity | None = None  # the entity this one turned out to be
    # Organisations of a kind named by a plural ("Viele Verwaltungen"): no one for a word to refer back to.
    several: bool = False
    # An unnamed spokesperson's organisation ("ein Sprecher des Ministeriums"): the source a reader counts.
    speaks_for: Entity | None = None
    # An organisation its people speak for in the plural ("die Prüfer"): "sie" (they) may refer to it too.
    voiced_by_members: bool = False
    # Whether the text has called this person by the bare surname: a relative who shares it is not.
    called_by_surname: bool = False

    @property
    def final(self) -> Entity:
        """The entity this one turned out to be (itself where the text joined it to no other)."""
        entity = self
        while entity.absorbed_by is not None:
            entity = entity.absorbed_by
        return entity

    @property
    def organisation_name(self) -> str | None:
        """The name of an organisation the text names, one of its own, else None: what a word referring back
        may mean ("das Unternehmen", "ein Sprecher" with one in view)."""
        return self.name if self.kind == ORGANISATION and not self.several else None

    @property
    def named_in_full(self) -> bool:
        """Whether the text gives more than one word of the entity's name ("Jutta Lemke"; a lone capitalised
        word, "Lemke" or "Lehrermangel", may be no one)."""
        return self.name is not None and len(self.name.split()) > 1

    @property
    def description_opener(self) -> str:
        """The first word of the first description in lower case, its article where it has one ("ein" for "Ein
        34-Jähriger", "die" for "die Regierungsrätin"); "" without a description."""
        return (self.description or "").split(" ", 1)[0].lower()

    @property
    def label(self) -> str | None:
        """What quotekit calls the entity: its fullest name, else its first description."""
        return self.name if self.name is not None else self.description

    @property
    def gender(self) -> str | None:
        """ "masc", "fem" or "plur" where the text shows it: a first name first, else the most evidence."""
        if self.kind == GROUP:
            return "plur"
        if self.first_name_gender is not None:
            return self.first_name_gender
        if not self.evidence:
            return None
        (best, count), *rest = [*self.evidence.most_common(2), ("", 0)]
        return best if count > rest[0][1] else None

    def allows(self, genders: Iterable[str]) -> bool:
        """Whether a mention that may have `genders` can refer to this entity."""
        wanted = set(genders)
        own = self.gender
        if self.kind == PERSON:
            return own in wanted if own is not None else bool(wanted & PERSON_GENDERS)
        if self.voiced_by_members and "plur" in wanted:
            return True
        return own is not None and own in wanted

    def add_name(self, words: list[str]) -> None:
        """Remember a form of the entity's name; the fullest names it, and a surname the text gives without
        an "s" shows a name first given in the genitive ("Angela Merkels Sprecher", later "Merkel")."""
        if self.name is None or len(words) > len(self.name.split()):
            self.name = " ".join(words)
            return
        own = self.name.split()
        if len(words) <= len(own) and own[len(own) - len(words) :] == [*words[:-1], words[-1] + "s"]:
            self.name = " ".join([*own[:-1], words[-1]])

    def add_role(self, role: Role) -> None:
        if role not in self.roles:
            self.roles.append(role)

    def conflicts(self, role: Role) -> bool:
        """Whether a description with `role` cannot be this person: another age ("die 38-Jährige" is not "eine
        45-jährige Hundehalterin"), another party of a court case ("der Staatsanwalt", "der Angeklagte").
        (Functions do not exclude each other: "ÖVP-Wohnbausprecherin Katharina Edlinger" is "die Abgeordnete
        aus Niederösterreich".)"""
        name = role[0]
        if is_age_role(name) and any(is_age_role(r) and r != name for r, _, _ in self.roles):
            return True
        # "der Finne" is not "der Serbe": another nationality
        if is_nationality_role(name) and any(
            is_nationality_role(r) and nationality_stem(r) != nationality_stem(name) for r, _, _ in self.roles
        ):
            return True
        # "der Staatsanwalt" is not the accused: parties of a court case exclude each other.
        parties = german().role_parties
        party = parties.get(name)
        return party is not None and any(parties.get(r, party) != party for r, _, _ in self.roles)

    def other_party(self, party: str) -> bool:
        """Whether the text gave this person a party other than `party` ("die CDU-Abgeordnete Silke Hartung"
        is not "die Sozialdemokratin")."""
        return bool(self.parties - {party})

    def matches_role(self, role: Role) -> bool:
        """ "der NATO-Chef" for the "NATO-Generalsekretär", "der Sprecher" for "der Sprecher der Polizei"."""
        name, words, prefix = role
        for own_name, own_words, own_prefix in self.roles:
            if prefix and prefix == own_prefix:
                return True
            if name == own_name and words <= own_words and (not prefix or not own_prefix):
                return True
        return False


@attrs.define
class EntityIndex:
    """The entities of a text with lookups by surname, first name, role and organisation word."""

    entities: list[Entity] = attrs.field(factory=list)
    by_surname: dict[str, list[Entity]] = attrs.field(factory=dict)
    by_first_name: dict[str, list[Entity]] = attrs.field(factory=dict)
    by_first_part: dict[str, list[Entity]] = attrs.field(factory=dict)  # of a double surname
    by_role: dict[str, list[Entity]] = attrs.field(factory=dict)
    by_prefix: dict[str, list[Entity]] = attrs.field(factory=dict)  # "NATO-Generalsekretär" under "nato"
    by_word: dict[str, list[Entity]] = attrs.field(factory=dict)  # organisations by the words of their name
    by_party: dict[str, list[Entity]] = attrs.field(factory=dict)  # people by the party the text gives them

    def new(self, kind: str) -> Entity:
        entity = Entity(id=len(self.entities), kind=kind)
        self.entities.append(entity)
        return entity

    def named_people(self, genders: frozenset[str] | None = None) -> list[Entity]:
        """The people the text names (not joined to another), in the order it brought them in; with `genders`,
        those that may be one of them."""
        return [
            e
            for e in self.entities
            if e.kind == PERSON
            and e.absorbed_by is None
            and e.name is not None
            and (genders is None or e.allows(genders))
        ]

    def person_named_by_initial(self, accept: Callable[[Entity], bool]) -> Entity | None:
        """The one person `accept` allows whom the text names by a first name and the initial of the surname
        ("Leandro S.", as the press names the accused and victims), or None where none or several are."""
        found = {
            e.id: e
            for e in self.named_people()
            if len(words := (e.name or "").split()) > 1 and is_initials(words[-1]) and accept(e)
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def people_by_initials(self, letters: Sequence[str]) -> list[Entity]:
        """The one person named in full whose first name and surname open with the first and last of the
        initials ("J. R." for Johanna Riedl, as an interview gives its answers); [] where none or several fit."""
        fitting = [
            e
            for e in self.named_people()
            if len(words := (e.name or "").split()) >= len(letters) > 1
            and (words[0][0], words[-1][0]) == (letters[0], letters[-1])
        ]
        return fitting if len(fitting) == 1 else []

    def index_surname(self, entity: Entity, surname: str) -> None:
        if surname not in entity.surnames:
            entity.surnames.add(surname)
            self.by_surname.setdefault(surname, []).append(entity)
            if "-" in surname and entity.kind == PERSON:
                # "Frau Imboden" for "Nora Imboden-Salzgeber": the first part of a double name
                self.by_first_part.setdefault(surname.split("-", 1)[0], []).append(entity)

    def index_leading_word(self, entity: Entity, word: str) -> None:
        """ "Wen" for "Wen Liyun", "Hoang" for "Hoang Thi Lan": the first word of a name that is no first name
        the table knows may be the family name, which some languages put first."""
        entities = self.by_first_part.setdefault(word, [])
        if entity not in entities:
            entities.append(entity)

    def index_first_name(self, entity: Entity, first: str) -> None:
        if first not in entity.first_names:
            entity.first_names.add(first)
            self.by_first_name.setdefault(first, []).append(entity)

    def index_party(self, entity: Entity, party: str) -> None:
        if party not in entity.parties:
            entity.parties.add(party)
            self.by_party.setdefault(party, []).append(entity)

    def index_role(self, entity: Entity, role: Role) -> None:
        if role not in entity.roles:
            entity.add_role(role)
            if (party := german().parties.get(role[2])) is not None:
                self.index_party(entity, party)  # "die CDU-Abgeordnete"
            for table, key in ((self.by_role, role[0]), (self.by_prefix, role[2])):
                if not key:
                    continue
                entities = table.setdefault(key, [])
                if entity not in entities[-_RECENT_PER_ROLE:]:
                    entities.append(entity)

    def index_words(self, entity: Entity, words: Iterable[str]) -> None:
        """Index an organisation by the words of its name, and by the last part of a hyphenated one
        ("Hanse-Institut" is found as "Institut")."""
        for word in words:
            for form in {word_key(word), word_key(word.rsplit("-", 1)[-1])}:
                entities = self.by_word.setdefault(form, [])
                if entity not in entities:
                    entities.append(entity)

    def names_person_in_full(self, word: str) -> bool:
        """Whether `word` is the surname of a person the text named in full."""
        return any(e.kind == PERSON and e.named_in_full for e in self.by_surname.get(surname_key(word), []))

    def organisations(self, words: str) -> list[Entity]:
        """The organisations indexed under `words` (any inflection: "Kammerspielen", "Kammerspiele")."""
        found = self.by_word.get(word_key(words))
        # (most words name none: asked of every capitalised word the pass reads)
        return [e for e in found if e.kind == ORGANISATION] if found else []

    def absorb(self, into: Entity, other: Entity) -> None:
        """Make `other` part of `into`: the text said they are one ("Rudolf Prinz, so heißt der Kläger")."""
        if other.name is not None:
            into.add_name(other.name.split())
        into.first_name_gender = into.first_name_gender or other.first_name_gender
        into.evidence.update(other.evidence)
        for surname in other.surnames:
            self.by_surname[surname] = [into if e is other else e for e in self.by_surname.get(surname, [])]
            into.surnames.add(surname)
        for first in other.first_names:
            self.by_first_name[first] = [into if e is other else e for e in self.by_first_name.get(first, [])]
            into.first_names.add(first)
        for role in other.roles:
            self.index_role(into, role)
        into.tokens.extend(other.tokens)
        into.last = max(into.last, other.last)
        other.absorbed_by = into

    def with_role(self, role: Role, accept: Callable[[Entity], bool]) -> Entity | None:
        """The entity last named with a matching role that `accept` allows."""
        recent = self.by_role.get(role[0], [])[-_RECENT_PER_ROLE:]
        candidates = [e for e in recent if e.matches_role(role) and accept(e)]
        if not candidates and role[2]:  # "der NATO-Chef": the prefix alone ties it
            candidates = [e for e in self.by_prefix.get(role[2], [])[-_RECENT_PER_ROLE:] if accept(e)]
        if not candidates and role[1]:
            # "Der Informationsminister des Südsudans" paragraphs after "Der südsudanesische Informationsminister
            # Barnaba Marial Benjamin": a role with words of its own goes to the one person the text named with the
            # bare role, where it gave the role to no one else
            holders = {e.id: e for e in self.by_role.get(role[0], []) if e.absorbed_by is None}
            only = next(iter(holders.values())) if len(holders) == 1 else None
            if (
                only is not None
                and only.kind == PERSON
                and only.name is not None
                # (no words or prefix of its own with the role: "ARD-Reporter Peter Mezger" is no "Reporter des
                # Fernsehsenders" of another broadcaster)
                and not any(words or prefix for name, words, prefix in only.roles if name == role[0])
                and accept(only)
            ):
                candidates = [only]
        return max(candidates, key=lambda e: e.last, default=None)


@attrs.define
class Focus:
    """How much each entity is in view: its strongest mention (more as a subject or a speaker), whose weight
    halves with each sentence. Only the entities most recently in view are kept, so a look-up costs
    the same however long the text is."""

    weights: dict[int, tuple[float, int]] = attrs.field(factory=dict)  # entity id -> (weight, sentence)
    recent: list[Entity] = attrs.field(factory=list)  # most recent first

    def mention(
        self,
        entity: Entity,
        sentence: int,
        *,
        subject: bool = False,
        speaker: bool = False,
        minor: bool = False,
    ) -> None:
        # The strongest mention counts, not their sum: a person named once as the subject of the last sentence
        # is more in view than one named five times before it.
        weight = _MENTION_WEIGHT + _SUBJECT_WEIGHT * subject + _SPEAKER_WEIGHT * speaker
        weight *= _MINOR if minor else 1.0
        value = self.value(entity, sentence)
        weight = value if value > weight else weight
        self.weights[entity.id] = (weight, sentence)
        if entity in self.recent:
            self.recent.remove(entity)
        self.recent.insert(0, entity)
        if len(self.recent) > _FOCUS_SIZE:
            dropped = self.recent.pop()
            self.weights.pop(dropped.id, None)

    def last_sentence(self, entity: Entity) -> int | None:
        """The sentence an entity was last mentioned in, or None where it is out of view."""
        seen = self.weights.get(entity.id)
        return None if seen is None else seen[1]

    def value(self, entity: Entity, sentence: int) -> float:
        weight, seen = self.weights.get(entity.id, (0.0, sentence))
        gap = sentence - seen
        return float(
            weight * _DECAY ** (gap if gap > 0 else 0)
        )  # (asked of every entity in view, per mention)

    def clear_best(
        self, sentence: int, accept: Callable[[Entity], bool], floor: float, margin: float
    ) -> Entity | None:
        """The entity most in view that `accept` allows, at least `floor` in view and `margin` times more
        than any other it allows: the one person a text is about at this point, or None."""
        values = sorted(
            ((self.value(entity, sentence), entity) for entity in self.recent if accept(entity)),
            key=lambda pair: -pair[0],
        )
        if not values or values[0][0] < floor:
            return None
        if len(values) > 1 and values[1][0] * margin > values[0][0]:
            return None
        return values[0][1]

    def best(self, sentence: int, accept: Callable[[Entity], bool], floor: float) -> Entity | None:
        """The entity most in view that `accept` allows, when it is in view at least `floor`."""
        chosen: Entity | None = None
        top = floor
        for entity in self.recent:  # most recent first: ties go to the latest mention
            value = self.value(entity, sentence)
            if value > top and accept(entity):
                chosen, top = entity, value
        return chosen
