"""Step 1 of ``benchmarks.run``: a 1 M-row incident-level crime CSV through ``import_files``
(validated, summed, written, logged) against a bare ``pandas.read_csv(engine="pyarrow")``.
"""

from __future__ import annotations

import io
import tempfile
import time
from pathlib import Path

from benchmarks.common import import_file


def bench_import(work: Path, repeats: int, row_path: bool, log) -> dict:
    """Fresh databases holding the region's areas; the same file through both readers."""
    import pandas as pd

    from dashboard.ingest import columnar
    from dashboard.ingest.pipeline import import_files
    from dashboard.storage import database

    path = import_file(work)
    data = path.read_bytes()
    rows = data.count(b"\n") - 1
    areas = (work / "region" / "omraden.csv").read_bytes()

    scratch = tempfile.TemporaryDirectory(prefix="import-", dir=work)

    def fresh():
        db = Path(scratch.name) / "import.sqlite"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        engine = database.make_engine(f"sqlite:///{db}")
        database.migrate(engine)
        assert import_files(engine, [("omraden.csv", areas)]).ok
        return engine

    def run_import(min_bytes: int) -> float:
        engine = fresh()
        old = columnar.MIN_BYTES
        columnar.MIN_BYTES = min_bytes
        try:
            started = time.perf_counter()
            result = import_files(engine, [(path.name, data)], user="bench")
            elapsed = time.perf_counter() - started
        finally:
            columnar.MIN_BYTES = old
            engine.dispose()
        if not result.ok:
            raise RuntimeError("\n".join(result.messages("en")[:10]))
        return elapsed

    def bare() -> float:
        started = time.perf_counter()
        pd.read_csv(io.BytesIO(data), engine="pyarrow")
        return time.perf_counter() - started

    bare_times, fast_times = [], []
    for _ in range(repeats):  # taking turns: a busy machine slows both alike
        bare_times.append(bare())
        fast_times.append(run_import(columnar.MIN_BYTES))
    with scratch:
        return _import_result(rows, data, bare_times, fast_times, row_path, run_import, log)


def _import_result(rows, data, bare_times, fast_times, row_path, run_import, log) -> dict:
    from dashboard.ingest import columnar

    result = {
        "rows": rows,
        "bytes": len(data),
        "bare_s": round(min(bare_times), 3),
        "import_s": round(min(fast_times), 3),
        "bare_rows_per_s": round(rows / min(bare_times)),
        "import_rows_per_s": round(rows / min(fast_times)),
        "pyarrow": columnar.pa is not None,
    }
    result["throughput_vs_bare"] = round(result["bare_s"] / result["import_s"], 3)
    if row_path:
        log("  row path (reference) ...")
        result["row_path_s"] = round(run_import(1 << 62), 3)
    if columnar.pa is not None:
        columnar.USE_PYARROW = False
        try:
            result["import_without_pyarrow_s"] = round(run_import(columnar.MIN_BYTES), 3)
        finally:
            columnar.USE_PYARROW = True
    return result
