#!/usr/bin/env bash
# Reproduce de_quotekit_sm from ../shared/data/training/ in one command (from the repository root):
#
#     bash training/run.sh
#
# Steps: prepare corpora -> train the syntax pipeline and the NER pipeline side by side (one core
# each) -> assemble -> spacy package (wheel copied to models/) -> pip install the wheel ->
# evaluate on held-out data (against the stop-gap de_offline_sm where it is there) and print the table.
# Needs spaCy 3.8 and the `build` package; PYTHON picks the interpreter (default: python).
# DATA=... points to another copy of the training data. LIT=0 leaves out UD German LIT
# (CC BY-NC-SA), see docs/model.md.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python}
DATA=${DATA:-../shared/data/training}
SYNTAX_STEPS=${SYNTAX_STEPS:-2500}
NER_STEPS=${NER_STEPS:-4000}
LIT_ARGS=()
if [ "${LIT:-1}" = "0" ]; then LIT_ARGS=(--no-lit); fi
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 PYTHONHASHSEED=0
RUN="nice -n 10 $PY"
OUT=training/output
START=$(date +%s)
stamp() { echo "[$(( $(date +%s) - START ))s] $*"; }

$PY -c "import build" 2>/dev/null || $PY -m pip install --quiet build  # spacy package --build wheel needs it

stamp "prepare corpora"
$RUN training/prepare.py --data "$DATA" --out training/corpus "${LIT_ARGS[@]}"

stamp "train syntax (${SYNTAX_STEPS} steps) and NER (${NER_STEPS} steps) in parallel"
mkdir -p "$OUT"
$RUN -m spacy train training/syntax.cfg --code training/functions.py --output "$OUT/syntax" \
    --vars.max_steps "$SYNTAX_STEPS" > "$OUT/syntax.log" 2>&1 &
SYNTAX_PID=$!
$RUN -m spacy train training/ner.cfg --code training/functions.py --output "$OUT/ner" \
    --vars.max_steps "$NER_STEPS" > "$OUT/ner.log" 2>&1 &
NER_PID=$!
wait "$SYNTAX_PID" || { tail -n 30 "$OUT/syntax.log"; exit 1; }
wait "$NER_PID" || { tail -n 30 "$OUT/ner.log"; exit 1; }
tail -n 4 "$OUT/syntax.log" "$OUT/ner.log"

stamp "assemble and package"
rm -rf "$OUT/assembled"
$RUN training/assemble.py "$OUT/syntax/model-best" "$OUT/ner/model-best" "$OUT/assembled" "${LIT_ARGS[@]}"
$RUN -m spacy package "$OUT/assembled" training/packages --code training/functions.py \
    --name quotekit_sm --build wheel --force > "$OUT/package.log" 2>&1
WHEEL=$(ls -t training/packages/de_quotekit_sm-*/dist/de_quotekit_sm-*.whl | head -n 1)
mkdir -p models
rm -f models/de_quotekit_sm-*.whl
cp "$WHEEL" models/
ls -l models/de_quotekit_sm-*.whl

stamp "install the wheel and evaluate it (against the stop-gap de_offline_sm where ../shared has it)"
$PY -m pip install --quiet --force-reinstall --no-deps models/de_quotekit_sm-*.whl
MODELS=(de_quotekit_sm)
STOPGAP=$(ls ../shared/models/de_offline_sm-*.whl 2>/dev/null | sort -V | tail -n 1 || true)
if [ -n "$STOPGAP" ]; then
    # only for the comparison: quotekit.load() never picks the stop-gap
    $PY -m pip install --quiet --no-deps "$STOPGAP"
    MODELS=(de_offline_sm de_quotekit_sm)
fi
$RUN training/evaluate.py "${MODELS[@]}" --json "$OUT/eval.json" | tee "$OUT/eval.md"
stamp "done"
