#!/usr/bin/env bash
# Installs quotekit (editable, with the test extras) and a German spaCy pipeline into the current
# Python environment. With internet: de_core_news_sm. Offline: the project's own de_quotekit_sm wheel.
set -euo pipefail
cd "$(dirname "$0")/.."
# The distribution is quotekit-de; an earlier install of this project under the name "quotekit" would
# leave a second copy of the same package, command and spaCy entry points behind: remove it first.
# (Only from this environment: a virtualenv that sees the system's packages leaves those alone.)
python - <<'PY'
import subprocess, sys
from importlib.metadata import PackageNotFoundError, distribution
try:
    old = distribution("quotekit")
except PackageNotFoundError:
    sys.exit(0)
ours = (old.metadata["Summary"] or "").startswith("Find quotations in German text")
if ours and str(old.locate_file("")).startswith(sys.prefix):
    subprocess.run([sys.executable, "-m", "pip", "uninstall", "-q", "-y", "quotekit"], check=True)
    print('install: removed the earlier distribution "quotekit" of this project (now quotekit-de)')
PY
python -m pip install --disable-pip-version-check -q -e ".[test,pandas,dask,notebook]"
# The browser test (tests/test_browser.py) needs Debian's chromium; install it when running as root.
if ! command -v chromium >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null
        echo "install: installed chromium"
    else
        echo "install: chromium is missing and this is not root: apt-get install chromium (tests/test_browser.py needs it)" >&2
    fi
fi

# German pipeline. With internet: de_core_news_sm (quotekit.load() prefers it). Offline: the
# project's own de_quotekit_sm from models/ (docs/model.md), always installed so that the tests
# of the packaged pipeline (tests/test_model_pipeline.py) run everywhere. --force-reinstall so that
# a rebuilt wheel of the same version replaces the installed one.
if python -c "import de_core_news_sm" 2>/dev/null; then
    echo "install: de_core_news_sm is installed"
elif timeout 300 python -m spacy download de_core_news_sm >/dev/null 2>&1; then
    echo "install: downloaded de_core_news_sm"
else
    echo "install: de_core_news_sm could not be downloaded; quotekit will use de_quotekit_sm"
fi
own=$(ls models/de_quotekit_sm-*.whl 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$own" ]; then
    echo "install: models/de_quotekit_sm-*.whl is missing (rebuild it with bash training/run.sh)" >&2
    exit 1
fi
python -m pip install --disable-pip-version-check -q --force-reinstall --no-deps "$own"
echo "install: installed $own"
