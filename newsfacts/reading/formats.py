"""HTML, Markdown and PDF -> plain text, plus the title and dates they declare.

HTML: only the main text (the largest article-like container), with blocks
on their own lines and table cells tab-separated so table rows stay rows;
scripts, styles, navigation, forms, footers, asides and class-named chrome
(share, related, comments, ads...) are skipped. The title and the published
date are taken from markup (og:title/h1/title, article:published_time,
JSON-LD, <time>) because markup is more reliable than text heuristics.

PDF: the text layer via pypdf; lines repeated on most pages (running
headers, page numbers) are dropped and wrapped lines re-joined.
"""
from __future__ import annotations

import datetime as dt
import io
import re
from collections import Counter
from dataclasses import dataclass, field

from newsfacts.model import DocumentError
from newsfacts.reading.dates import parse_date
from newsfacts.reading.normalize import unwrap_lines


@dataclass
class Extracted:
    """Text pulled out of a structured format, with what the format itself declares."""

    text: str
    title: str | None = None
    date_hints: list[tuple[dt.date, str]] = field(default_factory=list)  # trusted: markup
    weak_date_hints: list[tuple[dt.date, str]] = field(default_factory=list)  # file metadata
    date_text: str | None = None  # where to look for a written date if not in ``text`` (HTML page header)
    headings: frozenset[str] = frozenset()  # lines the markup marks as headings (article splitting)
    warnings: list[str] = field(default_factory=list)


# --- HTML ---------------------------------------------------------------------

_SKIP_TAGS = {
    "script", "style", "noscript", "template", "svg", "math", "iframe", "nav", "form", "button", "select",
    "input", "textarea", "option", "canvas", "video", "audio", "object", "embed", "head", "footer", "aside",
    "menu", "dialog", "map", "picture", "img", "link", "meta",
    "figcaption",  # photo captions and credits, not the story
}
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
    "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "thead", "tbody", "tfoot", "caption", "figure",
    "address", "hr", "center", "fieldset", "details", "summary", "body", "html",
}
_CELL_TAGS = {"td", "th"}
# Class/id tokens of page chrome; matched per token ('article-share' -> 'share').
_CHROME_TOKENS = {
    "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "share", "sharing", "social", "sns",
    "footer", "sidebar", "comment", "comments", "related", "recommend", "recommended", "ad", "ads", "advert",
    "advertisement", "banner", "popup", "modal", "subscribe", "subscription", "newsletter-signup", "cookie",
    "promo", "tags", "tag", "copyright", "gnb", "lnb", "snb", "toolbar", "login", "search", "pagination",
    "byline-share", "print", "font", "fontsize", "popular", "ranking", "most-read", "outbrain", "taboola",
}
_TOKEN_SPLIT = re.compile(r"[\s_\-]+")
_MAIN_HINT = re.compile(
    r"article[-_]?(?:body|content|text|txt|view|main)|news[-_]?(?:body|content|text|view)|post[-_]?(?:body|content)"
    r"|entry[-_]?content|story[-_]?(?:body|content)|view[-_]?(?:con|cont|content|body)|content[-_]?body|articlebody"
    r"|article_txt|read[-_]?body|main[-_]?content|cont[-_]?body|arti[-_]?txt|txt[-_]?area|view[-_]?txt", re.I)
_WS = re.compile(r"\s+")
_TITLE_SUFFIX = re.compile(r"\s+[|\-–—:·]{1,2}\s+[^|\-–—:·]{2,60}$")
_DATE_META = {  # lower-cased meta keys
    "article:published_time": "html meta", "og:published_time": "html meta", "datepublished": "html meta",
    "pubdate": "html meta", "publishdate": "html meta", "publish-date": "html meta", "publication_date": "html meta",
    "date": "html meta", "dc.date": "html meta", "dc.date.issued": "html meta", "dcterms.created": "html meta",
    "sailthru.date": "html meta", "parsely-pub-date": "html meta", "article.published": "html meta",
    "citation_publication_date": "html meta", "og:regdate": "html meta", "article:published": "html meta",
}
# JSON-LD, and the same in a page's own script data ('var articleMeta = {"pubDate": ...}')
_JSONLD_DATE = re.compile(r'"(?:datePublished|pubDate|publishDate|publishedDate|publishedAt|published_at|publish_date)"'
                          r'\s*:\s*"([^"]{8,40})"')


def _parser() -> str:
    try:
        import lxml  # noqa: F401

        return "lxml"
    except ImportError:
        return "html.parser"


def looks_like_html(text: str) -> bool:
    """True for text that is an HTML page (a .txt that is really a saved page, say)."""
    head = text[:2048].lstrip().lower()
    if head.startswith(("<!doctype html", "<html")):
        return True
    if head.startswith("<") and "<body" in text[:200_000].lower():
        return True
    return len(_FRAGMENT_TAG.findall(text, 0, 20_000)) >= 10  # a saved fragment: '<p>...</p><p>...</p>'


_FRAGMENT_TAG = re.compile(r"</?(?:p|br|div|span|a|b|strong|em|i|li|ul|ol|table|tr|td|th|h[1-6]|section|article)\b[^<>]{0,300}>", re.I)


def html_to_text(html: str) -> Extracted:
    """Main text, title and markup dates of an HTML page; tolerant of broken markup."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, _parser())
    index = _Index(soup)
    title = _html_title(soup, index)
    hints = _html_dates(index, html)
    root = _main_container(soup, index)
    text = _visible_text(root)
    body = soup.body or soup
    # Dates and 'Title' labels often sit in the page header, outside the main container.
    date_text = text if root is body else _visible_text(body)
    return Extracted(text=text, title=title, date_hints=hints, date_text=date_text)


def _visible_text(root) -> str:
    """Text of an element as a reader sees it: blocks on their own lines, cells tab-separated."""
    from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

    skip_strings = (Comment, Declaration, Doctype, ProcessingInstruction)
    out: list[str] = []
    # Iterative walk (deeply nested pages would overflow recursion); None marks a block end.
    stack: list = [root]
    while stack:
        node = stack.pop()
        if node is None:
            out.append("\n")
            continue
        if isinstance(node, str):
            if node == "\t":
                out.append("\t")
            elif not isinstance(node, skip_strings):
                out.append(str(node) if node.parent is not None and node.parent.name == "pre" else _WS.sub(" ", node))
            continue
        name = node.name
        if name in _SKIP_TAGS or (name == "header" and _outside_article(node)) or _is_chrome(node):
            continue
        if name == "br":
            out.append("\n")
            continue
        children = list(node.children)
        if name in _CELL_TAGS:
            stack.append("\t")
        elif name in _BLOCK_TAGS:
            out.append("\n")
            stack.append(None)
        stack.extend(reversed(children))
    return "".join(out)


def _is_chrome(tag) -> bool:
    attrs = tag.attrs
    if not attrs or tag.name in ("html", "body", "main", "article"):
        return False
    if attrs.get("hidden") is not None or attrs.get("aria-hidden") == "true":
        return True
    if attrs.get("role") in ("navigation", "banner", "contentinfo", "complementary", "search"):
        return True
    names = attrs.get("class") or []
    ident = attrs.get("id")
    tokens: set[str] = set()
    for value in (*names, ident or ""):
        if value:
            low = value.lower()
            tokens.add(low)
            tokens.update(_TOKEN_SPLIT.split(low))
    return bool(tokens & _CHROME_TOKENS)


def _outside_article(tag) -> bool:
    return not any(p.name in ("article", "main") for p in tag.parents)


class _Index:
    """Tags by name and tags with attributes, from one walk of the tree.

    bs4's find_all walks the whole tree with heavy per-tag filtering; the
    handful of lookups below would each cost that again on a large page.
    """

    def __init__(self, soup):
        from bs4.element import Tag

        self.by_name: dict[str, list] = {}
        self.with_attrs: list = []
        for el in soup.descendants:
            if isinstance(el, Tag):
                self.by_name.setdefault(el.name, []).append(el)
                if el.attrs:
                    self.with_attrs.append(el)

    def named(self, name: str) -> list:
        return self.by_name.get(name, [])


def _main_container(soup, index: _Index):
    """The largest article-like element when it holds most of the page's text, else <body>."""
    body = soup.body or soup
    candidates = list(index.named("article")) + list(index.named("main"))
    for tag in index.with_attrs:
        attrs = tag.attrs
        if attrs.get("itemprop") == "articleBody":
            candidates.append(tag)
        elif tag.name in ("div", "section", "td") and (
                any(_MAIN_HINT.search(c) for c in attrs.get("class", []))
                or (tag.name != "td" and _MAIN_HINT.search(attrs.get("id", "") or ""))):
            candidates.append(tag)
    if not candidates:
        return body
    best = max(candidates, key=lambda t: len(t.get_text(" ", strip=True)))
    if len(best.get_text(" ", strip=True)) < 200:
        return body
    return best


def _html_title(soup, index: _Index) -> str | None:
    """og:title, else the article's h1 (not a logo in the page header), else <title> minus the site name."""
    for meta in index.named("meta"):
        if (meta.get("property") == "og:title" or meta.get("name") == "twitter:title") and meta.get("content", "").strip():
            return _clean_title(meta["content"])
    page_title = None
    if soup.title and soup.title.string and soup.title.string.strip():
        page_title = _clean_title(soup.title.string)
    for h1 in index.named("h1"):
        if _is_logo(h1):
            continue
        text = h1.get_text(" ", strip=True)
        if len(text.split()) >= 3:
            return _clean_title(text, strip_site=False)
    if page_title and len(page_title.split()) >= 3:
        return page_title
    for tag in index.named("h1") + index.named("h2"):
        if any(_HEADLINE_CLASS.search(c) for c in tag.attrs.get("class", [])):
            text = tag.get_text(" ", strip=True)
            if len(text.split()) >= 3:
                return _clean_title(text, strip_site=False)
    return page_title


_HEADLINE_CLASS = re.compile(r"tit|headline|title|subject", re.I)
_LOGO = re.compile(r"logo|brand|site[-_]?name", re.I)


def _is_logo(tag) -> bool:
    """A site logo/name heading: marked as such, or inside the page header/nav."""
    for el in (tag, *tag.parents):
        if el.name in ("article", "main"):
            return False
        attrs = getattr(el, "attrs", None) or {}
        if el.name in ("header", "nav") or any(_LOGO.search(c) for c in attrs.get("class", [])) \
                or _LOGO.search(attrs.get("id", "") or ""):
            return True
    return False


def _clean_title(title: str, *, strip_site: bool = True) -> str | None:
    title = _WS.sub(" ", title).strip()
    if strip_site:
        stripped = _TITLE_SUFFIX.sub("", title)
        if len(stripped) >= 15:
            title = stripped
    return title or None


def _html_dates(index: _Index, html: str) -> list[tuple[dt.date, str]]:
    """The published date the markup declares: meta tags, JSON-LD, itemprop, <time>."""
    for meta in index.named("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _DATE_META and meta.get("content"):
            d = parse_date(meta["content"])
            if d:
                return [(d, "html meta")]
    m = _JSONLD_DATE.search(html)
    if m and (d := parse_date(m.group(1))):
        return [(d, "html json-ld")]
    for tag in index.with_attrs:
        if tag.attrs.get("itemprop") == "datePublished":
            d = parse_date(tag.get("datetime") or tag.get("content") or tag.get_text(" "))
            if d:
                return [(d, "html meta")]
    for t in index.named("time"):
        if t.get("datetime") and (d := parse_date(t["datetime"])):
            return [(d, "html time")]
    return []


# --- Markdown -----------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*\n", re.S)
_FM_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$", re.M)
_MD_SUBS = [
    (re.compile(r"<!--.*?-->", re.S), ""),
    (re.compile(r"^[ \t]*(?:```|~~~)[^\n]*$", re.M), ""),                  # code fences (keep content)
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),                              # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),                          # links -> their text
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),                         # reference links
    (re.compile(r"^[ \t]*\[[^\]]+\]:[ \t]*\S+.*$", re.M), ""),              # link definitions
    (re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$", re.M), ""),  # table rules
    (re.compile(r"^[ \t]*(?:\*[ \t]*){3,}$|^[ \t]*(?:-[ \t]*){3,}$|^[ \t]*(?:_[ \t]*){3,}$", re.M), ""),  # hr
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.M), r"\1"),  # ATX headings
    (re.compile(r"^[ \t]*>[ \t]?", re.M), ""),                               # blockquotes
    (re.compile(r"^([ \t]*)[*+][ \t]+", re.M), r"\1- "),                      # bullets
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),                   # bold
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),  # *italic*
    (re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])"), r"\1"),    # _italic_
    (re.compile(r"`([^`\n]+)`"), r"\1"),                                     # inline code
    (re.compile(r"</?[A-Za-z][^>\n]{0,200}>"), ""),                          # inline HTML tags
]
_MD_TABLE_ROW = re.compile(r"^[ \t]*\|(.*)\|[ \t]*$", re.M)
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$", re.M)
_MD_H1 = re.compile(r"^[ \t]{0,3}#[ \t]+(.+?)[ \t]*#*[ \t]*$", re.M)
_MD_SETEXT_H1 = re.compile(r"^([^\n]{3,200})\n=+[ \t]*$", re.M)


def markdown_to_text(text: str) -> Extracted:
    """Plain text of a Markdown document; title and date from front matter or the first '# '."""
    title = None
    hints: list[tuple[dt.date, str]] = []
    fm = _FRONT_MATTER.match(text)
    if fm:
        fields = {k.lower(): v.strip("'\"") for k, v in _FM_LINE.findall(fm.group(1))}
        title = fields.get("title") or None
        for key in ("date", "published", "pubdate", "published_at", "publish_date", "created"):
            if fields.get(key) and (d := parse_date(fields[key])):
                hints.append((d, "front matter"))
                break
        text = text[fm.end():]
    if title is None:
        m = _MD_H1.search(text) or _MD_SETEXT_H1.search(text)
        if m:
            title = m.group(1).strip()
    headings = frozenset(_md_inline(h).strip() for h in _MD_HEADING.findall(text))
    text = re.sub(r"^=+[ \t]*$|^-{3,}[ \t]*$", "", text, flags=re.M)  # setext underlines
    text = _MD_TABLE_ROW.sub(lambda m: "\t".join(c.strip() for c in m.group(1).split("|")), text)
    for pattern, repl in _MD_SUBS:
        text = pattern.sub(repl, text)
    return Extracted(text=text, title=title, date_hints=hints, headings=headings)


_MD_INLINE = _MD_SUBS[2:5] + _MD_SUBS[11:]  # images, links, bold, italics, code, tags


def _md_inline(text: str) -> str:
    for pattern, repl in _MD_INLINE:
        text = pattern.sub(repl, text)
    return text


# --- PDF ------------------------------------------------------------------------

_PAGE_NUMBER = re.compile(r"^[ \t]*(?:page\s*)?\d{1,4}(?:\s*(?:/|of|-)\s*\d{1,4})?[ \t]*$|^[ \t]*-\s*\d{1,4}\s*-[ \t]*$", re.I | re.M)
_DIGITS = re.compile(r"\d+")
_LETTER = re.compile(r"[^\W\d_]")
_JUNK_PDF_TITLE = re.compile(r"\.(?:docx?|pdf|hwpx?|pptx?|xlsx?|indd)$|^(?:microsoft|untitled|document\d*$)", re.I)


def pdf_to_text(data: bytes) -> Extracted:
    """The text layer of a PDF; DocumentError when there is none or the file is broken."""
    import logging

    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # malformed-but-readable PDFs are common
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise DocumentError("encrypted PDF (needs a password)")
            except DocumentError:
                raise
            except Exception:
                raise DocumentError("encrypted PDF (cannot be decrypted)") from None
        pages = [page.extract_text() or "" for page in reader.pages]
    except DocumentError:
        raise
    except Exception as exc:  # pypdf raises many types for broken files
        raise DocumentError(f"unreadable PDF ({type(exc).__name__}: {str(exc)[:120]})") from None
    if not pages:
        raise DocumentError("PDF has no pages")
    pages = _drop_running_lines(pages)
    text = "\n\n".join(pages)
    if not _LETTER.search(text):
        n = len(pages)
        raise DocumentError(f"PDF has no text layer ({n} page{'s' if n != 1 else ''}, no extractable text; scanned image?)")
    text = _PAGE_NUMBER.sub("", text)
    text = unwrap_lines(text)
    title = None
    weak: list[tuple[dt.date, str]] = []
    try:
        meta = reader.metadata
        if meta is not None:
            if meta.title and len(meta.title.strip()) >= 8 and not _JUNK_PDF_TITLE.search(meta.title.strip()):
                title = meta.title.strip()
            created = meta.creation_date
            if created is not None:
                weak.append((created.date(), "pdf metadata"))
    except Exception:  # metadata is optional and often malformed
        pass
    return Extracted(text=text, title=title, weak_date_hints=weak)


def _drop_running_lines(pages: list[str]) -> list[str]:
    """Remove short lines that repeat on most pages (running headers/footers)."""
    if len(pages) < 3:
        return pages
    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({_DIGITS.sub("#", ln.strip()) for ln in page.split("\n") if 0 < len(ln.strip()) <= 100})
    threshold = max(3, len(pages) // 2 + 1)
    running = {ln for ln, n in counts.items() if n >= threshold}
    if not running:
        return pages
    return ["\n".join(ln for ln in page.split("\n") if _DIGITS.sub("#", ln.strip()) not in running) for page in pages]
