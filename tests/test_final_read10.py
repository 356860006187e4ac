"""Final read, session 10: the quoted-source rule reads a word's grammemes whichever pymorphy3
dictionary the process loaded last. Sentences written for this test, with an invented operation."""

from __future__ import annotations

from claimgraph.extract.cyrillic import extract_claims_cyrillic
from claimgraph.extract.cyrillic.models import morph


def test_a_source_noun_before_an_operations_name_reads_with_the_ukrainian_dictionary_loaded_last():
    import pymorphy3

    morph("ru"), morph("uk")
    # pymorphy3 keeps one list of known grammemes, the last dictionary's: the Ukrainian one has no
    # "Geox", and ``"Geox" in tag`` then raises ValueError
    pymorphy3.MorphAnalyzer(lang="uk")
    text = "За даними «Операції Світанок», до акції долучилися двісті волонтерів."
    mentions = {(m.text, e.type) for e in extract_claims_cyrillic(text, "uk").entities for m in e.mentions}
    assert not {m for m in mentions if m[0].startswith("Операції") and m[1] == "ORG"}
