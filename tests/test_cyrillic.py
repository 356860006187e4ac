"""Russian and Ukrainian claims and entities, through the real natasha and pymorphy3 models.

Every sentence here is our own, about a made-up bridge repair; none comes from a real page.
"""

from __future__ import annotations

import pytest

from claimgraph.extract.cyrillic import extract_claims_cyrillic
from claimgraph.extract.cyrillic.entities import person_nominative
from claimgraph.pipeline import AnalysisInput, analyse

RU = """Мост через реку Сож восстановят к весне, заявили в областной администрации.
«Работы начнутся в марте и займут три месяца», — сказал губернатор области Пётр Сидоренко.
Как заявил министр транспорта Олег Малинин, ремонт дороги будет оплачен из федерального бюджета.
По словам Олега Малинина, подрядчик уже выбран.
Пресс-секретарь мэрии Анна Белова сообщила, что движение по мосту закроют на две недели.
Ирина Котова: «Мы ждали этого ремонта десять лет».
Представитель подрядчика отказался комментировать сроки.
Глава района Юрий Ковалёв пока не подтвердил эти сведения.
Предположительно, мост пострадал от паводка.
По данным Росавтодора, движение восстановят к июлю."""

UK = """Речник міської ради Андрій Литвин заявив, що новий міст відкриють у червні.
За словами Литвина, ремонт коштуватиме сорок мільйонів гривень.
«Ми перевіримо кожну опору», — каже інженерка Оксана Мельник.
Як зазначив голова громади Богдан Ткачук, рух автобусів не зміниться.
Директор підрядника Василь Гнатюк відмовився коментувати ціну робіт.
Імовірно, міст пошкодила повінь."""


def _claim(ext, content_start: str):
    found = [c for c in ext.claims if c.content.lstrip("«\"").startswith(content_start)]
    assert found, f"no claim starting {content_start!r} in {[c.content for c in ext.claims]}"
    return found[0]


@pytest.fixture(scope="module")
def ru():
    return extract_claims_cyrillic(RU, "ru")


@pytest.fixture(scope="module")
def uk():
    return extract_claims_cyrillic(UK, "uk")


@pytest.mark.parametrize("content, kind, speaker", [
    ("Работы начнутся в марте", "direct", "Пётр Сидоренко"),                       # «…», — сказал X
    ("ремонт дороги будет оплачен", "indirect", "Олег Малинин"),                   # как заявил X, …
    ("подрядчик уже выбран", "according_to", "Олег Малинин"),                      # по словам X (genitive → nominative)
    ("движение по мосту закроют", "indirect", "Анна Белова"),                      # X сообщила, что …
    ("Мы ждали этого ремонта", "direct", "Ирина Котова"),                          # X: «…»
    ("Мост через реку Сож восстановят", "indirect", "областной администрации"),    # …, заявили в X (a body described)
    ("Представитель подрядчика отказался", "no_comment", "Представитель подрядчика"),
    ("Глава района Юрий Ковалёв пока не подтвердил", "no_comment", "Юрий Ковалёв"),
    ("движение восстановят к июлю", "according_to", "Росавтодор"),                 # по данным X (the nominative)
])
def test_russian_constructions(ru, content, kind, speaker):
    c = _claim(ru, content)
    assert (c.kind, c.speaker) == (kind, speaker)
    assert ru_text_at(c) == c.content


def ru_text_at(c):
    return RU[c.start:c.end]


@pytest.mark.parametrize("content, kind, speaker", [
    ("новий міст відкриють", "indirect", "Андрій Литвин"),           # X заявив, що …
    ("ремонт коштуватиме", "according_to", "Андрій Литвин"),         # за словами X (surname alone → the full name)
    ("Ми перевіримо кожну опору", "direct", "Оксана Мельник"),       # «…», — каже X
    ("рух автобусів не зміниться", "indirect", "Богдан Ткачук"),     # як зазначив X, …
    ("Директор підрядника Василь Гнатюк відмовився", "no_comment", "Василь Гнатюк"),
])
def test_ukrainian_constructions(uk, content, kind, speaker):
    c = _claim(uk, content)
    assert (c.kind, c.speaker) == (kind, speaker)
    assert UK[c.start:c.end] == c.content


def test_hedges_are_unattributed_claims_with_no_speaker(ru, uk):
    # "Предположительно, …" / "Імовірно, …": passed on from nobody named, never a sourced claim
    for ext, text, word in ((ru, RU, "паводка"), (uk, UK, "повінь")):
        found = [c for c in ext.claims if word in c.content]
        assert [(c.kind, c.speaker) for c in found] == [("unattributed", None)]
        assert text[found[0].cue_start:found[0].cue_end] in ("Предположительно", "Імовірно")
        assert not found[0].content.startswith(("Предположительно", "Імовірно"))


def test_claims_have_a_cue_at_its_offsets(ru):
    for c in ru.claims:
        assert c.cue_start is not None and RU[c.cue_start:c.cue_end] == c.cue


def test_statement_speaks_for_its_author():
    text = ("Министерство транспорта опубликовало заявление о ремонте моста.\n"
            "«Все службы готовы к работе», — говорится в сообщении.")
    c = _claim(extract_claims_cyrillic(text, "ru"), "Все службы")
    assert c.kind == "direct" and c.speaker and "Министерств" in c.speaker


def test_pronoun_takes_the_last_person_quoted():
    text = ("Мэр города Игорь Соколов заявил, что мост откроют летом.\n"
            "«Денег хватит на всё», — сказал он.")
    c = _claim(extract_claims_cyrillic(text, "ru"), "Денег хватит")
    assert c.speaker == "Игорь Соколов"


def test_about_this_sentence_claims_the_sentence_before():
    text = "Ремонт моста завершится в августе. Об этом сообщил губернатор области Пётр Сидоренко."
    c = _claim(extract_claims_cyrillic(text, "ru"), "Ремонт моста завершится")
    assert c.speaker == "Пётр Сидоренко"


@pytest.mark.parametrize("language, words, expected", [
    ("ru", ["Олега", "Малинина"], ["Олег", "Малинин"]),
    ("ru", ["Анной", "Беловой"], ["Анна", "Белова"]),
    ("uk", ["Андрія", "Литвина"], ["Андрій", "Литвин"]),
    ("ru", ["Пётр", "Сидоренко"], ["Пётр", "Сидоренко"]),   # already nominative: unchanged
    ("ru", ["Петрин"], ["Петрин"]),                          # a surname alone, nominative: unchanged
    ("ru", ["Даниил", "Безсонов"], ["Даниил", "Безсонов"]),  # not the plural family "Даниилы Безсоны"
    ("uk", ["Ірини", "Верещук"], ["Ірина", "Верещук"]),
    ("uk", ["Кирила", "Гнатенка"], ["Кирило", "Гнатенко"]),   # the Ukrainian -о name, not "Кирил"
    ("uk", ["Михайла", "Гончара"], ["Михайло", "Гончар"]),
])
def test_person_names_to_the_nominative(language, words, expected):
    assert person_nominative(language, words) == expected


def test_entities_typed_and_grouped(ru):
    by_name = {e.name: e for e in ru.entities}
    assert by_name["Олег Малинин"].type == "PERSON"
    assert sorted(m.text for m in by_name["Олег Малинин"].mentions) == ["Олег Малинин", "Олега Малинина"]
    for e in ru.entities:
        for m in e.mentions:
            assert RU[m.start:m.end] == m.text


def test_pipeline_dispatches_by_language():
    english = "The mayor said that the bridge would reopen in June. Officials declined to comment on the cost."
    results = analyse([AnalysisInput(RU, "text"), AnalysisInput(UK, "text"), AnalysisInput(english, "text")], n_process=1)
    assert [r.article.language for r in results] == ["ru", "uk", "en"]
    assert any(c.speaker == "Олег Малинин" for c in results[0].extraction.claims)
    assert any(c.speaker == "Андрій Литвин" for c in results[1].extraction.claims)
    assert any(c.kind == "no_comment" for c in results[2].extraction.claims)


def test_hostile_cyrillic_input_gives_an_extraction():
    # unbalanced quote marks, a lone dash, control characters: no claim invented, no exception
    for text in ("«" * 50 + " — сказал", "По словам ,", "\x00\x01 заявил, что", "— — —", "Об этом сообщил"):
        ext = extract_claims_cyrillic(text, "ru")
        for c in ext.claims:
            assert text[c.start:c.end] == c.content


def _json_lines(r) -> list[dict]:
    import json

    assert r.returncode == 0, r.stderr
    return [json.loads(line) for line in r.stdout.decode("utf-8").splitlines()]


def test_search_folds_cyrillic_letters_and_apostrophes(cli, tmp_path):
    indir = tmp_path / "in"
    indir.mkdir()
    (indir / "ru.txt").write_text("Вертолёт сел на площадку у моста, сообщил пилот.\n", encoding="utf-8")
    (indir / "uk.txt").write_text("Міст через Їрпінь відкрили у пʼятницю, повідомив інженер.\n", encoding="utf-8")
    (indir / "uk2.txt").write_text("Ґанок школи відремонтували у п'ятницю, заявив директор.\n", encoding="utf-8")
    assert cli("ingest", "--no-extract", str(indir)).returncode == 0
    def found(query):
        return sorted(h["title"] or h["sha256"][:8] for h in _json_lines(cli("search", query, "--json")))
    assert len(found("вертолет")) == 1 and found("вертолет") == found("ВЕРТОЛЁТ")   # ё/е and case
    assert len(found("ірпінь")) == 1 and found("ірпінь") == found("Їрпінь")         # ї/і
    assert len(found("ганок")) == 1                                                  # ґ/г
    assert len(found("пʼятницю")) == 2 and found("пʼятницю") == found('"п’ятницю"')  # three apostrophes alike
    assert found("мостик") == []


def test_person_span_loses_the_body_before_the_first_name():
    from claimgraph.extract.cyrillic.entities import fix_person

    text = "Речник Генштабу Кесмарії Андрій Гайдук заявив."
    start = text.index("Кесмарії")
    end = text.index(" заявив")
    s, e, type_ = fix_person("uk", text, start, end)
    assert (text[s:e], type_) == ("Андрій Гайдук", "PERSON")


RU_BODIES = """Министерство обороны России заявило, что учения у переправы завершены.
В Генштабе ВСУ сообщили, что паромную переправу через реку восстановили.
Власти Молдавии заявили, что граница с Украиной останется открытой.
Украинское оперативное командование "Восток" обвинило в обстреле парома российские войска.
Позже российская сторона сообщила, что паром затонул из-за шторма.
Министерство транспорта сообщило, что паром поднимут в мае. Представитель ведомства отказался от комментариев.
Президент Олег Малинин провёл совещание. По словам главы государства, решение примут в пятницу."""

UK_BODIES = """Міністерство оборони України повідомило, що навчання біля переправи завершено.
У Генштабі ЗСУ повідомили, що поромну переправу відновлено.
Уряд Польщі заявив, що кордон залишиться відкритим.
Міністерство енергетики повідомило, що світло повернуть до вечора. Представник відомства відмовився від коментарів.
Президент Богдан Ткачук провів нараду. За словами глави держави, рішення ухвалять у пʼятницю."""


@pytest.mark.parametrize("text, language, content, kind, speaker", [
    # the NER cuts a body's name in two: the genitive after it is part of the name
    (RU_BODIES, "ru", "учения у переправы", "indirect", "Министерство обороны России"),
    (RU_BODIES, "ru", "паромную переправу", "indirect", "Генштаб ВСУ"),      # the nominative, though not written
    (RU_BODIES, "ru", "граница с Украиной", "indirect", "Власти Молдавии"),  # a place governed by a noun is a body
    (RU_BODIES, "ru", "в обстреле парома", "indirect", 'Украинское оперативное командование "Восток"'),
    (RU_BODIES, "ru", "паром затонул", "indirect", "российская сторона"),      # "Позже" is no part of the subject
    (RU_BODIES, "ru", "Представитель ведомства", "no_comment", "Министерство транспорта"),   # the body last named
    (RU_BODIES, "ru", "решение примут", "according_to", "Олег Малинин"),        # head of state: the person
    (UK_BODIES, "uk", "навчання біля переправи", "indirect", "Міністерство оборони України"),
    (UK_BODIES, "uk", "поромну переправу", "indirect", "Генштаб ЗСУ"),
    (UK_BODIES, "uk", "кордон залишиться", "indirect", "Уряд Польщі"),        # no person, though the NER says so
    (UK_BODIES, "uk", "Представник відомства", "no_comment", "Міністерство енергетики"),
    (UK_BODIES, "uk", "рішення ухвалять", "according_to", "Богдан Ткачук"),
], ids=lambda v: str(v)[:20])
def test_speakers_named_whole(text, language, content, kind, speaker):
    c = _claim(extract_claims_cyrillic(text, language), content)
    assert (c.kind, c.speaker) == (kind, speaker)


def test_entity_span_stops_before_its_verb():
    text = "Пресслужба Міністерства енергетики повідомила, що світло на переправі повернуть до вечора."
    mentions = [m.text for e in extract_claims_cyrillic(text, "uk").entities for m in e.mentions]
    assert "Міністерства енергетики" in mentions
    assert not [m for m in mentions if "повідомила" in m]


def test_about_this_after_a_claim_leaves_the_claim_to_its_speaker():
    # "Про це повідомив Y" after "X заявив, що C": Y passes C on, C stays X's; "Він" is then Y,
    # the person named last outside what was said
    text = ("Речник порту Андрій Гайовий заявив, що пором вийде в рейс у понеділок.\n"
            "Про це повідомив Дмитро Лобода. Він додав, що квитки вже продають.")
    ext = extract_claims_cyrillic(text, "uk")
    assert [(c.speaker, c.kind) for c in ext.claims if "пором вийде" in c.content] == [("Андрій Гайовий", "indirect")]
    assert _claim(ext, "квитки вже продають").speaker == "Дмитро Лобода"


def test_entities_the_ner_leaves_out_or_cuts():
    uk = ("Голова громади Павло Левчук заявив, що переправу відкриють у травні.\n"
          "За словами Левчука, пором уже відремонтовано.")
    ru = ("Власти Донецкой народной республики (ДНР) не комментировали ремонт парома.\n"
          "В Генштабе ВСУ сообщили, что переправу охраняют.")
    ext = extract_claims_cyrillic(uk, "uk")
    by_name = {e.name: e for e in ext.entities}
    # the surname alone, in the genitive, is a mention of the person named in full before (and,
    # since session 15, the title opening the sentence with the name is one more, the GUIDE's span)
    assert sorted(m.text for m in by_name["Павло Левчук"].mentions) == [
        "Голова громади Павло Левчук", "Левчука", "Павло Левчук"]
    ext = extract_claims_cyrillic(ru, "ru")
    mentions = {(m.text, e.type) for e in ext.entities for m in e.mentions}
    # a name and its abbreviation in brackets are two mentions; a body and its genitive owner one
    assert ("ДНР", "GPE") in mentions and ("Донецкой народной республики", "GPE") in mentions
    assert ("Генштабе ВСУ", "ORG") in mentions and {e.name for e in ext.entities} >= {"Генштаб ВСУ"}
    for e in ext.entities:
        for m in e.mentions:
            assert ru[m.start:m.end] == m.text


def test_a_russian_body_and_its_english_name_are_one_entity_for_the_linker():
    from claimgraph.link import names as N

    ru = extract_claims_cyrillic("Министерство обороны России сообщило, что учения у переправы завершены.", "ru")
    uk = extract_claims_cyrillic("У Міністерстві оборони Росії заявили, що навчання біля переправи завершено.", "uk")
    names = [e.name for ext in (ru, uk) for e in ext.entities if e.type == "ORG"]
    assert len(names) == 2
    for name in names:
        assert N.match("ORG", name, "Russian Ministry of Defence")
        assert not N.match("ORG", name, "Ukrainian Ministry of Defence")


@pytest.mark.parametrize("language, sentence, speaker", [
    ("ru", "В Министерстве транспорта России от комментариев отказались.", "Министерство транспорта России"),
    ("ru", "Капитан парома Олег Малинин воздержался от комментариев.", "Олег Малинин"),
    ("ru", "Пресс-служба порта оставила запрос без ответа.", "порт"),   # a press service speaks for its body
    ("ru", "Комментариев от Росморречфлота пока не последовало.", None),
    ("ru", "Глава района Олег Малинин не смог прокомментировать ситуацию.", "Олег Малинин"),
    ("uk", "У Міністерстві інфраструктури України від коментарів відмовилися.", None),
    ("uk", "Капітан порома Андрій Литвин утримався від коментарів.", "Андрій Литвин"),
    ("uk", "Пресслужба порту залишила запит без відповіді.", "Пресслужба порту"),   # "порту" left oblique by the inflector: as written
    ("uk", "Голова громади Богдан Ткачук не зміг прокоментувати ситуацію.", "Богдан Ткачук"),
    ("uk", "Офіційного підтвердження цієї інформації наразі немає.", None),
], ids=lambda v: str(v)[:24])
def test_refusals_in_every_order(language, sentence, speaker):
    ext = extract_claims_cyrillic(sentence, language)
    refusals = [c for c in ext.claims if c.kind == "no_comment"]
    assert len(refusals) == 1 and refusals[0].content == sentence.rstrip(".")
    if speaker:
        assert refusals[0].speaker == speaker


@pytest.mark.parametrize("language, text, content, speaker", [
    # the head of a place speaks, not the place; named once with the role, the person after
    ("ru", "Мэр Ровно заявил, что паром пустят в мае.", "паром пустят", "Мэр Ровно"),
    ("ru", "Глава Ровенской области Олег Малинин провёл совещание. По словам главы Ровенской области, паром "
           "пустят в мае.", "паром пустят", "Олег Малинин"),
    ("uk", "Президент Молдови заявив, що кордон відкриють у травні.", "кордон відкриють", "Президент Молдови"),
    # a spokesperson speaks for the body
    ("ru", "Представитель Росморречфлота сообщил, что паром пустят в мае.", "паром пустят", "Росморречфлот"),
], ids=lambda v: str(v)[:24])
def test_a_head_of_a_place_is_a_person(language, text, content, speaker):
    assert _claim(extract_claims_cyrillic(text, language), content).speaker == speaker


def test_an_editors_note_inside_a_quote_is_read_apart():
    text = ('Заява мера: "Пором відремонтують до травня (пізніше мер Андрій Литвин уточнив, що ремонт '
            'триватиме до червня – ред.)".')
    ext = extract_claims_cyrillic(text, "uk")
    assert _claim(ext, "Пором відремонтують").content == "Пором відремонтують до травня"
    note = _claim(ext, "ремонт триватиме")
    assert (note.speaker, note.content) == ("Андрій Литвин", "ремонт триватиме до червня")


def test_as_said_where_a_body_speaks():
    # "Як зазначають у X, C": no NER span for X, the body is named by where it speaks
    text = "Як зазначають у Генштабі ЗСУ, переправу через річку відновили вночі."
    c = _claim(extract_claims_cyrillic(text, "uk"), "переправу через річку")
    assert (c.kind, c.speaker) == ("indirect", "Генштаб ЗСУ")


def _mentions(text: str, language: str) -> set[tuple[str, str]]:
    ext = extract_claims_cyrillic(text, language)
    for e in ext.entities:
        for m in e.mentions:
            assert text[m.start:m.end] == m.text
    return {(m.text, e.type) for e in ext.entities for m in e.mentions}


def test_states_cities_and_regions_by_name_in_any_case():
    # the Ukrainian dictionary has no place tag: states by their CLDR names, cities by GeoNames,
    # regions by -щина; a common noun opening a sentence is no place
    mentions = _mentions("Вибух стався вранці. Міністр заявив, що Росія знову обстріляла Бахмут, "
                         "а на Харківщині оголосили евакуацію.", "uk")
    assert {("Росія", "GPE"), ("Бахмут", "GPE"), ("Харківщині", "GPE")} <= mentions
    assert not [m for m in mentions if m[0].startswith("Вибух")]


def test_abbreviations_of_bodies_and_a_surname_after_a_title():
    mentions = _mentions("Речник ЗСУ повідомив, що голова ОВА Гнатенко прибув до Києва.", "uk")
    assert {("ЗСУ", "ORG"), ("ОВА", "ORG"), ("Гнатенко", "PERSON"), ("Києва", "GPE")} <= mentions
    # an outlet's abbreviation joined to a name is a body, not the country it names
    assert ("РБК-Україна", "ORG") in _mentions("Дрон збили над мостом, повідомляє РБК-Україна.", "uk")


def test_abbreviation_types_from_the_dictionaries():
    from claimgraph.extract.cyrillic.entities import abbreviation_type

    assert [abbreviation_type("uk", w) for w in ("ЗСУ", "РФ", "США", "ЄС", "ГЕС", "ППО")] == \
        ["ORG", "GPE", "GPE", "ORG", "FAC", None]
    assert [abbreviation_type("ru", w) for w in ("ВСУ", "РФ", "МЧС", "СМИ")] == ["ORG", "GPE", "ORG", None]


def test_names_read_from_their_shape():
    # capitalised adjective(s) + the head noun of a facility, a water or a body
    mentions = _mentions("Українські війська відвели техніку від Нікопольської греблі, повідомили у Повітряних силах.", "uk")
    assert {("Українські війська", "ORG"), ("Нікопольської греблі", "FAC"), ("Повітряних силах", "ORG")} <= mentions
    ext = extract_claims_cyrillic("Украинское оперативное командование «Север» обвинило в обстреле моста "
                                  "российские войска. Как сообщил глава ВГА Савченко, в Херсонской областной "
                                  "военной администрации работают.", "ru")
    mentions = {(m.text, e.type) for e in ext.entities for m in e.mentions}
    assert ("Украинское оперативное командование «Север»", "ORG") in mentions
    assert ("Херсонской областной военной администрации", "ORG") in mentions
    # the body with its quoted name speaks, named in the nominative
    assert _claim(ext, "в обстреле моста").speaker == "Украинское оперативное командование «Север»"
    # "Все службы": a pronoun's adjective makes no name
    assert not [m for m in _mentions("Все службы работают на месте.", "ru") if "службы" in m[0]]


def test_a_place_and_its_region_are_two_mentions_and_a_group_is_no_name():
    assert {("Бахмуте", "GPE"), ("Донецкой области", "GPE")} <= _mentions("Взрыв произошёл в Бахмуте Донецкой области.", "ru")
    mentions = _mentions("Фахівці Укрзалізниці оглянули колії.", "uk")
    assert ("Укрзалізниці", "ORG") in mentions and not [m for m in mentions if "Фахівці" in m[0]]


def test_a_span_run_over_two_bodies_is_cut_at_the_title():
    from claimgraph.extract.cyrillic.entities import EntitySpan, split_span

    body = "Як заявила в ефірі Громадське радіо речниця Сил оборони півночі Ганна Ткач, міст цілий."
    start = body.index("Громадське")
    end = body.index(" півночі")
    parts = split_span("uk", body, EntitySpan(start, end, "ORG", body[start:end], body[start:end]))
    # two bodies, the second finished by its compass word
    assert [p.text for p in parts] == ["Громадське радіо", "Сил оборони півночі"]


def test_a_body_abbreviation_inside_a_longer_name_is_its_own_mention():
    mentions = _mentions("У Повітряних силах ЗСУ не підтвердили втрату літака.", "uk")
    assert ("ЗСУ", "ORG") in mentions


@pytest.mark.parametrize("text, content, speaker", [
    # razdel runs a line with no final stop into the next: a sentence never crosses a line
    ("Новини громади за тиждень\nМер Андрій Литвин заявив, що міст відкриють у травні.",
     "міст відкриють у травні", "Андрій Литвин"),
    ("Новости района за неделю\nМэр Андрей Литвинов заявил, что мост откроют в мае.",
     "мост откроют в мае", "Андрей Литвинов"),
    ('Джерело: голова громади Богдан Ткачук у Telegram\nПряма мова Ткачука: "Міст відкриють у травні '
     '(пізніше Ткачук уточнив, що роботи затримаються – ред.)".', "роботи затримаються", "Богдан Ткачук"),
], ids=lambda v: str(v)[:24])
def test_a_sentence_ends_at_its_line(text, content, speaker):
    language = "ru" if "Мэр" in text else "uk"
    assert _claim(extract_claims_cyrillic(text, language), content).speaker == speaker


def test_a_quote_reporting_a_third_party_holds_its_claim():
    ext = extract_claims_cyrillic("«Рятувальники, які працюють біля мосту, повідомляють про двох поранених. "
                                  "Рух перекрито», — повідомив голова громади Богдан Ткачук.", "uk")
    assert _claim(ext, "Рятувальники, які працюють").speaker == "Богдан Ткачук"
    nested = _claim(ext, "двох поранених")   # what they report, without "про"
    assert (nested.speaker, nested.kind, nested.content) == ("Рятувальники", "indirect", "двох поранених")
    # the speaker's own "we" or a future "someone will announce" is part of the quote
    ext = extract_claims_cyrillic("«Ми не оголошували — про це оголосить хтось інший», — сказав Ігнат.", "uk")
    assert [c.speaker for c in ext.claims] == ["Ігнат"]


@pytest.mark.parametrize("language, text, refused, reporter, content", [
    ("uk", "У штабі флоту не підтвердили дані Reuters щодо втрати двох катерів.", "У штабі флоту", "Reuters",
     "втрати двох катерів"),
    ("ru", "В штабе флота не подтвердили сообщения Reuters о потере двух катеров.", "В штабе флота", "Reuters",
     "потере двух катеров"),
])
def test_a_report_left_unconfirmed_is_its_reporters_claim(language, text, refused, reporter, content):
    ext = extract_claims_cyrillic(text, language)
    assert _claim(ext, refused).kind == "no_comment"
    c = _claim(ext, content)
    assert (c.speaker, c.kind, c.content) == (reporter, "according_to", content)


def test_a_name_in_quote_marks_is_no_quotation():
    ext = extract_claims_cyrillic('Мер Андрій Литвин заявив, що міст атакував "Шахед".', "uk")
    assert _claim(ext, "міст атакував").kind == "indirect"
    ext = extract_claims_cyrillic('Мер Андрій Литвин заявив, що міст "повністю зруйновано".', "uk")
    assert _claim(ext, "міст").kind == "mixed"


@pytest.mark.parametrize("language, text, speaker", [
    ("ru", "В Минобороны эту информацию не подтверждают.", "Минобороны"),          # present tense
    ("ru", "В мэрии не дали комментариев.", "мэрия"),
    ("ru", "Представитель компании не назвал причину задержки.", "Представитель компании"),
    ("ru", "На запрос редакции о сроках ответа не поступило.", None),
    ("uk", "У Міноборони цю інформацію не підтверджують.", "Міноборони"),
    ("uk", "У порту поки що не коментують інцидент.", "порту"),
    ("uk", "У мерії не надали коментарів.", "мерія"),
    ("uk", "Речник компанії не назвав причину затримки.", "Речник компанії"),
], ids=lambda v: str(v)[:24])
def test_more_refusals(language, text, speaker):
    c = _claim(extract_claims_cyrillic(text, language), text[:12])
    assert c.kind == "no_comment" and c.content == text.rstrip(".")
    if speaker:
        assert c.speaker == speaker


def test_a_negated_verb_inside_what_was_said_is_no_refusal():
    c = _claim(extract_claims_cyrillic("Министр сказал, что мост не называют главной целью.", "ru"), "мост")
    assert (c.kind, c.speaker) == ("indirect", "Министр")


def test_a_prepositions_object_before_the_verb_is_no_speaker():
    ext = extract_claims_cyrillic("О ремонте дамбы сегодня утром сообщил глава района Юрий Ковалёв.", "ru")
    assert _claim(ext, "О ремонте дамбы").speaker == "Юрий Ковалёв"


@pytest.mark.parametrize("language, text, speaker", [
    ("uk", "У так званій «ДНР» заявили, що удар завдала Україна.", "ДНР"),
    ("ru", "В так называемой «ДНР» заявили, что удар нанесла Украина.", "ДНР"),
    # a first name and the word after it, which the NER passed over (and GeoNames has as a town)
    ("uk", "Голова Укрзалізниці Олександр Камишин заявив, що потяги ходять.", "Олександр Камишин"),
], ids=lambda v: str(v)[:24])
def test_so_called_and_a_name_the_ner_passed_over(language, text, speaker):
    ext = extract_claims_cyrillic(text, language)
    assert ext.claims[0].speaker == speaker
    assert [e.type for e in ext.entities if e.name == speaker] == (["PERSON"] if " " in speaker else ["ORG"])


def test_a_name_ending_in_a_thing_is_a_body():
    # "Червоний" is a surname too; "Червоного Хреста" after a body is the body's name
    ext = extract_claims_cyrillic("Як заявили в Міжнародному комітеті Червоного Хреста, доступу до табору немає.", "uk")
    assert {(m.text, e.type) for e in ext.entities for m in e.mentions} == {
        ("Міжнародному комітеті Червоного Хреста", "ORG")}
    assert ext.claims[0].speaker == "Міжнародний комітет Червоного Хреста"


@pytest.mark.parametrize("language, text", [
    ("uk", "Нагадаємо, що міст зруйнували у червні."),
    ("uk", "Як ми повідомляли, міст зруйнували у червні."),
    ("uk", "Як повідомляв раніше наш сайт, міст зруйнували у червні."),
    ("ru", "Напомним, что мост разрушили в июне."),
    ("ru", "Отметим, что мост разрушили в июне."),
    ("uk", "Про це повідомляє пресслужба Генштабу ЗСУ."),   # "про це" with nothing before it
], ids=lambda v: str(v)[:24])
def test_the_writers_own_narration_is_no_claim(language, text):
    assert extract_claims_cyrillic(text, language).claims == []


def test_the_writer_words_only_by_the_cue():
    # "наш" inside what was said does not make the writer the speaker
    assert _claim(extract_claims_cyrillic("Мер заявив, що наш міст зруйнували у червні.", "uk"), "наш міст").speaker == "Мер"
    # a first person inside a quote is the quoted speaker's
    assert _claim(extract_claims_cyrillic("«Мы сообщили, что мост разрушен», — сказал Пётр Гнатюк.", "ru"),
                  "Мы сообщили").speaker == "Пётр Гнатюк"


@pytest.mark.parametrize("language, text, speaker", [
    ("uk", "«Міст зруйновано», — зазначили в Генштабі.", "Генштаб"),
    ("ru", "В Кремле заявили, что мост разрушен.", "Кремль"),
], ids=lambda v: str(v)[:24])
def test_a_body_named_by_its_seat_or_a_common_noun_speaks(language, text, speaker):
    ext = extract_claims_cyrillic(text, language)
    assert ext.claims[0].speaker == speaker
    assert [e.type for e in ext.entities] == ["ORG"]


def test_a_city_in_an_oblique_case_read_as_an_adjective_first():
    # "Донецьку" is first the adjective "донецький"; GeoNames has the city
    mentions = _mentions("Удар по Донецьку завдали вночі, повідомив мер Петро Гнатюк.", "uk")
    assert ("Донецьку", "GPE") in mentions


@pytest.mark.parametrize("language, text, speaker", [
    ("uk", "Пресслужба ГУР повідомила, що міст зруйновано.", "ГУР"),
    ("ru", "Пресс-служба Минобороны сообщила, что мост разрушен.", "Минобороны"),
    ("ru", "Пресс-служба компании сообщила, что мост разрушен.", "Пресс-служба компании"),   # no body named
], ids=lambda v: str(v)[:24])
def test_a_press_service_speaks_for_its_body(language, text, speaker):
    assert extract_claims_cyrillic(text, language).claims[0].speaker == speaker


def test_a_common_word_opening_a_sentence_is_no_city():
    # GeoNames has a town "Мост"; the noun opening a sentence is the bridge
    assert not [m for m in _mentions("Мост разрушен. Об этом сообщает пресс-служба Генштаба ВСУ.", "ru")
                if m[0] == "Мост"]


@pytest.mark.parametrize("language, text, speaker, pieces", [
    ("ru", "Губернатор Пётр Сидоренко заявил: «Мост закрыт на ремонт.\nДвижение пустят в объезд».",
     "Пётр Сидоренко", ["Мост закрыт на ремонт", "Движение пустят в объезд"]),
    ("uk", 'Пряма мова Ткачука: "Міст закрили на ремонт (пізніше Богдан Ткачук уточнив, що ремонт триватиме '
           'тиждень – ред.).\nРятувальники, що працюють на місці, повідомляють про двох поранених".',
     "Богдан Ткачук", ["Міст закрили на ремонт", "Рятувальники, що працюють на місці, повідомляють про двох поранених"]),
], ids=lambda v: str(v)[:24])
def test_a_quotation_over_two_paragraphs_is_one_claim_in_pieces(language, text, speaker, pieces):
    ext = extract_claims_cyrillic(text, language)
    quoted = [c for c in ext.claims if c.parts]
    assert len(quoted) == 1
    c = quoted[0]
    assert (c.speaker, c.kind) == (speaker, "direct")
    assert [text[a:b] for a, b in c.parts] == pieces
    if language == "uk":
        # the editor's note and the report inside the quote stay claims of their own
        assert _claim(ext, "ремонт триватиме тиждень").speaker == "Богдан Ткачук"
        assert _claim(ext, "двох поранених").speaker == "Рятувальники"


@pytest.mark.parametrize("language, text, content, speaker", [
    ("ru", "В заявлении Минобороны говорится, что мост разрушен.", "мост разрушен", "Минобороны"),
    ("ru", "Как отмечается в сообщении Минобороны, мост разрушен.", "мост разрушен", "Минобороны"),
    ("ru", "Мост разрушен. Об этом говорится в заявлении Минобороны.", "Мост разрушен", "Минобороны"),
    ("ru", "Мост разрушен, говорится в сообщении Минобороны.", "Мост разрушен", "Минобороны"),
    ("uk", "Міст зруйновано. Про це йдеться в заяві ГУР.", "Міст зруйновано", "ГУР"),
    ("uk", "У заяві Генштабу йдеться, що міст зруйновано.", "міст зруйновано", "Генштаб"),
    ("uk", "Як зазначається в повідомленні Генштабу, міст зруйновано.", "міст зруйновано", "Генштаб"),
], ids=lambda v: str(v)[:24])
def test_a_statement_speaks_for_its_author(language, text, content, speaker):
    c = _claim(extract_claims_cyrillic(text, language), content)
    assert (c.content, c.speaker) == (content, speaker)


@pytest.mark.parametrize("language, text, speaker", [
    ("ru", "Со слов очевидцев, мост разрушен.", "очевидцы"),
    ("uk", "Зі слів очевидців, міст зруйновано.", "очевидці"),
    ("uk", "За повідомленням Генштабу, міст зруйновано.", "Генштаб"),
    ("uk", "Згідно з повідомленням Генштабу, міст зруйновано.", "Генштаб"),
    ("uk", "Як випливає з повідомлення Генштабу, міст зруйновано.", "Генштаб"),
], ids=lambda v: str(v)[:24])
def test_more_according_to_phrases(language, text, speaker):
    c = extract_claims_cyrillic(text, language).claims[0]
    assert (c.kind, c.speaker, c.content) == ("according_to", speaker, text.split(", ", 1)[1].rstrip("."))


@pytest.mark.parametrize("language, text, content, speaker", [
    ("uk", "Як передає Укрінформ, міст зруйновано.", "міст зруйновано", "Укрінформ"),
    ("uk", "Мер Андрій Литвин відзначив, що міст зруйновано.", "міст зруйновано", "Андрій Литвин"),
    ("uk", "Ситуацію прокоментував мер Андрій Литвин: «Міст зруйновано».", "Міст зруйновано", "Андрій Литвин"),
    ("ru", "Ситуацию прокомментировал мэр Андрей Литвинов: «Мост разрушен».", "Мост разрушен", "Андрей Литвинов"),
], ids=lambda v: str(v)[:24])
def test_more_cue_verbs(language, text, content, speaker):
    assert _claim(extract_claims_cyrillic(text, language), content).speaker == speaker


def test_a_capital_opening_a_quotation_is_no_name_but_a_quoted_name_is():
    assert not [m for m in _mentions("Ситуацию прокомментировал мэр Андрей Литвинов: «Мост разрушен».", "ru")
                if m[0] == "Мост"]
    assert ("Укргідроенерго", "ORG") in _mentions("Міст зруйновано, заявляють в «Укргідроенерго».", "uk")


@pytest.mark.parametrize("text, language, content", [
    ("Задержаны четыре человека, сообщает агентство Вестник со ссылкой на Министерство обороны Дравании.", "ru",
     "Задержаны четыре человека"),
    ("Как сообщает агентство Вестник со ссылкой на Министерство обороны Дравании, задержаны четыре человека.", "ru",
     "задержаны четыре человека"),
    ("Затримано чотирьох людей, повідомляє агентство Вісник з посиланням на Генштаб Дравії.", "uk",
     "Затримано чотирьох людей"),
])
def test_a_cited_source_speaks_and_the_outlets_frame_is_not_content(text, language, content):
    claims = extract_claims_cyrillic(text, language).claims
    assert [c.content for c in claims] == [content]
    assert claims[0].kind == "according_to" and "агентство" not in (claims[0].speaker or "")


def test_about_this_with_nothing_before_it_is_no_claim():
    text = "Об этом сообщает агентство Вестник со ссылкой на Министерство обороны Дравании."
    assert extract_claims_cyrillic(text, "ru").claims == []


@pytest.mark.parametrize("text, language, content, kind, speaker", [
    # a cue with "о"/"про" and a noun: what is declared is the claim
    ("В Генштабе заявили о поражении склада топлива под Велесом.", "ru",
     "поражении склада топлива", "indirect", "Генштаб"),
    ("У Генштабі заявили про ураження складу пального під Велесом.", "uk",
     "ураження складу пального", "indirect", "Генштаб"),
    # a call and an expression of concern: their object is what is said
    ("Министр Анна Белова призвала соседей осудить обстрел.", "ru", "соседей осудить обстрел", "indirect", "Белова"),
    ("Міністерка Анна Білова закликала сусідів засудити обстріл.", "uk", "сусідів засудити обстріл", "indirect",
     "Білова"),
    # investigators' findings with a "что" clause
    ("Следователи установили, что мост подорвали изнутри.", "ru", "мост подорвали изнутри", "indirect",
     "Следователи"),
    # a refusal past tense
    ("Полиция Велеса не раскрыла имя задержанного.", "ru", "Полиция Велеса не раскрыла", "no_comment", "Полиция"),
    # a head of a place with no name before: the words the text uses, not nobody
    ("«Ситуация под контролем», — сообщил журналистам губернатор области.", "ru", "Ситуация под контролем",
     "direct", "губернатор области"),
])
def test_session_five_constructions(text, language, content, kind, speaker):
    claims = extract_claims_cyrillic(text, language).claims
    c = next(c for c in claims if content in c.content)
    assert c.kind == kind
    assert speaker.lower() in (c.speaker or "").lower()


@pytest.mark.parametrize("text, language, speaker", [
    ("Ранее Песков говорил, что Кремль не будет комментировать расследование.", "ru", "Песков"),
    ("Раніше Пєсков казав, що Кремль не коментуватиме розслідування.", "uk", "Пєсков"),
])
def test_a_refusal_inside_a_reported_clause_is_the_reporters_claim(text, language, speaker):
    claims = extract_claims_cyrillic(text, language).claims
    assert [c.kind for c in claims] == ["indirect"]
    assert speaker in (claims[0].speaker or "")


@pytest.mark.parametrize("text, language, content, speaker", [
    # a bare surname before a colon, as headlines and posts quote
    ("Белова: «Мост разрушен полностью».", "ru", "Мост разрушен полностью", "Белов"),
    # "Об этом в интервью X заявил Y": Y speaks, X is where
    ("Мост через реку разрушен. Об этом в интервью газете Вестник заявил мэр Велеса Иван Сорокин.", "ru",
     "Мост через реку разрушен", "Сорокин"),
    ("Міст через річку зруйновано. Про це в ефірі телеканалу Вісник заявив мер Велеса Іван Сорокін.", "uk",
     "Міст через річку зруйновано", "Сорокін"),
    # a body named by where it speaks, before "вважають, що"
    ("У Кремлі вважають, що за атакою стоять чужі спецслужби.", "uk", "за атакою стоять", "Кремл"),
    # a memory and blame laid on someone are claims
    ("«Я видел, как горело здание», — вспоминает Иван Сорокин.", "ru", "Я видел, как горело здание", "Сорокин"),
    ("Мэрия Велеса возлагает ответственность за обрушение на подрядчика.", "ru",
     "ответственность за обрушение на подрядчика", "Мэрия"),
])
def test_session_five_speakers(text, language, content, speaker):
    claims = extract_claims_cyrillic(text, language).claims
    c = next(c for c in claims if content in c.content)
    assert speaker.lower() in (c.speaker or "").lower()


@pytest.mark.parametrize("text, language", [
    ("Вокзал Велеса атаковали Искандером, заявил мэр Иван Сорокин.", "ru"),
    ("Вокзал Велеса був атакований «Точкою-У», заявив мер Іван Сорокін.", "uk"),
])
def test_a_weapon_system_named_is_no_entity(text, language):
    names = [e.name for e in extract_claims_cyrillic(text, language).entities]
    assert not any(n.lower().startswith(("искандер", "точк")) for n in names)
    assert any("Сорок" in n for n in names)


def test_a_city_after_a_preposition_is_a_place_not_a_name():
    ext = extract_claims_cyrillic("У Києві звинуватили Велесію у вбивстві полонених.", "uk")
    assert ("Київ", "GPE") in [(e.name, e.type) for e in ext.entities]
    assert [c.speaker for c in ext.claims] == ["Київ"]


@pytest.mark.parametrize("text, language, speaker", [
    ("Українська розвідка вважає, що барак підірвали зсередини.", "uk", "Українська розвідка"),
    ("Велеська поліція заявила, що барак підірвали зсередини.", "uk", "Велеська поліція"),
])
def test_an_adjective_with_its_noun_is_a_body_not_a_person(text, language, speaker):
    ext = extract_claims_cyrillic(text, language)
    assert not [e for e in ext.entities if e.type == "PERSON"]
    assert [c.speaker for c in ext.claims] == [speaker]


@pytest.mark.parametrize("words, expected", [("Харкові", "Харків"), ("Львові", "Львів"), ("Міністерстві оборони", "Міністерство оборони")])
def test_a_place_or_body_in_the_nominative_is_read_as_a_thing_not_a_surname(words, expected):
    from claimgraph.extract.cyrillic.entities import canonical
    assert canonical("uk", "GPE", words) == expected


def test_a_surname_built_on_a_weapons_name_is_still_a_person():
    ext = extract_claims_cyrillic("По словам Искандерова, удар был ночью.", "ru")
    assert any(e.type == "PERSON" and "Искандеров" in e.name for e in ext.entities)


# ----------------------------------------------------------------- session 6: batteries, round two
@pytest.mark.parametrize("language, text, speaker", [
    # a body named whole speaks under its nominative, whatever case the text puts it in
    ("ru", "В Министерстве юстиции России заявили, что архив парома передан в суд.", "Министерство юстиции России"),
    ("ru", "Как сообщили в Генштабе ВСУ, паром затонул у берега.", "Генштаб ВСУ"),
    ("ru", "В Кремле заявили, что паром пустят в мае.", "Кремль"),
    ("uk", "У Генштабі ЗСУ зазначили, що паром затонув біля берега.", "Генштаб ЗСУ"),
    ("uk", "Як зазначили в Укрзалізниці, поромна переправа запрацює в травні.", "Укрзалізниця"),
    # a one-word name the dictionary lacks, after a noun governing it: its genitive reading
    ("ru", "По данным Росгидромета, уровень воды у переправы упал на метр.", "Росгидромет"),
    ("ru", "В пресс-службе «Велесэнерго» от комментариев отказались.", "Велесэнерго"),
    # a common-noun name without its owner is only part of the name: as written
    ("uk", "У Міністерстві охорони здоров'я повідомили, що поранених на поромі немає.", "Міністерстві охорони здоров'я"),
    ("ru", "В Министерстве обороны отвергли сообщения о гибели парома.", "Министерстве обороны"),
], ids=lambda v: str(v)[:30])
def test_a_body_that_speaks_is_named_in_the_nominative_where_named_whole(language, text, speaker):
    ext = extract_claims_cyrillic(text, language)
    assert [c.speaker for c in ext.claims] == [speaker]


@pytest.mark.parametrize("language, sentence, speaker", [
    ("ru", "В «Велесэнерго» на запрос агентства не ответили.", None),
    ("ru", "Официальной реакции Минтранса пока не последовало.", "Минтранс"),
    ("ru", "Капитан парома Олег Малинин отказался назвать число пассажиров.", "Олег Малинин"),
    ("ru", "Связаться с пресс-службой Росморречфлота не удалось.", "Росморречфлот"),
    ("ru", "В порту не смогли объяснить причину задержки.", None),
    ("uk", "Офіційної реакції Міністерства інфраструктури поки немає.", "Міністерства інфраструктури"),
    ("uk", "У порту на запит редакції не відповіли.", None),
    ("uk", "Капітан порома Андрій Литвин відмовився називати кількість пасажирів.", "Андрій Литвин"),
    ("uk", "Журналісти не змогли зв'язатися з Укрзалізницею.", "Укрзалізниця"),
    ("uk", "У Міністерстві інфраструктури не змогли пояснити причину затримки.", None),
], ids=lambda v: str(v)[:28])
def test_more_refusals_and_absences_of_comment(language, sentence, speaker):
    ext = extract_claims_cyrillic(sentence, language)
    refusals = [c for c in ext.claims if c.kind == "no_comment"]
    assert len(refusals) == 1 and refusals[0].content == sentence.rstrip(".")
    assert len(ext.claims) == 1   # the verb of the refusal ("назвать") is no claim of its own
    if speaker:
        assert refusals[0].speaker == speaker


def test_a_refusal_whose_subject_is_a_pronoun_inside_it():
    text = "Капитан парома Олег Малинин осмотрел причал. От вопросов журналистов о сроках ремонта он отказался."
    refusals = [c for c in extract_claims_cyrillic(text, "ru").claims if c.kind == "no_comment"]
    assert [(c.speaker, c.content) for c in refusals] == [("Олег Малинин", "От вопросов журналистов о сроках ремонта он отказался")]


def test_a_surname_alone_that_reads_as_a_womans_nominative_is_the_man_named_before():
    text = "«Паром пустят в мае», — сказал капитан Виктор Самойлов. По словам Самойлова, билеты подешевеют."
    ext = extract_claims_cyrillic(text, "ru")
    assert [c.speaker for c in ext.claims] == ["Виктор Самойлов", "Виктор Самойлов"]
    assert [e.name for e in ext.entities if e.type == "PERSON"] == ["Виктор Самойлов"]


def test_reported_to_a_superior_is_a_cue():
    ext = extract_claims_cyrillic("Начальник порта Олег Викторович Малинин доложил, что паром отремонтирован.", "ru")
    assert [(c.speaker, c.content) for c in ext.claims] == [("Олег Викторович Малинин", "паром отремонтирован")]


@pytest.mark.parametrize("language, text, present, absent", [
    # a spokesman is no part of the body's name
    ("uk", "Пресслужба Нацполіції повідомила, що пором оглянули.", {("Нацполіції", "ORG")}, {"Пресслужба Нацполіції"}),
    ("ru", "Представитель «Велесэнерго» сообщил, что свет дали.", {("Велесэнерго", "ORG")}, {"Представитель «Велесэнерго»"}),
    # a body's head noun with its field in the genitive
    ("uk", "У Міністерстві енергетики повідомили, що світло дали.", {("Міністерстві енергетики", "ORG")}, {"Міністерстві"}),
    ("uk", "Речниця Сил оборони півдня Ольга Литвин сказала, що пором цілий.",
     {("Сил оборони півдня", "ORG"), ("Ольга Литвин", "PERSON")}, {"Речниця Сил", "Сил"}),
    ("uk", "За даними Державної служби з надзвичайних ситуацій, пором загасили.",
     {("Державної служби з надзвичайних ситуацій", "ORG")}, {"Державної служби"}),
    ("uk", "У Генштабі ЗСУ повідомили, що пором цілий.", {("Генштабі ЗСУ", "ORG"), ("ЗСУ", "ORG")}, set()),
    # a regional administration's abbreviation after its place's adjective is the body itself
    ("uk", "Голова Рівненської ОВА Олег Литвин повідомив, що пором цілий.",
     {("Рівненської ОВА", "ORG"), ("Олег Литвин", "PERSON")}, {"ОВА", "Голова Рівненської ОВА"}),
    ("ru", "Начальник Ровенской ОВА Олег Малинин сообщил, что паром цел.", {("Ровенской ОВА", "ORG")}, {"ОВА"}),
    # a region by its adjective and noun is a place; a drama theatre a facility
    ("uk", "Над Бєлгородською областю збили дрон, повідомили у Міноборони РФ.", {("Бєлгородською областю", "GPE")}, set()),
    ("ru", "Мэр сообщил, что ремонт Ровенского драмтеатра завершён.", {("Ровенского драмтеатра", "FAC")}, set()),
    # a preposition after a body's name is no part of it
    ("ru", "Украинские войска в Ровно сообщили, что паром цел.", {("Украинские войска", "ORG")}, {"Украинские войска в"}),
], ids=lambda v: str(v)[:28])
def test_names_of_bodies_places_and_facilities_round_two(language, text, present, absent):
    mentions = _mentions(text, language)
    assert present <= mentions
    assert not {m for m in mentions if m[0] in absent}


@pytest.mark.parametrize("language, text, content, kind, speaker", [
    ("ru", "По версии Следственного комитета, паром подожгли.", "паром подожгли", "according_to", "Следственного комитета"),
    ("uk", "За версією Міноборони, пором підпалили.", "пором підпалили", "according_to", "Міноборони"),
    # a body named by where it speaks, in the locative, under its nominative ("кремлі" is a plural too)
    ("uk", "У Кремлі стверджують, що пором затонув.", "пором затонув", "indirect", "Кремль"),
    # an outlet the NER does not know, named after an inverted cue
    ("uk", "Пором затонув біля берега, передає Суспільне.", "Пором затонув біля берега", "indirect", "Суспільне"),
    # a pronoun the NER took for a name is resolved, the title left out of the name
    ("uk", "Віцепрем'єрка Ірина Литвин відвідала порт. Вона наголосила, що пором відремонтують.",
     "пором відремонтують", "indirect", "Ірина Литвин"),
], ids=lambda v: str(v)[:28])
def test_versions_located_bodies_outlets_and_pronouns(language, text, content, kind, speaker):
    c = _claim(extract_claims_cyrillic(text, language), content)
    assert (c.kind, c.speaker) == (kind, speaker)


@pytest.mark.parametrize("language, text, present, absent", [
    # a person's span ends before the verb it ran into, and begins after it
    ("uk", "Віцепрем'єрка Ірина Литвин відвідала Рівне.", {("Ірина Литвин", "PERSON")}, {"Вона"}),
    ("uk", "Окупанти обстріляли Нікополь з артилерії.", {("Нікополь", "GPE")}, {"обстріляли Нікополь"}),
    # pronouns and groups are no persons; peoples are NORP
    ("uk", "Вона сказала, що пором цілий.", set(), {"Вона"}),
    ("uk", "Представники порту не відповіли на запит.", set(), {"Представники"}),
    ("uk", "Росіяни вдарили по порту.", {("Росіяни", "NORP")}, set()),
    ("ru", "Украинцы собрали деньги на паром.", {("Украинцы", "NORP")}, set()),
    # common words are no place; an office with its holder in the genitive is a body
    ("uk", "Ватажок бойовиків заявив, що пором цілий.", set(), {"Ватажок бойовиків"}),
    ("uk", "За інформацією Офісу генпрокурора, пором підпалили.", {("Офісу генпрокурора", "ORG")}, set()),
    ("uk", "У Координаційному штабі з питань поводження з військовополоненими повідомили, що пором цілий.",
     {("Координаційному штабі з питань поводження з військовополоненими", "ORG")}, set()),
], ids=lambda v: str(v)[:28])
def test_names_round_two_persons_peoples_and_bodies(language, text, present, absent):
    mentions = _mentions(text, language)
    assert present <= mentions
    assert not {m for m in mentions if m[0] in absent}


@pytest.mark.parametrize("language, text, content, kind, speaker", [
    # "рассказал о …": what is told about is the claim
    ("ru", "Капитан Олег Малинин рассказал о поломке парома.", "поломке парома", "indirect", "Олег Малинин"),
    ("uk", "Капітан Андрій Литвин розповів про поломку порома.", "поломку порома", "indirect", "Андрій Литвин"),
    # a channel's name after "Telegram-канал"
    ("ru", "Telegram-канал Veles Daily написал, что паром затонул.", "паром затонул", "indirect", "Veles Daily"),
    # silence with the request and the time between ("к моменту публикации")
    ("ru", "Ответа на запрос в пресс-службу Росморречфлота к моменту публикации не поступило.",
     "Ответа на запрос", "no_comment", "Росморречфлот"),
    ("uk", "Відповіді на запит до пресслужби Укрзалізниці на момент публікації не надійшло.",
     "Відповіді на запит", "no_comment", "Укрзалізниця"),
    ("uk", "Міністерство інфраструктури поки не коментує ці повідомлення.", "Міністерство інфраструктури поки",
     "no_comment", "Міністерство інфраструктури"),
    # an inverted cue with the body named by where it speaks, whatever type the NER gave it
    ("uk", "Пором затонув біля берега, повідомили в Укргідроенерго.", "Пором затонув", "indirect", "Укргідроенерго"),
    # a name the NER cut in pieces that overlap: one person, in the nominative
    ("uk", "За словами генерала Олександра Сергійовича Литвина, пором цілий.", "пором цілий", "according_to",
     "Олександр Сергійович Литвин"),
], ids=lambda v: str(v)[:28])
def test_told_about_channels_silences_and_split_names(language, text, content, kind, speaker):
    c = _claim(extract_claims_cyrillic(text, language), content)
    assert (c.kind, c.speaker) == (kind, speaker)


@pytest.mark.parametrize("language, text, present, absent", [
    ("ru", "Telegram-канал Veles Daily написал, что паром затонул.", set(), {"Telegram-канал"}),
    ("uk", "Командир бригади Олег Литвин розповів про бої.", {("Олег Литвин", "PERSON")}, {"Командир бригади", "бригади"}),
    ("ru", "Глава Донецкой народной республики Олег Малинин осмотрел паром.",
     {("Донецкой народной республики", "GPE")}, set()),
    # a body named by a common noun the NER passed over
    ("uk", "«Пором цілий», — сказав речник Генштабу Андрій Литвин.", {("Генштабу", "ORG")}, set()),
], ids=lambda v: str(v)[:28])
def test_names_round_three_channels_titles_and_places(language, text, present, absent):
    mentions = _mentions(text, language)
    assert present <= mentions
    assert not {m for m in mentions if m[0] in absent}


@pytest.mark.parametrize("language, text, content, speaker", [
    # a press service alone speaks for the body last named
    ("ru", "Росморречфлот закрыл переправу. Как сообщила пресс-служба, паром осмотрят водолазы.",
     "паром осмотрят водолазы", "Росморречфлот"),
    # "A со ссылкой на B" with B unnamed: A passes it on (the GUIDE's "A cited B")
    ("ru", "Паром затонул у причала. Об этом сообщает РБК со ссылкой на источник в порту.", "Паром затонул", "РБК"),
    ("uk", "Пором затонув біля причалу. Про це повідомляє РБК-Україна з посиланням на джерело в порту.",
     "Пором затонув", "РБК-Україна"),
], ids=lambda v: str(v)[:28])
def test_press_services_and_unnamed_cited_sources(language, text, content, speaker):
    c = _claim(extract_claims_cyrillic(text, language), content)
    assert c.speaker == speaker


@pytest.mark.parametrize("language, sentence", [
    ("ru", "В Росморречфлоте не называют число пассажиров."),
    ("ru", "Власти Ровно на эти сообщения не отреагировали."),
    ("uk", "У порту не називають кількість пасажирів."),
    ("uk", "Капітан Андрій Литвин не уточнює, коли пором повернеться."),
    ("uk", "Влада Рівного на ці повідомлення не відреагувала."),
], ids=lambda v: str(v)[:28])
def test_not_naming_specifying_or_reacting_is_no_comment(language, sentence):
    refusals = [c for c in extract_claims_cyrillic(sentence, language).claims if c.kind == "no_comment"]
    assert [c.content for c in refusals] == [sentence.rstrip(".")]


@pytest.mark.parametrize("language, text, content, kind, speaker", [
    # an appeal or a website speaks for its owner
    ("ru", "В обращении Росморречфлота говорится, что паром пустят в мае.", "паром пустят", "indirect", "Росморречфлот"),
    ("ru", "Как говорится на сайте Минтранса России, паром пустят в мае.", "паром пустят", "indirect", "Минтранс России"),
    ("uk", "Як ідеться на сайті Міністерства інфраструктури України, пором запустять у травні.", "пором запустять",
     "indirect", "Міністерство інфраструктури України"),
    ("uk", "У зверненні Укрзалізниці йдеться, що пором запустять у травні.", "пором запустять", "indirect", "Укрзалізниця"),
    # "на думку X" (in X's view)
    ("uk", "На думку капітана Андрія Литвина, пором запустять у травні.", "пором запустять", "according_to", "Андрій Литвин"),
], ids=lambda v: str(v)[:28])
def test_appeals_websites_and_opinions(language, text, content, kind, speaker):
    c = _claim(extract_claims_cyrillic(text, language), content)
    assert (c.kind, c.speaker) == (kind, speaker)


@pytest.mark.parametrize("language, text, present", [
    # a city the dictionary reads only as an adjective or a surname, after a preposition, by its ending
    ("uk", "Пором стоїть біля Куп'янська.", {("Куп'янська", "GPE")}),
    ("ru", "Паром стоит возле Покровска.", {("Покровска", "GPE")}),
    # a body's head with its state after it
    ("uk", "Нацгвардія України повідомила, що пором цілий.", {("Нацгвардія України", "ORG")}),
], ids=lambda v: str(v)[:28])
def test_cities_by_their_ending_and_bodies_with_their_state(language, text, present):
    assert present <= _mentions(text, language)


def test_a_bodys_name_is_singular_but_authorities_stay_plural():
    from claimgraph.extract.cyrillic.entities import canonical
    assert canonical("uk", "ORG", "Міністерства оборони України") == "Міністерство оборони України"
    assert canonical("ru", "ORG", "Власти Молдавии") == "Власти Молдавии"
    assert canonical("uk", "ORG", "Повітряні сили") == "Повітряні сили"


@pytest.mark.parametrize("language, text, content, speaker", [
    # an impersonal plural verb of an object: the object before it, the body named after it speaks
    ("ru", "Обвинения Ровно назвали абсурдными в МИД Молдавии.", "Обвинения Ровно назвали абсурдными", "МИД Молдавии"),
    ("uk", "Заяви Рівного назвали провокацією в МЗС Молдови.", "Заяви Рівного назвали провокацією", "МЗС Молдови"),
    ("ru", "Поджог парома назвали диверсией в штабе обороны Велесской республики (ВР).",
     "Поджог парома назвали диверсией", "штабе обороны Велесской республики (ВР)"),
], ids=lambda v: str(v)[:28])
def test_an_impersonal_plural_verb_with_the_body_after_it(language, text, content, speaker):
    ext = extract_claims_cyrillic(text, language)
    assert [(c.content, c.speaker) for c in ext.claims] == [(content, speaker)]


@pytest.mark.parametrize("language, text, speaker", [
    # a plural subject that can speak stays the speaker
    ("uk", "Росіяни звинуватили ЗСУ в підпалі порома.", "Росіяни"),
    ("ru", "Власти Ровно назвали поджог диверсией.", "Власти Ровно"),
    ("uk", "Сили оборони півдня повідомили, що пором цілий.", "Сили оборони півдня"),
], ids=lambda v: str(v)[:28])
def test_a_plural_subject_that_can_speak_is_kept(language, text, speaker):
    assert [c.speaker for c in extract_claims_cyrillic(text, language).claims] == [speaker]


@pytest.mark.parametrize("language, text, present, absent", [
    ("uk", "Обстріл порту назвали воєнним злочином.", set(), {"Обстріл порту"}),
    ("uk", "Заяви Варшави назвали провокацією.", {("Варшави", "GPE")}, {"Заяви Варшави"}),
    ("uk", "Внаслідок підриву Рівненської ГЕС пором сів на мілину.", {("Рівненської ГЕС", "FAC")},
     {"Внаслідок підриву Рівненської ГЕС"}),
], ids=lambda v: str(v)[:28])
def test_a_common_noun_opening_a_place_span_is_no_part_of_it(language, text, present, absent):
    mentions = _mentions(text, language)
    assert present <= mentions
    assert not {m for m in mentions if m[0] in absent}
