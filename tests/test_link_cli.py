"""The linking commands, run for real: entities, events, claims (filters), merge, split, relink."""

from __future__ import annotations

import json

import pytest

from claimgraph.link.plain import add_document, find_mentions
from claimgraph.store import Store

# Every test runs on SQLite and on PostgreSQL (tests/conftest.py).
pytestmark = pytest.mark.both_stores

DOCS = [
    ("Missiles hit the regional hospital in Novyi Veles. Mayor Ivan Horbach said 12 people had been killed in the hospital strike.",
     [("Novyi Veles", "GPE"), ("Ivan Horbach", "PERSON")],
     [("Ivan Horbach", "12 people had been killed in the hospital strike")], "2026-03-14", "Tarnov Daily",
     "Missile strike on Novyi Veles hospital"),
    ("The toll of the strike on the hospital in Novy Veles rose to 40. The Health Ministry said 40 people had been killed in the hospital strike.",
     [("Novy Veles", "GPE"), ("Health Ministry", "ORG")],
     [("Health Ministry", "40 people had been killed in the hospital strike")], "2026-03-15", "Lantern Wire",
     "Hospital strike toll in Novy Veles rises to 40"),
    ("Kesmaria said the genocide must stop. Officials said the strike on Kesmaria was genocide.",
     [("Kesmaria", "GPE")], [("Kesmaria", "the strike on Kesmaria was genocide")], "2026-03-15", "Lantern Wire", "Kesmaria speaks of genocide"),
    ("The Tarnov regime lies about Novy Veles, the channel wrote.",
     [("Tarnov regime", "GPE"), ("Novy Veles", "GPE")], [], "2026-03-15", "Northern Front Bulletin", "Tarnov regime lies"),
]


@pytest.fixture
def filled(home, db):
    home.mkdir(parents=True, exist_ok=True)
    with Store(db or home / "claimgraph.sqlite3") as store:
        for text, ents, claims, published, outlet, headline in DOCS:
            entities = [{"name": n, "type": t, "mentions": find_mentions(text, [n])} for n, t in ents]
            cl = [{"speaker": s, "speaker_text": s, "cue": "said", "kind": "indirect", "content": c,
                   "start": text.index(c), "end": text.index(c) + len(c), "evidence": [], "stance": None} for s, c in claims]
            add_document(store, text, entities=entities, claims=cl, headline=headline, outlet=outlet, published=published)
    return home


def lines(proc):
    assert proc.returncode == 0, proc.stderr.decode()
    return [json.loads(x) for x in proc.stdout.decode().splitlines() if x.strip()]


def test_relink_then_entities_events_claims(cli, filled):
    r = cli("relink")
    assert r.returncode == 0 and b"linked 4 document(s)" in r.stdout
    ents = lines(cli("entities", "--json"))
    veles = [e for e in ents if e["type"] == "GPE" and "Veles" in e["name"]]
    assert len(veles) == 1 and {"Novyi Veles", "Novy Veles"} <= {veles[0]["name"], *veles[0]["aliases"]}
    assert len(veles[0]["documents"]) == 3
    assert all({"rule", "confidence", "evidence"} <= set(m) for m in veles[0]["members"])

    events = lines(cli("events", "--json"))
    assert events and all({"id", "label", "documents"} <= set(e) for e in events)

    contested = lines(cli("claims", "--contested", "--json"))   # points per happening, each with its sides
    toll = [p for h in contested for p in h["points"] if p["key"] == "figure:killed"]
    assert len(toll) == 1 and {s["value"]: [c["speaker"] for c in s["claims"]] for s in toll[0]["sides"]} == \
        {"casualty figure 12": ["Ivan Horbach"], "casualty figure 40": ["Health Ministry"]}
    assert any("12" in r["reason"] and "40" in r["reason"] for r in toll[0]["relations"])

    rels = lines(cli("claims", "--relations", "--json"))
    assert rels and all({"a", "b", "type", "reason", "independent"} <= set(r) for r in rels)

    by = lines(cli("claims", "--by", "Ivan Horbach", "--json"))
    assert [c["speaker"] for c in by] == ["Ivan Horbach"]
    about = lines(cli("claims", "--about", "Kesmaria", "--json"))
    assert about and all(c["speaker"] == "Kesmaria" for c in about)
    assert lines(cli("claims", "--kind", "direct", "--json")) == []


def test_framework_filter_and_the_disclaimer(cli, filled):
    cli("relink")
    rows = lines(cli("claims", "--framework", "Genocide Convention", "--json"))
    assert rows and all("never a verdict" in c["legal_note"] for c in rows)
    assert rows[0]["legal"][0]["provision"] == "Convention as a whole"
    text = cli("claims", "--framework", "Genocide Convention")
    assert b"never a verdict" in text.stdout


def test_merge_and_split_by_cli_survive_relink(cli, filled):
    cli("relink")
    r = cli("merge", "Kesmaria", "Tarnov regime", "--json")
    merged = lines(r)[0]
    assert "Tarnov regime" in merged["aliases"] or merged["name"] == "Tarnov regime"
    assert cli("relink", "--all").returncode == 0
    ents = lines(cli("entities", "--json", "--all", "--type", "GPE"))
    assert any({"Kesmaria", "Tarnov regime"} <= {e["name"], *e["aliases"]} for e in ents)

    r = cli("split", "Kesmaria", "Tarnov regime")
    assert r.returncode == 0, r.stderr.decode()
    cli("relink", "--all")
    ents = lines(cli("entities", "--json", "--all", "--type", "GPE"))
    assert not any({"Kesmaria", "Tarnov regime"} <= {e["name"], *e["aliases"]} for e in ents)


def test_errors_are_one_line(cli, filled):
    cli("relink")
    r = cli("merge", "Kesmaria", "Nowhere-at-all")
    assert r.returncode == 1 and b"no entity" in r.stderr
    r = cli("merge", "Kesmaria", "Health Ministry")
    assert r.returncode == 1 and b"never crosses entity types" in r.stderr


def test_claims_of_an_unknown_event_say_so(cli, filled):
    # '--event 99' printed nothing and exited 0, as if the event had no claims
    cli("relink")
    for opts in (("--event", "99999"), ("--event", "99999", "--contested")):
        r = cli("claims", *opts)
        assert r.returncode == 1, (opts, r.stdout.decode())
        assert r.stderr.decode().strip() == "claimgraph: no event 99999 (see 'claimgraph events')"
    first = lines(cli("events", "--json"))[0]["id"]
    assert cli("claims", "--event", str(first)).returncode == 0  # the control: an event that exists


def test_limits_are_whole_numbers_above_zero(cli, filled):
    # 'entities --limit -1' ran as LIMIT -1, which SQLite reads as no limit at all
    cli("relink")
    for command in ("entities", "claims"):
        for bad in ("0", "-1", "ten"):
            r = cli(command, "--limit", bad)
            assert r.returncode == 2, (command, bad, r.stdout.decode())
            assert b"--limit" in r.stderr
    one = cli("claims", "--limit", "1", "--json")
    assert one.returncode == 0 and len(lines(one)) == 1   # the control: a good limit still works


def test_entities_of_an_unknown_type_say_so(cli, filled):
    # '--type FOO' printed nothing and exited 0, as if there were no such entities
    cli("relink")
    r = cli("entities", "--type", "FOO")
    assert r.returncode == 1 and r.stdout == b""
    err = r.stderr.decode().strip()
    assert err.startswith("claimgraph: no entity type 'FOO'") and "GPE" in err and "PERSON" in err, err
    # the controls: a type the store holds (in any case), and a known type it holds none of
    assert "Novy" in cli("entities", "--all", "--type", "gpe").stdout.decode()
    r = cli("entities", "--type", "FAC")
    assert r.returncode == 0 and r.stdout == b""
