"""A Document in, its Facts out: articles -> tables and sentences -> facts -> one row per statement."""
from __future__ import annotations

import re

from newsfacts.consistency import flag_inconsistent
from newsfacts.extract.context import ArticleContext
from newsfacts.extract.dedupe import dedupe
from newsfacts.extract.sentence import extract_sentence, market_named_in
from newsfacts.extract.tables import find_tables, table_facts
from newsfacts.grammar.entities import find_companies
from newsfacts.grammar.periods import find_periods
from newsfacts.model import Article, Document, Fact
from newsfacts.reading.sentences import split_sentences


def extract_document(doc: Document) -> list[Fact]:
    """Every fact stated in the document; facts that must not reach the marts carry a ``flag``."""
    articles = doc.articles or [Article(0, doc.title, doc.text)]
    facts: list[Fact] = []
    for art in articles:
        facts += extract_article(art, doc)
    return flag_inconsistent(dedupe(facts))


def extract_article(art: Article, doc: Document) -> list[Fact]:
    ctx = ArticleContext(doc_date=doc.published_on, article_index=art.index, article_title=art.title)
    if art.title:
        comps = find_companies(art.title)
        if comps:
            ctx.focus_company = comps[0].value
        ctx.market = market_named_in(art.title)
        if "export" in art.title.lower():
            ctx.export_topic = True
        if doc.published_on is None:
            years = sorted({p.period.end.year for p in find_periods(art.title, None) if p.period})
            ctx.year_hint = years[0] if len(years) == 1 else None
        ps = [p for p in find_periods(art.title, doc.published_on) if p.kind in ("absolute", "relative") and p.period]
        if ps:
            ctx.period, ctx.period_age, ctx.title_period = ps[0].period, 5, ps[0].period
    ctx.fiscal_end_month = _fiscal_year_end(art.text, doc.published_on)
    head = find_companies((art.title or "") + "\n" + art.text[:300])
    ctx.issuer = head[0].value if head and "(combined)" not in head[0].value else None
    ctx.preliminary = _says_preliminary((art.title or "") + "\n" + art.text)
    lines = art.text.splitlines()
    facts: list[Fact] = []
    pos = 0
    for table in find_tables(lines, doc.published_on):
        facts += _prose(lines[pos:table.start], ctx)
        facts += table_facts(table, doc.published_on, ctx.period, ctx.source_org, art.index, art.title,
                             context_company=ctx.focus_company, context_market=ctx.market, exporter=ctx.exporter or "KR")
        pos = table.end
    facts += _prose(lines[pos:], ctx)
    return facts


def _prose(lines: list[str], ctx: ArticleContext) -> list[Fact]:
    facts: list[Fact] = []
    if not lines:
        return facts
    for sentence in split_sentences("\n".join(lines)):
        facts += extract_sentence(sentence, ctx)
    return facts


_PRELIMINARY_RESULTS = re.compile(r"(?i)\b(?:preliminary|provisional|tentative|flash)\s+(?:\w+\s+)?(?:earnings|results|"
                                  r"figures|estimates?|filing)|\bearnings\s+guidance|"
                                  r"\b(?:release|announce|report|publish)\w*\s+(?:its\s+|the\s+)?(?:final|full|detailed)\s+"
                                  r"(?:\w+\s+)?(?:earnings|results)")
_FISCAL_YEAR_ENDED = re.compile(r"(?i)\b(?:fiscal|financial)\s+year\s+(?:that\s+)?(?:ended|ending|to)\s+[A-Z]")


def _says_preliminary(text: str) -> bool:
    low = text.lower()
    if not any(w in low for w in ("preliminary", "provisional", "tentative", "flash", "guidance", "final", "full", "detailed")):
        return False  # the usual case, decided without the regex
    return _PRELIMINARY_RESULTS.search(text) is not None


def _fiscal_year_end(text: str, doc_date) -> int | None:
    """The month an article's fiscal years end in, when it says so anywhere ('the financial year ended March
    2024'): its 'FY24' in the headline is that fiscal year too."""
    low = text.lower()
    if "fiscal" not in low and "financial" not in low:
        return None
    m = _FISCAL_YEAR_ENDED.search(text)
    if m is None:
        return None
    for p in find_periods(text[m.start():m.start() + 80], doc_date):
        q = p.period
        if q is not None and q.start.month != 1 and q.end.year == q.start.year + 1:
            return q.end.month
    return None
