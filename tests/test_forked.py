"""A call run in a forked process gives its value back, or says it could not."""
from __future__ import annotations

import os
import signal
import time

import pytest

from factcheck.forked import Forked

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")


def test_the_value_comes_back_however_large():
    big = list(range(300_000))  # far more than a pipe holds
    child = Forked(lambda n: [x * 2 for x in big[:n]], len(big))
    assert child.result() == (True, [x * 2 for x in big])
    assert child.result() == (True, [x * 2 for x in big])  # asked again: the same, no second wait


def test_an_exception_in_the_child_is_a_failure_to_redo():
    def boom():
        raise ValueError("no")

    assert Forked(boom).result() == (False, None)


def test_a_killed_child_is_a_failure_to_redo():
    child = Forked(time.sleep, 30)
    os.kill(child.pid, signal.SIGKILL)
    assert child.result() == (False, None)


def test_a_value_that_cannot_be_sent_is_a_failure_to_redo():
    assert Forked(lambda: (lambda: 1)).result() == (False, None)  # a lambda does not pickle


def test_cancel_stops_and_reaps_the_child():
    child = Forked(time.sleep, 30)
    pid = child.pid
    child.cancel()
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)
    assert child.result() == (False, None)


def test_after_runs_in_the_child_once_the_value_is_sent(tmp_path):
    mark = tmp_path / "after"
    child = Forked(lambda: 7, after=lambda: mark.write_text("done"))
    assert child.result() == (True, 7)
    assert mark.read_text() == "done"
