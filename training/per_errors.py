"""Count the classes of PER errors of a pipeline on a gold corpus (error analysis for issue 13).

Every gold PER span is right (a predicted PER with the same boundaries), a boundary error (a
predicted PER overlaps it), a wrong type (only entities of another type overlap it) or missed (no
predicted entity touches it); every predicted PER that is not right either overlaps a gold PER
(the boundary errors again), a gold entity of another type (wrong type) or nothing (false PER).
Missed names are split by length and by whether their first word is in the ruler's first-name
lexicon. Counted with the name ruler and without it ("NER alone"), from the same predictions:

    python training/per_errors.py de_quotekit_sm --part ge300
    python training/per_errors.py de_quotekit_sm --gold training/corpus/eval-smartdata-test.spacy

Examples are printed only with --examples, and only for the training dev: the evaluation splits
are for counting, never for fitting rules to their sentences.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span

sys.path.insert(0, str(Path(__file__).parent))
import functions  # registers the model's components (the ruler of this tree)

GE_DEV, WIKI_DEV = 300, 500  # as in prepare.py
PER = "PER"
EVAL_PREFIX = "eval-"


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def classify(pred: Doc, gold: Doc, known_first: functions.NameRuler) -> tuple[Counter[str], list[str]]:
    """Error classes of one document (counts) and one line per error."""
    counts: Counter[str] = Counter()
    lines: list[str] = []
    pred_ents = [(e.start_char, e.end_char, e.label_) for e in pred.ents]
    gold_ents = [(e.start_char, e.end_char, e.label_) for e in gold.ents]
    for gs, ge, gl in gold_ents:
        if gl != PER:
            continue
        counts["gold PER"] += 1
        touching = [(s, e, lab) for s, e, lab in pred_ents if s < ge and gs < e]
        text = gold.text[gs:ge]
        if (gs, ge, PER) in touching:
            counts["right"] += 1
            continue
        if any(lab == PER for _, _, lab in touching):
            counts["boundary"] += 1
            got = "; ".join(pred.text[s:e] for s, e, lab in touching if lab == PER)
            lines.append(f"boundary   [{text}] -> [{got}]")
        elif touching:
            counts["wrong type"] += 1
            lines.append(
                f"wrong type [{text}] -> " + "; ".join(f"{pred.text[s:e]}/{lab}" for s, e, lab in touching)
            )
        else:
            words = text.split()
            size = "one word" if len(words) == 1 else "two+ words"
            first = "first name" if known_first.is_first_name(words[0]) else "no first name"
            counts[f"missed, {size}, {first}"] += 1
            lines.append(f"missed     [{text}] ({size}, {first})")
    for ps, pe, pl in pred_ents:
        if pl != PER:
            continue
        counts["pred PER"] += 1
        touching = [(s, e, lab) for s, e, lab in gold_ents if s < pe and ps < e]
        if (ps, pe, PER) in touching or any(lab == PER for _, _, lab in touching):
            continue  # right, or a boundary error counted above
        text = pred.text[ps:pe]
        if touching:
            counts["false PER, gold other type"] += 1
            lines.append(
                f"not PER    [{text}] gold " + "; ".join(f"{gold.text[s:e]}/{lab}" for s, e, lab in touching)
            )
        else:
            counts["false PER, no gold entity"] += 1
            lines.append(f"false PER  [{text}]")
    return counts, lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("model", help="installed package name or pipeline directory")
    ap.add_argument("--gold", type=Path, default=Path("training/corpus/ner-dev.spacy"))
    ap.add_argument("--part", choices=["all", "ge300", "europarl", "wiki500"], default="all")
    ap.add_argument("--examples", action="store_true", help="print every error (training dev only)")
    args = ap.parse_args()
    if args.examples and args.gold.name.startswith(EVAL_PREFIX):
        ap.error("--examples is for the training dev only")
    nlp = spacy.load(args.model)
    gold = list(DocBin().from_disk(args.gold).get_docs(nlp.vocab))
    if args.part != "all":
        n = len(gold)
        parts = {
            "ge300": slice(0, GE_DEV),
            "europarl": slice(GE_DEV, n - WIKI_DEV),
            "wiki500": slice(n - WIKI_DEV, n),
        }
        gold = gold[parts[args.part]]
    ruler = nlp.get_pipe("quotekit_names")
    assert isinstance(ruler, functions.NameRuler)
    with nlp.select_pipes(disable=["quotekit_names"]):
        alone = list(nlp.pipe(g.text for g in gold))
    ruled = [ruler(d.copy()) for d in alone]
    table: dict[str, Counter[str]] = {}
    for name, docs in (("NER alone", alone), ("with ruler", ruled)):
        total: Counter[str] = Counter()
        for k, (pred, ref) in enumerate(zip(docs, gold, strict=True)):
            counts, lines = classify(pred, ref, ruler)
            total.update(counts)
            if args.examples and name == "with ruler":
                for line in lines:
                    print(f"{k}\t{line}")
        table[name] = total
    keys = sorted(set(table["NER alone"]) | set(table["with ruler"]))
    print(f"\n| {args.gold.name} {args.part} | NER alone | with ruler |\n|---|---:|---:|")
    for key in keys:
        print(f"| {key} | {table['NER alone'][key]} | {table['with ruler'][key]} |")


if __name__ == "__main__":
    main()
