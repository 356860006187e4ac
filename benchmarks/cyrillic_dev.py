"""Per-claim view of our Russian/Ukrainian development set (``benchmarks/data/cyrillic-dev``; free to tune on).

Each page goes through the pipeline as ``attribution.py --cyrillic-dev`` runs it, and is matched the same way
(content tokens overlapping >= 50% of both). Printed per page: each matched claim whose strict speaker is wrong
(ours vs the gold speaker, with its ``speaker_text`` and cue) and each gold claim we missed (with its kind and
cue); ``--spurious`` also lists our claims that match no gold claim; ``--entities`` the gold entity mentions we
missed and ours not in the gold (exact span and type, as ``languages.py`` scores them). The counts at the end are the
``cyrillic-dev-*`` rows' claims and strict-speaker figures, so the view and the rows agree.

This set is development data: read this output and tune on it. Never point it at a blind set (``own_events.BLIND``):
it reads only ``CYRILLIC_DEV`` and has no option that names another folder.

Run: ``.venv/bin/python benchmarks/cyrillic_dev.py [--lang ru|uk] [--page NAME] [--spurious] [--entities]``

``--real-news-dev`` (session 20) shows the real-news **dev** Russian and Ukrainian pages the same way (the
``real-news-dev-ru``/``-uk`` rows of ``attribution.py --real-news dev``); the split is fixed to dev here, so the test
pages can never be shown.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from attribution import (  # noqa: E402  (puts this checkout's src first on sys.path)
    CYRILLIC_DEV,
    load_gold_json,
    real_news_pages,
    match,
    ours_to_pred,
    speaker_match_strict,
)
from own_events import pages_by_language  # noqa: E402


def short(text: str, n: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def page_view(gold_path: Path, result, spurious: bool) -> tuple[list[str], dict[str, int]]:
    """The lines for one page and its counts (gold, ours, matched, strict speaker right)."""
    raw = json.loads(gold_path.read_text(encoding="utf-8"))
    doc = load_gold_json(gold_path, gold_path.stem, body=result.article.body, count_missing=True)
    pred = ours_to_pred(result.extraction)
    # load_gold_json keeps the found claims in order and appends one "lost" claim per content not in the body
    found = [c for c in raw["claims"] if (result.article.body or "").find(c["content"]) >= 0
             or (result.article.body or "").find(c["content"].strip(" “”\"‘’.,")) >= 0]
    lost = [c for c in raw["claims"] if c not in found]
    pairs = dict(match(doc.text, doc.gold, pred, 0.5))
    lines: list[str] = []
    strict_ok = 0
    for gi, (g, c) in enumerate(zip(doc.gold, found)):
        if gi in pairs:
            p = pred[pairs[gi]]
            if speaker_match_strict(p.speaker, g):
                strict_ok += 1
            else:
                lines.append(f"  SPEAKER {c['id']} [{c['kind']}, cue {c['cue']!r}] ours={p.speaker!r} "
                             f"gold={c['speaker']!r} (as written {c['speaker_text']!r})")
                lines.append(f"          {short(c['content'])}")
        else:
            lines.append(f"  MISSED  {c['id']} [{c['kind']}, cue {c['cue']!r}, speaker {c['speaker']!r}]")
            lines.append(f"          {short(c['content'])}")
    for c in lost:
        lines.append(f"  MISSED  {c['id']} [{c['kind']}, cue {c['cue']!r}] not in the extracted body")
        lines.append(f"          {short(c['content'])}")
    if spurious:
        used = set(pairs.values())
        for pi, p in enumerate(pred):
            if pi not in used:
                text = " … ".join(doc.text[s:e] for s, e in p.spans)
                lines.append(f"  EXTRA   ours [{p.kind}] speaker={p.speaker!r}: {short(text)}")
    counts = {"gold": len(doc.gold), "ours": len(pred), "matched": len(pairs), "strict_ok": strict_ok}
    return lines, counts


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lang", choices=["ru", "uk"], help="one language only")
    ap.add_argument("--page", help="one page only (its NAME)")
    ap.add_argument("--spurious", action="store_true", help="also our claims that match no gold claim")
    ap.add_argument("--entities", action="store_true", help="also entity mentions missed and extra (span+type)")
    ap.add_argument("--real-news-dev", action="store_true", help="the real-news dev ru/uk pages instead (dev only)")
    args = ap.parse_args(argv)
    from claimgraph.pipeline import AnalysisInput, analyse
    from claimgraph.sources.text import document_from_bytes

    if args.real_news_dev:
        by_lang = {lang: real_news_pages("dev", lang) for lang in ("ru", "uk")}
        label = "real-news-dev"
    else:
        by_lang = pages_by_language(CYRILLIC_DEV)
        label = "cyrillic-dev"
    for lang in ("ru", "uk"):
        if args.lang and lang != args.lang:
            continue
        files = [f for f in by_lang.get(lang, []) if not args.page or f.name == f"{args.page}.gold.json"]
        if not files:
            continue
        pages = [p.with_name(p.name[: -len(".gold.json")] + ".txt") for p in files]
        sources = [document_from_bytes(p.read_bytes(), p.name) for p in pages]
        results = analyse([AnalysisInput(d.text, d.kind, metadata=d.metadata) for d in sources], n_process=1)
        total = {"gold": 0, "ours": 0, "matched": 0, "strict_ok": 0}
        print(f"== {label}-{lang}({len(files)})")
        for gold_path, result in zip(files, results):
            lines, counts = page_view(gold_path, result, args.spurious)
            for k, v in counts.items():
                total[k] += v
            name = gold_path.name[: -len(".gold.json")]
            print(f"{name}: gold={counts['gold']} ours={counts['ours']} matched={counts['matched']} "
                  f"strict_speaker_ok={counts['strict_ok']}")
            for line in lines:
                print(line)
            if args.entities:
                from languages import gold_mentions, our_mentions
                gold = gold_mentions(json.loads(gold_path.read_text(encoding="utf-8")))
                ours = our_mentions(result.extraction)
                for text, typ in sorted(gold - ours):
                    print(f"  ENT-MISSED {typ} {text!r}")
                for text, typ in sorted(ours - gold):
                    print(f"  ENT-EXTRA  {typ} {text!r}")
        m = total["matched"]
        print(f"-- {lang}: gold={total['gold']} ours={total['ours']} matched={m} "
              f"strict speaker {total['strict_ok']}/{m}" + (f" = {total['strict_ok'] / m:.3f}" if m else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
