"""Happenings across reports (session 11, issue 12 item 1): a digest page that fits two stories
strongly through disjoint lines bridges nothing, whatever the strength of its fit. Words written for
these tests (invented terms); no scenario of the real pages."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claimgraph.link.events import JOIN  # noqa: E402
from claimgraph.store import Store  # noqa: E402
from test_happenings_reports10 import FIRST, OWN, SECOND, _events, _link, _score  # noqa: E402


def test_a_digest_page_fitting_two_stories_strongly_through_disjoint_paragraphs_bridges_nothing(tmp_path):
    # a digest with a full paragraph on each story: both fits are well above 1.5 x JOIN and all but
    # equal, yet nothing the page shares with one story it shares with the other
    digest = f"{FIRST} {SECOND} {OWN}"
    with Store(tmp_path / "claimgraph.sqlite3") as store:
        a = _link(store, FIRST, "2026-05-04")
        b = _link(store, SECOND, "2026-05-08")
        _link(store, digest, "2026-05-06")
        assert _score(store) >= 1.5 * JOIN
        assert _events(store) == {a, b}


def test_a_report_fitting_two_events_through_a_word_they_share_still_bridges_them(tmp_path):
    # counter-case: two events founded apart (one word in common, below JOIN); a report with all the
    # words of both fits each strongly and shows they are one story
    first = "varnolite kestrabane morrowick telvaspire brindlemoor castavell duncarrow hollisfane"
    second = "varnolite orrinthane pellacourt wendlevar quillomere saltherow fenwickam ostravane"
    with Store(tmp_path / "claimgraph.sqlite3") as store:
        _link(store, first, "2026-05-04")
        _link(store, second, "2026-05-08")
        assert len(_events(store)) == 2
        _link(store, f"{first} {second}", "2026-05-06")
        assert len(_events(store)) == 1
