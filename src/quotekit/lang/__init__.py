"""Language knowledge: one subpackage per language (only German, ``de``, so far)."""
