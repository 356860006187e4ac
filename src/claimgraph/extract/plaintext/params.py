"""The plain-text cleaner's tunable weights: one dataclass, read by every step of the cleaner.
"""

from __future__ import annotations

from dataclasses import dataclass



@dataclass
class CleanerParams:
    """The cleaner's tunable weights (tuned on a fixed half of the benchmark pages)."""

    #: A line counts as prose from this many words if it ends like a sentence ...
    prose_min_words: int = 8
    #: ... or from this many words whatever its end.
    prose_long_words: int = 25
    #: What a non-prose line (menu item, link, label) costs the run of lines holding it.
    other_penalty: float = 75.0
    #: What a copy or caption costs: small, since one often sits mid-body.
    marked_penalty: float = 20.0
    #: What a prompt ("Share this", "Advertisement") costs.
    prompt_penalty: float = 60.0
    #: An earlier run of lines is the body if it scores at least this share of the best run
    #: (comment threads after an article are often longer than the article).
    earlier_share: float = 0.7
    #: Cookie, copyright and newsletter notices are dropped up to this many words.
    notice_max_words: int = 30
    #: Runs of this many table rows count as prose (0: off).
    table_rows: int = 5
    #: A run of lines is split at this many consecutive non-prose lines (0: never).
    split_gap: int = 10
    #: The body continues across at most this many short non-prose lines (an inserted list of
    #: links) when prose follows them ...
    bridge_lines: int = 5
    #: ... worth at least this much (characters of prose, less penalties).
    bridge_value: float = 200.0
    #: Inside the body, keep a non-prose line only from this many words (subheadings, list items).
    keep_min_words: int = 2
    #: Drop runs of this many non-prose lines inside the body (an inserted link list).
    link_run: int = 4
    #: A short paragraph that is a whole sentence ("Nobody was hurt.", "«Ми працюємо», — додав
    #: Гнатенко.") from this many words (0: off) is not a menu item: between two prose lines it
    #: joins them into one body (``join_short_sentences``), but it adds nothing to a run's score
    #: (a comment thread's short replies would outscore the article above it) ...
    short_sentence_words: int = 3
    #: ... and the body takes in at most this many of them next to its first and its last line;
    #: a longer run of them in a row is a list (other stories' titles), not one-sentence paragraphs,
    #: unless half its lines report or quote someone (``unmark_sentence_lists``).
    short_sentence_edge: int = 3


DEFAULT_PARAMS = CleanerParams()
