"""Find active content in an HTML document by parsing it (never by searching the string)."""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser

# Elements that run code, load other documents or restyle the page.
ACTIVE_TAGS = frozenset(
    "script iframe frame frameset object embed applet svg math style link meta base form input "
    "button textarea select img video audio source track picture template portal details dialog".split()
)
# Schemes that run code or smuggle a document in a link.
_BAD_SCHEME = re.compile(r"^(?:javascript|vbscript|data|file|livescript|mocha):", re.IGNORECASE)
_URL_ATTRS = frozenset(
    {"href", "src", "action", "formaction", "xlink:href", "poster", "srcset", "background"}
)


class ActiveContent(HTMLParser):
    """Counts each kind of active content: tags, ``on*`` handlers, ``style``, unsafe URLs."""

    def __init__(self, allowed_tags: frozenset[str] = frozenset()) -> None:
        super().__init__(convert_charrefs=True)
        self.allowed_tags = allowed_tags
        self.found: Counter[str] = Counter()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ACTIVE_TAGS and tag not in self.allowed_tags:
            self.found[f"<{tag}>"] += 1
        for name, value in attrs:
            if name.startswith("on"):
                self.found[f"{name}="] += 1
            elif name in ("style", "srcdoc"):
                self.found[f"{name}="] += 1
            elif name in _URL_ATTRS and value is not None:
                # browsers ignore control characters and whitespace inside the scheme
                cleaned = re.sub(r"[\x00-\x20\x7f]+", "", value)
                if _BAD_SCHEME.match(cleaned):
                    self.found[f"{name}={cleaned.split(':')[0].lower()}:"] += 1

    handle_startendtag = handle_starttag


def active_content(document: str, allowed_tags: frozenset[str] = frozenset()) -> Counter[str]:
    """What in ``document`` could run code or load something, counted by kind."""
    parser = ActiveContent(allowed_tags)
    parser.feed(document)
    parser.close()
    return parser.found


def links(document: str) -> list[str]:
    """Every ``href`` in ``document``, in order."""
    hrefs: list[str] = []

    class _Links(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            hrefs.extend(v or "" for k, v in attrs if k == "href")

    parser = _Links(convert_charrefs=True)
    parser.feed(document)
    parser.close()
    return hrefs
