"""Bounded on long and hostile pages (issue #15, item 7): linking a document with thousands of
claims relates a bounded number of pairs, not every pair; the legal index of a long report is what
indexing its parts gives; an analysis killed part-way is recorded, skipped by later ingests and
retried only by ``reanalyse``. All on pages generated from sentences we write (hostile_pages.py)."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimgraph.ingest import Ingestor, analyse_pending
from claimgraph.link import link_document
from claimgraph.link.legal import context_held, index_document, scan
from claimgraph.link.plain import add_document
from claimgraph.link.relations import (PAIR_BUDGET, PARTNERS_MIN, blocked_pairs, candidate_pairs, claim_features,
                                       relate, relation_keys)
from claimgraph.settings import Settings
from claimgraph.store import Store
from hostile_pages import plain_report, quotes, quotes_page


def _feature(c):
    return claim_features(c["content"], c.get("stance"))


def _page_of_quotes(n: int, extra: list[tuple[str, str]] = ()) -> tuple[str, list[dict]]:
    """A body of ``n`` attributed quotes (plus ``extra``, spread through it) and its claims, with offsets."""
    lines = quotes(n)
    for k, item in enumerate(extra):
        lines.insert((k + 1) * n // (len(extra) + 1), item)
    body, claims = "", []
    for i, (quote, who) in enumerate(lines):
        sentence = f"“{quote}” said {who}.\n"
        start = len(body) + 1
        claims.append({"speaker": who.split(",")[0], "speaker_text": who.split(",")[0], "cue": "said", "kind": "direct",
                       "content": quote, "start": start, "end": start + len(quote), "evidence": [], "stance": None})
        body += sentence
    return body, claims


def test_a_page_of_thousands_of_quotes_is_linked_without_relating_every_pair(store):
    n = 3000
    # two accounts of one strike that contradict each other, far apart in the page
    extra = [("The grain silo at Vellmar was struck at dawn and 14 people were killed there.", "Ilse Marrow, a farmer"),
             ("The grain silo at Vellmar was struck at dawn and 31 people were killed there.", "Joris Tenk, a driver")]
    body, claims = _page_of_quotes(n, extra)
    doc = add_document(store, body, entities=[], claims=claims, headline="Voices from the river towns",
                       outlet="Test Wire", published="2026-03-14")
    res = link_document(store, doc)
    all_pairs = len(claims) * (len(claims) - 1) // 2
    assert res.pairs <= max(PAIR_BUDGET, PARTNERS_MIN * len(claims))
    assert res.pairs * 20 < all_pairs   # 4.5 million pairs would be examined one by one
    # blocking keeps what the two claims share that few others do: their contradiction is found
    found = store.conn.execute(
        "SELECT r.type, r.reason FROM link_claim_relations r JOIN claims a ON a.id = r.claim_a JOIN claims b ON b.id = r.claim_b"
        " WHERE a.content LIKE '%Vellmar%' AND b.content LIKE '%Vellmar%'").fetchall()
    assert [tuple(r) for r in found] == [("contradicts", "casualty figure 14 vs 31")]


def test_a_short_document_still_relates_every_pair(store):
    lines = ["The depot at Orvik was hit by two missiles.", "Nobody was hurt when the depot at Orvik was hit.",
             "The school in Dalby reopened on Monday.", "Twelve people were killed at the market in Tarn."]
    body, claims = "", []
    for i, line in enumerate(lines):
        claims.append({"speaker": f"Speaker {i}", "speaker_text": f"Speaker {i}", "cue": "said", "kind": "direct",
                       "content": line, "start": len(body), "end": len(body) + len(line), "evidence": [], "stance": None})
        body += line + " "
    doc = add_document(store, body, entities=[], claims=claims, outlet="Test Wire", published="2026-03-14")
    # alone in its event: each of its 4 claims with each other that shares a key with it (the two
    # about the depot at Orvik); a pair sharing none could not relate (see the blocking test below)
    keys = [relation_keys(claim_features(line)) for line in lines]
    sharing = sum(1 for i in range(4) for j in range(i + 1, 4) if keys[i] & keys[j])
    assert 1 <= sharing < 6
    assert link_document(store, doc).pairs == sharing


def test_blocking_without_a_cap_gives_exactly_the_pairs_that_share_a_key():
    """Every relation needs a shared key, so blocking on keys loses nothing until the cap."""
    body, claims = _page_of_quotes(120)
    for i, c in enumerate(claims):
        c["id"] = i
    mine, others = claims[:70], claims[70:]
    got = [(a["id"], b["id"]) for a, b in blocked_pairs(mine, others, _feature, per_claim=10 ** 6)]
    exhaustive = [(a, b) for a in mine for b in others] + [(a, b) for i, a in enumerate(mine) for b in mine[i + 1:]]
    sharing = [(a["id"], b["id"]) for a, b in exhaustive if relation_keys(_feature(a)) & relation_keys(_feature(b))]
    assert got == sharing and len(sharing) < len(exhaustive)
    # and no pair left out has a relation
    left_out = set(map(tuple, [(a["id"], b["id"]) for a, b in exhaustive])) - set(got)
    byid = {c["id"]: c for c in claims}
    assert all(relate(byid[a]["content"], byid[b]["content"], _feature(byid[a]), _feature(byid[b])) is None for a, b in left_out)


def test_blocked_pairs_are_at_most_the_cap_per_claim():
    body, claims = _page_of_quotes(600)
    for i, c in enumerate(claims):
        c["id"] = i
    pairs = candidate_pairs(claims, [], _feature, budget=6000)
    assert len(pairs) <= 600 * max(PARTNERS_MIN, 6000 // 600)
    assert len({(a["id"], b["id"]) for a, b in pairs}) == len(pairs)   # each pair once
    assert candidate_pairs(claims[:50], [], _feature, budget=6000) == [
        (a, b) for i, a in enumerate(claims[:50]) for b in claims[i + 1:50]
        if relation_keys(_feature(a)) & relation_keys(_feature(b))]   # under the budget: every pair that could relate


REPORT = ("The commission visited Tarn in March. Witnesses described prisoners being tortured in the basement of a school. "
          "Children from Orvik were deported to camps far from the front line. The report notes a deliberate attack on a "
          "hospital in Dalby. The market was rebuilt with money from the regional fund.\n")


def test_the_legal_index_of_normal_text_is_unchanged():
    body = REPORT + "“They intend to destroy our people as such,” the mayor said of the deportations.\n"
    quote = "They intend to destroy our people as such,"
    start = body.index(quote)
    claims = [{"id": 7, "start": start, "end": start + len(quote), "content": quote, "speaker": "the mayor"}]
    rows = index_document(1, body, claims, "Test Wire")
    got = {(r["claim_id"], r["framework"], r["provision"], r["trigger"], r["polarity"]) for r in rows}
    assert ("Rome Statute" in {r[1] for r in got}) and all(r[4] == "alleges" for r in got)
    # the outlet's own sentences are indexed in its voice, the quote under its speaker
    assert {r["speaker"] for r in rows if r["claim_id"] is None} == {"Test Wire"}
    assert all(body[r["start"]:r["end"]] == r["trigger"] for r in rows)
    # the whole document's context found once is the context searched for each sentence
    context = body.replace("“", '"').replace("”", '"')
    for sentence in body.split(". "):
        assert scan(sentence, context_held(context)) == scan(sentence, context)


def test_the_legal_index_of_a_long_report_is_that_of_its_paragraphs():
    report = plain_report(200_000)
    rows = index_document(1, report, [], "Test Wire")
    expected, offset = [], 0
    for paragraph in report.split("\n"):
        for r in index_document(1, paragraph, [], "Test Wire"):
            expected.append({**r, "start": r["start"] + offset, "end": r["end"] + offset})
        offset += len(paragraph) + 1
    assert rows == expected and len(rows) > 1000


# --------------------------------------------------------------------- killed analyses
def _db(home: Path) -> Path:
    return home / "claimgraph.sqlite3"


def _attempt_stage(home: Path) -> str | None:
    if not _db(home).exists():
        return None
    try:
        conn = sqlite3.connect(f"file:{_db(home)}?mode=ro", uri=True, timeout=5)
        try:
            row = conn.execute("SELECT stage FROM analysis_attempts").fetchone()
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return None   # not created yet
    return row[0] if row else None


@pytest.mark.slow
def test_an_ingest_killed_mid_analysis_is_skipped_by_the_next_ingest_and_retried_by_reanalyse(cli, home, tmp_path):
    page = tmp_path / "voices.html"
    page.write_text(quotes_page(20_000), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "claimgraph", "--home", str(home), "ingest", str(page)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 300   # a guard against a hang, not a timing assertion
    while _attempt_stage(home) != "extracting":
        assert proc.poll() is None, "the ingest finished before it could be killed mid-analysis"
        assert time.monotonic() < deadline
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.communicate()
    assert proc.returncode == -signal.SIGKILL

    other = tmp_path / "other.txt"
    other.write_text("Road closed in Dalby\n\nThe council said the northern bridge would reopen by spring.\n", encoding="utf-8")
    r = cli("ingest", str(other))
    assert r.returncode == 0, r.stderr.decode()
    out = r.stdout.decode()
    assert "articles and claims extracted: 1 document(s)" in out   # the new one only
    assert "analysis failed, skipped: 1 document(s) (1)" in out
    again = cli("ingest", str(other))   # and again: still skipped, not retried
    assert "articles and claims extracted" not in again.stdout.decode()
    assert "analysis failed, skipped: 1 document(s) (1)" in again.stdout.decode()

    listed = [json.loads(line) for line in cli("ls", "--json").stdout.decode().splitlines()]
    assert [d["id"] for d in listed if "analysis_failed" in d] == [1]
    assert "never finished" in listed[0]["analysis_failed"]["reason"]
    assert "[analysis failed]" in cli("ls").stdout.decode().splitlines()[0]
    shown = cli("show", "1").stdout.decode()
    assert "analysis: FAILED" in shown and "claimgraph reanalyse 1" in shown
    assert "article" not in json.loads(cli("show", "1", "--json").stdout)

    r = cli("reanalyse", "1")
    assert r.returncode == 0, r.stderr.decode()
    shown = json.loads(cli("show", "1", "--json").stdout)
    assert "analysis_failed" not in shown and len(shown["claims"]) > 30
    assert "analysis failed" not in cli("ingest", str(other)).stdout.decode()


def test_a_document_whose_linking_never_finished_is_failed_skipped_and_retried_by_reanalyse(tmp_path):
    """The state a kill during linking leaves (recorded through the real store), then the next runs."""
    body, claims = _page_of_quotes(5)
    path = tmp_path / "claimgraph.sqlite3"
    with Store(path) as store:
        doc = add_document(store, body, entities=[], claims=claims, outlet="Test Wire", published="2026-03-14")
        store.begin_linking(doc, "2026-03-14T10:00:00Z")   # ... and the process was killed here
    with Store(path) as store:
        assert analyse_pending(store) == 0
        assert list(store.failed_analyses()) == [doc]
        assert store.conn.execute("SELECT count(*) FROM link_documents").fetchone()[0] == 0   # not linked again
        assert analyse_pending(store) == 0 and list(store.failed_analyses()) == [doc]
        assert analyse_pending(store, documents=[doc]) == 1   # reanalyse
        assert store.failed_analyses() == {}
        assert store.conn.execute("SELECT count(*) FROM link_documents").fetchone()[0] == 1


def test_documents_extracted_in_a_killed_batch_are_analysed_again_each_alone(tmp_path):
    """A kill during a batch blames none of its documents; the next run analyses each alone."""
    for i, text in enumerate(["The ferry to Orvik was cancelled on Monday.\n", "The bridge at Tarn reopened.\n"]):
        (tmp_path / f"in{i}.txt").write_text(text, encoding="utf-8")
    ingestor = Ingestor(Settings.resolve(tmp_path / "home"))
    try:
        assert ingestor.run([str(tmp_path / "in0.txt"), str(tmp_path / "in1.txt")]).added == 2   # stored, not analysed
        store = ingestor.store
        ids = store.unanalysed()
        store.begin_extraction(ids, "2026-03-14T10:00:00Z")   # ... and the process was killed here
        assert store.settle_attempts() == ids   # suspects, not failures
        store.begin_extraction(ids, "2026-03-14T10:00:00Z")
        assert analyse_pending(store) == 2
        assert store.failed_analyses() == {}
        assert store.conn.execute("SELECT count(*) FROM analysis_attempts").fetchone()[0] == 0
    finally:
        ingestor.close()


def test_a_name_is_found_in_the_index_of_words_where_a_scan_of_the_text_finds_it():
    import re

    from claimgraph.link.origins import WholeWords

    body = ("Anna K. Varga said the bridge was hit. Annabel Varga disagreed; Anna K. Vargas did not. "
            "“Anna K. Varga”, wrote O'Brien, and O’Brien-Holm agreed with Ilse_Marrow and Ilse. "
            "Zoë Falk met Zoë Falk-Arden. aa aa aa. Anna K. Varga")
    where = WholeWords(body)
    for text in ["Anna K. Varga", "Anna", "Varga", "O'Brien", "O’Brien-Holm", "Ilse", "Zoë Falk", "aa aa", "Anna K.",
                 "“Anna", "K.", "Nobody"]:
        scanned = [(m.start(), m.end()) for m in re.finditer(r"(?<!\w)" + re.escape(text) + r"(?!\w)", body)]
        assert list(where.find(text)) == scanned, text


def test_claims_that_differ_only_on_who_did_it_share_a_key():
    # no content word in common, only the slot "who did it": still a candidate pair
    a = "the two crewmen were shot on the ground by Kesmarian special forces after refusing to surrender"
    b = "Dravania of genocide"
    fa, fb = claim_features(a), claim_features(b, None, "accused", None)
    assert relate(a, b, fa, fb) is not None
    assert relation_keys(fa) & relation_keys(fb) == {"slot:agent"}
    claims = [{"id": 1, "content": a}, {"id": 2, "content": b}]
    feats = {1: fa, 2: fb}
    assert [(x["id"], y["id"]) for x, y in candidate_pairs(claims[:1], claims[1:], lambda c: feats[c["id"]])] == [(1, 2)]
