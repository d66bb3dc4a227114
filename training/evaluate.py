"""Compare German pipelines on held-out data in one run and print a Markdown table.

UD German GSD dev (tagging, morphology, lemmas, parsing, sentences; each pipeline reads the raw
text with its own tokenizer) and GermEval 2014 dev and SmartData test (NER per label). None of
these is in the training data of de_quotekit_sm. For a pipeline with the name ruler
(quotekit_names), NER is also scored without it ("NER alone").

    python training/evaluate.py training/output/previous/0.3.0/de_quotekit_sm/de_quotekit_sm-0.3.0 de_quotekit_sm

Each model runs in a process of its own, with its own code (modelcode.py).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.scorer import Scorer
from spacy.tokens import Doc, DocBin
from spacy.training import Example

sys.path.insert(0, str(Path(__file__).parent))
from modelcode import register_code

FEATS = ("Mood", "Gender", "Number", "Person", "Case", "Tense")
NER_LABELS = ("PER", "LOC", "ORG", "MISC")
VERB_LEMMAS = {  # past forms of speech verbs, in sentences
    "Er sagte es.": ("sagte", "sagen"),
    "Sie sagten es.": ("sagten", "sagen"),
    "Er fügte hinzu, es sei gut.": ("fügte", "fügen"),
    "Sie betonte die Einheit.": ("betonte", "betonen"),
    "Sie betonten die Einheit.": ("betonten", "betonen"),
    "Er erklärte den Plan.": ("erklärte", "erklären"),
    "Sie kritisierte die Regierung.": ("kritisierte", "kritisieren"),
    "Er warnte vor Panik.": ("warnte", "warnen"),
}


def load_gold(nlp: Language, path: Path) -> list[Doc]:
    return list(DocBin().from_disk(path).get_docs(nlp.vocab))


def predict(nlp: Language, gold: list[Doc]) -> tuple[list[Example], float]:
    start = time.perf_counter()
    preds = list(nlp.pipe(g.text for g in gold))
    seconds = time.perf_counter() - start
    words = sum(len(g) for g in gold)
    return [Example(p, g) for p, g in zip(preds, gold, strict=True)], words / seconds


def feature_value_prf(examples: Iterable[Example], feat: str) -> tuple[float, float, float]:
    """P/R/F of one feature value (e.g. Mood=Sub) on tokens aligned one-to-one."""
    tp = fp = fn = 0
    for eg in examples:
        gold_morph = eg.get_aligned("MORPH", as_string=True)
        for tok, gold in zip(eg.predicted, gold_morph, strict=True):
            pred_has = feat in str(tok.morph).split("|")
            gold_has = gold is not None and feat in gold.split("|")
            tp += pred_has and gold_has
            fp += pred_has and not gold_has
        fn += sum(feat in str(t.morph).split("|") for t in eg.reference)
    fn -= tp
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def ud_scores(nlp: Language, gold: list[Doc]) -> dict[str, float]:
    examples, wps = predict(nlp, gold)
    s = Scorer(nlp).score(examples)
    out = {
        "POS (UPOS) acc": s["pos_acc"],
        "STTS tag acc": s["tag_acc"],
        "morph acc (all features)": s["morph_acc"],
    }
    per_feat = s.get("morph_per_feat") or {}
    for feat in FEATS:
        out[f"morph {feat} F"] = per_feat.get(feat, {}).get("f", 0.0)
    out["morph Mood=Sub F"] = feature_value_prf(examples, "Mood=Sub")[2]
    out["lemma acc"] = s["lemma_acc"]
    out["UAS"] = s["dep_uas"]
    out["LAS"] = s["dep_las"]
    out["sentence F"] = s["sents_f"]
    out["speed (words/s, GSD dev)"] = wps
    return out


def _span_scores(docs: list[Doc], gold: list[Doc], labels: tuple[str, ...]) -> dict[str, object]:
    examples = []
    for doc, ref in zip(docs, gold, strict=True):
        pred = doc.copy()
        # score only the labels the corpus annotates (SmartData has no MISC)
        pred.ents = [e for e in pred.ents if e.label_ in labels]
        examples.append(Example(pred, ref))
    return Scorer.score_spans(examples, "ents")


def ner_scores(nlp: Language, gold: list[Doc], name: str, labels: tuple[str, ...]) -> dict[str, float]:
    """P/R/F per label, and PER and all without the name ruler ("NER alone") where the pipeline
    has one: the same predictions before and after the ruler."""
    ruler = "quotekit_names" if "quotekit_names" in nlp.pipe_names else None
    with nlp.select_pipes(disable=[ruler] if ruler else []):
        docs = list(nlp.pipe(g.text for g in gold))
    alone = _span_scores(docs, gold, labels)
    full = _span_scores([nlp.get_pipe(ruler)(d) for d in docs], gold, labels) if ruler else alone
    out = {}
    for scores, suffix, keys in [(full, "", labels), (alone, " (NER alone)", ("PER",))]:
        per_type = scores["ents_per_type"] or {}
        for label in keys:
            d = per_type.get(label, {"p": 0.0, "r": 0.0, "f": 0.0})  # type: ignore[attr-defined]
            out[f"{name} {label} P/R/F{suffix}"] = (d["p"], d["r"], d["f"])
        out[f"{name} all P/R/F{suffix}"] = (scores["ents_p"], scores["ents_r"], scores["ents_f"])
    return out  # type: ignore[return-value]


def probes(nlp: Language) -> dict[str, str]:
    doc = nlp(
        "„Wir sind stark“, sagte Jens Stoltenberg. Die NATO berät. Ned Price und Maria "
        "Sacharowa widersprachen. Er fügte hinzu, man müsse handeln, und betonte die Einheit."
    )
    lemmas = {}
    for sent, (word, _) in VERB_LEMMAS.items():
        lemmas[word] = next((t.lemma_ for t in nlp(sent) if t.text == word), "")
    ok = sum(lemmas[w] == lemma for w, lemma in VERB_LEMMAS.values())
    return {
        "sentences": " | ".join(s.text for s in doc.sents),
        "entities": ", ".join(f"{e.text}/{e.label_}" for e in doc.ents),
        "verb lemmas": f"{ok}/{len(VERB_LEMMAS)} ({', '.join(f'{w}→{lem}' for w, lem in lemmas.items())})",
    }


def fmt(v: object) -> str:
    if isinstance(v, tuple):
        return "/".join(f"{x:.3f}" for x in v)
    if isinstance(v, float):
        return f"{v:.0f}" if v > 10 else f"{v:.3f}"
    return str(v)


def evaluate_one(name: str, corpus: Path) -> dict[str, object]:
    register_code(name)  # each model with its own code: this runs in a process of its own
    nlp = spacy.load(name)
    res: dict[str, object] = {"name": f"de_{nlp.meta['name']} {nlp.meta['version']}"}
    res.update(ud_scores(nlp, load_gold(nlp, corpus / "eval-gsd-dev.spacy")))
    germeval = load_gold(nlp, corpus / "eval-germeval-dev.spacy")
    smartdata = load_gold(nlp, corpus / "eval-smartdata-test.spacy")
    res.update(ner_scores(nlp, germeval, "GermEval dev", NER_LABELS))
    res.update(ner_scores(nlp, smartdata, "SmartData test", NER_LABELS[:3]))
    res.update(probes(nlp))
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("models", nargs="+", help="installed package names or paths")
    ap.add_argument("--corpus", type=Path, default=Path("training/corpus"))
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--one", type=Path, help="evaluate the one model given in this process, write JSON here")
    args = ap.parse_args()
    if args.one:
        args.one.write_text(json.dumps(evaluate_one(args.models[0], args.corpus)), encoding="utf8")
        return
    results: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for k, model in enumerate(args.models):
            out = Path(tmp) / f"{k}.json"
            cmd = [sys.executable, __file__, model, "--corpus", str(args.corpus), "--one", str(out)]
            subprocess.run(cmd, check=True)
            res = json.loads(out.read_text(encoding="utf8"))
            name = res.pop("name")
            results[name] = {k: tuple(v) if isinstance(v, list) else v for k, v in res.items()}
    names = list(results)
    print("| measure | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    for key in results[names[0]]:
        print(f"| {key} | " + " | ".join(fmt(results[n].get(key, "")) for n in names) + " |")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf8")


if __name__ == "__main__":
    main()
