"""A scraped page's outlet and date from what it prints and from its address when the ingest has
one (its host names the site and a whole date segment of its path dates the page when the text
prints neither); lines above the headline (menus, sections, topics, authors) never name the site.
Pages we wrote ourselves, of fictional sites."""

from __future__ import annotations

import pytest

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


RU_HEADLINE = "Горсовет Заречанска утвердил ремонт старого моста"
RU_BODY = [
    "Городской совет Заречанска в пятницу утвердил план ремонта старого моста через реку, который "
    "закрыт для машин с прошлой осени.",
    "«Мы не можем больше ждать», — заявил глава совета Аркадий Ветлугин. По его словам, деньги "
    "выделит областной бюджет.",
    "Подрядчика выберут на конкурсе в марте.",
]


def ru_page(*header: str, first: str = "", footer: tuple[str, ...] = ()) -> str:
    return "\n".join([*header, RU_HEADLINE, first + RU_BODY[0], *RU_BODY[1:], *footer]) + "\n"


def with_dateline(text: str, dateline: str) -> str:
    return text.replace(BODY[0], dateline + BODY[0], 1)


# Lines above a headline that are menus, sections, trending items, buttons, related titles, topics
# or authors: a page whose logo is an image prints no name of its own, and none of these is it.
@pytest.mark.parametrize("header,footer", [
    (("Home  News  Crime  Podcasts",), ()),
    (("Crime News",), ()),
    (("Film Review",), ()),
    (("Press Release",), ()),
    (("The Daily",), ()),
    (("Trending", "Post Office Scandal", "Royal Mail Strike"), ()),
    (("Register Now", "Sign In"), ()),
    (("Middle East Crisis",), ("More from Middle East Crisis",)),
    (("Opinion", "Lena Vossberg"), ("Follow Lena Vossberg", "More from Lena Vossberg")),
    (("Columns", "Halvard Ostrom"), ("More from Halvard Ostrom",)),
    (("World News", "Lena Vossberg"), ()),
])
def test_chrome_topic_and_author_lines_name_no_outlet(header, footer):
    assert article(page(*header, footer=footer)).outlet is None


@pytest.mark.parametrize("header", [
    "Главная  Новости  Россия  Мир", "Новости Москвы", "Новости партнеров", "Хроніка війни",
    "Голосование в Думе перенесли", "Журналисты задержаны в Минске",
])
def test_cyrillic_sections_and_related_titles_name_no_outlet(header):
    assert article(ru_page(header)).outlet is None


def test_a_section_line_never_makes_a_wires_own_story_a_reprint():
    art = article(with_dateline(page("Crime News"), "BRENNAN FALLS (AP) — "))
    assert (art.outlet, art.reprinted_from) == ("Associated Press", None)
    art = article(ru_page("Новости Москвы", first="МОСКВА, 4 марта. /ТАСС/. "))
    assert (art.outlet, art.reprinted_from) == ("TASS", None)


def test_the_address_names_the_site_when_the_page_prints_only_a_section():
    art = article(page("Crime News"), url="https://valleypost.example/local/harvest")
    assert art.outlet == "valleypost.example"
    art = article(with_dateline(page("Crime News"), "KYIV, March 4 (Reuters) - "), url="https://reuters.com/x")
    assert (art.outlet, art.reprinted_from) == ("Reuters", None)


def test_a_company_copyright_is_not_beaten_by_a_section_line():
    art = article(page("Daily Briefing", footer=("© 2023 Valley Post Holdings",)))
    assert art.outlet == "Valley Post Holdings"


def test_a_wires_own_name_or_site_never_makes_it_a_reprint_of_itself():
    titled = with_dateline(page(HEADLINE + " | AP News"), "BRENNAN FALLS (AP) — ")
    assert article(titled).reprinted_from is None
    art = article(with_dateline(page("AP News", "World"), "BRENNAN FALLS (AP) — "), url="https://apnews.com/article/x")
    assert (art.outlet, art.reprinted_from) == ("Associated Press", None)
    ru_titled = ru_page(RU_HEADLINE + " — ТАСС Новости", first="МОСКВА, 4 марта. /ТАСС/. ")
    assert article(ru_titled).reprinted_from is None
    # counter-cases: another site's story from the wire is still a reprint, on a host holding
    # the wire's name too
    art = article(with_dateline(page(), "NEW YORK (Bloomberg) -- "), url="https://bnnbloomberg.example/x")
    assert (art.outlet, art.reprinted_from) == ("bnnbloomberg.example", "Bloomberg")
    other = with_dateline(page(footer=("© 2023 Harbourside Gazette",)), "BRENNAN FALLS (AP) — ")
    assert (article(other).outlet, article(other).reprinted_from) == ("Harbourside Gazette", "Associated Press")


def test_url_host_names_the_site_and_its_path_dates_the_page_when_the_text_does_not():
    text = "\n".join([HEADLINE, *BODY]) + "\n"
    art = article(text, url="https://www.valleyorchardnews.co.uk/farming/2023/11/06/apple-harvest")
    assert art.outlet == "valleyorchardnews.co.uk"
    assert art.published == "2023-11-06"
    assert article(text).outlet is None and article(text).published is None


def test_printed_date_and_name_win_over_the_address():
    text = page(footer=("© 2023 Upper Valley Gazette",))
    art = article(text, url="https://uvg.example.org/2023/11/01/apple-harvest")
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
    assert date_from_url("https://site.example/news/2023-03-04/story.html") == "2023-03-04"
    assert date_from_url("https://site.example/20230304/story") == "2023-03-04"
    assert date_from_url("https://site.example/2023/03/04.html") == "2023-03-04"


@pytest.mark.parametrize("url", [
    "https://valleypost.example/2024/03/15-killed-in-crash",
    "https://valleypost.example/sport/rovers-win-final-2023-4-1-over-city",
    "https://valleypost.example/news/budget-2024-2-5-things",
    "https://valleypost.example/news/2023-03-04-story.html",
])
def test_numbers_in_a_slug_are_no_date(url):
    assert date_from_url(url) is None
    html = "<html><body><article><h1>" + HEADLINE + "</h1>" + "".join(f"<p>{p}</p>" for p in BODY) + "</article></body></html>"
    assert extract_article(html, "html", url=url).published is None


@pytest.mark.parametrize("url", [
    "https://val\x00ley.example/x", "https://valley post.example/x", "https://valley%2Epost.example/x",
    "https://xn--zz.example/x", "https://web.archive.org/web/2023/https://valleypost.example/x",
])
def test_junk_and_archive_hosts_name_no_outlet(url):
    assert site_from_url(url) is None


def test_hosts_as_readers_write_them():
    assert site_from_url("https://xn--80aswg.xn--p1ai/news/1") == "сайт.рф"
    assert site_from_url("https://www.interfax.com/newsroom/1") == "Interfax"


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
    assert copyright_holder("© 2023 Все права защищены.") is None
    assert copyright_holder("© 2023 Усі права захищено.") is None
    assert copyright_holder("© 2023 iValley News. All rights reserved.")[0] == "iValley News"


def test_a_copyright_holder_ends_before_the_dash_that_leads_on_to_the_notice():
    from claimgraph.extract.credits import copyright_holder

    line = "© 2022 Saltmarsh Courier - All rights reserved"
    name, start, end = copyright_holder(line)
    assert name == "Saltmarsh Courier" and line[start:end] == name
    assert copyright_holder("Copyright 2018–2024 Ridgeway Ledger – all rights reserved")[0] == "Ridgeway Ledger"
    assert copyright_holder("© 2021 Tollbridge Post —")[0] == "Tollbridge Post"
    # a hyphen inside a name is the name's
    assert copyright_holder("© Lark-Hill Media 2020")[0] == "Lark-Hill Media"


def test_a_companys_copyright_gives_way_to_the_sites_own_name():
    footer = ("© 2023 Fenmoor Communications, Inc. All rights reserved.",)
    assert article(page(HEADLINE + " | Fenmoor Evening Post", footer=footer)).outlet == "Fenmoor Evening Post"
    # counter-case: with no other name printed, the company is still the best name the page gives
    assert article(page("Menu", footer=footer)).outlet == "Fenmoor Communications, Inc"
