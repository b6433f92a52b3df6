"""Package data files (word lists, patterns), loaded once."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml

#: libyaml's loader when the build has it (the package data is plain YAML,
#: read the same by both)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str):
    """``yaml.safe_load`` of package data, with the C loader when available."""
    return yaml.load(text, Loader=_LOADER)


@lru_cache(maxsize=None)
def load(name: str):
    """The parsed YAML file ``factcheck/data/<name>``."""
    text = resources.files("factcheck").joinpath("data", name).read_text(encoding="utf-8")
    return safe_load(text)
