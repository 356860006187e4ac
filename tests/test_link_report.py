"""The overview `make demo` and `claimgraph summary` print: entities, events, every contradiction
with its reason, grouped by event and point of disagreement, and the legal index's disclaimer."""

from __future__ import annotations

import io

import linkdata

from claimgraph.link.report import _point, print_overview


def test_each_contradiction_with_its_reason_under_its_event(store):
    a = ("Missiles hit the Kelm school on Monday. Mayor Ivan Horbach said 9 people had been killed in the Kelm school strike.")
    b = ("The strike on Kelm on Monday hit the school. The Health Ministry said 14 people had been killed in the Kelm school strike.")
    linkdata.add(store, a, [("Kelm", "GPE", []), ("Ivan Horbach", "PERSON", [])],
                 [("Ivan Horbach", "9 people had been killed in the Kelm school strike", "indirect")])
    linkdata.add(store, b, [("Kelm", "GPE", []), ("Health Ministry", "ORG", [])],
                 [("Health Ministry", "14 people had been killed in the Kelm school strike", "indirect")])
    out = io.StringIO()
    print_overview(store, out)
    text = out.getvalue()
    section = text[text.index("Contradictions"): text.index("Legal-framework index")]
    lines = section.splitlines()
    assert lines[1].lstrip().startswith("[")                    # the event first
    assert ("casualty figure 9 vs 14" in section or "casualty figure 14 vs 9" in section) and "independent sources" in section
    assert "Ivan Horbach: “9 people had been killed" in section and "Health Ministry: “14 people" in section
    assert "never a verdict" in text


def test_pairs_on_one_point_group_together_whatever_the_order_and_the_words():
    assert _point("a planned operation (“my decision”) vs a mistaken landing (“strayed”)") == \
        _point("a mistaken landing (“lost its bearings”) vs a planned operation (“planned”)")
    assert _point("casualty figure 12 vs 40") == _point("casualty figure 5 vs 9")
    assert _point("casualty figure 12 vs 40") != _point("fog (“fog”) vs clear weather (“clear sky”)")
