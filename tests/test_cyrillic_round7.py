"""Russian and Ukrainian names and speakers, session 7 (issue 13): the causes a battery of our own
sentences exposed (benchmarks/data/cyrillic-battery.jsonl, ids ru-80… and uk-84…), through the real
natasha and pymorphy3 models.

Every sentence here is our own, about a made-up ferry crossing; none comes from a real page.
"""

from __future__ import annotations

import pytest

from claimgraph.extract.cyrillic import extract_claims_cyrillic
from claimgraph.extract.cyrillic.entities import person_nominative
from test_cyrillic import _claim, _mentions  # one helper each, shared with the first Cyrillic tests


@pytest.mark.parametrize("language, words, nominative", [
    # an apostrophe in the first name or the surname
    ("uk", ["В'ячеслава", "Зав'ялова"], ["В'ячеслав", "Зав'ялов"]),
    ("uk", ["Олексія", "В'юнника"], ["Олексій", "В'юнник"]),
    # a double surname: each part in the first name's case
    ("ru", ["Павла", "Сорокина-Белова"], ["Павел", "Сорокин-Белов"]),
    ("uk", ["Ганни", "Кравець-Лисенко"], ["Ганна", "Кравець-Лисенко"]),
    # a surname declined as an adjective the dictionary has no name reading for
    ("uk", ["Андрія", "Гордого"], ["Андрій", "Гордий"]),
    ("uk", ["Олени", "Білої"], ["Олена", "Біла"]),
], ids=lambda v: str(v)[:30])
def test_apostrophe_double_and_adjective_surnames_in_the_nominative(language, words, nominative):
    assert person_nominative(language, words) == nominative


@pytest.mark.parametrize("language, text, content, name", [
    # the NER took the title for the person; the name is the initials and the surname
    ("uk", "Капітан порома В. Гончарук повідомив, що рейс скасовано.", "рейс скасовано", "В. Гончарук"),
    # the NER began at the second initial, or found nothing
    ("uk", "Рейс скасовано, сказав диспетчер порту С. П. Мельник.", "Рейс скасовано", "С. П. Мельник"),
    ("ru", "Паром задерживается, сообщил капитан А. Н. Воробьёв.", "Паром задерживается", "А. Н. Воробьёв"),
], ids=lambda v: str(v)[:30])
def test_a_name_with_initials_is_one_person_and_speaks(language, text, content, name):
    ext = extract_claims_cyrillic(text, language)
    assert (name, "PERSON") in {(m.text, e.type) for e in ext.entities for m in e.mentions}
    assert _claim(ext, content).speaker == name


@pytest.mark.parametrize("language, text, content, speaker", [
    # the subject in the nominative speaks, not a person named in an oblique case before the verb
    ("ru", "Министр транспорта Олег Малинин после встречи с губернатором области Петром Котовым заявил, "
           "что паром пустят в мае.", "паром пустят", "Олег Малинин"),
    ("uk", "Капітан Андрій Литвин після розмови з диспетчером Богданом Ткачуком заявив, що пором вийде вранці.",
     "пором вийде", "Андрій Литвин"),
], ids=lambda v: str(v)[:30])
def test_the_subject_in_the_nominative_speaks_over_a_person_in_an_oblique_case(language, text, content, speaker):
    assert _claim(extract_claims_cyrillic(text, language), content).speaker == speaker


@pytest.mark.parametrize("language, text, content, speaker", [
    # an outlet citing sources it does not name passes them on: the outlet speaks
    ("ru", "Как пишет «Вечерний Ровно» со ссылкой на собеседников в порту, паром продадут.", "паром продадут",
     "Вечерний Ровно"),
    ("uk", "Як пише Reuters з посиланням на джерела в уряді, пором продадуть.", "пором продадуть", "Reuters"),
    ("ru", "Паром продадут весной, сообщает Bloomberg со ссылкой на осведомлённые источники.", "Паром продадут",
     "Bloomberg"),
], ids=lambda v: str(v)[:30])
def test_an_outlet_citing_unnamed_sources_speaks(language, text, content, speaker):
    c = _claim(extract_claims_cyrillic(text, language), content)
    assert (c.speaker, c.kind) == (speaker, "according_to")


@pytest.mark.parametrize("language, text, content, speaker", [
    # the kind of body before its quoted name is no part of the name
    ("ru", "Паром отремонтирован, сообщили в компании «Ровноречфлот».", "Паром отремонтирован", "Ровноречфлот"),
    ("ru", "«Паром исправен», — говорится в сообщении концерна «Сожтранс».", "Паром исправен", "Сожтранс"),
    ("uk", "Пором відремонтовано, повідомили в компанії «Укрпоромсервіс».", "Пором відремонтовано", "Укрпоромсервіс"),
], ids=lambda v: str(v)[:30])
def test_a_kind_of_body_before_its_quoted_name(language, text, content, speaker):
    assert _claim(extract_claims_cyrillic(text, language), content).speaker == speaker


@pytest.mark.parametrize("language, text, present, absent", [
    # a reporting frame the NER ran into the name
    ("uk", "Як пише Reuters з посиланням на джерела в уряді, пором продадуть.", {("Reuters", "ORG")},
     {"Як пише Reuters"}),
    # a body compounded from its field is a body, wherever it stands
    ("uk", "Журналісти звернулися до Енергоатому по коментар.", {("Енергоатому", "ORG")}, set()),
    ("uk", "Нацполіція відкрила провадження через підпал порома.", {("Нацполіція", "ORG")}, set()),
    ("uk", "Через негоду Укренерго обмежило живлення порту.", {("Укренерго", "ORG")}, set()),
], ids=lambda v: str(v)[:30])
def test_frames_and_compound_bodies(language, text, present, absent):
    mentions = _mentions(text, language)
    assert present <= mentions
    assert not {m for m in mentions if m[0] in absent}


@pytest.mark.parametrize("language, text, content, speaker", [
    # a press service alone speaks for the body named before
    ("uk", "Нацполіція відкрила провадження. Як повідомили у пресслужбі, підпалювача вже затримали.",
     "підпалювача вже затримали", "Нацполіція"),
    # an abbreviation alone speaks for the body the text named in full with it
    ("uk", "Рівненська ОВА закрила переправу. В ОВА додали, що пором оглянуть водолази.", "пором оглянуть",
     "Рівненська ОВА"),
], ids=lambda v: str(v)[:30])
def test_generic_speakers_stand_for_the_body_named_before(language, text, content, speaker):
    assert _claim(extract_claims_cyrillic(text, language), content).speaker == speaker


@pytest.mark.parametrize("language, text, content, speaker", [
    # a quotation alone, then who said it: "Так прокоментував X"
    ("uk", "«Пором більше не вийде в рейс». Так ситуацію прокоментував капітан Андрій Литвин.",
     "Пором більше не вийде", "Андрій Литвин"),
    ("ru", "«Это откровенная ложь». Так слухи о продаже парома прокомментировал капитан Олег Малинин.",
     "Это откровенная ложь", "Олег Малинин"),
], ids=lambda v: str(v)[:30])
def test_a_quote_then_so_commented_x(language, text, content, speaker):
    c = _claim(extract_claims_cyrillic(text, language), content)
    assert (c.speaker, c.kind) == (speaker, "direct")


def test_so_with_a_comma_is_no_reference_to_the_sentence_before():
    ext = extract_claims_cyrillic("«Паром исправен». Так, капитан Олег Малинин заявил, что рейс отложен.", "ru")
    assert [(c.speaker, c.content) for c in ext.claims if c.speaker == "Олег Малинин"] == [("Олег Малинин", "рейс отложен")]


@pytest.mark.parametrize("language, text, content, speaker", [
    # a short clause before an inverted cue is what was said; a connective is not
    ("ru", "Потерь нет, доложил капитан Олег Малинин.", "Потерь нет", "Олег Малинин"),
    ("uk", "Рейс скасовано, сказав капітан Андрій Литвин.", "Рейс скасовано", "Андрій Литвин"),
    ("ru", "Кроме того, сообщил капитан Олег Малинин, паром отремонтируют.", "паром отремонтируют", "Олег Малинин"),
], ids=lambda v: str(v)[:30])
def test_a_short_clause_before_an_inverted_cue(language, text, content, speaker):
    ext = extract_claims_cyrillic(text, language)
    assert [(c.content, c.speaker) for c in ext.claims] == [(content, speaker)]


@pytest.mark.parametrize("language, text, content, speaker", [
    # a post signed after a dash with no verb: the signer's claim
    ("uk", "Рівне: окупанти вдарили по причалу, поранено матроса, — Андрій Литвин", "Рівне: окупанти вдарили",
     "Андрій Литвин"),
    ("ru", "Вечером у причала затонул паром, пострадавших нет, — Росморречфлот", "Вечером у причала затонул паром",
     "Росморречфлот"),
], ids=lambda v: str(v)[:30])
def test_a_line_signed_after_a_dash(language, text, content, speaker):
    assert _claim(extract_claims_cyrillic(text, language), content).speaker == speaker


@pytest.mark.parametrize("language, text", [
    ("ru", "Мост открыли в 1975 году — это был первый мост в регионе."),
    ("uk", "На причалі працюють троє рятувальників — двоє чоловіків і жінка."),
], ids=lambda v: str(v)[:30])
def test_a_dash_before_words_that_are_no_name_signs_nothing(language, text):
    assert extract_claims_cyrillic(text, language).claims == []


@pytest.mark.parametrize("language, text, present, absent", [
    # a dateline's city in capitals; a large city opening a sentence
    ("uk", "ЛЬВІВ, 3 березня. Пором до Рівного скасовано.", {("ЛЬВІВ", "GPE")}, set()),
    ("uk", "Харків знову без порома.", {("Харків", "GPE")}, set()),
    # administrations by abbreviation, after their place's adjective
    ("uk", "Голова Рівненської ОДА Андрій Литвин оглянув пором.", {("Рівненської ОДА", "ORG")}, set()),
    ("uk", "Начальник Київської МВА Андрій Литвин оглянув пором.", {("Київської МВА", "ORG")},
     {"Начальник Київської МВА"}),
    # a thermal plant is a facility
    ("uk", "Пором доставив вугілля до Трипільської ТЕС.", {("Трипільської ТЕС", "FAC")}, set()),
    # a body and the place it serves, one name
    ("ru", "Прокуратура Ровенской области проверяет паромщика.", {("Прокуратура Ровенской области", "ORG")},
     {"Ровенской области"}),
    ("uk", "Начальник ДСНС Рівненщини Андрій Литвин оглянув пором.", {("ДСНС Рівненщини", "ORG")}, {"Рівненщини"}),
    # a group before a city the NER typed as a body: the city is a place
    ("uk", "Жителі Херсона чекають на пором.", {("Херсона", "GPE")}, set()),
], ids=lambda v: str(v)[:30])
def test_datelines_administrations_plants_and_bodies_of_places(language, text, present, absent):
    mentions = _mentions(text, language)
    assert present <= mentions
    assert not {m for m in mentions if m[0] in absent}


@pytest.mark.parametrize("word, compound", [
    ("Укренерго", True), ("Нафтогазу", True), ("Нацполіції", True), ("Енергоатому", True),
    ("Енергопостачання", False), ("Укриття", False), ("Українці", False), ("Поліція", False),
])
def test_a_body_compounded_from_its_field_but_not_a_common_noun(word, compound):
    from claimgraph.extract.cyrillic.entities import body_compound
    assert body_compound("uk", word) is compound


@pytest.mark.parametrize("language, text, speaker", [
    # a body's name opening with its place's adjective is whole: it speaks in the nominative
    ("uk", "У пресслужбі Рівненської обласної військової адміністрації повідомили, що пором затонув.",
     "Рівненська обласна військова адміністрація"),
    ("ru", "В пресс-службе Ровенской областной администрации сообщили, что паром затонул.",
     "Ровенская областная администрация"),
], ids=lambda v: str(v)[:30])
def test_a_body_opening_with_its_places_adjective_speaks_in_the_nominative(language, text, speaker):
    assert [c.speaker for c in extract_claims_cyrillic(text, language).claims] == [speaker]


@pytest.mark.parametrize("language, text", [
    ("uk", "За неофіційними даними, пором затонув біля причалу."),
    ("ru", "По неофициальным данным, паром затонул у причала."),
], ids=lambda v: str(v)[:30])
def test_unofficial_data_is_a_hedge_with_no_source(language, text):
    assert [(c.kind, c.speaker) for c in extract_claims_cyrillic(text, language).claims] == [("unattributed", None)]


@pytest.mark.parametrize("language, text, first, rest, speaker", [
    # a quotation its cue splits in two: one direct claim of the speaker, in two parts
    ("uk", "«Пором цілий, — сказав капітан Андрій Литвин, — але рейси скасовано».", "Пором цілий",
     "але рейси скасовано", "Андрій Литвин"),
    ("ru", "«Паром цел, — заявил капитан Олег Малинин, — но рейсы отменены».", "Паром цел", "но рейсы отменены",
     "Олег Малинин"),
], ids=lambda v: str(v)[:30])
def test_a_quotation_split_by_its_cue(language, text, first, rest, speaker):
    ext = extract_claims_cyrillic(text, language)
    assert len(ext.claims) == 1
    c = ext.claims[0]
    assert (c.speaker, c.kind) == (speaker, "direct")
    assert [text[a:b] for a, b in c.parts] == [first, rest]


def test_a_dash_inside_a_quotation_is_no_split():
    ext = extract_claims_cyrillic("«Паром — это жизнь острова», — сказал капитан Олег Малинин.", "ru")
    assert [(c.content, c.speaker, c.parts) for c in ext.claims] == [("Паром — это жизнь острова", "Олег Малинин", None)]


def test_a_border_detachment_is_a_body():
    ext = extract_claims_cyrillic("Пором затримали, повідомляє пресслужба Рівненського прикордонного загону.", "uk")
    assert [c.speaker for c in ext.claims] == ["Рівненський прикордонний загін"]


@pytest.mark.parametrize("language, text, present", [
    # a village too small for GeoNames after a preposition or a settlement's noun (the Ukrainian
    # dictionary has it as an untagged inanimate noun)
    ("uk", "Пором причалив біля Білозерки.", {("Білозерки", "GPE")}),
    ("uk", "Рятувальники працюють в околицях Липців.", {("Липців", "GPE")}),
    # a place joined to a place by "та" or a comma, though the NER took it for a man's name
    ("uk", "Пором курсує між причалами Херсона та Станіслава.", {("Херсона", "GPE"), ("Станіслава", "GPE")}),
    ("ru", "Паромы ходят из Донецка и Горловки.", {("Донецка", "GPE"), ("Горловки", "GPE")}),
    # a city named by an adjective, with no noun after it
    ("uk", "Пором відремонтували у Кам'янському.", {("Кам'янському", "GPE")}),
], ids=lambda v: str(v)[:30])
def test_villages_coordinated_places_and_adjective_cities(language, text, present):
    assert present <= _mentions(text, language)


@pytest.mark.parametrize("language, text, absent", [
    # a body's common noun after a preposition is no village
    ("uk", "Пором оглянули у Генштабі.", "Генштабі"),
    # an adjective of a noun after it is no city
    ("ru", "Командование Южного флота осмотрело паром.", "Южного"),
], ids=lambda v: str(v)[:30])
def test_no_village_or_adjective_city_where_a_noun_is_meant(language, text, absent):
    assert not {m for m in _mentions(text, language) if m[0] == absent and m[1] == "GPE"}


@pytest.mark.parametrize("language, text, content, speaker", [
    # a press service of "the body" speaks for the body named before, which is named by its make
    ("uk", "Мінінфраструктури закрило переправу. Як уточнила пресслужба відомства, пором оглянуть.",
     "пором оглянуть", "Мінінфраструктури"),
    ("uk", "Держрибагентство закрило переправу. У пресслужбі відомства повідомили, що пором оглянуть.",
     "пором оглянуть", "Держрибагентство"),
    # an outlet quoting someone after a quotation: the one quoted speaks
    ("ru", "«Паром пустят в мае», — цитирует ТАСС капитана Олега Малинина.", "Паром пустят", "Олег Малинин"),
], ids=lambda v: str(v)[:30])
def test_press_service_of_the_body_and_an_outlet_quoting(language, text, content, speaker):
    assert _claim(extract_claims_cyrillic(text, language), content).speaker == speaker


@pytest.mark.parametrize("language, text, speaker", [
    # a refusal with its verb's object first and who refused after "не стал / не став"
    ("ru", "Комментировать поломку парома не стал и капитан Олег Малинин.", "Олег Малинин"),
    ("uk", "Відповідати на питання про пором не став капітан Андрій Литвин.", "Андрій Литвин"),
], ids=lambda v: str(v)[:30])
def test_a_refusal_with_its_object_first(language, text, speaker):
    ext = extract_claims_cyrillic(text, language)
    assert [(c.kind, c.speaker, c.content) for c in ext.claims] == [("no_comment", speaker, text.rstrip("."))]


@pytest.mark.parametrize("language, text, present, absent", [
    # a sea by its adjective the dictionary reads first as a noun; a river after "на"; a region
    ("uk", "Пором затонув у Чорному морі.", {("Чорному морі", "LOC")}, {"Чорному"}),
    ("uk", "Пором курсує на Дніпрі.", {("Дніпрі", "LOC")}, set()),
    ("uk", "Пором привіз техніку на Донбас.", {("Донбас", "LOC")}, set()),
    # the cabinet by its short name; an abbreviation typed by the dictionaries, not the NER
    ("uk", "Кабмін виділив гроші на пором.", {("Кабмін", "ORG")}, set()),
    ("uk", "ЄС виділив гроші на пором.", {("ЄС", "ORG")}, set()),
    ("ru", "Паромы ходят в ДНР и ЛНР.", {("ДНР", "GPE"), ("ЛНР", "GPE")}, set()),
    # a spokeswoman's title the NER ran into a body's name is no part of it
    ("uk", "Як розповіла у коментарі Укрінформу речниця ДПСУ Олена Литвин, пором цілий.",
     {("Укрінформу", "ORG"), ("ДПСУ", "ORG")}, {"Укрінформу речниця", "Укрінформу речниця ДПСУ"}),
    # a brigade by its capitalised name
    ("uk", "Третя окрема штурмова бригада охороняє пором.", {("Третя окрема штурмова бригада", "ORG")}, set()),
], ids=lambda v: str(v)[:30])
def test_waters_regions_cabinet_abbreviations_and_brigades(language, text, present, absent):
    mentions = _mentions(text, language)
    assert present <= mentions
    assert not {m for m in mentions if m[0] in absent}


@pytest.mark.parametrize("language, text, speaker", [
    # a body named by where it speaks, with its owner's abbreviation that spells a short word ("МО")
    ("uk", "У ГУР МО повідомили, що пором затонув.", "ГУР МО"),
    # a brigade before its quoted name: the name speaks
    ("uk", "У бригаді «Причал» повідомили, що пором цілий.", "Причал"),
], ids=lambda v: str(v)[:30])
def test_located_bodies_with_abbreviations_and_brigades_speak(language, text, speaker):
    assert [c.speaker for c in extract_claims_cyrillic(text, language).claims] == [speaker]


@pytest.mark.parametrize("language, text, present, absent", [
    # an indeclinable abbreviation the Ukrainian dictionary has with no Abbr tag is a body
    ("uk", "Про пором ідеться в повідомленні ДТЕК.", {("ДТЕК", "ORG")}, set()),
    # abbreviations of things, weapons and operations are no names
    ("uk", "Сили ППО збили дрон над поромом.", set(), {"ППО"}),
    ("ru", "БПЛА атаковал паром в зоне СВО.", set(), {"БПЛА", "СВО"}),
], ids=lambda v: str(v)[:30])
def test_body_abbreviations_and_common_ones(language, text, present, absent):
    mentions = _mentions(text, language)
    assert present <= mentions
    assert not {m for m in mentions if m[0] in absent}


@pytest.mark.parametrize("language, text, present, absent", [
    # a body's quoted name after the kind of body it is: one mention, whatever the NER made of it
    ("uk", "Активісти руху «Разом з Україною» оглянули пором.", {("Разом з Україною", "ORG")}, {"Україною"}),
    ("uk", "Депутати партії «Слуга народу» оглянули пором.", {("Слуга народу", "ORG")}, set()),
], ids=lambda v: str(v)[:30])
def test_a_quoted_body_after_its_kind(language, text, present, absent):
    mentions = _mentions(text, language)
    assert present <= mentions
    assert not {m for m in mentions if m[0] in absent}


@pytest.mark.parametrize("language, text, content, speaker, mention", [
    # an outlet's correspondent: the outlet reports
    ("ru", "Как передаёт корреспондент «Ровенской правды», паром затонул.", "паром затонул", "Ровенская правда", None),
    # a double surname alone later is a mention of the person named in full
    ("uk", "Капітанка Ганна Гордієнко-Ткач заявила, що пором цілий. Гордієнко-Ткач додала, що рейси відновлять.",
     "рейси відновлять", "Ганна Гордієнко-Ткач", ("Гордієнко-Ткач", "PERSON")),
], ids=lambda v: str(v)[:30])
def test_a_correspondents_outlet_and_a_double_surname_alone(language, text, content, speaker, mention):
    ext = extract_claims_cyrillic(text, language)
    assert _claim(ext, content).speaker == speaker
    if mention:
        assert mention in {(m.text, e.type) for e in ext.entities for m in e.mentions}


@pytest.mark.parametrize("language, text, present, absent", [
    # a power plant by its abbreviation
    ("uk", "Пором доставив дизель на ЗАЕС.", {("ЗАЕС", "FAC")}, set()),
    # a company's legal form before its quoted name: the name alone, a body
    ("uk", "Пором збудувало ТОВ «Ровенькисуднобуд».", {("Ровенькисуднобуд", "ORG")}, {"ТОВ", "ТОВ «Ровенькисуднобуд"}),
    ("ru", "Паром построило ООО «Мостстрой».", {("Мостстрой", "ORG")}, {"ООО «Мостстрой"}),
], ids=lambda v: str(v)[:30])
def test_plants_by_abbreviation_and_companies_by_legal_form(language, text, present, absent):
    mentions = _mentions(text, language)
    assert present <= mentions
    assert not {m for m in mentions if m[0] in absent}
