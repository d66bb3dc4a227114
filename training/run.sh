#!/usr/bin/env bash
# Reproduce de_quotekit_sm from ../shared/data/training/ in one command (from the repository root):
#
#     bash training/run.sh
#
# Steps: unpack the previous releases from git history (training/output/previous/) -> prepare
# corpora -> build the name ruler's lexicon -> train the NER pipeline (and, with SYNTAX_FROM=train,
# the syntax pipeline beside it, one core each) -> assemble -> spacy package (wheel copied to
# models/, older wheels removed) -> pip install the wheel into $PYTHON -> evaluate on held-out data
# against the previous releases and print the table.
# Needs spaCy 3.8 and the `build` package; PYTHON picks the interpreter (default: python), and the
# wheel is installed into it. DATA=... and NAMES=... point to other copies of the training data and
# the name lists. LIT=0 leaves out UD German LIT (CC BY-NC-SA), see docs/model.md. PREVIOUS="0.3.1"
# are the releases compared against (PREVIOUS= for none). SURNAME_SHARE=0.5 adds that share of
# NER training sentences again with surnames only (prepare.py; 0 by default). SYNTAX_FROM=previous (the
# default) keeps the tok2vec, tagger, morphologizer, parser and lemmatizer of the last of those
# releases and trains only the NER;
# SYNTAX_FROM=train trains them too (docs/model.md says why the default keeps them). NER_FROM=previous
# keeps that release's NER too (a release that changes only the rules: nothing is trained).
# SKIP_TRAINING=1 starts at the assembly, from the last training's output.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python}
DATA=${DATA:-../shared/data/training}
NAMES=${NAMES:-../shared/data/names}
SYNTAX_STEPS=${SYNTAX_STEPS:-2500}
NER_STEPS=${NER_STEPS:-8000}
PREVIOUS=${PREVIOUS-0.3.1}
SURNAME_SHARE=${SURNAME_SHARE:-0}
LIT_ARGS=()
if [ "${LIT:-1}" = "0" ]; then LIT_ARGS=(--no-lit); fi
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 PYTHONHASHSEED=0
RUN="nice -n 10 $PY"
OUT=training/output
START=$(date +%s)
stamp() { echo "[$(( $(date +%s) - START ))s] $*"; }

$PY -c "import build" 2>/dev/null || $PY -m pip install --quiet build  # spacy package --build wheel needs it

# The previous releases, from git history (their wheels are removed from models/): compared against;
# the last one is the source of the syntax components unless SYNTAX_FROM=train.
SYNTAX_FROM=${SYNTAX_FROM:-previous}
if [ "${LIT:-1}" = "0" ]; then SYNTAX_FROM=train; fi  # the released syntax was trained with LIT
rm -rf "$OUT/previous"
PREV_DIRS=()
PREV_DIR=""
for version in $PREVIOUS; do
    wheel=models/de_quotekit_sm-$version-py3-none-any.whl
    # the last commit that added or rebuilt that wheel
    commit=$(git log -n 1 --format=%H --diff-filter=AM -- "$wheel" 2>/dev/null || true)
    if [ -z "$commit" ]; then
        echo "run.sh: de_quotekit_sm $version is not in git history; not compared" >&2
        continue
    fi
    mkdir -p "$OUT/previous/$version"
    git show "$commit:$wheel" > "$OUT/previous/$version/previous.whl"
    $PY -m zipfile -e "$OUT/previous/$version/previous.whl" "$OUT/previous/$version"
    PREV_DIR=$OUT/previous/$version/de_quotekit_sm/de_quotekit_sm-$version
    PREV_DIRS+=("$PREV_DIR")
done
if [ -z "$PREV_DIR" ] && [ "$SYNTAX_FROM" = "previous" ]; then
    echo "run.sh: no previous release in git history; training the syntax too" >&2
    SYNTAX_FROM=train
fi
SYNTAX_MODEL="$OUT/syntax/model-best"
if [ "$SYNTAX_FROM" = "previous" ]; then SYNTAX_MODEL=$PREV_DIR; fi
NER_FROM=${NER_FROM:-train}
if [ "$NER_FROM" = "previous" ] && [ -z "$PREV_DIR" ]; then
    echo "run.sh: NER_FROM=previous needs a previous release" >&2
    exit 1
fi
NER_MODEL="$OUT/ner/model-best"
if [ "$NER_FROM" = "previous" ]; then NER_MODEL=$PREV_DIR; fi

if [ "${SKIP_TRAINING:-0}" != "1" ]; then  # SKIP_TRAINING=1: assemble, package and evaluate the last training
stamp "prepare corpora"
$RUN training/prepare.py --data "$DATA" --out training/corpus --surname-share "$SURNAME_SHARE" "${LIT_ARGS[@]}"

stamp "name ruler lexicon"
$RUN training/names.py --data "$NAMES" --corpus training/corpus/ner-train.spacy --out training/corpus/names.json

mkdir -p "$OUT"
if [ "$SYNTAX_FROM" = "train" ]; then
    stamp "train syntax (${SYNTAX_STEPS} steps) and NER (${NER_STEPS} steps) in parallel"
    $RUN -m spacy train training/syntax.cfg --code training/functions.py --output "$OUT/syntax" \
        --vars.max_steps "$SYNTAX_STEPS" > "$OUT/syntax.log" 2>&1 &
    SYNTAX_PID=$!
else
    stamp "syntax from $PREV_DIR"
fi
if [ "$NER_FROM" = "train" ]; then
    stamp "train NER (${NER_STEPS} steps)"
    $RUN -m spacy train training/ner.cfg --code training/functions.py --output "$OUT/ner" \
        --vars.max_steps "$NER_STEPS" > "$OUT/ner.log" 2>&1 &
    NER_PID=$!
else
    stamp "NER from $PREV_DIR"
fi
if [ "$SYNTAX_FROM" = "train" ]; then
    wait "$SYNTAX_PID" || { tail -n 30 "$OUT/syntax.log"; exit 1; }
    tail -n 4 "$OUT/syntax.log"
fi
if [ "$NER_FROM" = "train" ]; then
    wait "$NER_PID" || { tail -n 30 "$OUT/ner.log"; exit 1; }
    tail -n 4 "$OUT/ner.log"
fi
fi

stamp "assemble and package"
rm -rf "$OUT/assembled"
$RUN training/assemble.py "$SYNTAX_MODEL" "$NER_MODEL" "$OUT/assembled" \
    --names training/corpus/names.json "${LIT_ARGS[@]}"
mkdir -p training/packages
$RUN -m spacy package "$OUT/assembled" training/packages --code training/functions.py \
    --name quotekit_sm --build wheel --force > "$OUT/package.log" 2>&1 || { tail -n 30 "$OUT/package.log"; exit 1; }
WHEEL=$(ls -t training/packages/de_quotekit_sm-*/dist/de_quotekit_sm-*.whl | head -n 1)
mkdir -p models
rm -f models/de_quotekit_sm-*.whl
cp "$WHEEL" models/
ls -l models/de_quotekit_sm-*.whl

stamp "install the wheel into $PY and evaluate it against the previous releases ${PREVIOUS:-(none)}"
$PY -m pip install --quiet --force-reinstall --no-deps models/de_quotekit_sm-*.whl
$RUN training/evaluate.py "${PREV_DIRS[@]}" de_quotekit_sm --json "$OUT/eval.json" | tee "$OUT/eval.md"
stamp "done"
