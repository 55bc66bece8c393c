"""The printed results: each measure against its target, and how server time grows with
the data from one scale to the next."""

from __future__ import annotations

import itertools
import math

from benchmarks.common import SCALES
from benchmarks.transfer import table as transfer_table

TARGETS = {
    "p95_ms": 150,  # every interaction at national scale, server time at p95
    "vs_bare": 1.5,  # ... and at most 1.5x the bare query
    "view_kb": 300,
    "gauges_vs_empty": 1.5,
    "import_vs_bare": 1 / 3,  # import throughput at least a third of the bare parse's
}


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def table(result: dict) -> str:
    lines = [f"## Scale: {result['scale']} ({result['crime_cells']:,} stored crime cells)", ""]
    imp = result.get("import")
    if imp:
        lines += [
            "| import of a 1 M-row crime CSV | seconds | rows/s | vs bare parse | target ≥ 0.33 |",
            "|---|---|---|---|---|",
            f"| bare pandas.read_csv(engine=pyarrow) | {imp['bare_s']} | "
            f"{imp['bare_rows_per_s']:,} | 1 | |",
            f"| import_files (fast path) | {imp['import_s']} | {imp['import_rows_per_s']:,} | "
            f"{imp['throughput_vs_bare']} | {verdict(imp['throughput_vs_bare'] >= 1 / 3)} |",
        ]
        if "import_without_pyarrow_s" in imp:
            lines.append(
                f"| import_files without pyarrow | {imp['import_without_pyarrow_s']} | "
                f"{round(imp['rows'] / imp['import_without_pyarrow_s']):,} | "
                f"{round(imp['bare_s'] / imp['import_without_pyarrow_s'], 3)} | |"
            )
        if "row_path_s" in imp:
            lines.append(
                f"| import_files, row path | {imp['row_path_s']} | "
                f"{round(imp['rows'] / imp['row_path_s']):,} | "
                f"{round(imp['bare_s'] / imp['row_path_s'], 3)} | |"
            )
        lines.append("")
    lines += [
        "| callback | n | p50 ms | p95 ms | new view p95 | repeat p95 | bare p95 ms | p95 ×bare "
        "| kB sent (JSON) | p95 ≤150 ms | ≤1.5× bare | ≤300 kB |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for page, s in result["server"].items():
        bare = result["bare"].get(page)
        ratio = round(s["p95_ms"] / bare["p95_ms"], 1) if bare and bare["p95_ms"] else None
        size = f"{s['max_wire_kb']} ({s['max_kb']})" if "max_kb" in s else "–"
        lines.append(
            f"| {page} | {s['n']} | {s['p50_ms']} | {s['p95_ms']} | "
            f"{s.get('new_view_p95_ms', '–')} | {s.get('repeat_p95_ms', '–')} | "
            f"{bare['p95_ms'] if bare else '–'} | {ratio or '–'} | {size} | "
            f"{verdict(s['p95_ms'] <= TARGETS['p95_ms'])} | "
            f"{verdict(ratio <= TARGETS['vs_bare']) if ratio else '–'} | "
            f"{verdict(s['max_wire_kb'] <= TARGETS['view_kb']) if 'max_kb' in s else '–'} |"
        )
    lines.append("")
    b = result.get("browser", {})
    if "gauges" in b:
        ratio = round(b["gauges"]["median_ms"] / b["empty page"]["median_ms"], 2)
        lines += [
            "| headless Chromium | first load ms | median ms (repeat visits) | target |",
            "|---|---|---|---|",
            f"| gauges visible | {b['gauges']['first_ms']} | {b['gauges']['median_ms']} | "
            f"≤ 1.5× empty: {ratio}× {verdict(ratio <= TARGETS['gauges_vs_empty'])} |",
            f"| empty Dash page, same assets | {b['empty page']['first_ms']} | "
            f"{b['empty page']['median_ms']} | |",
            "",
        ]
    elif b:
        lines += [f"Browser: {b.get('skipped')}", ""]
    if "/" in result.get("transfer", {}):
        lines += [transfer_table(result["transfer"]), ""]
    m = result["memory"]
    lines += [
        f"Server: gunicorn, {m['processes']} processes; peak RSS {m['peak_rss_mb']} MB "
        f"(sum of master and workers), {m['rss_mb']} MB at the end.",
        "",
    ]
    if any("MISSED" in line for line in lines):
        lines += [
            "Why a target is missed, and by how much at national scale: README.md, "
            "section Performance.",
            "",
        ]
    return "\n".join(lines)


def scaling(results: dict[str, dict]) -> str:
    """How server time grows with the data (the target: 10× the data, at most 2× the time).

    Compared: each page's p95 of *new* views (first renders, which do the work that could
    grow with the data; repeat views come from the cache and cost ~2 ms at any scale)."""
    have = [s for s in SCALES if s in results]
    if len(have) < 2:
        return ""
    lines = [
        "## Scaling (p95 of new views, per page)",
        "",
        "| from → to | × data (crime cells) | × time, median page | × time, worst page "
        "| target ≤ 2× per 10× data |",
        "|---|---|---|---|---|",
    ]
    pages = ("overview", "trends", "area", "commitments", "report", "wall")
    for lo, hi in itertools.pairwise(have):
        a, b = results[lo]["server"], results[hi]["server"]
        data = results[hi]["crime_cells"] / max(results[lo]["crime_cells"], 1)
        ratios = sorted(
            b[p].get("new_view_p95_ms", b[p]["p95_ms"])
            / max(a[p].get("new_view_p95_ms", a[p]["p95_ms"]), 1.0)
            for p in pages
            if p in a and p in b
        )
        allowed = 2 ** math.log10(max(data, 1))  # 2× per decade of data
        median, worst = ratios[len(ratios) // 2], ratios[-1]
        lines.append(
            f"| {lo} → {hi} | {data:.0f} | {median:.2f} | {worst:.2f} | ≤ {allowed:.2f}: "
            f"{verdict(worst <= max(allowed, 1.0))} |"
        )
    return "\n".join([*lines, ""])
