"""Round eight, second half: constructions the blind zyte-claims tuning pages (tune + tune2) showed on at
least two pages, on sentences we wrote (fictional names)."""

from __future__ import annotations

from test_attribution import nlp, run  # noqa: F401  (the session's one model)


def _speakers(body: str, nlp) -> list[tuple[str | None, str]]:  # noqa: F811
    return [(c.speaker, c.content) for c in run(nlp, body).claims if c.kind != "unattributed" and c.nested_in is None]


def test_the_people_who_run_a_body_speak_for_it(nlp):  # noqa: F811
    # "Company management": the company the text is about
    body = "Torvane Industries posted weaker sales on Monday. Company management said yearly growth will be 2%, down from 3%."
    assert _speakers(body, nlp) == [("Torvane Industries", "yearly growth will be 2%, down from 3%")]
    # "<Name> leaders": the body of that name met before
    body = ("Critics attacked the Brantlow Group over its accounts. "
            "Brantlow leaders have denied claims that the firm hid its losses.")
    assert ("Brantlow Group", "claims that the firm hid its losses") in _speakers(body, nlp)
    body = "Zelmora executives said the merger would close in March."
    assert _speakers(body, nlp) == [("Zelmora", "the merger would close in March")]


def test_counter_leaders_of_a_people_or_an_unnamed_group_stay_as_written(nlp):  # noqa: F811
    assert _speakers("Union leaders said the strike would go on.", nlp) == [("Union leaders", "the strike would go on")]
    body = "Veltrian leaders said the border would stay closed."
    speakers = [s for s, _ in _speakers(body, nlp)]
    assert speakers and speakers[0] != "Veltria" and "leaders" in (speakers[0] or "")


def test_a_document_a_body_put_out_speaks_for_the_body(nlp):  # noqa: F811
    # "published a blog post that said …": the publisher, not the post
    body = ("Kestrel Foods drew complaints this week. "
            "The company published a blog post that said shoppers without a card could now buy at the members' price.")
    assert _speakers(body, nlp) == [("Kestrel Foods", "shoppers without a card could now buy at the members' price")]
    body = "The Velmar ministry issued a statement that said the talks had failed."
    assert [s for s, _ in _speakers(body, nlp)] != ["statement"]
    # "sent a letter … stating that …" in a sentence the parser roots on its subject noun
    body = ("The group, Harbor Nurses United, formed in recent weeks and sent a letter to management earlier this "
            "month stating that they “don’t want to be defined by the board’s greed.”")
    assert [s for s, _ in _speakers(body, nlp)] == ["Harbor Nurses United"]


def test_counter_a_document_someone_else_found_is_not_theirs(nlp):  # noqa: F811
    # the finder did not put the post out: what the post said is never theirs
    body = "Reporters at the Kelm Courier found a blog post that said the mayor had resigned."
    assert not [s for s, c in _speakers(body, nlp) if c == "the mayor had resigned" and s in ("Kelm Courier", "Reporters")]
