"""A scraped page's site name printed above its headline (the masthead), and the page's address
when the ingest has one: its host names the site and a date in its path dates the page when the
text prints neither. Pages we wrote ourselves, of fictional sites."""

from __future__ import annotations

from claimgraph.extract.article import extract_article
from claimgraph.extract.credits import site_from_url
from claimgraph.extract.dates import date_from_url

HEADLINE = "Orchard growers report best apple harvest in a decade"
BODY = [
    "Apple growers across the upper valley picked their largest crop in ten years this autumn, the "
    "growers' association said on Monday, after a warm spring and few late frosts.",
    "“The trees have never looked better,” said association chair Wilma Tarrant. She said cold "
    "stores in the valley were already full and some fruit would go to juice.",
    "Buyers said prices had fallen by a fifth since the summer, and smaller farms warned that they "
    "would struggle to cover the cost of extra pickers.",
    "The association will publish its final figures in the new year.",
]


def page(*header: str, footer: tuple[str, ...] = ()) -> str:
    return "\n".join([*header, HEADLINE, "By Jory Penrose", "6 November 2023", *BODY, *footer]) + "\n"


def article(text: str, url: str | None = None):
    return extract_article(text, "text", url=url)


def test_masthead_with_an_outlet_word_names_the_site():
    art = article(page("Menu   Search", "Upper Valley Gazette", "Local | Farming | Weather"))
    assert art.outlet == "Upper Valley Gazette"
    assert art.headline == HEADLINE


def test_cyrillic_masthead_in_sentence_case():
    art = article(page("Главная   Новости   Регион", "Долинская газета"))
    assert art.outlet == "Долинская газета"


def test_masthead_without_an_outlet_word_counts_when_the_page_names_it_again():
    text = page("Sign in", "Fenwick Lantern", footer=("More from Fenwick Lantern", "Ferry fares to rise"))
    assert article(text).outlet == "Fenwick Lantern"


def test_masthead_makes_a_dateline_wire_the_reprint_not_the_outlet():
    lines = page("Harrowgate Evening Post", "World").split("\n")
    lines[lines.index(BODY[0])] = "HARROWGATE (AP) — " + BODY[0]
    art = article("\n".join(lines) + "\n")
    assert art.outlet == "Harrowgate Evening Post"
    assert art.reprinted_from == "Associated Press"


def test_section_and_menu_lines_are_no_masthead():
    # counter-cases: "World News" is menu words only; a one-off name without an outlet word is
    # a person or a topic as often as a site
    art = article(page("World News", "Lena Vossberg"))
    assert art.outlet is None


def test_url_host_names_the_site_and_its_path_dates_the_page_when_the_text_does_not():
    text = "\n".join([HEADLINE, *BODY]) + "\n"
    art = article(text, url="https://www.valleyorchardnews.co.uk/farming/2023/11/06/apple-harvest")
    assert art.outlet == "valleyorchardnews.co.uk"
    assert art.published == "2023-11-06"
    assert article(text).outlet is None and article(text).published is None


def test_printed_date_and_name_win_over_the_address():
    art = article(page("Upper Valley Gazette"), url="https://uvg.example.org/2023/11/01/apple-harvest")
    assert art.published == "2023-11-06"
    assert art.outlet == "Upper Valley Gazette"


def test_a_wires_own_site_is_the_wire_not_a_reprint_of_it():
    lines = [HEADLINE, "TARNOV (AP) — " + BODY[0], *BODY[1:]]
    art = article("\n".join(lines) + "\n", url="https://apnews.com/article/apple-harvest-0123")
    assert art.outlet == "Associated Press"
    assert art.reprinted_from is None


def test_addresses_that_name_no_site_or_no_date():
    assert site_from_url("http://127.0.0.1/page") is None
    assert site_from_url("not an address") is None
    assert site_from_url("https://en.interfax.com.ua/news/1.html") == "Interfax"
    assert date_from_url("https://site.example/2023/02/30/story") is None   # impossible day
    assert date_from_url("https://site.example/story?date=2023/03/04") is None   # query not read
    assert date_from_url("https://site.example/news/2023-03-04-story.html") == "2023-03-04"


def test_html_page_without_site_metadata_is_named_and_dated_by_its_address():
    html = ("<html><head><title>" + HEADLINE + "</title></head><body><article><h1>" + HEADLINE + "</h1>"
            + "".join(f"<p>{p}</p>" for p in BODY) + "</article></body></html>")
    art = extract_article(html, "html", url="https://orchardweekly.example.net/2023/11/06/harvest")
    assert art.outlet == "orchardweekly.example.net"
    assert art.published == "2023-11-06"


def test_a_copyright_notice_without_a_holder_names_no_outlet():
    from claimgraph.extract.credits import copyright_holder

    assert copyright_holder("© 2019 All rights reserved.") is None
    assert copyright_holder("Copyright and reprint permissions") is None
    assert copyright_holder("© 2023 Harbourside Gazette. All rights reserved.")[0] == "Harbourside Gazette"


def test_a_companys_copyright_gives_way_to_the_sites_own_name():
    footer = ("© 2023 Fenmoor Communications, Inc. All rights reserved.",)
    assert article(page("Fenmoor Evening Post", footer=footer)).outlet == "Fenmoor Evening Post"
    # counter-case: with no other name printed, the company is still the best name the page gives
    assert article(page("Menu", footer=footer)).outlet == "Fenmoor Communications, Inc"
