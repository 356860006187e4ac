"""One proposition told by both claims (task corro22, issue #12 item 3, rule 7 of the pair decision): the same act of
the same things with the same polarity, in other words, in English, Russian or Ukrainian; not another act of the same
things, not a denial, not the same things in two roles. Sentences of our own writing, fictional names."""

from claimgraph.link.relations import claim_features, relate, relation_keys


def _type(a, b, same_origin=False):
    r = relate(a, b, claim_features(a), claim_features(b), same_origin=same_origin)
    return r.type if r is not None else None


def test_a_quoted_act_and_its_report_in_russian_corroborate_and_another_act_does_not():
    told = "правительство приостановило все рейсы в Остравель"
    assert _type("«Мы приостановили все рейсы в Остравель»", told) == "corroborates"
    # the same things, another act: resumed is not suspended
    assert _type("«Мы возобновили все рейсы в Остравель»", told) != "corroborates"
    # the same act of the same things, two counts: two facts
    assert _type("Спасатели эвакуировали 40 жителей из посёлка Кедровый",
                 "Спасатели эвакуировали 70 жителей из посёлка Кедровый") != "corroborates"


def test_an_act_in_the_active_and_in_the_passive_in_ukrainian_corroborate_and_its_denial_does_not():
    active = "Бойовики викрали дев'ять учнів зі школи в Гарниці"
    assert _type(active, "Дев'ять учнів було викрадено зі школи в Гарниці") == "corroborates"
    assert _type(active, "Учнів зі школи в Гарниці не викрадали") != "corroborates"


def test_a_verb_and_the_noun_of_its_act_in_russian_corroborate_and_two_places_do_not():
    verb = "Протестующие перекрыли главную трассу в Ольшанку"
    assert _type(verb, "перекрытие главной трассы в Ольшанку") == "corroborates"
    assert _type(verb, "перекрытие главной трассы в Заречье") != "corroborates"


def test_the_same_act_of_the_same_things_in_english_corroborates_within_a_longer_account():
    # (every word of the shorter told by the longer: "warning shots into the sky" would be another detail, not told
    # by "shots at the trawler", since the mend of review corro22 M1)
    short = "the cutter fired shots at the trawler before boarding"
    longer = "the Velan cutter fired several shots at the trawler before boarding it, wounding one deckhand"
    assert _type(short, longer) == "corroborates"
    # not where the shorter claim tells an act the longer does not: ramming is no firing
    assert _type("the cutter had rammed the trawler at dawn", longer) != "corroborates"


def test_claims_of_one_proposition_in_russian_and_ukrainian_share_a_key_to_be_paired_by():
    # (no act kind the Cyrillic act lists know: the proposition stems are the key the candidate pairs meet on)
    ka = relation_keys(claim_features("правительство приостановило все рейсы в Остравель"))
    kb = relation_keys(claim_features("уряд призупинив усі рейси до Остравеля"))
    assert {k for k in ka & kb if k.startswith("prop:")}


# Mend of review corro22 (M1, M2): the same act and most of the same words, but another fact. Each of these
# corroborated before the mend; none may.

def test_the_same_act_on_another_object_or_by_another_side_is_another_fact():
    # (M1) one participant changed by a common noun: the shorter claim's every stem must be told by the longer
    assert _type("Артиллерия обстреляла больницу в Заречном районе",
                 "Артиллерия обстреляла школу в Заречном районе") != "corroborates"
    assert _type("Росгвардия задержала студентов у вокзала Каменска",
                 "Росгвардия задержала волонтёров у вокзала Каменска") != "corroborates"
    assert _type("Ворожі підрозділи підірвали дамбу біля Зорянки",
                 "Наші підрозділи підірвали дамбу біля Зорянки") != "corroborates"


def test_another_day_or_another_time_of_day_is_another_fact_and_the_same_day_is_not():
    # (M2) a day or a time of day is compared as a value, not dropped
    tue = "У вівторок дрон влучив у нафтобазу біля Ровенця"
    assert _type(tue, "У п'ятницю дрон влучив у нафтобазу біля Ровенця") != "corroborates"
    assert _type("Вночі дрон влучив у нафтобазу біля Ровенця",
                 "Ввечері дрон влучив у нафтобазу біля Ровенця") != "corroborates"
    assert _type(tue, "Дрон влучив у нафтобазу біля Ровенця у вівторок") == "corroborates"


def test_a_noun_with_the_ending_of_an_act_is_no_act_in_common():
    # (S1) "гигиены" ends as a participle does ("-ены"): read alone it was the act both claims told
    assert _type("Волонтёры привезли наборы гигиены в Ольховск", "наборы гигиены в Ольховске") != "corroborates"


def test_two_terms_in_words_are_two_facts():
    # (M2) a number in words is compared as a value
    assert _type("Суд приговорил блогера к шести годам колонии",
                 "Суд приговорил блогера к девяти годам колонии") != "corroborates"


def test_a_word_that_merely_contains_a_day_or_number_is_still_compared():
    # (M2) the day and number words are read from a word's start: "средства" holds "сред", "внутрішні" holds "ніч",
    # and neither is a day or a time
    assert _type("Волонтёры раздали средства гигиены жителям Ольховска",
                 "Волонтёры раздали наборы гигиены жителям Ольховска") != "corroborates"
    assert _type("Внутрішні війська оточили будівлю суду в Зорянці",
                 "Прикордонні війська оточили будівлю суду в Зорянці") != "corroborates"
