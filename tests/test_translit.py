"""Cyrillic names romanised for the linker: one name across Russian, Ukrainian and English spellings."""

from __future__ import annotations

import pytest

from claimgraph.link import names as N
from claimgraph.link.translit import to_latin


@pytest.mark.parametrize("cyrillic, latin", [
    ("Кузьмінов", "Kuzminov"),        # Ukrainian (і): the official Ukrainian system
    ("Гнатюк", "Gnatyuk"),            # no Ukrainian letter: Russian system
    ("Їжакевич", "Yizhakevych"),      # Ukrainian initial ї → yi
    ("Євген", "Yevhen"),
    ("Щербаков", "Shcherbakov"),
    ("Ёлкин", "Yolkin"),
    ("Министерство обороны", "Ministerstvo oborony"),
    ("Kyiv and Київ", "Kyiv and Kyiv"),   # Latin text left as it is
])
def test_to_latin(cyrillic, latin):
    assert to_latin(cyrillic) == latin


@pytest.mark.parametrize("a, b", [
    ("Кириленко", "Kyrylenko"),      # Russian romanisation Kirilenko folds like the Ukrainian Kyrylenko
    ("Харьков", "Kharkiv"),
    ("Камишин", "Kamyshyn"),
    ("ГУР", "HUR"),
    ("Гуменюк", "Humeniuk"),
    ("Кузьминов", "Кузьмінов"),      # the Russian and the Ukrainian spelling of one surname
])
def test_same_name_across_scripts(a, b):
    assert N.same_word(a, b) is not None


@pytest.mark.parametrize("a, b", [("Песков", "Pestov"), ("Кириленко", "Kovalenko"), ("Юсов", "Usik")])
def test_different_names_stay_apart(a, b):
    assert N.same_word(a, b) is None


def test_name_key_of_a_cyrillic_name_is_latin():
    assert N.name_key("Дмитрий Песков") == "dmitriy peskov"
