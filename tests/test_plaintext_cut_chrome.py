"""Site chrome after the article must stay out of the body of a scraped page (session 9 mend):
comment threads, "most read" lists, newsletter pitches, author bios, written-out footers, tags,
tickers, Russian/Ukrainian notices and comments. Pages are fictional (written for the session 9
review of the cut-page bridge); each failed on 42babca."""

from __future__ import annotations

import pytest

from claimgraph.extract.plaintext import extract_plaintext

H = ["Home   News   Sport   Weather   Contact", "Council Delays Vote on Harbour Bridge in Tarnby"]
B = [
 "The town council of Tarnby postponed its vote on the new harbour bridge on Tuesday after two members asked for a fresh cost estimate, the council's press office said.",
 "\u201cWe cannot sign off on a figure that nobody has checked in two years,\u201d said councillor Maren Holt, who chairs the finance committee.",
 "The bridge would link the fish market with the ferry terminal and was first proposed in 2019, when the estimate stood at 40 million crowns.",
]
HR = ["Главная   Новости   Спорт   Контакты", "В Заречинске отложили голосование по мосту"]
BR = [
 "Городской совет Заречинска во вторник отложил голосование по строительству нового моста через реку, сообщила пресс-служба совета.",
 "\u00abМы не можем утвердить смету, которую никто не проверял два года\u00bb, \u2014 заявил депутат Игорь Светлов, возглавляющий бюджетный комитет.",
 "Мост должен соединить рынок с речным вокзалом, впервые его предложили построить в 2019 году.",
]
HU = ["Головна   Новини   Спорт   Контакти", "У Зарічному відклали голосування щодо мосту"]
BU = [
 "Міська рада Зарічного у вівторок відклала голосування щодо будівництва нового мосту через річку, повідомила пресслужба ради.",
 "\u00abМи не можемо затвердити кошторис, який ніхто не перевіряв два роки\u00bb, \u2014 заявив депутат Ігор Світлов, який очолює бюджетну комісію.",
 "Міст має з'єднати ринок із річковим вокзалом, уперше його запропонували збудувати у 2019 році.",
]
P: dict[str, list[str]] = {}
P["comments_cut"] = H+B+["Comments (3)", "harbourwatcher", "2 hours ago",
 "honestly the council has wasted years on this and everyone in town knows it is never going to be bu"]
P["comments_full"] = H+B+["Comments", "Reply", "Gunnar_T: this council could not organise a bake sale, let alone a bridge.",
 "Lise M.: I have waited ten years for this bridge and I will wait ten more."]
P["comments_one"] = H+B+["Join the conversation", "Sort by newest", "Kari Dahl", "What a surprise, another delay from the same people who promised it by 2021."]
P["mostread_sentences"] = H+B+["Most read", "1", "2",
 "Police say the missing fisherman from Ostvik has been found alive and well.",
 "Ferry prices will rise by ten percent from the first of June, the operator says."]
P["mostread_cut"] = H+B+["Most read", "Trending now",
 "Ferry prices will rise by ten percent from the first of June, the operator says.",
 "the missing fisherman from ostvik has been found alive and well after three days at se"]
P["newsletter"] = H+B+["Newsletter", "Your email", "Sign up",
 "Get the best of the Tarnby Post delivered to your inbox every weekday morning.",
 "You can unsubscribe at any time and we will never share your address."]
P["newsletter2"] = H+B+["Morning briefing", "Enter email", "Submit",
 "Each morning our editors pick the five stories you need to know before work.",
 "It takes less than a minute to read and it is completely free."]
P["bio"] = H+B+["About the author", "Sven Orlo",
 "Sven Orlo is a senior reporter at the Tarnby Post covering local politics and transport.",
 "He previously worked for regional radio for a decade."]
P["footer_sentences"] = H+B+["Share", "Tweet", "Email",
 "The Tarnby Post is a member of the regional press standards council and follows its code.",
 "Registered office: 4 Quay Street, Tarnby. Company number 0012345."]
P["footer_cut"] = H+B+["Share", "Tweet", "The Tarnby Post is published by Harbour Media Group and no part of this page may be reproduced without wri"]
P["tags_lower"] = H+B+["Tags", "harbour bridge council vote transport budget ferry terminal fish market town planning"]
P["ticker_cut"] = H+B+["LIVE", "breaking: storm warning issued for the northern coast as winds reach gale force and ferries are can"]
P["cookie_nocookieword"] = H+B+["Accept", "Manage choices",
 "We and our partners store and access information on your device to personalise ads and content.",
 "By continuing to browse this site you agree to this use."]
P["adjacent_footer_cut"] = H+B+["the tarnby post is an independent local newspaper owned by its readers since nineteen fif"]
P["disclaimer"] = H+B+["Disclaimer", "The views expressed in comments are those of their authors and not of the Tarnby Post.",
 "We reserve the right to remove any comment that breaks our community rules."]
P["ru_footer_cut"] = HR+BR+["Поделиться", "Обсудить",
 "При полном или частичном использовании материалов ссылка на сайт обязательна"]
P["ru_footer_adjacent"] = HR+BR+["Все права защищены, при перепечатке материалов гиперссылка на источник обязательна"]
P["ru_comments"] = HR+BR+["Комментарии (2)", "Гость", "12:40",
 "опять двадцать пять, каждый год одно и то же обещают а моста как не было так и нет"]
P["ru_mostread"] = HR+BR+["Самое читаемое", "Популярное",
 "Что будет с ценами на проезд в городских автобусах этой осенью?",
 "Жители Заречинска пожаловались на шум от ночных строительных работ."]
P["ru_redaction"] = HR+BR+["Реклама", "О проекте",
 "Редакция не несёт ответственности за содержание рекламных материалов.",
 "Мнение авторов может не совпадать с мнением редакции."]
P["uk_footer_cut"] = HU+BU+["Поділитися", "Коментарі",
 "Усі права захищені. При повному або частковому використанні матеріалів посилання на джерело обов'язкове"]
P["uk_comments"] = HU+BU+["Коментарі", "Олена", "вчора",
 "а хто буде платити за цей міст, знову ми з вами з наших податків, як завжди"]
P["uk_telegram"] = HU+BU+["Читайте також", "Підписуйтесь на наш канал у Telegram",
 "Найважливіші новини міста щодня у вашому телефоні."]
P["control_cut_article"] = H+B+["On this topic", "Tarnby Ferry Terminal Opens After Two-Year Delay",
 "Holt said the committee would meet again next week to review the new figures from the engine"]
P["control_menu"] = H+B+["Weather Traffic Jobs Property Obituaries Puzzles Podcasts Events Newsletters Archive About"]


CHROME_PAGES = ['comments_cut', 'comments_full', 'comments_one', 'mostread_sentences', 'mostread_cut', 'newsletter', 'newsletter2', 'bio', 'footer_sentences', 'footer_cut', 'tags_lower', 'ticker_cut', 'adjacent_footer_cut', 'ru_footer_cut', 'ru_footer_adjacent', 'ru_comments', 'ru_mostread', 'ru_redaction', 'uk_footer_cut', 'uk_comments']
#: guard: passes on 42babca too (a prompt in the box, the text ends on a whole sentence)
GUARD_PAGES = ['uk_telegram']
#: the article's last paragraph on each page
LAST = {"": B[-1], "ru": BR[-1], "uk": BU[-1]}


def _chrome(name: str) -> list[str]:
    article = len(H) + len(B)
    return [line for line in P[name][article:] if len(line.split()) >= 3]


@pytest.mark.parametrize("name", CHROME_PAGES + GUARD_PAGES)
def test_chrome_after_the_article_stays_out_of_the_body(name: str):
    body = extract_plaintext("\n\n".join(P[name])).body
    for line in _chrome(name):
        assert line not in body, (name, line)
    lang = name[:2] if name[:3] in ("ru_", "uk_") else ""
    assert body.endswith(LAST[lang])


def test_cut_article_after_a_related_box_is_still_bridged():
    body = extract_plaintext("\n\n".join(P["control_cut_article"])).body
    assert body.endswith("review the new figures from the engine")
    assert "Ferry Terminal Opens" not in body
    assert "review the figu" not in body


def test_title_case_menu_as_last_line_stays_out():
    body = extract_plaintext("\n\n".join(P["control_menu"])).body
    assert "Obituaries" not in body
    assert body.endswith(B[-1])


# Counter-cases of the mend's own (fictional): chrome that opens a sentence and is cut mid-word.
def test_cut_comment_with_a_capital_after_a_comment_header_stays_out():
    text = "\n\n".join(H + B + ["Comments (4)", "fjordfan_77", "3 hours ago",
                                "Honestly nobody in this town believes a word the council says about the bridge any mo"])
    body = extract_plaintext(text).body
    assert "nobody in this town" not in body
    assert body.endswith(B[-1])


def test_cut_headline_list_after_a_most_read_label_stays_out():
    text = "\n\n".join(H + B + ["Most popular", "Ferry Timetable Changes From June",
                                "Harbour fish market will close for two weeks while the roof is repaired, the owners sa"])
    body = extract_plaintext(text).body
    assert "fish market will close" not in body


def test_long_tail_after_a_box_is_not_bridged():
    # a box, then far more text than a cut excerpt holds: not the cut end of this article
    # (a prose line, then short sentences, each too short for prose: worth less than the box costs)
    tail = ["Engineers from the harbour board will inspect every pier in the spring, the board said.", *(f"Pier number {n} stays shut." for n in range(80))]
    text = "\n\n".join(H + B + ["On this topic", "Tarnby Ferry Terminal Opens After Two-Year Delay", *tail,
                                "Holt said the committee would meet again next week to review the figu"])
    body = extract_plaintext(text).body
    assert "Ferry Terminal Opens" not in body
    assert "review the figu" not in body
