"""dashboard.before_after against values worked out by hand (the arithmetic is in comments)."""

from __future__ import annotations

import math
from datetime import date

import pandas as pd
import pytest

from dashboard.analysis import before_after
from dashboard.analysis.metrics import diff_in_diff
from dashboard.startup import load_demo

NBSP = "\u00a0"

# --------------------------------------------------------------------------- windows


def test_windows_for_a_march_start_with_data_to_december():
    # Start 2022-03-01, end 2022-12-31, data up to 2022-12:
    # after = 2022-03 … min(2022-12, 2022-12) = 2022-03 … 2022-12 (10 months);
    # before = the same months a year earlier = 2021-03 … 2021-12.
    win = before_after.windows(date(2022, 3, 1), date(2022, 12, 31), date(2022, 12, 1))
    assert (str(win.after_first), str(win.after_last)) == ("2022-03", "2022-12")
    assert (str(win.before_first), str(win.before_last)) == ("2021-03", "2021-12")
    assert win.months == 10


def test_windows_stop_at_the_data_the_as_of_date_and_twelve_months():
    start, end = date(2022, 3, 1), date(2022, 12, 31)
    # Data only to 2022-08: after = 2022-03 … 2022-08, before = 2021-03 … 2021-08.
    win = before_after.windows(start, end, date(2022, 8, 1))
    assert (str(win.after_last), str(win.before_last), win.months) == ("2022-08", "2021-08", 6)
    # As of 30 June 2022 (?till=2022-06): after = 2022-03 … 2022-06.
    win = before_after.windows(start, end, date(2022, 12, 1), as_of=date(2022, 6, 30))
    assert (str(win.after_last), win.months) == ("2022-06", 4)
    # A two-year commitment: after = its first 12 months, 2022-03 … 2023-02, so that the
    # before window (2021-03 … 2022-02) never overlaps it.
    win = before_after.windows(start, date(2023, 12, 31), date(2024, 6, 1))
    assert (str(win.after_last), str(win.before_last), win.months) == ("2023-02", "2022-02", 12)


def test_fmt_window():
    p = pd.Period
    assert (
        before_after.fmt_window(p("2021-03", "M"), p("2021-12", "M"), "sv") == "mars–december 2021"
    )
    assert (
        before_after.fmt_window(p("2021-03", "M"), p("2021-12", "M"), "en") == "March–December 2021"
    )
    assert before_after.fmt_window(p("2020-11", "M"), p("2021-02", "M"), "sv") == (
        "november 2020–februari 2021"
    )
    assert before_after.fmt_window(p("2021-03", "M"), p("2021-03", "M"), "sv") == "mars 2021"


# --------------------------------------------------------------------------- a tiny frame

# Area 1 is treated; areas 2 and 3 are the rest of the municipality. Windows: before
# 2021-03 … 2021-05, after 2022-03 … 2022-05 (start 2022-03-01, end 2022-05-31).
#   treated before: 25 + 10 + 5 = 40                 treated after: 12 + 5 + 3 = 20
#   control before: (60 + 20 + 20) + (50 + 30 + 20) = 200
#   control after:  (70 + 20 + 10) + (40 + 40 + 20) = 200
# Rows outside the windows (2021-02, 2022-06) and of another category must be ignored.
ROWS = [
    ("2021-02-01", "stöld", 1, 99),
    ("2021-03-01", "stöld", 1, 25),
    ("2021-04-01", "stöld", 1, 10),
    ("2021-05-01", "stöld", 1, 5),
    ("2022-03-01", "stöld", 1, 12),
    ("2022-04-01", "stöld", 1, 5),
    ("2022-05-01", "stöld", 1, 3),
    ("2022-06-01", "stöld", 1, 99),
    ("2021-03-01", "stöld", 2, 60),
    ("2021-04-01", "stöld", 2, 20),
    ("2021-05-01", "stöld", 2, 20),
    ("2021-03-01", "stöld", 3, 50),
    ("2021-04-01", "stöld", 3, 30),
    ("2021-05-01", "stöld", 3, 20),
    ("2022-03-01", "stöld", 2, 70),
    ("2022-04-01", "stöld", 2, 20),
    ("2022-05-01", "stöld", 2, 10),
    ("2022-03-01", "stöld", 3, 40),
    ("2022-04-01", "stöld", 3, 40),
    ("2022-05-01", "stöld", 3, 20),
    ("2022-03-01", "narkotika", 1, 500),
]
START, END = date(2022, 3, 1), date(2022, 5, 31)
FIRST, LAST = date(2019, 1, 1), date(2022, 12, 1)


def frame(rows=ROWS, missing=()) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=["month", "category", "area_id", "count"])
    df["month"] = pd.to_datetime(df["month"])
    keys = zip(df["month"], df["area_id"], strict=True)
    df["missing"] = [1 if key in missing else 0 for key in keys]
    return df


def run(df=None, *, as_of=date(2022, 12, 31), first=FIRST, last=LAST, start=START, end=END):
    win = before_after.windows(start, end, last, as_of)
    return before_after.estimate(
        frame() if df is None else df,
        "stöld",
        [(1, "Busstationen", "plats")],
        win,
        start=start,
        as_of=as_of,
        first_data=first,
        last_data=last,
    )


def test_window_counts_sum_the_four_cells():
    win = before_after.windows(START, END, LAST)
    counts = before_after.window_counts(frame(), [1], "stöld", win)
    assert counts.as_tuple() == (40, 20, 200, 200)
    assert not counts.unpublished


def test_did_on_the_tiny_frame():
    # R = (Ta/Tb) / (Ca/Cb) = (20/40) / (200/200) = 0.5  → a change of −50 %.
    # SE(log R) = √(1/20 + 1/40 + 1/200 + 1/200) = √(0.05 + 0.025 + 0.005 + 0.005)
    #           = √0.085 = 0.291548
    # 95 %: exp(ln 0.5 ± 1.96 · 0.291548) = exp(−0.693147 ± 0.571433)
    #       = exp(−1.264580) … exp(−0.121714) = 0.282358 … 0.885402
    #       → −71.76 % … −11.46 %: the interval excludes 0 %, a clear decrease.
    est = run()
    assert est.reason is None
    did = est.did
    assert did.ratio == pytest.approx(0.5)
    assert did.se_log == pytest.approx(math.sqrt(0.085))
    assert did.low == pytest.approx(0.282358, abs=1e-6)
    assert did.high == pytest.approx(0.885402, abs=1e-6)
    assert (did.pct_change, did.pct_low, did.pct_high) == pytest.approx(
        (-50.0, -71.7642, -11.4598), abs=1e-3
    )
    assert did.clear


def test_estimates_for_each_area_and_together():
    win = before_after.windows(START, END, LAST)
    focus = [(1, "Busstationen", "plats"), (2, "Brogården", "bostadsområde")]
    found = before_after.estimates_for(
        frame(), focus, win, start=START, as_of=date(2022, 12, 31), first_data=FIRST, last_data=LAST
    )
    # Per category: each area on its own, then both together; thefts before narcotics.
    assert [(e.category, e.areas) for e in found] == [
        ("stöld", ("Busstationen",)),
        ("stöld", ("Brogården",)),
        ("stöld", ("Busstationen", "Brogården")),
        ("narkotika", ("Busstationen",)),
        ("narkotika", ("Brogården",)),
        ("narkotika", ("Busstationen", "Brogården")),
    ]
    # Together: treated = areas 1 + 2, control = area 3 only.
    #   treated before 40 + 100 = 140, after 20 + 100 = 120; control before 100, after 100
    #   (every count ≥ 5, so an estimate is given)
    #   R = (120/140) / (100/100) = 0.857143
    assert found[2].did.ratio == pytest.approx(120 / 140)
    # Narcotics: a single row, so every other cell is 0 → no estimate, and why.
    assert found[3].did is None and found[3].reason == before_after.ZERO


@pytest.mark.parametrize(
    ("kwargs", "reason"),
    [
        ({"as_of": date(2022, 2, 28)}, before_after.NOT_STARTED),
        ({"last": date(2022, 2, 1)}, before_after.NO_DATA_AFTER),
        ({"last": date(2022, 4, 1), "end": date(2022, 12, 31)}, before_after.TOO_SHORT),
        ({"first": date(2021, 4, 1)}, before_after.NO_DATA_BEFORE),
    ],
)
def test_no_estimate_and_why(kwargs, reason):
    est = run(**kwargs)
    assert est.did is None
    assert est.reason == reason


def test_too_short_counts_months():
    # Data to 2022-04: after = 2022-03 … 2022-04 = 2 months < 3 (MIN_MONTHS).
    est = run(last=date(2022, 4, 1), end=date(2022, 12, 31))
    assert est.windows.months == 2
    text = before_after.sentence(est, "sv", "Skara").replace(NBSP, " ")
    assert "bara omfattar 2 av minst 3 månader" in text


def test_unpublished_zero_and_few():
    assert run(frame(missing={(pd.Timestamp("2021-03-01"), 2)})).reason == before_after.UNPUBLISHED
    # Treated after = 0 (both after months of area 1 set to 0).
    rows = [r if not (r[2] == 1 and r[0].startswith("2022-0")) else (*r[:3], 0) for r in ROWS]
    assert run(frame(rows)).reason == before_after.ZERO
    # Treated after = 2 + 1 + 1 = 4: a small number, too few.
    small = {"2022-03-01": 2, "2022-04-01": 1, "2022-05-01": 1}
    rows = [(*r[:3], small[r[0]]) if r[1:3] == ("stöld", 1) and r[0] in small else r for r in ROWS]
    est = run(frame(rows))
    assert est.reason == before_after.FEW
    text = before_after.sentence(est, "sv", "Skara")
    assert "färre än 5" in text and "4" not in text.replace("2021", "").replace("2022", "")


# --------------------------------------------------------------------------- sentences


def made(counts, category="stöld", areas=(("Busstationen", "plats"),)) -> before_after.Estimate:
    win = before_after.windows(date(2022, 3, 1), date(2022, 12, 31), date(2022, 12, 1))
    return before_after.Estimate(
        category,
        tuple(a for a, _ in areas),
        tuple(k for _, k in areas),
        win,
        date(2022, 3, 1),
        diff_in_diff(*counts),
        None,
    )


def plain(text: str) -> str:
    return text.replace(NBSP, " ")


def test_sentence_clear_decrease():
    # (20/40) / (200/200) = 0.5 → −50 %, interval −71.8 % … −11.5 % → −72 % … −11 %.
    est = made((40, 20, 200, 200))
    assert plain(before_after.sentence(est, "sv", "Skara")) == (
        "Anmälda stölder vid Busstationen minskade med 50 % (95 % intervall −72 % till −11 %) "
        "mellan mars–december 2021 och mars–december 2022, jämfört med resten av Skara under "
        "samma månader. Förändringen sammanföll med arbetet; den visar inte att arbetet "
        "orsakade den."
    )
    assert plain(before_after.sentence(est, "en", "Skara")) == (
        "Reported thefts at Busstationen fell by 50% (95% interval −72% to −11%) between "
        "March–December 2021 and March–December 2022, compared with the rest of Skara over "
        "the same months. The change coincided with the work; it does not show that the work "
        "caused it."
    )


def test_sentence_clear_increase():
    # (40/20) / (200/200) = 2 → +100 %; SE as above, √0.085 = 0.291548:
    # exp(ln 2 ± 0.571433) = exp(0.121714) … exp(1.264580) = 1.129431 … 3.541607
    # → +12.9 % … +254.2 % → +13 % … +254 %.
    est = made((20, 40, 200, 200), category="narkotika", areas=(("Brogården", "bostadsområde"),))
    assert plain(before_after.sentence(est, "sv", "Skara")) == (
        "Anmälda narkotikabrott i Brogården ökade med 100 % (95 % intervall +13 % till +254 %) "
        "mellan mars–december 2021 och mars–december 2022, jämfört med resten av Skara under "
        "samma månader. Förändringen sammanföll med arbetet; den visar inte att arbetet "
        "orsakade den."
    )
    assert plain(before_after.sentence(est, "en", "Skara")) == (
        "Reported narcotics offences in Brogården rose by 100% (95% interval +13% to +254%) "
        "between March–December 2021 and March–December 2022, compared with the rest of "
        "Skara over the same months. The change coincided with the work; it does not show "
        "that the work caused it."
    )
    assert "upptäcktsbrott" in before_after.caveat("narkotika", "sv")
    assert "upptäcktsbrott" in before_after.caveat("narkotika", "en")
    assert before_after.caveat("stöld", "sv") is None


def test_sentence_unclear_change():
    # (18/20) / (200/200) = 0.9 → −10 %; SE = √(1/18 + 1/20 + 1/200 + 1/200)
    # = √(0.055556 + 0.05 + 0.01) = √0.115556 = 0.339935; 1.96 · SE = 0.666272;
    # exp(ln 0.9 ± 0.666272) = exp(−0.771632) … exp(0.560911) = 0.462258 … 1.752269
    # → −53.8 % … +75.2 % → −54 % … +75 %, which includes 0 %.
    est = made((20, 18, 200, 200), areas=(("Busstationen", "plats"), ("Centrum", "centrum")))
    assert not est.did.clear
    assert plain(before_after.sentence(est, "sv", "Skara")) == (
        "Anmälda stölder i fokusområdena Busstationen och Centrum tillsammans: ingen tydlig "
        "förändring mellan mars–december 2021 och mars–december 2022, jämfört med resten av "
        "Skara under samma månader (skattning −10 %; 95 % intervall −54 % till +75 %, som "
        "rymmer 0 %)."
    )
    assert plain(before_after.sentence(est, "en", "Skara")) == (
        "Reported thefts in the focus areas Busstationen and Centrum together: no clear change "
        "between March–December 2021 and March–December 2022, compared with the rest of Skara "
        "over the same months (estimate −10%; 95% interval −54% to +75%, which includes 0%)."
    )


def test_sentence_states_no_counts():
    # The sentence gives percentages and intervals, never the counts behind them.
    text = before_after.sentence(made((40, 20, 200, 200)), "sv", "Skara")
    for count in ("40", "20", "200"):
        assert count not in text.replace("2021", "").replace("2022", "")


def test_a_bound_that_rounds_to_zero_keeps_a_decimal():
    assert before_after._pct(-0.3, "sv") == f"−0,3{NBSP}%"
    assert before_after._pct(0.0, "en") == "0%"
    assert before_after._pct(-12.4, "en") == "−12%"


# --------------------------------------------------------------------------- the query


def test_demo_p1_thefts_at_busstationen(engine):
    """On the demo data: P1's foot patrols from March 2022, thefts at Busstationen against
    the rest of Skara, March–December 2021 against March–December 2022."""
    from dashboard.analysis.commitments import Filters, load_commitments
    from dashboard.storage import database, queries

    load_demo(engine)
    with database.read_snapshot(engine) as conn:
        status = queries.data_status(conn)
        items = load_commitments(conn, Filters("Skara"), today=date(2023, 6, 1))
        found = before_after.commitment_estimates(
            conn,
            "Skara",
            items,
            as_of=date(2023, 6, 1),
            first_data=status.first_month,
            last_data=status.latest_month,
        )
        # The same four counts summed straight from the stored rows.
        monthly = queries.monthly_crimes(conn, "Skara", categories=("stöld",), by_area=True)
        bus = int(queries.areas(conn, "Skara").set_index("name").loc["Busstationen", "id"])
    assert set(found) == {"K2", "P1", "P2"}  # the commitments with focus areas
    p1 = found["P1"]
    theft_bus = next(e for e in p1 if e.category == "stöld" and e.areas == ("Busstationen",))
    months = monthly["month"].dt.strftime("%Y-%m")
    before = months.between("2021-03", "2021-12")
    after = months.between("2022-03", "2022-12")
    is_bus = monthly["area_id"] == bus
    counts = [
        int(monthly[is_bus & before]["count"].sum()),
        int(monthly[is_bus & after]["count"].sum()),
        int(monthly[~is_bus & before]["count"].sum()),
        int(monthly[~is_bus & after]["count"].sum()),
    ]
    assert theft_bus.did == diff_in_diff(*counts)
    assert theft_bus.did.ratio < 1  # fewer thefts at the bus station, relative to the rest
    text = before_after.sentence(theft_bus, "sv", "Skara")
    assert text.startswith("Anmälda stölder vid Busstationen")
    assert "mars–december 2021 och mars–december 2022" in text
    assert "resten av Skara" in text
    # P1 has three focus areas: 3 on their own + 1 together, for both categories.
    assert len(p1) == 8
