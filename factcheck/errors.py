"""Errors and problems that name the file and line they come from.

A :class:`FactcheckError` stops the command it happens in (exit code 2). A
:class:`Problem` is recorded against one input and the other inputs go on.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with one input: reported, and the rest goes on."""

    file: str
    message: str
    line: int | None = None
    column: int | None = None
    level: str = "error"  # "error" (exit code 2) | "warning"

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.level}: {self.message}"


class FactcheckError(Exception):
    """A user error: bad input, bad rules, bad usage. Exit code 2."""

    exit_code = 2

    def __init__(self, message: str, file: str | None = None, line: int | None = None,
                 column: int | None = None, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.hint = hint

    def as_problem(self) -> Problem:
        return Problem(self.file or "<input>", self.message + (f" ({self.hint})" if self.hint else ""),
                       self.line, self.column)

    def __str__(self) -> str:
        return str(self.as_problem()) if self.file else self.message + (f" ({self.hint})" if self.hint else "")


class InputError(FactcheckError):
    """An article or manifest that cannot be read."""


class RulesError(FactcheckError):
    """A rules file that is malformed, or holds an unknown key or a wrong value."""


class BaselineError(FactcheckError):
    """A baseline file that is not valid."""
