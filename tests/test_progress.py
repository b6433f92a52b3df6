"""The progress bar: on stderr, only on a terminal, never with --quiet or in CI."""
from __future__ import annotations

import io

from factcheck import cli


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal_outside_ci(monkeypatch):
    err = _Tty()
    monkeypatch.setattr(cli.sys, "stderr", err)
    monkeypatch.delenv("CI", raising=False)
    update, close = cli._progress(10, quiet=False)
    assert update is not None
    update(10)
    close()
    assert "/10 [" in err.getvalue() and "article" in err.getvalue()
    assert cli._progress(10, quiet=True)[0] is None
    monkeypatch.setenv("CI", "true")
    assert cli._progress(10, quiet=False)[0] is None
    monkeypatch.delenv("CI")
    monkeypatch.setattr(cli.sys, "stderr", io.StringIO())  # not a terminal
    assert cli._progress(10, quiet=False)[0] is None
