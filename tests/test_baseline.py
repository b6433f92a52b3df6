from __future__ import annotations

import json

import pytest
from conftest import write
from workflow_helpers import DIVERGENT, newsroom

from factcheck.baseline import DEFAULT_REASON, load_baseline
from factcheck.cli import main
from factcheck.errors import BaselineError


@pytest.fixture
def room(in_tmp):
    newsroom(in_tmp)
    write(in_tmp / "drafts" / "draft.md", DIVERGENT)
    return in_tmp


def test_baseline_accepts_known_findings_and_new_ones_fail(room, capsys):
    assert main(["check", "drafts/draft.md", "--against", "corpus", "--fail-on", "error"]) == 1
    assert main(["baseline", "corpus", "drafts", "--output", "base.json"]) == 0
    data = json.loads((room / "base.json").read_text())
    assert data["version"] == 1 and data["findings"]
    assert all(e["reason"] == DEFAULT_REASON for e in data["findings"])
    assert any(e["verdict"] == "diverge" for e in data["findings"])
    capsys.readouterr()
    assert main(["check", "drafts/draft.md", "--against", "corpus", "--fail-on", "error", "--baseline",
                 "base.json"]) == 0
    assert "accepted (baseline: accepted on baseline creation)" in capsys.readouterr().out
    # a second, different divergent figure is new
    write(room / "drafts" / "draft.md", DIVERGENT + "\nExports of the country rose 57% in 2022, the office said.\n")
    assert main(["check", "drafts/draft.md", "--against", "corpus", "--fail-on", "error", "--baseline",
                 "base.json"]) == 1


def test_baseline_does_not_churn_when_lines_move(room):
    assert main(["baseline", "corpus", "drafts", "-o", "base.json", "-q"]) == 0
    before = (room / "base.json").read_bytes()
    text = (room / "drafts" / "draft.md").read_text()
    head, body = text.split("---\n", 2)[1], text.split("---\n", 2)[2]
    write(room / "drafts" / "draft.md", f"---\n{head}---\n\nAn opening paragraph was added.\n\n\n{body}")
    (room / "base.json").unlink()
    assert main(["baseline", "corpus", "drafts", "-o", "base.json", "-q"]) == 0
    assert (room / "base.json").read_bytes() == before
    assert main(["check", "drafts/draft.md", "--against", "corpus", "--fail-on", "info", "--baseline",
                 "base.json", "-q"]) == 0


def test_regenerating_keeps_reasons_and_reason_option(room):
    assert main(["baseline", "corpus", "drafts", "-o", "base.json", "--reason", "figure revised later", "-q"]) == 0
    data = json.loads((room / "base.json").read_text())
    data["findings"][0]["reason"] = "checked with the ministry"
    (room / "base.json").write_text(json.dumps(data))
    assert main(["baseline", "corpus", "drafts", "-o", "base.json", "-q"]) == 0
    reasons = {e.id: e.reason for e in load_baseline(room / "base.json").entries.values()}
    assert reasons[data["findings"][0]["id"]] == "checked with the ministry"
    assert set(reasons.values()) <= {"checked with the ministry", "figure revised later"}


@pytest.mark.parametrize("content, words", [
    ("not json", "not valid JSON"),
    ('{"version": 1}', "exactly the keys"),
    ('{"version": 7, "findings": []}', "unsupported baseline version"),
    ('{"version": 1, "findings": [{"id": "abc"}]}', "'reason' must be a non-empty string"),
    ('{"version": 1, "findings": [{"id": "abc", "reason": "x", "colour": "red"}]}', "unknown key 'colour'"),
    ('{"version": 1, "findings": [{"id": "a", "reason": "x"}, {"id": "a", "reason": "y"}]}', "listed twice"),
])
def test_invalid_baseline_is_exit_2_naming_the_file(room, capsys, content, words):
    write(room / "bad.json", content)
    with pytest.raises(BaselineError):
        load_baseline(room / "bad.json")
    assert main(["check", "drafts/draft.md", "--against", "corpus", "--baseline", "bad.json"]) == 2
    err = capsys.readouterr().err
    assert "bad.json" in err and words in err


def test_missing_baseline_is_exit_2(room, capsys):
    assert main(["check", "drafts/draft.md", "--against", "corpus", "--baseline", "nope.json"]) == 2
    assert "nope.json" in capsys.readouterr().err
