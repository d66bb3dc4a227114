"""Convert the open training data in ../shared/data/training/ to spaCy DocBin corpora.

Training corpora (never the evaluation splits):
  ud-train / ud-dev    UD German GSD test + PUD (+ LIT unless --no-lit), 8 % held out as dev
  ner-train / ner-dev  GermEval 2014 test (twice), SmartData train, EuroParl train, LER train
                       (4,000 PER/LOC/ORG sentences), UNER German-PUD, WikiNEuRal German val+test;
                       300 GermEval-test sentences, EuroParl dev and 500 WikiNEuRal sentences
                       held out as dev
Any training sentence whose words equal a sentence of an evaluation split is dropped.
Evaluation corpora (only read by evaluate.py):
  eval-gsd-dev, eval-germeval-dev, eval-smartdata-test
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span, Token
from spacy.util import filter_spans

sys.path.insert(0, str(Path(__file__).parent))
from functions import customize_tokenizer

SEED = 13
UD_DOC_SENTS = 8  # sentences per training doc, so that the parser learns sentence boundaries
NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "“", "«", "‘", "...", "…", "'s"}
NO_SPACE_AFTER = {"(", "[", "{", "„", "»", "‚"}

GERMEVAL = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "OTH": "MISC"}  # *deriv, *part -> O
LER = {
    **dict.fromkeys(["PER", "RR", "AN"], "PER"),
    **dict.fromkeys(["LD", "ST", "STR", "LDS"], "LOC"),
    **dict.fromkeys(["ORG", "UN", "INN", "GRT", "MRK"], "ORG"),
}


def smartdata_label(label: str) -> str | None:
    if label == "person":
        return "PER"
    if label.startswith("location"):
        return "LOC"
    if label.startswith("organization"):
        return "ORG"
    return None  # dates, numbers, triggers, positions are not named entities here


# --------------------------------------------------------------------------- UD


def read_conllu(path: Path) -> Iterator[list[list[str]]]:
    sent: list[list[str]] = []
    for line in path.read_text(encoding="utf8").splitlines():
        if not line.strip():
            if sent:
                yield sent
            sent = []
        elif not line.startswith("#"):
            sent.append(line.split("\t"))
    if sent:
        yield sent


def merge_mwt_tags(tags: list[str]) -> str:
    if tags[0] == "APPR" and tags[-1] == "ART":
        return "APPRART"
    return tags[0]


def conllu_sentence(rows: list[list[str]]) -> dict[str, list]:  # type: ignore[type-arg]
    """One sentence as token lists; multi-word tokens (zum = zu dem) become one token, as the
    tokenizer sees them, with the preposition's head/dep, STTS APPRART and the article's features."""
    words = {int(r[0]): r for r in rows if r[0].isdigit()}
    mwt = {}
    for r in rows:
        if "-" in r[0]:
            a, b = map(int, r[0].split("-"))
            mwt[a] = (b, r)
    out: dict[str, list] = {
        k: [] for k in ["words", "spaces", "tags", "pos", "morphs", "lemmas", "heads", "deps"]
    }  # type: ignore[type-arg]
    id_map: dict[int, int] = {}
    i = 1
    groups: list[tuple[list[int], list[str]]] = []
    n = max(words)
    while i <= n:
        if i in mwt:
            b, r = mwt[i]
            groups.append((list(range(i, b + 1)), r))
            i = b + 1
        else:
            groups.append(([i], words[i]))
            i += 1
    for gi, (ids, _) in enumerate(groups):
        for w in ids:
            id_map[w] = gi
    for ids, surface in groups:
        first = words[ids[0]]
        # the member whose head lies outside the group carries the group's attachment
        root = next((words[w] for w in ids if int(words[w][6]) not in ids), first)
        out["words"].append(surface[1])
        out["spaces"].append("SpaceAfter=No" not in surface[9])
        out["tags"].append(merge_mwt_tags([words[w][4] for w in ids]))
        out["pos"].append(first[3])
        feats = [words[w][5] for w in ids if words[w][5] != "_"]
        out["morphs"].append(feats[-1] if feats else "")
        out["lemmas"].append(first[2])
        head = int(root[6])
        out["heads"].append(id_map[head] if head else None)
        out["deps"].append("ROOT" if root[7] == "root" else root[7])
    return out


def ud_doc(
    vocab: spacy.Vocab,
    sents: list[dict[str, list]],
    morph: bool = True,
    stts: bool = True,  # type: ignore[type-arg]
) -> Doc:
    words, spaces, tags, pos, morphs, lemmas, heads, deps = ([] for _ in range(8))
    for s in sents:
        off = len(words)
        for k, h in enumerate(s["heads"]):
            heads.append(off + (k if h is None else h))
        words += s["words"]
        sp = list(s["spaces"])
        sp[-1] = True
        spaces += sp
        tags += s["tags"]
        pos += s["pos"]
        morphs += s["morphs"]
        lemmas += s["lemmas"]
        deps += s["deps"]
    spaces[-1] = False
    return Doc(
        vocab,
        words=words,
        spaces=spaces,
        tags=tags if stts else None,
        pos=pos if morph else None,
        morphs=morphs if morph else None,
        lemmas=lemmas,
        heads=heads,
        deps=deps,
    )


def ud_docs(vocab: spacy.Vocab, path: Path, per_doc: int, morph: bool = True, stts: bool = True) -> list[Doc]:
    sents = [conllu_sentence(rows) for rows in read_conllu(path)]
    return [ud_doc(vocab, sents[i : i + per_doc], morph, stts) for i in range(0, len(sents), per_doc)]


# --------------------------------------------------------------------------- NER

WIKI_DEV = 500  # WikiNEuRal sentences held out as training dev (checkpoint choice)


def _words(doc: Doc | Span) -> str:
    """A sentence's words without white space, to find training sentences that are in an evaluation split."""
    return " ".join(t.text for t in doc if not t.is_space)


def detok(tokens: list[str]) -> tuple[list[str], list[bool]]:
    """Spaces between CoNLL tokens as running text would have them."""
    spaces = []
    open_dq = False
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        space = nxt is not None
        if tok in NO_SPACE_AFTER:
            space = False
        if tok == '"':
            open_dq = not open_dq
            if open_dq:
                space = False
        if nxt is not None and (nxt in NO_SPACE_BEFORE or (nxt == '"' and open_dq)):
            space = False
        spaces.append(space)
    return tokens, spaces


def bio_doc(vocab: spacy.Vocab, tokens: list[str], labels: list[str | None]) -> Doc:
    """labels: per token 'B-X', 'I-X' or None (O). IO tags read the same way: an I-X after
    a token that is not X starts an entity."""
    words, spaces = detok(tokens)
    doc = Doc(vocab, words=words, spaces=spaces)
    ents = []
    start, cur = None, None
    for i, lab in enumerate([*labels, None]):
        kind, _, name = (lab or "O-").partition("-")
        cont = lab is not None and cur == name and (kind == "I")
        if not cont and cur is not None:
            ents.append(Span(doc, start, i, label=cur))  # type: ignore[arg-type]
            cur = None
        if lab is not None and not cont:
            start, cur = i, name
    doc.ents = filter_spans(ents)
    return doc


def read_columns(path: Path, tok_col: int, tag_col: int) -> Iterator[tuple[list[str], list[str]]]:
    toks: list[str] = []
    tags: list[str] = []
    sep = "\t" if path.suffix in {".tsv", ".iob2"} else " "
    for line in path.read_text(encoding="utf8").splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            if toks:
                yield toks, tags
            toks, tags = [], []
            continue
        parts = line.split(sep)
        toks.append(parts[tok_col])
        tags.append(parts[tag_col])
    if toks:
        yield toks, tags


def mapped(tags: list[str], table: dict[str, str]) -> list[str | None]:
    out: list[str | None] = []
    for t in tags:
        kind, _, name = t.partition("-")
        out.append(f"{kind}-{table[name]}" if name in table else None)
    return out


def germeval(vocab: spacy.Vocab, path: Path) -> list[Doc]:
    return [bio_doc(vocab, t, mapped(g, GERMEVAL)) for t, g in read_columns(path, 1, 2)]


def europarl(vocab: spacy.Vocab, path: Path) -> list[Doc]:
    table = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}
    return [bio_doc(vocab, t, mapped(g, table)) for t, g in read_columns(path, 0, 4)]


def uner(vocab: spacy.Vocab, path: Path) -> list[Doc]:
    table = {"PER": "PER", "LOC": "LOC", "ORG": "ORG"}
    return [bio_doc(vocab, t, mapped(g, table)) for t, g in read_columns(path, 1, 2)]


def wikineural(vocab: spacy.Vocab, paths: Iterable[Path]) -> list[Doc]:
    table = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}
    return [bio_doc(vocab, t, mapped(g, table)) for path in paths for t, g in read_columns(path, 1, 2)]


def ler(vocab: spacy.Vocab, path: Path, limit: int, rng: random.Random) -> list[Doc]:
    """Only sentences whose every entity maps to PER/LOC/ORG: laws, court decisions and
    literature references have no counterpart in the news label set."""
    keep = []
    for toks, tags in read_columns(path, 0, 1):
        names = {t.partition("-")[2] for t in tags if t != "O"}
        if names and names <= set(LER):
            keep.append((toks, tags))
    rng.shuffle(keep)
    return [bio_doc(vocab, t, mapped(g, LER)) for t, g in keep[:limit]]


def smartdata(nlp: Language, path: Path) -> list[Doc]:
    docs = []
    for line in path.read_text(encoding="utf8").splitlines():
        rec = json.loads(line)
        doc = nlp.make_doc(rec["text"])
        spans = []
        for s, e, lab in rec["entities"]:
            label = smartdata_label(lab)
            if label is None:
                continue
            span = doc.char_span(s, e, label=label, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.ents = filter_spans(spans)
        docs.append(doc)
    return docs


def clean_ents(doc: Doc) -> Doc:
    """Entities must not start or end in whitespace nor span a line break (the NER cannot
    learn such spans)."""
    spans = []
    for e in doc.ents:
        start, end = e.start, e.end
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        if end > start and not any("\n" in t.text_with_ws[:-1] or t.is_space for t in doc[start:end]):
            spans.append(Span(doc, start, end, label=e.label_))
    doc.ents = spans
    return doc


def _name_word(token: Token) -> bool:
    return token.is_alpha and token.is_title and len(token.text) > 1


def surname_copy(doc: Doc) -> Doc | None:
    """The sentence again with the given names of its full person names left out (Helmut Kohl
    sagte -> Kohl sagte), or None if it has none. News name a person in full once and by surname
    after that; the corpora here are mostly single sentences, so the surname alone is rare in them.
    A PER entity of two or three capitalised words keeps only its last word."""
    drop: set[int] = set()
    for ent in doc.ents:
        if ent.label_ == "PER" and 2 <= len(ent) <= 3 and all(_name_word(t) for t in ent):
            drop.update(range(ent.start, ent.end - 1))
    if not drop:
        return None
    keep = [t for t in doc if t.i not in drop]
    new = Doc(doc.vocab, words=[t.text for t in keep], spaces=[bool(t.whitespace_) for t in keep])
    index = {t.i: k for k, t in enumerate(keep)}
    spans = []
    for ent in doc.ents:
        start = next((index[i] for i in range(ent.start, ent.end) if i in index), None)
        if start is not None:
            spans.append(Span(new, start, index[ent.end - 1] + 1, label=ent.label_))
    new.ents = spans
    return new


def save(docs: Iterable[Doc], path: Path) -> int:
    db = DocBin(store_user_data=False)
    n = 0
    for d in docs:
        if d.has_annotation("ENT_IOB"):
            d = clean_ents(d)
        db.add(d)
        n += 1
    db.to_disk(path)
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=Path("../shared/data/training"))
    ap.add_argument("--out", type=Path, default=Path("training/corpus"))
    ap.add_argument("--no-lit", action="store_true", help="leave out UD LIT (CC BY-NC-SA)")
    ap.add_argument("--ler-limit", type=int, default=4000)
    ap.add_argument("--germeval-copies", type=int, default=2, help="times GermEval test is in the NER mix")
    ap.add_argument(
        "--wikineural-limit", type=int, default=-1, help="WikiNEuRal training sentences (-1: all, 0: none)"
    )
    ap.add_argument(
        "--surname-share",
        type=float,
        default=0.0,
        help="share of NER training sentences with full person names added again with surnames only",
    )
    args = ap.parse_args()
    rng = random.Random(SEED)
    nlp = spacy.blank("de")
    customize_tokenizer(nlp)
    v = nlp.vocab
    ud, ner = args.data / "ud", args.data / "ner"
    args.out.mkdir(parents=True, exist_ok=True)

    ud_files = ["de_gsd-ud-test.conllu", "de_pud-ud-test.conllu"]
    if not args.no_lit:
        ud_files.append("de_lit-ud-test.conllu")
    # LIT annotates almost no verb features (12 Mood values in 40k tokens): its POS and
    # morphology are left unset so that the morphologizer does not learn to drop them.
    # PUD's XPOS column holds English Penn tags, not STTS: its tags are left unset too.
    ud_all = [
        d
        for f in ud_files
        for d in ud_docs(v, ud / f, UD_DOC_SENTS, morph="lit" not in f, stts="pud" not in f)
    ]
    rng.shuffle(ud_all)
    n_dev = max(1, len(ud_all) * 8 // 100)
    counts = {
        "ud-dev": save(ud_all[:n_dev], args.out / "ud-dev.spacy"),
        "ud-train": save(ud_all[n_dev:], args.out / "ud-train.spacy"),
    }

    eval_ud = ud_docs(v, ud / "de_gsd-ud-dev.conllu", 10)
    eval_germeval = germeval(v, ner / "germeval2014-dev.tsv")
    eval_smartdata = smartdata(nlp, ner / "smartdata-test.spans.jsonl")
    held_out = {_words(d) for d in [*eval_germeval, *eval_smartdata]}
    held_out |= {_words(s) for d in eval_ud for s in d.sents}

    ge = germeval(v, ner / "germeval2014-test.tsv")
    rng.shuffle(ge)
    wiki = wikineural(v, [ner / "wikineural-de-val.tsv", ner / "wikineural-de-test.tsv"])
    rng.shuffle(wiki)
    wiki_dev, wiki = wiki[:WIKI_DEV], wiki[WIKI_DEV:]
    if args.wikineural_limit >= 0:
        wiki = wiki[: args.wikineural_limit]
    ner_train = [
        *ge[300:] * args.germeval_copies,
        *smartdata(nlp, ner / "smartdata-train.spans.jsonl"),
        *europarl(v, ner / "europarl-train.tsv"),
        *uner(v, ner / "uner-pud-test.iob2"),
        *ler(v, ner / "ler-train.conll", args.ler_limit, rng),
        *wiki,
    ]
    if args.surname_share > 0:
        copies = [c for d in ner_train if rng.random() < args.surname_share and (c := surname_copy(d))]
        print(f"added {len(copies)} sentences with surnames only")
        ner_train += copies
    n_before = len(ner_train)
    ner_train = [d for d in ner_train if _words(d) not in held_out]
    print(f"dropped {n_before - len(ner_train)} NER training sentences that are in an evaluation split")
    rng.shuffle(ner_train)
    counts["ner-train"] = save(ner_train, args.out / "ner-train.spacy")
    ner_dev = [
        *ge[:300],
        *europarl(v, ner / "europarl-dev.tsv"),
        *(wiki_dev if args.wikineural_limit else []),
    ]
    counts["ner-dev"] = save(ner_dev, args.out / "ner-dev.spacy")

    counts["eval-gsd-dev"] = save(eval_ud, args.out / "eval-gsd-dev.spacy")
    counts["eval-germeval-dev"] = save(eval_germeval, args.out / "eval-germeval-dev.spacy")
    counts["eval-smartdata-test"] = save(eval_smartdata, args.out / "eval-smartdata-test.spacy")
    for name, n in counts.items():
        print(f"{name:22s} {n:6d} docs")


if __name__ == "__main__":
    main()
