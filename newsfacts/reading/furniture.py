"""Strip page furniture: the text of a web page that is not the article.

Breadcrumbs, header labels and their values (Author / Read 25 / Attach
File), prev/next links and everything after them, photo credits, share and
print buttons, copyright lines, subscribe prompts and tag lists would
otherwise reach the extractor as 'sentences' (and a 'Read 25' or a linked
'No.14' headline can look like data). Every rule must match a whole line, so
a sentence that merely mentions 'share' or 'copyright' is kept: a line is
dropped only when all of it is furniture. Only short lines are tried, and
rules that must scan into a line only when a substring test allows them,
which keeps this far faster than the 1M chars/s the pipeline needs.
"""
from __future__ import annotations

import re

_F = re.I | re.M

_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# The value right after a date label: an optional weekday, the date, then time/zone/'Updated ...' (no prose).
_DATE_VALUE = (rf"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \t]*)?(?:(?:19|20)\d\d[-./]\d{{1,2}}[-./]\d{{1,2}}"
               rf"|{_MON}\s+\d{{1,2}},?\s+(?:19|20)\d\d|\d{{1,2}}\s+{_MON},?\s+(?:19|20)\d\d|(?:19|20)\d\d\s*년)[^\n]{{0,60}}")
_DATE_LABEL = (r"(?:post(?:ed)?\s*date|posted(?:\s+on)?|published(?:\s+on)?|publish(?:ed)?\s+date|date|updated(?:\s+on)?"
               r"|last\s+updated|modified|input|registered|created|입력|등록|수정|작성일|게시일|날짜)\b")
_AGENCY = r"(?:Yonhap(?:\s+News(?:\s+Agency)?)?|Reuters|AFP|AP|EPA|Getty\s*Images|Bloomberg|Newsis|News1|Xinhua|Kyodo|Korea\s*Herald|Korea\s*Times|Korea\s*JoongAng\s*Daily|Business\s*Korea|Pulse|Maeil\s*Business)"

_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?"
_CLOCK = r"(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)"
_ZONE = r"(?:KST|CET|CEST|UTC|GMT|ET|EST|EDT|PT|PST|HKT|JST)"
_BARE_DATE = (rf"(?:(?:19|20)\d\d[-./]\d{{1,2}}[-./]\d{{1,2}}\.?|{_MON}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*\({_WEEKDAY}\))?,?\s+(?:19|20)\d\d"
              rf"|\d{{1,2}}\s+{_MON},?\s+(?:19|20)\d\d|(?:19|20)\d\d\s*년\s*\d{{1,2}}\s*월\s*\d{{1,2}}\s*일)")
# A line that only dates the page ('25 July 2024, 09:12 CET', 'All News 10:02 April 01, 2024').
_DATE_ONLY = (rf"(?:[A-Za-z]+[ \t]+){{0,3}}(?:{_CLOCK}[ \t]+)?(?:{_WEEKDAY},?[ \t]+)?{_BARE_DATE}"
              rf"(?:[ \t]*\({_WEEKDAY}\))?(?:[ \t,]+{_CLOCK})?(?:[ \t]*{_ZONE})?(?:[ \t]*[|/·][^\n]{{0,40}})?")

# Lines dropped whole (each pattern must match the entire line). Patterns that begin with a
# keyword are tried on every short line; the ones that must scan into the line ('... (Yonhap)',
# '... all rights reserved') only when a cheap substring test says they can match.
_ANCHORED = [
    # breadcrumbs: 'HOME > Resources > Newsletters'
    r"(?:home|홈)\s*[>›»/|][^\n]{0,150}",
    # header label + short value ('Author KH', 'Read 25', 'Attach File -'), the value maybe on the next line
    r"(?:read|reads|views?|hits|조회수?)\b[ \t]*[:：]?\s*[\d,]+",
    r"(?:author|writer|reporter|editor|작성자)\b[ \t]*[:：]?\s*[^\n.!?]{1,40}",
    r"(?:attach(?:ed)?[ \t]*files?|attachments?|첨부파일?)[ \t]*[:：]?\s*(?:-|none|없음|[^\n]{1,80}\.(?:pdf|hwp|hwpx|docx?|xlsx?|pptx?|zip|jpe?g|png)(?:\s*\([^)\n]*\))?)",
    rf"{_DATE_LABEL}[ \t]*[:：]?\s*{_DATE_VALUE}",  # 'Post Date\n\n2025-05-02', 'Published : Mar. 3, 2021'
    # header labels alone on their line
    r"(?:title|author|writer|reporter|editor|by|read|reads|views?|hits|attach(?:ed)?[ \t]*files?|attachments?|files?|category|categories"
    r"|share|print|list|tags?|keywords?|post\s*date|published|updated|posted|date|조회수?|첨부파일?|작성자|기자|입력|수정)[ \t]*[:：]?",
    # e-mail headers of a newsletter sent by mail ('Subject:' is the title, kept by _TITLE_LABEL)
    r"(?:from|sent|to|cc|bcc|reply-to)\s*:\s*[^\n]{1,200}",
    # bylines, maybe with a date: 'By Jung Min-soo Apr 25 (Thu), 2024'
    r"by\s+(?:(?-i:[A-Z])[\w.'’\-]*\s*){1,4}(?:\(?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\)?)?(?:\s*[,|/]\s*[^\n.]{0,60})?",
    rf"by\s+(?:(?-i:[A-Z])[\w.'’\-]*[ \t]+){{1,4}}[,|/·]?[ \t]*{_DATE_ONLY}",
    r"(?:edited|compiled|translated|reported|written|reporting)\s+by\s+[^\n.]{1,60}",
    # photo credits
    r"(?:photo|photograph|image|graphic|illustration|video)s?\s*(?:by|courtesy(?:\s+of)?|credit|provided\s+by|source|=|:)[^\n]{0,100}",
    r"(?:courtesy\s+of|provided\s+by|source\s*:\s*getty)[^\n]{0,80}",
    r"[\[(][^\n\])]{0,80}(?:photo|image|courtesy|provided|getty|file)[^\n\])]{0,40}[\])]",
    rf"[\[(/]?\s*{_AGENCY}(?:\s+(?:photo|file\s+photo|news|graphic))?\s*[\])]?",
    r"\(END\)|\(end\)|-?\s*END\s*-?",
    # share/print/e-mail buttons and font controls: a line made only of these words
    r"[\W_]*(?:(?:share(?:\s+(?:this|on))?|print|e-?mail|facebook|twitter|x|kakao(?:talk|story)?|line|linkedin|naver|band|blog"
    r"|copy(?:\s+(?:url|link))?|url|link|font|size|text\s+size|a\+|a-|listen|save|like|bookmark|scrap|tweet|pinterest"
    r"|reddit|whatsapp|telegram|sms|more|close|top|back\s+to\s+top|go\s+to\s+top|공유|인쇄|스크랩|글자\s*크기)[\W_]*){1,16}",
    # copyright notices that start the line
    r"(?:copyright|ⓒ|©|\(c\)|unauthorized\s+(?:reproduction|copying|redistribution))[^\n]{0,250}",
    # prev/next links near the top (in the tail they cut the rest, see _TAIL_MARKER)
    r"(?:[◀◁<«]\s*)?(?:prev(?:ious)?|next)(?:\s+(?:article|post|story|news|page|item))?\s*(?:[▶▷>»:][^\n]{0,150})?",
    # subscribe / sign-in prompts
    r"(?:subscribe|sign\s*up|sign\s*in|log\s*in|log\s*out|register|join\s+now|subscribe\s+(?:to|now|for)[^\n]{0,60}"
    r"|get\s+(?:the|our)\s+[^\n]{0,40}newsletter|newsletter\s+sign-?up)[\W]*",
    # tag and keyword lists
    r"(?:tags?|keywords?|related\s+(?:tags|keywords|topics)|topics?)\s*[:：][^\n]{0,300}",
    r"(?:#[\w\-]+[ ,]*){2,}",
    # misc. page chrome
    r"(?:advertisement|ad|sponsored(?:\s+content)?|read\s+more|continue\s+reading|click\s+here[^\n]{0,60}|see\s+more"
    r"|view\s+(?:more|all|original)|go\s+to\s+list|back\s+to\s+list|목록(?:으로)?|no\s+data[ .…]*|comments?\s*[:(]?\s*\d+\)?"
    r"|comments\s+are\s+closed\.?|forwarded\s+this\s+e-?mail\?[^\n]{0,120})",
    # lines without a single letter or digit ('-', '|', '···')
    r"[^\w\n]+",
]
_EDGE = r"[ \t]*(?:{})[ \t]*$\n?"
_DROP = re.compile(_EDGE.format("|".join(f"(?:{p})" for p in _ANCHORED)), _F)


# Lines with a digit may be a bare or labelled date line ('25 July 2024, 09:12 CET', 'Oh Jae-won Published ...').
_DATED = re.compile(_EDGE.format(
    rf"(?:(?-i:[A-Z])[\w'’\-]*[ \t]+){{0,4}}{_DATE_LABEL}[ \t]*[:：]?\s*{_DATE_VALUE}|{_DATE_ONLY}"), _F)
_DIGIT = re.compile(r"\d")

# Patterns that scan into the line, each behind a cheap test on the line and its lower-case form.
_GUARDED = [(test, re.compile(_EDGE.format(p), _F)) for test, p in [
    (lambda line, low: ">" in line or "›" in line or "»" in line,                    # 'News › Industry › Chips'
     r"(?:[^\n>›».!?]{1,40}\s[>›»]\s){2,}[^\n>›».!?]{1,60}"),
    (lambda line, low: line.rstrip().endswith((")", "]")),                            # caption ending in a credit
     rf"[^\n.!?\"”]{{0,150}}[ \t]*[\[(](?:photo\s*[:=]?\s*)?{_AGENCY}(?:\s+(?:photo|file\s+photo))?[\])]"),
    (lambda line, low: line.rstrip().endswith((")", "]")),                            # '... (Courtesy of Hyundai Motor)'
     r"[^\n.!?\"”]{0,150}[ \t]*[\[(](?:photo|image|courtesy|provided|source)[^\n\])]{0,60}[\])]"),
    (lambda line, low: "@" in line,                                                   # contact lines
     r"[^\n@]{0,100}[\w.+-]+@[\w-]+(?:\.[\w-]+)+[^\n@]{0,40}"),
    (lambda line, low: "reporter" in low or "writer" in low or "correspondent" in low or "contributor" in low,
     r"(?:(?-i:[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){1,3})\s*,?\s*)?(?:staff\s+)?(?:reporter|writer|correspondent|contributor)"
     r"\s*(?:\(?[\w.+-]+@[\w.-]+\)?)?"),
    (lambda line, low: "reproduction" in low or "redistribution" in low,
     r"[^\n]{0,120}(?:reproduction|redistribution)\s+(?:is\s+)?(?:prohibited|forbidden|not\s+permitted)[^\n]{0,80}"),
    (lambda line, low: "rights reserved" in low, r"[^\n]{0,150}all\s+rights\s+reserved[^\n]{0,100}"),
    (lambda line, low: "무단" in line or "재배포" in line, r"[^\n]{0,80}(?:무단\s*전재|재배포\s*금지)[^\n]{0,80}"),
]]

# Any guarded pattern needs one of these in the line: one C-speed search spares ten Python tests.
_GUARD_TRIGGER = re.compile(r"[>›»@)\]]|reporter|writer|correspondent|contributor|reproduction|redistribution"
                            r"|rights\s+reserved|무단|재배포", re.I)
_MAX_FURNITURE_LINE = 400  # no furniture line is longer; paragraphs are not even tried

# Inline credits removed from inside a line that is otherwise kept.
# Starts with a lookahead for the bracket so the regex engine can skip ahead to brackets (3x faster);
# the space left before a removed credit is tidied later.
_INLINE_CREDIT = re.compile(
    r"(?=[\[(])(?:\[(?:[^\]\n]{0,60}?\b(?:photo|image|graphic)s?\b[^\]\n]{0,60}|" + _AGENCY + r")\]"
    r"|\((?:photo|image)s?\s*(?:=|:|by|courtesy\s+of|provided\s+by)[^)\n]{0,60}\)"
    r"|[\[(]\s*" + _AGENCY + r"(?:\s+(?:photo|file\s+photo))?\s*[\])](?=[ \t]*$))",
    _F)

# Where the article ends: what follows is other stories, comments, links.
_TAIL_MARKER = re.compile(
    r"^[ \t]*(?:[◀◁<«]\s*)?(?:prev(?:ious)?|next)(?:\s+(?:article|post|story|news|page|item))?\s*(?:[▶▷>»:][^\n]{0,150})?[ \t]*$"
    r"|^[ \t]*(?:이전글|다음글)[^\n]{0,150}$"
    r"|^[ \t]*(?:related\s+(?:articles?|news|stories|posts)|most\s+(?:read|viewed|popular)|popular\s+(?:news|articles?|stories)"
    r"|recommended(?:\s+(?:articles?|news|stories|for\s+you))?|more\s+(?:from|news|stories|articles)[^\n]{0,40}|latest\s+(?:news|articles?|stories)"
    r"|further\s+reading|read\s+(?:more|next|also)|see\s+also"
    r"|about\s+(?:the\s+)?(?-i:[A-Z])[\w&.'’\-]*(?:\s+[\w&.'’\-]+){0,3}|media\s+contacts?|press\s+contacts?|\#{3}"
    r"|you\s+(?:might|may)\s+also\s+like|other\s+(?:news|articles?)|comments?(?:\s*\(\d+\))?|leave\s+a\s+(?:comment|reply)|관련\s*기사|많이\s*본\s*뉴스)[ \t:]*$",
    _F)
_TAIL_FRACTION = 0.5  # a marker in the second half of the text ends the article
_TITLE_LABEL = re.compile(r"^[ \t]*(?:title|subject|제목)[ \t]*[:：][ \t]*(?=\S)", _F)


def strip_furniture(text: str) -> str:
    """The text with furniture lines removed and the tail after prev/next/related cut off."""
    text = _cut_tail(text)
    text = _drop_lines(text)  # before inline credits: a caption is recognised by its credit
    text = _INLINE_CREDIT.sub("", text)
    return _TITLE_LABEL.sub("", text)


def _drop_lines(text: str) -> str:
    """Remove the furniture lines.

    Walks line starts in Python and tries the pattern only on short lines: a
    '^'-anchored regex over the whole text would be attempted (and fail) at
    every character, which costs more than all the matching.
    """
    out: list[str] = []
    keep_from = 0
    pos = 0
    n = len(text)
    match = _DROP.match
    trigger = _GUARD_TRIGGER.search
    digit = _DIGIT.search
    dated = _DATED.match
    while pos < n:
        end = text.find("\n", pos)
        if end == -1:
            end = n
        if end == pos:  # blank line
            pos += 1
            continue
        if end - pos <= _MAX_FURNITURE_LINE:
            m = match(text, pos)
            if m is None and digit(text, pos, end):
                m = dated(text, pos)
            if m is None and trigger(text, pos, end):
                line = text[pos:end]
                low = line.lower()
                for test, pattern in _GUARDED:
                    if test(line, low):
                        m = pattern.match(text, pos)
                        if m is not None:
                            break
            if m is not None and m.end() > pos:
                out.append(text[keep_from:pos])
                keep_from = pos = m.end()
                continue
        pos = end + 1
    out.append(text[keep_from:])
    return "".join(out)


def _cut_tail(text: str) -> str:
    """Cut at the first tail marker in the second half; earlier markers lose only their line and link."""
    m = _TAIL_MARKER.search(text, int(len(text) * _TAIL_FRACTION))
    return text if m is None else text[: m.start()]


_LABELLED_TITLE = re.compile(r"^[ \t]*(?:title|subject|제목)[ \t]*[:：]?[ \t]*(?:\n[ \t]*)*\n?[ \t]*([^\n]{3,300})$", re.I | re.M)


def labelled_title(text: str) -> str | None:
    """The value of a 'Title' header label (same line or next non-blank line), if any."""
    m = _LABELLED_TITLE.search(text, 0, min(len(text), 6000))
    return m.group(1).strip() if m else None
