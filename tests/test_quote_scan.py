"""The quote scan jumps from mark to mark: long stretches without a mark must change nothing."""

from claimgraph.extract.quotes import MAX_QUOTE_CHARS, find_quotes


def test_a_quote_is_bounded_across_a_long_stretch_without_marks():
    filler = "the convoy moved on and " * (MAX_QUOTE_CHARS // 24 + 10)   # no mark, no line break
    assert len(filler) > MAX_QUOTE_CHARS
    text = f'He said: “{filler}” Then “we stayed,” she said.'
    quotes = find_quotes(text)
    # the first mark opened too long ago: only the short quote after it pairs
    assert [text[q.inner_start : q.inner_end] for q in quotes] == ["we stayed,"]


def test_a_long_quote_under_the_bound_still_pairs():
    inner = "word " * (MAX_QUOTE_CHARS // 5 - 10) + "end"
    text = f"She wrote “{inner}” and left."
    (q,) = find_quotes(text)
    assert (q.inner_start, q.inner_end) == (text.index("“") + 1, text.index("”"))


def test_marks_apostrophes_and_paragraphs_between_long_plain_runs():
    plain = "Nothing here is quoted at all. " * 40
    text = (f"{plain}The mayor said “the bridge’s pylons held.”\n“It will reopen,” she added.\n\n"
            f"{plain}Residents' cars were towed; 'a mess,' one said.")
    got = [(text[q.inner_start : q.inner_end], q.double, q.paragraphs) for q in find_quotes(text)]
    assert got == [("the bridge’s pylons held.", True, 1), ("It will reopen,", True, 1), ("a mess,", False, 1)]
    assert find_quotes(plain) == []
