"""Build the lexicon of the name ruler (quotekit_names in functions.py) from ../shared/data/names/.

First names: Berlin's lists of children's first names 2012-2023 (boys' and girls' counts) where a
name was given at least MIN_COUNT times, and coreferee's lists of female and male first names.
The open NER training corpus (training/corpus/ner-train.spacy, never an evaluation split) then
decides which of them are too often something else to start a name:

- a name that starts a run of capitalised words (the ruler's trigger) at least MIN_BAD times
  outside a PER entity, and more often so than inside one ("Mai", "Paris"), is left out;
- a name whose lower-case form occurs as a word more often than the name starts a PER entity
  ("will", "mark"), and at least MIN_BAD times, is left out;
- a word that is mostly a place in the corpus (LOC at least MIN_BAD times and more than
  PLACE_RATIO times as often as PER) is no first name ("Florenz", "Israel") but a place word, and a
  run that ends in one is not a name ("Fortuna Düsseldorf").

    python training/names.py --data ../shared/data/names --corpus training/corpus/ner-train.spacy \\
        --out training/corpus/names.json
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import spacy
from spacy.tokens import DocBin

MIN_COUNT = 5  # Berlin: a name given fewer times is mostly a rare spelling or a surname as a middle name
MIN_BAD = 2
PLACE_RATIO = 5  # a place word is LOC more than five times as often as PER (Israel 29:1, Paris 107:2)

ATTRIBUTION = [
    "First names and the number of boys and girls given each name in Berlin 2012-2023: Berlin open "
    "data portal (daten.berlin.de), 'Liste der häufigen Vornamen', Landesamt für Bürger- und "
    "Ordnungsangelegenheiten (LABO), cleaned by BerlinOnline; licence CC BY 3.0 DE "
    "(https://creativecommons.org/licenses/by/3.0/de/). Counts summed over years, districts and "
    "name positions; names given fewer than 5 times and names that the training corpora show to be "
    "mostly something else left out.",
    "Female and male first names: the coreferee package (msg systems ag), MIT licence; its sources "
    "include Offene Daten Köln, Vornamen (Stadt Köln, CC BY 3.0 DE), US Social Security "
    "Administration baby names, the Polish PESEL name list and the French 'Liste de Prénoms'.",
]
TITLES = ["Herr", "Herrn", "Frau", "Dr.", "Prof.", "Dres.", "Dipl.-Ing."]
# Between a title and a name: "Frau Ministerin Okonkwo", "Herr Bundespräsident Steinmeier".
ROLE_ENDINGS = [
    f"{stem}{suffix}"
    for stem in [
        "präsident",
        "minister",
        "kanzler",
        "bürgermeister",
        "professor",
        "doktor",
        "richter",
        "botschafter",
        "senator",
        "sekretär",
        "direktor",
        "pfarrer",
        "kommissar",
        "sprecher",
        "vorsitzend",
        "abgeordnet",
        "vertreter",
        "kolleg",
        "trainer",
        "anwalt",
        "chef",
    ]
    for suffix in ["", "in", "e", "er"]
]
PARTICLES = ["von", "van", "de", "zu", "vom", "di", "da", "du", "del", "della", "le", "la"]
PARTICLES += ["ten", "ter", "bin", "ibn", "al", "el", "y", "dos", "do"]
SECOND_PARTICLES = ["der", "den", "des", "la", "las", "los"]  # only after one of PARTICLES: von der
STRICT_PARTICLES = ["zu", "da"]  # also German words: a common noun after them ends the name (zu Recht)
# A run that contains one of these, or is followed by one, names an organisation or a place.
INSTITUTION_ENDINGS = [
    "stiftung",
    "institut",
    "preis",
    "straße",
    "strasse",
    "platz",
    "allee",
    "schule",
    "gymnasium",
    "universität",
    "hochschule",
    "stadion",
    "arena",
    "zentrum",
    "gesellschaft",
    "kaserne",
    "kirche",
    "museum",
    "klinik",
    "krankenhaus",
    "verein",
    "-haus",
    "-halle",
    "-brücke",
    "-weg",
    "-ring",
    "gmbh",
]
INSTITUTION_WORDS = [
    "ag",
    "kg",
    "se",
    "inc",
    "ltd",
    "co",
    "e.v.",
    "llc",
    "plc",
    "&",
    "associates",
    "partners",
]
INSTITUTION_WORDS += ["group", "holding", "bank", "records", "cup", "open", "games", "championships", "award"]
INSTITUTION_WORDS += [
    "awards",
    "festival",
    "trophy",
    "prize",
    "foundation",
    "university",
    "college",
    "school",
]
# Capitalised words that never continue a name.
NOT_NAMES = "Sie Ihr Ihre Ihnen Ihrer Ihren Ihrem Der Die Das Den Dem Des Ein Eine Einer Und Oder Aber "
NOT_NAMES += "In Im Am An Auf Aus Bei Mit Nach Für Von Vom Zu Zum Zur Über Unter Vor Wie Was Wer Ich Er "
NOT_NAMES += "Es Wir Januar Februar März April Juni Juli August September Oktober November Dezember "
NOT_NAMES += "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag"


ARTICLES = ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines"]


def _name_like(name: str) -> bool:
    return len(name) > 1 and name[0].isupper() and name.replace("-", "").isalpha() and not name.isupper()


def read_names(folder: Path) -> dict[str, list[int]]:
    """name -> [boys, girls]; coreferee's names count as one of their gender where Berlin has none."""
    names: dict[str, list[int]] = {}
    for line in (folder / "first-names-berlin.tsv").read_text(encoding="utf8").splitlines():
        if line.startswith(("#", "name\t")) or not line.strip():
            continue
        name, boys, girls = line.split("\t")
        if int(boys) + int(girls) >= MIN_COUNT and _name_like(name):
            names[name] = [int(boys), int(girls)]
    for file, col in [("first-names-male-coreferee.txt", 0), ("first-names-female-coreferee.txt", 1)]:
        for raw in (folder / file).read_text(encoding="utf8").splitlines():
            name = raw.strip()
            if not _name_like(name) or name.startswith("#"):
                continue
            counts = names.setdefault(name, [0, 0])
            counts[col] = max(counts[col], 1)
    return names


def corpus_evidence(
    path: Path,
) -> tuple[Counter[str], Counter[str], Counter[str], Counter[str], Counter[str]]:
    """Counts from the NER training corpus: a word starting a capitalised run inside a PER entity
    (good) or outside one (bad), lower-case words, and words labelled LOC or PER."""
    nlp = spacy.blank("de")
    good: Counter[str] = Counter()
    bad: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    loc: Counter[str] = Counter()
    per: Counter[str] = Counter()
    seen: set[str] = set()
    for doc in DocBin().from_disk(path).get_docs(nlp.vocab):
        if doc.text in seen:
            continue  # a corpus given twice in the mix (GermEval) counts once
        seen.add(doc.text)
        for i, tok in enumerate(doc):
            text = tok.text
            if text.islower():
                lower[text] += 1
            if tok.ent_type_ == "LOC":
                loc[text] += 1
            elif tok.ent_type_ == "PER":
                per[text] += 1
            nxt = doc[i + 1].text if i + 1 < len(doc) else ""
            if _name_like(text) and _name_like(nxt):
                if tok.ent_type_ == "PER":
                    good[text] += 1
                else:
                    bad[text] += 1
    return good, bad, lower, loc, per


def build(folder: Path, corpus: Path) -> tuple[dict[str, object], list[str]]:
    names = read_names(folder)
    good, bad, lower, loc, per = corpus_evidence(corpus)
    places = sorted(w for w, n in loc.items() if n >= MIN_BAD and n > PLACE_RATIO * per[w] and _name_like(w))
    place_set = set(places)
    dropped = []
    for name in sorted(names):
        low = lower[name.lower()]
        if (
            (bad[name] >= MIN_BAD and bad[name] > good[name])
            or (low >= MIN_BAD and low > good[name])
            or name in place_set
        ):
            dropped.append(f"{name} (PER {good[name]}, other {bad[name]}, lower-case {low})")
            del names[name]
    lexicon: dict[str, object] = {
        "attribution": ATTRIBUTION,
        "first_names": names,
        "titles": TITLES,
        "role_endings": ROLE_ENDINGS,
        "particles": PARTICLES,
        "second_particles": SECOND_PARTICLES,
        "strict_particles": STRICT_PARTICLES,
        "institution_endings": INSTITUTION_ENDINGS,
        "institution_words": INSTITUTION_WORDS,
        "place_words": places,
        "not_names": NOT_NAMES.split(),
        "articles": ARTICLES,
    }
    return lexicon, dropped


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path("../shared/data/names"))
    ap.add_argument("--corpus", type=Path, default=Path("training/corpus/ner-train.spacy"))
    ap.add_argument("--out", type=Path, default=Path("training/corpus/names.json"))
    args = ap.parse_args()
    lexicon, dropped = build(args.data, args.corpus)
    args.out.write_text(json.dumps(lexicon, ensure_ascii=False, separators=(",", ":")), encoding="utf8")
    n_names = len(lexicon["first_names"])  # type: ignore[arg-type]
    n_places = len(lexicon["place_words"])  # type: ignore[arg-type]
    print(f"{n_names} first names, {n_places} place words -> {args.out}")
    print(f"{len(dropped)} first names left out, e.g.: " + "; ".join(dropped[:40]))


if __name__ == "__main__":
    main()
