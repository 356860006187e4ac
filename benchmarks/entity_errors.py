"""Per-page entity errors (exact span and type) on Russian/Ukrainian DEVELOPMENT gold.

Scored as ``benchmarks/languages.py`` scores it (``gold_mentions``/``our_mentions``): per page, every
gold name we missed, every name of ours not in the gold (spurious), and every name whose span is
right but whose type is not (mistyped: ours against the gold's), then a tally by class and type.

Development data only: ``benchmarks/data/cyrillic-dev`` (free to tune) and the real-news dev split
(ru, uk). It refuses the blind sets (``own-events``, ``own-cyrillic``, ``own-events-16``) and has no way to read
the real-news test split.

    .venv/bin/python benchmarks/entity_errors.py                          # cyrillic-dev, ru and uk
    .venv/bin/python benchmarks/entity_errors.py --real-news-dev ru       # or uk
    .venv/bin/python benchmarks/entity_errors.py --root DIR --lang uk     # another development folder
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

import attribution as A  # noqa: E402
from languages import analyse_pages, gold_mentions, our_mentions  # noqa: E402

BLIND = ("own-events", "own-cyrillic", "own-events-16")


def page_errors(gold: set[tuple[str, str]], ours: set[tuple[str, str]]) -> dict[str, list]:
    """``missed``/``spurious`` are (text, type) pairs whose text the other side lacks under any type;
    ``mistyped`` are (text, gold type, our type) for a text both have under different types."""
    g_text, o_text = {t for t, _ in gold}, {t for t, _ in ours}
    mistyped = []
    for text in sorted(g_text & o_text):
        gt = sorted(ty for t, ty in gold if t == text)
        ot = sorted(ty for t, ty in ours if t == text)
        if not set(gt) & set(ot):
            mistyped.append((text, "/".join(gt), "/".join(ot)))
    return {"missed": sorted(x for x in gold if x[0] not in o_text),
            "spurious": sorted(x for x in ours if x[0] not in g_text),
            "mistyped": mistyped}


def files_of(args) -> list[tuple[Path, str]]:
    if args.real_news_dev:
        return [(f, args.real_news_dev) for f in A.real_news_pages("dev", args.real_news_dev)]
    root = Path(args.root)
    if any(part in BLIND for part in root.resolve().parts):
        raise SystemExit(f"{root}: a blind set (report only): its per-entity output must not be read")
    if root.resolve().is_relative_to(A.REAL_NEWS.resolve()):
        raise SystemExit(f"{root}: real-news pages are read here only by --real-news-dev (the dev split)")
    from own_events import pages_by_language
    by_lang = pages_by_language(root, ("ru", "uk"))
    return [(f, lang) for lang in (args.lang or ("ru", "uk")) for f in by_lang.get(lang, [])]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", default=str(A.CYRILLIC_DEV), help="a development folder of ru/uk pages (not blind)")
    ap.add_argument("--lang", nargs="*", choices=["ru", "uk"], help="only these languages of --root")
    ap.add_argument("--real-news-dev", choices=["ru", "uk"], help="the real-news dev split of one language instead")
    ap.add_argument("--only", choices=["missed", "spurious", "mistyped"])
    args = ap.parse_args(argv)
    files = files_of(args)
    if not files:
        print("no pages (real-news absent?)")
        return 0
    results = analyse_pages([f for f, _ in files])
    tally: Counter = Counter()
    for (path, lang), r in zip(files, results):
        errs = page_errors(gold_mentions(json.loads(path.read_text(encoding="utf-8"))), our_mentions(r.extraction))
        if not any(errs.values()):
            continue
        print(f"{lang} {path.parent.name}/{path.name[: -len('.gold.json')]}  (detected {r.article.language})")
        for cls in ("missed", "spurious", "mistyped"):
            if args.only and cls != args.only:
                continue
            for e in errs[cls]:
                if cls == "mistyped":
                    print(f"    mistyped  gold {e[1]:<7} ours {e[2]:<7} {e[0]!r}")
                    tally[(cls, f"{e[1]}->{e[2]}")] += 1
                else:
                    print(f"    {cls:<9} {e[1]:<7} {e[0]!r}")
                    tally[(cls, e[1])] += 1
    print("tally:")
    for (cls, ty), n in sorted(tally.items(), key=lambda x: (x[0][0], -x[1])):
        print(f"    {cls:<9} {ty:<16} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
