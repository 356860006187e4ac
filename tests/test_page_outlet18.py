"""Session 18 page outlets on pages we wrote: a site's signature among the page's last lines
("Gao Courier - independent local weekly", "X is an independent newsroom", a Cyrillic name in
sentence case under a logo in capitals) bears out the masthead as a copyright line does; a
signature's look-alikes (a caption row, a line further up, a name run on into another word, a weak
top line: a columnist over their bio, a topic label over a teaser, a kicker over a background
sentence; an "X is ..." sentence with no footer chrome) do not."""

from __future__ import annotations

from claimgraph.extract.article import extract_article
from claimgraph.extract.dates import find_date_span

HEADLINE = "Ferry crews vote to end the winter strike"
BODY = (
    "Crews on the island ferries voted on Tuesday to end a strike that had stopped sailings for "
    "nine days.\n"
    "\"Nobody wanted to leave the islands without boats for a tenth day,\" said union steward Perrin Hale.\n"
    "The operator said the first sailing would leave the harbour at six in the morning.\n"
)


def outlet(head: str, tail: str) -> str | None:
    return extract_article(head.strip("\n") + "\n" + BODY + tail, "text").outlet


def test_a_footer_signature_with_a_tagline_bears_out_the_masthead():
    head = f"THE SKERRY COURIER  |  Islands  Harbour  Weather  Opinion  Archive\n{HEADLINE}\n14 March 2023"
    assert outlet(head, "Share  Print\nThe Skerry Courier - news from the outer islands since 1972\n") \
        .casefold() == "the skerry courier"
    head = f"Orran Sound Monitor\nNews  Reports  About\n{HEADLINE}\nPosted on 14/03/2023"
    assert outlet(head, "Orran Sound Monitor is an independent newsroom. Terms | Privacy\n") == "Orran Sound Monitor"


def test_a_logo_with_its_other_name_is_borne_out_by_either_name():
    head = f"SKERRY POST - Orran Skerry Post\nHome | Islands | Sport\n{HEADLINE}\nTuesday, 14 March 2023"
    assert outlet(head, "Skerry Post - Orran Media Group. Editorial office: Port Alda.\n") == "Orran Skerry Post"


def test_a_cyrillic_signature_in_sentence_case_bears_out_a_logo_in_capitals():
    head = "ПРИМОРСЬКИЙ ВІСНИК | Новини  Спорт  Погода\nЕкіпажі поромів на островах припинили зимовий страйк\n14.03.2023, 09:10"
    body = ("Екіпажі поромів у вівторок проголосували за припинення страйку.\n"
            "«Ніхто не хотів залишати острови без човнів», — сказав профспілковий діяч Остап Галюк.\n")
    art = extract_article(head + "\n" + body + "Приморський вісник — незалежне видання з 1998 року\n", "text")
    assert (art.outlet or "").casefold() == "приморський вісник"


def test_signature_look_alikes_give_no_outlet():
    # no signature, no copyright line: the top line alone is not trusted (it may be a section)
    head = f"Orran Sound Monitor\nNews  Reports  About\n{HEADLINE}\n14 March 2023"
    assert outlet(head, "") is None
    # the name opens a line far above the page's end (a standfirst), not its footer
    far = "Orran Sound Monitor - a correction was added to this story.\n"
    assert outlet(head.replace(HEADLINE, f"{HEADLINE}\n{far.strip()}"), "") is None
    # the name runs on into another word: another body, not the site
    assert outlet(head, "Orran Sound Monitoring Group - a charity - paid for the survey.\n") is None
    # a weak top line (alone, mixed case, no paper's word) over a capitalised row of chrome
    head = f"Storm Season\n{HEADLINE}\n14 March 2023"
    assert outlet(head, "Storm Season - Photos | Videos\n") is None
    assert outlet(head, "More from Storm Season - our coverage of the winter\n") is None


def test_a_weak_top_line_is_never_borne_out_by_a_signature():
    # mend after review: a name alone on its line in mixed case with no paper's word is a
    # columnist, a topic label or a kicker as often as a site; only a copyright line bears it out
    head = f"Maren Oskvik\nOpinion\n{HEADLINE}\n14 March 2023"
    assert outlet(head, "Maren Oskvik is a novelist and former harbour pilot living in Port Alda.\n") is None
    head = f"Winter Storms\n{HEADLINE}\n14 March 2023"
    assert outlet(head, "Related\nWinter Storms - live updates as the gales return\n") is None
    assert outlet(head, "Winter Storms – what we know so far\n") is None
    head = f"Orran Ferry Union\n{HEADLINE}\n14 March 2023"
    assert outlet(head, "The Orran Ferry Union is a trade union of some 900 deck crew.\n") is None
    head = "Лада Верес\nМнение\nЭкипажи паромов правильно закончили забастовку\n14 марта 2023"
    body = ("Экипажи паромов во вторник проголосовали за прекращение забастовки.\n"
            "«Никто не хотел оставлять острова без лодок», — сказал профсоюзный деятель Остап Галюк.\n")
    art = extract_article(head + "\n" + body + "Лада Верес — это журналистка из Порт-Альды.\n", "text")
    assert art.outlet is None


def test_an_is_sentence_signs_only_with_footer_chrome_on_its_line():
    # a kicker in capitals over a body whose last paragraph is background ("X is a ..."): no outlet
    head = f"ORRAN FERRY UNION\n{HEADLINE}\n14 March 2023"
    assert outlet(head, "Orran Ferry Union is a trade union of some 900 deck crew.\n") is None
    head = f"SKERRY LIFEBOAT TRUST\nNews  Appeals  About\n{HEADLINE}\n14 March 2023"
    assert outlet(head, "Skerry Lifeboat Trust is a charity that has run the lifeboat since 1950.\nShare  Print\n") is None
    # the same sentence in the footer's row of links signs the page
    assert outlet(head, "Skerry Lifeboat Trust is a charity. Terms | Privacy | Contact\n") == "SKERRY LIFEBOAT TRUST"


def test_a_signature_past_the_copyright_search_reach_still_counts():
    # a long page: the footer's last lines lie past the 400 lines searched for a copyright line
    head = f"THE SKERRY COURIER  |  Islands  Harbour  Weather  Opinion  Archive\n{HEADLINE}\n14 March 2023"
    filler = "".join(f"Reader comment {i}: the ferries ran late again this winter, she said.\n" for i in range(420))
    art = extract_article(head + "\n" + BODY + filler + "The Skerry Courier - news from the outer islands since 1972\n",
                          "text")
    assert (art.outlet or "").casefold() == "the skerry courier"


def test_a_logo_with_a_menu_flattened_after_its_bar_is_no_headline():
    # "LOGO | Islands  Harbour  Weather": three items set apart by wide spaces after the bar are a
    # menu, not the site of a page title "Headline | Site" (whose site is one name)
    short = "Ferry strike ends"
    for top in ("THE SKERRY COURIER  |  Islands  Harbour  Weather", "ПРИМОРСЬКИЙ ВІСНИК | Новини  Спорт  Погода"):
        art = extract_article(f"{top}\n{short}\n14 March 2023\n{BODY}", "text")
        assert art.headline == short
    # a headline long enough to be no logo, then its site's words set apart by wide spaces: the
    # page's title "Headline | Site", read as before
    art = extract_article(f"{HEADLINE} | Skerry  Courier  News\n14 March 2023\n{BODY}", "text")
    assert art.headline == HEADLINE


def test_a_british_or_other_day_first_zone_after_the_time_reads_a_slashed_date_day_first():
    # session 18: the zones only countries that write the day first print, as the European ones
    for zone in ("BST", "IST", "AEST", "NZDT", "SAST", "EAT"):
        assert find_date_span(f"04/06/2024 08:15 {zone}")[0] == "2024-06-04"
    # GMT and UTC are printed by international and US sites too: still no order
    assert find_date_span("04/06/2024 08:15 GMT") is None
    art = extract_article(f"Skerry Courier\nNews  Islands  Sport  Weather\n{HEADLINE}\n04/06/2024 08:15 BST\n{BODY}", "text")
    assert art.published == "2024-06-04"
    # a US zone still reads it month first; a zone word inside prose is no zone
    assert find_date_span("04/06/2024 08:15 EDT")[0] == "2024-04-06"
    # two zones: the nearer one is the stamp's own ("10:15 EDT (15:15 BST)" is a US stamp)
    assert find_date_span("Updated 04/06/2024 10:15 EDT (15:15 BST)")[0] == "2024-04-06"
    assert find_date_span("04/06/2024 - the gmt offset was wrong") is None
