"""Bodies of scraped pages cut at a fixed length (session 9): the cut last paragraph, a box
inside the body. Pages are fictional, written for these tests."""

from __future__ import annotations

from claimgraph.extract.plaintext import extract_plaintext

HEADER = [
    "Home   News   Sport   Weather   Contact",
    "Mill Fire Forces Evacuation of Two Streets in Lorvik",
]
BODY = [
    "Firefighters evacuated two streets in Lorvik on Sunday after a blaze broke out in a disused "
    "flour mill near the river, the town's fire service said.",
    "“The roof collapsed within an hour and we could not send anyone inside,” said Oda Brekke, "
    "the service's duty officer, adding that nobody had been hurt.",
    "Residents were told to keep their windows shut because of the smoke, and a school nearby "
    "was closed for the day as a precaution.",
]
# fewer words than a long line's (25), so only its cut shape makes it prose
CUT_LAST = "The mill's owner, Tavik Holdings, said it would cooperate with the investigators who were sent to the si"


def page(*parts: str) -> str:
    return "\n\n".join(parts)


def test_cut_last_paragraph_stays_in_the_body():
    article = extract_plaintext(page(*HEADER, *BODY, CUT_LAST))
    assert "cooperate with the investigators" in article.body
    assert article.body.endswith("sent to the si")


def test_cut_last_line_that_is_a_menu_stays_out():
    menu = "Weather Traffic Jobs Property Obituaries Puzzles Podcasts Events Newsletters Archive About"
    article = extract_plaintext(page(*HEADER, *BODY, menu))
    assert "Obituaries" not in article.body
    assert article.body.endswith("as a precaution.")


def test_cut_last_line_that_is_a_cookie_notice_stays_out():
    notice = "We use cookies to improve your experience on our site and to show you relevant adverti"
    article = extract_plaintext(page(*HEADER, *BODY, "Share this article", notice))
    assert "cookies" not in article.body


def test_related_box_inside_a_cut_page_does_not_end_the_body():
    # what follows the box is too short to outweigh it: the page was cut soon after, mid-word
    text = page(*HEADER, BODY[0], "On this topic", "Second Warehouse Fire in a Month Puzzles Lorvik Police",
                "“We will find out who did this,” the fire chief said.",
                "The inquiry may take weeks, the fire service said in a statement on Mond")
    article = extract_plaintext(text)
    assert "who did this" in article.body
    assert article.body.endswith("The inquiry may take weeks, the fire service said in a statement on Mond")
    assert "On this topic" not in article.body
    assert "Puzzles Lorvik Police" not in article.body


def test_embedded_post_inside_a_cut_page_does_not_end_the_body():
    text = page(*HEADER, BODY[0], BODY[1],
                "Smoke over the river in Lorvik this afternoon, stay indoors if you live near the old mill pic.example/xk3",
                "— Lorvik Fire Service (@lorvikfire) May 4, 2025",
                "Deputy mayor Ilse Varn said the two streets would reopen on Monday if the smo")
    article = extract_plaintext(text)
    assert "reopen on Monday if the smo" in article.body
    assert "@lorvikfire" not in article.body


def test_footer_after_the_body_is_not_bridged():
    text = page(*HEADER, *BODY, "Most read", "Harbour Tax Vote Delayed Again",
                "Lorvik Ferry Timetable Changes in June", "© 2025 Lorvik Courier. All rights reserved.")
    article = extract_plaintext(text)
    assert "Harbour Tax" not in article.body
    assert "Lorvik Courier" not in article.body


def test_short_caption_with_a_credit_stays_out_of_the_body():
    caption = "The mill on Sunday. Photo: Jon Ask"
    article = extract_plaintext(page(*HEADER, caption, *BODY))
    assert "The mill on Sunday" not in article.body
    assert [c.text for c in article.captions] == ["The mill on Sunday."]


RU_HEADER = [
    "Главная   Новости   Спорт   Погода",
    "В Лорвике из-за пожара на мельнице эвакуировали две улицы",
]
RU_LEAD = ("ЛОРВИК, 3 мая. Пожарные эвакуировали жителей двух улиц Лорвика в воскресенье после того, как "
           "загорелось здание заброшенной мельницы у реки, сообщили в городской пожарной службе.")
RU_AFTER = [
    "\"Крыша обрушилась за час, внутрь мы никого не отправляли\", - сказала дежурная Ода Брекке.",
    "Владелец мельницы обещал помочь следствию.",   # a whole last line, shorter than prose
]


def test_a_related_box_on_a_whole_page_is_skipped_and_the_article_goes_on():
    # the page ends on a whole sentence: bridged only because the box opens with a "related" label
    article = extract_plaintext(page(*RU_HEADER, RU_LEAD, "На эту тему", "Что известно о пожаре на мельнице",
                                     *RU_AFTER))
    assert "Крыша обрушилась" in article.body and article.body.endswith("помочь следствию.")
    assert "Что известно о пожаре" not in article.body


def test_an_unlabelled_run_on_a_whole_page_is_not_bridged():
    # the same page with a "most read" list in place of the labelled box: what follows is not the article's
    article = extract_plaintext(page(*RU_HEADER, RU_LEAD, "Самое читаемое", "Что известно о пожаре на мельнице",
                                     *RU_AFTER))
    assert "Крыша обрушилась" not in article.body
