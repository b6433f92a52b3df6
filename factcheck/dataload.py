"""Package data files (word lists, patterns), loaded once."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=None)
def load(name: str):
    """The parsed YAML file ``factcheck/data/<name>``."""
    text = resources.files("factcheck").joinpath("data", name).read_text(encoding="utf-8")
    return yaml.safe_load(text)
