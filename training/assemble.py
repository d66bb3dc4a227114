"""Join the syntax pipeline and the NER pipeline into de_quotekit_sm and write its meta.

The NER keeps its own tok2vec (trained on NER data only); the quotation-aware sentence guard
runs before the parser.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).parent))
import functions  # noqa: F401  (registers quotekit_quote_sentences)

VERSION = "0.2.0"
SOURCES = [
    {
        "name": "UD German GSD (test split only; dev is held out for evaluation)",
        "url": "https://github.com/UniversalDependencies/UD_German-GSD",
        "license": "CC BY-SA 4.0",
    },
    {
        "name": "UD German PUD",
        "url": "https://github.com/UniversalDependencies/UD_German-PUD",
        "license": "CC BY-SA 3.0",
    },
    {
        "name": "UD German LIT",
        "url": "https://github.com/UniversalDependencies/UD_German-LIT",
        "license": "CC BY-NC-SA 4.0 (non-commercial)",
    },
    {
        "name": "GermEval 2014 NER (test split only; dev is held out for evaluation)",
        "url": "https://sites.google.com/site/germeval2014ner/",
        "license": "CC BY 4.0",
    },
    {
        "name": "DFKI SmartData corpus v1 (train split only)",
        "url": "https://github.com/DFKI-NLP/smartdata-corpus",
        "license": "CC BY 4.0; annotations marked 'research use only'",
    },
    {
        "name": "EuroParl German NER (Faruqui & Padó)",
        "url": "https://nlpado.de/~sebastian/software/ner_german.shtml",
        "license": "not stated by the authors",
    },
    {
        "name": "Legal Entity Recognition (Leitner et al.), train split, PER/LOC/ORG sentences",
        "url": "https://github.com/elenanereiss/Legal-Entity-Recognition",
        "license": "CC BY 4.0 (repository README also names CC BY-NC-SA 4.0)",
    },
    {
        "name": "UniversalNER German-PUD",
        "url": "https://github.com/UniversalNER/UNER_German-PUD",
        "license": "CC BY-SA 3.0",
    },
]
LICENSE = "CC BY-NC-SA 4.0"
DESCRIPTION = (
    "German pipeline for quotekit (tokenizer with quotation-mark rules, STTS tagger, "
    "morphologizer, parser, trainable lemmatizer, NER with PER/LOC/ORG/MISC), CNN tok2vec, "
    "trained offline on open data. Licence: CC BY-NC-SA 4.0, inherited from UD German LIT "
    "(non-commercial, share-alike) and the share-alike UD/UNER treebanks; SmartData annotations "
    "are for research use only. Not for commercial use. See docs/model.md of quotekit."
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("syntax", type=Path)
    ap.add_argument("ner", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--no-lit", action="store_true", help="the syntax model was trained without LIT")
    args = ap.parse_args()
    nlp = spacy.load(args.syntax)
    ner_nlp = spacy.load(args.ner)
    ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    nlp.add_pipe("ner", source=ner_nlp)
    nlp.add_pipe("quotekit_quote_sentences", first=True)
    sources = [s for s in SOURCES if not (args.no_lit and "LIT" in s["name"])]
    licence, description = LICENSE, DESCRIPTION
    if args.no_lit:
        # still share-alike (UD, UNER) and research-only annotations (SmartData)
        licence = "CC BY-SA 4.0; SmartData annotations research use only"
        description = (
            DESCRIPTION.split(" Licence:")[0] + f" Trained without UD German LIT. Licence: {licence}."
        )
    nlp.meta.update(
        {
            "name": "quotekit_sm",
            "version": VERSION,
            "description": description,
            "license": licence,
            "author": "The quotekit developers",
            "url": "",
            "email": "",
            "sources": sources,
        }
    )
    args.out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(args.out)
    print(f"assembled {nlp.pipe_names} -> {args.out}")


if __name__ == "__main__":
    main()
