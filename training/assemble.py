"""Join the syntax pipeline and the NER pipeline into de_quotekit_sm and write its meta.

The NER keeps its own tok2vec (trained on NER data only); the quotation-aware sentence guard
runs before the parser, the name ruler (with the lexicon of training/names.py) after the NER.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).parent))
import functions  # registers quotekit_quote_sentences and quotekit_names

VERSION = "0.3.2"
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
    {
        "name": "WikiNEuRal German (Babelscape), validation and test splits (500 sentences held out as training dev)",
        "url": "https://github.com/Babelscape/wikineural",
        "license": "CC BY-NC-SA 4.0 (non-commercial)",
    },
    {
        "name": (
            "Name ruler lexicon (quotekit_names/lexicon.json), first names with boys' and girls' counts: "
            "Berlin open data portal, 'Liste der häufigen Vornamen' 2012-2023, Landesamt für Bürger- und "
            "Ordnungsangelegenheiten (LABO), cleaned by BerlinOnline"
        ),
        "url": "https://daten.berlin.de/",
        "license": "CC BY 3.0 DE (https://creativecommons.org/licenses/by/3.0/de/); derived: summed, filtered",
    },
    {
        "name": (
            "Name ruler lexicon, female and male first names: the coreferee package (msg systems ag), "
            "whose sources include Offene Daten Köln, Vornamen (Stadt Köln, CC BY 3.0 DE)"
        ),
        "url": "https://github.com/explosion/coreferee",
        "license": "MIT; Offene Daten Köln CC BY 3.0 DE",
    },
]
LICENSE = "CC BY-NC-SA 4.0"
DESCRIPTION = (
    "German pipeline for quotekit (tokenizer with quotation-mark rules, STTS tagger, "
    "morphologizer, parser, trainable lemmatizer, NER with PER/LOC/ORG/MISC, and a name ruler "
    "that marks a known first name, a title or a role word followed by capitalised words as PER, "
    "and a surname the text vouches for wherever it recurs), CNN tok2vec, "
    "trained offline on open data. Licence: CC BY-NC-SA 4.0, inherited from UD German LIT and "
    "WikiNEuRal (non-commercial, share-alike) and the share-alike UD/UNER treebanks; SmartData "
    "annotations are for research use only. Not for commercial use. The name ruler's first names "
    "come from Berlin open data (LABO, cleaned by BerlinOnline; CC BY 3.0 DE) and the coreferee "
    "package (MIT; incl. Offene Daten Köln, CC BY 3.0 DE). See docs/model.md of quotekit."
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument(
        "syntax", type=Path, help="the syntax pipeline, or a released de_quotekit_sm whose syntax to keep"
    )
    ap.add_argument(
        "ner", type=Path, help="the trained NER pipeline, or a released de_quotekit_sm whose NER to keep"
    )
    ap.add_argument("out", type=Path)
    ap.add_argument("--names", type=Path, default=Path("training/corpus/names.json"), help="from names.py")
    ap.add_argument("--no-lit", action="store_true", help="the syntax model was trained without LIT")
    args = ap.parse_args()
    nlp = spacy.load(args.syntax)
    functions.customize_tokenizer(nlp)  # a release's tokenizer gets this code's rules (Roman ordinals)
    # a released pipeline as the syntax source: keep its tok2vec, tagger, morphologizer, parser
    # and lemmatizer, replace the rest
    for name in ("quotekit_quote_sentences", "ner", "quotekit_names"):
        if name in nlp.pipe_names:
            nlp.remove_pipe(name)
    ner_nlp = spacy.load(args.ner)
    if "quotekit_names" not in ner_nlp.pipe_names:
        # a trained NER pipeline: its NER listens to its tok2vec; a release's NER has its own copy
        ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    nlp.add_pipe("ner", source=ner_nlp)
    nlp.add_pipe("quotekit_quote_sentences", first=True)
    ruler = nlp.add_pipe("quotekit_names", after="ner")
    assert isinstance(ruler, functions.NameRuler)
    ruler.set_lexicon(json.loads(args.names.read_text(encoding="utf8")))
    sources = [s for s in SOURCES if not (args.no_lit and "LIT" in s["name"])]
    licence, description = LICENSE, DESCRIPTION
    if args.no_lit:
        # WikiNEuRal is non-commercial too, so the licence stays; only LIT leaves the sources
        description = DESCRIPTION.replace(
            " See docs/model.md", " Trained without UD German LIT. See docs/model.md"
        )
    # training scores: the syntax pipeline's, and the NER's on its training dev
    performance = {k: v for k, v in nlp.meta.get("performance", {}).items() if not k.startswith("ents")}
    performance.update({k: v for k, v in ner_nlp.meta.get("performance", {}).items() if k.startswith("ents")})
    nlp.meta.update(
        {
            "performance": performance,
            "name": "quotekit_sm",
            "version": VERSION,
            "description": description,
            "license": licence,
            "author": "The quotekit developers",
            "url": "",
            "email": "",
            "sources": sources,
            # spacy package adds the spaCy requirement; a release assembled from a release would
            # otherwise carry one more copy of it each time
            "requirements": [],
        }
    )
    args.out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(args.out)
    print(f"assembled {nlp.pipe_names} -> {args.out}")


if __name__ == "__main__":
    main()
