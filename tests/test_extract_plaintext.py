"""The plain-text boilerplate cleaner, on pages we wrote ourselves (and on the seed when present)."""

from __future__ import annotations

import json

import pytest

from claimgraph.extract.article import extract_article
from claimgraph.extract.dates import find_date
from claimgraph.extract.plaintext import extract_plaintext, split_caption
from conftest import needs_shared

HEADLINE = "Convoy Reaches Besieged Town After Three Days on the Road"
STANDFIRST = "Aid workers say the trucks carried food, water and medicine for about 4,000 people."
PARAGRAPHS = [
    "A convoy of twelve trucks reached the town of Brenmark on Tuesday evening, three days after "
    "leaving the regional capital, the relief agency that organised it said.",
    "“We were stopped at four checkpoints and searched at every one,” said Ilse Varnholm, who led "
    "the convoy. “Nobody told us why, and nobody apologised.”",
    "Road Through the Hills",
    "The agency said the route through the hills had been cleared of mines only the week before, "
    "and that two of its drivers had refused to make the journey.",
    "A spokesman for the regional governor said the delays were caused by heavy rain, not by the "
    "checkpoints, and denied that any trucks had been searched.",
    "The agency plans a second convoy next week if the road stays open.",
]
BIO = (
    "Marta Quill is a reporter based in Ostrava who covers humanitarian aid. She has written for "
    "several regional newspapers and radio stations."
)
CAPTION_ALT = "Trucks of the relief convoy waiting at the last checkpoint before town. Image Credit: Relief Agency."
CAPTION = "Trucks waiting at a checkpoint. Image Credit: Relief Agency."
RELATED = [
    "Floods Cut Power to Three Villages",
    "Bridge Reopens After Two-Year Repair",
    "Why the Harvest Failed This Autumn",
]


def page() -> str:
    """A flattened news page with every boilerplate kind the cleaner must drop."""
    blocks = [
        "Connect with us",
        "Hi, what are you looking for?",
        "Home\nWorld\nRegions\nOpinion\nPodcasts",
        "Regional News: Aid, Weather and Infrastructure",
        HEADLINE,
        STANDFIRST,
        CAPTION_ALT + "\n" + CAPTION,
        PARAGRAPHS[0],
        PARAGRAPHS[1],
        "Advertisement",
        *PARAGRAPHS[2:],
        BIO,
        "From the Archive",
        *RELATED,
        "Written By",
        BIO,
        "Subscribe to our newsletter",
        "We use cookies to improve your experience. Accept all cookies",
        "This site uses cookies to personalise content and adverts and to analyse our traffic. "
        "By continuing to browse it you agree to our use of them.",
        "Read more",
        "Advertisement",
        "© 2026 Regional Courier. All rights reserved.",
    ]
    return "\n\n".join(blocks) + "\n"


BOILERPLATE = [
    "Connect with us", "Hi, what are you looking for?", "Podcasts", "Regional News", "Image Credit",
    "Relief Agency", "Advertisement", "is a reporter based in", "From the Archive", *RELATED,
    "Written By", "newsletter", "cookies", "Read more", "All rights reserved",
]


@pytest.fixture(scope="module")
def article():
    return extract_article(page(), "text")


def test_body_is_the_article_paragraphs_only(article):
    assert article.paragraphs == PARAGRAPHS
    assert article.body == "\n\n".join(PARAGRAPHS)
    for junk in BOILERPLATE:
        assert junk not in article.body, junk


def test_headline_section_author_and_language(article):
    assert article.headline == HEADLINE
    assert article.section == "Regional News: Aid, Weather and Infrastructure"
    assert article.author == "Marta Quill"  # from the bio, which itself is dropped
    assert article.language == "en"


def test_caption_printed_twice_is_kept_once_and_split_from_its_credit(article):
    assert [(c.text, c.credit) for c in article.captions] == [("Trucks waiting at a checkpoint.", "Relief Agency.")]


def test_every_span_points_at_its_text_in_the_source(article):
    text = page()
    assert [text[s.start : s.end] for s in article.spans["body"]] == PARAGRAPHS
    (headline,) = article.spans["headline"]
    assert text[headline.start : headline.end] == HEADLINE
    (author,) = article.spans["author"]
    assert text[author.start : author.end] == "Marta Quill"
    (caption,) = article.spans["caption"]
    assert text[caption.start : caption.end] == "Trucks waiting at a checkpoint."
    (credit,) = article.spans["credit"]
    assert text[credit.start : credit.end] == "Relief Agency."


def test_byline_gives_the_author_and_stays_out_of_the_body():
    text = "\n\n".join([HEADLINE, "By Jonas Ellery | 3 March 2026", *PARAGRAPHS])
    article = extract_article(text, "text")
    assert article.author == "Jonas Ellery"
    assert article.headline == HEADLINE
    assert article.published == "2026-03-03"
    (published,) = article.spans["published"]
    assert text[published.start : published.end] == "3 March 2026"
    assert "Jonas Ellery" not in article.body
    (span,) = article.spans["author"]
    assert text[span.start : span.end] == "Jonas Ellery"


def test_a_link_list_inside_the_article_is_dropped():
    links = ["More on this story", "Convoy leaves capital", "Checkpoints multiply", "Rain closes roads", "Governor visits"]
    # Between two paragraphs, as "more on this story" boxes are inserted.
    text = "\n\n".join([HEADLINE, *PARAGRAPHS[:4], *links, *PARAGRAPHS[4:]])
    article = extract_article(text, "text")
    for link in links:
        assert link not in article.body
    assert article.paragraphs == PARAGRAPHS


def test_standfirst_repeated_in_the_first_paragraph_is_not_body():
    lead = "Nine villages lost power on Sunday after floods cut the main line."
    first = "Power Cut in the Valley – " + lead + " Engineers expect repairs to take a week."
    text = "\n\n".join([HEADLINE, lead, first, *PARAGRAPHS[1:]])
    article = extract_article(text, "text")
    assert article.paragraphs[0] == first
    assert article.body.count(lead) == 1


def test_hard_wrapped_paragraphs_are_joined():
    text = HEADLINE + "\n\n" + "\n\n".join(_wrap(p) for p in PARAGRAPHS)
    article = extract_article(text, "text")
    assert article.paragraphs == PARAGRAPHS
    for span, paragraph in zip(article.spans["body"], PARAGRAPHS):
        assert " ".join(text[span.start : span.end].split()) == paragraph


def _wrap(paragraph: str, width: int = 60) -> str:
    lines, line = [], ""
    for word in paragraph.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n".join(lines)


GERMAN = [
    "Ein Konvoi mit zwölf Lastwagen hat am Dienstagabend die Stadt Brenmark erreicht, drei Tage "
    "nachdem er die Hauptstadt der Region verlassen hatte, wie die Hilfsorganisation mitteilte.",
    "„Wir wurden an vier Kontrollpunkten angehalten und jedes Mal durchsucht“, sagte die Leiterin des "
    "Konvois. Niemand habe ihnen den Grund genannt.",
    "Ein Sprecher des Gouverneurs sagte, die Verzögerungen seien auf starken Regen zurückzuführen und "
    "nicht auf die Kontrollen, und bestritt, dass Lastwagen durchsucht worden seien.",
]
RUSSIAN = [
    "Колонна из двенадцати грузовиков во вторник вечером добралась до города Бренмарк, через три дня "
    "после выезда из областного центра, сообщила организовавшая её гуманитарная организация.",
    "«Нас останавливали на четырёх блокпостах и каждый раз обыскивали», — сказала руководитель колонны. "
    "По её словам, никто не объяснил причин.",
    "Представитель губернатора заявил, что задержки были вызваны сильным дождём, а не проверками, и "
    "отрицал, что грузовики обыскивали.",
]


@pytest.mark.parametrize("paragraphs, language, menu", [
    (GERMAN, "de", ["Startseite", "Politik", "Wirtschaft", "Anzeige", "Mehr zum Thema"]),
    (RUSSIAN, "ru", ["Главная", "Новости", "Регионы", "Реклама", "Читайте также"]),
])
def test_pages_in_other_languages_do_not_collapse(paragraphs, language, menu):
    text = "\n\n".join([*menu[:3], "Konvoi erreicht Brenmark" if language == "de" else "Колонна дошла до Бренмарка",
                        *paragraphs, *menu[3:]])
    article = extract_article(text, "text")
    assert article.paragraphs == paragraphs
    assert article.language == language


LONGER = PARAGRAPHS + [
    "Relief workers said the town's bakery had run out of flour a fortnight ago, and that the only "
    "clinic still open was treating patients by torchlight because its generator had no fuel left.",
    "The convoy's organisers said they had asked for the trucks to be allowed to stay in the town "
    "overnight, so that the drivers would not have to cross the hills again in the dark.",
    "Residents who spoke to reporters said they had not seen an aid delivery since the autumn, and "
    "that many families had been living on what they could grow in their own gardens.",
]


def test_teasers_after_the_article_are_not_body_even_when_they_add_up_to_more():
    # A footer menu, then a list of teasers worth about as much as the article: one run of
    # lines would take both; the menu splits them and the article, coming first, is the body.
    menu = ["Home", "World", "Regions", "Opinion", "Sport", "Culture", "Podcasts", "Video", "Contact", "About us", "Jobs"]
    teasers = []
    for n in range(8):
        teasers += [f"Another story number {n} about the region",
                    f"This is the opening sentence of teaser {n}, which runs long enough to read as a "
                    "paragraph of prose on its own, and it goes on for a while longer still, about the "
                    "roads, the weather, the convoys and the markets of the region, before it ends."]
    text = "\n\n".join([HEADLINE, *LONGER, *menu, *teasers])
    article = extract_article(text, "text")
    assert article.paragraphs == LONGER


def test_a_flattened_table_inside_the_article_is_kept():
    rows = [f"{rank} Brenmark District {rank} {40 - rank} {rank * 3}" for rank in range(1, 8)]
    text = "\n\n".join([HEADLINE, *PARAGRAPHS[:2], "\n".join(rows), *PARAGRAPHS[2:], "Home", "Contact"])
    article = extract_article(text, "text")
    assert article.paragraphs == PARAGRAPHS[:2] + rows + PARAGRAPHS[2:]


@pytest.mark.parametrize("text, iso", [
    ("Published 15 March 2026, 18:40 · Updated 15 March 2026, 21:05", "2026-03-15"),
    ("Nov. 19, 2019 at 6:44 am", "2019-11-19"),
    ("Posted 2019-11-19T10:00:00Z", "2019-11-19"),
    ("31.02.2020, then 01.03.2020", "2020-03-01"),  # an impossible date is skipped
    ("© 2026 Regional Courier", None),  # a year alone is not a date
])
def test_find_date(text, iso):
    assert find_date(text) == iso


def test_no_date_in_the_header_means_no_published_date(article):
    assert article.published is None  # "© 2026" in the footer is not a publication date


def test_split_caption_handles_credit_forms():
    assert split_caption("Caption here. Image Credit: X Agency.") == ("Caption here.", "X Agency.")
    assert split_caption("Image: A map of the front. Image Credit: Army.") == ("A map of the front.", "Army.")
    assert split_caption("Soldiers at the front (Photo by J. Smith)") == ("Soldiers at the front", "J. Smith")
    assert split_caption("Nothing to split here.") == ("Nothing to split here.", None)


HOSTILE = {
    "empty": "",
    "blank lines": "\n\n\n   \n",
    "binary junk": "\x00\x01\x02 binary \ufffd\ufffd junk \x7f" * 1000,
    "one enormous line": "word " * 500_000,
    "many repeated lines": "short line\n" * 200_000,
    "one enormous wrapped paragraph": ("a" * 70 + "\n") * 50_000,
    "near-identical paragraphs": "\n\n".join(PARAGRAPHS[0] + str(i) + "\n\nLink " + str(i) for i in range(20_000)),
    "markup where none is expected": "<div>" * 100_000,
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_text_never_raises(name):
    hostile = HOSTILE[name]
    article = extract_article(hostile, "text")
    assert isinstance(article.body, str)
    for span in article.spans.get("body", []):
        assert 0 <= span.start <= span.end <= len(hostile)


def test_seed_article_done_when():
    sample = needs_shared("samples", "defector-article.txt")
    gold = json.loads(needs_shared("samples", "defector-article.gold.json").read_text(encoding="utf-8"))
    text = sample.read_text(encoding="utf-8")
    article = extract_plaintext(text)
    assert article.headline == gold["headline"]
    assert article.author == "Georgia Gilholy"
    assert [(c.text, c.credit) for c in article.captions] == [("ATACMS firing back in 2006.", "U.S. Army.")]
    assert article.body.startswith("Russian Pilot Alleges Genocide in Ukraine")
    assert article.body.endswith("escalating genocide in Ukraine.")
    for junk in gold["boilerplate_examples"] + ["Image Credit", "is a journalist based in"]:
        assert junk not in article.body, junk
    for span, paragraph in zip(article.spans["body"], article.paragraphs):
        assert text[span.start : span.end] == paragraph


def test_a_short_note_is_its_own_body():
    note = "Doctors said missiles struck the hospital.\n"
    article = extract_plaintext(note)
    assert article.body == "Doctors said missiles struck the hospital."
    assert extract_plaintext("Skip to content\nMenu\n").body == ""
