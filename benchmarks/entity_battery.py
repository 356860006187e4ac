"""Entity battery: small sets of short documents we wrote ourselves (English, Russian, Ukrainian)
that name the same persons, bodies, states and places in the ways real reporting does, and
counter-cases that must stay apart. Each set is ingested into a fresh home by the real pipeline
(ingest, extraction, linking) and its canonical entities are scored against the set's expected
clusters.

    .venv/bin/python benchmarks/entity_battery.py                     # the training battery
    .venv/bin/python benchmarks/entity_battery.py --battery heldout   # written before session 7's fixes (report)
    .venv/bin/python benchmarks/entity_battery.py --battery heldout2  # written before session 9's fixes (report)
    .venv/bin/python benchmarks/entity_battery.py --battery heldout10 # written before session 10's fixes (report)
    .venv/bin/python benchmarks/entity_battery.py --battery heldout11 # written before session 11's fixes (report)
    .venv/bin/python benchmarks/entity_battery.py --verbose           # also each set's misses
    .venv/bin/python benchmarks/entity_battery.py --battery heldout12 --spans  # exact span and type (session 12)
    .venv/bin/python benchmarks/entity_battery.py --battery heldout15 --spans  # Cyrillic, written before session 15's fixes
    .venv/bin/python benchmarks/entity_battery.py --battery heldout16-uk --spans  # written before session 16's entity fixes
    .venv/bin/python benchmarks/entity_battery.py --battery heldout21-cyr --spans # Cyrillic, written before session 21's fixes

``--spans`` scores a battery whose sets mark every name in each document (``"spans": true``) by
exact span and type, as ``benchmarks/languages.py`` scores the real-news pages: gold is the
distinct (alias, type) pairs per document (outer quote marks trimmed, aliases in lower case
left out), ours the distinct (mention text, type) pairs of the pipeline's entities; P, R and F1
pooled over documents, per language and per type, and with any type (span only). A Russian or
Ukrainian document goes through ``claimgraph.extract.cyrillic.extract_claims_cyrillic`` in its
language (one sentence is too short for the pipeline's language guess); any other through
``claimgraph.pipeline.analyse`` (no home, no linking), so it is quick.

Each line of a battery: ``id``, ``form`` (what the set tests), ``docs`` ([{lang, text}]) and
``entities`` ([{id, type, mentions: [[doc index, alias as written]]}]). An expected mention is an
item, found when an extracted entity of that document has a mention with that text (the rule of
``benchmarks/linking.py``'s "entities end to end": possessive and leading article dropped, case
folded; an alias with a title before a name of two words or more is found by that name). B³ over
found items per set, pooled over sets (each set its own home, so pooled P and R are the item-
weighted means); the share of items found is printed beside it, since B³ ignores the rest.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
from checkout import put_this_checkout_first  # noqa: E402

put_this_checkout_first(REPO)   # this checkout's src first, said when PYTHONPATH names another

from linking import _extracted_entities  # noqa: E402  (its B³ over found items)

from claimgraph.store import links as db  # noqa: E402

BATTERIES = {"main": REPO / "benchmarks" / "data" / "entity-battery.jsonl",
             #: written in session 7 before that session's fixes; measured, never tuned on
             "heldout": REPO / "benchmarks" / "data" / "entity-battery-heldout.jsonl",
             #: written in session 9 before that session's fixes (69 sets: spelling variants, word order
             #: and possessives, acronyms on the page, surnames alone, demonyms, Cyrillic regional bodies)
             "heldout2": REPO / "benchmarks" / "data" / "entity-battery-heldout2.jsonl",
             #: session 9's training sets (facilities, newspapers, states by other names)
             "train9": REPO / "benchmarks" / "data" / "entity-battery-train9.jsonl",
             #: written in session 10 before that session's fixes (22 sets: Ukrainian and Russian persons,
             #: acronyms, names in quotes, ministries and other state organs across scripts, counters)
             "heldout10": REPO / "benchmarks" / "data" / "entity-battery-heldout10.jsonl",
             #: written in session 10 by ent10b before its fixes (14 sets: places in oblique cases after
             #: a place preposition, bare organ acronyms, lower-case words of organ names, counters)
             "heldout10b": REPO / "benchmarks" / "data" / "entity-battery-heldout10b.jsonl",
             #: written in session 11 by ent11 before its fixes (18 sets: English state organs with their
             #: owner, two states' organs apart, surnames alone, titles, acronyms, spellings, counters)
             "heldout11": REPO / "benchmarks" / "data" / "entity-battery-heldout11.jsonl",
             #: session 11's training sets (English organs and owners, surnames)
             "train11": REPO / "benchmarks" / "data" / "entity-battery-train11.jsonl",
             #: session 10's training sets (state organs across scripts, outlets in quote marks)
             "train10": REPO / "benchmarks" / "data" / "entity-battery-train10.jsonl",
             #: written in session 12 by uent12 before its fixes (68 Ukrainian and Russian news
             #: sentences, every name marked, for --spans: officials, oblique surnames, oblasts,
             #: hromadas, rivers, facilities, organs and acronyms, names in quotes, counters)
             "heldout12": REPO / "benchmarks" / "data" / "entity-battery-heldout12.jsonl",
             #: session 12's training sentences for --spans
             "train12": REPO / "benchmarks" / "data" / "entity-battery-train12.jsonl",
             #: written in session 15 by ent15 before its fixes (25 Russian and Ukrainian sentences for
             #: --spans: titles opening a sentence before a name, plants by abbreviation, site chrome,
             #: dates and bylines that give no names, peoples against states, rivers, villages)
             "heldout15": REPO / "benchmarks" / "data" / "cyrillic-entity-heldout15.jsonl",
             #: written in session 16 by ukent16 before its fixes (44 sentences, mostly Ukrainian, for
             #: --spans: a body's regional branch, a body with its state's abbreviation, a page's last
             #: word cut short, people of a body before its name; counter-cases for each)
             "heldout16-uk": REPO / "benchmarks" / "data" / "entity-battery-heldout16-uk.jsonl",
             #: written in session 21 by cyent21 before reading the entity code (36 Russian and 36
             #: Ukrainian sentences for --spans: titles opening a sentence, oblique surnames alone,
             #: bodies in quote marks and with their owner, acronyms, rivers, regions in -щина)
             "heldout21-cyr": REPO / "benchmarks" / "data" / "entity-battery-cyr-heldout21.jsonl"}


def load_battery(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


def run_set(item: dict, verbose: bool = False) -> dict:
    """One set in a fresh home: B³ over its found items, items found / expected, and (verbose)
    each expected cluster with the canonical entities its found mentions landed in."""
    from claimgraph.ingest import Ingestor, analyse_pending
    from claimgraph.settings import Settings

    links = {"entities": [{"id": e["id"], "name": e["id"], "type": e["type"],
                           "mentions": [{"doc": f"{item['id']}-{d}", "alias": a} for d, a in e["mentions"]]}
                          for e in item["entities"]]}
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, d in enumerate(item["docs"]):
            p = Path(tmp) / "pages" / f"{item['id']}-{i}.txt"
            p.parent.mkdir(exist_ok=True)
            p.write_text(d["text"] + "\n", encoding="utf-8")
            paths.append(str(p.resolve()))
        ingestor = Ingestor(Settings(home=Path(tmp) / "home"))
        try:
            ingestor.run(paths)
            analyse_pending(ingestor.store)
            store = ingestor.store
            doc_of = {}
            for row in store.conn.execute("SELECT id, origin FROM documents"):
                doc_of[row["id"]] = Path(row["origin"]).stem
            ent = _extracted_entities(store, doc_of, links, False)
            detail = []
            if verbose:
                for did, gid in sorted(doc_of.items(), key=lambda x: x[1]):
                    stored = db.document_entities(store, did)
                    canon = db.canonical_of_entities(store, [e["id"] for e in stored])
                    for e in stored:
                        detail.append(f"    {gid}  {e['type']:<7} {e['name']!r:<40} -> canonical {canon.get(e['id'])}")
        finally:
            ingestor.close()
    return {"b3": ent["b3"], "found": ent["found"], "items": ent["items"], "detail": detail}


def run_spans(items: list[dict], verbose: bool = False) -> list[str]:
    """Exact span and type over sets that mark every name (see the module's docstring)."""
    from languages import gold_mentions, our_mentions, prf

    from claimgraph.pipeline import AnalysisInput, analyse

    from claimgraph.extract.cyrillic import extract_claims_cyrillic

    docs = [(item, i, d) for item in items if item.get("spans") for i, d in enumerate(item["docs"])]
    # a sentence is too short for the language guess ("Утром в Липецке выпал первый снег." gets
    # none): a Russian or Ukrainian one goes through the Cyrillic extractor as a page of its
    # language would (languages.py measures the guess on whole pages); only the others are analysed
    others = [d for _, _, d in docs if d["lang"] not in ("ru", "uk")]
    results = iter(analyse([AnalysisInput(d["text"], "text") for d in others], n_process=1) if others else [])
    extractions = [extract_claims_cyrillic(d["text"], d["lang"]) if d["lang"] in ("ru", "uk") else next(results).extraction
                   for _, _, d in docs]
    counts: dict[tuple[str, str], list[int]] = {}  # (lang, type or "*" or "span") -> [tp, pred, gold]
    out = []
    for (item, i, d), extraction in zip(docs, extractions):
        gold = gold_mentions({"entities": [{"type": e["type"], "aliases": [a for di, a in e["mentions"] if di == i]}
                                           for e in item["entities"]]})
        ours = our_mentions(extraction)
        lang = d["lang"]
        for t in {t for _, t in gold | ours}:
            g, o = {x for x in gold if x[1] == t}, {x for x in ours if x[1] == t}
            c = counts.setdefault((lang, t), [0, 0, 0])
            c[0] += len(g & o)
            c[1] += len(o)
            c[2] += len(g)
        for key, g, o in (("*", gold, ours), ("span", {x for x, _ in gold}, {x for x, _ in ours})):
            c = counts.setdefault((lang, key), [0, 0, 0])
            c[0] += len(g & o)
            c[1] += len(o)
            c[2] += len(g)
        if verbose and gold != ours:
            out.append(f"{item['id']}-{i} {item['form']}")
            out.extend(f"    miss  {t:<7} {x!r}" for x, t in sorted(gold - ours))
            out.extend(f"    extra {t:<7} {x!r}" for x, t in sorted(ours - gold))
    for lang in sorted({k[0] for k in counts}):
        out.append(f"{lang}: exact span and type {prf(*counts[(lang, '*')])}")
        out.append(f"{lang}: exact span, any type {prf(*counts[(lang, 'span')])}")
        for t in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"):
            if (lang, t) in counts:
                out.append(f"    {t:<7} {prf(*counts[(lang, t)])}")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--battery", choices=sorted(BATTERIES), default="main")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--spans", action="store_true", help="exact span and type over sets marked 'spans'")
    args = ap.parse_args(argv)
    items = load_battery(BATTERIES[args.battery])
    if args.spans:
        for line in run_spans(items, args.verbose):
            print(line)
        return 0
    sum_p = sum_r = 0.0
    found = total = 0
    for item in items:
        r = run_set(item, args.verbose)
        p, rr, f = r["b3"]
        sum_p += p * r["found"]
        sum_r += rr * r["found"]
        found += r["found"]
        total += r["items"]
        print(f"{item['id']:<6} B³ P {p:.3f}  R {rr:.3f}  F1 {f:.3f}  found {r['found']}/{r['items']}  {item['form']}")
        for line in r["detail"]:
            print(line)
    p, rr = (sum_p / found, sum_r / found) if found else (0.0, 0.0)
    f = 2 * p * rr / (p + rr) if p + rr else 0.0
    print(f"\n{args.battery}: {len(items)} sets, entities B³ precision {p:.3f}  recall {rr:.3f}  F1 {f:.3f}   "
          f"({found}/{total} expected mentions found)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
