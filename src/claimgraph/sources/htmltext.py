"""A streaming look at an HTML page: title, site name, visible text.

Built on the standard library's tokenizer rather than a tree so that a hostile page of
100,000 nested tags costs linear time and no recursion. Article extraction proper lives in
``claimgraph.extract``; this is what ingest needs to index and summarise a page.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_SKIP = {"script", "style", "noscript", "template", "svg", "head"}
_BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
    "header", "footer", "nav", "aside", "figure", "figcaption", "blockquote", "tr", "table", "pre",
    "main", "hr", "dd", "dt",
}


@dataclass
class PageFacts:
    title: str | None = None
    site_name: str | None = None
    text: str = ""
    jsonld: list = field(default_factory=list)


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_depth = 0
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self.in_title = False
        self.in_jsonld = False
        self.jsonld_parts: list[str] = []
        self.meta: dict[str, str] = {}
        self.jsonld: list = []

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self.in_title = True
        elif tag == "meta":
            a = {k.lower(): (v or "") for k, v in attrs}
            key = (a.get("property") or a.get("name") or "").lower()
            if key and "content" in a and key not in self.meta:
                self.meta[key] = a["content"]
        elif tag == "script":
            a = {k.lower(): (v or "") for k, v in attrs}
            self.in_jsonld = a.get("type", "").lower() == "application/ld+json"
        if tag in _SKIP:
            self.skip_depth += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        # <meta .../>, <br/>: no matching end tag, so never count them as open skip elements.
        self.handle_starttag(tag, attrs)
        if tag in _SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        elif tag == "script" and self.in_jsonld:
            self.in_jsonld = False
            try:
                self.jsonld.append(json.loads("".join(self.jsonld_parts)))
            except ValueError:
                pass  # broken JSON-LD is common; it is a hint, never required
            self.jsonld_parts = []
        if tag in _SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.in_title:
            self.title_parts.append(data)
        if self.in_jsonld:
            self.jsonld_parts.append(data)
        if self.skip_depth == 0:
            self.parts.append(data)


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
    parser = _Collector()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # html.parser is lenient; anything it still raises must not stop ingest
        pass
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r" ?\n[ \n]*", "\n", text).strip()
    title = " ".join("".join(parser.title_parts).split()) or None
    meta = parser.meta
    og_title = meta.get("og:title")
    site = meta.get("og:site_name") or _jsonld_publisher(parser.jsonld) or meta.get("application-name")
    return PageFacts(
        title=(og_title.strip() if og_title else title),
        site_name=site.strip() if site else None,
        text=text,
        jsonld=parser.jsonld,
    )
