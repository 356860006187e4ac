"""Short one-sentence paragraphs in scraped text (session 12): a whole short sentence between
paragraphs, or next to the body's first or last one, is the article's, not a menu item; chrome
written as short sentences (comments, sign-offs, bios, notices, teasers) stays out. Pages are
fictional, written for these tests."""

from __future__ import annotations

from claimgraph.extract.article import extract_article
from claimgraph.extract.plaintext import extract_plaintext

UK_HEADER = [
    "Новини Заріччя",
    "Головна   Новини   Події   Спорт",
    "Над Вербівською громадою збили ракету, уламки впали на поле",
    "7 лютого 2023, 12:20",
]
UK_BODY = [
    "У вівторок уранці сили протиповітряної оборони збили над Вербівською громадою крилату ракету, "
    "повідомили в обласній військовій адміністрації.",
    "Голова громади Орест Климчук заявив, що ракета летіла в напрямку обласного центру.",
    "За словами Климчука, уламки впали на поле.",
    "«Ми працюємо», — додав Климчук.",
    "Рятувальники оглянули місце падіння уламків біля села.",
    "Як зазначили в ОВА, постраждалих немає.",
    "У поліції від коментарів поки що відмовилися.",
    "За даними енергетиків, пошкоджено одну лінію електропередачі.",
    "Світло в селі планують відновити до вечора вівторка.",
    "Місцеві жителі розповіли, що чули два гучні вибухи.",
    "Обласна адміністрація закликала мешканців громади не підходити до уламків і повідомляти про "
    "знахідки поліції або рятувальникам за номером 101.",
]
EN_HEADER = ["County Bulletin", "Home | Events | Emergencies", "Goods train derails near Ashgrove", "7 February 2023"]
EN_BODY = [
    "Six wagons of a goods train carrying gravel derailed near Ashgrove on Tuesday morning, the regional "
    "rail operator said in a statement, adding that the line would stay closed until the evening.",
    "Station master Idris Calloway said the train had been travelling slowly when the wagons left the track.",
    "According to Calloway, nobody was hurt.",
    "\"We are working,\" Calloway added.",
]


def page(*parts: str) -> str:
    return "\n\n".join(parts)


def test_short_sentence_paragraphs_do_not_break_the_body():
    article = extract_article(page(*UK_HEADER, *UK_BODY, "Теги: ППО, ракета", "© Новини Заріччя"), "text")
    assert article.paragraphs == UK_BODY


def test_short_sentences_at_the_end_of_the_body_are_kept():
    article = extract_plaintext(page(*EN_HEADER, *EN_BODY, "Tags: rail, Ashgrove", "© County Bulletin"))
    assert article.paragraphs == EN_BODY


def test_short_lead_sentence_is_kept():
    body = [
        "Мост через Сулу закрыт, сообщили в мэрии.",
        "Движение по мосту через реку Сулу в Заречье перекрыто в понедельник после того, как инженеры "
        "обнаружили трещины в двух опорах, сообщили в городской администрации.",
        "По словам главы города Тихона Ведерникова, проверка продлится не меньше недели, а транспорт "
        "пустят в объезд через соседний район.",
    ]
    header = ["Вести Заречья", "Главная   Новости   Общество", "В Заречье закрыли мост через Сулу", "14 марта 2023"]
    article = extract_plaintext(page(*header, *body, "Самое читаемое", "В Заречье открыли новый парк"))
    assert article.paragraphs == body
    assert article.headline == "В Заречье закрыли мост через Сулу"


def test_comment_thread_of_short_replies_stays_out():
    comments = ["Comments (3)", "Great article, thanks.", "Lovely to see this.", "Posted by harrowgirl 2 hours ago",
                "Is the line open yet?", "Report this comment"]
    article = extract_plaintext(page(*EN_HEADER, *EN_BODY, *comments))
    assert article.paragraphs == EN_BODY


def test_short_replies_inside_long_comments_do_not_displace_the_article():
    # a thread below the article, longer than it: the article still wins as the earlier run that
    # scores nearly as well; each reply's short sentences sit between its long ones, and they must
    # add nothing to the thread's score, or the thread outscores the article by that margin
    body = [
        "Six wagons of a goods train carrying gravel derailed near Ashgrove on Tuesday morning, the regional "
        "rail operator said in a statement, adding that the line would stay closed until the evening.",
        "Station master Idris Calloway said the train had been travelling slowly when the wagons left the "
        "track, and that engineers from the operator were already checking the rails and the points there.",
        "Passenger services between Ashgrove and the coast were replaced by buses for the day, and the "
        "operator said tickets bought for the line would be accepted on the buses without extra charge.",
        "\"We are working,\" Calloway added.",
    ]
    chrome = ["Share", "Tweet", "Email", "Print", "Tags", "Rail", "Ashgrove", "Most read", "Weather", "Jobs", "Comments"]
    places = ["Ashgrove", "Tolby", "Pellbury", "Ketterby", "Fenmoor", "Osk"]
    years = ["thirty", "twelve", "forty", "nine", "twenty", "fifteen"]
    short = ["Nobody listens to us.", "The council knew this.", "Nothing will change.", "Same story every year.",
             "The drivers are not to blame.", "It was bound to happen."]
    thread = []
    for number, (place, years_here, line) in enumerate(zip(places, years, short)):
        thread += [f"reader{number} says:", f"February 7, 2023 at 9:1{number} am",
                   f"I have lived beside the line in {place} for {years_here} years and the wagons have always "
                   "rattled past my garden far too fast for a track in that state, whatever they say.",
                   line,
                   f"My neighbours in {place} wrote to the operator {years_here} times about the noise and the "
                   "speed of the wagons, and every letter got the same polite answer and nothing more."]
    article = extract_plaintext(page(*EN_HEADER, *body, *chrome, *thread))
    assert article.paragraphs == body


def test_short_sentences_of_chrome_after_the_body_stay_out():
    footer = ["Ilse Carrow is a political reporter.", "Follow us on Telegram.", "Read more local news.",
              "Thanks for reading.", "All rights reserved.", "We use cookies to improve your experience."]
    for line in footer:
        article = extract_plaintext(page(*EN_HEADER, *EN_BODY[:2], line, "About us | Contact"))
        assert article.paragraphs == EN_BODY[:2], line


def test_teaser_headlines_after_the_body_stay_out():
    teasers = ["More from the county", "Bridge repaint starts on Monday", "Will the fair return this year?",
               "COUNCIL VOTES ON BUS CUTS.", "Ferry fares rise again …"]
    article = extract_plaintext(page(*EN_HEADER, *EN_BODY[:2], *teasers))
    assert article.paragraphs == EN_BODY[:2]


def test_a_list_of_teasers_ending_in_full_stops_is_no_run_of_short_paragraphs():
    # other stories' titles printed as sentences: more than three short sentences in a row are a
    # list, and the prose after the list (the site's blurb) must not join the article either
    teasers = ["Harbour wall repairs begin.", "Tolby library opens on Sundays.", "Ketterby bakery wins an award.",
               "Fenmoor road shut for a week.", "Bus timetable changes in March.", "Osk regatta is cancelled."]
    blurb = ["The County Bulletin is an independent weekly founded in 1911 and printed in Ashgrove by its "
             "own staff every Thursday.",
             "We cover the towns and villages of the county, their councils, courts, schools and sports clubs, "
             "online and in print."]
    article = extract_plaintext(page(*EN_HEADER, *EN_BODY[:2], *teasers, *blurb, "About us | Contact"))
    assert article.paragraphs == EN_BODY[:2]


def test_chrome_sentence_above_the_body_stays_out():
    article = extract_plaintext(page(*EN_HEADER, "Listen to this article.", *EN_BODY[:2], "About us | Contact"))
    assert article.paragraphs == EN_BODY[:2]


def test_edit_credit_and_channel_pitch_below_the_body_stay_out():
    # no quotation or reporting cue in the line, and no one-sentence paragraphs in the body above it
    article = extract_plaintext(page(*EN_HEADER, *EN_BODY[:2], "Editing by Mara Olsen.", "About us | Contact"))
    assert article.paragraphs == EN_BODY[:2]
    article = extract_plaintext(page(*UK_HEADER, *UK_BODY[:2], "Більше новин у нашому Telegram-каналі.",
                                     "Про нас | Контакти"))
    assert article.paragraphs == UK_BODY[:2]


def test_a_headline_crying_out_right_above_the_body_stays_the_headline():
    header = ["County Bulletin", "Home | Events | Emergencies", "7 February 2023", "Ashgrove line reopens at last!"]
    article = extract_plaintext(page(*header, *EN_BODY[:2], "About us | Contact"))
    assert article.paragraphs == EN_BODY[:2]
    assert article.headline == "Ashgrove line reopens at last!"


def test_a_reported_short_sentence_closing_a_plain_body_is_kept():
    # the body prints no one-sentence paragraph of its own, but the line quotes its speaker
    article = extract_plaintext(page(*UK_HEADER, *UK_BODY[:2], "«Ми працюємо», — додав Климчук.", "Про нас | Контакти"))
    assert article.paragraphs == [*UK_BODY[:2], "«Ми працюємо», — додав Климчук."]
