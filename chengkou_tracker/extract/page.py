"""The text of a saved web page's body, for `decode`: imported only when the report is HTML."""

from __future__ import annotations

from html.parser import HTMLParser

# Elements whose text is never the report: page furniture and code.
_SKIPPED = frozenset({"script", "style", "nav", "header", "footer", "noscript", "template", "aside", "head", "title"})
# Elements that end a line of text, so paragraphs stay apart once the tags are gone.
_BLOCKS = frozenset(
    {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "table", "td", "pre"}
)
_VOID = frozenset({"br", "img", "hr", "meta", "link", "input", "wbr", "col", "area", "base", "source"})


class _BodyText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED and tag not in _VOID:
            self.skipping.append(tag)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self.skipping and tag == self.skipping[-1]:
            self.skipping.pop()
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            # Line breaks inside an HTML paragraph are layout, not text.
            self.parts.append(data.replace("\r", "").replace("\n", ""))


def html_text(page: str) -> str:
    """The text of a saved page's body, without scripts, styles, navigation, headers and footers."""
    parser = _BodyText()
    parser.feed(page)
    parser.close()
    lines = (line.strip() for line in "".join(parser.parts).split("\n"))
    # Blocks stay paragraphs of their own: a headline without a full stop is not a wrapped line.
    return "\n\n".join(line for line in lines if line)
