"""HTML article extraction on pages we wrote: body, metadata, captions, spans, hostile markup."""

from __future__ import annotations

import json

import pytest

from claimgraph.extract.article import extract_article
from claimgraph.extract.article_types import UNLOCATED
from claimgraph.extract.locate import SourceLocator

PARAGRAPHS = [
    "A convoy of twelve trucks reached the town of Brenmark on Tuesday evening, three days after "
    "leaving the regional capital, the relief agency that organised it said in a statement.",
    "“We were stopped at four checkpoints and searched at every one,” said Ilse Varnholm, who led "
    "the convoy. “Nobody told us why, and nobody apologised for the delay.”",
    "The agency said the route through the hills had been cleared of mines only the week before, "
    "and that two of its drivers had refused to make the journey after hearing shelling nearby.",
    "A spokesman for the regional governor said the delays were caused by heavy rain, not by the "
    "checkpoints, and denied that any of the trucks had been searched by soldiers on the way.",
    "The agency plans a second convoy next week if the road through the hills stays open, and "
    "says it has asked both sides for written guarantees of safe passage for its drivers.",
]
HEADLINE = "Convoy reaches besieged Brenmark after three days on the road"


def page(*, json_ld: bool = True, lang: str = "en") -> str:
    meta = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": HEADLINE,
        "datePublished": "2026-03-17T09:30:00Z",
        "author": [{"@type": "Person", "name": "Marta Quill"}, {"@type": "Person", "name": "Jonas Ellery"}],
        "publisher": {"@type": "Organization", "name": "Regional Courier"},
    }
    ld = f'<script type="application/ld+json">{json.dumps(meta)}</script>' if json_ld else ""
    paragraphs = [f"<p>{p.replace('“', '&ldquo;').replace('”', '&rdquo;')}</p>" for p in PARAGRAPHS]
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<title>{HEADLINE} | Regional Courier</title>
<meta property="og:title" content="{HEADLINE} | Regional Courier">
<meta property="og:site_name" content="Regional Courier">
<meta property="article:section" content="Regions">
{ld}
<script>var headline = "A convoy of twelve trucks reached the town";</script>
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/regions">Regions</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
<main><article>
<h1>{HEADLINE}</h1>
<p class="byline">By <a rel="author" href="/marta">Marta Quill</a></p>
{paragraphs[0]}
<figure><img src="convoy.jpg" alt="Trucks at a checkpoint">
<figcaption>Trucks of the convoy wait at a checkpoint. <span class="credit">Photo: Relief Agency</span></figcaption>
</figure>
{"".join(paragraphs[1:3])}
<div class="ad">Advertisement</div>
{"".join(paragraphs[3:])}
</article>
<aside class="related"><h2>Related stories</h2><ul>
<li><a href="/a">Floods cut power to three villages</a></li>
<li><a href="/b">Bridge reopens after two-year repair</a></li></ul></aside>
</main>
<footer><p>Subscribe to our newsletter</p><p>&copy; 2026 Regional Courier. All rights reserved.</p></footer>
</body></html>"""


@pytest.fixture(scope="module")
def article():
    return extract_article(page(), "html")


def test_body_is_the_article_paragraphs(article):
    assert article.paragraphs == PARAGRAPHS
    assert article.body == "\n\n".join(PARAGRAPHS)
    for junk in ("Home", "Advertisement", "Floods cut power", "newsletter", "All rights reserved",
                 "Trucks of the convoy", HEADLINE):
        assert junk not in article.body, junk


def test_metadata_from_json_ld_and_page(article):
    assert article.headline == HEADLINE  # the <h1>, not the "| Regional Courier" title
    assert article.author == "Marta Quill, Jonas Ellery"
    assert article.published == "2026-03-17"
    assert article.section == "Regions"
    assert article.outlet == "Regional Courier"
    assert article.language == "en"


def test_caption_and_credit_from_figure(article):
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Trucks of the convoy wait at a checkpoint.", "Photo: Relief Agency")
    ]


def test_spans_point_at_the_visible_text_in_the_source(article):
    html = page()
    spans = article.spans["body"]
    assert len(spans) == len(PARAGRAPHS)
    for span, paragraph in zip(spans, PARAGRAPHS):
        assert span.locator == "html"
        snippet = html[span.start : span.end]
        # The source holds the paragraph with its entities; it starts and ends where it does.
        assert snippet.startswith(paragraph[:20].replace("“", "&ldquo;")), snippet
        assert snippet.endswith(paragraph[-15:].replace("”", "&rdquo;"))
    assert [s.start for s in spans] == sorted(s.start for s in spans)
    (headline,) = article.spans["headline"]
    assert html[headline.start : headline.end] == HEADLINE
    assert html[:headline.start].rstrip().endswith("<h1>")  # the <h1>, not <title> or a meta tag
    caption = article.spans["caption"][0]
    assert html[caption.start : caption.end] == "Trucks of the convoy wait at a checkpoint."


def test_locator_skips_scripts_and_attributes_and_falls_back_to_them():
    html = ('<head><script>var s = "alpha beta gamma";</script><meta content="only in meta here"></head>'
            '<body><p>alpha <b>beta</b>&nbsp;gamma</p></body>')
    locator = SourceLocator(html)
    span = locator.find("alpha beta gamma")
    assert html[span.start : span.end] == "alpha <b>beta</b>&nbsp;gamma"
    meta = locator.find("only in meta here")
    assert meta.locator == "html-attribute" and html[meta.start : meta.end] == "only in meta here"
    assert locator.find("not on the page at all") is None


def test_page_without_json_ld_uses_the_visible_byline_and_other_languages_are_labelled():
    article = extract_article(page(json_ld=False, lang="de-DE"), "html")
    assert article.author == "Marta Quill"
    assert article.headline == HEADLINE
    assert article.language == "de"
    assert article.paragraphs == PARAGRAPHS


def test_caption_credit_written_inside_the_caption_text():
    html = ("<html><body><article><h1>Title of the piece here</h1>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
            + "<figure><img src=x.jpg><figcaption>Smoke over the depot. Image Credit: Army Press Office."
            "</figcaption></figure></article></body></html>")
    article = extract_article(html, "html")
    assert [(c.text, c.credit) for c in article.captions] == [("Smoke over the depot.", "Army Press Office.")]


HOSTILE = {
    "empty": "",
    "nested divs": "<div>" * 100_000 + "deep text" + "</div>" * 100_000,
    "nested spans with text": ("<span>x " * 100_000) + "</span>" * 10,
    "unclosed script": "<html><body><p>start</p>" + "<script>" * 20_000 + "tail",
    "unclosed comment": "<p>visible</p>" + "<!--" * 50_000,
    "stray angle brackets": "<p>" + "a < b " * 100_000 + "</p>",
    "huge attribute": '<p title="' + "x" * 2_000_000 + '">text</p>',
    "binary junk": "\x00\x01\xff\ufffd<html>\x00" * 10_000,
    "not html": "just some text without any markup at all " * 1000,
    "broken json-ld": '<script type="application/ld+json">{"headline": [[[[</script><p>body</p>',
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_markup_never_raises(name):
    hostile = HOSTILE[name]
    article = extract_article(hostile, "html")
    assert isinstance(article.body, str)
    for spans in article.spans.values():
        for span in spans:
            assert 0 <= span.start <= span.end <= len(hostile)


def test_caption_without_credit_keeps_the_span_lists_aligned():
    html = ("<html><body><article><h1>Title of the piece here</h1>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
            + "<figure><img src=x.jpg><figcaption>Smoke over the depot at dawn.</figcaption></figure>"
            "<figure><img src=y.jpg><figcaption>The depot gate. <span class='credit'>Photo: Army</span>"
            "</figcaption></figure></article></body></html>")
    article = extract_article(html, "html")
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Smoke over the depot at dawn.", None), ("The depot gate.", "Photo: Army")]
    captions, credits = article.spans["caption"], article.spans["credit"]
    assert len(captions) == len(credits) == 2
    assert html[captions[0].start : captions[0].end] == "Smoke over the depot at dawn."
    assert credits[0].locator == UNLOCATED and credits[0].start == credits[0].end
    assert html[credits[1].start : credits[1].end] == "Photo: Army"
    assert len(article.spans["body"]) == len(article.paragraphs)
