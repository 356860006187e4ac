"""Cost of the page-date reader on a 200 KB hostile page (session 15): 2,000 lines of ambiguous
slashed dates with a European zone, 2,000 lower-case Cyrillic weekday date lines, then prose.
Run with PYTHONPATH=$PWD/src; the base by PYTHONPATH=<exported base>/src."""

import time
from claimgraph.extract.article import extract_article
lines = ["Varnby Harbour News", "Harbour crane collapses onto an empty container ship at Varnby"]
for i in range(2000):
    lines.append(f"04/06/2024 11:{i % 60:02d} CET")
    lines.append("вторник, 5 марта 2024, 12:34")
text = "\n".join(lines)
text = (text + "\n" + "The berth will stay closed while inspectors examine the other cranes.\n" * 1500)[:200_000]
start = time.perf_counter()
extract_article(text, "text")
print(f"{len(text)} chars {time.perf_counter() - start:.2f} s")
