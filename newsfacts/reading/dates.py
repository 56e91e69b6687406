"""The document's own date: where a reader of the page would find it.

Every period in the extracted facts ('last year', 'the first quarter') is
resolved against this date, so a wrong date silently corrupts many facts;
no date is better than a guessed one. Evidence, strongest first:

1. a leading `` date YYYY-MM-DD`` line (the crawler's own stamp);
2. dates the page declares in markup (HTML meta, front matter), passed as hints;
3. a labelled header date: 'Post Date 2025-05-02' (value possibly on the next
   line), 'Published : Mar. 3, 2021', 'Posted on March 3, 2021', then
   'Updated: ...' only when nothing says published;
4. an unlabelled full date on a short line near the top (byline area);
5. a wire dateline 'SEOUL, April 9 (Yonhap) --': month and day from it, the
   year from other evidence (file name, years the text mentions), never a
   year that puts the date in the future;
6. a date in the file name ('2024-03-15_x.txt', '20240315-x.txt').

Dates in body sentences are never taken: 'On March 3, 2021, Samsung said'
dates an event, not the article.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import PurePath

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MON = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
        r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_YEAR = r"(?:19[5-9]\d|20\d\d)"
_WEEKDAY = r"(?:\s*\((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\))?"
_TIME = r"(?:[ T,]+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:KST|UTC|GMT|[+-]\d{2}:?\d{2}|Z))?)?"

# Full dates; each pattern names its groups y/m/d (m may be a month name).
_FULL_DATES = [
    re.compile(rf"(?<![\d.])(?P<y>{_YEAR})\s*[-./]\s*(?P<m>\d{{1,2}})\s*[-./]\s*(?P<d>\d{{1,2}})(?![\d])\.?{_TIME}"),
    re.compile(rf"(?<![A-Za-z])(?P<m>{_MON})(?:\.\s*|\s+)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?{_WEEKDAY}(?:,\s*|\s+)(?P<y>{_YEAR})(?!\d)"
               rf"{_TIME}", re.I),  # 'Oct. 1, 2025', 'Oct.1,2025', 'October 1 2025'

    re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{_MON})\.?,?\s+(?P<y>{_YEAR})(?!\d){_TIME}", re.I),
    re.compile(rf"(?P<y>{_YEAR})\s*년\s*(?P<m>\d{{1,2}})\s*월\s*(?P<d>\d{{1,2}})\s*일"),
    re.compile(rf"(?<![\d/])(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})/(?P<y>{_YEAR})(?!\d){_TIME}"),
    # '01.09.2025': dots are the day-first European convention (Anadolu, dpa, TASS...)
    re.compile(rf"(?<![\d.])(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>{_YEAR})(?!\d){_TIME}"),
]

_LEADING_DATE_LINE = re.compile(r"\A[ \t\ufeff]*date[ \t]*:?[ \t]*(\d{4})-(\d{1,2})-(\d{1,2})(?:[ \t]+|[ \t]*\n|\Z)", re.I)

_PUBLISHED_LABEL = (r"post(?:ed)?[ \t]*date|posted(?:[ \t]+on)?|published(?:[ \t]+(?:on|at|date))?|publish(?:ed)?[ \t]+date"
                    r"|publication[ \t]+date|date[ \t]+published|release[ \t]+date|released(?:[ \t]+on)?|issued(?:[ \t]+on)?"
                    r"|first[ \t]+published|registered|created|written|input|date|입력|등록|작성일?|게시일?|발행일?|날짜")
_UPDATED_LABEL = r"updated(?:[ \t]+on)?|last[ \t]+updated|modified|last[ \t]+modified|edited|수정"
_LABEL = re.compile(
    rf"^[ \t]*[\[(|·•]?[ \t]*(?:(?P<pub>{_PUBLISHED_LABEL})|(?P<upd>{_UPDATED_LABEL}))\b[ \t]*(?P<sep>[:：|\]]|-(?!\d))?[ \t]*(?P<rest>[^\n]*)",
    re.I | re.M)
_BLANKS_THEN_LINE = re.compile(r"\n(?:[ \t]*\n){0,3}[ \t]*([^\n]*)")

_DATELINE = re.compile(
    rf"^[ \t]*(?P<place>[A-Z][A-Za-z.'\- ]{{1,30}}(?:,[ \t]*[A-Z][A-Za-z.\- ]{{1,25}})?),[ \t]+"
    rf"(?P<m>{_MON})\.?[ \t]+(?P<d>\d{{1,2}})(?:,[ \t]*(?P<y>{_YEAR}))?[ \t]*"
    r"(?:\((?P<agency>[A-Za-z .&\-]{2,40})\)|\[(?P<agency2>[A-Za-z .&\-]{2,40})\])?[ \t]*(?:--|—|–|-|:)[ \t]*",
    re.M)
_YEAR_MENTION = re.compile(rf"(?<![\d.,$₩€£¥])({_YEAR})(?!\d|,\d|\.\d)")
_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_FILE_DATE = re.compile(r"(?<![0-9A-Za-z])((?:19|20)\d\d)([-_.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?![0-9])")

_HEAD_LINES = 12       # short lines near the top count as the byline/header area
_HEAD_CHARS = 1500
_LABEL_CHARS = 6000    # labelled dates: page headers can sit below long navigation
_SHORT_LINE = 120


@dataclass
class DateFinding:
    date: dt.date | None
    source: str | None
    warnings: list[str] = field(default_factory=list)


def parse_date(text: str) -> dt.date | None:
    """The first full calendar date written in ``text`` (any common form), or None."""
    best: tuple[int, dt.date] | None = None
    for pattern in _FULL_DATES:
        for m in pattern.finditer(text):
            d = _to_date(m)
            if d is not None:
                if best is None or m.start() < best[0]:
                    best = (m.start(), d)
                break
    return best[1] if best else None


def _parse_date_at_start(text: str) -> dt.date | None:
    """A full date that starts ``text`` (after spaces/punctuation), or None."""
    text = text.lstrip(" \t:：-–|[(")
    for pattern in _FULL_DATES:
        m = pattern.match(text)
        if m:
            return _to_date(m)
    return None


def _to_date(m: re.Match) -> dt.date | None:
    month = m.group("m")
    mon = int(month) if month.isdigit() else _MONTHS.get(month[:3].lower())
    day = int(m.group("d"))
    year = int(m.group("y"))
    if mon and mon > 12 and day <= 12:  # 15/03/2024 written day-first
        mon, day = day, mon
    try:
        return dt.date(year, mon, day)
    except (TypeError, ValueError):
        return None


def leading_date_line(text: str) -> tuple[dt.date | None, str]:
    """The crawler's leading ' date YYYY-MM-DD' stamp, and the text without it."""
    m = _LEADING_DATE_LINE.match(text)
    if not m:
        return None, text
    try:
        d = dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None, text
    return d, text[m.end():]


def labelled_date(text: str) -> tuple[dt.date, str] | None:
    """A date given after a header label ('Post Date', 'Published :', 'Updated:').

    The value must follow the label directly, or be the next non-blank line
    when the label stands alone on its line; a 'published' label wins over an
    'updated' one wherever they are.
    """
    head = text[:_LABEL_CHARS]
    found_updated: tuple[dt.date, str] | None = None
    for m in _LABEL.finditer(head):
        rest = m.group("rest")
        value = None
        if rest.strip(" \t:：|-"):
            value = _parse_date_at_start(rest)
        else:  # label alone on its line: the value is the next non-blank line
            nxt = _BLANKS_THEN_LINE.match(head, m.end())
            if nxt and len(nxt.group(1)) <= 60:
                value = _parse_date_at_start(nxt.group(1))
        if value is None:
            continue
        label = " ".join((m.group("pub") or m.group("upd")).lower().split())
        if m.group("pub"):
            return value, _label_source(label)
        if found_updated is None:
            found_updated = (value, "updated date")
    return found_updated


def _label_source(label: str) -> str:
    if label.startswith("post"):
        return "post date"
    if label.startswith("publi") or label.startswith("first"):
        return "published date"
    if label in ("입력", "등록", "게시일", "게시", "발행일", "발행", "작성일", "작성"):
        return "published date"
    return f"{label} label" if label.isascii() else "header label"


def header_date(text: str) -> dt.date | None:
    """A full date on a short, non-sentence line of the header/byline area."""
    seen = 0
    for line in text[:_HEAD_CHARS].split("\n"):
        line = line.strip()
        if not line:
            continue
        seen += 1
        if seen > _HEAD_LINES:
            break
        if len(line) > _SHORT_LINE or (line.endswith(".") and len(line) > 40):
            continue
        d = parse_date(line)
        if d is not None:
            return d
    return None


def find_dateline(text: str) -> re.Match | None:
    """A wire dateline ('SEOUL, April 9 (Yonhap) --') at the start of a line near the top."""
    m = _DATELINE.search(text, 0, min(len(text), _HEAD_CHARS * 2))
    return m


_PLACE_ONLY_DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z/ .,'\-]{2,40}[ \t]*(?:\([A-Za-z .&\-]{2,40}\))?[ \t]+(?:--|—|–)[ \t]+(?=[A-Z\"“])", re.M)


def strip_dateline(text: str) -> str:
    """The text with the dateline prefix removed, so the first sentence reads cleanly.

    Also strips an undated one ('FRANKFURT/SEOUL -- '), which has no date to give.
    """
    m = find_dateline(text)
    if m is not None:
        return text[:m.start()] + text[m.end():]
    for m in _PLACE_ONLY_DATELINE.finditer(text, 0, min(len(text), _HEAD_CHARS * 2)):
        line_end = text.find("\n", m.end())
        if (line_end if line_end != -1 else len(text)) - m.end() >= 80:  # followed by a story paragraph
            return text[:m.start()] + text[m.end():]
    return text


def file_name_date(source_uri: str | None) -> dt.date | None:
    """A date written in the file name: 2024-03-15_x.txt, 20240315-x.txt, x_2024_03_15.txt."""
    if not source_uri:
        return None
    name = PurePath(source_uri).name
    for m in _FILE_DATE.finditer(name):
        try:
            return dt.date(int(m[1]), int(m[3]), int(m[4]))
        except ValueError:
            continue
    return None


def find_date(text: str, *, source_uri: str | None = None,
              hints: list[tuple[dt.date, str]] | tuple = (),
              today: dt.date | None = None) -> DateFinding:
    """Find the document date and say where it came from (see the module doc for the order)."""
    today = today or dt.date.today()
    warnings: list[str] = []

    def explicit(d: dt.date, source: str) -> DateFinding:
        if d > today:
            warnings.append(f"document date {d.isoformat()} ({source}) is in the future")
        return DateFinding(d, source, warnings)

    d, rest = leading_date_line(text)
    if d is not None:
        return explicit(d, "date line")
    for d, source in hints:
        if d is not None:
            return explicit(d, source)
    found = labelled_date(text)
    if found is not None:
        return explicit(_day_or_month_first(found[0], text, warnings), found[1])
    d = header_date(text)
    if d is not None:
        return explicit(_day_or_month_first(d, text, warnings), "header date")

    from_name = file_name_date(source_uri)
    m = find_dateline(text)
    if m is not None:
        mon = _MONTHS[m.group("m")[:3].lower()]
        day = int(m.group("d"))
        if m.group("y"):
            try:
                return explicit(dt.date(int(m.group("y")), mon, day), "dateline")
            except ValueError:
                pass
        else:
            d, how = _dateline_year(text, mon, day, from_name, today)
            if d is not None:
                warnings.append(f"year of dateline {m.group('m')} {day} taken from {how}")
                return DateFinding(d, "dateline", warnings)
            warnings.append(f"dateline {m.group('m')} {day} has no year and none could be inferred")

    if from_name is not None:
        if from_name <= today:
            return DateFinding(from_name, "file name", warnings)
        warnings.append(f"date {from_name.isoformat()} in the file name is in the future; ignored")
    warnings.append("no date found")
    return DateFinding(None, None, warnings)


_ORDINAL_QUARTER = re.compile(r"\b(first|second|third|fourth)[\s-]quarter|\bQ([1-4])\b|\b([1-4])Q\b", re.I)
_MONTH_WORD = re.compile(rf"\b({_MON})\b")


def _day_or_month_first(d: dt.date, text: str, warnings: list[str]) -> dt.date:
    """'04/11/2025' is April 11 in the US and 4 November in Britain: when the text printed it that way and both
    readings are dates, take the one the text agrees with -- a weekday it names, else the quarter and months it
    talks about (news reports the quarter that just ended and the month just past)."""
    if d.day > 12 or d.day == d.month or not re.search(rf"(?<!\d)0?{d.month}/0?{d.day}/{d.year}(?!\d)", text[:3000]):
        return d
    alt = dt.date(d.year, d.day, d.month)
    wd = _WEEKDAY.search(text[:400])
    if wd is not None:
        want = _WEEKDAYS.index(wd.group(1).lower())
        if (alt.weekday() == want) != (d.weekday() == want):
            chosen = alt if alt.weekday() == want else d
            if chosen is alt:
                warnings.append(f"date {d.month}/{d.day}/{d.year} read day-first (its weekday is {wd.group(1)})")
            return chosen

    def score(c: dt.date) -> int:
        last_q = ((c.month - 1) // 3 - 1) % 4 + 1  # the latest quarter that has ended
        n = 0
        for m in _ORDINAL_QUARTER.finditer(text):
            q = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get((m.group(1) or "").lower()) or int(m.group(2) or m.group(3))
            n += q == last_q
        recent = {c.month, (c.month - 2) % 12 + 1}  # this month and the one before
        n += sum(1 for m in _MONTH_WORD.finditer(text) if _MONTHS[m.group(1)[:3].lower()] in recent)
        return n

    if score(alt) > score(d):
        warnings.append(f"date {d.month}/{d.day}/{d.year} read day-first (the periods the text reports fit {alt.isoformat()})")
        return alt
    return d


def _dateline_year(text: str, mon: int, day: int, from_name: dt.date | None,
                   today: dt.date) -> tuple[dt.date | None, str]:
    """The most plausible year for a month/day dateline, never one that makes it future."""
    candidates: list[tuple[int, str]] = []
    if from_name is not None:
        candidates.append((from_name.year, "the file name"))
    years = sorted({int(y) for y in _YEAR_MENTION.findall(text) if int(y) <= today.year}, reverse=True)
    # wire copy names the weekday ("data showed Friday"): the year whose date falls on it wins
    wd = _WEEKDAY.search(text[:600])
    if wd is not None:
        want = _WEEKDAYS.index(wd.group(1).lower())
        # the years the text names first, then the ones next to them (a story about last year's data...)
        near = list(dict.fromkeys(y + k for k in (0, 1, -1, 2) for y in years if y + k <= today.year))
        for y in near:
            try:
                d = dt.date(y, mon, day)
            except ValueError:
                continue
            if d.weekday() == want and d <= today:
                return d, f"the year whose {mon}/{day} is a {wd.group(1)} (a year the text mentions or next to one)"
    candidates += [(y, "the latest year the text mentions") for y in years]
    for year, how in candidates:
        try:
            d = dt.date(year, mon, day)
        except ValueError:
            continue
        if d <= today:
            return d, how
    return None, ""
