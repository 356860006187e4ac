"""A streaming look at an HTML page: title, site name, visible text.

Built on libxml2's HTML tokenizer (lxml's parser-target interface) rather than a tree, so a
hostile page costs linear time and no recursion: 100,000 nested tags, thousands of unclosed
``<a `` or ``<!--``, unterminated attribute quotes. (The standard library's ``html.parser``
re-scans to the end of the input for every unfinished construct, which is quadratic: 30,000
``<a `` took over a minute.) Article extraction proper lives in ``claimgraph.extract``; this is
what ingest needs to index and summarise a page.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from lxml import etree

_SKIP = {"script", "style", "noscript", "template", "svg", "head"}
_BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
    "header", "footer", "nav", "aside", "figure", "figcaption", "blockquote", "tr", "table", "pre",
    "main", "hr", "dd", "dt",
}

# Characters libxml2 refuses in a document (C0 controls other than tab, LF, CR): replaced by a
# space before parsing so that one stray control character cannot end the page early.
_XML_INVALID = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass
class PageFacts:
    title: str | None = None
    site_name: str | None = None
    text: str = ""
    jsonld: list = field(default_factory=list)


class _Collector:
    """Parser target: receives start/end/data events, never builds a tree."""

    def __init__(self) -> None:
        self.skip_depth = 0
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self.in_title = False
        self.in_jsonld = False
        self.jsonld_parts: list[str] = []
        self.meta: dict[str, str] = {}
        self.jsonld: list = []

    def start(self, tag, attrib):
        tag = tag.lower() if isinstance(tag, str) else ""
        if tag == "title":
            self.in_title = True
        elif tag == "meta":
            a = {str(k).lower(): (v or "") for k, v in attrib.items()}
            key = (a.get("property") or a.get("name") or "").lower()
            if key and "content" in a and key not in self.meta:
                self.meta[key] = a["content"]
        elif tag == "script":
            a = {str(k).lower(): (v or "") for k, v in attrib.items()}
            self.in_jsonld = a.get("type", "").strip().lower() == "application/ld+json"
        if tag in _SKIP:
            self.skip_depth += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def end(self, tag):
        tag = tag.lower() if isinstance(tag, str) else ""
        if tag == "title":
            self.in_title = False
        elif tag == "script" and self.in_jsonld:
            self.in_jsonld = False
            try:
                self.jsonld.append(json.loads("".join(self.jsonld_parts)))
            except (ValueError, RecursionError):
                pass  # broken JSON-LD is common; it is a hint, never required
            self.jsonld_parts = []
        if tag in _SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def data(self, data):
        if self.in_title:
            self.title_parts.append(data)
        if self.in_jsonld:
            self.jsonld_parts.append(data)
        if self.skip_depth == 0:
            self.parts.append(data)

    def comment(self, text):
        pass

    def pi(self, target, data=None):
        pass

    def doctype(self, *args):
        pass

    def close(self):
        return self


def _jsonld_publisher(items: list) -> str | None:
    stack = list(items)
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            if "@graph" in item:
                stack.append(item["@graph"])
            pub = item.get("publisher")
            if isinstance(pub, dict) and isinstance(pub.get("name"), str):
                return pub["name"]
    return None


def page_facts(html: str) -> PageFacts:
    collector = _Collector()
    # recover: keep going through broken markup; huge_tree: no depth or text-size limits
    # (the input is already bounded by the size limit); no_network: never fetch anything.
    parser = etree.HTMLParser(target=collector, recover=True, huge_tree=True, no_network=True,
                              remove_comments=True, remove_pis=True)
    try:
        parser.feed(_XML_INVALID.sub(" ", html))
        parser.close()
    except Exception:  # the parser recovers from nearly anything; whatever it still raises must not stop ingest
        pass
    text = "".join(collector.parts)
    text = re.sub(r"[ \t\r\f\v\xa0]+", " ", text)
    text = re.sub(r" ?\n[ \n]*", "\n", text).strip()
    title = " ".join("".join(collector.title_parts).split()) or None
    meta = collector.meta
    og_title = meta.get("og:title")
    site = meta.get("og:site_name") or _jsonld_publisher(collector.jsonld) or meta.get("application-name")
    return PageFacts(
        title=(og_title.strip() or title if og_title else title),
        site_name=site.strip() or None if site else None,
        text=text,
        jsonld=collector.jsonld,
    )
