"""Load a de_quotekit_sm with its own code, so that pipelines of different releases can be compared
with the code each was released with (the components are registered once per process, by whichever
code is imported first: a comparison in one process would run every release with one ruler).

- an installed package name: its own package code (spacy.load imports it);
- a model directory inside an unpacked wheel (``.../de_quotekit_sm/de_quotekit_sm-0.3.0``): the
  ``functions.py`` beside it;
- any other directory (an assembled or trained pipeline): ``training/functions.py``.

Each model is meant to be loaded in a process of its own (``evaluate.py`` and ``compare_eval.py``
run one subprocess per model).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).parent


def register_code(model: str) -> Path | None:
    """Import the code of ``model`` (see the module docstring); the file imported, or None for an
    installed package."""
    path = Path(model)
    if not path.is_dir():
        return None
    code = path.parent / "functions.py"
    if not (code.exists() and (path.parent / "__init__.py").exists()):
        code = HERE / "functions.py"
    spec = importlib.util.spec_from_file_location("quotekit_model_functions", code)
    if spec is None or spec.loader is None:
        message = f"cannot import {code}"
        raise ImportError(message)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return code
