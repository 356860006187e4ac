"""A claim's evidence is what its sentence names outside every other claim's whole extent (its
words, cue and speaker phrase). The extents are taken once per chunk and shared by every claim's
search (issue #15: taking them again for each pair of claims was quadratic)."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_claims
from claimgraph.extract.attribution.document import _extent
from claimgraph.extract.attribution.model import Claim


def _evidence(text: str) -> list[tuple[str | None, str, list[tuple[str, str]]]]:
    return [(c.speaker, c.content, [(e.label, e.text) for e in c.evidence]) for c in extract_claims(text).claims]


def test_evidence_in_another_claims_speaker_phrase_is_that_claims_only():
    # "citing a video" sits in the governor's speaker phrase, inside the ministry's sentence
    assert _evidence("The ministry said the bridge was hit by a drone, while the governor, citing a video, "
                     "said the bridge was intact.") == [
        ("ministry", "the bridge was hit by a drone", []),
        ("governor", "the bridge was intact", [("video", "video")]),
    ]
    assert _evidence("The governor, in a video posted on Telegram, said the dam held, and the ministry said "
                     "the water rose.") == [
        ("governor", "the dam held", [("video", "video"), ("social_media", "Telegram")]),
        ("ministry", "the water rose", []),
    ]


def test_evidence_in_a_claims_own_words_and_cue_frame_stays_its_own():
    assert _evidence("Satellite images show the depot burned, the ministry said, but the mayor said in a "
                     "statement that the fire was small.") == [
        ("ministry", "Satellite images show the depot burned", [("satellite", "Satellite images")]),
        ("mayor", "the fire was small", [("statement", "statement")]),
    ]


def test_an_extent_runs_from_the_first_to_the_last_of_words_cue_and_speaker():
    words_first = Claim(speaker="x", speaker_text="the ministry", cue="said", kind="indirect", content="c",
                        start=0, end=30, cue_start=45, cue_end=49, speaker_start=32, speaker_end=44)
    assert _extent(words_first) == (0, 49)
    speaker_first = Claim(speaker="x", speaker_text="the ministry", cue="said", kind="indirect", content="c",
                          start=22, end=50, cue_start=13, cue_end=17, speaker_start=0, speaker_end=12)
    assert _extent(speaker_first) == (0, 50)
    bare = Claim(speaker=None, speaker_text=None, cue=None, kind="unattributed", content="c", start=5, end=9)
    assert _extent(bare) == (5, 9)
