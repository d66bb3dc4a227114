"""Error messages in one place, raised as ``raise TypeError(Errors.E001.format(...))``."""

from __future__ import annotations


class Errors:
    E001 = "quotekit expects a str, got {type_name}."
    E002 = "Item {index} of the input is not a str but {type_name}; the results before it were yielded."
    E003 = (
        "No German spaCy pipeline is installed. Install one with `python -m spacy download de_core_news_sm` "
        "(needs internet), or offline from a quotekit checkout with `bash scripts/install.sh` "
        "(or `pip install models/de_quotekit_sm-*.whl`), or name an installed pipeline with "
        "quotekit.load(model=...) or the QUOTEKIT_MODEL variable."
    )
    E004 = (
        "The spaCy pipeline {name!r} named by {source} could not be loaded ({reason}). Install it, e.g. "
        "`python -m spacy download de_core_news_sm` (needs internet), or offline from a quotekit checkout "
        "`pip install models/de_quotekit_sm-*.whl`."
    )
    E005 = "batch_size must be a positive int, got {value!r}."
    E006 = "n_process must be a positive int or -1, got {value!r}."
    E007 = "cannot read {source}: not UTF-8 (byte 0x{byte:02x} at byte offset {offset})"
    E008 = "cannot read {source}: {reason}"
    E009 = (
        "extract_many expects an iterable of texts, not a single {type_name}; "
        "use quotekit.extract(text) or extract_many([text])."
    )
    E010 = 'on_error must be "raise" or "skip", got {value!r}.'
    E011 = "{owner}.from_dict: {field} {problem}"
    E012 = "corpus folder not found: {folder}"
    W001 = "Item {index} of the input is not a str but {type_name}: skipped (on_error='skip')."


class ModelNotFoundError(OSError):
    """No usable German spaCy pipeline: the message says how to install one."""
