"""One exception type for every bad input, so the CLI can print one readable line
(``file:line: what is wrong``) and exit non-zero instead of showing a traceback."""
from __future__ import annotations


class InputError(Exception):
    """Bad input a user can fix: a file, a line within it, and what is wrong."""

    def __init__(self, file: str, message: str, line: int | None = None) -> None:
        self.file = str(file)
        self.line = line
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.message}"
