"""Score NER experiments on the held-out training dev (never on an evaluation split).

Each NER pipeline (the output of `spacy train training/ner.cfg`) is joined to the syntax of a
released de_quotekit_sm (the name ruler reads its tags) and scored on `ner-dev.spacy`, whole and
by part (the first 300 documents are GermEval test sentences, "ge300"; the last 500 WikiNEuRal;
EuroParl dev between them), with and without the name ruler:

    python training/devscore.py training/output/ner/model-best training/output/expE/model-best
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.scorer import Scorer
from spacy.tokens import Doc, DocBin
from spacy.training import Example

sys.path.insert(0, str(Path(__file__).parent))
import functions  # noqa: F401  (registers the model's components)

GE_DEV, WIKI_DEV = 300, 500  # as in prepare.py


def joined(base: str, ner_path: Path) -> Language:
    """The released pipeline with its NER replaced by the one at ner_path."""
    nlp = spacy.load(base)
    ner_nlp = spacy.load(ner_path)
    ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    nlp.remove_pipe("ner")
    nlp.add_pipe("ner", source=ner_nlp, before="quotekit_names")
    return nlp


def scores(docs: list[Doc], gold: list[Doc]) -> tuple[float, float, float, float]:
    """PER P, R, F and F over all labels."""
    s = Scorer.score_spans([Example(d, g) for d, g in zip(docs, gold, strict=True)], "ents")
    per = (s["ents_per_type"] or {}).get("PER", {"p": 0.0, "r": 0.0, "f": 0.0})
    return per["p"], per["r"], per["f"], float(s["ents_f"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("ner", nargs="+", type=Path)
    ap.add_argument("--base", default="de_quotekit_sm", help="the released pipeline whose syntax is used")
    ap.add_argument("--dev", type=Path, default=Path("training/corpus/ner-dev.spacy"))
    args = ap.parse_args()
    print("| NER | part | PER P/R/F alone | PER P/R/F with ruler | all F alone / with ruler |")
    print("|---|---|---|---|---|")
    for path in args.ner:
        nlp = joined(args.base, path)
        gold = list(DocBin().from_disk(args.dev).get_docs(nlp.vocab))
        with nlp.select_pipes(disable=["quotekit_names"]):
            alone = list(nlp.pipe(g.text for g in gold))
        ruler = nlp.get_pipe("quotekit_names")
        ruled = [ruler(d.copy()) for d in alone]
        n = len(gold)
        parts = {"all": slice(0, n), "ge300": slice(0, GE_DEV), "europarl": slice(GE_DEV, n - WIKI_DEV)}
        parts["wiki500"] = slice(n - WIKI_DEV, n)
        for part, sl in parts.items():
            a, r = scores(alone[sl], gold[sl]), scores(ruled[sl], gold[sl])
            print(
                f"| {path} | {part} | {a[0]:.3f}/{a[1]:.3f}/{a[2]:.3f} | {r[0]:.3f}/{r[1]:.3f}/{r[2]:.3f} "
                f"| {a[3]:.3f} / {r[3]:.3f} |"
            )


if __name__ == "__main__":
    main()
