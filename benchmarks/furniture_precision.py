"""Precision of the entities that only the page's furniture gives (session 17, issue #13 item 3).

Each page goes through the pipeline as ``claimgraph extract`` runs it (``languages.analyse_pages``).
A page's furniture-only pairs are the distinct (mention text, type) pairs of its entities that
only ``field="page"`` mentions give (no body or headline mention of the page has that text and
type); each is counted once per page, with the furniture lines (``article.spans["furniture"]``)
its page mentions sit in, and it is "in the gold" when the page's gold names it as
``languages.gold_mentions`` reads the gold (exact text and type). Per set:

    furniture lines handed over / lines that gave a furniture-only pair / pairs / pairs in the gold

Sets: real-news dev (en, ru, uk pages; skipped when ``../shared`` is absent), our cyrillic-dev
(ru, uk) and the tune half of pair-train. All are development sets: ``--verbose`` lists each pair
(page, text, type, in the gold or not). Never run on a test or blind set.

``--cost`` also prints the time of reading the English furniture lines' entities (``extract_entities``, what
the pipeline runs) against the whole claim extractor over the same texts (``extract_claims``, what it ran
before session 17), best of 3, one process: the furniture texts of the real-news dev en and pair-train tune pages.

Run: ``PYTHONPATH=$PWD/src .venv/bin/python benchmarks/furniture_precision.py [--verbose] [--cost]``
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
from checkout import put_this_checkout_first  # noqa: E402

put_this_checkout_first(REPO)   # this checkout's src first, said when PYTHONPATH names another

from attribution import CYRILLIC_DEV, REAL_NEWS, real_news_pages  # noqa: E402
from languages import _QUOTES, analyse_pages, gold_mentions  # noqa: E402
from pair_train_halves import HALVES, ROOT as PAIR_TRAIN  # noqa: E402


def furniture_only(results, files: list[Path]) -> tuple[int, int, list[tuple[str, str, str, bool]]]:
    """(furniture lines, lines that gave a pair, [(page, text, type, in gold)]) over the pages."""
    n_lines = n_giving = 0
    pairs: list[tuple[str, str, str, bool]] = []
    for gold_path, r in zip(files, results):
        spans = (getattr(r.article, "spans", None) or {}).get("furniture") or []
        n_lines += len(spans)
        gold = gold_mentions(json.loads(gold_path.read_text(encoding="utf-8")))
        other: set[tuple[str, str]] = set()
        page: dict[tuple[str, str], list] = {}
        for e in r.extraction.entities:
            for m in e.mentions:
                key = (m.text.strip(_QUOTES), e.type)
                if not key[0]:
                    continue
                if m.field == "page":
                    page.setdefault(key, []).append(m)
                else:
                    other.add(key)
        giving: set[int] = set()
        for key, mentions in sorted(page.items()):
            if key in other:
                continue
            for m in mentions:
                giving |= {i for i, s in enumerate(spans) if s.start <= m.start and m.end <= s.end}
            pairs.append((gold_path.name[: -len(".gold.json")], key[0], key[1], key in gold))
        n_giving += len(giving)
    return n_lines, n_giving, pairs


#: The English furniture texts seen by ``report`` (for ``--cost``).
_ENGLISH_FURNITURE: list[str] = []


def _keep_furniture_texts(results, files: list[Path]) -> None:
    from claimgraph.extract.furniture import furniture_text
    from claimgraph.sources.text import document_from_bytes

    for gold_path, r in zip(files, results):
        spans = (getattr(r.article, "spans", None) or {}).get("furniture") or []
        if spans and r.article.language == "en":
            page = gold_path.with_name(gold_path.name[: -len(".gold.json")] + ".txt")
            text = furniture_text(document_from_bytes(page.read_bytes(), page.name).text, spans)[0]
            if text.strip():
                _ENGLISH_FURNITURE.append(text)


def cost(texts: list[str], repeats: int = 3) -> str:
    import time

    from claimgraph.extract.attribution import extract_claims, extract_entities
    from claimgraph.extract.nlp import load_nlp

    nlp = load_nlp()
    best: dict[str, float] = {}
    for name, run in (("entities only", lambda t: extract_entities(t, nlp=nlp)),
                      ("whole claim extractor", lambda t: extract_claims(t, nlp=nlp))):
        for _ in range(repeats):
            t0 = time.perf_counter()
            for text in texts:
                run(text)
            best[name] = min(best.get(name, float("inf")), time.perf_counter() - t0)
    a, b = best["entities only"], best["whole claim extractor"]
    return (f"  cost over {len(texts)} English furniture texts ({sum(len(t) for t in texts)} chars), best of {repeats}: "
            f"entities only {a * 1000:.0f} ms, whole claim extractor {b * 1000:.0f} ms ({a / b:.2f}x)")


def report(label: str, files: list[Path], verbose: bool) -> list[str]:
    if not files:
        return [f"  {label}: skipped (no pages)"]
    results = analyse_pages(files)
    _keep_furniture_texts(results, files)
    n_lines, n_giving, pairs = furniture_only(results, files)
    hits = sum(1 for p in pairs if p[3])
    out = [f"  {label:<26} furniture lines {n_lines}, giving a furniture-only pair {n_giving}; "
           f"furniture-only pairs {len(pairs)}, in the gold {hits}"]
    if verbose:
        out += [f"    {'gold ' if ok else 'extra'} {page}: {text!r} {typ}" for page, text, typ, ok in pairs]
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--verbose", action="store_true", help="list each furniture-only pair (development sets only)")
    ap.add_argument("--cost", action="store_true", help="also time entities-only against the whole claim extractor")
    args = ap.parse_args(argv)
    print("entities only the page's furniture gives: (text, type) pairs per page, against the gold")
    if REAL_NEWS.exists():
        for lang in ("en", "ru", "uk"):
            files = real_news_pages("dev", lang)
            for line in report(f"real-news-dev-{lang}({len(files)})", files, args.verbose):
                print(line, flush=True)
    else:
        print(f"  real-news: skipped ({REAL_NEWS} absent)")
    from own_events import pages_by_language

    by_lang = pages_by_language(CYRILLIC_DEV)
    for lang in ("ru", "uk"):
        files = by_lang.get(lang, [])
        for line in report(f"cyrillic-dev-{lang}({len(files)})", files, args.verbose):
            print(line, flush=True)
    files = [f for e in HALVES["tune"] for f in sorted((PAIR_TRAIN / e).glob("*.gold.json"))]
    for line in report(f"pair-train-tune({len(files)})", files, args.verbose):
        print(line, flush=True)
    if args.cost:
        print(cost(_ENGLISH_FURNITURE), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
