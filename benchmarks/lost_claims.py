"""Dev only (real-news dev pages; never run on test): gold claims whose content is not in our
extracted body, per page.

    PYTHONPATH=$PWD/src .venv/bin/python benchmarks/lost_claims.py

Prints one line per lost claim (page, the claim's first words, whether the raw page holds it).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

import attribution as A  # noqa: E402

from claimgraph.pipeline import AnalysisInput, analyse  # noqa: E402
from claimgraph.sources.text import document_from_bytes  # noqa: E402


def main() -> None:
    lost = 0
    for lang in ("en", "ru", "uk"):
        files = A.real_news_pages("dev", lang)
        pages = [p.with_name(p.name[: -len(".gold.json")] + ".txt") for p in files]
        sources = [document_from_bytes(p.read_bytes(), p.name) for p in pages]
        results = analyse([AnalysisInput(d.text, d.kind, metadata=d.metadata) for d in sources], n_process=1)
        for gp, src, res in zip(files, sources, results):
            gold = json.loads(gp.read_text())
            body = res.article.body
            for c in gold["claims"]:
                if A.locate(body, c["content"]) is None:
                    lost += 1
                    where = A.locate(src.text, c["content"])
                    print(f"{lang} {gp.stem}: LOST {c['content'][:90]!r} in_raw={where is not None} "
                          f"body_len={len(body)} raw_len={len(src.text)}")
    print(f"lost: {lost}")


if __name__ == "__main__":
    main()
