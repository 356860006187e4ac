"""Our own blind gold sets, in the real-news shapes, each twelve pages about three fictional events:
``benchmarks/data/own-events/`` (English, session 13) and ``benchmarks/data/own-cyrillic/`` (six Russian
and six Ukrainian pages, session 14; each page's gold names its ``language``); and
``benchmarks/data/own-events-16/`` (session 16: twelve English, two Russian and two Ukrainian pages about three
fictional events, each event's pages of all languages in one folder); and ``benchmarks/data/own-cyrillic-19/``
(session 19: six Russian and six Ukrainian pages about three fictional events, the fresh Cyrillic judge); and
``benchmarks/data/own-mixed-21/`` (session 21: six English, three Russian and three Ukrainian pages about three
fictional events, each event told in all three languages). Report only; never tune on them (their READMEs). ``BLIND`` names them, for the per-item diagnostics to refuse.

``check_gold`` is the loaders' guard: it fails loudly when the gold contradicts itself or its pages, so
that a figure is never printed from a broken gold. ``gold_files`` lists a set's page golds, by language
when asked.
"""

from __future__ import annotations

import json
from pathlib import Path

OWN_EVENTS = Path(__file__).resolve().parent / "data" / "own-events"
OWN_CYRILLIC = Path(__file__).resolve().parent / "data" / "own-cyrillic"
CYRILLIC = ("ru", "uk")
OWN_EVENTS16 = Path(__file__).resolve().parent / "data" / "own-events-16"
#: the languages of own-events-16, in the order its rows are printed
LANGUAGES16 = ("en", "ru", "uk")
OWN_CYRILLIC19 = Path(__file__).resolve().parent / "data" / "own-cyrillic-19"
OWN_MIXED21 = Path(__file__).resolve().parent / "data" / "own-mixed-21"
#: the languages of own-mixed-21, in the order its rows are printed (those of own-events-16)
LANGUAGES21 = LANGUAGES16
#: the blind sets' folder names: a diagnostic that prints per-claim, per-entity or per-pair output refuses a path
#: through any of them (claim_errors.py, entity_errors.py, linking.py --root --verbose, page_metadata.py)
BLIND = ("own-events", "own-cyrillic", "own-events-16", "own-cyrillic-19", "own-mixed-21")


def events(root: Path = OWN_EVENTS) -> list[str]:
    """The event folders present (each with a ``links.json``), by name."""
    return sorted(p.parent.name for p in root.glob("*/links.json"))


def check_gold(root: Path = OWN_EVENTS, languages: tuple[str, ...] | None = None) -> list[str]:
    """The events, after checking every page's gold against its text and every event's links against
    its claims: each claim's content and continuations, the headline and each entity alias verbatim in
    the page, ids unique, each claim in ``claim_happening`` with a declared happening (or null), each id
    of a point, corroboration or same-origin group a gold claim of the event; with ``languages``, each
    page's ``language`` one of them and each claim's ``speaker_text`` verbatim in its page (the
    multi-language sets score speakers and entities as written). Raises SystemExit listing every fault."""
    faults: list[str] = []
    names = events(root)
    if not names:
        raise SystemExit(f"{root.name}: no event with a links.json in {root}")
    for ev in names:
        claim_ids: set[str] = set()
        for path in sorted((root / ev).glob("*.gold.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            page = path.with_name(path.name[: -len(".gold.json")] + ".txt")
            if gold.get("id") != page.stem or not page.exists():
                faults.append(f"{path.name}: id {gold.get('id')!r} does not name a page beside it")
                continue
            text = page.read_text(encoding="utf-8")
            if languages is not None and gold.get("language") not in languages:
                faults.append(f"{path.name}: language {gold.get('language')!r} not one of {languages}")
            if gold.get("headline") and gold["headline"] not in text:
                faults.append(f"{path.name}: headline not verbatim in {page.name}")
            for ent in gold.get("entities", []):
                for alias in ent.get("aliases", []):
                    if alias not in text:
                        faults.append(f"{path.name}: alias {alias!r} of {ent.get('name')!r} not verbatim in {page.name}")
            for c in gold["claims"]:
                if c["id"] in claim_ids or not c["id"].startswith(gold["id"] + "-c"):
                    faults.append(f"{c['id']}: duplicate or foreign claim id")
                claim_ids.add(c["id"])
                if languages is not None and c.get("speaker_text") and c["speaker_text"] not in text:
                    faults.append(f"{c['id']}: speaker_text not verbatim in {page.name}: {c['speaker_text']!r}")
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
        raise SystemExit(f"{root.name} gold is inconsistent:\n  " + "\n  ".join(faults))
    return names


def gold_files(root: Path, language: str | None = None, languages: tuple[str, ...] | None = None) -> list[Path]:
    """The page golds of a set checked by ``check_gold(root, languages)``, by event then name; with
    ``language``, only the pages whose gold ``language`` is that one (none is a fault: SystemExit)."""
    files = [g for event in check_gold(root, languages) for g in sorted((root / event).glob("*.gold.json"))]
    if language is None:
        return files
    files = [g for g in files if json.loads(g.read_text(encoding="utf-8")).get("language") == language]
    if not files:
        raise SystemExit(f"{root.name}: no page with language {language!r}")
    return files


def pages_by_language(root: Path, languages: tuple[str, ...] = ("ru", "uk", "en")) -> dict[str, list[Path]]:
    """The page golds of a multi-language set of our own (e.g. ``data/cyrillic-dev``), checked as
    ``check_gold(root, languages)`` checks them, grouped by each page's ``language``."""
    out: dict[str, list[Path]] = {}
    for g in gold_files(root, None, languages):
        out.setdefault(json.loads(g.read_text(encoding="utf-8"))["language"], []).append(g)
    return out
