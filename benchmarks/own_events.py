"""The own-events gold (``benchmarks/data/own-events/``): twelve pages of our own writing about three
fictional events, gold written blind, in the real-news shapes. Report only; never tune on it (its README).

``check_gold`` is the loaders' guard: it fails loudly when the gold contradicts itself or its pages, so
that a figure is never printed from a broken gold.
"""

from __future__ import annotations

import json
from pathlib import Path

OWN_EVENTS = Path(__file__).resolve().parent / "data" / "own-events"


def events(root: Path = OWN_EVENTS) -> list[str]:
    """The event folders present (each with a ``links.json``), by name."""
    return sorted(p.parent.name for p in root.glob("*/links.json"))


def check_gold(root: Path = OWN_EVENTS) -> list[str]:
    """The events, after checking every page's gold against its text and every event's links against
    its claims: each claim's content and continuations verbatim in the page, ids unique, each claim in
    ``claim_happening`` with a declared happening (or null), each id of a point, corroboration or
    same-origin group a gold claim of the event. Raises SystemExit listing every fault."""
    faults: list[str] = []
    names = events(root)
    if not names:
        raise SystemExit(f"own-events: no event with a links.json in {root}")
    for ev in names:
        claim_ids: set[str] = set()
        for path in sorted((root / ev).glob("*.gold.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            page = path.with_name(path.name[: -len(".gold.json")] + ".txt")
            if gold.get("id") != page.stem or not page.exists():
                faults.append(f"{path.name}: id {gold.get('id')!r} does not name a page beside it")
                continue
            text = page.read_text(encoding="utf-8")
            for c in gold["claims"]:
                if c["id"] in claim_ids or not c["id"].startswith(gold["id"] + "-c"):
                    faults.append(f"{c['id']}: duplicate or foreign claim id")
                claim_ids.add(c["id"])
                for piece in [c["content"], *c.get("extra_content", [])]:
                    if piece not in text:
                        faults.append(f"{c['id']}: not verbatim in {page.name}: {piece[:60]!r}")
        links = json.loads((root / ev / "links.json").read_text(encoding="utf-8"))
        happenings = {h["id"] for h in links.get("happenings", [])}
        chap = links.get("claim_happening", {})
        for cid in sorted(claim_ids - set(chap)):
            faults.append(f"{ev}: {cid} missing from claim_happening")
        for cid, h in chap.items():
            if cid not in claim_ids:
                faults.append(f"{ev}: claim_happening names unknown claim {cid}")
            if h is not None and h not in happenings:
                faults.append(f"{ev}: {cid} points to undeclared happening {h}")
        groups = [(f"point {p['id']}", s["claims"]) for p in links.get("points", []) for s in p["sides"]]
        groups += [("corroboration", g) for g in links.get("corroborations", [])]
        groups += [("same_origin", g) for g in links.get("same_origin", [])]
        for what, ids in groups:
            for cid in ids:
                if cid not in claim_ids:
                    faults.append(f"{ev}: {what} names unknown claim {cid}")
    if faults:
        raise SystemExit("own-events gold is inconsistent:\n  " + "\n  ".join(faults))
    return names


def pages_by_language(root: Path) -> dict[str, list[Path]]:
    """The gold files of a multi-language set of our own (e.g. ``data/cyrillic-dev``) by their ``language``,
    after ``check_gold`` and, as scoring entities and speakers needs, these checks too: each page's
    ``language`` is ru, uk or en, and every claim's ``speaker_text`` and every entity alias is verbatim in
    its page. Raises SystemExit listing every fault."""
    try:
        names = check_gold(root)
    except SystemExit as e:
        raise SystemExit(f"{root.name}: {e}") from None
    out: dict[str, list[Path]] = {}
    faults: list[str] = []
    for ev in names:
        for path in sorted((root / ev).glob("*.gold.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            text = path.with_name(gold["id"] + ".txt").read_text(encoding="utf-8")
            lang = gold.get("language")
            if lang not in ("ru", "uk", "en"):
                faults.append(f"{path.name}: language {lang!r} is not ru, uk or en")
            for c in gold["claims"]:
                if c.get("speaker_text") and c["speaker_text"] not in text:
                    faults.append(f"{c['id']}: speaker_text not verbatim: {c['speaker_text']!r}")
            for ent in gold.get("entities", []):
                for alias in ent.get("aliases", []):
                    if alias not in text:
                        faults.append(f"{path.name}: alias of {ent['name']!r} not verbatim: {alias!r}")
            out.setdefault(lang, []).append(path)
    if faults:
        raise SystemExit(f"{root.name} gold is inconsistent:\n  " + "\n  ".join(faults))
    return out
