from __future__ import annotations

import json

import pytest
from conftest import write
from workflow_helpers import DIVERGENT, newsroom

from factcheck.cli import main


@pytest.fixture
def room(in_tmp):
    newsroom(in_tmp)
    write(in_tmp / "drafts" / "draft.md", DIVERGENT)
    return in_tmp


def _sarif(capsys, *extra) -> dict:
    main(["check", "drafts/draft.md", "--against", "corpus", "--format", "sarif", *extra])
    return json.loads(capsys.readouterr().out)


def test_sarif_log_shape_and_locations(room, capsys):
    log = _sarif(capsys)
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-2.1.0.json")
    run = log["runs"][0]
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert {"diverge", "agree", "unsourced", "single_source", "rule_confirmed", "rule_violated"} == set(rules)
    [result] = [r for r in run["results"] if r["ruleId"] == "diverge"]
    assert result["level"] == "error" and rules[result["ruleIndex"]] == "diverge"
    loc = result["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "drafts/draft.md"
    region = loc["region"]
    line = (room / "drafts" / "draft.md").read_text().splitlines()[region["startLine"] - 1]
    assert line[region["startColumn"] - 1:region["endColumn"] - 1] == region["snippet"]["text"] == "41%"
    related = {r["physicalLocation"]["artifactLocation"]["uri"] for r in result["relatedLocations"]}
    assert related == {"corpus/ap.md", "corpus/reuters.md"}
    assert "baselineState" not in result


def test_fingerprints_stable_when_lines_move_and_baseline_state(room, capsys):
    first = _sarif(capsys)["runs"][0]["results"]
    main(["baseline", "corpus", "drafts", "-o", "base.json", "-q"])
    text = (room / "drafts" / "draft.md").read_text()
    write(room / "drafts" / "draft.md", text.replace("---\nExports", "---\nA new first paragraph.\n\nExports"))
    write(room / "drafts" / "draft.md", (room / "drafts" / "draft.md").read_text()
          + "\nThe harbour handled more ships in 2022, up 12% from a year earlier.\n")
    moved = _sarif(capsys, "--baseline", "base.json")["runs"][0]["results"]
    fp = {r["partialFingerprints"]["factcheckFinding/v1"]: r for r in moved}
    for r in first:
        old = r["partialFingerprints"]["factcheckFinding/v1"]
        assert fp[old]["baselineState"] == "unchanged"
        assert fp[old]["suppressions"][0]["kind"] == "external"
        assert fp[old]["locations"][0]["physicalLocation"]["region"]["startLine"] == \
            r["locations"][0]["physicalLocation"]["region"]["startLine"] + 2
    new = [r for r in moved if r["baselineState"] == "new"]
    assert new and all("suppressions" not in r for r in new)
