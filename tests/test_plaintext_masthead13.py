"""Session 13 page metadata on pages we wrote: the outlet from the page's masthead where the
copyright line bears it out, a date line ending in "a.m." read as the
page's date, and a menu flattened with wide spaces never taken for the headline."""

from __future__ import annotations

from claimgraph.extract.article import extract_article

HEADLINE = "Tidal pool survey finds rare sea slugs off the north jetty"
BODY = (
    "A volunteer survey of the tidal pools off the north jetty has found three species of sea slug "
    "not recorded there for fifty years.\n"
    "\"We nearly missed the smallest one,\" said survey leader Corin Maddox.\n"
    "The results will be sent to the county's wildlife records centre next month.\n"
)


def article(head: str, tail: str = ""):
    return extract_article(head.strip("\n") + "\n" + BODY + tail, "text")


def test_masthead_wins_over_an_owners_copyright_line():
    art = article(f"Harbor Line News\nMenu  Search  Sign in\n{HEADLINE}\nPublished 10:42 AM EDT, Fri July 29, 2022",
                  "© 2022 Harbor Line Media. All rights reserved.\n")
    assert art.outlet == "Harbor Line News"
    assert art.headline == HEADLINE


def test_masthead_with_a_dateline_credit_makes_the_story_a_reprint():
    head = f"Valley Sentinel\nNews | Sport | Weather\n{HEADLINE}\nJune 2, 2023"
    text = head + "\nDENVER (AP) — " + BODY + "© 2023 Valley Sentinel Group\n"
    art = extract_article(text, "text")
    assert art.outlet == "Valley Sentinel"
    assert art.reprinted_from == "Associated Press"


def test_chrome_or_a_person_above_the_headline_is_no_outlet():
    # counter-cases: a site's prompt above the menu, a reporter's name, a section heading
    assert article(f"Follow us\nHome | News | Sport | Weather\n{HEADLINE}\n29 July 2022").outlet is None
    assert article(f"Maren Ostrowski\n{HEADLINE}\n29 July 2022").outlet is None
    assert article(f"Breaking News\n{HEADLINE}\n29 July 2022").outlet is None
    # a paper-like name right above the headline with nothing to bear it out is a section's place
    assert article(f"Harbour News\n{HEADLINE}\n29 July 2022").outlet is None
    # nor above a menu or with chrome under it: a section, a topic or an author stands there too
    assert article(f"Opinion\nHome | News | Sport\n{HEADLINE}\n29 July 2022").outlet is None
    assert article(f"Crime News\nLatest\n{HEADLINE}\n29 July 2022").outlet is None
    assert article(f"Тихий берег\nГлавная · Новости · Спорт\n{HEADLINE}\n29 July 2022").outlet is None


def test_date_line_ending_in_am_is_the_pages_date():
    art = article(f"OAKRIDGE TRIBUNE\nLocal  |  State  |  Obituaries\n{HEADLINE}\nMaren Ostrowski\nJuly 29, 2022 at 10:15 a.m.")
    assert (art.published or "")[:10] == "2022-07-29"
    assert not art.body.startswith("July 29")


def test_menu_with_wide_spaces_is_never_the_headline():
    art = article(f"Brightwater Evening Post\nNews  Sport  What's On\n{HEADLINE}\nBy Dafydd Pennard\n3 hours ago")
    assert art.headline == HEADLINE
    assert art.published is None   # "3 hours ago" is no date


def test_dateline_with_a_whole_date_and_no_credit():
    text = f"Kelso Morning Star\n{HEADLINE}\nKELSO, Maine, July 29, 2022 — " + BODY
    assert (extract_article(text, "text").published or "")[:10] == "2022-07-29"


def test_closing_line_originally_published_without_on():
    art = article(HEADLINE, "This story was originally published July 29, 2022, 10:15 AM.\n")
    assert (art.published or "")[:10] == "2022-07-29"


def test_dateline_without_a_year_gives_no_date():
    # counter-case: the year is not printed; the copyright line's year is the site's, not the story's
    text = f"Kelso Morning Star\n{HEADLINE}\nKELSO, July 29 (Reuters) - " + BODY + "© 2022 Reuters\n"
    assert extract_article(text, "text").published is None
