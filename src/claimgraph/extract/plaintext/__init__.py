"""Our boilerplate cleaner for text a scraper already flattened (no markup left to go by).

The article body is the densest run of prose lines; around it sit menus, prompts, link lists and
footers, which are short and unpunctuated. The signals are language-independent: line length,
sentence punctuation, repetition, position and the shape of a run of lines. Word lists are kept
to a few prompts ("Advertisement", "Read more", newsletter/cookie notices) and byline labels,
and only ever decide about short lines.

Steps, in order:
1. split the text into lines with their offsets (hard-wrapped lines are joined back);
2. mark copies: a line that repeats, or that is contained in a longer line (captions and author
   bios are printed twice, a standfirst is repeated in the first paragraph); count the rows of
   a flattened table as prose;
3. mark captions ("Caption. Image Credit: X.") and prompts;
4. score every line (+length for prose, a penalty for anything else) and take the best-scoring
   run of lines as the body (a maximum-sum subarray), split at long stretches of non-prose
   lines, preferring an earlier run that scores nearly as well, joined across short whole
   sentences (one-sentence paragraphs; a long run of them is a list unless it reports speech),
   bridged across short inserted link lists, or across a box when only sentences follow it to
   the end of a cut excerpt (whose cut last paragraph counts as prose); skip a standfirst above
   the lead image;
5. inside the body, drop what was marked, inserted link lists and trailing author bios; find
   the headline above the body, the section above the headline, and the author from a byline,
   a "Written By" label or a bio.

The package is split by step, the way ``extract/attribution`` and ``link/relations`` are split by
construction: ``params`` (the tunable weights, one dataclass), ``lines`` (lines and their marks,
steps 1-3, and the line-shape patterns the later steps share), ``body`` (step 4 and the body's
lines of step 5), ``header`` (the headline, the section, the site's name after a title),
``published`` (the page's date, and the date shapes the header reads too), ``people`` (author,
bio, outlet, captions and their credits) and ``cleaner`` (the entry point,
:func:`extract_plaintext`). Plain functions over a list of :class:`Line` records, not a chain
of classes as in ``extract/speakers``: there one document's registry is state every construction
reads and grows, here each step only reads the lines, the marks earlier steps set on them and the
indices it is passed, so a function each reads and tests best. The modules import only downwards
(``lines`` <- ``people`` <- ``published`` <- ``header`` <- ``body`` <- ``cleaner``); the dates
module is ``published`` to keep it apart from ``extract/dates.py``, whose date patterns it uses. Names with a leading underscore are private to the package (its modules share
them); the names below are its public ones.

Documented in docs/extraction.md.
"""

from .cleaner import MAX_CHARS, SHORT_NOTE_LINES, extract_plaintext
from .lines import Line
from .params import DEFAULT_PARAMS, CleanerParams
from .people import split_caption
from .published import find_published

__all__ = [
    "DEFAULT_PARAMS", "MAX_CHARS", "SHORT_NOTE_LINES", "CleanerParams", "Line",
    "extract_plaintext", "find_published", "split_caption",
]
