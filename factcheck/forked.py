"""One call run in a forked process while this one goes on, its result sent
back through a pipe.

The forked process inherits everything (the claims, the rules, compiled
patterns), so nothing is sent to it; only its result comes back, pickled.
Where fork is missing, or the child fails in any way (raises, is killed,
sends something that cannot be read), :meth:`Forked.result` says so and the
caller does the work itself: a result never depends on whether it was forked.
"""
from __future__ import annotations

import os
import pickle
from typing import Any, Callable


class Forked:
    """``fn(*args)`` in a forked process; ``after()``, if given, runs there
    once the result is sent (work the caller need not wait for)."""

    def __init__(self, fn: Callable, *args, after: Callable[[], Any] | None = None):
        self.pid: int | None = None
        self._fd: int | None = None
        self._outcome: tuple[bool, Any] | None = None
        if not hasattr(os, "fork"):
            self._outcome = (False, None)
            return
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: exits without running any of the parent's clean-up or flushing its buffers
            code = 1
            try:
                os.close(read)
                payload = pickle.dumps(fn(*args), protocol=5)
                with os.fdopen(write, "wb") as out:
                    out.write(payload)
                code = 0
                if after is not None:
                    after()
            finally:
                os._exit(code)
        os.close(write)
        self.pid, self._fd = pid, read

    def result(self) -> tuple[bool, Any]:
        """``(True, value)`` once the child sent its value; ``(False, None)``
        if it could not (the caller then computes the value itself)."""
        if self._outcome is None:
            with os.fdopen(self._fd, "rb") as pipe:
                self._fd = None
                payload = pipe.read()  # all of it before waiting: the child blocks on a full pipe
            _, status = os.waitpid(self.pid, 0)
            self.pid = None
            outcome: tuple[bool, Any] = (False, None)
            if os.waitstatus_to_exitcode(status) == 0:
                try:
                    outcome = (True, pickle.loads(payload))
                except Exception:  # noqa: BLE001 - what cannot be read is computed again by the caller
                    pass
            self._outcome = outcome
        return self._outcome

    def cancel(self) -> None:
        """Stop the child if its result was not collected, and reap it."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        if self.pid is not None:
            import signal

            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            os.waitpid(self.pid, 0)
            self.pid = None
            self._outcome = (False, None)
