"""Body battery: scraped-text pages we wrote ourselves (fictional sites, people and places, in
English, Russian and Ukrainian) whose bodies hold short one-sentence paragraphs ("Nobody was
hurt.", "«Ми працюємо», — додав Гнатенко.") at their start, middle and end, with site chrome
above (menus, date lines, headline) and often below (footers, "most read" lists, comments,
newsletter pitches, bios); some are cut mid-sentence at the end as the real-news excerpts are.
Gold is the body's paragraphs.

    .venv/bin/python benchmarks/body_battery.py                      # the training pages
    .venv/bin/python benchmarks/body_battery.py --battery heldout12  # written first: report only
    .venv/bin/python benchmarks/body_battery.py --battery train14    # session 14's last short paragraph
    .venv/bin/python benchmarks/body_battery.py --battery heldout14  # written first: report only
    .venv/bin/python benchmarks/body_battery.py --battery train14b   # the mend: third-person site lines
    .venv/bin/python benchmarks/body_battery.py --verbose            # also every miss

Each page goes through ``extract_article(text, "text")``; its body's paragraphs are compared
with gold's as whole lines. Scored per language and overall: recall (gold paragraphs kept /
wanted), precision (kept paragraphs that are gold / all kept: the rest is chrome let in) and
pages exact (every gold paragraph and nothing else).
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
from checkout import put_this_checkout_first  # noqa: E402

put_this_checkout_first(REPO)   # this checkout's src first, said when PYTHONPATH names another

from relation_battery import battery_cli, read_jsonl  # noqa: E402

from claimgraph.extract.article import extract_article  # noqa: E402

TRAIN12 = REPO / "benchmarks" / "data" / "body-battery-train12.jsonl"
#: Written before session 12's short-paragraph rule: run to report, never to choose a rule.
HELDOUT12 = REPO / "benchmarks" / "data" / "body-battery-heldout12.jsonl"
#: Written before session 14's last-short-paragraph change (the article's last paragraph one short
#: sentence, then chrome; and short chrome lines that must stay out): run to report, never to choose.
TRAIN14 = REPO / "benchmarks" / "data" / "body-battery-train14.jsonl"
HELDOUT14 = REPO / "benchmarks" / "data" / "body-battery-heldout14.jsonl"
#: Session 14's mend: third-person lines the site prints under the article, and closing lines that share no word.
TRAIN14B = REPO / "benchmarks" / "data" / "body-battery-train14b.jsonl"


def score(item: dict) -> tuple[int, int, int, list[str], list[str]]:
    """(gold kept, gold wanted, ours, gold paragraphs lost, paragraphs let in that are not gold)."""
    ours = [p.strip() for p in extract_article(item["text"], "text").paragraphs]
    gold = [p.strip() for p in item["gold"]["paragraphs"]]
    kept = [p for p in gold if p in ours]
    return len(kept), len(gold), len(ours), [p for p in gold if p not in ours], [p for p in ours if p not in gold]


def run(items: list[dict]) -> list[tuple[dict, tuple]]:
    return [(item, score(item)) for item in items]


def report(results: list[tuple[dict, tuple]], verbose: bool, path: Path) -> None:
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])   # kept, wanted, ours, exact, pages
    for item, (kept, wanted, ours, lost, extra) in results:
        exact = not lost and not extra
        for lang in (item["lang"], "all"):
            row = tally[lang]
            row[0] += kept
            row[1] += wanted
            row[2] += ours
            row[3] += exact
            row[4] += 1
        if verbose and not exact:
            print(f"  MISS {item['id']}")
            for p in lost:
                print(f"    lost: {p[:90]!r}")
            for p in extra:
                print(f"    in:   {p[:90]!r}")
    print(f"body battery ({path.name}, {len(results)} pages)")
    for lang in ("en", "ru", "uk", "all"):
        kept, wanted, ours, exact, pages = tally[lang]
        if not pages:
            continue
        precision = (kept / ours) if ours else 1.0
        print(f"  {lang:<4} recall={kept}/{wanted} ({kept / max(wanted, 1):.3f})  "
              f"precision={kept}/{ours} ({precision:.3f}), chrome let in={ours - kept}  exact={exact}/{pages}")


def main(argv=None) -> int:
    return battery_cli(__doc__, {"train12": TRAIN12, "heldout12": HELDOUT12, "train14": TRAIN14, "heldout14": HELDOUT14,
                                 "train14b": TRAIN14B}, "pages", read_jsonl, run, report, argv)


if __name__ == "__main__":
    raise SystemExit(main())
