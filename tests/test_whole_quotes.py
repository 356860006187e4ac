"""A cue governing a quotation takes the whole quotation, on sentences we wrote."""

from __future__ import annotations

from test_attribution import nlp, run  # noqa: F401  (the session's one model)


def test_speakers_own_verb_inside_the_quote_is_no_fragment(nlp):
    body = "“We confirm the fact of his death,” said a spokesperson for the Veltran border guard."
    ext = run(nlp, body)
    assert [(c.kind, c.content) for c in ext.claims] == [("direct", "We confirm the fact of his death")]


def test_a_nested_claim_of_someone_else_stays(nlp):
    body = "“The ministry told us the bridge was safe,” said Mayor Ivan Petrenko."
    ext = run(nlp, body)
    kinds = sorted(c.kind for c in ext.claims)
    assert kinds == ["direct", "indirect"]
    assert next(c for c in ext.claims if c.kind == "indirect").nested_in is not None


def test_quote_continues_past_a_long_signature(nlp):
    body = ("“Nobody in the capital understands how many are missing,” a nurse who kept the lists at the "
            "district hospital and later left for the west told reporters. “It is a disaster.”")
    (c,) = [c for c in run(nlp, body).claims if c.kind == "direct"]
    assert c.cue == "told" and c.speaker == "nurse"
    assert [body[a:b] for a, b in c.parts] == [
        "Nobody in the capital understands how many are missing,", "It is a disaster."]


def test_sentence_opened_by_the_writer_and_finished_by_the_quote(nlp):
    body = ("Those who stayed in the cellar “heard the walls shake all night. We counted the hours. "
            "Nobody came for us,” said Olena Marchuk, a teacher.")
    ext = run(nlp, body)
    (c,) = [c for c in ext.claims if c.nested_in is None]
    assert c.kind == "mixed" and c.speaker == "Olena Marchuk"
    assert c.content.startswith("Those who stayed in the cellar") and c.content.endswith("Nobody came for us")


def test_a_title_in_quotes_before_a_cue_with_its_own_clause_is_not_the_claim(nlp):
    body = "On this week’s broadcast of “Morning Panel,” Senator Ana Reyes said the budget would pass."
    (c,) = run(nlp, body).claims
    assert c.kind == "indirect" and c.content == "the budget would pass"
