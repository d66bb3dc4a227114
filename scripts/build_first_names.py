"""Build quotekit's first-name table (``src/quotekit/lang/de/data/speaker_first_names.tsv``).

From the two sources in ``../shared/data/names`` (see its README for the licences):
- the Berlin first names 2012-2023 with the number of boys and girls (CC BY 3.0 DE, LABO Berlin / BerlinOnline);
- coreferee's female and male first names (MIT; its German part from Offene Daten Köln, CC BY 3.0 DE).

A name is kept with a gender when the evidence points one way: in Berlin at least 90 % of at least two
children with it have that sex (with only two, not a word annotated text uses as a common word, a place or a
surname more often than as a first name), and coreferee's lists do not say only the other; or it is in one coreferee list
and Berlin does not contradict it. A name given both ways is kept as a first name of either gender ("x")
when both of coreferee's lists have it ("Deniz", "Robin") or one has it and Berlin gave it to at least 20
children ("Kim"): it shows a person, not which pronoun refers to them. Dropped: names that are no single
capitalised word, and names that are common German words or places: those that annotated German text
(GermEval 2014 and the LER court decisions, both CC BY 4.0, in ``../shared/data/training/ner``) uses at least
three times outside any name and more often so than inside a person's, plus the words checked by hand in
``scripts/first_names_dropped.txt``. Common Swiss and Austrian names the sources miss are added from
``scripts/first_names_added.tsv`` (checked by hand). The output has one name a line: name TAB m|f TAB evidence (the number of Berlin
children, or "list" for a name known from coreferee's lists only).

    python scripts/build_first_names.py [--names ../shared/data/names] [--ner ../shared/data/training/ner] [--out PATH]
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[1]
_NAMES = _ROOT.parent / "shared" / "data" / "names"
_OUT = _ROOT / "src" / "quotekit" / "lang" / "de" / "data" / "speaker_first_names.tsv"
_SHARE = 0.9  # share of one sex among the Berlin children for a name to tell a gender
_MIN_CHILDREN = 2  # Berlin children a name must have been given to (two of one sex: "Kenta", "Nnaemeka")
_EITHER_CHILDREN = 20  # Berlin children that make a name one list gives one gender a name of either
_FEW_CHILDREN = 3  # below this many, a name annotated text uses otherwise is dropped (`_not_first_names`)
_NAME = re.compile(r"^[A-ZÀ-ÞŁŚŻŹĆŃŠŽČ][a-zß-ÿłśżźćńšžčğıçşăâîțș']+(?:-[A-ZÀ-Þ][a-zß-ÿ']+)?$")

_HEADER = """\
# First names with the gender they tell, for finding names the recogniser misses and for pronoun agreement.
# Built by scripts/build_first_names.py from (see NOTICE.txt in this folder):
#   - "Liste der häufigen Vornamen" 2012-2023, Berlin open data portal; Landesamt für Bürger- und
#     Ordnungsangelegenheiten (LABO), cleaned by BerlinOnline; licence CC BY 3.0 DE (Namensnennung 3.0 Deutschland);
#   - the first-name lists of coreferee (msg systems ag, MIT), whose German names come from Offene Daten Köln
#     (CC BY 3.0 DE).
# Changed: counts summed, common German words and places dropped; names given to both sexes marked x.
# Columns: name TAB m|f|x TAB evidence (Berlin children with the name, "list" where only coreferee knows it,
# "added" for the Swiss and Austrian names added by hand).
"""


def _read_berlin(path: Path) -> dict[str, tuple[int, int]]:
    counts: dict[str, tuple[int, int]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(("#", "name\t")):
            continue
        name, boys, girls = line.split("\t")
        old = counts.get(name, (0, 0))
        counts[name] = (old[0] + int(boys), old[1] + int(girls))
    return counts


def _read_list(path: Path) -> set[str]:
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return {line for line in lines if line and not line.startswith("#")}


def _common_words(ner: Path) -> set[str]:
    """Capitalised words that annotated German text uses mostly outside persons' names (mid-sentence)."""
    outside: dict[str, int] = {}
    person: dict[str, int] = {}
    sources = [(ner / "germeval2014-dev.tsv", 1, 2), (ner / "germeval2014-test.tsv", 1, 2)]
    sources += [(ner / name, 0, 1) for name in ("ler-train.conll", "ler-dev.conll", "ler-test.conll")]
    for path, word_column, tag_column in sources:
        if not path.is_file():
            continue
        first = True
        for line in path.read_text(encoding="utf-8").splitlines():
            columns = line.split("\t") if "\t" in line else line.split(" ")
            if line.startswith("#") or len(columns) <= tag_column:
                first = True
                continue
            word, tag = columns[word_column], columns[tag_column]
            if word[:1].isupper() and not first and (tag == "O" or tag.endswith(("PER", "RR", "AN"))):
                counts = outside if tag == "O" else person
                counts[word] = counts.get(word, 0) + 1
            first = False
    return {word for word, count in outside.items() if count >= 3 and count > person.get(word, 0)}


def _not_first_names(ner: Path) -> set[str]:
    """Capitalised words that annotated German text uses outside persons' names (a common word, a place, an
    organisation) or inside one but not first (a surname) more often than as a name's first word: not taken
    on the slight evidence of two Berlin children ("Fels", "Florida", "Hoffmann")."""
    first_in_name: dict[str, int] = {}
    other: dict[str, int] = {}
    sources = [(ner / "germeval2014-dev.tsv", 1, 2), (ner / "germeval2014-test.tsv", 1, 2)]
    sources += [(ner / name, 0, 1) for name in ("ler-train.conll", "ler-dev.conll", "ler-test.conll")]
    for path, word_column, tag_column in sources:
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            columns = line.split("\t") if "\t" in line else line.split(" ")
            if line.startswith("#") or len(columns) <= tag_column:
                continue
            word, tag = columns[word_column], columns[tag_column]
            if not word[:1].isupper():
                continue
            counts = first_in_name if tag.startswith("B-") and tag.endswith(("PER", "PS")) else other
            counts[word] = counts.get(word, 0) + 1
    return {word for word, count in other.items() if count >= first_in_name.get(word, 0)}


def build(
    names: Path, words: set[str], rare_exclusions: frozenset[str] = frozenset()
) -> list[tuple[str, str, str]]:
    berlin = _read_berlin(names / "first-names-berlin.tsv")
    female = _read_list(names / "first-names-female-coreferee.txt")
    male = _read_list(names / "first-names-male-coreferee.txt")
    rows: list[tuple[str, str, str]] = []
    for name in sorted(set(berlin) | female | male):
        if not _NAME.match(name) or name in words or name.lower() in words:
            continue
        boys, girls = berlin.get(name, (0, 0))
        total = boys + girls
        listed = {gender for gender, known in (("m", male), ("f", female)) if name in known}
        if total >= _MIN_CHILDREN:
            if total < _FEW_CHILDREN and name in rare_exclusions:
                continue
            gender = "m" if boys >= _SHARE * total else "f" if girls >= _SHARE * total else None
            if gender is None and (listed == {"m", "f"} or (listed and total >= _EITHER_CHILDREN)):
                gender = "x" if name not in rare_exclusions else None  # "Deniz", "Kim", "Robin"
            if gender is None or (gender != "x" and listed == {"m", "f"} - {gender}):
                continue
            rows.append((name, gender, str(total)))
        elif listed == {"m", "f"} and name not in rare_exclusions:
            rows.append((name, "x", "list"))
        elif len(listed) == 1:
            gender = next(iter(listed))
            other = girls if gender == "m" else boys  # the few Berlin children must not say the other
            if other == 0:
                rows.append((name, gender, "list"))
    # (a name added by hand tells its gender, where the sources give it both ways: "Andrea")
    known = {row[0] for row in rows if row[1] != "x"}
    for line in _read_list(Path(__file__).with_name("first_names_added.tsv")):
        if not line.startswith("#") and line.split("\t")[0] not in known:
            name, gender = line.split("\t")
            rows = [row for row in rows if row[0] != name]
            rows.append((name, gender, "added"))
    return sorted(rows)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--names", type=Path, default=_NAMES)
    parser.add_argument("--ner", type=Path, default=_NAMES.parent / "training" / "ner")
    parser.add_argument("--out", type=Path, default=_OUT)
    args = parser.parse_args()
    words = _common_words(args.ner) | _read_list(Path(__file__).with_name("first_names_dropped.txt"))
    rows = build(args.names, words, frozenset(_not_first_names(args.ner)))
    body = "".join(f"{name}\t{gender}\t{evidence}\n" for name, gender, evidence in rows)
    args.out.write_text(_HEADER + body, encoding="utf-8")
    print(f"{len(rows)} names written to {args.out}")


if __name__ == "__main__":
    main()
