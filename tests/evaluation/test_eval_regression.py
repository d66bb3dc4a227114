"""Regression floor: `quotekit eval` on a slice of the train split stays above the figures measured.

The gold data lives beside the repository (../shared/data, CC BY-NC-SA: read, never copied). The floors
sit a little below what the pipeline scored when they were set (de_quotekit_sm 0.2.0, first 150 train documents);
raise them when quotekit gets better, never lower them to make a change pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.paths import DATA

import quotekit
from quotekit.evaluation import EvalReport, evaluate_with, load_gold

TRAIN = DATA / "wikinews-train.jsonl"
DOCUMENTS = 150

pytestmark = pytest.mark.skipif(not TRAIN.is_file(), reason="the shared gold data is not checked out")

# After session 9 (headlines, "hieß es", organisations, conditionals): direct F1 0.945, direct precision 0.930,
# direct speaker 0.940, all-kinds F1 0.872, all-kinds speaker 0.876.
# Measured on the first 150 train documents with de_quotekit_sm 0.3.2 after session 8 (speaker rules: relative
# pronouns, media in marks, genitives without article, names by form; mood by shape): direct F1 0.945, direct
# precision 0.930, direct speaker 0.940, all-kinds F1 0.872, all-kinds speaker 0.872.
# After session 7 (quoted fragments of mixed
# quotations as direct quotations, interview answers, speaker fixes): direct F1 0.945, direct precision 0.930
# (fragments Wikinews does not annotate), direct speaker 0.920, all-kinds F1 0.870, all-kinds speaker 0.862 (before the
# last two speaker rules).
# After session 6 (reported speech after
# clause nouns and stance words, continuations, the direct-quotation round): direct F1 0.953, direct precision
# 0.945, direct speaker 0.920, all-kinds F1 0.871, all-kinds speaker 0.861. The direct-quotation round alone
# (0.3.1, branch direct4): direct F1 0.963, direct precision 0.945, direct speaker 0.922, all-kinds F1
# 0.862, all-kinds speaker 0.855. Third round before it: direct F1 0.937, direct precision 0.897, direct speaker
# 0.863, all-kinds F1 0.858, all-kinds speaker 0.844.
# Before (0.2.0, after issue 12's first round): direct F1 0.919, direct precision 0.879, direct speaker 0.840, all-kinds F1
# 0.830, all-kinds speaker 0.840 (session 3: direct F1 0.874, direct speaker 0.857, all-kinds F1 0.813,
# all-kinds speaker 0.835; session 2: 0.869, 0.837, 0.767, 0.826).
FLOORS = {
    "direct F1": 0.94,
    "direct precision": 0.92,
    "direct speaker": 0.92,
    "all F1": 0.86,
    "all speaker": 0.87,
}


@pytest.fixture(scope="module")
def report() -> EvalReport:
    docs = load_gold(TRAIN, limit=DOCUMENTS)
    return evaluate_with(docs, quotekit.extract_many)


def _figures(report: EvalReport) -> dict[str, float]:
    direct = report.by_kind["direct"]
    return {
        "direct F1": direct.f1,
        "direct precision": direct.precision,
        "direct speaker": report.speaker_by_kind["direct"].value or 0.0,
        "all F1": report.overall.f1,
        "all speaker": report.speaker.value or 0.0,
    }


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_figure_stays_above_its_floor(report: EvalReport, name: str) -> None:
    figure = _figures(report)[name]
    assert figure >= FLOORS[name], f"{name}: {figure:.3f} < floor {FLOORS[name]:.2f}\n{report.format_table()}"


# speakers-dev (constructed, CC0): canonical-speaker accuracy, the figure web news is scored by. Measured
# with de_quotekit_sm 0.3.2 after session 9: direct 0.978, all kinds 0.972, all-kinds quotation F1 0.967;
# after session 8: direct 0.972, all kinds 0.967, all-kinds quotation F1 0.966;
# after session 7: direct 0.972, all kinds 0.955, all-kinds quotation F1 0.957;
# after session 6: direct 0.963, all kinds 0.948, all-kinds quotation F1 0.937;
# with 0.3.1 after the direct-quotation round (branch direct4): direct 0.963, all kinds 0.948,
# all-kinds quotation F1 0.933; after the third round of issue 11: 0.963, 0.947, 0.931; when first set (issue 11, second part): direct 0.938, all kinds 0.930 with 0.2.0; 0.931, 0.921
# with 0.3.0 (first part: 0.834, 0.819; before the issue: 0.590, 0.608).
SPEAKERS = DATA / "speakers-dev.jsonl"
# Cue accuracy (session 11, words of the cue against the gold's cue words): 0.918 all kinds, 0.882 direct.
# After session 47: direct canonical speaker 0.985, all 0.986, F1 0.980, cue 0.962, direct cue 0.941; the floors half a
# point below.
SPEAKER_FLOORS = {
    "direct canonical speaker": 0.98,
    "all canonical speaker": 0.98,
    "all F1": 0.97,
    "all cue": 0.95,
    "direct cue": 0.93,
}


@pytest.fixture(scope="module")
def speakers_report() -> EvalReport:
    return evaluate_with(load_gold(SPEAKERS), quotekit.extract_many)


@pytest.mark.skipif(not SPEAKERS.is_file(), reason="the shared gold data is not checked out")
@pytest.mark.parametrize("name", sorted(SPEAKER_FLOORS))
def test_canonical_speaker_accuracy_stays_above_its_floor(speakers_report: EvalReport, name: str) -> None:
    assert speakers_report.speaker_scheme == "canonical"
    figure = {
        "direct canonical speaker": speakers_report.speaker_by_kind["direct"].value or 0.0,
        "all canonical speaker": speakers_report.speaker.value or 0.0,
        "all F1": speakers_report.overall.f1,
        "all cue": speakers_report.cue.value or 0.0,
        "direct cue": speakers_report.cue_by_kind["direct"].value or 0.0,
    }[name]
    floor = SPEAKER_FLOORS[name]
    assert figure >= floor, f"{name}: {figure:.3f} < floor {floor:.2f}\n{speakers_report.format_table()}"


# The two sets written in session 9 (`devdata/`, CC0, development data: session 9's rules were chosen on
# them). Measured after session 9: webnews-constructed all-kinds canonical speaker 0.981, F1 0.977;
# webnews-hard 0.962, F1 0.976 (0.941 / 0.967 and 0.931 / 0.968 with main at the session's start).
DEVDATA = Path(__file__).resolve().parents[2] / "devdata"
# After session 11: constructed 0.987 / 0.978 / cue 0.917, hard 0.969 / 0.978 / 0.938, fresh 0.986 / 0.981 /
# 0.950 (speaker / F1 / cue). webnews-raw (session 12, text as scraped from news sites): 0.883 / 0.927 / 0.832
# untouched at the session's start, 0.921 / 0.946 / 0.842 at its end; after session 13 0.933 / 0.946 / 0.842.
# webnews-wild (session 13, written by a helper that read no code): 0.849 / 0.952 / 0.833 untouched, with the
# code at the session's start; 0.910 / 0.961 / 0.836 at its end. webnews-probe (session 15, written the same
# way): 0.888 / 0.940 / 0.879 untouched, 0.915 / 0.942 / 0.883 at the session's end. webnews-unseen (session
# 16, the same way): 0.836 / 0.957 / 0.934 untouched, 0.911 / 0.960 / 0.934 at the session's end.
# webnews-sealed (session 17, the same way): 0.887 / 0.954 / 0.939 untouched, 0.939 / 0.956 / 0.940 at the
# session's end (unseen then 0.937 / 0.960 / 0.934, blind 0.915 / 0.955 / 0.888). webnews-veiled (session 18,
# the same way; its interviewers' questions optional as in the other sets): 0.907 / 0.957 / 0.916 untouched.
# webnews-shrouded (session 19, the same way): 0.925 / 0.964 / 0.877 untouched, 0.964 / 0.964 / 0.884 at the
# session's end (then raw 0.943, blind 0.929, probe 0.939, unseen 0.949, sealed 0.952, veiled 0.945 speaker).
# webnews-masked (session 20, the same way): 0.899 / 0.959 / 0.881 untouched, 0.935 / 0.961 / 0.889 at the
# session's end (then raw 0.953, wild 0.944, blind 0.934, unseen 0.956, shrouded 0.974 speaker). webnews-hidden
# (written at the end of session 20, errors not read): 0.951 / 0.951 / 0.851 with the session's start code,
# 0.953 / 0.951 / 0.851 with its end code; session 21 left it untouched: 0.953 / 0.951 / 0.851 at its start, 0.953 /
# 0.951 / 0.878 at its end. webnews-cloaked (written at the start of session 21, errors not read): 0.943 / 0.962 /
# 0.871 with the start code, 0.943 / 0.962 / 0.922 with the end code. Session 21 raised the cue floors (a modal,
# "lassen", a companion apart or the verb before a colon now part of the cue). Session 22 read hidden and cloaked
# (0.960 / 0.952 / 0.878 and 0.961 / 0.964 / 0.922 at its end); webnews-dim (written at its start, errors not read):
# 0.978 / 0.946 / 0.968 with the start code, 0.978 / 0.947 / 0.968 with the end code. webnews-dusk (written at the
# start of session 23, errors not read): 0.973 / 0.975 / 0.983 with the start code and with the end code.
# webnews-ember (written in session 24, errors not read): 0.960 / 0.923 / 0.900 with the start code, 0.961 / 0.927 /
# 0.906 with the session's rules; session 25 read it: 0.985 / 0.937 / 0.911 at its end. webnews-fjord (written in
# session 25 by a helper that read no code): 0.960 / 0.939 / 0.902 with the session's start code, 0.960 / 0.938 /
# 0.905 untouched with the ember rules in; then read: 0.974 / 0.945 / 0.905 at the session's end. webnews-glacier
# (written at the start of session 26 by a helper that read no code, errors not read): 0.956 / 0.956 / 0.943 with the
# start code, 0.956 / 0.958 / 0.943 with the end code; session 27 read it: 0.967 / 0.961 / 0.943 at its end.
# webnews-harbor (written at the start of session 27 by a helper that read no code, errors not read): 0.971 / 0.965 /
# 0.934 with the start code, 0.971 / 0.966 / 0.934 with the end code; session 28 left it unread: 0.969 / 0.966 /
# 0.934 at its end. webnews-lagoon (written at the start of session 28 by a helper that read no code, errors not
# read): 0.994 / 0.970 / 0.971 with the start code and with the end code; session 29 read it: 0.996 / 0.971 /
# 0.971 at its end (masked then 0.951 / 0.966 / 0.945, raw 0.959 speaker). webnews-tide (written at the start of
# session 30 by a helper that read no code): 0.943 / 0.959 / 0.947 untouched with the start code; session 30 read it:
# 0.969 / 0.972 / 0.963 at its end (then hard cue 0.968, wild speaker 0.959, unseen cue 0.972). webnews-crest
# (written at the start of session 31 by a helper that read no code): 0.914 / 0.964 / 0.934 untouched with the
# start code; session 31 read it: 0.954 / 0.968 / 0.946 at its end (then blind speaker 0.943). Session 32 read
# harbor (speaker 0.969 -> 0.983). webnews-quarry (written at the start of session 32 by a helper that read no
# code): 0.947 / 0.971 / 0.958 untouched with the start code; then read: 0.971 / 0.975 / 0.958 at the session's end.
# webnews-ridge (written in session 32 the same way): 0.924 / 0.954 / 0.916 untouched with the start code, 0.929 /
# 0.955 / 0.914 with the code of the session's first rules; then read: 0.942 / 0.955 / 0.914 at its end.
# webnews-cove (written at the start of session 33 the same way): 0.940 / 0.966 / 0.956 untouched with the start
# code; then read: 0.973 / 0.970 / 0.978 at the session's end. webnews-delta (written in session 33 the same way,
# not read): 0.917 / 0.968 / 0.976 with the start code, 0.934 / 0.968 / 0.979 with the end code. webnews-fathom
# (written at the start of session 34 the same way): 0.941 / 0.959 / 0.933 untouched with the start code; then read:
# 0.970 / 0.968 / 0.938 at the session's end. webnews-gorge (written in session 34 the same way, not read): 0.900 /
# 0.969 / 0.967 with the start code, 0.902 / 0.973 / 0.970 with the end code (then dim speaker 0.986). Session 35
# read gorge: 0.938 / 0.973 / 0.970 at its end. webnews-inlet (written at the start of session 35 the same way):
# 0.922 / 0.940 / 0.837 untouched with the start code; then read: 0.951 / 0.950 / 0.842 at the session's end.
# webnews-jetty (written in session 35 the same way, not read): 0.962 / 0.921 / 0.904 with the start code and the
# end code; session 36 read it: 0.981 / 0.949 / 0.919 at its end. webnews-loom (written at the start of session 36
# the same way, rich in titles and scare quotes): 0.959 / 0.934 / 0.977 with the start code; then read: 0.959 /
# 0.944 / 0.977 at the session's end. webnews-kiln (written at the start of session 36 the same way, not read):
# 0.941 / 0.947 / 0.979 with the start code and the end code; session 37 read it: 0.987 / 0.951 / 0.979 at its end.
# webnews-nook (written at the start of session 37 the same way, hard speakers): 0.927 / 0.952 / 0.917 with the
# start code; then read: 0.965 / 0.957 / 0.920 at the session's end. webnews-marsh (written at the start of session
# 37 the same way, not read): 0.900 / 0.954 / 0.939 with the start code, 0.919 / 0.954 / 0.939 with the end code;
# session 38 read it: 0.944 at its end (then blind 0.962, gorge 0.950, tide 0.981, delta 0.958, fathom 0.976, loom
# 0.963 speaker). webnews-reef (written at the start of session 38 the same way, not read): 0.930 / 0.949 / 0.967
# with the start code, 0.937 / 0.949 / 0.967 with the end code; session 39 read it: 0.950 at its end (then cove 0.977,
# delta 0.962, dusk 0.991, fjord 0.989, glacier 0.984, gorge 0.961, nook 0.985, probe 0.963, quarry 0.976, raw 0.963,
# ridge 0.950, sealed 0.970, shrouded 0.983, jetty 0.987 speaker). webnews-shoal (written at the start of session 39
# the same way, not read): 0.928 / 0.949 / 0.951 with the start code, 0.935 / 0.950 / 0.951 with the end code;
# session 40 read it: 0.959 / 0.957 / 0.954 at its end (then reef 0.963, delta 0.971 speaker). webnews-brook (written
# at the start of session 40 the same way, not read): 0.961 / 0.963 / 0.938 with the start code and the end code;
# session 41 read it: 0.963 / 0.976 / 0.938 at its end. webnews-estuary (written at the start of session 41 the same
# way, not read): 0.958 / 0.929 / 0.923 with the start code and the end code; session 42 read it: 0.958 / 0.944 /
# 0.923 at its end. webnews-moraine (written at the start of session 42 the same way, not read): 0.972 / 0.959 / 0.986
# with the start code and the end code. webnews-cairn (written at the start of session 43 the same way, not read):
# 0.969 / 0.976 / 0.985 with the start code and the end code. webnews-tarn (written at the start of session 44 the
# same way, not read): 0.971 / 0.964 / 0.986 with the start code and the end code. Session 45 read cairn and tarn:
# 0.972 / 0.985 / 0.985 and 0.976 / 0.967 / 0.986 at its end (then estuary speaker 0.951). webnews-mire (written at
# the start of session 45 the same way, not read): 0.967 / 0.970 / 0.997 with the start code and the end code.
# webnews-bog (written at the start of session 46 the same way, not read): 0.967 / 0.992 / 0.975 with the start code,
# 0.976 / 0.993 / 0.976 with the end code. webnews-strait (written at the start of session 47 the same way, not read):
# 0.966 / 0.963 / 0.953 with the start code, 0.968 / 0.964 / 0.954 with the end code. Session 47 raised every floor to half a point below
# the end's figure where that was higher (39 floors). webnews-fjell (written at the start of session 48 the same way,
# not read): 0.983 / 0.973 / 0.985 with the start code and the end code (F1 / speaker / cue); session 48's gains
# (estuary, dim, unseen, cairn and others) crossed no floor's next step. webnews-scree (written at the start of session 49
# the same way, not read): 0.982 / 0.969 / 0.978 with the start code, 0.982 / 0.976 / 0.978 with the end code; session
# 49 raised five floors a step (hard, marsh, moraine and fjell speaker, raw F1). webnews-scarp (written at the start of
# session 50 the same way, not read): 0.956 / 0.938 / 0.947 with the start code, 0.956 / 0.938 / 0.968 with the end
# code; session 50 raised 33 floors to half a point below the end's figure (30 cue floors after the cue rules, unseen
# and fathom F1, estuary speaker). webnews-rill (written at the start of session 51 the same way, not read): 0.980 /
# 0.934 / 0.978 with the start code and the end code; session 51 raised raw and scarp speaker. webnews-cirque (written
# at the start of session 52 the same way, not read): 0.968 / 0.965 / 0.984 with the start code and the end code.
# Session 53 raised fresh, inlet and cirque speaker a step. webnews-sound (written at the start of session 53 the same
# way, not read): 0.981 / 0.974 / 0.968 with the start code and the end code. webnews-bluff (written at the start of
# session 54 the same way, not read): 0.979 / 0.928 / 0.941 with the start code and the end code. webnews-heath (written
# at the start of session 55 the same way, not read): 0.976 / 0.970 / 0.937 with the start code and the end code.
# webnews-blue (written at the start of session 56 the same way, not read): 0.966 / 0.948 / 0.930 with the start code
# and the end code. webnews-dune (written in session 56 the same way to be read): 0.974 / 0.940 / 0.964 untouched with
# the start code, 0.973 / 0.962 / 0.969 at the end; session 56 raised rill speaker a step. webnews-atoll (written at
# the start of session 57 the same way, not read): 0.977 / 0.949 / 0.995 with the start code, 0.977 / 0.946 / 0.995 with
# the end code (one quotation's speaker went wrong). webnews-bight (written in session 57 the same way to be read, on
# reported speech): 0.971 / 0.936 / 0.962 untouched with the start code, 0.979 / 0.952 / 0.962 at the end.
# webnews-mesa (written at the start of session 58 the same way, not read): 0.966 / 0.963 / 0.964 with the start code,
# 0.971 / 0.963 / 0.964 with the end code. webnews-weir (written in session 58 the same way to be read, on where
# reported speech begins and ends): 0.955 / 0.922 / 0.926 untouched with the start code, 0.969 / 0.936 / 0.933 at the
# end. Session 58 raised bight, estuary, fjell, fjord, loom and tarn speaker and cloaked, dune, loom and moraine F1.
# webnews-spit (written at the start of session 59 the same way, not read): 0.971 / 0.983 / 0.987 with the start code
# and the end code. webnews-knoll (written in session 59 the same way to be read, on marks that quote no one beside
# words someone did say): 0.938 / 0.948 / 0.980 untouched with the start code, 0.957 / 0.948 / 0.981 at the end.
# Session 59 raised hidden and inlet F1 and loom speaker. webnews-cliff (written at the start of session 60 the same
# way, not read): 0.963 / 0.962 / 0.969 with the start code and the end code. webnews-lee (written in session 60 the
# same way to be read, on reported speech as agencies write it): 0.968 / 0.934 / 0.992 untouched with the start code,
# 0.972 / 0.955 / 0.992 at the end. Session 60 raised knoll and scree speaker a step. webnews-cape (written at the start
# of session 61 the same way, not read): 0.979 / 0.949 / 0.979 with the start code and the end code. webnews-dell
# (written in session 61 the same way to be read, on who speaks where several people do): 0.984 / 0.968 / 0.966
# untouched with the start code, 0.984 / 0.983 / 0.970 at the end. Session 61 raised atoll, heath, shoal and weir
# speaker, delta and shoal cue and ember F1 a step.
WEB_FLOORS = {
    "webnews-constructed": {"all canonical speaker": 0.98, "all F1": 0.98, "all cue": 0.96},
    "webnews-hard": {"all canonical speaker": 0.98, "all F1": 0.98, "all cue": 0.97},
    "webnews-fresh": {"all canonical speaker": 0.99, "all F1": 0.98, "all cue": 0.98},
    "webnews-raw": {"all canonical speaker": 0.97, "all F1": 0.96, "all cue": 0.92},
    "webnews-wild": {"all canonical speaker": 0.96, "all F1": 0.97, "all cue": 0.89},
    "webnews-blind": {"all canonical speaker": 0.96, "all F1": 0.96, "all cue": 0.95},
    "webnews-probe": {"all canonical speaker": 0.96, "all F1": 0.95, "all cue": 0.94},
    "webnews-unseen": {"all canonical speaker": 0.96, "all F1": 0.97, "all cue": 0.97},
    "webnews-sealed": {"all canonical speaker": 0.96, "all F1": 0.96, "all cue": 0.95},
    "webnews-veiled": {"all canonical speaker": 0.95, "all F1": 0.96, "all cue": 0.96},
    "webnews-shrouded": {"all canonical speaker": 0.98, "all F1": 0.97, "all cue": 0.96},
    "webnews-masked": {"all canonical speaker": 0.96, "all F1": 0.96, "all cue": 0.96},
    "webnews-hidden": {"all canonical speaker": 0.96, "all F1": 0.97, "all cue": 0.92},
    "webnews-cloaked": {"all canonical speaker": 0.97, "all F1": 0.97, "all cue": 0.94},
    "webnews-dim": {"all canonical speaker": 0.98, "all F1": 0.95, "all cue": 0.98},
    "webnews-dusk": {"all canonical speaker": 0.99, "all F1": 0.97, "all cue": 0.98},
    "webnews-ember": {"all canonical speaker": 0.98, "all F1": 0.94, "all cue": 0.94},
    "webnews-fjord": {"all canonical speaker": 0.99, "all F1": 0.94, "all cue": 0.94},
    "webnews-glacier": {"all canonical speaker": 0.98, "all F1": 0.96, "all cue": 0.96},
    "webnews-harbor": {"all canonical speaker": 0.98, "all F1": 0.97, "all cue": 0.95},
    "webnews-lagoon": {"all canonical speaker": 0.99, "all F1": 0.97, "all cue": 0.98},
    "webnews-tide": {"all canonical speaker": 0.98, "all F1": 0.97, "all cue": 0.96},
    "webnews-crest": {"all canonical speaker": 0.96, "all F1": 0.97, "all cue": 0.96},
    "webnews-quarry": {"all canonical speaker": 0.97, "all F1": 0.97, "all cue": 0.96},
    "webnews-ridge": {"all canonical speaker": 0.94, "all F1": 0.96, "all cue": 0.93},
    "webnews-cove": {"all canonical speaker": 0.97, "all F1": 0.97, "all cue": 0.98},
    "webnews-delta": {"all canonical speaker": 0.97, "all F1": 0.97, "all cue": 0.99},
    "webnews-fathom": {"all canonical speaker": 0.97, "all F1": 0.97, "all cue": 0.96},
    "webnews-gorge": {"all canonical speaker": 0.96, "all F1": 0.97, "all cue": 0.96},
    "webnews-inlet": {"all canonical speaker": 0.96, "all F1": 0.96, "all cue": 0.91},
    "webnews-jetty": {"all canonical speaker": 0.98, "all F1": 0.94, "all cue": 0.97},
    "webnews-loom": {"all canonical speaker": 0.98, "all F1": 0.95, "all cue": 0.97},
    "webnews-kiln": {"all canonical speaker": 0.98, "all F1": 0.95, "all cue": 0.98},
    "webnews-nook": {"all canonical speaker": 0.98, "all F1": 0.96, "all cue": 0.94},
    "webnews-marsh": {"all canonical speaker": 0.95, "all F1": 0.95, "all cue": 0.95},
    "webnews-reef": {"all canonical speaker": 0.96, "all F1": 0.95, "all cue": 0.97},
    "webnews-shoal": {"all canonical speaker": 0.96, "all F1": 0.95, "all cue": 0.96},
    "webnews-brook": {"all canonical speaker": 0.97, "all F1": 0.96, "all cue": 0.94},
    "webnews-estuary": {"all canonical speaker": 0.97, "all F1": 0.96, "all cue": 0.96},
    "webnews-moraine": {"all canonical speaker": 0.96, "all F1": 0.98, "all cue": 0.98},
    "webnews-cairn": {"all canonical speaker": 0.98, "all F1": 0.97, "all cue": 0.98},
    "webnews-tarn": {"all canonical speaker": 0.97, "all F1": 0.97, "all cue": 0.98},
    "webnews-mire": {"all canonical speaker": 0.97, "all F1": 0.96, "all cue": 0.99},
    "webnews-bog": {"all canonical speaker": 0.99, "all F1": 0.97, "all cue": 0.97},
    "webnews-strait": {"all canonical speaker": 0.96, "all F1": 0.96, "all cue": 0.97},
    "webnews-fjell": {"all canonical speaker": 0.98, "all F1": 0.97, "all cue": 0.99},
    "webnews-scree": {"all canonical speaker": 0.98, "all F1": 0.97, "all cue": 0.97},
    "webnews-scarp": {"all canonical speaker": 0.96, "all F1": 0.95, "all cue": 0.96},
    "webnews-rill": {"all canonical speaker": 0.93, "all F1": 0.97, "all cue": 0.97},
    "webnews-cirque": {"all canonical speaker": 0.97, "all F1": 0.96, "all cue": 0.97},
    "webnews-sound": {"all canonical speaker": 0.96, "all F1": 0.97, "all cue": 0.96},
    "webnews-bluff": {"all canonical speaker": 0.92, "all F1": 0.97, "all cue": 0.93},
    "webnews-heath": {"all canonical speaker": 0.97, "all F1": 0.97, "all cue": 0.93},
    "webnews-atoll": {"all canonical speaker": 0.95, "all F1": 0.97, "all cue": 0.99},
    "webnews-bight": {"all canonical speaker": 0.96, "all F1": 0.97, "all cue": 0.95},
    "webnews-blue": {"all canonical speaker": 0.94, "all F1": 0.96, "all cue": 0.92},
    "webnews-dune": {"all canonical speaker": 0.95, "all F1": 0.97, "all cue": 0.96},
    "webnews-mesa": {"all canonical speaker": 0.95, "all F1": 0.96, "all cue": 0.95},
    "webnews-weir": {"all canonical speaker": 0.94, "all F1": 0.96, "all cue": 0.92},
    "webnews-spit": {"all canonical speaker": 0.97, "all F1": 0.96, "all cue": 0.98},
    "webnews-knoll": {"all canonical speaker": 0.95, "all F1": 0.95, "all cue": 0.97},
    "webnews-cliff": {"all canonical speaker": 0.95, "all F1": 0.95, "all cue": 0.96},
    "webnews-lee": {"all canonical speaker": 0.94, "all F1": 0.96, "all cue": 0.98},
    "webnews-cape": {"all canonical speaker": 0.94, "all F1": 0.97, "all cue": 0.97},
    "webnews-dell": {"all canonical speaker": 0.97, "all F1": 0.97, "all cue": 0.96},
}


@pytest.mark.parametrize("name", sorted(WEB_FLOORS))
def test_web_style_sets_stay_above_their_floors(name: str) -> None:
    report = evaluate_with(load_gold(DEVDATA / f"{name}.jsonl"), quotekit.extract_many)
    assert report.speaker_scheme == "canonical"
    figures = {
        "all canonical speaker": report.speaker.value or 0.0,
        "all F1": report.overall.f1,
        "all cue": report.cue.value or 0.0,
    }
    for figure, floor in WEB_FLOORS[name].items():
        assert figures[figure] >= floor, (
            f"{name} {figure}: {figures[figure]:.3f} < {floor:.2f}\n{report.format_table()}"
        )
