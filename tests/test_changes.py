"""dashboard.ingest.changes: new, changed, unchanged and removed figures, and their inverse."""

from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from dashboard.ingest.changes import Change, compare, compare_rows, inverse, summarise


def test_keyed_figures_new_changed_unchanged_and_kept():
    stored = {("Centrum", "stöld"): (5,), ("Centrum", "våld"): (2,), ("Torget", "stöld"): (1,)}
    incoming = {("Centrum", "stöld"): (6,), ("Torget", "stöld"): (1,), ("Norr", "stöld"): (3,)}
    result = compare("crimes", stored, incoming, removes=False)
    assert (result.new, result.changed, result.removed, result.unchanged) == (1, 1, 0, 1)
    assert Change(("Centrum", "stöld"), (5,), (6,)) in result.changes


def test_a_complete_scope_removes_what_the_file_leaves_out():
    stored = {("a",): (1,), ("b",): (2,)}
    result = compare("crimes", stored, {("a",): (1,)}, removes=True)
    assert result.changes == [Change(("b",), (2,), None)]
    assert result.count("removed") == 1 and result.unchanged == 1


def test_a_stored_none_is_a_value_not_a_missing_figure():
    result = compare("crimes", {("a",): (None,)}, {("a",): (None,)}, removes=True)
    assert not result and result.unchanged == 1


def test_repeated_rows_pair_as_changes_per_key():
    stored = [(("P1", "2022-03-01"), (2, None)), (("P1", "2022-03-01"), (2, None))]
    incoming = [(("P1", "2022-03-01"), (2, None)), (("P1", "2022-03-01"), (3, None))]
    result = compare_rows("activities", stored, incoming)
    assert result.unchanged == 1
    assert result.changes == [Change(("P1", "2022-03-01"), (2, None), (3, None))]


def test_the_counts_add_up_to_the_file_plus_what_is_removed():
    stored = [(("k",), (1,)), (("k",), (1,)), (("j",), (4,))]
    incoming = [(("k",), (1,)), (("k",), (2,)), (("k",), (3,)), (("m",), (5,))]
    result = compare_rows("activities", stored, incoming)
    assert result.new + result.changed + result.unchanged == len(incoming)
    assert result.removed == 1


rows = st.lists(st.tuples(st.sampled_from("abc"), st.integers(0, 3)), max_size=8)


@given(before=rows, after=rows)
def test_applying_the_changes_then_their_inverses_returns_the_start(before, after):
    start = Counter(((k,), (v,)) for k, v in before)
    result = compare_rows("activities", list(start.elements()), [((k,), (v,)) for k, v in after])
    state = Counter(start)
    for change in result.changes:
        if change.old is not None:
            state[(change.key, change.old)] -= 1
        if change.new is not None:
            state[(change.key, change.new)] += 1
    assert +state == Counter(((k,), (v,)) for k, v in after)
    for change in map(inverse, reversed(result.changes)):
        if change.old is not None:
            state[(change.key, change.old)] -= 1
        if change.new is not None:
            state[(change.key, change.new)] += 1
    assert +state == start


def test_summary_per_group():
    changes = [
        Change(("Centrum", "2022-01", "stöld"), None, (1,)),
        Change(("Centrum", "2022-02", "stöld"), (1,), (2,)),
        Change(("Norr", "2022-01", "stöld"), (1,), None),
    ]
    assert summarise(changes, lambda key: key[0]) == {
        "Centrum": {"new": 1, "changed": 1, "removed": 0},
        "Norr": {"new": 0, "changed": 0, "removed": 1},
    }
