"""Facts stated in one sentence of prose: money facts (exports, revenues, profits) and market shares.

Each money amount owns the text between its neighbours (its "frame"): the
cue word nearest to its left decides what it is (exports, imports, revenue,
investment...), the nearest period in the frame is its period, a change
percentage in the frame is its year-on-year change, and an amount introduced
by "from"/"compared to" is the comparison value for the earlier period.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from newsfacts.extract import cues
from newsfacts.extract.context import ArticleContext
from newsfacts.grammar import fastre
from newsfacts.grammar.entities import (Mention, find_companies, fiscal_year_end, find_countries, find_groups, find_markets,
                                        find_orgs, find_products, find_unknown_companies, group_of, market_label)
from newsfacts.grammar.money import Money, find_money
from newsfacts.grammar.numbers import spelled_to_digits
from newsfacts.grammar.percent import Percent, find_percents
from newsfacts.grammar.periods import (PeriodMention, find_periods, fiscal_year, is_fiscal_year_mention, month_end,
                                       shift_period, year_period)
from newsfacts.model import Fact, Period

_CONVERSION_GAP = re.compile(
    r"^\s*(?:[(\[]|,?\s*or|,?\s*equivalent\s+to|,?\s*about|/)\s*(?:about|approximately|approx\.?|around|roughly|some|"
    r"nearly|or|equivalent\s+to|worth|almost|an\s+estimated)?\s*$", re.IGNORECASE)
_RIGHT_CUE = re.compile(
    r"\s*(?:in|of|worth\s+of)\s+(?:(?:annual|quarterly|total|combined|consolidated|global|semiconductor|chip|"
    r"memory|battery|net|operating|first-quarter|second-quarter|third-quarter|fourth-quarter|full-year|"
    r"first-half|second-half)\s+)*(?P<cue>operating\s+(?:profits?|income|losses?)|net\s+(?:profits?|income|losses?)|"
    r"revenues?|sales|exports?|shipments?|imports?|profits?|losses?)\b", re.IGNORECASE)
_AGGREGATE_BEFORE = re.compile(
    r"\b(?:market|industry|sector|worldwide|global|nation(?:wide)?|total|combined|industry-wide|"
    r"korea'?s?|country'?s?)\b[^.;]{0,25}$", re.IGNORECASE)
_ATTRIBUTION = fastre.words(r"according\s+to|data\s+from|figures\s+from|compiled\s+by|tallied\s+by|"
                            r"report(?:ed)?\s+(?:by|from)|said|says|showed|released|announced|estimates?|survey")
_UNREPRESENTABLE_DEST = re.compile(
    r"\b(?:to|for|into)\s+(?:the\s+)?(?:ASEAN|Association\s+of\s+Southeast\s+Asian\s+Nations|Southeast\s+Asia|Middle\s+East|Latin\s+America|Central\s+and\s+South\s+America|"
    r"CIS|Africa|Oceania|Asia|North\s+America|South\s+America|emerging\s+markets|nine\s+major|"
    r"\d+\s+major)\b", re.IGNORECASE)
_BOUND = re.compile(r"^-bound\b", re.IGNORECASE)
_EXPORTER_POSS = re.compile(r"\s*(?:'s|’s)\s+(?:\w+\s+){0,3}?(?:exports?|outbound|shipments)", re.IGNORECASE)
_CHANGE_NOUN_AFTER = re.compile(
    r"^\s*(?:(?:on|year)[\s-](?:on[\s-])?year|y-?o-?y|yoy)?\s*(?:increase|rise|jump|growth|gain|surge|hike|spike|rebound|"
    r"decrease|decline|drop|fall|plunge|slump|contraction|reduction|higher|lower|more|less|up|down)\b",
    re.IGNORECASE)
_YOY_AFTER = re.compile(r"^\s*(?:on[\s-]year|year[\s-]on[\s-]year|y-?o-?y|from\s+a\s+year|compared\s+(?:to|with)\s+(?:a|the\s+same)|"
                        r"over\s+the\s+same|from\s+the\s+(?:same|previous|prior)\s+(?:period|year))", re.IGNORECASE)
_PERCENT_OF_WHOLE = re.compile(r"^\s*of\s+(?:the|its|their|total|all|korea|global|world|overall)", re.IGNORECASE)
_WITH_BEFORE = re.compile(r"(?:\(|\bwith\s+(?:a\s+|an\s+)?|\bat\s+|\bof\s+|:\s*)$", re.IGNORECASE)


_SIGNED_DELTA = re.compile(r"\(\s*[+±]\s*$")
_UNIT_BEFORE = re.compile(r"\bunits?\s*[:：]?\s*$", re.IGNORECASE)
_ESTIMATED_BEFORE = re.compile(r"(?:\bestimated\s+(?:at\s+)?|\ban\s+estimated\s+)$", re.IGNORECASE)


@dataclass
class _Cue:
    kind: str
    start: int
    end: int


def _cues(text: str) -> list[_Cue]:
    return [_Cue(kind, start, end) for kind, start, end in cues.find_cues(text)]


_IN_BRACKETS = re.compile(r"\s*\([^()]*")
_MEMBERS = re.compile(r"\s*[(\[]\s*(?:(?:including|namely|i\.e\.,?)\s+)?[^()\[\]]*"  # '(LG Energy Solution, SK On, ...'
                      r"|\s*[-–—]\s*(?:[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*)*(?:\s*,\s*(?:and\s+)?|\s+and\s+))*")  # ' - A, B and '



def extract_sentence(sentence: str, ctx: ArticleContext) -> list[Fact]:
    """Facts of one sentence; updates ``ctx`` with what the sentence brings into focus."""
    ctx.since_share += 1
    ctx.period_age += 1
    prev_money, ctx.prev_money = ctx.prev_money, None
    if not cues.may_hold_figure(sentence):
        _update_light(sentence, ctx)
        return []
    text = spelled_to_digits(sentence)
    moneys = find_money(text)
    percents = find_percents(text)
    periods = _ytd_to_headline(_with_fiscal_years(find_periods(text, ctx.doc_date, ctx.year_hint), ctx, text), ctx)
    if periods and ("which" in text or "who" in text):
        kept = _outside_asides(text, periods, moneys, percents)
        aside = [p for p in periods if p not in kept and p.kind in ("absolute", "relative") and p.period is not None]
        # "Samsung, which will announce third-quarter results on Thursday, estimated its operating profit for the
        # quarter at X": 'the quarter' is the one the aside named
        periods = [dataclasses.replace(p, kind="relative", period=aside[0].period)
                   if p.kind == "anaphor" and aside and p.grain == aside[0].period.grain else p for p in kept]
    groups = [g for g in find_groups(text) if not _NOT_A_SUBJECT.search(text[max(0, g.start - 20):g.start])]
    known = find_companies(text)
    if groups:  # "the three Korean battery makers (LG Energy Solution, Samsung SDI, SK On)": members, not subjects
        known = [c for c in known if not any(g.end <= c.start and _MEMBERS.fullmatch(text, g.end, c.start)
                                              for g in groups)]
    if "(" in text and len(known) > 1:  # "SK Group (SK hynix and Solidigm) at 19.6%": the group, not its members
        known = [c for c in known if not any(k.end <= c.start and k is not c and text[k.end:k.end + 2].lstrip().startswith("(")
                                              and _IN_BRACKETS.fullmatch(text, k.end, c.start) for k in known)]
    known += groups
    companies = sorted(known + find_unknown_companies(text, known), key=lambda m: m.start)
    companies = _drop_overlaps(companies)
    cue_list = _cues(text)
    _update_org(text, ctx)
    facts: list[Fact] = []
    main_period = _main_period(periods, ctx)
    if moneys:
        facts += _money_facts(sentence, text, moneys, percents, periods, companies, cue_list, main_period, ctx, prev_money)
        ctx.prev_money = next((f for f in facts if f.flag is None and not f.comparison), None)
    if percents:
        facts += _share_facts(sentence, text, moneys, percents, periods, companies, main_period, ctx)
    _update_focus(text, sorted(known, key=lambda c: c.start), cue_list, periods, facts, ctx)
    return facts


# ---------------------------------------------------------------- context updates

_LIGHT_TOPIC = fastre.words(r"revenue|sales|profit|earnings|loss|exports?|shipments?|market|share")


def _update_light(sentence: str, ctx: ArticleContext) -> None:
    """Cheap update for sentences without figures: who is in focus, what the article is about."""
    low = fastre.fold(sentence)
    topic = fastre.search(_LIGHT_TOPIC, low, right=False)
    cut = max(60, len(sentence) // 3)  # only a company named early is the subject: no need to read further
    comps = [c for c in find_companies(sentence[:cut + 40] if len(sentence) > cut + 40 else sentence) if c.start < cut]
    if comps:
        ctx.focus_company = comps[0].value
    if len(sentence) <= 60 and not sentence.rstrip().endswith((".", ":", ",")) and _DIGIT.search(sentence):
        # a heading ("Slide 3 — 3Q24 Highlights", "Second-quarter 2025 results"): the lines under it are its period's
        ps = [p for p in find_periods(sentence, ctx.doc_date, ctx.year_hint) if p.kind == "absolute" and p.period
              and p.period.grain in ("quarter", "half")]  # not a release's date line
        if ps:
            ctx.period, ctx.period_age = ps[0].period, 0
    if sentence.rstrip().endswith(":") and "share" in low:
        _list_heading(sentence, low, ctx)
    if ctx.period is None and ctx.doc_date is not None and fastre.search(_RECENT_PERIOD_WORD, low, right=False):
        # nothing in focus yet: "Here's how SK Hynix did in the third quarter compared with LSEG SmartEstimates:"
        ps = [p for p in _focus_candidates(find_periods(sentence, ctx.doc_date), ctx)
              if p.period.grain in ("quarter", "half", "month") and (ctx.doc_date - p.period.end).days < 550]
        if ps:
            ctx.period, ctx.period_age = ps[0].period, 5
    if "export" in low or "shipment" in low:
        named = [c for c in find_countries(sentence) if c.value not in ("KR", "WORLD")]
        told = [c for c in named if c.start <= 2 or re.search(r"\bto\s+(?:the\s+)?$", sentence[max(0, c.start - 8):c.start])]
        if told:  # "Vietnam, Korea's third-largest export market, ...": the country the next sentences may call "the country"
            ctx.destination = told[-1].value
    if topic is None:
        return
    if "export" in low:
        ctx.export_topic = True
        if not ctx.export_facts_seen and sentence.strip() != (ctx.article_title or "").strip():
            cue = next((c for c in _cues(sentence) if c.kind == "export"), None)
            if cue is not None:
                ctx.topic_product = _export_product(sentence, cue)
                ctx.export_facts_seen = True
    cue_list = _cues(sentence)
    if any(c.kind in cues.METRIC_OF_CUE or c.kind == "export" for c in cue_list) and _may_refocus(sentence, ctx):
        ps = _focus_candidates(find_periods(sentence, ctx.doc_date), ctx)
        if ps:
            ctx.period = ps[0].period
            ctx.period_age = 5  # stated without a figure: good enough for amounts, too weak for shares
    _update_org(sentence, ctx, low)
    if "market" in low:
        ms = _market_near_word(sentence)
        if ms:
            ctx.market = ms


_RECENT_PERIOD_WORD = fastre.words(r"quarter|half|q[1-4]|[1-4]q|h[12]|[12]h|january|february|march|april|may|june|july|"
                                   r"august|september|october|november|december")
_YTD = re.compile(r"(?i)year[\s-]to[\s-]date|so\s+far\s+this\s+year|this\s+year\s+so\s+far")


_RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who|whose)\b[^,;()]*,")


def _outside_asides(text: str, periods: list[PeriodMention], moneys, percents) -> list[PeriodMention]:
    """'Samsung, which re-entered the OLED TV market in 2022, took 27.9 percent': the aside's year is not the
    figure's (unless the figure is in the aside too)."""
    spans = [(m.start(), m.end()) for m in _RELATIVE_CLAUSE.finditer(text)]
    if not spans:
        return periods
    figures = [f.start for f in moneys] + [f.start for f in percents]
    return [p for p in periods if not any(a <= p.start < b and not any(a <= f < b for f in figures) for a, b in spans)]


def _ytd_to_headline(periods: list[PeriodMention], ctx: ArticleContext) -> list[PeriodMention]:
    """'The year to date' in a story about October 1-20 runs to October 20, not to the end of September."""
    cutoff = next((p.period for p in periods if p.kind == "reference" and p.period is not None
                   and p.period.start == p.period.end and p.text.lower().startswith("as of")), None)
    head = cutoff or ctx.title_period or ctx.period  # '... as of Nov. 20': the span ends on that day
    if head is None or ctx.doc_date is None:
        return periods
    return [dataclasses.replace(p, period=Period(p.period.start, head.end, "range"))
            if p.period is not None and _YTD.fullmatch(p.text) and head.start.year == p.period.start.year
            and p.period.end < head.end <= ctx.doc_date else p for p in periods]


_BRACKETS_PRIOR = re.compile(r"(?:a\s+year\s+(?:earlier|ago|before)|year-ago|prior[\s-]year|last\s+year)[^.:]{0,25}\bin\s+"
                             r"(?:brackets|parentheses)|(?:brackets|parentheses)[^.:]{0,30}(?:a\s+year\s+(?:earlier|ago)|year-ago)")


def _list_heading(sentence: str, low: str, ctx: ArticleContext) -> None:
    """'Here's how the top five looked in Q3 2025, with their share a year earlier in brackets:': the list under
    it holds shares of that period, and the bracketed ones are a year earlier."""
    ps = [p for p in find_periods(sentence, ctx.doc_date, ctx.year_hint) if p.kind in ("absolute", "relative") and p.period]
    if ps:
        ctx.share_period = ctx.period = ps[0].period
        ctx.period_age = 0
    ctx.since_share = 0
    ctx.bracket_prior = bool(_BRACKETS_PRIOR.search(low))


def _with_fiscal_years(periods: list[PeriodMention], ctx: ArticleContext, text: str) -> list[PeriodMention]:
    """'FY24' after 'the financial year ended March 2024': the article's fiscal year, not calendar 2024."""
    for p in periods:
        q = p.period
        if q is not None and p.kind == "absolute" and q.start.day == 1 and q.start.month != 1 and \
                q.end.year == q.start.year + 1 and q.start.month == q.end.month % 12 + 1 and \
                q.end == month_end(q.end.year, q.end.month):
            ctx.fiscal_end_month = q.end.month
    if not periods:
        return periods
    low = text.lower()
    if "fiscal" not in low and "fy" not in low and "financial year" not in low:
        return periods  # nothing named as a fiscal period
    end = _fiscal_end(ctx, text)
    if end is None:
        return periods
    return [dataclasses.replace(p, period=fiscal_year(p.period.end.year, end)) if is_fiscal_year_mention(p)
            else _fiscal_quarter(p, text, end, ctx) for p in periods]


def _fiscal_end(ctx: ArticleContext, text: str) -> int | None:
    """The fiscal year-end month in force: stated by the article, else that of the company the sentence names
    first, else that of the article's issuer (or, with none, of the company in focus)."""
    if ctx.fiscal_end_month:
        return ctx.fiscal_end_month
    named = find_companies(text)
    if named:
        return fiscal_year_end(named[0].value)
    return fiscal_year_end(ctx.issuer) if ctx.issuer else fiscal_year_end(ctx.focus_company)


_FISCAL_BEFORE = re.compile(r"(?i)\bfiscal\s+(?:(?P<y>(?:19|20)\d\d)\s+)?(?:the\s+)?$")
_ORDINAL_Q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def _fiscal_quarter(p: PeriodMention, text: str, end: int, ctx: ArticleContext) -> PeriodMention:
    """'its fiscal third quarter' of a company whose year ends in September: April-June, not July-September."""
    m = _FISCAL_BEFORE.search(text, max(0, p.start - 20), p.start)
    q = p.period
    if m is None or q is None or q.grain != "quarter":
        return p
    n = (q.start.month + 2) // 3  # the quarter's number as written
    last = (end - 3 * (4 - n) - 1) % 12 + 1  # the fiscal quarter's last month
    if m.group("y") or (p.kind == "absolute" and re.search(r"\d", p.text)):  # of fiscal year Y
        fy = int(m.group("y")) if m.group("y") else q.end.year
        year = fy if last <= end else fy - 1
    elif ctx.doc_date is not None:  # the latest such quarter that has ended
        year = ctx.doc_date.year
        while month_end(year, last) > ctx.doc_date:
            year -= 1
    else:
        return p
    start_m = (last - 3) % 12 + 1
    start = dt.date(year if start_m <= last else year - 1, start_m, 1)
    return dataclasses.replace(p, kind="absolute", period=Period(start, month_end(year, last), "range"))


_PRELIMINARY = re.compile(r"\b(?:preliminary|provisional|tentative|flash)\s+(?:\w+\s+)?(?:earnings|results|figures|"
                          r"estimates?|filing|data|numbers)|\bearnings\s+guidance|\bestimates?\s+(?:its|their)\b",
                          re.IGNORECASE)
_EXPLICIT_FORECAST = re.compile(r"(?i)\b(?:forecasts?|forecasted|targets?|goal|outlook|aims?|plans?|will|"
                                r"projections?|projected|consensus)\b")
_LIKELY_PAST = re.compile(r"\b(?:likely|probably)\s+(?:rose|fell|jumped|surged|soared|climbed|grew|increased|declined|dropped|"
                          r"plunged|slumped|tumbled|decreased|came\s+in|was|were|reached|totaled|hit|more\s+than)\b", re.IGNORECASE)
_NOT_OWN = re.compile(r"\b(?:analysts?|consensus|brokers?|market\s+expectations?|forecasters?|FnGuide|polled|"
                      r"surveyed|beat|beating|missed|than)\b", re.IGNORECASE)


def _own_preliminary(text: str, f_start: int, m: Money, fact: Fact, ctx: ArticleContext) -> bool:
    """A company's own preliminary figure for a period that has ended: an estimate, not a forecast."""
    if fact.period is None or ctx.doc_date is None or fact.period.end >= ctx.doc_date:
        return False
    if not (ctx.preliminary or _PRELIMINARY.search(text) or _LIKELY_PAST.search(text)):
        return False
    if _EXPLICIT_FORECAST.search(text[max(0, f_start - 60):m.start]):
        return False  # "Forecast: exports to cross $700bn": a forecast, whatever else the article says
    # analysts' figures are introduced before the amount ("the consensus of X"); "X, missing expectations" is the
    # company's own
    return not _NOT_OWN.search(text[max(0, f_start - 60):m.start])


def _cumulative_of(period: Period, headline: Period | None) -> bool:
    """A longer span that contains the headline's period (the quarter or year to date of a monthly story)."""
    return headline is not None and period.start <= headline.start and period.end >= headline.end and \
        (period.start, period.end) != (headline.start, headline.end)


def _update_org(text: str, ctx: ArticleContext, low: str | None = None) -> None:
    if fastre.search(_ATTRIBUTION, low or fastre.fold(text)):
        orgs = find_orgs(text)
        if orgs:
            ctx.source_org = orgs[0].value


def _update_focus(text, companies, cue_list, periods, facts, ctx: ArticleContext) -> None:
    subject = [c for c in companies if "(combined)" not in c.value and c.start < max(60, len(text) // 3)]
    if subject:
        ctx.focus_company = subject[0].value
    elif facts and facts[0].company and facts[0].table == "fct_revenues" and facts[0].flag is None and \
            any(k.value == facts[0].company for k in companies):
        ctx.focus_company = facts[0].company
    good = [f for f in facts if f.period is not None and not f.comparison and f.flag is None]
    if good and ctx.lede_period is None:
        ctx.lede_period = good[0].period
    if good:
        ctx.last_period = good[-1].period
    if ctx.period is not None and _ASIDE_GATE.search(fastre.fold(text)) and _ASIDE.search(text):
        pass  # "In the fourth quarter alone, ...": an aside, the story's period stays in focus
    elif good and _cumulative_of(good[0].period, ctx.title_period or ctx.lede_period):
        pass  # "ICT exports in the first quarter totaled ..." in a story about March: March stays in focus
    elif good and ctx.period is not None and all(f.period == shift_period(ctx.period, "year") for f in good):
        pass  # "In October 2024, exports had been $57.5bn.": the year-earlier figure, a look back
    elif good and ctx.period is not None and ctx.period == ctx.lede_period and ctx.period.grain == "year" and \
            all((f.table == "fct_exports" and f.period.grain == "month" or f.table == "fct_market_shares")
                and ctx.period.start <= f.period.start and f.period.end <= ctx.period.end and f.period != ctx.period
                for f in good):
        pass  # "In December, chip exports jumped ...", "Samsung's share rose to 29.9% in the fourth quarter" in a story
        # about the year: a detail, the year stays in focus
        # (earnings stories are not read so: "In the fourth quarter, revenue rose ... Operating profit fell ..." goes on)
    elif good and ctx.period is not None and _PLUPERFECT.search(text) and all(f.period.end < ctx.period.start for f in good):
        pass  # "In the April-June period, LG Innotek had earned 96.9 billion won": a look back, the story's period stays
    elif good and ctx.period is not None and _COMPARISON_LEAD.match(text):
        pass  # "That compares with 38.7% for SK hynix in the second quarter.": a look back, the story's period stays
    elif good:
        ctx.period = good[0].period
        ctx.period_age = 0
    elif not facts and (any(c.kind in cues.METRIC_OF_CUE or c.kind in ("export", "shipments") for c in cue_list) or
                        fastre.search(_MARKET_WORD, fastre.fold(text), right=False)):
        ps = _focus_candidates(periods, ctx)
        if ps and (_may_refocus(text, ctx) or text.rstrip().endswith(":")):
            # a sentence without a fact moves the focus only when no fact has just set it
            ctx.period = ps[0].period
            ctx.period_age = 0
            if text.rstrip().endswith(":"):  # "Ranking, 1Q25 NAND Flash brand revenue (US$ million / market share):"
                ctx.share_period = ps[0].period  # the list under it is of that period
                if "share" in text.lower():
                    ctx.since_share = 0  # ... and a list of market shares
    for c in cue_list:
        if c.kind in ("operating_profit", "operating_loss"):
            ctx.profit_metric = "operating_profit"
        elif c.kind in ("net_profit", "net_loss"):
            ctx.profit_metric = "net_profit"
        elif c.kind == "export":
            ctx.export_topic = True
    m = _market_near_word(text)
    if m:
        ctx.market = m


_MARKET_WORD = fastre.words(r"market|sector|industry|segment|share")
_A_MONTH = dt.timedelta(days=31)


def _focus_candidates(periods: list[PeriodMention], ctx: ArticleContext) -> list[PeriodMention]:
    """Periods a sentence without a figure can bring into focus: stated ones, not yet to come ("foldables are set to
    lead growth in the second half")."""
    return [p for p in periods if p.kind in ("absolute", "relative") and p.period
            and (ctx.doc_date is None or p.period.end <= ctx.doc_date or p.period.start < ctx.doc_date - _A_MONTH)]


def _may_refocus(text: str, ctx: ArticleContext) -> bool:
    """A sentence without a figure moves the focus only when no fact has just set it, or when it announces
    results ("reported financial results for the second quarter ended June 30, 2024")."""
    return ctx.period is None or ctx.period_age > 2 or _RESULTS_FOR.search(text) is not None


_RESULTS_FOR = re.compile(r"\b(?:results|earnings)\s+for\s+(?:the\s+|its\s+)?(?:first|second|third|fourth|full|fiscal|[1-4]Q|Q[1-4]|20\d\d)",
                          re.IGNORECASE)  # "reported financial results for the second quarter ended June 30, 2024"
_PLUPERFECT = re.compile(r"\bhad\s+(?:\w+ly\s+)?(?:earned|posted|logged|recorded|reported|booked|made|generated|"
                         r"reached|been|totaled|totalled|come|stood)\b", re.IGNORECASE)
_COMPARISON_LEAD = re.compile(r"\s*(?:(?:that|this|it|which)\s+(?:compares|compared|was\s+(?:up|down)\s+from)|"
                              r"(?:by|in)\s+comparison|compared\s+with|for\s+comparison)\b", re.IGNORECASE)


def _market_near_word(text: str) -> str | None:
    """A market named as such: 'the global DRAM market', 'share of the foundry market'."""
    if fastre.search(_MARKET_WORD, fastre.fold(text), right=False) is None:
        return None
    for mk in _head_markets(text):
        tail = text[mk.end:mk.end + 30].lower()
        if re.match(r"^\s*(?:\w+\s+){0,2}?(?:market|sector|industry|segment|shipments|revenue|sales|installations|orders|deliveries)", tail) or \
                re.search(r"(?:market|share)\s+(?:of\s+|in\s+)?(?:the\s+)?(?:global\s+|world\s+)?$",
                          text[max(0, mk.start - 30):mk.start].lower()):
            return market_label(text, mk)
    return None


def _anaphor_period(p: PeriodMention, ctx: ArticleContext) -> Period | None:
    """'the same period' is the period in focus; 'for the full year' is the year that contains it."""
    if p.grain == "period" and not p.text.lower().startswith("the same") and ctx.last_period is not None:
        return ctx.last_period  # "Chip exports for the period stood at ...": the span the text just spoke of
    if ctx.period is None:
        return None
    if p.grain == "year" and ctx.period.grain != "year":
        return year_period(ctx.period.end.year)
    if p.grain in ("quarter", "half") and ctx.period.grain == "year" and ctx.last_period is not None and \
            ctx.last_period.grain == p.grain and ctx.period.start <= ctx.last_period.start <= ctx.period.end:
        return ctx.last_period  # "for the quarter" after the fourth-quarter figures of a story about the year
    return ctx.period


def _states_period(periods: list[PeriodMention]) -> bool:
    return any(p.kind in ("absolute", "relative", "anaphor") for p in periods)


def _main_period(periods: list[PeriodMention], ctx: ArticleContext) -> Period | None:
    for p in periods:
        if p.kind in ("absolute", "relative") and p.period is not None:
            return p.period
        if p.kind == "anaphor":
            return _anaphor_period(p, ctx)
    return ctx.period


def _drop_overlaps(ms: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in ms:
        if out and m.start < out[-1].end:
            if m.end - m.start > out[-1].end - out[-1].start:
                out[-1] = m
            continue
        out.append(m)
    return out


# ---------------------------------------------------------------- money facts

_REPORTING = {"KRW", "JPY", "TWD", "CNY", "INR"}  # currencies companies report in, that foreign outlets put second


def _without_conversions(text: str, moneys: list[Money], prefer_reported: bool = False) -> list[Money]:
    """Drop "(US$1.7 billion)" after "2.3 trillion won": the same statement in another currency. The kept
    amount's frame then reaches past the conversion to the period stated after it. With ``prefer_reported``
    (company results), "$4.7 billion (6.69 trillion won)" keeps the won: the currency the company reports in."""
    kept: list[Money] = []
    for m in moneys:
        prev = kept[-1] if kept else None
        if prev is not None and _CONVERSION_GAP.match(text[prev.end:m.start]) and (
                prev.currency != m.currency or text[prev.end:m.start].strip().startswith("(")):
            if prefer_reported and prev.currency == "USD" and m.currency in _REPORTING:
                # the won amount, read from where the dollar one stands (its qualifier, subject and cue)
                kept[-1] = dataclasses.replace(m, start=prev.start, text=text[prev.start:m.end])
            continue
        kept.append(m)
    return kept


def _money_facts(sentence, text, moneys: list[Money], percents, periods, companies, cue_list, main_period,
                 ctx: ArticleContext, prev_money: Fact | None = None) -> list[Fact]:
    facts: list[Fact] = []
    main_fact: Fact | None = None
    moneys = _without_conversions(text, moneys, prefer_reported=not any(c.kind == "export" for c in cue_list))
    resp_changes = _respective_changes(text, moneys, percents) if "respectively" in text and len(moneys) > 1 else None
    for i, m in enumerate(moneys):
        prev = moneys[i - 1] if i else None
        f_start = prev.end if prev else 0
        nxt = moneys[i + 1] if i + 1 < len(moneys) else None
        f_end = nxt.start if nxt else len(text)
        if _SIGNED_DELTA.search(text, max(0, m.start - 4), m.start) or (
                m.text[:1] in "-−" and text[:m.start].rstrip().endswith("(")):
            continue  # "up 2.2% (+US$ 0.35 billion)": the change in money, not a value
        if _UNIT_BEFORE.search(text, max(0, m.start - 8), m.start) and \
                re.match(r"^\s*[,)%]", text[m.end:m.end + 3]):
            continue  # "(Unit: USD 100 million, %)"
        kind, cue = _money_kind(text, m, f_start, cue_list, ctx)
        if kind is None and i == 0 and prev_money is not None and _PRONOUN_AMOUNT.fullmatch(text, 0, m.start):
            fact = _pronoun_fact(text, m, sentence, prev_money, periods, f_end, percents)
            if fact is not None:
                facts.append(fact)
            continue
        if kind is None and i == 0 and prev_money is not None and prev_money.period is not None and \
                _COMPARED_AMOUNT.fullmatch(text, 0, m.start):
            # "That compared with ¥482.4 billion in the same period last year.": the previous sentence's figure then
            q = next((q for q in periods if m.end <= q.start < f_end), None)
            then = None if q is None else shift_period(prev_money.period, q.shift or "year") if q.kind == "comparison" \
                else q.period if q.kind in ("absolute", "relative", "base", "when") else None
            if then is not None and then != prev_money.period and prev_money.currency == m.currency:
                facts.append(_copy_for_comparison(prev_money, m, then, sentence, -1 if prev_money.value < 0 else 1))
            continue
        if kind is None:
            continue
        if _REVISED_FROM.search(text, max(0, m.start - 90), m.start):
            continue  # "revised up to $15.82bn from $15.73bn": the first print, superseded
        is_cmp, cmp_period = _comparison(text, m, f_start, f_end, periods, main_fact, percents, ctx)
        own_kind = (kind == "export" and main_fact is not None and main_fact.table == "fct_exports") or (
            isinstance(kind, tuple) and main_fact is not None and main_fact.metric == kind[0])
        if is_cmp and main_fact is not None and (own_kind or not main_fact.comparison):
            if main_fact.period is None or cmp_period is None:
                continue
            sign = kind[1] if isinstance(kind, tuple) else 1
            fact = _copy_for_comparison(main_fact, m, cmp_period, sentence, sign)
            facts.append(fact)
            continue
        if is_cmp and cmp_period is None:
            continue
        value = m.value
        if kind == "export":
            fact = _export_fact(text, m, cue, f_start, f_end, ctx, sentence, cue_list)
            if fact is None:
                continue
        else:
            metric, sign = kind
            company = _revenue_company(text, m, cue, f_start, companies, ctx)
            if company is None:
                continue
            fact = Fact(table="fct_revenues", value=_signed(sign, value), period=None, evidence=sentence.strip(),
                        currency=m.currency, company=company, metric=metric)
        fact.currency = m.currency
        fact.comparison = is_cmp
        fact.period = cmp_period if is_cmp else _money_period(text, m, f_start, f_end, periods, main_period, ctx, moneys)
        if not is_cmp and main_fact is not None and main_fact.comparison and main_fact.period is not None and \
                not any(f_start <= p.start < f_end for p in periods) and _SAME_STATEMENT.match(text[f_start:m.start]):
            # "A year earlier, operating profit had been 9.18 trillion won on revenue of 79.1 trillion won"
            fact.period, fact.comparison = main_fact.period, True
        fact.change_pct = None if is_cmp and cues.COMPARE_BEFORE.search(text[max(f_start, m.start - 25):m.start]) \
            else _change_pct(text, m, f_start, f_end, percents)  # "fell 24.5 percent from X": the change is the new value's
        if resp_changes and m.start in resp_changes:
            fact.change_pct = resp_changes[m.start]  # "$3.02 billion and $2.71 billion, respectively, up 18.5% and 30.1%"
        fact.qualifier = _qualifier(text, m, f_start)
        if fact.qualifier == "exact" and main_fact is not None and main_fact.qualifier in ("forecast", "estimate") and \
                not re.search(r"\b(?:actual|reported|posted|recorded|came\s+in)\b", text[f_start:m.start], re.IGNORECASE):
            fact.qualifier = main_fact.qualifier  # "... at 15.8 trillion won on sales of 73 trillion won"
        if fact.qualifier == "forecast" and _own_preliminary(text, f_start, m, fact, ctx):
            fact.qualifier = "estimate"  # "operating profit for July-September was likely 12.1 trillion won"
        if fact.qualifier == "forecast" and not _states_period(periods):
            fact.period = None  # a target with no stated period: the article's period is not its period
        fact.source_org = ctx.source_org
        fact.article_index, fact.article_title = ctx.article_index, ctx.article_title
        if m.malformed:
            fact.flag = f"malformed number '{m.text}'"
        reason = _not_a_company_figure(text, m, f_start, fact, ctx)
        if reason:
            fact.flag = reason
        elif fact.qualifier == "forecast":
            fact.flag = "a forecast, target or consensus, not a reported figure"
        if fact.period is None:
            fact.flag = fact.flag or "period not resolvable from the text and the document date"
        if _THRESHOLD_BEFORE.search(text, max(0, m.start - 20), m.start) and i + 1 < len(moneys) and \
                moneys[i + 1].currency == m.currency and moneys[i + 1].value > m.value and \
                _COMING_IN_AT.search(text, m.end, moneys[i + 1].start) and not any(
                    m.end <= q.start < moneys[i + 1].end + 25 and q.period != fact.period
                    for q in periods if q.kind in ("absolute", "relative")):  # (not "... in January, reaching X in March")
            continue  # "topped $1 billion for the first time ..., coming in at $1.36 billion": the threshold, then the value
        if _THRESHOLD_BEFORE.search(text, max(0, m.start - 20), m.start) and any(
                f.table == fact.table and f.metric == fact.metric and f.period == fact.period and f.qualifier == "exact"
                and abs(f.value) > abs(fact.value) and f.company == fact.company and f.product == fact.product
                and f.destination == fact.destination for f in facts):
            continue  # "KRW 1.2718 trillion, up 0.6%, surpassing KRW 1 trillion for the first time": a threshold passed
        facts.append(fact)
        main_fact = fact
    return facts


_DIVISION = re.compile(r"\b(?:division|divisions|unit|units|segment|segments|business|businesses|arm|"
                       r"(?<!from\s)(?<!from\scontinuing\s)operations)\b[^,;]{0,30}$|"  # 'revenue from operations' is revenue
                       r"\b(?:DS|DX|MX|VD|SDC|chip|memory|foundry|mobile|display|semiconductor|battery|appliance|TV)\s+"
                       r"(?:division|unit|segment|business|arm)\b", re.IGNORECASE)
_DIVISION_SUBJECT = re.compile(r"\W*(?:the|its|their|[A-Z][\w&-]*(?:'s|’s))\s+(?:[\w&-]+\s+){0,3}?"
                               r"(?:division|unit|segment|business|arm)\b(?!\s+(?:of|for)\b)", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_FISCAL_Q = re.compile(r"\bfiscal\s+(?:\w+[\s-]){0,1}(?:quarter|half|first|second|third|fourth)", re.IGNORECASE)
_CONSENSUS = re.compile(r"\b(?:consensus|estimates?|expectations?|expected|forecasts?|smartestimate|analysts?)\b",
                        re.IGNORECASE)


# "HBM revenue approached $2 billion", "its NAND sales": one product line of the company (a chip company's
# 'semiconductor'/'memory' revenue is left alone: for many it is all of it)
_PRODUCT_LINE = re.compile(r"(?i)\b(?:HBM|DRAM|NAND|SSD|MLCC|OLED|LCD|smartphone|handset|TV|appliance|camera[\s-]module|"
                           r"substrate|ESS|EV\s+battery|cathode|anode|data[\s-]cent(?:er|re)|automotive|server)\s+"
                           r"(?:chip\s+)?(?:revenue|sales)\b")
_RETRACTED = re.compile(r"(?i)\b(?:an\s+earlier\s+version|a\s+previous\s+version|this\s+(?:story|article|report)\s+corrects|"
                        r"incorrectly\s+(?:stated|said|reported|gave)|misstated|erroneously)\b")
_BY_SEGMENT = re.compile(r"(?i)\W*by\s+(?:segment|division|business|unit|business\s+(?:unit|segment))s?\b")
# amounts below these are prices or per-unit figures, never a company's result or a country's exports
_PLAUSIBLE_FLOOR = {"KRW": 1e8, "JPY": 1e7, "IDR": 1e9, "VND": 1e9, "INR": 1e6, "TWD": 1e6, "CNY": 1e6}
_ADJUSTED = re.compile(r"(?i)\b(?:excluding|excl\.|stripping\s+out|adjusted\s+for|before\s+(?:the\s+)?(?:AMPC|tax\s+credits?)|"
                       r"after\s+deducting\s+(?:the\s+)?non-recurring|(?:deducting|net\s+of)\s+non-recurring)\b"
                       r"|\bex-(?:AMPC|IRA|one-offs?)\b")
_STANDALONE = re.compile(r"(?i)\b(?:standalone|stand-alone|parent[\s-]only|separate|non-consolidated)\s+(?:basis|figures?|"
                         r"results?|revenue|sales|operating)|\bon\s+a\s+(?:standalone|separate|non-consolidated)\b")
_SEGMENT_LABEL = re.compile(r"^[\W_]*(?P<lab>[A-Z][\w&/.'-]*(?:\s+[\w&/.'-]+){0,4}?)\s*(?:\([^)]{1,40}\))?\s*[:：]\s+")
_GENERIC_LABEL = re.compile(r"(?i)^(?:results?|highlights?|summary|earnings|performance|overview|key\s+\w+|takeaways?|notes?|"
                            r"update|consolidated|total|company|group|revenue|sales|operating\s+\w+|net\s+\w+|profit|"
                            r"outlook|guidance|bottom\s+line|headline|financials?|numbers|figures|details|ir|q&a|"
                            r"[\w\s]*\b(?:said|says|reports?|reported)|"
                            r"(?:it|this|that|there|here)\b.*|.*\b(?:was|is|were|are|has|had|have|be|been)\b.*)$")
# (a clause before a colon is no business label: "It was a dramatic reversal: in 2021, LG Display's ...")


def _segment_label(text: str) -> bool:
    """'Component Solution (MLCC): Revenue was KRW 1,227.1 billion': a line labelled by a business, not a company."""
    m = _SEGMENT_LABEL.match(text)
    if m is None:
        return False
    lab = m.group("lab")
    return not (_DIGIT.search(lab) or _GENERIC_LABEL.match(lab) or find_companies(lab) or find_countries(lab)
                or find_groups(lab) or find_periods(lab, None))


def _not_a_company_figure(text, m: Money, f_start, fact: Fact, ctx) -> str | None:
    """Why an amount that looks like a fact must stay out of the marts, or None."""
    left = text[f_start:m.start]
    if re.search(r"\bbetween\s+\S+\s+(?:\w+\s+)?(?:and|to)\s+$", text[max(0, m.start - 40):m.start], re.IGNORECASE):
        return "a range, not a single value"
    if _BETWEEN.search(text[max(0, m.start - 10):m.start]) or re.match(r"^\s*(?:-|–|to)\s*(?:\$|US\$|W|₩)?\d", text[m.end:m.end + 8]) \
            and re.search(r"\bbetween\b|\brange\b|\bof\s+$", text[max(0, m.start - 20):m.start], re.IGNORECASE):
        return "a range, not a single value"
    if _RETRACTED.search(text):
        return "a figure the text corrects or withdraws"
    if abs(m.value) < _PLAUSIBLE_FLOOR.get(m.currency, 1e6):
        return "too small for a company's or a country's figure (a price or a per-unit amount?)"
    if fact.table == "fct_revenues":
        subject = text[max(0, f_start):m.start]
        if _BY_SEGMENT.match(text):
            return "a division's figure, not the company's"
        if _DIVISION.search(subject) and not re.search(r"\b(?:company|group|firm)\b", subject[-40:], re.IGNORECASE) \
                or _DIVISION_SUBJECT.match(text):
            return "a division's figure, not the company's"
        if _FISCAL_Q.search(text) and not re.search(r"\b(?:ended|ending)\s+[A-Z][a-z]+", text) and _fiscal_end(ctx, text) is None:
            return "a fiscal period that is not a calendar period"
        if _ADJUSTED.search(text, max(0, m.start - 120), m.start):
            return "an adjusted figure (excluding an item), not the reported one"
        if fact.metric == "revenue" and (_PRODUCT_LINE.search(subject[-40:]) or (
                _ELIDED_POSSESSIVE.search(subject) and _PRODUCT_LINE.search(text[max(0, f_start - 80):f_start]))):
            return "a product line's figure, not the company's"  # also "..., while Samsung's jumped 30.4% to $14.03 billion"
        if _STANDALONE.search(text):
            return "a standalone (parent-only) figure, not the consolidated one"
        if _segment_label(text):
            return "a division's figure, not the company's"
    if fact.qualifier == "forecast" and fact.period is not None and ctx.doc_date is not None \
            and fact.period.end < ctx.doc_date and _CONSENSUS.search(left):
        return "a consensus estimate for a period already reported, not a reported figure"
    return None


_CLAUSE_BREAK = re.compile(r";|,\s*(?:even\s+though|although|though|whereas|because|since|after|before|when|"
                           r"which|who|while\s+(?:the|a|an|its|their|automakers|companies)|but\s+(?:the|a|an|its))\b|"
                           r"\b(?:said|says)\s*,?\s*[\"“]", re.IGNORECASE)


_KOREAN_GOODS_AFTER = re.compile(r"\s+(?:worth\s+)?of\s+(?:Korean|South\s+Korean|Korea's|South\s+Korea's)\s+"
                                 r"(?:goods|products|exports|shipments|merchandise)\b", re.IGNORECASE)
_BUYER_VERB = re.compile(r"\b(?:took|bought|imported|absorbed|received|purchased|accounted\s+for)\s+(?:about\s+|nearly\s+|"
                         r"some\s+|around\s+)?$", re.IGNORECASE)
_TOLERANCE_BEFORE = re.compile(r"(?:plus\s+or\s+minus|give\s+or\s+take|±|\+/-)\s*$", re.IGNORECASE)
_PAREN_AFTER = re.compile(r"\s*\([^()]{1,40}\)")
_APPOSITION = re.compile(r",\s*(?:a|an|the)\s+[^,;]{3,80},")
_THE_COUNTRY = re.compile(r"\b(?:to|for)\s+the\s+(?:[\w-]+\s+){0,3}(?:country|nation|economy)\b", re.IGNORECASE)


_LIST_JOIN = re.compile(r"\s*(?:,|and|,\s*and)\s*")


def _respective_changes(text: str, moneys: list[Money], percents: list[Percent]) -> dict[int, float]:
    """'X and Y, respectively, up 18.5 percent and 30.1 percent': each amount's change in the same place of its list."""
    out: dict[int, float] = {}
    for i in range(len(moneys) - 1):
        run = [moneys[i]]
        for nxt in moneys[i + 1:]:
            if not _LIST_JOIN.fullmatch(text, run[-1].end, nxt.start):
                break
            run.append(nxt)
        if len(run) < 2:
            continue
        after = [p for p in percents if p.start > run[-1].end and not p.points]
        if len(after) < len(run) or not re.search(r"\b(?:up|down|rising|rose|gaining|gained|falling|fell|declining|dropping)\s+$",
                                                 text[max(0, after[0].start - 15):after[0].start], re.IGNORECASE):
            continue
        plist = after[:len(run)]
        if not all(_LIST_JOIN.fullmatch(text, a.end, b.start) for a, b in zip(plist, plist[1:])):
            continue
        sign = -1 if re.search(r"\b(?:down|fell|falling|declining|dropping)\s+$", text[max(0, plist[0].start - 15):plist[0].start],
                               re.IGNORECASE) else 1
        out.update({a.start: sign * p.value for a, p in zip(run, plist)})
        break
    return out


def _respective(text: str, m: Money, first: Mention, countries: list[Mention]) -> Mention | None:
    """The destination in a 'to A and B ... X and Y, respectively' list in the same place as the amount in its list."""
    run = [first]
    for c in [c for c in countries if c.start > first.start]:
        if re.fullmatch(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?", text[run[-1].end:c.start]):
            run.append(c)
        else:
            break
    if len(run) < 2:
        return None
    amounts = [a for a in find_money(text) if a.start > run[-1].end]
    k = next((i for i, a in enumerate(amounts) if a.start == m.start), None)
    return run[k] if k is not None and k < len(run) else None


_BRACKETED_AMOUNT = re.compile(r"\s*(?:\(|at\b|with\b)\s*(?:about\s+|nearly\s+|around\s+)?")
_WHERE_EXPORTS = re.compile(r"\s*,\s*where\s+(?:[\w-]+\s+){0,3}?(?:exports?|shipments?|outbound\s+shipments)\b", re.IGNORECASE)
_EXPORTED_WORTH = re.compile(r"(?:exported|shipped|sold)\s+(?:[\w&-]+\s+){1,5}?worth", re.IGNORECASE)
_PASSIVE_EXPORT = re.compile(r"\s+(?:worth\s+of\s+|in\s+)(?P<what>[\w\s,&-]{1,50}?)\s+(?:were|was|got)\s+"
                             r"(?:shipped|exported|sent)(?:\s+(?:abroad|overseas))?", re.IGNORECASE)
_TRADE_SHIPMENTS = re.compile(r"\s+(?:of\s+(?:[\w-]+\s+){0,3}?(?:semiconductors?|chips?|cars?|automobiles?|batter(?:y|ies)|"
                               r"cathodes?|ships?|steel|petro\w+|displays?|devices?|parts|goods)\b|to\s+(?:the\s+)?[A-Z])")
# "its first quarter above 3 trillion won", "the first time the company's quarterly profit exceeded 10 trillion won":
# a threshold crossed, not an amount stated
_MILESTONE = re.compile(r"\bfirst\s+(?:time|quarter|year|month|half)\b[^.;$€₩]{0,70}?\b(?:above|over|below|under|exceed\w*|top(?:s|ped|ping)?|"
                        r"surpass\w*|cross\w*|break(?:s|ing)?|broke|past|beyond)\s+(?:the\s+)?(?:mark\s+of\s+)?$",
                        re.IGNORECASE)
# "Operating profit rose by KRW 3.83 trillion from the previous quarter", "exceeded the record by more than KRW 4.6
# trillion": a difference, not a value
_COMING_IN_AT = re.compile(r"\b(?:coming\s+in\s+at|came\s+in\s+at|reaching|hitting|at|to|of)\s+(?:about\s+|nearly\s+)?$",
                           re.IGNORECASE)
_BY_DIFFERENCE = re.compile(r"\b(?:rose|fell|increased|decreased|grew|jumped|climbed|dropped|declined|gained|shrank|widened|"
                            r"narrowed|improved|exceeded|surpassed|topped|beat|missed|outpaced|up|down|reduced|cut|lowered|"
                            r"boosted|lifted|raised|trimmed|added\s+to|eroded|hurt|weighed\s+on)\b[^.;,]{0,60}?\bby\s+"
                            r"(?:about\s+|around\s+|more\s+than\s+|nearly\s+|almost\s+|some\s+|over\s+|roughly\s+|an?\s+)?$",
                            re.IGNORECASE)
_THRESHOLD_BEFORE = re.compile(r"\b(?:surpass\w*|top(?:s|ped|ping)|exceed\w*|cross\w*|break(?:s|ing)?|broke|passing|passed|"
                               r"above|over|beyond)\s+(?:the\s+)?$", re.IGNORECASE)
_PER_UNIT = re.compile(r"\s*(?:per|a|an|for\s+each)\s+(?:kilowatt[\s-]hour|kwh|mwh|gwh|share|unit|ton(?:ne)?|barrel|vehicle|car|"
                       r"chip|wafer|cell|pack|module|gigabyte|gb|employee)\b", re.IGNORECASE)
_RIGHT_NONFACT = re.compile(  # (not across a clause: "... from 327.6 billion won in 2022 as orders dried up")
    r"\s*(?:(?:in|of|worth\s+of|for)\s+)?(?:(?!(?:as|because|after|amid|while|when|since|due|despite|thanks|but|and)\b)"
    r"[\w.&-]+\s+){0,4}?(?:credits?|subsid\w*|grants?|investments?|orders?|contracts?|"
    r"deals?|funding|loans?|bonds?|capex|write-?downs?|charges?|costs?|tax\w*|incentives?|dividends?|buybacks?|"
    r"valuation|inventor\w+|provisions?|fines?|penalt\w+|budgets?)\b", re.IGNORECASE)


def _money_kind(text: str, m: Money, f_start: int, cue_list: list[_Cue], ctx: ArticleContext):
    """('export', cue) or ((metric, sign), cue) or (None, None) for amounts that are not facts."""
    conv = _PAREN_AFTER.match(text, m.end)  # "279.6 trillion won ($232 billion) in consolidated sales"
    end = conv.end() if conv else m.end
    if _TOLERANCE_BEFORE.search(text, max(0, m.start - 16), m.start):
        return None, None  # "$12.5 billion, plus or minus $300 million": a tolerance
    if _RIGHT_NONFACT.match(text, end) or _PER_UNIT.match(text, m.end) or \
            _MILESTONE.search(text, max(0, m.start - 90), m.start) or (
                "by " in text[max(0, m.start - 25):m.start] and _BY_DIFFERENCE.search(text, max(0, m.start - 90), m.start)):
        return None, None
    passive = _PASSIVE_EXPORT.match(text, m.end)
    if passive:  # "$1.09 billion worth of automobiles were shipped to Vietnam"
        return "export", _Cue("export", passive.start("what"), passive.end())
    goods = _KOREAN_GOODS_AFTER.match(text, end)
    if goods and _BUYER_VERB.search(text, max(f_start, m.start - 30), m.start):
        return "export", _Cue("buyer", goods.start(), goods.end())  # "Vietnam took US$5.02 billion of Korean goods"
    right = _RIGHT_CUE.match(text, end)
    cue: _Cue | None = None
    if right:
        word = right["cue"].lower()
        kind = next((k for k, rx in cues.CUES if rx.fullmatch(word)), None)
        if kind:
            cue = _Cue(kind, right.start("cue"), right.end("cue"))
    if cue is None:
        left = [c for c in cue_list if c.end <= m.start]
        if ctx.export_topic and (not left or left[-1].end < f_start):
            subj = [p for p in find_products(text[f_start:m.start]) if not _OTHER_MEASURE.match(text, f_start + p.end)]
            if subj and re.match(r"^[\W_]*(?:and\s+|while\s+|but\s+)?(?:the\s+)?$", text[f_start:f_start + subj[0].start]):
                return "export", _Cue("export", f_start + subj[0].start, f_start + subj[0].end)
            later = _clause_subject_product(text, f_start, m.start)
            if later is not None:
                return "export", later
            # "China: US$11.7 billion (+6.6%); U.S.: US$10.2 billion" -- a destination as the item label
            lab = re.match(r"[\W_]*(?P<c>[A-Z][\w.' -]{1,30}?)\s*[:：]\s*$", text[f_start:m.start]) or \
                re.search(r"[;,]\s*(?P<c>[A-Z][\w.' -]{1,30}?)\s*$", text[f_start:m.start])  # "...; China US$11.07bn"
            if lab and find_countries(lab.group("c")):
                return "export", _Cue("label", f_start + lab.start("c"), f_start + lab.end("c"))
        if left and ("which" in text or "who" in text):
            asides = [(a.start(), a.end()) for a in _RELATIVE_CLAUSE.finditer(text, f_start, m.start)]
            left = [c for c in left if not any(a <= c.start < b for a, b in asides)] if asides else left
        if not left:
            return None, None
        cue = left[-1]
        if cue.kind == "nonfact" and len(left) > 1 and left[-2].kind == "export" and \
                _EXPORTED_WORTH.fullmatch(text, left[-2].start, cue.end):
            cue = left[-2]  # "South Korea exported electric vehicles worth $1.12 billion": the exports' value
        # a cue in an earlier clause does not reach an amount in a later one
        seg = text[cue.end:m.start]
        if "which" in seg or "who" in seg:
            seg = _RELATIVE_CLAUSE.sub(" ", seg)  # "Exports of computers, which include SSDs, rose 9.8% to ..."
        if "(" in seg and seg.count("(") > seg.count(")"):
            seg = seg[:seg.rfind("(")]  # "revenue KRW3.07tn (-22.1% YoY; 3Q24: KRW3.94tn)": the aside's ';' is its own
        if _CLAUSE_BREAK.search(seg):
            return None, None
    k = cue.kind
    if k in ("import", "balance", "nonfact"):
        return None, None
    if k == "export" or (k == "shipments" and (ctx.export_topic or _TRADE_SHIPMENTS.match(text, cue.end))):
        return "export", cue
    if k in cues.METRIC_OF_CUE:
        return cues.METRIC_OF_CUE[k], cue
    if k == "loss":
        return ((ctx.profit_metric or "operating_profit"), -1), cue
    if k == "profit":
        if ctx.profit_metric or re.search(r"\boperating\b", text, re.IGNORECASE):
            return ((ctx.profit_metric or "operating_profit"), 1), cue
        return None, None
    return None, None


_MULTIPLE = re.compile(r"\b(doubled|tripled|trebled|quadrupled|halved)\b", re.IGNORECASE)
_MULTIPLE_RANGE = {"doubled": (1.8, 3.0), "tripled": (2.7, 4.0), "trebled": (2.7, 4.0), "quadrupled": (3.6, 5.0),
                   "halved": (0.4, 0.6)}


_FROM_WORD = re.compile(r"\b(?:from|compared|versus|than)\b", re.IGNORECASE)


def _period_label(text: str, start: int, f_start: int, in_frame: list[PeriodMention]) -> Period | None:
    """The period a figure is labelled with, right before it: '(4Q24: 6,720 / 33.9%)', '3Q23: KRW 5,254.2 bn'."""
    for p in in_frame:
        if p.kind in ("absolute", "relative") and p.period is not None and f_start <= p.end <= start and \
                re.fullmatch(r"\s*:\s*(?:[\d,.]+\s*/\s*)?", text[p.end:start]):
            return p.period
    return None


def _comparison(text, m: Money, f_start, f_end, periods: list[PeriodMention], main_fact: Fact | None, percents,
                ctx: ArticleContext):
    """Is this amount the comparison value ("up from $661 million a year earlier")? With its period."""
    before = text[max(f_start, m.start - 45):m.start]
    after = text[m.end:min(f_end, m.end + 60)]
    cmp_before = bool(cues.COMPARE_BEFORE.search(before)) and main_fact is not None
    in_frame = [p for p in periods if f_start <= p.start and p.end <= f_end]
    cmp_mentions = [p for p in in_frame if p.kind == "comparison" and p.start >= m.end - 1
                    and not _FROM_WORD.search(text, m.end, p.start)]  # "X from a net loss a year ago": X is the new value
    if main_fact is None or main_fact.comparison:  # (after a comparison value: shifting from it would shift twice)
        # "In the same quarter last year, the company recorded ...": compared with the period in focus
        near = [p for p in in_frame if p.kind == "comparison" and p.end <= m.start
                and not cues.COMPARE_BEFORE.search(text[max(0, p.start - 30):p.start])
                and not re.search(r"\b(?:from|than|over|on|versus)\s+$", text[max(0, p.start - 12):p.start], re.IGNORECASE)]
        cmp_before_money = bool(cues.COMPARE_BEFORE.search(text[max(f_start, m.start - 45):m.start]))
        stated = [p for p in in_frame if p.kind in ("absolute", "relative", "base", "when") and p.period
                  and 0 <= p.start - m.end < 40]
        if cmp_before_money and stated:
            return True, stated[0].period  # "The figure compares with 7.03 trillion won in the third quarter of 2024"
        lead = next((p for p in periods if p.end <= m.start and _COMPARED_WITH_LEAD.fullmatch(text, 0, p.start)), None)
        if lead is not None and not cmp_before_money and lead.kind == "comparison" and \
                re.fullmatch(r",\s*when\b[^,;]*", text[lead.end:m.start]):
            cmp_before_money = True  # "Compared with the previous quarter, when it earned X on Y in sales, ..."
        if cmp_before_money and lead is not None:
            # "Compared with the previous quarter, operating profit fell 24.5 percent from 258.9 billion won"
            if lead.kind == "comparison" and ctx.period is not None:
                return True, shift_period(ctx.period, lead.shift or "year")
            if lead.period is not None and lead.kind in ("base", "absolute", "relative"):
                return True, lead.period
        yoy_base = cmp_before_money and re.search(
            r"\b(?:on[\s-]year|year[\s-]on[\s-]year|y-?o-?y|a\s+year\s+(?:earlier|ago))\b", text, re.IGNORECASE)
        if yoy_base and ctx.period is not None:
            return True, shift_period(ctx.period, "year")  # "..., turned positive from a loss of X" (year-on-year)
        after_cmp = [p for p in in_frame if p.kind == "comparison" and 0 <= p.start - m.end < 45 and (
            cmp_before_money or not _FROM_WORD.search(text, m.end, p.start)) and (
            cmp_before_money or not re.search(r"\b(?:from|than|over|on|versus|vs\.?|compared\s+(?:to|with))\s+$",
                                              text[max(0, p.start - 16):p.start], re.IGNORECASE))]
        if after_cmp and ctx.period is not None and not [p for p in in_frame if p.kind in ("absolute", "relative")]:
            # "narrowed from X in the previous quarter", "X in the same period a year earlier"
            return True, shift_period(ctx.period, after_cmp[0].shift or "year")
        if near and ctx.period is not None and not [p for p in in_frame if p.kind in ("absolute", "relative")]:
            return True, shift_period(ctx.period, near[0].shift or "year")
        rel = [p for p in in_frame if p.kind == "relative" and p.period is not None and _YEARLESS.fullmatch(p.text)]
        if near and rel and near[0].start < 3 and not [p for p in in_frame if p.kind == "absolute"]:
            # "A year earlier, the company had posted a record first-quarter revenue of 77.78 trillion won"
            return True, shift_period(rel[0].period, near[0].shift or "year")
        return False, None
    base = next((p for p in in_frame if p.kind == "base" and p.period is not None and p.end <= m.start
                 and re.fullmatch(r"(?:'s|’s)?\s*", text[p.end:m.start])), None)
    if base is not None and main_fact.period is not None and base.period != main_fact.period:
        return True, base.period  # "up 49 percent on fiscal 2024's $25.11 billion"
    label = _period_label(text, m.start, f_start, in_frame)
    if label is not None and main_fact.period is not None and label != main_fact.period:
        return True, label  # "revenue KRW3.07tn (-22.1% YoY; 3Q24: KRW3.94tn)"
    if not cmp_before and not (cmp_mentions and cmp_mentions[0].start - m.end < 40):
        return False, None
    if main_fact.period is None:
        return True, None
    # an explicit period stated with the comparison value wins
    explicit = [p for p in in_frame if p.kind in ("absolute", "relative", "base", "when") and p.period and p.start >= m.end
                and p.start - m.end < 40 and p.period != main_fact.period]  # also "from a net loss of X in 2023, when ..." 
    if explicit:
        return True, explicit[0].period
    near_cmp = [p for p in periods if p.kind == "comparison" and abs(p.start - m.end) < 60 or
                p.kind == "comparison" and 0 < m.start - p.end < 40]
    if near_cmp:
        return True, shift_period(main_fact.period, near_cmp[0].shift or "year")
    if re.search(r"\b(?:on[\s-]year|year[\s-]on[\s-]year|y-?o-?y|a\s+year\s+(?:earlier|ago)|last\s+year|previous\s+year)\b",
                 text, re.IGNORECASE):
        return True, shift_period(main_fact.period, "year")
    # "doubled to X from Y": the multiple the verb states, year on year like a stated change
    mult = _MULTIPLE.search(text[max(0, m.start - 120):m.start])
    if mult and m.value and main_fact.value:
        ratio = abs(main_fact.value) / abs(m.value)
        lo, hi = _MULTIPLE_RANGE[mult.group(1).lower()]
        if lo <= ratio <= hi:
            return True, shift_period(main_fact.period, "year")
    # consistent with a stated change: base = value / (1 + change)
    if main_fact.change_pct is not None and m.value:
        implied = abs(main_fact.value) / (1 + main_fact.change_pct / 100)
        if abs(implied - m.value) <= 0.02 * m.value:
            return True, shift_period(main_fact.period, "year")
    return True, None


_YEARLESS = re.compile(r"(?:in\s+|for\s+)?(?:the\s+)?(?:first|second|third|fourth|[1-4]Q|Q[1-4])[\s-](?:quarter|half)|"
                       r"(?:the\s+)?(?:first|second|[12]H|H[12])[\s-]half", re.IGNORECASE)
_COMPARED_WITH_LEAD = re.compile(r"\W*(?:compared\s+(?:with|to)|versus|against|relative\s+to|from)\s+", re.IGNORECASE)


def _signed(sign: int, value: float) -> float:
    """A loss is negative whether or not it is printed with a minus ('loss of -KRW397.8bn')."""
    return -abs(value) if sign < 0 else value


# "In 2022, the peak year, they had reached $9.98 billion.": the previous sentence's figure, in another period
_PRONOUN_AMOUNT = re.compile(r"(?:[^.;:]*,\s*)?(?:they|it|these|those|the\s+figure|that\s+figure)\s+(?:had\s+|has\s+|have\s+)?"
                             r"(?:reached|stood\s+at|totaled|totalled|amounted\s+to|came\s+to|hit|topped|were|was)\s+"
                             r"(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?", re.IGNORECASE)


_COMPARED_AMOUNT = re.compile(r"\W*(?:that|this|it)\s+(?:compared|compares|was\s+(?:up|down)\s+from)\s+(?:with|to)?\s*"
                              r"(?:about\s+|around\s+|nearly\s+)?", re.IGNORECASE)


def _pronoun_fact(text, m: Money, sentence, prev: Fact, periods, f_end, percents) -> Fact | None:
    """The previous sentence's fact (same table, company, product, destination) at the period this one states;
    none without a stated period of its own (it would repeat the previous fact's period with another value)."""
    stated = [p for p in periods if p.kind in ("absolute", "relative") and p.period is not None and p.end <= f_end]
    if len(stated) != 1 or stated[0].period == prev.period or (prev.currency and prev.currency != m.currency):
        return None
    fact = _copy_for_comparison(prev, m, stated[0].period, sentence, -1 if prev.value < 0 else 1)
    fact.comparison = False
    fact.change_pct = _change_pct(text, m, 0, f_end, percents)
    fact.qualifier = _qualifier(text, m, 0)
    return fact


def _copy_for_comparison(main: Fact, m: Money, period: Period, sentence: str, sign: int) -> Fact:
    return Fact(table=main.table, value=_signed(sign, m.value), period=period, evidence=sentence.strip(), currency=m.currency,
                qualifier="exact", comparison=True, source_org=main.source_org, exporter=main.exporter,
                destination=main.destination, product=main.product, company=main.company, metric=main.metric,
                article_index=main.article_index, article_title=main.article_title,
                flag=f"malformed number '{m.text}'" if m.malformed else None)


_PERIOD_CUE_OF = re.compile(r"(?:'s|’s)?[\s-]+(?:(?:consolidated|total|combined|chip|semiconductor)\s+)?(?:revenues?|sales|exports?|shipments|(?:operating\s+|net\s+)?"
                            r"(?:profits?|income|loss))\s+(?:of|was|were|came\s+to|stood\s+at|reached|totaled|totalled|hit)\s+",
                            re.IGNORECASE)
_CAUSAL = re.compile(r"\b(?:as|because|after|amid|thanks\s+to|due\s+to|on\s+the\s+back\s+of|driven\s+by|reflecting|"
                     r"which|that|who)\s", re.IGNORECASE)


_SAME_STATEMENT = re.compile(r"\s*(?:\)\s*)?,?\s*(?:in\s+(?:[a-z-]+\s+){1,3}?)?(?:on|and|with|while)\b[^;]{0,60}$"
                             r"|\s*,\s*(?:and\s+)?(?:[a-z-]+\s+){1,3}(?:of|at|was)\s+$", re.IGNORECASE)  # "X, operating profit of Y


def _money_period(text: str, m: Money, f_start, f_end, periods: list[PeriodMention], main_period, ctx,
                  moneys: list[Money] = ()) -> Period | None:
    for p in periods:  # "With August revenue of NT$335.77 billion and July revenue of ...": the period the cue carries
        if f_start <= p.start and p.end <= m.start and p.period is not None and p.kind in ("absolute", "relative") \
                and _PERIOD_CUE_OF.fullmatch(text, p.end, m.start):
            return p.period
    best, best_d = None, None
    for p in periods:
        if not (f_start <= p.start and p.end <= f_end):
            continue
        if p.kind in ("comparison", "reference", "base") or (p.kind == "when" and p.start > m.start):
            continue
        if p.start >= m.end and text[p.end:p.end + 2].lstrip().startswith(":"):
            continue  # "(+8.2% YoY; 3Q23: KRW 5,254.2 bn)": a label of the amount after it
        if p.start >= m.end and _CAUSAL.search(text, m.end, p.start):
            continue  # "... to US$2.17 billion as yards delivered LNG carriers ordered during the 2021-2022 boom"
        if f_start > 0 and p.end <= m.start and re.fullmatch(r"[\s)]*(?:in|for|during)?\s*", text[f_start:p.start]) \
                and re.search(r"[;,]|\band\b", text[p.end:m.start]):
            continue  # "... vs. KRW-2.88tn in 2Q23; net profit KRW4.12tn": 2Q23 is the previous amount's
        if p.kind == "anaphor":
            # "Last year, the country's annual exports ...": the year the sentence states, not the one in focus
            stated = next((q.period for q in periods if q.kind in ("absolute", "relative") and q.period is not None
                           and q.period.grain == "year" and q.end <= p.start), None) if p.grain == "year" else None
            per = stated or _anaphor_period(p, ctx)
        else:
            per = p.period
        if per is None:
            if p.kind == "relative":
                return None  # stated but unresolvable (no document date): don't invent one
            continue
        d = p.start - m.end if p.start >= m.end else m.start - p.end
        if best_d is None or d < best_d:
            best, best_d = per, d
    if best is not None:
        return best
    # a period stated after another amount belongs to that amount; fall back on one stated before (an explicit
    # one first: "full-year 2024 revenue was X and operating profit Y")
    for p in periods:
        if p.start < m.start and p.kind in ("absolute", "relative", "when"):
            if p.period is not None:
                return p.period
            if p.kind == "relative":
                return None  # "In the first quarter of this year, ... on revenue of X" with no date: stated, unknown
    shared = _shared_trailing_period(text, m, moneys, periods)
    if shared is not None:
        return shared
    for p in periods:
        if p.start < m.start and p.kind == "anaphor":
            return _anaphor_period(p, ctx)
    return ctx.period


_COORDINATED = re.compile(r"(?:\s*\([^()]*\))?(?:\s*,?\s*(?:and\s+)?(?:(?:an?|its|the)\s+)?(?:[a-z-]+\s+){0,3}?(?:of\s+|at\s+)?¤(?:\s*\([^()]*\))?)+"
                          r"\s*,?\s*(?:(?:respectively|both)\s*,?\s*)?(?:(?:in|for|during|over)\s+)?$", re.IGNORECASE)
_NOT_COORDINATED = re.compile(r"\b(?:from|than|compared|versus|vs|against|while|whereas|but|up|down|after|before)\b",
                              re.IGNORECASE)


def _shared_trailing_period(text: str, m: Money, moneys, periods: list[PeriodMention]) -> Period | None:
    """'revenue of 86.1 trillion won and operating profit of 12.2 trillion won in the third quarter': a period
    stated after amounts joined by 'and' dates all of them, not only the last."""
    p = next((q for q in periods if q.start >= m.end), None)
    if p is None or p.kind not in ("absolute", "relative") or p.period is None:
        return None
    parts, pos = [], m.end
    for o in moneys:
        if o.start >= m.end and o.end <= p.start:
            parts += [text[pos:o.start], "¤"]
            pos = o.end
    if not parts:
        return None
    masked = "".join(parts) + text[pos:p.start]
    if _NOT_COORDINATED.search(masked) or not _COORDINATED.fullmatch(masked):
        return None
    return p.period


_TRAILS = re.compile(r"^\s*(?:\)\s*)?,?\s*(?:up|down|an?|which\s+(?:is|was)|marking|representing|or)\b[^,;]{0,25}$",
                     re.IGNORECASE)


# "down 1.4% from August" (a month-on-month change; "from August last year" is not)
_FROM_A_MONTH = re.compile(r"\s*(?:from|than|compared\s+(?:to|with)|over)\s+(?:the\s+)?(?:January|February|March|April|May|"
                           r"June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|"
                           r"Nov|Dec)\b\.?(?!,?\s+(?:19|20)\d\d)(?!\s+(?:of\s+)?(?:last|the\s+previous)\s+year)")


_CLAUSE_TURN = re.compile(r";|,\s*(?:while|whereas|but)\b", re.IGNORECASE)


def _change_pct(text, m: Money, f_start, f_end, percents: list[Percent]) -> float | None:
    best, best_d = None, None
    for p in percents:
        if p.is_range or p.points or not (f_start <= p.start and p.end <= f_end):
            continue
        if p.end <= m.start and f_start > 0 and _TRAILS.match(text[f_start:p.start]):
            continue  # ", up 19.4 percent" describes the amount before it
        if p.start >= m.end and _CLAUSE_TURN.search(text, m.end, p.start):
            continue  # "... to $14.65 billion, while Samsung's jumped 30.4% to ...": the next clause's change
        before = text[max(f_start, p.start - 40):p.start]
        after = text[p.end:p.end + 30]
        if _PERCENT_OF_WHOLE.match(after):
            continue
        words_before = before.split()[-4:]
        near_before = " ".join(words_before)
        if words_before and words_before[-1].lower() in ("to", "at", "of", "was", "is", "hit", "reached"):
            change_of = re.search(r"\b(?:increase|rise|growth|gain|jump|surge|hike|decrease|decline|drop|fall|plunge|"
                                  r"slump|contraction|reduction)\s+of\s*$", before, re.IGNORECASE)
            if not (words_before[-1].lower() == "of" and (_CHANGE_NOUN_AFTER.match(after) or change_of)):
                continue
        up = cues.UP_WORDS.search(near_before)
        down = cues.DOWN_WORDS.search(near_before)
        noun = _CHANGE_NOUN_AFTER.match(after)
        sign_char = text[p.start - 1:p.start] if p.start else ""
        signed = sign_char in "+-−" and sign_char != "" and (
            re.search(r"\(\s*[+\-−]?$", text[max(0, p.start - 3):p.start]) or _YOY_AFTER.match(after)
            or re.match(r"\s*(?:yoy|y-o-y|on[\s-]year)", after, re.IGNORECASE))
        if signed:
            up, down, noun = (None, True, None) if sign_char in "-−" else (True, None, None)
        if not (up or down or noun):
            continue
        window = text[p.start:min(len(text), p.end + 60)] + " " + near_before
        if cues.NOT_YOY.search(window) or _FROM_A_MONTH.match(after):
            continue
        sign = 1
        if signed:
            sign = -1 if down else 1
        elif noun and cues.DOWN_WORDS.search(noun.group(0)) and not up:
            sign = -1
        elif down and (not up or down.start() > up.start()):
            sign = -1
        d = p.start - m.end if p.start >= m.end else m.start - p.end
        if best_d is None or d < best_d:
            best, best_d = sign * p.value, d
    return best


_REVISED_TO = re.compile(r"(?i)\brevised\s+(?:up|upward|down|downward)?\s*to\s+$")
_REVISED_FROM = re.compile(r"(?i)\brevised\b[^;]{0,60}?\bfrom\s+$")
_ESTIMATE_CODE = re.compile(r"\b(?:[1-4]Q\d{2}|[12]H\d{2}|(?:19|20)\d\d|FY\d{2})[EF]\b")


_OWN_ESTIMATE = re.compile(r"\bestimated\b(?:\s+(?:on|in|earlier|last|late|early)\b[^,;]{0,25}?)?\s+(?:that\s+)?"
                           r"(?:its|their|the\s+company'?s)\b", re.IGNORECASE)


def _qualifier(text, m: Money, f_start) -> str:
    before = text[max(0, m.start - 40):m.start]
    if "estimated" in before and _ESTIMATED_BEFORE.search(before):
        return "estimate"
    frame_left = text[f_start:m.start]
    if "which" in frame_left or "who" in frame_left:
        frame_left = _RELATIVE_CLAUSE.sub(",", frame_left)  # "Samsung, which will report full results next week, ..."
    after = text[m.end:m.end + 25]
    if _OWN_ESTIMATE.search(frame_left):
        return "estimate"  # "Samsung estimated on April 5 that its operating profit jumped 931% to ..."
    if _ESTIMATE_CODE.search(frame_left):
        return "forecast"  # "4Q25F OP to KRW15.2tn", "2026E revenue KRW 3.1tn": a broker's estimate column
    if cues.FORECAST.search(frame_left) or re.match(r"^\s*(?:is|are)\s+(?:expected|forecast|projected)", after,
                                                     re.IGNORECASE):
        if not re.search(r"\b(?:than|beat|beating|exceed\w*|surpass\w*|topp?\w*|above|below|missed)\s+(?:\w+\s+){0,3}"
                         r"(?:expectations?|estimates?|forecasts?|consensus)\b", frame_left, re.IGNORECASE) \
                or re.search(r"(?:forecasts?|estimates?|consensus|expectations?|guidance)\s+(?:of\s+)?$", frame_left,
                             re.IGNORECASE):
            return "forecast"
    if _REVISED_TO.search(before):
        return "exact"  # "revised up to $15.82bn": the new figure, not a ceiling
    if cues.APPROX.search(before):
        return "approx"
    if cues.AT_LEAST.search(before):
        return "at_least"
    if cues.AT_MOST.search(before):
        return "at_most"
    return "exact"


_DIGIT = re.compile(r"\d")
_FIRST_PERSON = re.compile(r"\b(?:we|our)\b", re.IGNORECASE)


_APPOSITION_GATE = fastre.words(r"affiliate|unit|subsidiary|parent|rival|supplier|customer|partner|sister|arm|spin")
_INDUSTRY_BEFORE = re.compile(r"\b(?:industry|industry-wide|market|sector)(?:'s|’s)?\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_APPOSITION_OF = re.compile(r",\s*(?:an?|the|its)\s+(?:[\w-]+\s+){0,3}?(?:affiliate|unit|subsidiary|parent|rival|supplier|"
                           r"customer|partner|sister\s+company|arm|spin-?off)\s+(?:of|to|for)\s+[^,;]{1,50},")


def _revenue_company(text, m: Money, cue: _Cue, f_start, companies: list[Mention], ctx) -> str | None:
    real = [c for c in companies if "(combined)" not in c.value]
    if real and "," in text and fastre.search(_APPOSITION_GATE, fastre.fold(text), right=False):
        # "The automaker, an affiliate of Hyundai Motor Co, said its operating profit ...": not Hyundai's
        spans = [(a.start(), a.end()) for a in _APPOSITION_OF.finditer(text, 0, m.start)]
        real = [c for c in real if not any(a <= c.start < b for a, b in spans)]
    for c in real:  # "SK hynix's DRAM revenue rose 13.5% to $14.65 billion, while Samsung's jumped 30.4% to $14.03 billion"
        if f_start <= c.start and c.end <= m.start and _ELIDED_POSSESSIVE.match(text, c.end):
            return c.value
    # "X's revenue" / "revenue of X"
    for c in real:
        if c.end <= cue.start and re.fullmatch(r"(?:'s|’s|')?\s+(?:\w+[\s-]+){0,3}", text[c.end:cue.start]):
            return c.value
    if _INDUSTRY_BEFORE.search(text, max(0, cue.start - 30), cue.start):
        return None  # "Industry Revenue Tops $100 Billion", "the foundry market's revenue": an aggregate
    in_frame = [c for c in real if f_start <= c.start and c.end <= m.start]
    if in_frame:
        return in_frame[0].value
    before = [c for c in real if c.end <= m.start]
    if before:
        return before[0].value
    # nothing named: an aggregate ("worldwide semiconductor revenue") is not a company's figure
    if _AGGREGATE_BEFORE.search(text[max(0, cue.start - 40):cue.start]) or re.match(
            r"\s+(?:of|for)\s+(?:the\s+)?(?:world'?s|global|top\s+\d+|industry|market|sector|\d+\s+(?:largest|biggest|major)|all|korean|chinese"
            r"|(?:[\w-]+\s+){1,3}(?:market|industry|sector))\b",
            text[cue.end:cue.end + 40], re.IGNORECASE) or _AGGREGATE_SUBJECT.match(text):
        return None  # "revenue of the smartphone OLED market", "Global TV shipments rose ..., while revenue reached"
    after = [c for c in real if c.start >= m.end]
    if after and re.match(r"^\s*(?:for|at|by)\s+$", text[m.end:after[0].start]):
        return after[0].value
    if not real:
        lead = text[max(0, cue.start - 25):cue.start]
        mk = find_markets(lead)
        if mk and re.fullmatch(r"(?:'s|’s)?\s*(?:industry\s+|market\s+)?", lead[mk[-1].end:]) and \
                not re.search(r"\b(?:its|their|the\s+company's|the\s+firm's)\s+$", lead[:mk[-1].start], re.IGNORECASE):
            return None  # "HBM revenue will reach US$16.9 billion this year from US$4.35 billion": the market's, no company's
    if ctx.issuer and _FIRST_PERSON.search(text[:m.start]):
        return ctx.issuer  # "In FY2023 we recorded revenue of ...": the company whose release or deck this is
    if ctx.focus_company:
        return ctx.focus_company
    for c in after:  # "..., Samsung Electronics said."
        if re.match(r"^(?:'s)?\s+(?:\w+\s+){0,2}?(?:said|says|reported|announced|disclosed|posted)\b", text[c.end:c.end + 40]):
            return c.value
    return None


_ELIDED_POSSESSIVE = re.compile(
    r"(?:'s|’s)\s+(?:\w+ly\s+)?(?:rose|jumped|fell|grew|gained|climbed|surged|soared|increased|decreased|declined|dropped|"
    r"slid|slipped|plunged|tumbled|edged|was|were|stood|came|reached|totaled|totalled|hit|amounted)\b", re.IGNORECASE)
_AGGREGATE_SUBJECT = re.compile(r"\W*(?:the\s+)?(?:global|worldwide|world|total|overall|industry-wide)\s", re.IGNORECASE)
_TOTAL_WORDS = re.compile(r"\b(?:total|overall|all|goods|country'?s|nation'?s|korea'?s)\b", re.IGNORECASE)
_DAILY = re.compile(r"\b(?:daily|per\s+(?:working\s+)?day|a\s+day|average|per\s+month|monthly\s+average)\b[^.]{0,15}$",
                    re.IGNORECASE)


def _export_fact(text, m: Money, cue: _Cue, f_start, f_end, ctx: ArticleContext, sentence,
                 cue_list: list[_Cue]) -> Fact | None:
    clause = text[f_start:f_end]
    if _UNREPRESENTABLE_DEST.search(text[f_start:m.start]) or _DAILY.search(text[max(0, cue.start - 30):cue.start]):
        return None
    countries = find_countries(text)
    exporter = None
    for c in countries:
        if c.end <= cue.start + 1 and _EXPORTER_POSS.match(text, c.end) or \
                c.end <= cue.start and re.fullmatch(r"\s+(?:\w+\s+){0,2}", text[c.end:cue.start]) and c.value != "KR":
            exporter = c.value
    if exporter is not None:
        ctx.exporter = None if exporter == "KR" else exporter
    dests = [c for c in countries if c.value != (exporter or ctx.exporter or "KR") and (
        re.search(r"\b(?:to|into|toward|towards|for)\s+(?:the\s+)?$", text[max(0, c.start - 12):c.start], re.IGNORECASE)
        or _BOUND.match(text[c.end:c.end + 7]) or (cue.kind == "label" and cue.start <= c.start < cue.end)
        or _WHERE_EXPORTS.match(text, c.end)  # "cushioned by the US, where shipments fell 12.4% to $3.12 billion"
        or (c.end <= m.start and _BRACKETED_AMOUNT.fullmatch(text, c.end, m.start)))]  # "followed by Singapore ($3.1 billion)"
    if "," in text and len(dests) > 1:  # "Exports to Hong Kong, a transit hub for chips bound for mainland China, rose"
        asides = [(a.start(), a.end()) for a in _APPOSITION.finditer(text)]
        dests = [c for c in dests if not any(a <= c.start < b for a, b in asides)] or dests
    if "respectively" in text and dests:
        listed = _respective(text, m, dests[0], countries)  # "Exports to Vietnam and the United States came to $3.02
        if listed is not None:                              # billion and $2.71 billion, respectively"
            dests = [listed]
    # the destination stated in this amount's own clause, else the nearest one before it
    own = [c for c in dests if f_start <= c.start < m.start]
    before = [c for c in dests if c.start < m.start]
    after = [c for c in dests if cue.start > m.start and cue.start <= c.start <= cue.end + 25]
    destination = (own[-1] if own else after[0] if after else before[-1] if before else None)
    destination = destination.value if destination else None
    if destination is None and ctx.destination and _THE_COUNTRY.search(text, max(0, f_start - 60), m.start):
        destination = ctx.destination  # "Exports to the Southeast Asian country fell 11.6 percent": the one just named
    if cue.kind == "buyer":  # the country that took the goods: the subject of the clause
        buyers = [c for c in countries if f_start <= c.start < m.start and c.value != (exporter or ctx.exporter or "KR")]
        destination = buyers[0].value if buyers else None
        if destination is None:
            return None
    product = None
    for c in [c2 for c2 in cue_list if c2.kind in ("export", "shipments") and f_start <= c2.start < m.start] or [cue]:
        product = _export_product(text, c)
        if product:
            break
    w = _WORTH_OF.match(text, m.end)
    if w and (product is None or _EXPORT_VERB_END.search(text, cue.start, cue.end)):
        # "exported $1.12 billion worth of electric vehicles", "Korea exported $7.47 billion of cathode materials"
        ps = find_products(text[w.end():w.end() + 40])
        product = ps[0].value if ps and ps[0].start == 0 else product
    if product is None and f_start == 0 and re.search(r"\bwith\s+(?:its\s+|their\s+)?(?:exports?|shipments?)\s+$",
                                                    text[max(0, cue.start - 20):cue.end + 1]):
        opening = find_products(text[:40])
        if opening and re.fullmatch(r"\W*(?:the\s+)?", text[:opening[0].start]):
            product = opening[0].value  # "Computer products, which ..., rebounded, with exports rising 32.8% to ..."
    total = bool(cues.TOTAL_EXPORTS.search(text[max(0, cue.start - 30):cue.end + 5]))
    generic = cue.kind == "shipments" or re.search(r"\b(?:it|they|the\s+figure|the\s+amount)\b",
                                                    text[f_start:cue.start], re.IGNORECASE)
    if product is None and not total and generic and ctx.product and destination is None:
        product = ctx.product
        destination = ctx.destination
    elif product is None and not total and ctx.topic_product and not _TOTAL_WORDS.search(text[f_start:m.start]):
        product = ctx.topic_product  # "Exports to Germany came to $96 million" in a story about battery exports
    if ctx.topic_product is None and not ctx.export_facts_seen:
        ctx.topic_product = product
    ctx.export_facts_seen = True
    if product is not None:
        ctx.product = product
        ctx.destination = destination
    return Fact(table="fct_exports", value=m.value, period=None, evidence=sentence.strip(), currency=m.currency,
                exporter=exporter or ctx.exporter or "KR", destination=destination or "WORLD", product=product)


# "Semiconductor production reached 168 trillion won": the product's output (or prices, capacity...), not its exports
_OTHER_MEASURE = re.compile(r"\s+(?:production|output|investment|capacity|prices?|imports?|demand|inventor(?:y|ies)|"
                            r"market|sales|revenue|orders?|consumption)\b", re.IGNORECASE)
_CLAUSE_START = re.compile(r"(?:^|[,;:]|\band|\bwhile|\bbut|\bwhereas)\s*(?:and\s+|while\s+|but\s+)?(?:the\s+)?$", re.IGNORECASE)
_SUBJECT_VERB = re.compile(r"^(?:'s?|’s?)?\s*(?:[\w-]+\s+){0,3}?(?:rose|fell|gained|jumped|surged|soared|climbed|grew|"
                           r"increased|advanced|rebounded|declined|dropped|slipped|dipped|decreased|plunged|slumped|tumbled|"
                           r"edged\s+(?:up|down)|were|was|came\s+to|reached|totaled|totalled|amounted|stood|hit)\b",
                           re.IGNORECASE)


def _clause_subject_product(text: str, f_start: int, end: int) -> _Cue | None:
    """'..., and wireless communication devices gained 13.0% to US$1.31 billion': the product that opens the
    amount's clause and governs its verb (in an export story)."""
    for p in reversed(find_products(text[f_start:end])):
        a, b = f_start + p.start, f_start + p.end
        if _CLAUSE_START.search(text[f_start:a]) and _SUBJECT_VERB.match(text[b:end]) and not _OTHER_MEASURE.match(text, b) and \
                not re.search(r"[,;]", text[b:end]):
            return _Cue("export", a, b)
    return None


_EXPORT_VERB_END = re.compile(r"(?:exported|shipped)$", re.IGNORECASE)
_WORTH_OF = re.compile(r"\s+(?:worth\s+)?of\s+(?:the\s+)?", re.IGNORECASE)


def _export_product(text: str, cue: _Cue) -> str | None:
    """The product named next to the export cue: 'chip exports', 'exports of cathodes', 'cathodes exported'."""
    inside = find_products(text[cue.start:cue.end])
    if inside:
        return inside[0].value
    if re.search(r"\b(?:of|to)$", text[cue.start:cue.end]):
        ps = find_products(text[cue.end:cue.end + 40])
        if ps and re.fullmatch(r"\s*(?:the\s+)?", text[cue.end:cue.end + ps[0].start]):
            return ps[0].value
    if _EXPORT_VERB_END.search(text, cue.start, cue.end):  # "South Korea exported electric vehicles worth ..."
        ps = find_products(text[cue.end:cue.end + 40])
        if ps and re.fullmatch(r"\s*(?:the\s+|its\s+|their\s+|more\s+|fewer\s+)?", text[cue.end:cue.end + ps[0].start]):
            return ps[0].value
    window_l = text[max(0, cue.start - 45):cue.start]
    window_r = text[cue.end:cue.end + 50]
    best = None
    for p in find_products(window_l):
        between = window_l[p.end:]
        if re.fullmatch(r"(?:'s|’s)?\s*(?:[\w-]+\s+){0,2}?(?:\s*)", between) and not re.search(r"\b(?:and|while|but)\b", between):
            best = p.value
    if best:
        return best
    mr = re.match(r"^\s*(?:of|in)\s+(?:the\s+|Korean\s+|domestic\s+|its\s+)?", window_r, re.IGNORECASE)
    if mr:
        ps = find_products(window_r[mr.end():])
        if ps and ps[0].start <= 3:
            return ps[0].value
    return None


# ---------------------------------------------------------------- market shares

_LEADING_PHRASE = re.compile(r"\W*(?:in|by|for|during|as\s+of|at\s+the\s+end\s+of|since|last|this)\b[^,;]{0,40}|\W*[\w-]+ly",
                             re.IGNORECASE)
_SHARE_THRESHOLD_BEFORE = re.compile(r"\b(?:cross\w*|top(?:s|ped|ping)?|surpass\w*|exceed\w*|break\w*|broke|pass\w*|"
                                     r"above|below|under)\s+(?:the\s+)?$", re.IGNORECASE)
_THRESHOLD_NOUN = re.compile(r"\s*(?:line|mark|level|threshold|barrier|ceiling|floor)\b", re.IGNORECASE)
# between the names of a list: ', ', ' and ', with a descriptor ("Taiwan's UMC, US-based GlobalFoundries and China's SMIC")
_LIST_GAP = re.compile(r"\s*(?:,|and|,\s*and)\s*(?:(?:the\s+)?(?:[A-Z][\w.-]*(?:'s|’s)|[A-Z][\w.-]*-based|[A-Z][\w.-]*ese|"
                       r"[A-Z][\w.-]*an)\s+)?")
_MARKET_FOR = re.compile(r"\bmarket\s+for\s+(?!the\s+(?:first|second|third|fourth|year|quarter))", re.IGNORECASE)
_COMBINED_OF = re.compile(r"\b(?:combined|joint|aggregate|total)\s+(?:global\s+|market\s+)?shares?\s+of\s+", re.IGNORECASE)
_TOGETHER = re.compile(r"\s*,?\s*(?:together|combined|jointly|collectively)\b", re.IGNORECASE)


def _combined_group(text: str, companies: list[Mention]) -> tuple[str, int, frozenset[str]] | None:
    """A group stated by its members: 'the combined share of A, B and C', 'A, B and C together held ...'
    -> (group name, end of the list, the members named)."""
    low = fastre.fold(text)
    if "combined" not in low and "together" not in low and "joint" not in low and "collectively" not in low \
            and "aggregate" not in low and "total share" not in low:
        return None
    named = [c for c in companies if "(combined)" not in c.value]
    for k in range(len(named) - 1):
        run = [named[k]]
        for c in named[k + 1:]:
            if not re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[run[-1].end:c.start]):
                break
            run.append(c)
        if len(run) < 2:
            continue
        lead = _COMBINED_OF.search(text, max(0, run[0].start - 40), run[0].start)
        if (lead and lead.end() == run[0].start) or _TOGETHER.match(text, run[-1].end):
            name = group_of([c.value for c in run])
            if name:
                return name, run[-1].end, frozenset(c.value for c in run)
    return None


def _share_facts(sentence, text, moneys, percents: list[Percent], periods, companies, main_period,
                 ctx: ArticleContext) -> list[Fact]:
    low = fastre.fold(text)
    if ((_STOCK_GATE.search(low) and _STOCK.search(text)) or ("margin" in low and re.search(r"\bmargins?\b", low))) and \
            not re.search(r"\b(?:market|revenue|shipments?|sales)\s+shares?\b|\bshares?\s+of\s+(?:the\s+)?(?:global|world|"
                          r"domestic|korean|chinese|u\.?s\.?|[a-z]+\s+market)", low):
        return []  # stock moves and margins, not market shares
    strict = bool((("share" in low or "market" in low) and cues.SHARE_STRICT.search(text)) or _states_share_of_whole(text)
                  or (len(percents) >= 3 and len(companies) >= 3 and "followed by" in low))  # a ranking in one sentence
    listy = ctx.since_share <= 2 and (bool(companies) or bool(cues.PRONOUN_COMPANY.search(text)))
    if not strict and not listy:
        return []
    facts: list[Fact] = []
    market = _market_near_word(text) or _lead_market(text)
    mf = _MARKET_FOR.search(text) if market is None else None
    if mf is not None:
        named = find_markets(text[mf.end():mf.end() + 40])
        # "the global market for EV batteries"; "... for TC bonders": a market the vocabulary does not know, not the
        # one in focus
        market = market_label(text[mf.end():mf.end() + 40], named[0]) if named and named[0].start == 0 else None
    else:
        market = market or ctx.market or _any_market(text, companies)
    basis = next((b for b, rx in cues.BASIS if rx.search(text)), None) or (ctx.basis if ctx.market == market else None)
    prev_end = 0
    main: Fact | None = None
    pending: list[str] = []
    relative_spans = [(m.start(), m.end()) for m in re.finditer(r",\s*(?:which|who|whose|a|an|the)\b[^,;]*,", text)
                      if not (m.group(0)[1:].lstrip()[:1] in "aAtT" and _LEADING_PHRASE.fullmatch(text, 0, m.start()))]
    # ("In 2022, the shares of SK Hynix, Samsung and Micron were ...": an opening phrase, not a name's apposition)
    last_cmp_period: Period | None = None
    last_cmp_shift: str | None = None
    combined = _combined_group(text, companies)
    for i, p in enumerate(percents):
        seg_start = prev_end
        prev_end = p.end
        if p.is_range or p.points or p.value > 100 or p.value <= 0:
            continue
        if any(mo.start <= p.start < mo.end for mo in moneys):
            continue
        around = text[max(0, p.start - 45):min(len(text), p.end + 45)]
        if cues.NOT_SHARE.search(around):
            continue
        before = text[max(seg_start, p.start - 30):p.start]
        after = text[p.end:p.end + 30]
        near_before = " ".join(before.split()[-3:])
        level = bool(re.search(r"\b(?:to|at|of|was|is|with|hit|reached|from|than)\s*$", before, re.IGNORECASE))
        if not level and (cues.UP_WORDS.search(near_before) or cues.DOWN_WORDS.search(near_before) or
                _CHANGE_NOUN_AFTER.match(after)) and not re.match(r"^\s*(?:market\s+)?share", after, re.IGNORECASE):
            continue  # a growth rate, not a share
        if _SHARE_THRESHOLD_BEFORE.search(before) and _THRESHOLD_NOUN.match(after):
            continue  # "crossed the 5% line for the first time": a threshold, not its share
        if re.match(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*(?:'s|’s)\s", text[p.end:p.end + 60]):
            continue  # "30% of SK hynix's DRAM revenue": a product's share of a company, not a market share
        is_cmp = bool(re.search(r"\b(?:from|compared\s+(?:to|with)|versus|vs\.?|than)\s+(?:a\s+|an\s+)?$",
                                text[max(seg_start, p.start - 25):p.start], re.IGNORECASE))
        label = _period_label(text, p.start, seg_start, periods) if main is not None else None
        if label is None and ctx.bracket_prior and main is not None and main.period is not None and \
                re.fullmatch(r"\s*\(\s*", text[seg_start:p.start]):
            label = shift_period(main.period, "year")  # "19% (18%)" under "share a year earlier in brackets"
        if label is not None and label != main.period:
            is_cmp = True  # "31.9% (4Q24: 6,720 / 33.9%)": the same company's share in the labelled period
        if is_cmp and main is None and i == 0 and ctx.last_share is not None and ctx.since_share <= 1 and \
                re.match(r"^\W*(?:that|this|it)\s+(?:is|was|'s)\b", text, re.IGNORECASE):
            main = ctx.last_share  # "That is down from 56.2% a year earlier."
        seg_companies = [c for c in companies if seg_start <= c.start and c.end <= p.start
                         and not any(a <= c.start < b for a, b in relative_spans)]
        company = None
        if len(seg_companies) >= 2 and all(_LIST_GAP.fullmatch(text, a.end, b.start)
                                           for a, b in zip(seg_companies, seg_companies[1:])):
            pending = [c.value for c in seg_companies]  # "SK On and Samsung SDI held 4.8% and 3.3%"
            company = pending.pop(0)
        elif not seg_companies and pending and not is_cmp:
            company = pending.pop(0)
        elif is_cmp and main is not None and not seg_companies:
            company = main.company
        if company is not None:
            pass
        elif seg_companies:
            company = seg_companies[-1] if _WITH_BEFORE.search(text[seg_companies[-1].end:p.start].strip() + " ") \
                or len(text[seg_companies[-1].end:p.start]) < 25 else seg_companies[0]
            company = company.value
        elif i == 0 or not facts:
            subj = [c for c in companies if c.end <= p.start]
            if subj:
                company = subj[0].value
            elif cues.PRONOUN_COMPANY.search(text[:p.start]) and ctx.focus_company:
                company = ctx.focus_company
        if company is None and re.search(r"\bagainst\s+$", text[max(seg_start, p.start - 12):p.start], re.IGNORECASE):
            ov = re.search(r"\b(?:overtook|overtaking|surpassed|outpaced|beat|passed|edged\s+out)\s+", text)
            if ov:
                objs = [c for c in companies if c.start >= ov.end() and c.start - ov.end() < 3]
                company = objs[0].value if objs else None  # "X overtook Y ..., with a share of A% against B%"
        after_co = [c for c in companies if c.start >= p.end]
        if after_co and re.match(r"\s+(?:for|by|at|from)\s+$", text[p.end:after_co[0].start]) and \
                re.search(r"\b(?:against|versus|vs\.?|compar(?:e|es|ed)\s+(?:with|to)|and)\s+$", text[max(seg_start, p.start - 20):p.start], re.IGNORECASE):
            company = after_co[0].value  # "..., against 43% for Samsung"; "That compares with 38.7% for SK hynix"
            if main is not None and main.company != company and not label:
                is_cmp = False  # "It held 45.5% ..., versus 31.8% for SK Hynix": a peer's share then, not an earlier one
        if combined is not None and combined[1] <= p.start and (company is None or company in combined[2]):
            company = combined[0]  # "the combined share of LG Energy Solution, SK On and Samsung SDI ... was 23.7%"
        if company is None:
            continue
        period = None
        if is_cmp:
            seg_periods = [q for q in periods if p.end <= q.start < p.end + 40]
            explicit = [q for q in seg_periods if q.kind in ("absolute", "relative", "base") and q.period]
            if main is None or main.period is None:
                # "Samsung's share was down from 7.3% in the second quarter, while TSMC's rose from 70.2%": the
                # values now were in the sentence before; a stated period (or the one just used) dates this one
                if explicit and not _states_period([q for q in periods if q.end <= p.start]):
                    period = last_cmp_period = explicit[0].period
                elif last_cmp_period is not None:
                    period = last_cmp_period
                else:
                    continue
            cmpq = [q for q in seg_periods if q.kind == "comparison"]
            if period is not None:
                pass
            elif label is not None:
                period = label
            elif explicit:
                period = explicit[0].period
            elif cmpq:
                period = shift_period(main.period, cmpq[0].shift or "year")
                last_cmp_shift = cmpq[0].shift or "year"
            elif last_cmp_shift is not None and main.period is not None:
                # "... fell to 41.0% from 50.2% a year earlier, while BOE's rose to 17.5% from 15.1%": the same look back
                period = shift_period(main.period, last_cmp_shift)
            else:
                continue
        else:
            nxt_cmp = next((q.start for q in percents[i + 1:] if re.search(
                r"\b(?:from|than|compared\s+(?:to|with)|versus)\s+(?:a\s+|an\s+)?$", text[max(0, q.start - 25):q.start],
                re.IGNORECASE)), len(text))
            cmp_spans = [(q.end, q.end + 45) for q in percents if q is not p and re.search(
                r"\b(?:from|than|compared\s+(?:to|with)|versus)\s+(?:a\s+|an\s+)?$", text[max(0, q.start - 25):q.start],
                re.IGNORECASE)]
            own = [q for q in periods if q.start < nxt_cmp and not any(a <= q.start < b for a, b in cmp_spans)
                   and not (q.start >= p.end and text[q.end:q.end + 2].lstrip().startswith(":"))]  # a later label
            period = _nearest_period(p, own, ctx)
            lone_cmp = [q for q in own if q.kind == "comparison" and not re.search(
                r"\b(?:from|than|over|on|versus|vs\.?)\s+$", text[max(0, q.start - 12):q.start], re.IGNORECASE)]
            base = ctx.share_period or ctx.period
            if period is None and lone_cmp and base is not None:
                period = shift_period(base, lone_cmp[0].shift or "year")
                is_cmp = True
            if period is None and _states_period(own):
                period = _main_period(own, ctx)
            if period is None and ctx.since_share <= 3 and (ctx.last_share is None or ctx.last_share.market == market):
                period = ctx.share_period
            if period is None:
                period = ctx.title_period or (ctx.period if ctx.period_age <= 2 else None)
            stated = [q for q in own if q.kind in ("absolute", "relative")]
            if stated and all(q.period is None for q in stated):
                period = None  # "in the first half of this year" in an undated text: stated, not resolvable
            elif not stated and _NOW.search(text):
                # "Currently, Korean firms hold about 70%": the date's year, never an earlier period in focus
                period = year_period(ctx.doc_date.year) if ctx.doc_date else None
        change_pp = None
        nxt = percents[i + 1] if i + 1 < len(percents) else None
        if nxt is not None and nxt.points and nxt.start - p.end < 60:
            sign = -1 if cues.DOWN_WORDS.search(text[p.end:nxt.start]) else 1
            change_pp = sign * nxt.value
        rank = _rank(text[max(seg_start, p.start - 80):min(len(text), p.end + 40)])
        if is_cmp and main is not None:
            market = main.market or market
        fact = Fact(table="fct_market_shares", value=p.value, period=period, evidence=sentence.strip(),
                    company=company, market=market, comparison=is_cmp, basis=basis or "unknown", rank=rank, change_pp=change_pp,
                    qualifier="approx" if cues.APPROX.search(text[max(0, p.start - 25):p.start]) else "exact",
                    source_org=ctx.source_org, article_index=ctx.article_index, article_title=ctx.article_title)
        past = period is not None and ctx.doc_date is not None and period.end < ctx.doc_date
        fc = cues.FORECAST.search(text[max(seg_start, p.start - 50):p.start])
        if (fc and not (past and fc.group(0).lower().startswith("estimate"))) or re.search(
                r"\b(?:expects?|expected|forecasts?|projects?|projected|predicts?|will|goal|target|aims?|"
                r"plans?|ambition|seeks?)\b" + ("" if past else r"|\bestimates?\s+that\b"),  # "TrendForce estimates that
                text[:p.start], re.IGNORECASE) or re.search(                                 # X held 53% last year": past
                r"\b(?:to\s+(?:win|reach|capture|grab|take|secure|achieve|hit)|by\s+20\d\d)\b", text[max(0, p.start - 30):p.end + 40],
                re.IGNORECASE) and not re.search(r"\b(?:had|has|have)\b", text[:p.start]):
            fact.qualifier = "forecast"  # "Its goal is to win 20% of the foundry market by 2030"
        if period is None:
            fact.flag = "period not resolvable from the text and the document date"
        elif market is None:
            fact.flag = "market not named"
        elif fact.qualifier == "forecast":
            fact.flag = "a forecast, not a reported share"
        facts.append(fact)
        if not is_cmp:
            main = fact
    if facts:
        ctx.since_share = 0
        if not _ASIDE.search(text) and not _COMPARISON_LEAD.match(text):
            ctx.share_period = next((f.period for f in facts if f.period and not f.comparison), ctx.share_period)
        ctx.last_share = next((f for f in facts if not f.comparison), ctx.last_share)
        if market:
            ctx.market = market
        if basis:
            ctx.basis = basis
    return facts


def market_named_in(title: str) -> str | None:
    """The market a headline is about ('... global smartphone market ...', 'Largest Smartphone Brand'), if any."""
    return _market_near_word(title) or _any_market(title, find_companies(title))


# "held 36% of the global DRAM market", "led the market", "ranking ... (35.9%)": one regex per start (a
# pattern whose alternatives start with literals is scanned in C; one alternation of all is tried everywhere)
_SHARE_OF_WHOLE_PCT = re.compile(
    r"(?:%|percent|per\s?cent)\s+of\s+(?:the\s+)?(?:global|world(?:wide)?|worldwide|total\s+global|the\s+world'?s)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:revenue|sales|shipments|installations|usage|market|capacity|supply|output|production)|"
    r"(?:%|percent|per\s?cent)\s+of\s+(?:the\s+)?(?:[\w.-]+\s+){1,5}?(?:revenue|sales|shipments|installations|deliveries|orders)\b",
    re.IGNORECASE)
_SHARE_OF_WHOLE_LEAD = fastre.words(
    r"(?:led|topped|dominated|leads|tops|dominates|ruled|overtook|overtaking|surpassed|outpaced)\s+(?:[a-z][\w&.-]*\s+){0,3}"
    r"(?:in\s+)?(?:the\s+)?(?:global\s+|world(?:wide)?\s+)?(?:[\w-]+\s+|\([\w\s-]+\)\s+){0,5}?market|"
    r"(?:ranking|rankings|was\s+led\s+by|were\s+led\s+by)\b[^.]{0,80}\(\s*\d+(?:\.\d+)?\s*%\s*\)")


def _states_share_of_whole(text: str) -> bool:
    return _SHARE_OF_WHOLE_PCT.search(text) is not None or \
        fastre.search(_SHARE_OF_WHOLE_LEAD, fastre.fold(text), right=False) is not None
_NOT_A_SUBJECT = re.compile(r"\b(?:among|like|unlike|including|such\s+as|than|from)\s+(?:the\s+)?$", re.IGNORECASE)
_ASIDE = re.compile(r"\b(?:quarter|month|half|year|Q[1-4](?:\s*'?\d{2,4})?|[1-4]Q\d{2}|\d{4}|January|February|March|"
                    r"April|May|June|July|August|September|October|November|December)\s+alone\b|"
                    r"\bsince\s+[^,;]{3,45},\s+when\b|\bprevious\s+(?:\w+\s+){0,2}(?:record|high|peak|best)\b|"
                    r"\b(?:record|high|peak)\s+(?:set|posted|reached|hit)\s+in\b", re.IGNORECASE)
_ASIDE_GATE = re.compile(r"alone|since|previous|record|high|peak")  # words _ASIDE needs (folded text)
_STOCK_GATE = re.compile(r"shares|stock|kospi|kosdaq|nasdaq|share\s+price")  # words _STOCK needs
_STOCK = re.compile(r"\b[Ss]hares\s+(?:in|of)\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}\s+(?:rose|fell|jumped|closed|gained|"
                    r"dropped|slid|surged|traded|climbed|tumbled|declined|advanced|soared|sank|plunged|were\s+(?:up|down))|"
                    r"\b(?:stock|stocks|kospi|kosdaq|nasdaq|share\s+price|shares\s+(?:rose|fell|"
                    r"jumped|closed|gained|dropped|slid|surged|traded))\b")


_NOW = re.compile(r"(?i)\b(?:currently|at\s+present|presently|as\s+of\s+now|right\s+now|these\s+days)\b")


def _head_markets(text: str) -> list[Mention]:
    """Market mentions, without those that only qualify the next one ('smartphone OLED', 'EV battery')."""
    found = find_markets(text)
    return [mk for i, mk in enumerate(found)
            if not (i + 1 < len(found) and re.fullmatch(r"[\s-]{0,2}", text[mk.end:found[i + 1].start]))]


_LEAD_IN = re.compile(r"\W*(?:in|for|within|among|across)\s+(?:the\s+)?(?:global\s+|worldwide\s+|world\s+)?$", re.IGNORECASE)


def _lead_market(text: str) -> str | None:
    """'In HBM, SK hynix's share stood at 62%': a market the sentence opens with replaces the one in focus."""
    ms = _head_markets(text) if len(text) > 3 and text[:3].lower().strip() in ("in", "for", "wit", "amo", "acr") else []
    return market_label(text, ms[0]) if ms and ms[0].start < 30 and _LEAD_IN.fullmatch(text[:ms[0].start]) else None


def _any_market(text: str, companies: list[Mention]) -> str | None:
    ms = [mk for mk in _head_markets(text) if not any(c.start <= mk.start < c.end for c in companies)]
    return ms[0].value if ms else None


def _nearest_period(p: Percent, periods: list[PeriodMention], ctx) -> Period | None:
    best, best_d = None, None
    for q in periods:
        if q.kind in ("comparison", "reference", "base"):
            continue
        per = ctx.period if q.kind == "anaphor" else q.period
        if per is None:
            continue
        d = abs(q.start - p.start)
        if best_d is None or d < best_d:
            best, best_d = per, d
    return best


def _rank(window: str) -> int | None:
    m = cues.RANK_RX.search(window)
    if not m:
        return None
    if m["n"]:
        return int(m["n"])
    w = (m["w"] or m["w2"]).lower()
    return cues.RANK_WORDS.get(w)
