"""The extract_article entry point: dispatch, the JSON shape, Telegram messages, the demo corpus."""

from __future__ import annotations

import json

import pytest

from claimgraph.extract.article import extract_article
from claimgraph.extract.article_types import Article, Caption, FieldSpan
from claimgraph.extract.language import guess_language
from conftest import CORPUS, REPO

MESSAGE = (
    "⚡️ Convoy stopped at the Brenmark checkpoint.\u200b\n"
    "Twelve trucks are waiting, drivers say.\n"
    "\n"
    "\x07More updates soon. #Brenmark"
)


def test_to_json_has_exactly_the_published_fields():
    article = Article(headline="H", author="A, B", published="2026-03-17", section="S", outlet="O",
                      reprinted_from="W", language="en", body="p1\n\np2", paragraphs=["p1", "p2"],
                      captions=[Caption("c", "credit")], spans={"body": [FieldSpan(0, 2)]})
    assert article.to_json() == {
        "headline": "H", "author": "A, B", "published": "2026-03-17", "section": "S", "outlet": "O",
        "reprinted_from": "W", "language": "en", "body": "p1\n\np2", "captions": [{"text": "c", "credit": "credit"}],
    }
    json.dumps(article.to_json())  # serialisable as it is


def test_telegram_message_is_taken_as_it_is():
    metadata = {"channel": "Northern Bulletin", "message_id": 7, "date": "2026-03-17T08:15:00",
                "forwarded_from": None}
    article = extract_article(MESSAGE, "telegram", metadata=metadata)
    assert article.author == "Northern Bulletin"
    assert article.published == "2026-03-17"
    assert article.headline is None
    assert article.paragraphs == [
        "⚡️ Convoy stopped at the Brenmark checkpoint.\nTwelve trucks are waiting, drivers say.",
        "More updates soon. #Brenmark",
    ]
    # Spans cover each paragraph in the message text (zero-width and control chars only dropped).
    starts = [MESSAGE[s.start : s.end] for s in article.spans["body"]]
    assert starts[0].startswith("⚡️ Convoy") and starts[1].endswith("#Brenmark")


def test_telegram_without_metadata_or_with_a_bad_date():
    article = extract_article("Short post.", "telegram", metadata={"date": "not a date"})
    assert article.body == "Short post." and article.author is None and article.published is None


@pytest.mark.parametrize("kind", ["html", "text", "telegram", "pdf"])
@pytest.mark.parametrize("text", ["", None, "\x00" * 10])
def test_nothing_to_extract_gives_an_empty_article(kind, text):
    article = extract_article(text, kind)
    assert isinstance(article, Article)
    assert article.body == "" and article.paragraphs == [] and article.headline is None


def test_unknown_kind_gives_an_empty_article():
    assert extract_article("Some text here.", "pdf") == Article()


@pytest.mark.parametrize("text, code", [
    ("The convoy reached the town on Tuesday and the agency said that it was safe for the drivers.", "en"),
    ("Der Konvoi hat die Stadt am Dienstag erreicht, und die Organisation sagte, dass es nicht sicher ist.", "de"),
    ("Колонна добралась до города во вторник, и организация заявила, что это было не так просто.", "ru"),
    ("Колона дісталася міста у вівторок, і організація заявила, що це було не так просто для водіїв.", "uk"),
    ("车队周二抵达该镇，救援机构表示司机们是安全的。", "zh"),
    # a Russian sentence naming a Ukrainian body keeps its language: letters are counted, not spotted
    ("Глава «Укрзалізниці» заявил, что поезда пойдут по графику и ничего не изменится.", "ru"),
    ("Мост через реку открыли в пятницу утром.", "ru"),        # short: the letters still decide
    ("Міст через річку відкрили у пʼятницю вранці.", "uk"),
    ("Home Menu Login", None),
])
def test_guess_language(text, code):
    assert guess_language(text) == code


def _corpus_documents():
    from claimgraph.settings import Settings
    from claimgraph.sources import SourceDocument, open_input, walk_inputs

    found = {}
    for inp in walk_inputs([CORPUS]):
        if not hasattr(inp, "path"):
            continue
        relative = inp.path.relative_to(CORPUS).as_posix()
        for doc in open_input(inp, Settings()).documents:
            if isinstance(doc, SourceDocument):
                locator = doc.metadata.get("target_uri") or doc.metadata.get("message_id") or ""
                found[f"{relative}|{locator}"] = doc
    return found


def test_demo_corpus_headlines_and_authors_match_the_gold():
    gold_dir = REPO / "examples" / "gold"
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json"))] if gold_dir.is_dir() else []
    golds = [g for g in golds if isinstance(g, dict) and isinstance(g.get("source"), dict)]
    if not golds:
        pytest.skip("demo corpus gold not present")
    documents = _corpus_documents()
    checked = 0
    for gold in golds:
        source = gold["source"]
        doc = documents.get(f"{source['path']}|{source.get('target_uri') or source.get('message_id') or ''}")
        assert doc is not None, source
        article = extract_article(doc.text, doc.kind, metadata=doc.metadata)
        assert article.author == gold["author"], gold["id"]
        if doc.kind != "telegram":
            assert article.headline == gold["headline"], gold["id"]
        checked += 1
    assert checked == len(golds)
