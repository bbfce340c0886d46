"""Batch progress on stderr (never stdout): failures as one line each, or a Rich bar."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from policyscan.batch.work import Outcome


def failure_line(outcome: Outcome) -> str:
    """One stderr line for a failed article: path and message as text, control characters escaped."""
    from policyscan.batch.walk import shown
    from policyscan.render._common import clean_text

    return clean_text(f"policyscan: {shown(str(outcome.path))}: {outcome.error}", one_line=True)


class PlainReporter:
    """No bar: failures as one line each on stderr (when asked)."""

    def __init__(self, *, show_failures: bool = True, stream: TextIO | None = None) -> None:
        self.show_failures, self.stream = show_failures, stream

    def start(self, total: int) -> None:
        return None

    def advance(self, outcome: Outcome) -> None:
        if self.show_failures and not outcome.ok:
            stream = self.stream or sys.stderr
            stream.write(failure_line(outcome) + "\n")
            stream.flush()

    def stop(self) -> None:
        return None


class RichReporter(PlainReporter):
    """A Rich progress bar on stderr: articles/s, words/s, failures, ETA."""

    def __init__(self, *, show_failures: bool = True) -> None:
        super().__init__(show_failures=show_failures)
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.progress = Progress(
            TextColumn("[bold]analyzing"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rates]}"),
            TextColumn("[red]{task.fields[failed]} failed"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            redirect_stdout=False,
            redirect_stderr=False,
        )
        self.task = self.progress.add_task("batch", total=None, rates="", failed=0, start=False)
        self.words = self.failed = 0

    def start(self, total: int) -> None:
        self.progress.update(self.task, total=total)
        self.progress.start_task(self.task)
        self.progress.start()

    def advance(self, outcome: Outcome) -> None:
        self.words += outcome.words
        self.failed += not outcome.ok
        if self.show_failures and not outcome.ok:
            self.progress.console.print(failure_line(outcome), markup=False, highlight=False)
        elapsed = self.progress.tasks[0].elapsed or 1e-9
        done = self.progress.tasks[0].completed + 1
        rates = f"{done / elapsed:.1f} art/s {self.words / elapsed:,.0f} words/s"
        self.progress.update(self.task, advance=1, rates=rates, failed=self.failed)

    def stop(self) -> None:
        self.progress.stop()
