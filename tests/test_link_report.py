"""The overview `make demo` and `claimgraph summary` print: entities, events, every contradiction
with its reason, grouped by event and point of disagreement, and the legal index's disclaimer."""

from __future__ import annotations

import io

import linkdata

from claimgraph.link.report import print_overview


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
    assert lines[2].strip() == "casualty figure — 1 contradicting pair(s), 1 between independent sources"
    # each side with its claims, each figure on its own side
    nine, fourteen = section.index("casualty figure 9:"), section.index("casualty figure 14:")
    horbach, ministry = section.index("Ivan Horbach: “9 people had been killed"), section.index("Health Ministry: “14 people")
    assert (nine < horbach < fourteen < ministry) or (fourteen < ministry < nine < horbach)
    assert "never a verdict" in text


def test_each_side_of_a_point_lists_its_claims_once(store):
    body = "Fog lay over Brask on Tuesday. {who} said {what}."
    docs = [("Ivo Dran", "the helicopter strayed off course in the fog over Brask"),
            ("Mila Sorn", "the helicopter crew got lost in the fog near Brask"),
            ("Tarin Vale", "the helicopter landing at Brask was a planned defection")]
    for who, what in docs:
        linkdata.add(store, body.format(who=who, what=what), [("Brask", "GPE", []), (who, "PERSON", [])],
                     [(who, what, "indirect")])
    out = io.StringIO()
    print_overview(store, out)
    text = out.getvalue()
    section = text[text.index("Contradictions"): text.index("Legal-framework index")]
    assert "a mistaken landing:" in section and "a planned operation:" in section
    assert section.count("Tarin Vale:") == 1 and section.count("Ivo Dran:") == 1 and section.count("Mila Sorn:") == 1
    landing, planned = section.index("a mistaken landing:"), section.index("a planned operation:")
    vale = section.index("Tarin Vale:")
    assert (planned < vale < landing) or (landing < planned < vale)
