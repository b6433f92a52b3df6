"""Small newsroom repositories for the workflow tests: a corpus of two outlets
that agree on a figure, and drafts that agree or diverge."""
from __future__ import annotations

from pathlib import Path

from conftest import write

REUTERS = ("---\noutlet: Reuters\npublished: 2023-03-01\n---\n"
           "Exports of the country rose 23% in 2022, the statistics office said.\n")
AP = ("---\noutlet: AP\npublished: 2023-03-01\n---\n"
      "The statistics office said exports of the country rose 23% in 2022.\n")
CLEAN = ("---\noutlet: Daily Planet\npublished: 2023-03-02\n---\n"
         "The harbour reopened after repairs, officials said.\n")
DIVERGENT = ("---\noutlet: Daily Planet\npublished: 2023-03-02\n---\n"
             "Exports of the country rose 41% in 2022, the statistics office said.\n")
PYPROJECT = ('[tool.factcheck]\ncorpus = ["corpus"]\nbaseline = "factcheck-baseline.json"\n'
             'fail-on = "error"\nfiles = ["drafts/*"]\n')


def newsroom(root: Path, *, baseline: bool = False) -> Path:
    """A folder with corpus/, drafts/ and a pyproject with [tool.factcheck]."""
    write(root / "corpus" / "reuters.md", REUTERS)
    write(root / "corpus" / "ap.md", AP)
    write(root / "pyproject.toml", PYPROJECT if baseline else PYPROJECT.replace(
        'baseline = "factcheck-baseline.json"\n', ""))
    return root
