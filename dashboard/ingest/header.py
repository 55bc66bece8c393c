"""A file's header: which kind of file it is, and which column is where."""

from __future__ import annotations

from dashboard import contract
from dashboard.ingest.results import Issue


def detect_kind(header: list[str]) -> tuple[str | None, list[str]]:
    """The kind whose required columns the header carries; (None, candidates) if unclear."""
    keys = {contract.header_key(h) for h in header}
    candidates = []
    for name, spec in contract.KIND_SPECS.items():
        lookup = contract.column_lookup(name)
        present = {lookup[k] for k in keys if k in lookup}
        if not set(spec.required) <= present:
            continue
        if any(not present & set(group) for group in spec.one_of):
            continue
        candidates.append((len(spec.required), len(present), name))
    if not candidates:
        return None, []
    candidates.sort(reverse=True)
    best = candidates[0]
    tied = [c[2] for c in candidates if c[:2] == best[:2]]
    return (best[2], []) if len(tied) == 1 else (None, tied)


def map_header(header: list[str], kind: str) -> tuple[dict[str, int], list[Issue], list[Issue]]:
    """Canonical column → index, plus errors and warnings about the header."""
    lookup = contract.column_lookup(kind)
    index: dict[str, int] = {}
    issues: list[Issue] = []
    warnings: list[Issue] = []
    for i, cell in enumerate(header):
        if contract.looks_personal(cell):
            issues.append(
                Issue("err.personal_column", line=1, column=cell, params={"column": cell})
            )
            continue
        name = lookup.get(contract.header_key(cell))
        if name is None:
            if cell:
                warnings.append(Issue("err.unknown_column", params={"column": cell}))
        elif name in index:
            issues.append(
                Issue("err.duplicate_column", line=1, column=cell, params={"column": cell})
            )
        else:
            index[name] = i
    spec = contract.KIND_SPECS[kind]
    for col in spec.required:
        if col not in index:
            issues.append(Issue("err.missing_column", params={"column": col, "kind": kind}))
    for group in spec.one_of:
        if not any(col in index for col in group):
            issues.append(Issue("err.missing_one_of", params={"columns": " / ".join(group)}))
    return index, issues, warnings
