"""Session 18 page outlets on pages we wrote: a site's signature among the page's last lines
("Gao Courier - independent local weekly", "X is an independent newsroom", a Cyrillic name in
sentence case under a logo in capitals) bears out the masthead as a copyright line does; a
signature's look-alikes (a caption row, a line further up, a name run on into another word, a weak
top line over a capitalised "- Photos") do not."""

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


def test_a_logo_with_a_menu_flattened_after_its_bar_is_no_headline():
    # "LOGO | Islands  Harbour  Weather": three items set apart by wide spaces after the bar are a
    # menu, not the site of a page title "Headline | Site" (whose site is one name)
    short = "Ferry strike ends"
    for top in ("THE SKERRY COURIER  |  Islands  Harbour  Weather", "ПРИМОРСЬКИЙ ВІСНИК | Новини  Спорт  Погода"):
        art = extract_article(f"{top}\n{short}\n14 March 2023\n{BODY}", "text")
        assert art.headline == short


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
    assert find_date_span("04/06/2024 - the gmt offset was wrong") is None
