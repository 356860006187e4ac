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
    art = article(f"Harbor Line News\nMenu  Search  Sign in\n{HEADLINE}\nPublished 10:42 AM EDT, Tue March 14, 2023",
                  "© 2023 Harbor Line Media. All rights reserved.\n")
    assert art.outlet == "Harbor Line News"
    assert art.headline == HEADLINE


def test_masthead_with_a_dateline_credit_makes_the_story_a_reprint():
    head = f"Valley Sentinel\nNews | Sport | Weather\n{HEADLINE}\nJune 2, 2023"
    text = head + "\nDENVER (AP) — " + BODY + "© 2023 Valley Sentinel Group\n"
    art = extract_article(text, "text")
    assert art.outlet == "Valley Sentinel"
    assert art.reprinted_from == "Associated Press"


def test_chrome_or_a_person_above_the_headline_is_no_outlet():
    # counter-cases, each over a copyright line opening with the same word, so that the masthead
    # rule could fire: a site's prompt above the menu, a reporter's name, a section heading
    owner = "© 2023 Harbour Media Ltd\n"
    assert article(f"Follow us\nHome | News | Sport | Weather\n{HEADLINE}\n14 March 2023", owner).outlet \
        == "Harbour Media Ltd"
    assert article(f"Maren Ostrowski\n{HEADLINE}\n14 March 2023", "© 2023 Maren Media\n").outlet != "Maren Ostrowski"
    assert article(f"Harbour Notes Column\n{HEADLINE}\n14 March 2023", owner).outlet == "Harbour Media Ltd"
    assert article(f"Harbour Weekly Quiz\n{HEADLINE}\n14 March 2023", owner).outlet == "Harbour Media Ltd"
    assert article(f"Тихий берег\nГлавная · Новости · Спорт\n{HEADLINE}\n14 March 2023", "© 2023 Тихий Медиа\n").outlet \
        == "Тихий Медиа"


def test_masthead_only_the_owners_name_turned_into_a_papers():
    # counter-cases (session 13 review): another story's title, a newsletter or a section that
    # opens with the owner's town, and a section over a footer that names the paper itself
    pages = [
        ("Trending\nKelso Star Striker Signs", "© 2023 Kelso Evening Star", "Kelso Evening Star"),
        ("Related\nTolmore Post Office Closes", "© 2023 Tolmore Media Ltd", "Tolmore Media Ltd"),
        ("Pellworth Star Wins Trophy", "© 2023 Pellworth Media Group", "Pellworth Media Group"),
        ("Menu\nHarbor Line Daily Briefing", "© 2023 Harbor Line Publishing", "Harbor Line Publishing"),
        ("Pellworth News", "© 2023 Pellworth Herald", "Pellworth Herald"),
        ("Home | News | Sport\nPellworth Today", "© 2023 Pellworth Gazette. All rights reserved.", "Pellworth Gazette"),
    ]
    for chrome, footer, outlet in pages:
        assert article(f"{chrome}\n{HEADLINE}\nMarch 3, 2023", footer + "\n").outlet == outlet, chrome


def test_date_line_ending_in_am_is_the_pages_date():
    art = article(f"OAKRIDGE TRIBUNE\nLocal  |  State  |  Obituaries\n{HEADLINE}\nMaren Ostrowski\nMarch 14, 2023 at 10:15 a.m.")
    assert (art.published or "")[:10] == "2023-03-14"
    assert not art.body.startswith("March 14")


def test_menu_with_wide_spaces_is_never_the_headline():
    art = article(f"Brightwater Evening Post\nNews  Sport  What's On  Weather\n{HEADLINE}\nBy Dafydd Pennard\n3 hours ago")
    assert art.headline == HEADLINE
    assert art.published is None   # "3 hours ago" is no date


def test_dateline_with_a_whole_date_and_no_credit():
    text = f"Kelso Morning Star\n{HEADLINE}\nKELSO, Maine, March 14, 2023 — " + BODY
    assert (extract_article(text, "text").published or "")[:10] == "2023-03-14"


def test_closing_line_originally_published_without_on():
    art = article(HEADLINE, "This story was originally published March 14, 2023, 10:15 AM.\n")
    assert (art.published or "")[:10] == "2023-03-14"


def test_dateline_without_a_year_gives_no_date():
    # counter-case: the year is not printed; the copyright line's year is the site's, not the story's
    text = f"Kelso Morning Star\n{HEADLINE}\nKELSO, March 14 (Reuters) - " + BODY + "© 2023 Reuters\n"
    assert extract_article(text, "text").published is None


def test_headline_with_double_spaces_stays_a_headline():
    # counter-cases: stray double spaces from inline tags are no menu
    for head, title in [
        ("Kelso Courier\nNews | Sport | Weather\n", "Flood  warnings  issued for Kelso"),
        ("", "Mayor says  budget  will pass"),
        ("", "Ferry resumes  Tolmore island  repairs done"),
        ("Home | News\n", "Rates  held  again"),
        ("Home | News | Sport\n", "Tolmore  Ferry  Returns"),
    ]:
        assert article(f"{head}{title}\nMarch 3, 2023").headline == title


def test_rubric_in_capitals_is_no_dateline():
    # counter-cases: a rubric or a label in capitals before a date dates nothing
    for opening in ("ON THIS DAY, March 3, 1953 — ", "FLASHBACK, March 14, 1998 — ",
                    "UPDATE, March 3, 2021 - this story has been corrected. ", "BREAKING, March 3, 2021 — ",
                    "EXCLUSIVE, March 3, 2021 — ", "OPINION, March 3, 2021 — "):
        text = f"{HEADLINE}\nBy Ann Vos\n5 hours ago\n" + opening + BODY
        assert extract_article(text, "text").published is None, opening


def test_dateline_with_a_gazetteer_place():
    text = f"{HEADLINE}\nPORTLAND, March 3, 2023 — " + BODY
    assert (extract_article(text, "text").published or "")[:10] == "2023-03-03"


def test_historical_dateline_date_yields_to_the_printed_one():
    # counter-case: a dateline's date years from the page's printed (updated) date is not the page's
    text = f"{HEADLINE}\nUpdated March 5, 2023\nPORTLAND, March 3, 1998 — " + BODY
    assert (extract_article(text, "text").published or "")[:10] == "2023-03-05"
    # a dateline days from it is the publication, the label the update
    text = f"{HEADLINE}\nUpdated March 5, 2023\nPORTLAND, March 3, 2023 — " + BODY
    assert (extract_article(text, "text").published or "")[:10] == "2023-03-03"
