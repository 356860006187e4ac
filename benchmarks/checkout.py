"""Which claimgraph code a benchmark measures: the code of the checkout the script lives in.

A benchmark script puts its own checkout's ``src`` first on ``sys.path``, so ``/x/benchmarks/linking.py``
measures ``/x/src`` whatever ``PYTHONPATH`` says. That is deliberate (a clone's figures are that clone's
code), but silent it misled (session 17, path17): ``PYTHONPATH=/work/main/src python
/work/end17/benchmarks/linking.py`` ran end17's older ``src`` and its different entities were taken
for a dependence on where the data files are. So a ``PYTHONPATH`` naming another claimgraph tree is
now said on stderr (stdout, the figures, is unchanged).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_said: set[str] = set()


def put_this_checkout_first(repo: Path) -> None:
    """Put ``repo/src`` first on ``sys.path`` (and ``repo/benchmarks`` second); warn on stderr, once,
    when ``PYTHONPATH`` names a different directory holding a ``claimgraph`` package."""
    src = (repo / "src").resolve()
    for entry in os.environ.get("PYTHONPATH", "").split(os.pathsep):
        if not entry or not (Path(entry) / "claimgraph" / "__init__.py").is_file():
            continue
        other = Path(entry).resolve()
        if other != src and str(other) not in _said:
            _said.add(str(other))
            print(f"benchmarks: measuring the claimgraph code of this checkout ({src}), "
                  f"not PYTHONPATH's {other}", file=sys.stderr)
    for i, path in enumerate((src, repo / "benchmarks")):
        if str(path) in sys.path:
            sys.path.remove(str(path))
        sys.path.insert(i, str(path))
