from __future__ import annotations

import csv
import re
import io

import pytest
from conftest import write
from workflow_helpers import DIVERGENT, newsroom

from factcheck.cli import main

UPI = ("---\noutlet: UPI\npublished: 2023-03-02\n---\n"
       "Exports of the country rose 24% in 2022, the statistics office said.\n")
EXTRA = "\nThe harbour handled more ships in 2022, up 12% from a year earlier.\n"


@pytest.fixture
def two_reports(in_tmp):
    newsroom(in_tmp)
    write(in_tmp / "drafts" / "d.md", DIVERGENT)
    assert main(["report", "corpus", "drafts", "--out", "old", "-q"]) == 0
    write(in_tmp / "corpus" / "upi.md", UPI)
    write(in_tmp / "drafts" / "d.md", "---\noutlet: Daily Planet\npublished: 2023-03-02\n---\n\n\n"
          + DIVERGENT.split("---\n")[2] + EXTRA)
    assert main(["report", "corpus", "drafts", "--out", "new", "-q"]) == 0
    return in_tmp


def _rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_diff_folders_text(two_reports, capsys):
    assert main(["diff", "old", "new"]) == 0
    out = capsys.readouterr().out
    assert "findings.csv: 1 added, 0 resolved, 1 changed" in out
    added = out.split("+++ ")[1].split("->  ")[0]
    assert "unsourced" in added and "“12%”" in added
    changed = out.split("->  ")[1]
    assert "UPI: “24%”" in changed  # the diverging cluster gained an outlet: shown as changed
    claims_part = out.split("claims.csv: ")[1]
    assert re.match(r"\d+ added, 0 resolved, 0 changed", claims_part)  # moved lines are not a change
    assert "UPI  24%" in claims_part and "Daily Planet  12%" in claims_part


def test_diff_csv_format_and_fail_on(two_reports, capsys):
    assert main(["diff", "old/findings.csv", "new/findings.csv", "--format", "csv"]) == 0
    rows = _rows(capsys.readouterr().out)
    assert {r["change"] for r in rows} == {"added", "changed"}
    added = {r["column"]: r["new"] for r in rows if r["change"] == "added"}
    assert added["verdict"] == "unsourced" and added["severity"] == "warning"
    assert any(r["column"] == "articles" and "corpus/upi.md" in r["new"] and "corpus/upi.md" not in r["old"]
               for r in rows if r["change"] == "changed")
    assert main(["diff", "old", "new", "--fail-on", "warning"]) == 1
    assert main(["diff", "old", "new", "--fail-on", "error"]) == 0
    assert main(["diff", "new", "old", "--fail-on", "info"]) == 0  # resolving is never a failure


def test_changed_claim_values_and_same_input_same_bytes(in_tmp, capsys):
    header = "id,article,line,kind,text,value,low,high,unit\n"
    write(in_tmp / "a.csv", header + "c1,x.md,3,quantity,more than 10 months,10,10,,month\n")
    write(in_tmp / "b.csv", header + "c1,x.md,9,quantity,more than 10 months,10,10,15,month\n")
    assert main(["diff", "a.csv", "b.csv"]) == 0
    out = capsys.readouterr().out
    assert "claims.csv: 0 added, 0 resolved, 1 changed" in out and "high: (empty) -> 15" in out
    assert "line:" not in out
    main(["diff", "a.csv", "b.csv", "--format", "csv"])
    first = capsys.readouterr().out
    main(["diff", "a.csv", "b.csv", "--format", "csv"])
    assert capsys.readouterr().out == first == "table,change,id,column,old,new\nclaims,changed,c1,high,,15\n"
    assert main(["diff", "a.csv", "a.csv"]) == 0
    assert "no differences" in capsys.readouterr().out


@pytest.mark.parametrize("content, words", [
    ("", "empty file"),
    ("name,colour\nx,red\n", "no 'id' column"),
    ("id,foo\n1,2\n", "neither a findings.csv nor a claims.csv"),
    ("id,verdict,severity,claims\na,diverge,error,x\na,agree,info,y\n", "appears twice"),
    (b"id,verdict\n\xff\xfe,1\n", "not a readable UTF-8 CSV"),
])
def test_invalid_input_is_exit_2_naming_the_file(in_tmp, capsys, content, words):
    write(in_tmp / "good.csv", "id,verdict,severity,claims\na,diverge,error,x\n")
    write(in_tmp / "bad.csv", content)
    assert main(["diff", "good.csv", "bad.csv"]) == 2
    err = capsys.readouterr().err
    assert "bad.csv" in err and words in err


def test_missing_and_mismatched_inputs(in_tmp, capsys):
    write(in_tmp / "f.csv", "id,verdict,severity,claims\na,diverge,error,x\n")
    write(in_tmp / "c.csv", "id,article,kind,text\na,x.md,quantity,5%\n")
    (in_tmp / "folder").mkdir()
    assert main(["diff", "f.csv", "nope.csv"]) == 2
    assert "nope.csv" in capsys.readouterr().err
    assert main(["diff", "f.csv", "c.csv"]) == 2
    assert main(["diff", "f.csv", "folder"]) == 2
    assert main(["diff", "folder", "folder"]) == 2
    assert "no findings.csv or claims.csv" in capsys.readouterr().err
