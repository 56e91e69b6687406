"""Word cues that decide what a number in a sentence is: which metric, export or not,
qualifier, change direction. Kept together so the vocabulary is easy to review."""
from __future__ import annotations

import re

from newsfacts.grammar import fastre


_ALTERNATIVES: dict[str, list[str]] = {}  # pattern text -> its alternatives, for the word index below


def _rx(*alts: str) -> re.Pattern:
    rx = re.compile(r"\b(?:" + "|".join(alts) + r")\b", re.IGNORECASE)
    _ALTERNATIVES[rx.pattern] = list(alts)
    return rx


# what a money amount is about: the nearest cue to its left (in its clause) decides
CUES: list[tuple[str, re.Pattern]] = [
    ("operating_loss", _rx(r"operating\s+(?:loss|losses|deficit)", r"loss\s+from\s+operations")),
    ("net_loss", _rx(r"net\s+(?:loss|losses|deficit)")),
    ("operating_profit", _rx(r"operating\s+(?:profits?|income|earnings)", r"OP", r"profits?\s+from\s+operations",
                             r"operating\s+margin\s+of", r"EBIT")),
    ("net_profit", _rx(r"net\s+(?:profits?|income|earnings)", r"bottom\s+line", r"profit\s+attributable",
                       r"net\s+(?:profits?|income)\s+attributable")),
    ("revenue", _rx(r"revenues?", r"sales", r"turnover", r"top\s+line", r"net\s+revenues?")),
    ("loss", _rx(r"loss(?:es)?", r"in\s+the\s+red", r"lost(?=\s+(?:a\s+|an\s+)?(?:net\s+|combined\s+|about\s+|nearly\s+)?"
                                                    r"(?:[$€£¥₩]|US\$|KRW|USD|W\d|\d))")),
    ("profit", _rx(r"profits?", r"earnings", r"income", r"earned", r"made")),
    ("export", _rx(r"exports?\s+turnover", r"exports?", r"exported", r"exporting", r"outbound\s+shipments?", r"overseas\s+shipments?",
                   r"those\s+of", r"those\s+to",
                   r"shipments?\s+abroad", r"shipped\s+abroad", r"overseas\s+sales")),
    ("shipments", _rx(r"shipments?", r"shipped")),
    ("import", _rx(r"imports?\s+turnover", r"imports?", r"imported", r"importing", r"inbound\s+shipments?")),
    ("balance", _rx(r"trade\s+(?:balance|surplus|deficit)", r"surplus", r"current\s+account")),
    ("nonfact", _rx(
        # losses that are not the operating or net result ("inventory valuation losses of KRW 236 billion")
        *(rf"{w}\s+loss(?:es)?" for w in (
            r"inventory\s+valuation", r"valuation", r"impairment", r"foreign\s+exchange", r"exchange", r"currency",
            r"fx", r"derivatives?", r"translation", r"one-off", r"one-time", r"disposal", r"hedging", r"trading",
            r"investment", r"equity-method", r"non-operating", r"gains?\s+and", r"profits?\s+(?:and|or)")),
        r"invest(?:s|ed|ing|ment|ments)?", r"budgets?", r"prices?", r"priced", r"costs?", r"market\s+(?:cap|capitalization|value|size)",
        r"valuations?", r"valued", r"worth", r"orders?", r"order\s+backlog", r"contracts?", r"deals?", r"funds?", r"funding",
        r"subsid(?:y|ies)", r"capex", r"capital\s+expenditures?", r"spending", r"spend", r"tax(?:es)?", r"credits?",
        r"fines?", r"dividends?", r"buybacks?", r"acquisitions?", r"acquire", r"bought", r"purchases?", r"loans?",
        r"debts?", r"bonds?", r"grants?", r"allocated", r"allocation", r"raised", r"raise", r"stake", r"salary",
        r"salaries", r"bonus(?:es)?", r"wages?", r"penalt(?:y|ies)", r"damages", r"settlement", r"donat(?:ed|ion)",
        r"fees?", r"royalt(?:y|ies)", r"R&D", r"reserves", r"assets", r"equity", r"market\s+is", r"market\s+will",
        r"market\s+(?:is\s+)?(?:projected|expected|forecast)", r"market\s+(?:grew|grow|growing|reached|reach)",
        r"industry\s+(?:is\s+)?(?:projected|expected)", r"cash", r"inventor(?:y|ies)", r"guarantees?",
        r"imports?\s+and\s+exports?", r"trade\s+volume", r"total\s+trade", r"per\s+(?:day|working\s+day)",
        r"daily\s+average", r"average\s+daily", r"on\s+a\s+daily\s+basis", r"per\s+unit", r"per\s+share", r"a\s+share",
        r"valuation\s+loss(?:es)?", r"write-?downs?", r"write-?offs?", r"impairments?", r"one-off", r"charges?",
        r"provisions?", r"discounts?", r"rebates?", r"incentives?", r"unit\s+=", r"unit:",
        r"includes?", r"including", r"included", r"excluding", r"excludes?", r"helped\s+by", r"thanks\s+to",
    )),
]
CUE_KINDS = {k for k, _ in CUES}
COMBINED_CUE = re.compile("|".join(f"(?P<{k}>{p.pattern})" for k, p in CUES), re.IGNORECASE | re.ASCII)


def _literal_prefix(alt: str) -> str:
    """The plain letters an alternative must start with ('exports?' -> 'export', 'operating\\s+...' -> 'operating')."""
    out = []
    for i, ch in enumerate(alt):
        if ch.isalpha() or ch in "&'":
            if i + 1 < len(alt) and alt[i + 1] in "?*{":
                break
            out.append(ch.lower())
        else:
            break
    return "".join(out)


def _build_index():
    """Cue alternatives bucketed by the first two letters they start with, so a sentence is matched by
    looking up each word's bucket (a few anchored matches) instead of running one huge alternation at
    every position -- several times faster, same leftmost-first result."""
    by2: dict[str, list] = {}
    by1: dict[str, list] = {}
    anywhere: list = []
    for order, (kind, rx) in enumerate(CUES):
        for alt in _ALTERNATIVES[rx.pattern]:
            compiled = re.compile(rf"(?:{alt})\b", re.IGNORECASE | re.ASCII)
            prefix = _literal_prefix(alt)
            item = (order, kind, compiled)
            if len(prefix) >= 2:
                by2.setdefault(prefix[:2], []).append(item)
            elif len(prefix) == 1:
                by1.setdefault(prefix, []).append(item)
            else:
                anywhere.append(item)
    return by2, by1, anywhere


_BY2, _BY1, _ANYWHERE = _build_index()
# where a cue can start: a separator (or the text's start) then the literal letters of some alternative --
# one scan in C instead of a dictionary lookup per word
_PREFIXES = sorted({_literal_prefix(alt) for _, rx in CUES for alt in _ALTERNATIVES[rx.pattern]})
_AT_START = re.compile(fastre.trie(_PREFIXES))
_AFTER_SEPARATOR = re.compile(r"[^a-z&'](?=" + fastre.trie(_PREFIXES) + ")")
_OPENING_QUOTES = re.compile(r"(?<![a-z&'])'+")  # not inside a word: a separator, like any punctuation


def find_cues(text: str) -> list[tuple[str, int, int]]:
    """(kind, start, end) of every cue, left to right, non-overlapping; earlier CUES rows win ties."""
    assert not _ANYWHERE, "a cue without literal first letters needs every word tried"
    out = []
    low = fastre.fold(text)
    scan = _OPENING_QUOTES.sub(lambda m: " " * len(m.group()), low) if "'" in low else low
    pos = 0
    while True:
        if pos == 0 and _AT_START.match(scan):
            start = 0
        else:
            w = _AFTER_SEPARATOR.search(scan, max(0, pos - 1))
            if w is None:
                return out
            start = w.start() + 1
        pos = start + 1
        cands = _BY2.get(low[start:start + 2], []) + _BY1.get(low[start], [])
        for order, kind, rx in sorted(cands, key=lambda t: t[0]) if len(cands) > 1 else cands:
            mm = rx.match(text, start)
            if mm:
                out.append((kind, start, mm.end()))
                pos = mm.end()
                break


METRIC_OF_CUE = {
    "operating_loss": ("operating_profit", -1), "net_loss": ("net_profit", -1),
    "operating_profit": ("operating_profit", 1), "net_profit": ("net_profit", 1), "revenue": ("revenue", 1),
}

QUICK_FILTER = re.compile(
    r"\d.{0,40}?(?:%|percent|per\s?cent|won|dollars|yuan|yen|euros|billion|million|trillion|crore|lakh|ringgit|baht|"
    r"rupiah|rupees)|[$€£¥₩₹]\s?\d|"
    r"\b(?:USD|KRW|EUR|JPY|CNY|RMB|TWD|MYR|THB|IDR|SGD|INR|Rs\.?|RM|Rp)\s?\d|\b(?:billion|million|trillion|percent|per\s+cent)\b",
    re.IGNORECASE)

_DIGIT = re.compile(r"\d")
# QUICK_FILTER's four alternatives, each searched alone from a literal start (one alternation starting with
# "\d" or "\b" is tried at every position of every sentence)
_UNIT = re.compile(r"%|percent|per\s?cent|won|dollars|yuan|yen|euros|billion|million|trillion|crore|lakh|ringgit|baht|"
                   r"rupiah|rupees")  # folded text
_SYMBOL_NUMBER = re.compile(r"[$€£¥₩₹]\s?\d")
_CODE_NUMBER = fastre.words(r"(?:usd|krw|eur|jpy|cny|rmb|twd|myr|thb|idr|sgd|inr|rs\.?|rm|rp)\s?\d")
_SCALE_WORD = fastre.words(r"billion|million|trillion|percent|per\s+cent")


def may_hold_figure(sentence: str) -> bool:
    """Whether a sentence can state a figure: the same answer as QUICK_FILTER.search, faster."""
    if _DIGIT.search(sentence) is None:
        low = sentence.lower()
        if "illion" not in low and "per" not in low:
            return False  # every alternative needs a digit, a scale word or 'per(cent)'
        return fastre.search(_SCALE_WORD, fastre.fold(sentence)) is not None
    low = fastre.fold(sentence)
    for unit in _UNIT.finditer(low):
        before = sentence[max(0, unit.start() - 41):unit.start()]
        if _DIGIT.search(before.rpartition("\n")[2]):
            return True  # a digit at most 40 characters (no line break) before a unit
    return (_SYMBOL_NUMBER.search(sentence) is not None or fastre.search(_CODE_NUMBER, low, right=False) is not None
            or fastre.search(_SCALE_WORD, low) is not None)


# qualifiers: words just before the number
APPROX = re.compile(r"\b(?:about|around|approximately|approx\.?|roughly|nearly|almost|some|close\s+to|circa|"
                    r"an\s+estimated|estimated|just\s+under|just\s+below|just\s+shy\s+of|nearing|over\s+a\s+total\s+of)\s*$",
                    re.IGNORECASE)
AT_LEAST = re.compile(r"\b(?:over|more\s+than|above|exceeding|exceeded|in\s+excess\s+of|upwards\s+of|at\s+least|"
                      r"crossed|crossing|surpassed|surpassing|topped|topping|passed|beyond|north\s+of|"
                      r"(?:crossed|surpassed|topped|passed|exceeded|broke)\s+the)\s*$",
                      re.IGNORECASE)
AT_MOST = re.compile(r"\b(?:under|below|less\s+than|up\s+to|at\s+most|no\s+more\s+than|fewer\s+than|"
                     r"(?:fell|dropped|slipped)\s+below)\s*$", re.IGNORECASE)
FORECAST = re.compile(r"\b(?:forecasts?|forecasted|projections?|projected|projects|expects?|expected|expectations?|"
                      r"estimates?|consensus|guidance|guided|guides|targets?|targeting|aims?\s+to|aiming|outlook|"
                      r"anticipated?|predicted|predicts?|will|would|could|likely|is\s+seen|are\s+seen|plans?\s+to|"
                      r"goal|seeks?\s+to|hopes?\s+to|estimated\s+to|set\s+to|poised\s+to|on\s+track\s+to)\b",
                      re.IGNORECASE)
ESTIMATE = re.compile(r"\b(?:estimated|estimates?|tentative|preliminary\s+estimate)\b", re.IGNORECASE)

# change direction
UP_WORDS = re.compile(r"\b(?:up|rose|rise|rises|rising|risen|increased?|increases|increasing|grew|grow|grows|growing|"
                      r"growth|jump(?:ed|s|ing)?|surg(?:ed|e|es|ing)|soar(?:ed|s|ing)?|climb(?:ed|s|ing)?|gain(?:ed|s)?|"
                      r"advanc(?:ed|e|es)|expand(?:ed|s)?|expansion|higher|boost(?:ed)?|spik(?:ed|e)|rebound(?:ed)?|"
                      r"skyrocket(?:ed|ing|s)?|leap(?:t|ed)?|improv(?:ed|ement)|hike|added)\b", re.IGNORECASE)
DOWN_WORDS = re.compile(r"\b(?:down|fell|fall|falls|falling|fallen|decreased?|decreases|decreasing|declin(?:ed|e|es|ing)|"
                        r"drop(?:ped|s)?|dropping|slid|slide|slump(?:ed|s)?|plung(?:ed|e)|plummet(?:ed|s)?|tumbl(?:ed|e)|"
                        r"shr(?:a|u)nk|shrink(?:s|ing)?|contract(?:ed|ion)|lower|dipp?(?:ed)?|dip|sank|sink|retreat(?:ed)?|"
                        r"reduc(?:ed|tion)|slipp?(?:ed)?|slip|lost|eased?|weaken(?:ed)?|minus|negative)\b", re.IGNORECASE)
CHANGE_NEAR = re.compile(r"\b(?:by|of|a|an|at)\s*$", re.IGNORECASE)
NOT_YOY = re.compile(r"\b(?:quarter[\s-]on[\s-]quarter|on[\s-]quarter|q-?o-?q|sequential(?:ly)?|from\s+the\s+previous\s+quarter|"
                     r"from\s+a\s+quarter\s+(?:earlier|ago)|from\s+the\s+preceding\s+quarter|from\s+the\s+prior\s+quarter|"
                     r"month[\s-]on[\s-]month|on[\s-]month|m-?o-?m|from\s+the\s+previous\s+month|from\s+a\s+month\s+(?:earlier|ago)|"
                     r"than\s+the\s+previous\s+quarter|compared\s+(?:to|with)\s+the\s+previous\s+quarter|"
                     r"from\s+the\s+(?:third|second|first|fourth)\s+quarter|from\s+the\s+last\s+quarter)\b", re.IGNORECASE)
_COMPARE_BEFORE = re.compile(r"(?:\b(?:from|than|compared\s+(?:to|with)|compares?\s+(?:to|with)|versus|vs\.?|against|"
                             r"year-earlier|year-ago|last\s+year'?s)\s+(?:the\s+|a\s+|an\s+)?"
                             r"(?P<gap>(?:[\w'’-]+\s+){0,3})|\b(?:year|earlier|ago|previous\s+\w+|prior\s+\w+)\s*\()\s*$",
                             re.IGNORECASE)
_NOT_A_GAP = re.compile(r"\b(?:to|at|reached|hit|totaled|totalled|was|were|came|stood|amounted|posted|recorded|"
                        r"logged|rose|fell|jumped|year|earlier|ago)\b", re.IGNORECASE)


class _CompareBefore:
    """'from X', 'compared with a loss of X', 'than X': the amount is a comparison value.
    'from a year earlier to X' is not: X is the new value."""

    @staticmethod
    def search(before: str):
        m = _COMPARE_BEFORE.search(before)
        if m and m.group("gap") and _NOT_A_GAP.search(m.group("gap")):
            return None
        return m


COMPARE_BEFORE = _CompareBefore()
SHARE_WORDS = re.compile(r"\b(?:market\s+shares?|shares?|stake\s+of\s+the\s+market|took|captured|commanded|"
                         r"accounted\s+for|accounting\s+for|accounts\s+for|held|holding|holds|controlled|claimed)\b",
                         re.IGNORECASE)
SHARE_STRICT = re.compile(r"\b(?:market\s+shares?|shares?\b|(?:of|in)\s+the\s+(?:global\s+|world(?:wide)?\s+|domestic\s+|"
                          r"korean\s+|chinese\s+|u\.s\.\s+|european\s+)?(?:[\w-]+\s+|\([\w\s-]+\)\s+){0,6}market)", re.IGNORECASE)
NOT_SHARE = re.compile(r"\b(?:margins?|survey(?:ed)?|respondents?|poll|of\s+(?:koreans|adults|people|consumers|respondents)|"
                       r"growth\s+rates?|utilization|yield|of\s+(?:its|their|the\s+company'?s?)\s+(?:[\w-]+\s+){0,2}?(?:revenue|sales|"
                       r"capacity|production|output|costs?|shipments)|of\s+(?:total\s+)?(?:battery\s+)?(?:production\s+)?costs?|"
                       r"share\s+of\s+(?:[\w-]+\s+){0,2}?costs?|"
                       r"of\s+(?:total|overall|korea'?s?|the\s+country'?s?)\s+(?:exports|imports)|interest\s+rates?|"
                       r"stake\s+in|tariffs?|duty|duties|inflation|unemployment|approval\s+rating|"
                       r"share\s+price|shares\s+(?:rose|fell|jumped|closed|gained|dropped|were|traded)|shares\s+in|"
                       r"stocks?|kospi|kosdaq|nasdaq|index|stake|contribut\w+)\b",
                       re.IGNORECASE)
BASIS = [
    ("revenue", _rx(r"by\s+revenue", r"revenue[\s-]based", r"based\s+on\s+revenue", r"in\s+(?:terms\s+of\s+)?revenue",
                    r"by\s+sales", r"in\s+terms\s+of\s+sales", r"sales\s+basis", r"value\s+basis", r"by\s+value")),
    ("shipments", _rx(r"shipments?", r"shipped", r"by\s+volume", r"volume[\s-]based", r"in\s+terms\s+of\s+volume",
                      r"unit\s+sales", r"sales\s+volume")),
    ("installations", _rx(r"install(?:ations?|ed)", r"usage", r"installed\s+capacity", r"battery\s+use")),
    ("capacity", _rx(r"capacity", r"production\s+capacity", r"wafer\s+capacity")),
]
RANK_WORDS = {
    "top": 1, "first": 1, "no. 1": 1, "number one": 1, "largest": 1, "leading": 1, "leader": 1, "1st": 1,
    "second": 2, "no. 2": 2, "runner-up": 2, "2nd": 2, "third": 3, "no. 3": 3, "3rd": 3,
    "fourth": 4, "4th": 4, "fifth": 5, "5th": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}
RANK_RX = re.compile(r"\b(?:(?P<w>top|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|4th|5th)"
                     r"[\s-](?:place|position|spot|rank(?:ing)?|largest|biggest)|(?:ranked|ranking|rank|placed|came\s+in|"
                     r"finished)\s+(?P<w2>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|4th|5th)|"
                     r"No\.\s?(?P<n>\d{1,2}))\b", re.IGNORECASE)
PRONOUN_COMPANY = re.compile(r"\b(?:the\s+company|the\s+firm|the\s+chipmaker|the\s+chip\s+maker|the\s+battery\s+maker|"
                             r"the\s+automaker|the\s+carmaker|the\s+group|the\s+tech\s+giant|the\s+memory\s+maker|"
                             r"the\s+(?:electronics|display|materials|cathode|shipbuilding)\s+(?:maker|company|giant)|"
                             r"its|it)\b", re.IGNORECASE)
TOTAL_EXPORTS = re.compile(r"\b(?:total|overall|outbound|the\s+country'?s|korea'?s|nation'?s|headline)\s+(?:\w+\s+)?exports?\b|"
                           r"\bexports\s+(?:as\s+a\s+whole|overall)\b", re.IGNORECASE)
