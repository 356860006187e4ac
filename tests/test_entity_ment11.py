"""Entities, session 11 mend: a vague "<demonym> ministry" names no ministry (it only continues
one named before on the page, and never bridges two ministries of one state across documents);
owners are compared as states by the country table (a state and another state's adjective that
share a stem stay apart); a lone surname joins its only person when that person is named in
several forms. Sentences written for these tests, with invented people (real states as owners,
since owners must be known states)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from claimgraph.extract.attribution.document import extract_claims
from claimgraph.ingest import Ingestor, analyse_pending
from claimgraph.settings import Settings
from claimgraph.store import links as db


def _orgs(text: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in extract_claims(text).entities if e.type == "ORG"}


def _people(text: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in extract_claims(text).entities if e.type == "PERSON"}


@pytest.mark.parametrize("text", [
    "A Polish ministry official said the border crossing would reopen on Friday.",
    "Polish ministry buildings in the capital were closed after the storm, officials said.",
], ids=["official", "buildings"])
def test_a_vague_demonym_ministry_builds_no_body(text):
    assert not any("ministry" in m.lower() for ms in _orgs(text).values() for m in ms)


def test_a_bare_demonym_ministry_with_none_before_builds_no_body():
    # "Austria's" then "the Australian ministry": another state, and no Australian ministry before
    orgs = _orgs("Austria's foreign ministry said the envoy had been recalled. The Australian ministry said its "
                 "envoy would stay.")
    assert not any("Australian" in m for ms in orgs.values() for m in ms)


def test_a_demonym_whose_stem_is_another_states_name_does_not_continue_its_ministry():
    # Dominica and the Dominican Republic are two states though "Dominica"/"Dominican" share a stem
    orgs = _orgs("Dominica's health ministry said the vaccines had arrived. The Dominican ministry said its "
                 "shipment was delayed.")
    assert not any(any("Dominica's" in m for m in ms) and any("Dominican" in m for m in ms) for ms in orgs.values())


@pytest.mark.parametrize("a, b, same", [
    ("Niger", "Nigerian", False), ("Dominica's", "Dominican", False), ("Mali", "Malay", False),
    ("Russia's", "Russian", True), ("Ukraine", "Ukrainian", True),
])
def test_owners_are_one_state_by_the_country_table(a, b, same):
    from claimgraph.extract.speakers import _owner_key

    assert (_owner_key(a) == _owner_key(b)) is same


def _canonicals(texts: list[str]) -> dict[tuple[int, str], int | None]:
    """Ingest ``texts`` in order into a fresh home: (document number, entity name) -> canonical id."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, t in enumerate(texts):
            p = Path(tmp) / "pages" / f"d{i}.txt"
            p.parent.mkdir(exist_ok=True)
            p.write_text(t + "\n", encoding="utf-8")
            paths.append(str(p.resolve()))
        ingestor = Ingestor(Settings(home=Path(tmp) / "home"))
        try:
            ingestor.run(paths)
            analyse_pending(ingestor.store)
            store = ingestor.store
            out = {}
            for row in store.conn.execute("SELECT id, origin FROM documents"):
                n = int(Path(row["origin"]).stem[1:])
                stored = db.document_entities(store, row["id"])
                canon = db.canonical_of_entities(store, [e["id"] for e in stored])
                for e in stored:
                    out[(n, e["name"])] = canon.get(e["id"])
        finally:
            ingestor.close()
    return out


_VAGUE = "A Polish ministry official said the negotiations had stalled on Monday."
_FOREIGN = "Poland's Foreign Ministry said the ambassador had been called home."
_DEFENCE = "Poland's Defence Ministry said three drones had been shot down over the lake."


_VAGUE_CAPITALISED = "A Ukrainian Ministry official said the negotiations had stalled on Monday."
_FOREIGN_UA = "Ukraine's Foreign Ministry said the ambassador had been called home."
_DEFENCE_UA = "Ukraine's Defence Ministry said three drones had been shot down over the lake."


@pytest.mark.parametrize("vague_first", [True, False], ids=["vague first", "vague last"])
def test_a_vague_mention_never_joins_two_ministries_of_one_state(vague_first):
    texts = [_VAGUE, _FOREIGN, _DEFENCE] if vague_first else [_FOREIGN, _DEFENCE, _VAGUE]
    canon = _canonicals(texts)
    foreign = [c for (d, name), c in canon.items() if "Foreign Ministry" in name]
    defence = [c for (d, name), c in canon.items() if "Defence Ministry" in name]
    assert foreign and defence
    assert not set(foreign) & set(defence)


@pytest.mark.parametrize("vague_first", [True, False], ids=["vague first", "vague last"])
def test_a_vague_mention_the_tagger_named_never_joins_two_ministries_of_one_state(vague_first):
    # the tagger names "Ukrainian Ministry" itself when "Ministry" is capitalised
    texts = [_VAGUE_CAPITALISED, _FOREIGN_UA, _DEFENCE_UA] if vague_first else [_FOREIGN_UA, _DEFENCE_UA, _VAGUE_CAPITALISED]
    canon = _canonicals(texts)
    foreign = [c for (d, name), c in canon.items() if "Foreign Ministry" in name]
    defence = [c for (d, name), c in canon.items() if "Defence Ministry" in name]
    assert foreign and defence
    assert not set(foreign) & set(defence)


def test_a_surname_joins_its_only_person_named_in_several_forms():
    people = _people("Ingvar T. Solheim said the dam had held. Ingvar Solheim added that pumps were running. "
                     "Solheim said the valley would stay dry.")
    assert "Solheim" not in people
    assert any("Solheim" in ms for name, ms in people.items() if name.startswith("Ingvar"))


def test_a_surname_two_people_share_stays_apart_with_an_initial():
    # counter-case: an initial that no holder's first name starts with is a second person
    people = _people("Ingvar Solheim said the dam had held. K. Solheim, an engineer, added that pumps were running. "
                     "Solheim said the valley would stay dry.")
    assert people.get("Solheim") == ["Solheim"]
