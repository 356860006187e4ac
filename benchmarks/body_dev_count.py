"""How many body lines the short-paragraph rule (session 12) changes on the real-news DEV pages:
each dev page's scraped text is cleaned with the rule and with it off (``short_sentence_words=0``)
and the paragraphs that differ are counted per language. Counts only: no page text is printed.
Dev pages only, as benchmarks/attribution.py's REAL_NEWS_SPLITS assigns them; skips when the
shared data is absent.

    PYTHONPATH=$PWD/src .venv/bin/python benchmarks/body_dev_count.py
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
from checkout import put_this_checkout_first  # noqa: E402

put_this_checkout_first(REPO)   # this checkout's src first, said when PYTHONPATH names another

from attribution import REAL_NEWS, real_news_pages  # noqa: E402

from claimgraph.extract.plaintext import DEFAULT_PARAMS, extract_plaintext  # noqa: E402

RULE_OFF = dataclasses.replace(DEFAULT_PARAMS, short_sentence_words=0)


def main() -> int:
    if not REAL_NEWS.exists():
        print("real-news data absent: skipped")
        return 0
    for lang in ("en", "ru", "uk"):
        pages = let_in = dropped = changed = 0
        for gold in real_news_pages("dev", lang):
            text_path = gold.with_name(gold.name.replace(".gold.json", ".txt"))
            if not text_path.exists():
                continue
            text = text_path.read_text(encoding="utf-8", errors="replace")
            on, off = extract_plaintext(text).paragraphs, extract_plaintext(text, RULE_OFF).paragraphs
            pages += 1
            let_in += sum(p not in off for p in on)
            dropped += sum(p not in on for p in off)
            changed += on != off
        print(f"  {lang}: {pages} dev pages, lines let in by the rule {let_in}, lines dropped {dropped}, "
              f"pages changed {changed}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
