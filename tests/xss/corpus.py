"""Stores for the serving tests, built through the real Store API and the real CLI.

* :func:`build_sample` — three small articles we wrote (two plain text, one HTML), archived and
  stored with ``Store.add_capture`` and analysed with ``Store.save_analysis`` (claims, speakers,
  cues, evidence, entities, at real offsets), so the tests do not depend on the extractor.
* :func:`build_hostile_extracted` — the XSS pages ingested by the real ``claimgraph ingest``,
  extraction and attribution included (what the extractor makes of them is what is shown).
* :func:`build_hostile` — the XSS pages in ``pages/`` ingested by the real ``claimgraph ingest``
  (archive + documents), then an analysis whose every string (headline, outlet, author,
  captions, speakers, cues, claim text, entity names, evidence labels, even the claim kind)
  carries a payload.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from claimgraph.archive import Archive
from claimgraph.settings import Settings
from claimgraph.store import CaptureRecord, DocumentRecord, Store

PAGES = Path(__file__).resolve().parent / "pages"

#: Everything a payload may do that the browser tests check for.
XSS_MARKERS = ("window.__xss", "document.title", "alert(")

SPEAKER_PAYLOAD = '"><script>window.__xss=40;document.title=\'PWNED\'</script><img src=x onerror=window.__xss=41>'
ENTITY_PAYLOAD = "<svg onload=window.__xss=42>Ministry</svg>"
KIND_PAYLOAD = 'direct" onmouseover="window.__xss=43'
EVIDENCE_PAYLOAD = "video\"><script>window.__xss=44</script>"
CAPTION_PAYLOAD = "<img src=x onerror=window.__xss=45> smoke"
OUTLET_PAYLOAD = "<script>window.__xss=46</script> Wire"


def _now() -> str:
    return "2026-03-05T10:00:00+00:00"


# ---------------------------------------------------------------------------------------------
# the friendly sample

ARTICLES = [
    {
        "name": "lantern-orlen-clinic.txt",
        "outlet": "Lantern Wire",
        "headline": "Clinic in Orlen hit twice overnight, residents say",
        "author": "Mira Holt",
        "published": "2026-03-02",
        "paragraphs": [
            "Residents of the river town of Orlen said on Tuesday that a clinic was hit twice during the night, leaving at least nine people dead.",
            "\"We heard the first explosion at two in the morning, and then the roof came down,\" said Irena Palek, a nurse who was on duty.",
            "The Ministry of Defence of Varnia denied that its forces had struck the clinic, saying its units had targeted a fuel depot outside the town.",
            "According to the regional health office, nine people were killed and fourteen wounded, citing hospital records.",
        ],
        "claims": [
            dict(speaker="Irena Palek", speaker_text="Irena Palek", cue="said", kind="direct", stance="asserts",
                 content="We heard the first explosion at two in the morning, and then the roof came down", evidence=[]),
            dict(speaker="Ministry of Defence of Varnia", speaker_text="The Ministry of Defence of Varnia", cue="denied", kind="indirect",
                 stance="denies", content="that its forces had struck the clinic", evidence=[]),
            dict(speaker="regional health office", speaker_text="the regional health office", cue="According to", kind="according_to",
                 stance="asserts", content="nine people were killed and fourteen wounded", evidence=["document"],
                 evidence_text="hospital records"),
        ],
        "entities": [("Irena Palek", "PERSON", ["Irena Palek"]), ("Orlen", "GPE", ["Orlen"]),
                     ("Ministry of Defence of Varnia", "ORG", ["Ministry of Defence of Varnia"])],
    },
    {
        "name": "tarnov-orlen-denial.txt",
        "outlet": "The Tarnov Independent",
        "headline": "Varnia says Orlen strike hit only a fuel depot",
        "author": None,
        "published": "2026-03-03",
        "paragraphs": [
            "The Ministry of Defence of Varnia said on Wednesday that the strike near Orlen destroyed a fuel depot used by the militia.",
            "\"No medical facility was targeted,\" the ministry said in a statement, adding that satellite images would prove it.",
            "Irena Palek told reporters that the clinic had no military use.",
        ],
        "claims": [
            dict(speaker="Ministry of Defence of Varnia", speaker_text="The Ministry of Defence of Varnia", cue="said", kind="indirect",
                 stance="asserts", content="that the strike near Orlen destroyed a fuel depot used by the militia", evidence=[]),
            dict(speaker="Ministry of Defence of Varnia", speaker_text="the ministry", cue="said", kind="direct", stance="denies",
                 content="No medical facility was targeted", evidence=["satellite", "statement"], evidence_text="satellite images"),
            dict(speaker="Irena Palek", speaker_text="Irena Palek", cue="told", kind="indirect", stance="asserts",
                 content="that the clinic had no military use", evidence=[]),
        ],
        "entities": [("Irena Palek", "PERSON", ["Irena Palek"]), ("Orlen", "GPE", ["Orlen"]),
                     ("Ministry of Defence of Varnia", "ORG", ["Ministry of Defence of Varnia", "the ministry"])],
    },
]

HTML_PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>Monitors count craters near Orlen | GeoTrace Review</title></head>
<body><nav>Home | About</nav>
<article><h1>Monitors count craters near Orlen</h1>
<p>Analysts at GeoTrace said the imagery showed <b>two craters</b> beside the clinic.</p>
<p>"The pattern is consistent with a double strike," said Tomas Reyl, who led the analysis.</p>
</article><footer>&copy; 2026 GeoTrace Review</footer></body></html>
"""


def _archive_and_store(store: Store, archive: Archive, raw: bytes, name: str, kind: str, text: str, body: str, title, outlet,
                       media_type: str, captured_at=None) -> int:
    stored = archive.put_bytes(raw)
    cap = CaptureRecord(sha256=stored.sha256, origin=name, media_type=media_type, ingested_at=_now(), tool_version="0.1.0",
                        encoding="utf-8", captured_at=captured_at, metadata={})
    doc = DocumentRecord(sha256=stored.sha256, kind=kind, origin=name, body=body, source_text=text, ingested_at=_now(),
                         outlet=outlet, title=title, encoding="utf-8", captured_at=captured_at)
    doc_id, _ = store.add_capture(cap, stored.size, doc)
    return doc_id


def _claims_for(body: str, specs: list[dict]) -> list[dict]:
    out = []
    for spec in specs:
        start = body.index(spec["content"])
        c = {k: spec[k] for k in ("speaker", "speaker_text", "cue", "kind", "content", "stance", "evidence")}
        c.update(start=start, end=start + len(spec["content"]))
        if spec.get("speaker_text") and spec["speaker_text"] in body:
            s = body.index(spec["speaker_text"])
            c.update(speaker_start=s, speaker_end=s + len(spec["speaker_text"]))
        if spec.get("cue") and spec["cue"] in body:
            s = body.index(spec["cue"])
            c.update(cue_start=s, cue_end=s + len(spec["cue"]))
        if spec.get("evidence_text"):
            s = body.index(spec["evidence_text"])
            c["evidence_spans"] = [{"label": spec["evidence"][0], "text": spec["evidence_text"], "start": s,
                                    "end": s + len(spec["evidence_text"])}]
        out.append(c)
    return out


def _entities_for(body: str, specs) -> list[dict]:
    out = []
    for name, typ, texts in specs:
        mentions = []
        for t in texts:
            at = body.find(t)
            while at >= 0:
                mentions.append({"text": t, "start": at, "end": at + len(t)})
                at = body.find(t, at + 1)
        if mentions:
            out.append({"name": name, "type": typ, "mentions": mentions})
    return out


def build_sample(home: Path, db: str | None = None) -> Settings:
    settings = Settings.resolve(home, db)
    archive = Archive(settings.archive_dir)
    with Store(settings.store_location) as store:
        for art in ARTICLES:
            body = "\n\n".join(art["paragraphs"])
            head = f"{art['outlet']}\n\n{art['headline']}\n\n"
            text = head + body + f"\n\n© 2026 {art['outlet']}\n"
            doc_id = _archive_and_store(store, archive, text.encode("utf-8"), art["name"], "text", text, text, art["headline"],
                                        art["outlet"], "text/plain")
            spans = {"body": [{"start": text.index(p), "end": text.index(p) + len(p), "locator": None} for p in art["paragraphs"]]}
            article = {"headline": art["headline"], "author": art["author"], "published": art["published"], "section": None,
                       "outlet": art["outlet"], "language": "en", "body": body, "captions": []}
            store.save_analysis(doc_id, article, spans, _entities_for(body, art["entities"]), _claims_for(body, art["claims"]),
                                _now(), "0.1.0")
        # An HTML page: the claim must be found in the HTML source (markup around it).
        raw = HTML_PAGE.encode("utf-8")
        paragraphs = ["Analysts at GeoTrace said the imagery showed two craters beside the clinic.",
                      "\"The pattern is consistent with a double strike,\" said Tomas Reyl, who led the analysis."]
        body = "\n\n".join(paragraphs)
        doc_id = _archive_and_store(store, archive, raw, "https://geotrace.example/orlen-craters", "html", HTML_PAGE, body,
                                    "Monitors count craters near Orlen", "GeoTrace Review", "text/html",
                                    captured_at="2026-03-04T12:00:00+00:00")
        spans = {"body": [{"start": HTML_PAGE.index("Analysts"), "end": HTML_PAGE.index("beside the clinic.") + 18, "locator": "html"},
                          {"start": HTML_PAGE.index("\"The pattern"), "end": HTML_PAGE.index("the analysis.") + 13, "locator": "html"}]}
        article = {"headline": "Monitors count craters near Orlen", "author": None, "published": "2026-03-04", "section": None,
                   "outlet": "GeoTrace Review", "language": "en", "body": body,
                   "captions": [{"text": "Craters beside the clinic, March 3.", "credit": "GeoTrace"}]}
        claims = _claims_for(body, [
            dict(speaker="GeoTrace", speaker_text="Analysts at GeoTrace", cue="said", kind="indirect", stance="asserts",
                 content="the imagery showed two craters beside the clinic", evidence=["satellite"], evidence_text="the imagery"),
            dict(speaker="Tomas Reyl", speaker_text="Tomas Reyl", cue="said", kind="direct", stance="asserts",
                 content="The pattern is consistent with a double strike", evidence=[]),
        ])
        store.save_analysis(doc_id, article, spans, _entities_for(body, [("Tomas Reyl", "PERSON", ["Tomas Reyl"]),
                                                                        ("GeoTrace", "ORG", ["GeoTrace"])]), claims, _now(), "0.1.0")
    return settings


# ---------------------------------------------------------------------------------------------
# the hostile corpus


def run_cli(home: Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    env = {**os.environ, "CLAIMGRAPH_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "claimgraph", *args], capture_output=True, timeout=timeout, env=env)


def _hostile_analysis(store: Store, doc) -> None:
    body = doc.body
    # Claims over the stretches of text that carry payloads (quotes included, as a page writes them).
    specs = []
    for marker in ("<", "javascript:", '"'):
        at = body.find(marker)
        while at >= 0 and len(specs) < 6:
            start = max(0, at - 20)
            end = min(len(body), at + 60)
            if not any(s["start"] < end and start < s["end"] for s in specs):
                specs.append({"start": start, "end": end})
            at = body.find(marker, at + 1)
    claims = []
    for i, s in enumerate(sorted(specs, key=lambda s: s["start"])):
        content = body[s["start"]:s["end"]]
        claims.append({
            "speaker": SPEAKER_PAYLOAD if i % 2 == 0 else ENTITY_PAYLOAD, "speaker_text": SPEAKER_PAYLOAD,
            "cue": "said<script>window.__xss=47</script>", "kind": KIND_PAYLOAD if i == 0 else "direct",
            "content": content, "start": s["start"], "end": s["end"],
            "stance": "denies\"><script>window.__xss=48</script>" if i == 1 else "asserts",
            "evidence": [EVIDENCE_PAYLOAD, "video"],
            "evidence_spans": [{"label": EVIDENCE_PAYLOAD, "text": content[:10], "start": s["start"], "end": s["start"] + 10}],
            "speaker_start": s["start"], "speaker_end": s["start"] + 5,
        })
    entities = [{"name": ENTITY_PAYLOAD, "type": "ORG", "mentions": [{"text": body[:8], "start": 0, "end": min(8, len(body))}]},
                {"name": SPEAKER_PAYLOAD, "type": "PERSON\"><script>window.__xss=49</script>",
                 "mentions": [{"text": body[10:20], "start": 10, "end": min(20, len(body))}]}]
    article = {"headline": doc.title or SPEAKER_PAYLOAD, "author": "<svg onload=window.__xss=50>", "published": "2026-03-0<script>",
               "section": "<b onmouseover=window.__xss=51>World</b>", "outlet": (doc.outlet or "") + OUTLET_PAYLOAD,
               "language": "en\"><script>window.__xss=52</script>", "body": body,
               "captions": [{"text": CAPTION_PAYLOAD, "credit": "Photo: <script>window.__xss=53</script>"}]}
    spans = {"body": [{"start": 0, "end": min(len(doc.source_text), len(body)), "locator": None}]}
    headline_claims = [{"speaker": SPEAKER_PAYLOAD, "speaker_text": SPEAKER_PAYLOAD, "cue": "says<script>window.__xss=55</script>",
                        "kind": KIND_PAYLOAD, "content": CAPTION_PAYLOAD, "start": 0, "end": 5, "in_headline": True}]
    store.save_analysis(doc.id, article, spans, entities, claims, _now(), "0.1.0\"><script>window.__xss=54</script>",
                        headline_claims)


def build_hostile_extracted(home: Path) -> Settings:
    """Ingest the XSS pages with the real CLI, real article extraction and attribution included."""
    done = run_cli(home, "ingest", str(PAGES))
    assert done.returncode == 0, done.stdout.decode() + done.stderr.decode()
    return Settings.resolve(home)


def hostile_named_copy(home: Path) -> Path:
    """A page under a hostile file name (the capture's origin is shown in the UI)."""
    where = home.parent / "hostile-names"
    where.mkdir(parents=True, exist_ok=True)
    text = (PAGES / "hostile-wire.txt").read_text(encoding="utf-8").replace("Hostile Wire", "Renamed Wire")
    (where / '"><svg onload=window.__xss=60>.txt').write_text(text, encoding="utf-8")
    return where


def build_hostile(home: Path) -> Settings:
    """Ingest the XSS pages with the real CLI, then give every document a hostile analysis."""
    done = run_cli(home, "ingest", "--no-extract", str(PAGES), str(hostile_named_copy(home)))
    assert done.returncode == 0, done.stdout.decode() + done.stderr.decode()
    settings = Settings.resolve(home)
    with Store(settings.db_path) as store:
        for doc in list(store.documents()):
            _hostile_analysis(store, doc)
    return settings
