from __future__ import annotations

import json

from conftest import SEEDS, write

from factcheck.cli import main

CLAIM_KEYS = {"id", "article", "outlet", "published", "line", "start", "end", "text", "sentence", "kind", "value",
              "low", "high", "unit", "hedge", "subject", "period_start", "period_end", "attribution", "direction",
              "compared_with", "checkworthy", "actors", "action", "date_start", "date_end", "place", "speaker",
              "quote"}
FINDING_KEYS = {"id", "verdict", "severity", "claims", "articles", "message", "rule"}


def test_help_for_every_command(capsys):
    for cmd in ([], ["report"], ["extract"], ["check"]):
        assert main([*cmd, "--help"]) == 0
        assert "Usage" in capsys.readouterr().out


def test_extract_json_fields_and_offsets(capsys):
    path = SEEDS / "004_c50d69eee9e4c0e3.txt"
    assert main(["extract", str(path)]) == 0
    claims = json.loads(capsys.readouterr().out)
    assert claims
    raw = path.read_text(encoding="utf-8")
    for c in claims:
        assert CLAIM_KEYS <= set(c)
        assert raw[c["start"]:c["end"]] == c["text"]
        assert raw.count("\n", 0, c["start"]) + 1 == c["line"]
        assert c["kind"] in ("quantity", "event", "quote")
    assert len({c["id"] for c in claims}) == len(claims)


def test_claim_ids_survive_moved_lines(in_tmp, capsys):
    body = "Exports rose 23% in 2022, the ministry said.\n"
    write(in_tmp / "a.txt", body)
    main(["extract", "a.txt"])
    first = json.loads(capsys.readouterr().out)
    write(in_tmp / "a.txt", "\n\nA new opening line was added above.\n\n" + body)
    main(["extract", "a.txt"])
    second = json.loads(capsys.readouterr().out)
    moved = [c for c in second if c["text"] == first[0]["text"]]
    assert moved and moved[0]["id"] == first[0]["id"] and moved[0]["line"] != first[0]["line"]


def test_extract_csv(capsys):
    assert main(["extract", "--format", "csv", str(SEEDS / "003_41e8d1467cf90a82.txt")]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("id,article,outlet,published,line,start,end,kind,text")


def test_report_writes_files_and_exit_codes(in_tmp, capsys):
    out = in_tmp / "out"
    assert main(["report", str(SEEDS), "--out", str(out), "--quiet"]) == 0
    for name in ("report.md", "claims.csv", "findings.csv", "findings.json"):
        assert (out / name).is_file()
    findings = json.loads((out / "findings.json").read_text())
    for f in findings:
        assert FINDING_KEYS <= set(f)
    assert main(["report", str(SEEDS), "--out", str(out), "--quiet", "--fail-on", "info"]) == (1 if findings else 0)


def test_missing_path_is_exit_2_but_others_are_processed(in_tmp, capsys):
    out = in_tmp / "out"
    rc = main(["report", "no-such-folder", str(SEEDS / "004_c50d69eee9e4c0e3.txt"), "--out", str(out)])
    err = capsys.readouterr().err
    assert rc == 2
    assert "no-such-folder: error: no such file or folder" in err
    assert "004_c50d69eee9e4c0e3.txt" in (out / "report.md").read_text()


def test_usage_error_is_exit_2(capsys):
    assert main(["report", "--fail-on", "sometimes"]) == 2
    assert main(["no-such-command"]) == 2


def test_check_draft_exit_codes(in_tmp, capsys):
    corpus = in_tmp / "corpus"
    write(corpus / "a.md", "---\noutlet: Reuters\npublished: 2023-03-01\n---\n"
          "Exports of the country rose 23% in 2022, the statistics office said.\n")
    write(corpus / "b.md", "---\noutlet: AP\npublished: 2023-03-01\n---\n"
          "The statistics office said exports of the country rose 23% in 2022.\n")
    write(in_tmp / "draft.md", "---\noutlet: Our paper\npublished: 2023-03-02\n---\n"
          "Exports of the country rose 41% in 2022, the statistics office said.\n")
    rc = main(["check", "draft.md", "--against", "corpus", "--format", "json"])
    findings = json.loads(capsys.readouterr().out)
    assert rc == 1
    assert any(f["verdict"] == "diverge" for f in findings)
    assert all("draft.md" in f["articles"] for f in findings)
    assert main(["check", "draft.md", "--against", "corpus", "--fail-on", "never"]) == 0


def test_works_without_rules_folder(in_tmp, capsys):
    write(in_tmp / "a.txt", "Exports rose 23% in 2022, the ministry said.\n")
    assert main(["extract", "a.txt"]) == 0


def test_main_restores_the_collector_thresholds():
    import gc

    from factcheck.cli import main

    before = gc.get_threshold()
    assert main(["--help"]) == 0
    assert gc.get_threshold() == before


def test_running_out_of_memory_is_said_plainly(monkeypatch, capsys):
    import factcheck.pipeline as pipeline
    from factcheck.cli import main

    def exhausted(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(pipeline, "run_scaled", exhausted)
    assert main(["report", "seeds", "--out", "unused-out", "--no-cache", "-q"]) == 3
    assert "out of memory" in capsys.readouterr().err


def test_report_titles_the_built_in_checks(in_tmp, capsys):
    quote = "Every day this dispute continues costs our exporters, our farmers and our shoppers"
    write(in_tmp / "a" / "wire.md", f"---\noutlet: Wire\npublished: 2026-03-13\n---\n\n\"{quote},\" Transport "
          "Minister Halla Renquist said. Negotiators will meet in the capital on Tuesday, March 16, "
          "the minister said.\n")
    write(in_tmp / "a" / "post.md", f"---\noutlet: Post\npublished: 2026-03-13\n---\n\n\"{quote},\" said Joren "
          "Vass, chair of the employers' association.\n")
    main(["report", str(in_tmp / "a"), "--out", str(in_tmp / "out"), "--quiet"])
    md = (in_tmp / "out" / "report.md").read_text()
    # the speakers in claim order: the same day, then the article (post.md before wire.md)
    assert "quote given to Joren Vass, chair of the employers' association vs Transport Minister Halla Renquist" in md
    assert "weekday and date: “Tuesday, March 16”" in md
