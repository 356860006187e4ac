"""Dev only (real-news dev pages; never run on test): gold claims whose content is not in our extracted body, per page."""
import sys, json
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
import attribution as A
from claimgraph.pipeline import AnalysisInput, analyse
from claimgraph.sources.text import document_from_bytes
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
                raw = src.text
                where = A.locate(raw, c["content"])
                print(f"{lang} {gp.stem}: LOST {c['content'][:90]!r} in_raw={where is not None} body_len={len(body)} raw_len={len(raw)}")
