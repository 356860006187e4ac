"""Per-page entity errors (exact span and type) on DEVELOPMENT gold (Russian/Ukrainian; English real-news dev and
the pair-train tune half).

Scored as ``benchmarks/languages.py`` scores it (``gold_mentions``/``our_mentions``): per page, every
gold name we missed, every name of ours not in the gold (spurious), and every name whose span is
right but whose type is not (mistyped: ours against the gold's), then a tally by class and type, and of
the missed by how they are written (``missed_kind``: a pronoun, "The/A" + words, an owner's possessive, a name
with lower-case words, a capitalised name).
``--spans`` first pairs a page's missed and spurious names that are one name cut differently (span too long
or too short, which side, the kind of word next to the shorter one).

Development data only: ``benchmarks/data/cyrillic-dev`` (free to tune), the real-news dev split (ru, uk, en)
and the pair-train TUNE half (``--pair-train-tune``; the held half is a held-out judge: aggregates only, through
``languages.py --pair-train held``). It refuses the blind sets (``own_events.BLIND``:
``own-events``, ``own-cyrillic``, ``own-events-16``, ``own-cyrillic-19``, ``own-mixed-21``) and has no way to read the real-news test
split.

    .venv/bin/python benchmarks/entity_errors.py                          # cyrillic-dev, ru and uk
    .venv/bin/python benchmarks/entity_errors.py --real-news-dev ru       # or uk, en
    .venv/bin/python benchmarks/entity_errors.py --pair-train-tune        # English, the tune half only
    .venv/bin/python benchmarks/entity_errors.py --root DIR --lang uk     # another development folder
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
from checkout import put_this_checkout_first  # noqa: E402

put_this_checkout_first(REPO)   # this checkout's src first, said when PYTHONPATH names another

import attribution as A  # noqa: E402
from claimgraph.extract.cues import PERSON_ROLES, TITLES  # noqa: E402
from languages import analyse_pages, gold_mentions, our_mentions  # noqa: E402

from own_events import BLIND  # noqa: E402  (the one list of blind sets)
_ROLE_WORDS = PERSON_ROLES | TITLES


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


_WORD_KINDS = (("the", lambda w: w.lower() in ("the", "a", "an")),
               ("possessive", lambda w: w in ("'s", "’s", "'", "’")),
               ("title/role", lambda w: w.lower().rstrip(".") in _ROLE_WORDS),
               ("lower-case word", lambda w: w[:1].islower()),
               ("capitalised word", lambda w: True))


def span_errors(errs: dict[str, list]) -> list[tuple[str, str, str, str]]:
    """Missed and spurious names of one page that are the same name cut differently (one holds the
    other at a word boundary): (ours, gold, "ours too long"/"ours too short" and the side, the kind of
    the word next to the shorter name). They are taken out of ``errs``' missed and spurious lists."""
    out = []
    for o in list(errs["spurious"]):
        for g in list(errs["missed"]):
            longer, shorter = (o[0], g[0]) if len(o[0]) > len(g[0]) else (g[0], o[0])
            k = longer.find(shorter)
            if k < 0 or longer == shorter:
                continue
            left, right = longer[:k], longer[k + len(shorter):]
            if (left and not left.endswith(" ")) or (right and right[:1].isalnum()):
                continue
            side = "left" if left else "right"
            extra = left.split()[-1] if left else right.split()[0]   # the word next to the shorter name
            kind = next(name for name, test in _WORD_KINDS if test(extra))
            how = "ours too long" if longer == o[0] else "ours too short"
            out.append((o[0], g[0], f"{how} ({side})", kind if o[1] == g[1] else f"{kind}, type {g[1]}->{o[1]}"))
            errs["spurious"].remove(o)
            errs["missed"].remove(g)
            break
    return out


#: How a missed gold name is written, first match wins (the tally's second count of the missed).
_MISSED_KINDS = (("pronoun", lambda t: t.lower() in ("he", "she", "they", "it", "we", "i")),
                 ("The/A + words", lambda t: t.split()[0] in ("The", "A", "An")),
                 ("possessive owner + words", lambda t: any(p in t for p in ("'s ", "’s "))),
                 ("name + lower-case words", lambda t: any(w[:1].islower() for w in t.split()[1:])),
                 ("capitalised name", lambda t: True))


def missed_kind(text: str) -> str:
    """How a missed gold name is written: a pronoun, a description opening with "The"/"A", an owner's
    possessive and words, a name with lower-case words (a unit, a facility, a group), or a capitalised name."""
    return next(name for name, test in _MISSED_KINDS if test(text))


def files_of(args) -> list[tuple[Path, str]]:
    if args.pair_train_tune:
        from pair_train_halves import HALVES, ROOT
        return [(f, "en") for e in HALVES["tune"] for f in sorted((ROOT / e).glob("*.gold.json"))]
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
    ap.add_argument("--real-news-dev", choices=["ru", "uk", "en"],
                    help="the real-news dev split of one language instead")
    ap.add_argument("--pair-train-tune", action="store_true",
                    help="the tune half of benchmarks/data/pair-train (English) instead; the held half is refused")
    ap.add_argument("--only", choices=["missed", "spurious", "mistyped"])
    ap.add_argument("--spans", action="store_true",
                    help="first pair a page's missed and spurious names that are one name cut differently (span "
                         "too long/short, which side, which kind of word)")
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
        spans = span_errors(errs) if args.spans else []
        for ours, gold, how, kind in spans:
            print(f"    span      {how:<22} {kind:<18} ours {ours!r} gold {gold!r}")
            tally[("span", f"{how}: {kind}")] += 1
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
                    if cls == "missed":
                        tally[("missed as", missed_kind(e[0]))] += 1
    print("tally:")
    for (cls, ty), n in sorted(tally.items(), key=lambda x: (x[0][0], -x[1])):
        print(f"    {cls:<9} {ty:<24} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
