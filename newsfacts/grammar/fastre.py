"""Fast case-insensitive word searches.

CPython's ``re`` skips quickly through text only when a pattern starts with literals; a pattern such as
``\\b(?:since|before|...)`` compiled with IGNORECASE is tried at every position instead (3-5× slower, and
these searches run on every sentence). So the hot word lists are compiled as plain lowercase
alternations, run on the lowercased text, and the word boundaries are checked here.
"""
from __future__ import annotations

import re


_last_fold: tuple[str, str] = ("", "")  # one sentence is folded by many grammars in a row


def fold(text: str) -> str:
    """``text`` lowercased with every character kept at its offset (spans stay valid on the original)."""
    global _last_fold
    last = _last_fold
    if text is last[0]:
        return last[1]
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)  # 'İ' lowercases to two characters
    _last_fold = (text, low)
    return low


def words(pattern: str) -> re.Pattern:
    """A lowercase alternation (regex syntax, no leading ``\\b``) to use with :func:`search` / :func:`finditer`."""
    return re.compile(pattern)


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


def _bounded(low: str, start: int, end: int, left: bool, right: bool) -> bool:
    if left and start > 0 and _is_word(low[start - 1]) and _is_word(low[start]):
        return False
    if right and end < len(low) and end > start and _is_word(low[end - 1]) and _is_word(low[end]):
        return False
    return True


def search(rx: re.Pattern, low: str, pos: int = 0, endpos: int | None = None, *,
           left: bool = True, right: bool = True) -> re.Match | None:
    """First match of ``rx`` in ``low`` (folded text) that starts (``left``) and ends (``right``) on a word
    boundary, like ``\\b(?:...)\\b`` with IGNORECASE on the original text."""
    endpos = len(low) if endpos is None else endpos
    while True:
        m = rx.search(low, pos, endpos)
        if m is None or _bounded(low, m.start(), m.end(), left, right):
            return m
        pos = m.start() + 1


def finditer(rx: re.Pattern, low: str, pos: int = 0, *, left: bool = True, right: bool = True):
    """Non-overlapping word-bounded matches, left to right (like ``finditer`` of the ``\\b`` form)."""
    while True:
        m = search(rx, low, pos, left=left, right=right)
        if m is None:
            return
        yield m
        pos = m.end() if m.end() > m.start() else m.start() + 1


def trie(words: list[str]) -> str:
    """A regex alternation shaped as a trie (shared prefixes factored out): many times faster
    than a flat alternation of hundreds of names. Longer words win over their prefixes."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = []
        for ch in sorted(k for k in node if k):
            esc = r"\s+" if ch == " " else re.escape(ch)
            branches.append(esc + build(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)
