#!/usr/bin/env bash
# Installs quotekit (editable, with the test extras) and a German spaCy pipeline into the current
# Python environment. With internet: de_core_news_sm. Offline: the project's own de_quotekit_sm wheel.
set -euo pipefail
cd "$(dirname "$0")/.."
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

# German pipelines. With internet: de_core_news_sm (quotekit.load() prefers it). Offline, two wheels:
# the stop-gap de_offline_sm from ../shared/models (the default until the project's own pipeline is
# at least as good for quotations, see docs/model.md) and the project's own de_quotekit_sm from models/.
# --force-reinstall so that a rebuilt wheel of the same version replaces the installed one.
if python -c "import de_core_news_sm" 2>/dev/null; then
    echo "install: de_core_news_sm is installed"
elif timeout 300 python -m spacy download de_core_news_sm >/dev/null 2>&1; then
    echo "install: downloaded de_core_news_sm"
else
    echo "install: de_core_news_sm could not be downloaded; installing the offline pipelines"
fi
wheels=()
stopgap=$(ls ../shared/models/de_offline_sm-*.whl 2>/dev/null | sort -V | tail -n 1 || true)
own=$(ls models/de_quotekit_sm-*.whl 2>/dev/null | sort -V | tail -n 1 || true)
[ -n "$stopgap" ] && wheels+=("$stopgap")
[ -n "$own" ] && wheels+=("$own")
if [ ${#wheels[@]} -eq 0 ]; then
    echo "install: no offline German pipeline found (models/de_quotekit_sm-*.whl, ../shared/models/)" >&2
    exit 1
fi
python -m pip install --disable-pip-version-check -q --force-reinstall --no-deps "${wheels[@]}"
echo "install: installed ${wheels[*]}"
