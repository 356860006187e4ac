"""Session 21 page dates on page tops we wrote: a Russian or Ukrainian dateline ("ЕЛЬСК, 19 июля
2023 — …", "ДНІПРО, 6 червня 2023 — …") dates the page as an English one does, its place read in
its own script; a rubric in Cyrillic capitals before a date dates nothing."""

from __future__ import annotations

from claimgraph.extract.article import extract_article

RU_HEAD = "Новости\nВ котельной на окраине города произошёл пожар\n"
RU_BODY = (
    "{place}, 14 марта 2023 — В котельной на окраине города ночью произошёл пожар, сообщили в управлении МЧС.\n"
    "По словам спасателей, пострадавших нет.\n"
    "Жителям трёх домов временно отключили отопление.\n"
)
UK_HEAD = "Новини\nУ котельні на околиці міста сталася пожежа\n"
UK_BODY = (
    "{place}, 14 березня 2023 — У котельні на околиці міста вночі сталася пожежа, повідомили в ДСНС.\n"
    "За словами рятувальників, постраждалих немає.\n"
    "Мешканцям трьох будинків тимчасово відключили опалення.\n"
)


def published(text: str) -> str | None:
    return (extract_article(text, "text").published or "")[:10] or None


def test_russian_dateline_with_a_city_geonames_knows():
    assert published(RU_HEAD + RU_BODY.format(place="КРАСНОЯРСК")) == "2023-03-14"


def test_russian_dateline_with_a_town_the_dictionary_reads_as_a_place():
    # too small for GeoNames' cities of 15,000: pymorphy3 tags the "-ск" name a place (Geox)
    assert published(RU_HEAD + RU_BODY.format(place="ВЕРХНЕЛУЖСК")) == "2023-03-14"


def test_ukrainian_dateline_with_a_city():
    assert published(UK_HEAD + UK_BODY.format(place="ДНІПРО")) == "2023-03-14"
    assert published(UK_HEAD + UK_BODY.format(place="КРИВИЙ РІГ")) == "2023-03-14"


def test_rubric_in_cyrillic_capitals_is_no_dateline():
    # counter-cases: a label or a common word in capitals before a date is no place
    for place in ("МОЛНИЯ", "ЭКСКЛЮЗИВ", "НОВОСТИ", "РЕПОРТАЖ"):
        assert published(RU_HEAD + RU_BODY.format(place=place)) is None, place
    for place in ("ВІДЕО", "НОВИНИ", "ТЕРМІНОВО", "ХРОНІКА"):
        assert published(UK_HEAD + UK_BODY.format(place=place)) is None, place


def test_printed_date_still_wins_over_a_historical_cyrillic_dateline():
    # the dateline's date years from the page's printed date is a historical one
    text = RU_HEAD + "Обновлено: 16 марта 2023\n" + RU_BODY.format(place="КРАСНОЯРСК").replace("2023", "1998", 1)
    assert published(text) == "2023-03-16"
