"""What an import reports: issues, diffs and per-file and per-batch results, in either language."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dashboard.i18n import t
from dashboard.ingest.changes import ChangeSet


@dataclass(frozen=True)
class Msg:
    """A catalogue message used inside another (e.g. "did you mean X?"), or nothing."""

    key: str | None
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, lang: str) -> str:
        return t(self.key, lang, **self.params) if self.key else ""


@dataclass
class Issue:
    """One problem: where (line, column, value) and why (catalogue key and params)."""

    key: str
    line: int | None = None
    column: str | None = None
    value: str | None = None
    params: dict[str, Any] = field(default_factory=dict)

    def reason(self, lang: str) -> str:
        params = {k: v.render(lang) if isinstance(v, Msg) else v for k, v in self.params.items()}
        return t(self.key, lang, **params)

    def render(self, lang: str = "sv") -> str:
        if self.line is None:
            return self.reason(lang)
        return t(
            "import.error_line",
            lang,
            line=self.line,
            column=self.column or "–",
            value=f"»{self.value}«" if self.value else "»«",
            reason=self.reason(lang),
        )


def rows_text(count: int, lang: str) -> str:
    """``1 rad`` / ``3 rader``."""
    return t("word.row" if count == 1 else "word.rows", lang, n=count)


@dataclass
class FileResult:
    """The outcome for one file of a batch."""

    name: str
    sha256: str
    kind: str | None = None
    rows: int = 0
    issues: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    changes: ChangeSet | None = None  # what the file changes (would change, in a dry run)
    import_id: int | None = None  # its row in the import log, once written
    unreadable: bool = False
    written: bool = True  # False when another file of the batch was rejected
    dry_run: bool = False  # validated and diffed only (the preview)

    @property
    def ok(self) -> bool:
        return not self.issues

    @property
    def changed(self) -> bool:
        """True when the file changes (would change) anything stored."""
        return bool(self.changes)

    def counts(self) -> dict[str, int]:
        """Figures new, changed, unchanged and removed: the first three add up to the
        figures the file gives, the last is what it takes away inside its scope."""
        # Not ``self.changes or ...``: a ChangeSet of only unchanged figures is falsy.
        found = self.changes if self.changes is not None else ChangeSet("")
        return {
            "new": found.new,
            "changed": found.changed,
            "unchanged": found.unchanged,
            "removed": found.removed,
        }

    def summary(self, lang: str = "sv") -> list[str]:
        """Human-readable lines for this file, in ``lang``."""
        kind = t(f"kind.{self.kind}", lang) if self.kind else "?"
        rows = rows_text(self.rows, lang)
        if not self.ok:
            lines = [t("import.rejected", lang, file=self.name, count=len(self.issues))]
            lines += ["  " + issue.render(lang) for issue in self.issues]
        elif self.dry_run and self.changes is not None:
            lines = [t("import.would", lang, file=self.name, kind=kind, rows=rows, **self.counts())]
        elif not self.written:
            lines = [t("import.not_written", lang, file=self.name, kind=kind)]
        elif self.changes is not None and not self.changed:
            lines = [t("import.unchanged", lang, file=self.name, kind=kind, rows=rows)]
        else:
            lines = [t("import.ok", lang, file=self.name, kind=kind, rows=rows, **self.counts())]
            if self.import_id is not None:
                lines.append("  " + t("import.id", lang, id=self.import_id))
        lines += ["  " + t("import.warning", lang, reason=w.render(lang)) for w in self.warnings]
        return lines


@dataclass
class BatchResult:
    """The outcome of importing several files together (all or nothing)."""

    files: list[FileResult]
    written: bool
    dry_run: bool
    data_version: int

    @property
    def ok(self) -> bool:
        return all(f.ok for f in self.files)

    @property
    def exit_code(self) -> int:
        """0 done, 1 data rejected, 2 a file could not be read."""
        if any(f.unreadable for f in self.files):
            return 2
        return 0 if self.ok else 1

    def messages(self, lang: str = "sv") -> list[str]:
        lines = [line for f in self.files for line in f.summary(lang)]
        if self.dry_run:
            lines.append(t("import.dry_run", lang))
        return lines
