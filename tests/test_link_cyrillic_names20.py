"""Russian and Ukrainian names across pages in the nominative (session 20, issue 13 item 4): a name in an
oblique case is compared as the nominative (no veto between "Олег Ведерников" and "Олега Ведерникова"),
while the extractor's own name, read in its sentence, is not read again out of context. Our own names,
fictional people."""

from __future__ import annotations

from claimgraph.link import entities as E


def test_a_cyrillic_name_is_compared_in_the_nominative():
    assert E.nominative("Олега Ведерникова", "PERSON") == "Олег Ведерников"
    assert E.nominative("Ірини Ковальчук", "PERSON") == "Ірина Ковальчук"
    assert E.nominative("Oleg Vedernikov", "PERSON") == "Oleg Vedernikov"   # Latin: as written
    # one person on two pages: one page also wrote the name in the genitive, which vetoed the nominative
    page_a = {"name": "Олег Ведерников", "type": "PERSON", "mentions": ["Олега Ведерникова", "Ведерников"]}
    page_b = {"name": "Олег Ведерников", "type": "PERSON", "mentions": []}
    assert E._score("PERSON", E.entity_names(page_b), E.entity_names(page_a)) not in (None, False)
    # two people with one surname stay two
    page_c = {"name": "Игорь Ведерников", "type": "PERSON", "mentions": ["Игоря Ведерникова"]}
    assert E._score("PERSON", E.entity_names(page_c), E.entity_names(page_a)) is False




def test_the_extractors_own_name_is_not_read_again_a_woman_and_a_man_stay_two():
    # the extractor read «Александра Петрова» in its sentence as a woman; read alone, out of context,
    # it could be the genitive of «Александр Петров», a man of the same surname on another page
    woman = {"name": "Александра Петрова", "type": "PERSON", "mentions": ["Александра Петрова", "Петрова"]}
    man = {"name": "Александр Петров", "type": "PERSON", "mentions": ["Александр Петров", "Петров"]}
    assert "Александра Петрова" in E.entity_names(woman)
    assert E._score("PERSON", E.entity_names(woman), E.entity_names(man)) is False
    assert E._score("PERSON", E.entity_names(man), E.entity_names(woman)) is False
    # a mention in an oblique case is still read in the nominative
    assert "Олег Ведерников" in E.entity_names({"name": "Олег Ведерников", "type": "PERSON",
                                                "mentions": ["Олега Ведерникова"]})


