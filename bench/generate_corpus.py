#!/usr/bin/env python3
"""Write a synthetic benchmark corpus of Korean-industry news with gold facts.

    python bench/generate_corpus.py --out DIR [-n 10000] [--seed 7] [-j JOBS]
    python bench/generate_corpus.py --out DIR --only-new K [--start N] [--seed 7]

Layout written under DIR:

    DIR/docs/bench_000000.txt ...   the documents (.txt, some .html and .md)
    DIR/gold.jsonl                  expected facts, the format of shared/eval/gold_*.jsonl
    DIR/manifest.json               seed, document count, per-run counts by style/encoding/extension

Documents are kept apart from gold.jsonl so DIR/docs can be used as a landing
folder as is. Document i depends only on (seed, i) -- not on -n, the number of
worker processes (-j, default: all cores) or Python's hash seed -- so the first
100 documents of a 10,000 run are the same files as a 100 run, and
``--only-new K --start N`` writes documents N..N+K-1 (merging their gold lines
into gold.jsonl; N defaults to after the last existing document), which is how
the incremental benchmarks add 1 or 100 documents to a warehouse. A full run
replaces the bench_* files already in DIR/docs.

Styles (weights in STYLES): Yonhap-like wire stories on monthly and 10/20-day
trade data, earnings reports (incl. losses, preliminary guidance, consensus,
results tables), trade-data releases (bullets, item tables), KITA-style
analyses, market-share reports with ranking lists and tables, Gartner-style
vendor tables, multi-item newsletters with noise sections, short briefs.
Encodings: UTF-8, UTF-8 with BOM, CP949 (with Hangul), and CP949 text decoded as
Latin-1 then saved as UTF-8 (the ``¡°...¡±`` mojibake). Templates and
vocabularies live in corpus_templates.py and corpus_vocab.py.

Gold facts follow shared/spec/warehouse.md: values in currency units (losses
negative), periods 'YYYY', 'YYYY-Hn', 'YYYY-Qn', 'YYYY-MM' or 'A..B' resolved
against the document date (a year-less 'the first quarter' is only written when
it can mean one quarter), canonical company names and lowercase product/market
labels as in newsfacts/vocab, evidence = the sentence as printed (or
"Table row: <cells joined by single spaces>"). A figure repeated in one
document (headline, summary bullet, table) is one fact. Optional facts
(neither rewarded nor punished by score.py): "(US$... )" conversions, the
consensus a result is compared with, a division's profit, Samsung's foundry
revenue in a foundry ranking. Noise -- budgets, surveys, prices, orders,
investments, market sizes, margins, imports, balances, daily averages, shares
of exports or costs, 'Others'/'Total' rows -- is never gold. Statements whose
period needs the document date are left out of the gold of the ~3% undated
documents. Standard library only.
"""
from __future__ import annotations

import argparse
import calendar
import datetime as dt
import functools
import html
import json
import math
import multiprocessing
import os
import random
import re
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus_templates as T  # noqa: E402
import corpus_vocab as V  # noqa: E402

GOLD_KEYS = ("doc", "table", "metric", "company", "exporter", "destination", "product", "market", "basis", "rank",
             "period", "value", "unit", "change_pct", "qualifier", "optional", "evidence")
CO = {c["name"]: c for c in V.COMPANIES}
KR_COS = [c["name"] for c in V.COMPANIES if c["cur"] == "KRW"]
MKT = {m["label"]: m for m in V.MARKETS}
FIRST_DATE = dt.date(2019, 2, 1)
LAST_DATE = dt.date(2026, 11, 15)  # no article after mid-November 2026 (the data ends in October 2026)

# content style -> weight
STYLES = {"exports_wire": 13, "exports_early": 5, "earnings": 22, "trade_release": 10, "market_share": 16,
          "newsletter": 14, "brief": 10, "semis_table": 4, "kita_analysis": 6}


# --- small helpers ----------------------------------------------------------------

def pick(rng, seq):
    return seq[int(rng.random() * len(seq))]


def wpick(rng, pairs):
    total = sum(w for _, w in pairs)
    r = rng.random() * total
    for item, w in pairs:
        r -= w
        if r < 0:
            return item
    return pairs[-1][0]


def month_end(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def a_or_an(num_text):
    ip = num_text.split(".")[0].replace(",", "")
    if ip.startswith("8") or ip in ("11", "18") or (len(ip) == 5 and ip[:2] in ("11", "18")):
        return "an"
    return "a"


def possessive(name):
    return name + ("'" if name.endswith("s") else "'s")


def strip_zeros(s):
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def with_commas(s):
    ip, _, fp = s.partition(".")
    neg = ip.startswith("-")
    ip = ip.lstrip("-")
    ip = f"{int(ip):,}"
    return ("-" if neg else "") + ip + ("." + fp if fp else "")


_WS = re.compile(r" {2,}")


def render(tmpl, slots):
    s = tmpl.format_map(slots)
    s = _WS.sub(" ", s).replace(" ,", ",").replace(" .", ".").strip()
    return s[0].upper() + s[1:]


def cap(s):
    return s[0].upper() + s[1:] if s else s


# --- periods ------------------------------------------------------------------------

class Per:
    """A period: Y (year), H (a=half), Q (a=quarter), M (a=month), R (months a..b),
    D (days: y-m-a .. y-m2-b)."""
    __slots__ = ("kind", "y", "a", "b", "m", "m2", "_bk")

    def __init__(self, kind, y, a=0, b=0, m=0, m2=0):
        self.kind, self.y, self.a, self.b, self.m, self.m2 = kind, y, a, b, m, m2
        self._bk = None

    def label(self):
        k, y, a = self.kind, self.y, self.a
        if k == "Y":
            return f"{y}"
        if k == "H":
            return f"{y}-H{a}"
        if k == "Q":
            return f"{y}-Q{a}"
        if k == "M":
            return f"{y}-{a:02d}"
        if k == "R":
            return f"{y}-{a:02d}..{y}-{self.b:02d}"
        return f"{y}-{self.m:02d}-{a:02d}..{y}-{self.m2:02d}-{self.b:02d}"

    def end(self):
        k, y, a = self.kind, self.y, self.a
        if k == "Y":
            return dt.date(y, 12, 31)
        if k == "H":
            return month_end(y, 6 * a)
        if k == "Q":
            return month_end(y, 3 * a)
        if k == "M":
            return month_end(y, a)
        if k == "R":
            return month_end(y, self.b)
        return dt.date(y, self.m2, self.b)

    def start(self):
        k = self.kind
        if k == "D":
            return dt.date(self.y, self.m, self.a)
        if k in ("Y",):
            return dt.date(self.y, 1, 1)
        m0 = {"H": 6 * self.a - 5, "Q": 3 * self.a - 2, "M": self.a, "R": self.a}[k]
        return dt.date(self.y, m0, 1)

    def bkey(self):
        """Same dates, same key: 'January-March' and 'the first quarter' are one period."""
        if self._bk is None:
            self._bk = f"{self.start().isoformat()}..{self.end().isoformat()}"
        return self._bk

    def shift(self, dy):
        b = self.b
        if self.kind == "D" and self.m2 == 2 and b == 29:
            b = 28
        return Per(self.kind, self.y + dy, self.a, b, self.m, self.m2)

    def months(self):
        k = self.kind
        if k == "D":
            days = (self.end() - dt.date(self.y, self.m, self.a)).days + 1
            return days / 30.4
        return {"Y": 12, "H": 6, "Q": 3, "M": 1}.get(k) or (self.b - self.a + 1)

    def prev_quarter(self):
        return Per("Q", self.y, self.a - 1) if self.a > 1 else Per("Q", self.y - 1, 4)

    def next_quarter(self):
        return Per("Q", self.y, self.a + 1) if self.a < 4 else Per("Q", self.y + 1, 1)

    def short(self):
        """Headline form: '1Q24', 'March', '2023'."""
        k = self.kind
        if k == "Q":
            return f"Q{self.a}"
        if k == "M":
            return V.MONTHS[self.a - 1]
        if k == "H":
            return f"H{self.a}"
        if k == "R":
            return f"{V.MONTHS[self.a - 1]}-{V.MONTHS[self.b - 1]}"
        if k == "D":
            return f"first {self.b} days of {V.MONTHS[self.m2 - 1]}"
        return str(self.y)


QN = ["first", "second", "third", "fourth"]
QSPAN = ["January-March", "April-June", "July-September", "October-December"]


class Phrase:
    __slots__ = ("in_per", "for_per", "needs_date", "text")

    def __init__(self, text, prep, needs_date):
        self.text = text
        self.needs_date = needs_date
        if prep == "":  # 'last year', 'from January to July': no preposition ('for last year' in for-slots)
            self.in_per = text
            self.for_per = "for " + text if text.split()[0] in ("last", "this") and len(text.split()) == 2 else text
        elif prep == "for":
            self.in_per = self.for_per = "for " + text
        else:
            self.in_per, self.for_per = "in " + text, "for " + text


def per_forms(p, D):
    """(text, preposition, needs_date, weight) ways to print period p in a document dated D.

    Year-less forms ('the first quarter', 'March', 'from January to July') are
    offered only when they name the latest instance that ended before D and the
    next one has not begun yet (so 'in November' is never written in November),
    which is how a reader resolves them unambiguously; 'this year'/'last year'
    forms only relative to D."""
    out = []
    y, yy = p.y, f"{p.y % 100:02d}"
    k = p.kind
    yl = D is not None and p.end() < D < p.shift(1).start()
    this = D is not None and y == D.year
    last = D is not None and y == D.year - 1
    if k == "Y":
        out += [(f"{y}", "in", False, 3), (f"the whole of {y}", "for", False, 1)]
        if last:
            out += [("last year", "", True, 5), ("the whole of last year", "for", True, 1)]
        if this:
            out += [("this year", "", True, 3)]
    elif k == "Q":
        q = p.a
        qn, span = QN[q - 1], QSPAN[q - 1]
        out += [(f"the {qn} quarter of {y}", "in", False, 3), (f"Q{q} {y}", "in", False, 1),
                (f"{q}Q{yy}", "in", False, 1), (f"the {span} quarter of {y}", "in", False, 0.5)]
        if yl:
            out += [(f"the {qn} quarter", "in", True, 6), (f"the {span} quarter", "in", True, 1),
                    (f"the {span} period", "in", True, 0.5)]
        if this:
            out += [(f"the {qn} quarter of this year", "in", True, 2)]
        if last:
            out += [(f"the {qn} quarter of last year", "in", True, 2)]
    elif k == "H":
        h = p.a
        hn, span = ("first", "January-June") if h == 1 else ("second", "July-December")
        out += [(f"the {hn} half of {y}", "in", False, 3), (f"H{h} {y}", "in", False, 1),
                (f"{h}H{yy}", "in", False, 0.5)]
        if yl:
            out += [(f"the {hn} half", "in", True, 4), (f"the {span} period", "in", True, 1)]
        if this:
            out += [(f"the {hn} half of this year", "in", True, 2)]
        if last:
            out += [(f"the {hn} half of last year", "in", True, 2)]
    elif k == "M":
        mon = V.MONTHS[p.a - 1]
        out += [(f"{mon} {y}", "in", False, 2)]
        if yl:
            out += [(mon, "in", True, 6)]
        if D is not None and (D.year * 12 + D.month - 1) - (y * 12 + p.a - 1) == 1:
            out += [("last month", "", True, 2)]
        if this:
            out += [(f"{mon} this year", "in", True, 0.7)]
        if last:
            out += [(f"{mon} last year", "in", True, 0.7)]
    elif k == "R":
        ma, mb, n = V.MONTHS[p.a - 1], V.MONTHS[p.b - 1], p.b - p.a + 1
        cw = V.COUNT_WORDS[n]
        out += [(f"the {ma}-{mb} period of {y}", "in", False, 1.5), (f"{ma}-{mb} {y}", "in", False, 1)]
        if p.a == 1:
            out += [(f"the first {cw} months of {y}", "in", False, 1)]
        if yl:
            out += [(f"the {ma}-{mb} period", "in", True, 3), (f"from {ma} to {mb}", "", True, 2),
                    (f"{ma}-{mb}", "in", True, 1), (f"the {ma} through {mb} period", "in", True, 0.5)]
            if p.a == 1:
                out += [(f"the first {cw} months", "in", True, 1)]
        if this and p.a == 1:
            out += [(f"the first {cw} months of this year", "in", True, 2)]
        if last and p.a == 1:
            out += [(f"the first {cw} months of last year", "in", True, 1)]
    else:  # D
        if p.m == p.m2 and p.a == 1:
            mon = V.MONTHS[p.m - 1]
            out += [(f"the first {p.b} days of {mon} {y}", "in", False, 0.5)]
            if yl:
                out += [(f"the first {p.b} days of {mon}", "in", True, 4), (f"the {mon} 1-{p.b} period", "in", True, 2)]
            if D is not None and D.year == y and D.month == p.m:
                out += [(f"the first {p.b} days of this month", "in", True, 1)]
        else:
            mon2 = V.MONTHS[p.m2 - 1]
            out += [(f"from January 1 to {mon2} {p.b}, {y}", "", False, 1)]
            if this:
                out += [(f"this year through {mon2} {p.b}", "", True, 2)]
            if yl:
                out += [(f"from January 1 to {mon2} {p.b}", "", True, 2)]
    return out


def phrase(doc, p, absolute=False):
    """Pick a way to print p in doc. Undated documents print relative forms too
    (their facts are then unresolvable and left out of the gold), but less often."""
    rng = doc.rng
    forms = per_forms(p, doc.date)
    if absolute or (doc.undated and rng.random() < 0.5):
        forms = [f for f in forms if not f[2]] or forms
    text, prep, nd, _ = wpick(rng, [(f, f[3]) for f in forms])
    return Phrase(text, prep, nd)


def prev_ref(rng, p, D, main_needs_date):
    """How the text refers to the same period a year earlier; returns (text, needs_date)."""
    if rng.random() < 0.2:
        forms = per_forms(p.shift(-1), None)
        text, prep, nd, _ = wpick(rng, [(f, f[3]) for f in forms])
        return Phrase(text, prep, nd).in_per, False
    if p.kind == "Y":
        return pick(rng, V.PREV_REF_YEAR), main_needs_date
    return pick(rng, V.PREV_REF), main_needs_date


@functools.lru_cache(maxsize=4096)
def period_key(label):
    """Date bounds of a gold period label (the same rule as shared/eval/score.py)."""
    if ".." in label:
        a, b = label.split("..")
        return period_key(a).split("..")[0] + ".." + period_key(b).split("..")[1]
    parts = label.split("-")
    y = int(parts[0])
    if len(parts) == 1:
        return Per("Y", y).bkey()
    if parts[1][0] == "H":
        return Per("H", y, int(parts[1][1])).bkey()
    if parts[1][0] == "Q":
        return Per("Q", y, int(parts[1][1])).bkey()
    if len(parts) == 2:
        return Per("M", y, int(parts[1])).bkey()
    d = f"{y}-{parts[1]}-{parts[2]}"
    return f"{d}..{d}"


# --- numbers ----------------------------------------------------------------------------

SCALES = ((1e12, "trillion", Decimal(10) ** 12), (1e9, "billion", Decimal(10) ** 9), (1e6, "million", Decimal(10) ** 6))


def _round_sig(m, sig, mode):
    e = math.floor(math.log10(m)) - sig + 1
    q = 10.0 ** e
    if mode == "floor":
        r = math.floor(m / q) * q
    elif mode == "ceil":
        r = math.ceil(m / q) * q
    else:
        r = round(m / q) * q
    dec = max(0, -e)
    return f"{r:.{dec}f}"


def fmt_pct_num(rng, x, dec=1):
    x = abs(x)
    if x >= 100 and rng.random() < 0.5:
        dec = 0
    s = f"{x:.{dec}f}"
    if float(s) == 0:
        s = "0.1"
    return s


# --- the document ---------------------------------------------------------------------------

class Doc:
    def __init__(self, name, rng, date, enc, ext, style):
        self.name, self.rng, self.date, self.enc, self.ext, self.style = name, rng, date, enc, ext, style
        self.cp949 = enc in ("cp949", "mojibake")
        self.blocks = []
        self.facts = []
        self.keys = set()
        self.memo = {}
        self.mentioned = set()
        self.in_doc = set()
        self.house = {}
        self.pct_word = rng.random() < 0.5
        self.basis_stated = {}
        self.title = None
        self.date_style = None
        self.outlet = pick(rng, V.OUTLETS)
        self.used_fillers = set()
        self.used_noise = set()
        self.used_pool = set()
        self.seed = 0
        self.items_used = set()
        self._size = 0
        self.trade_months = 1.0  # scale of the import/balance figures in trade noise
        self.undated = False

    # ---- facts
    def add(self, sentence, facts):
        for f in facts:
            if f.pop("_nd", False) and self.undated:
                continue
            key = (f["table"], f["metric"], f["company"], f["exporter"], f["destination"], f["product"], f["market"],
                   period_key(f["period"]), f["unit"], f["qualifier"] in ("forecast", "estimate"), f["optional"])
            if key in self.keys:
                continue
            self.keys.add(key)
            f["doc"] = self.name
            f["evidence"] = sentence
            self.facts.append(f)
        return sentence

    def say(self, tmpl, slots, facts=()):
        return self.add(render(tmpl, slots), facts)

    # ---- names
    def co(self, name, poss=False, first_full=True, kr=True):
        rng = self.rng
        c = CO.get(name)
        aliases = c["aliases"] if c else V.SHARE_ONLY.get(name, [name])
        self.in_doc.add(name)
        if name not in self.mentioned:
            text = aliases[0] if first_full or len(aliases) == 1 else pick(rng, aliases)
            if c and self.cp949 and c["kr"] and not poss and kr and c["kr"] != text:
                text = f"{text} ({c['kr']})"
            if not poss:
                self.mentioned.add(name)
        else:
            ok = [a for a in aliases if not self._clash(a, name)]
            text = pick(rng, ok or aliases)
        return possessive(text) if poss else text

    def _clash(self, alias, name):
        if " " in alias:
            return False
        return any(o != name and o.split()[0] == alias for o in self.in_doc)

    def money_form(self, cur):
        forms = [f for f in V.MONEY_FORMS[cur] if not (f[2] and self.cp949)]
        if cur not in self.house:
            self.house[cur] = wpick(self.rng, [(f[0], f[1]) for f in forms])
        if self.rng.random() < 0.8:
            return self.house[cur]
        return wpick(self.rng, [(f[0], f[1]) for f in forms])

    def pct(self, s):
        return f"{s} percent" if self.pct_word else f"{s}%"

    # ---- money
    def money(self, amount, cur, qual="exact", precise=True, plain=False, special=True):
        """Print |amount| in currency cur; returns (text, Decimal value as printed)."""
        rng = self.rng
        a = abs(amount)
        for lim, word, dscale in SCALES:
            if a >= lim:
                break
        m = a / lim
        if qual == "exact":
            if m >= 100:
                dec = pick(rng, (0, 0, 1))
            elif m >= 10:
                dec = pick(rng, (1, 1, 2)) if precise else pick(rng, (0, 1, 1, 2))
            else:
                opts = (2, 2, 3, 4) if word == "trillion" and cur in ("KRW", "TWD") else (2, 2, 1) if not precise else (2,)
                dec = pick(rng, opts)
            s = f"{m:.{dec}f}"
            if float(s) >= 1000 and dec:
                s = f"{m:.0f}"
        else:
            mode = {"approx": "round", "at_least": "floor", "at_most": "ceil", "forecast": "round"}[qual]
            sig = 2 if (qual != "at_least" or rng.random() < 0.5) else 1
            s = _round_sig(m, sig, mode)
        s = strip_zeros(s)
        value = Decimal(s) * dscale
        ntext = with_commas(s) if float(s) >= 1000 else s
        text = None
        if special and cur == "KRW" and word == "trillion" and "." in s and len(s.split(".")[1]) >= 2 \
                and rng.random() < 0.12:
            ip, fp = s.split(".")
            rem = strip_zeros(str(Decimal("0." + fp) * 1000))
            if Decimal(rem) >= 1 and int(ip) >= 1:
                text = f"{ip} trillion {rem} billion won"
        if text is None and special and cur in ("KRW", "USD") and qual == "exact" and "." in s \
                and len(s.split(".")[1]) == 1 and float(s) < 20 and rng.random() < 0.04:
            ip, fp = s.split(".")
            text = f"{V.NUMBER_WORDS[int(ip)]}-point-{V.NUMBER_WORDS[int(fp)]} {word} {'won' if cur == 'KRW' else 'dollars'}"
        if text is None:
            form = self.money_form(cur)
            text = form.format(n=ntext, s=word, sa=V.SCALE_ABBR[word])
        if qual in ("approx", "at_least", "at_most") and not plain:
            text = f"{pick(rng, V.QUALIFIER_WORDS[qual])} {text}"
        return text, value

    def conversion(self, amount, cur):
        lo, hi = V.USD_RATE[cur]
        usd = abs(amount) / self.rng.uniform(lo, hi)
        for lim, word, dscale in SCALES:
            if usd >= lim:
                break
        s = strip_zeros(_round_sig(usd / lim, 3 if usd / lim >= 10 else 2, "round"))
        form = pick(self.rng, V.CONVERSION_FORMS)
        return form.format(n=s, s=word), Decimal(s) * dscale

    def share_text(self, v, pct_sign=False):
        s = f"{v:.1f}"
        if s.endswith(".0") and self.rng.random() < 0.4:
            s = s[:-2]
        return (f"{s}%" if pct_sign or not self.pct_word else f"{s} percent"), Decimal(s)

    # ---- amounts (memoised so every mention of one figure agrees)
    def _m(self, key, fn):
        v = self.memo.get(key)
        if v is None:
            v = self.memo[key] = fn()
        return v

    def _growth(self, ent, y, lo, hi):
        """Cumulative growth factor of an entity from 2023 to year y (one drawn rate per year)."""
        f = 1.0
        for k in range(min(y, 2023) + 1, max(y, 2023) + 1):
            g = 1 + self._m(("g", ent, k), lambda: self.rng.uniform(lo, hi))
            f = f * g if y > 2023 else f / g
        return f

    # Every figure is built from monthly (exports) or quarterly (companies) values, so
    # halves, years and January-to-month ranges are sums and all mentions agree.
    def export_month(self, ent, y, m):
        rng = self.rng
        exporter, dest, product = ent

        def base():
            if exporter != "KR":
                return rng.uniform(*next(o for o in V.OTHER_EXPORTERS if o[0] == exporter)[3])
            if product:
                pr = next(x for x in V.PRODUCTS if x["label"] == product)
                b = rng.uniform(*pr["month"])
                return b * rng.uniform(0.1, 0.45) if dest != "WORLD" else b
            if dest != "WORLD":
                return rng.uniform(*next(d for d in V.DESTINATIONS if d[0] == dest)[2])
            return rng.uniform(*V.KR_EXPORT_MONTH)
        wide = product in ("cathode materials", "secondary batteries", "electric vehicles", "ships")
        lo, hi = (-0.25, 0.6) if wide else (-0.15, 0.25) if product else (-0.1, 0.12)
        b = self._m(("xb", ent), base)
        return self._m(("xm", ent, y, m), lambda: b * self._growth(("x", ent), y, lo, hi) * rng.uniform(0.9, 1.1))

    def export_amount(self, exporter, dest, product, p):
        ent = (exporter, dest, product)

        def calc():
            if p.kind == "D":
                tot = sum(self.export_month(ent, p.y, mm) for mm in range(p.m, p.m2))
                dim = calendar.monthrange(p.y, p.m2)[1]
                part = self.export_month(ent, p.y, p.m2) * p.b / dim * self.rng.uniform(0.95, 1.05)
                return tot + part
            s = p.start()
            return sum(self.export_month(ent, s.year, mm) for mm in range(s.month, p.end().month + 1))
        return self._m(("x", ent, p.bkey()), calc)

    def export_pair(self, exporter, dest, product, p):
        return self.export_amount(exporter, dest, product, p), self.export_amount(exporter, dest, product, p.shift(-1))

    def amount(self, name, metric, p):
        """Company figure for a quarter, or the sum of its quarters for a half or a year."""
        if p.kind in ("H", "Y"):
            qs = range(1, 5) if p.kind == "Y" else range(2 * p.a - 1, 2 * p.a + 1)
            return self._m(("c", name, metric, p.bkey()), lambda: sum(self.amount(name, metric, Per("Q", p.y, q))
                                                                         for q in qs))
        rng = self.rng
        c = CO[name]
        lo, hi = (-0.35, 0.6) if c["sector"] == "memory" else (-0.15, 0.35)
        b = self._m(("rb", name), lambda: rng.uniform(*c["qrev"]))
        rev = self._m(("c", name, "revenue", p.bkey()),
                      lambda: b * self._growth(("c", name), p.y, lo, hi) * rng.uniform(0.92, 1.08))
        if metric == "revenue":
            return rev
        margin = self._m(("mg", name, p.bkey()), lambda: rng.uniform(*c["margin"]))
        op = rev * margin
        if abs(op) < 2e-3 * rev:
            op = 2e-3 * rev
        if metric == "operating_profit":
            return op
        return op * self._m(("nr", name, p.bkey()), lambda: rng.uniform(0.55, 1.12))

    def revenue(self, name, p):
        return self.amount(name, "revenue", p)

    def pair(self, name, metric, p, prev):
        return self.amount(name, metric, p), self.amount(name, metric, prev)

    def shares(self, market, p):
        def gen():
            m = MKT[market]
            prevkey = None
            vals = {}
            for name, lo, hi in m["players"]:
                vals[name] = round(self.rng.uniform(lo, hi), 1)
            return _at_most_whole(vals)
        return self._m(("s", market, p.bkey()), gen)

    def shares_prev(self, market, p, prev):
        cur = self.shares(market, p)

        def gen():
            out = {}
            for name, v in cur.items():  # relative moves: small players do not double in a quarter
                out[name] = round(max(0.3, v + self.rng.uniform(-1, 1) * min(3.5, 0.12 * v + 0.3)), 1)
            return _at_most_whole(out)
        return self._m(("s", market, prev.bkey()), gen)

    # ---- blocks
    def para(self, sentences, pad=False):
        sentences = [s for s in sentences if s]
        if sentences:
            self.block(("p", sentences, pad))

    def block(self, b, at=None):
        if at is None:
            self.blocks.append(b)
        else:
            self.blocks.insert(at, b)
        self._size += block_size(b)

    def size(self):
        return self._size + 200 + len(self.title or "")


def _at_most_whole(vals, room=99.0):
    """Shares of one market and period, largest first, scaled down (no random draw) when they would add
    up to more than ``room`` percent: the players of a market never hold more than the whole of it."""
    total = sum(vals.values())
    if total > room:
        vals = {k: round(v * room / total, 1) for k, v in vals.items()}
    return dict(sorted(vals.items(), key=lambda kv: -kv[1]))


def block_size(b):
    if b[0] in ("p", "ul"):
        return sum(len(s) + 1 for s in b[1]) + 1
    if b[0] == "table":
        t = b[1]
        return sum(sum(len(c) + 1 for c in r) for r in t["rows"] + [t["header"]]) + len(t["caption"]) + 40
    return len(b[1]) + 2


def fact(table, metric, period, value, unit, *, nd=False, change=None, qual="exact", optional=False, company=None,
         exporter=None, destination=None, product=None, market=None, basis=None, rank=None):
    return {"table": table, "metric": metric, "company": company, "exporter": exporter, "destination": destination,
            "product": product, "market": market, "basis": basis, "rank": rank, "period": period,
            "value": float(value), "unit": unit, "change_pct": None if change is None else float(change),
            "qualifier": qual, "optional": optional, "_nd": nd}


def chg_slots(doc, g, yoy_list=None):
    """Slots describing a change of g (fraction); returns (slots, Decimal signed percent as printed)."""
    rng = doc.rng
    x = g * 100
    s = fmt_pct_num(rng, x)
    up = x > 0
    chg = doc.pct(s)
    if up:
        rose = pick(rng, V.UP_VERBS_BIG if x > 20 else V.UP_VERBS)
        noun = pick(rng, V.UP_NOUNS)
    else:
        rose = pick(rng, V.DOWN_VERBS_BIG if x < -15 else V.DOWN_VERBS)
        noun = pick(rng, V.DOWN_NOUNS)
    art = "an" if noun[0] in "aeiou" else "a"
    sig = "significant " if abs(x) > 50 and rng.random() < 0.5 else ""
    an_chg_of = f"{'a ' + sig if sig else art + ' '}{noun} of {chg}"
    slots = dict(chg=chg, rose=rose, up="up" if up else "down", a_chg=f"{a_or_an(s)} {chg} {noun}",
                 an_chg_of=an_chg_of, yoy=pick(rng, yoy_list or V.YOY), sign="+" if up else "-", pct_num=s)
    return slots, (Decimal(s) if up else -Decimal(s))


def src_slots(doc, names):
    rng = doc.rng
    if not names:
        return dict(src_tail="", src_lead="", src_cap="The data")
    src = pick(rng, names)
    tail = wpick(rng, [(f", according to {src}", 3), (f", {src} said", 2), (f", data from {src} showed", 1), ("", 2)])
    lead = wpick(rng, [(f"According to data from {src}, ", 1), (f"According to {src}, ", 1), ("", 2)])
    return dict(src_tail=tail, src_lead=lead, src_cap=cap(src), src=src)


def weekday(d):
    return V.WEEKDAYS[d.weekday()] if d else "Monday"


# --- exports statements ------------------------------------------------------------------------

def export_subject(doc, exporter, dest, product):
    rng = doc.rng
    if exporter != "KR":
        o = next(o for o in V.OTHER_EXPORTERS if o[0] == exporter)
        return dict(exp=pick(rng, o[1]), goods="goods", Goods="Exports", dest_to="")
    dtext = pick(rng, next(d for d in V.DESTINATIONS if d[0] == dest)[1]) if dest != "WORLD" else None
    if product:
        pr = next(x for x in V.PRODUCTS if x["label"] == product)
        noun, adj = pick(rng, pr["nouns"]), pick(rng, pr["adjs"])
        if dtext:
            exp = pick(rng, T.EXPORT_PROD_DEST_SUBJ).format(adj=adj, noun=noun, dest=dtext)
        else:
            exp = pick(rng, T.EXPORT_PROD_SUBJ).format(adj=adj, noun=noun)
        return dict(exp=exp, goods=noun, Goods=cap(noun), dest_to=f" to {dtext}" if dtext else "")
    if dtext:
        return dict(exp=pick(rng, T.EXPORT_DEST_SUBJ).format(dest=dtext), goods="goods", Goods=f"Exports to {dtext}",
                    dest_to=f" to {dtext}")
    return dict(exp=pick(rng, T.EXPORT_TOTAL_SUBJ), goods="goods", Goods="Total exports", dest_to="")


def export_stmt(doc, p, ph, form="chg", dest="WORLD", product=None, exporter="KR", srcs=None, prefix="",
                qual="exact"):
    """One sentence stating exports over p; returns it (facts registered)."""
    rng, D = doc.rng, doc.date
    cur_code = "JPY" if exporter == "JP" else "USD"
    cur, prev = doc.export_pair(exporter, dest, product, p)
    g = cur / prev - 1
    sl = export_subject(doc, exporter, dest, product)
    sl.update(src_slots(doc, srcs))
    sl.update(in_per=ph.in_per, for_per=ph.for_per)
    cs, chg = chg_slots(doc, g, V.YOY_YEAR if p.kind == "Y" else None)
    sl.update(cs)
    kw = dict(exporter=exporter, destination=dest, product=product)
    facts = []
    if form in ("at_least", "record", "plain"):
        q = "at_least" if form == "at_least" else qual
        sl["val"], v = doc.money(cur, cur_code, qual=q, precise=False, plain=(form == "at_least"))
        facts.append(fact("fct_exports", "export_value", p.label(), v, cur_code, nd=ph.needs_date, qual=q, **kw))
        tmpl = pick(rng, {"at_least": T.EXPORT_AT_LEAST, "record": T.EXPORT_RECORD, "plain": T.EXPORT_PLAIN}[form])
        if form == "at_least" and "Monthly shipments" in tmpl and not (product or dest != "WORLD"):
            tmpl = T.EXPORT_AT_LEAST[0]
        return doc.add(prefix + render(tmpl, sl), facts)
    sl["val"], v = doc.money(cur, cur_code)
    main = fact("fct_exports", "export_value", p.label(), v, cur_code, nd=ph.needs_date, **kw)
    facts.append(main)
    if form in ("chg", "both"):
        main["change_pct"] = float(chg)
    if form in ("prev", "both"):
        sl["prev_val"], pv = doc.money(prev, cur_code)
        sl["prev_ref"], pnd = prev_ref(rng, p, D, ph.needs_date)
        facts.append(fact("fct_exports", "export_value", p.shift(-1).label(), pv, cur_code, nd=pnd, **kw))
    tmpl = pick(rng, {"chg": T.EXPORT_CHG, "prev": T.EXPORT_PREV, "both": T.EXPORT_BOTH}[form])
    while exporter != "KR" and "{exp}" not in tmpl:  # the exporter must be named
        tmpl = pick(rng, {"chg": T.EXPORT_CHG, "prev": T.EXPORT_PREV, "both": T.EXPORT_BOTH}[form])
    return doc.add(prefix + render(tmpl, sl), facts)


def export_bullet(doc, p, product=None, dest="WORLD"):
    cur, prev = doc.export_pair("KR", dest, product, p)
    sl = export_subject(doc, "KR", dest, product)
    cs, chg = chg_slots(doc, cur / prev - 1)
    sl.update(cs)
    sl["val"], v = doc.money(cur, "USD")
    line = render(pick(doc.rng, T.EXPORT_BULLET), sl)
    f = fact("fct_exports", "export_value", p.label(), v, "USD", change=chg, exporter="KR", destination=dest,
             product=product)
    return doc.add(line, [f])


# --- company statements ---------------------------------------------------------------------------

def metric_word(rng, metric):
    return pick(rng, V.METRIC_WORDS[metric])


def earn_stmt(doc, name, metric, p, ph, form="chg", prefix="", cons=False, conv=False, chain=False, qual="exact"):
    """A sentence about company `name`'s `metric` over p (compared with a year earlier)."""
    rng, D = doc.rng, doc.date
    c = CO[name]
    cur_code = c["cur"]
    prevp = p.prev_quarter() if form == "qoq" else p.shift(-1)
    cur, prev = doc.pair(name, metric, p, prevp)
    met = metric_word(rng, metric)
    sl = dict(in_per=ph.in_per, for_per=ph.for_per, met=met, met_cap=cap(met), weekday=weekday(D),
              co=doc.co(name) if not chain else "", co_s=doc.co(name, poss=True) if not chain else "")
    kw = dict(company=name)
    nd = ph.needs_date
    facts = []
    if form in ("chg", "both", "chain_chg") and not (cur > 0 and prev > 0 and abs(cur / prev - 1) < 9.9):
        form = "prev" if form != "chain_chg" else "chain_plain"
    if metric == "revenue" or (cur > 0 and (prev > 0 or form in ("plain", "chain_plain", "qoq"))):
        if form != "plain":
            qual = "exact"
        sl["val"], v = doc.money(cur, cur_code, qual=qual, precise=qual == "exact")
        main = fact("fct_revenues", metric, p.label(), v, cur_code, nd=nd, qual=qual, **kw)
        facts.append(main)
        if conv and cur_code != "USD":
            ct, cv = doc.conversion(cur, cur_code)
            sl["val"] += " " + ct
            facts.append(fact("fct_revenues", metric, p.label(), cv, "USD", nd=nd, qual="approx", optional=True, **kw))
        if form == "qoq":
            cs, _ = chg_slots(doc, cur / prev - 1)
            sl.update(cs)
            tmpl = pick(rng, T.REV_QOQ)
        elif form in ("chg", "both", "chain_chg"):
            cs, chg = chg_slots(doc, cur / prev - 1, V.YOY_YEAR if p.kind == "Y" else None)
            sl.update(cs)
            main["change_pct"] = float(chg)
            tmpl = pick(rng, {"chg": T.REV_CHG, "both": T.REV_BOTH, "chain_chg": T.REV_CHAIN}[form])
        elif form in ("plain", "chain_plain"):
            tmpl = pick(rng, T.REV_PLAIN if form == "plain" else T.REV_CHAIN_PLAIN)
        else:  # prev
            cs, _ = chg_slots(doc, cur / prev - 1)
            sl.update(cs)
            tmpl = pick(rng, T.REV_PREV)
        if form in ("prev", "both"):
            sl["prev_val"], pv = doc.money(prev, cur_code)
            sl["prev_ref"], pnd = prev_ref(rng, p, D, nd)
            facts.append(fact("fct_revenues", metric, prevp.label(), pv, cur_code, nd=pnd, **kw))
        s = render(tmpl, sl)
        if cons and metric == "operating_profit" and s.endswith("."):
            cv = cur * rng.uniform(0.8, 1.18)
            ctext, cval = doc.money(cv, cur_code)
            beat = ("far exceeding" if cur > cv * 1.08 else "beating") if cur > cv else "falling short of"
            clause = pick(rng, T.CONSENSUS_CLAUSE).format(beat=beat, cons_val=ctext,
                                                          provider=pick(rng, V.CONSENSUS_PROVIDERS))
            s = s[:-1] + ", " + clause + "."
            facts.append(fact("fct_revenues", metric, p.label(), cval, cur_code, nd=nd, qual="forecast",
                              optional=True, **kw))
        return doc.add(prefix + s, facts)
    # losses: at least one of cur / prev is negative (only profits can be)
    loss_n = "operating loss" if metric == "operating_profit" else "net loss"
    profit_n = "operating profit" if metric == "operating_profit" else "net profit"
    sl.update(loss_a=f"an {loss_n}", loss_a2=f"an {loss_n}" if loss_n[0] == "o" else f"a {loss_n}", loss_n=loss_n,
              profit_a=f"an {profit_n}" if profit_n[0] == "o" else f"a {profit_n}")
    if loss_n[0] == "n":
        sl["loss_a"] = f"a {loss_n}"
    sl["val"], v = doc.money(cur, cur_code)
    facts.append(fact("fct_revenues", metric, p.label(), -v if cur < 0 else v, cur_code, nd=nd, **kw))
    if chain:
        sl["co"], sl["co_s"] = "The company", "The company's"
    with_prev = form in ("prev", "both", "chg") and rng.random() < 0.8
    if cur < 0 and not with_prev:
        tmpl = pick(rng, T.LOSS_ONLY)
    else:
        sl["prev_val"], pv = doc.money(prev, cur_code)
        sl["prev_ref"], pnd = prev_ref(rng, p, D, nd)
        facts.append(fact("fct_revenues", metric, prevp.label(), -pv if prev < 0 else pv, cur_code, nd=pnd, **kw))
        if cur < 0 and prev > 0:
            tmpl = pick(rng, T.LOSS_FROM_PROFIT)
        elif cur < 0:
            sl["narrowed"] = "narrowed" if abs(cur) < abs(prev) else "widened"
            tmpl = pick(rng, T.LOSS_FROM_LOSS)
        else:
            tmpl = pick(rng, T.PROFIT_FROM_LOSS)
    return doc.add(prefix + render(tmpl, sl), facts)


def guidance_stmt(doc, name, metric, p, ph, prefix=""):
    rng = doc.rng
    c = CO[name]
    cur, prev = doc.pair(name, metric, p, p.shift(-1))
    if cur <= 0 or prev <= 0:
        return earn_stmt(doc, name, metric, p, ph, "plain", prefix)
    met = metric_word(rng, metric)
    sl = dict(in_per=ph.in_per, for_per=ph.for_per, met=met, co=doc.co(name), weekday=weekday(doc.date))
    cs, chg = chg_slots(doc, cur / prev - 1)
    sl.update(cs)
    sl["val"], v = doc.money(cur, c["cur"])
    tmpl = pick(rng, T.GUIDANCE)
    f = fact("fct_revenues", metric, p.label(), v, c["cur"], nd=ph.needs_date, qual="estimate", company=name,
             change=None if "{chg}" not in tmpl else chg)
    return doc.add(prefix + render(tmpl, sl), [f])


def forecast_stmt(doc, name, metric, p):
    rng = doc.rng
    c = CO[name]
    cur = doc.amount(name, metric, p)
    if cur <= 0:
        return ""
    ph = phrase(doc, p)
    met = metric_word(rng, metric)
    sl = dict(in_per=ph.in_per, for_per=ph.for_per, met=met, co_s=doc.co(name, poss=True),
              firm=pick(rng, V.ANALYST_FIRMS), provider=pick(rng, V.CONSENSUS_PROVIDERS))
    sl["val"], v = doc.money(cur * rng.uniform(0.9, 1.1), c["cur"], qual="approx" if rng.random() < 0.4 else "exact",
                             precise=False)
    f = fact("fct_revenues", metric, p.label(), v, c["cur"], nd=ph.needs_date, qual="forecast", company=name)
    return doc.say(pick(rng, T.FORECAST), sl, [f])


# --- market-share statements --------------------------------------------------------------------

def mkt_slots(doc, market, basis):
    rng = doc.rng
    m = MKT[market]
    text = pick(rng, m["text"])
    glob = "" if text.startswith("global") else "global "
    bb = pick(rng, V.BASIS_PHRASES[basis]) if rng.random() < 0.75 else ""
    return dict(mkt=f"the {glob}{text} market", basis_by=bb)


def share_fact(doc, market, p, name, v, nd, basis_stated, rank=None, qual="exact", optional=False):
    f = fact("fct_market_shares", "market_share", p.label(), v, "%", nd=nd, company=name, market=market,
             basis=basis_stated, rank=rank, qual=qual, optional=optional)
    return f


def share_block(doc, market, p, ph, basis, n_sent=3, prefix=""):
    """Several sentences about one market/period; returns list of sentences."""
    rng, D = doc.rng, doc.date
    m = MKT[market]
    sh = doc.shares(market, p)
    names = list(sh)
    src = pick(rng, m["sources"])
    out = []
    used = set()
    nd = ph.needs_date

    def slots():
        s = dict(in_per=ph.in_per, for_per=ph.for_per, **src_slots(doc, [src]))
        s.update(mkt_slots(doc, market, basis))
        return s

    def b_of(sl, tmpl):
        if "{basis_by}" in tmpl and sl["basis_by"]:
            doc.basis_stated[(market, p.label())] = basis
            return basis
        return None
    kinds = ["follow", "one", "rank", "surpass", "list"]
    lead = wpick(rng, [("follow", 3), ("one", 3), ("rank", 2), ("surpass", 1.5), ("list", 1.5)])
    seq = [lead] + [wpick(rng, [("one", 2), ("prev", 3), ("pp", 1), ("rank", 1)]) for _ in range(n_sent - 1)]
    for i, kind in enumerate(seq):
        pre = prefix if i == 0 else ""
        sl = slots()
        avail = [n for n in names if n not in used]
        if not avail:
            break
        if kind == "follow" and len(names) >= 3 and not used:
            tmpl = pick(rng, T.SHARE_FOLLOW)
            facts = []
            for j in range(3):
                sl[f"co{j + 1}"] = doc.co(names[j], kr=j == 0)
                sl[f"sh{j + 1}"], v = doc.share_text(sh[names[j]])
                facts.append(share_fact(doc, market, p, names[j], v, nd, None, rank=j + 1))
                used.add(names[j])
            b = b_of(sl, tmpl)
            out.append(doc.add(pre + render(tmpl, sl), facts))
        elif kind == "list" and len(avail) >= 3 and not used:
            k = min(len(names), pick(rng, (3, 4, 5, 5, 6)))
            parts, facts = [], []
            for j in range(k):
                t, v = doc.share_text(sh[names[j]], pct_sign=True)
                parts.append(f"{doc.co(names[j], kr=False)} ({t})")
                facts.append(share_fact(doc, market, p, names[j], v, nd, None, rank=j + 1))
                used.add(names[j])
            sl["lst"] = ", ".join(parts[:-1]) + (", and " if rng.random() < 0.5 else " and ") + parts[-1] \
                if rng.random() < 0.6 else ", ".join(parts)
            sl["n"] = V.COUNT_WORDS[k]
            tmpl = pick(rng, T.SHARE_LIST)
            b_of(sl, tmpl)
            out.append(doc.add(pre + render(tmpl, sl), facts))
        elif kind == "surpass" and len(names) >= 2 and not used:
            tmpl = pick(rng, T.SHARE_SURPASS)
            sl["co1"], sl["co2"] = doc.co(names[0]), doc.co(names[1], kr=False)
            sl["sh1"], v1 = doc.share_text(sh[names[0]])
            sl["sh2"], v2 = doc.share_text(sh[names[1]], pct_sign=True)
            used.update(names[:2])
            b_of(sl, tmpl)
            out.append(doc.add(pre + render(tmpl, sl), [share_fact(doc, market, p, names[0], v1, nd, None),
                                                        share_fact(doc, market, p, names[1], v2, nd, None)]))
        elif kind == "rank":
            name = avail[0]
            r = names.index(name) + 1
            sl["co"] = doc.co(name)
            sl["sh"], v = doc.share_text(sh[name])
            sl["ordinal"] = V.ORDINALS[r - 1]
            sl["largest"] = "largest" if r == 1 else f"{V.ORDINALS[r - 1]}-largest"
            tmpl = pick(rng, T.SHARE_RANK)
            used.add(name)
            b_of(sl, tmpl)
            out.append(doc.add(pre + render(tmpl, sl), [share_fact(doc, market, p, name, v, nd, None, rank=r)]))
        elif kind == "prev" and p.kind in ("Q", "Y", "H", "R"):
            name = pick(rng, avail[:4])
            use_q = p.kind == "Q" and rng.random() < 0.5
            prevp = p.prev_quarter() if use_q else p.shift(-1)
            shp = doc.shares_prev(market, p, prevp)
            sl["co_s"] = doc.co(name, poss=True)
            sl["sh"], v = doc.share_text(sh[name])
            sl["sh_prev"], pv = doc.share_text(shp[name])
            if pv == v:
                continue
            up = v > pv
            sl["rose"] = pick(rng, ("rose", "climbed", "increased")) if up else pick(rng, ("fell", "slipped", "declined"))
            sl["up"] = "up" if up else "down"
            if use_q:
                sl["prev_ref"], pnd = pick(rng, ("in the previous quarter", "a quarter earlier",
                                                  "in the preceding quarter")), nd
            else:
                sl["prev_ref"], pnd = prev_ref(rng, p, D, nd)
            tmpl = pick(rng, T.SHARE_PREV)
            used.add(name)
            out.append(doc.add(pre + render(tmpl, sl), [share_fact(doc, market, p, name, v, nd, None),
                                                        share_fact(doc, market, prevp, name, pv, pnd, None)]))
        elif kind == "pp":
            name = pick(rng, avail[:4])
            use_q = p.kind == "Q" and rng.random() < 0.5
            shp = doc.shares_prev(market, p, p.prev_quarter() if use_q else p.shift(-1))
            d = round(sh[name] - shp[name], 1)
            if d == 0:
                continue
            sl["co"], sl["co_s"] = doc.co(name), doc.co(name, poss=True)
            sl["sh"], v = doc.share_text(sh[name])
            refs = ("from the previous quarter", "quarter-on-quarter") if use_q else \
                ("from a year earlier", "on-year", "from the previous year" if p.kind == "Y" else "from a year ago")
            sl.update(pp=f"{abs(d):.1f}", rose="rose" if d > 0 else "fell", move="rise" if d > 0 else "fall",
                      pp_ref=pick(rng, refs))
            tmpl = pick(rng, T.SHARE_PP)
            used.add(name)
            b_of(sl, tmpl)
            out.append(doc.add(pre + render(tmpl, sl), [share_fact(doc, market, p, name, v, nd, None)]))
        else:  # one
            name = avail[0] if rng.random() < 0.6 else pick(rng, avail)
            sl["co"], sl["co_s"] = doc.co(name), doc.co(name, poss=True)
            sl["sh"], v = doc.share_text(sh[name])
            tmpl = pick(rng, T.SHARE_ONE)
            used.add(name)
            b_of(sl, tmpl)
            out.append(doc.add(pre + render(tmpl, sl), [share_fact(doc, market, p, name, v, nd, None)]))
    return out


def group_share_stmt(doc, p, ph):
    sh = doc.shares("ev batteries", p)
    tot = round(sum(sh.get(n, 0) for n in V.BATTERY_GROUP_MEMBERS), 1)
    t, v = doc.share_text(tot)
    sl = dict(in_per=ph.in_per, sh=t, **mkt_slots(doc, "ev batteries", "installations"))
    f = share_fact(doc, "ev batteries", p, V.BATTERY_GROUP, v, ph.needs_date, None)
    return doc.say(pick(doc.rng, T.SHARE_GROUP), sl, [f])


# --- tables ------------------------------------------------------------------------------------

def table_block(doc, caption, header, rows, notes=(), row_facts=()):
    """rows: list of cell lists; row_facts: parallel list of fact lists (evidence = 'Table row: ...')."""
    for cells, facts in zip(rows, row_facts):
        doc.add("Table row: " + " ".join(cells), facts)
    doc.block(("table", dict(caption=caption, header=header, rows=rows, notes=list(notes))))


def fmt_table_num(x, dec=0, neg_style="-"):
    s = f"{abs(x):,.{dec}f}"
    if x < 0:
        s = ("\u25b3" if neg_style == "tri" else "-") + s
    return s


def earnings_table(doc, name, p):
    """Quarterly results table (current, year-earlier, previous quarter)."""
    rng = doc.rng
    c = CO[name]
    cur_code = c["cur"]
    py, pq = p.shift(-1), p.prev_quarter()
    unit_opts = {"KRW": [("(Unit: billion won)", 1e9, 0), ("(Unit: KRW billion)", 1e9, 1),
                         ("(Unit: 100 million won)", 1e8, 0)],
                 "USD": [("(Unit: million USD)", 1e6, 0), ("(in millions of U.S. dollars)", 1e6, 0)],
                 "TWD": [("(Unit: NT$ million)", 1e6, 0)], "CNY": [("(Unit: RMB million)", 1e6, 0)],
                 "JPY": [("(Unit: billion yen)", 1e9, 0)], "EUR": [("(Unit: EUR million)", 1e6, 0)]}
    unit_text, unit, dec = pick(rng, unit_opts[cur_code])
    neg_style = "tri" if cur_code == "KRW" and rng.random() < 0.3 else "-"
    lab = lambda q: f"{q.a}Q{q.y % 100:02d}"
    header = [wpick(rng, [("Item", 3), ("Category", 1), ("(consolidated)", 1), ("", 1)]), lab(p), lab(py), "YoY(%)",
              lab(pq), "QoQ(%)"]
    rows, rfs = [], []
    for metric in ("revenue", "operating_profit", "net_profit"):
        cur, prv = doc.pair(name, metric, p, py)
        q = doc.amount(name, metric, pq)
        cells = [pick(rng, V.TABLE_METRIC_LABELS[metric])]
        vals = []
        for x in (cur, prv):
            t = fmt_table_num(x / unit, dec, neg_style)
            cells.append(t)
            vals.append(Decimal(f"{x / unit:.{dec}f}") * Decimal(unit))
        if cur > 0 and prv > 0:
            yoy = f"{(float(vals[0]) / float(vals[1]) - 1) * 100:.1f}"
            yoy_chg = Decimal(yoy)
        else:
            yoy = "TTP" if cur > 0 else ("TTL" if prv > 0 else "N/A")
            yoy_chg = None
        cells.append(yoy)
        qt = fmt_table_num(q / unit, dec, neg_style)
        qv = Decimal(f"{q / unit:.{dec}f}") * Decimal(unit)
        cells.append(qt)
        cells.append(f"{(float(vals[0]) / float(qv) - 1) * 100:.1f}" if cur > 0 and q > 0 else "N/A")
        kw = dict(company=name)
        rows.append(cells)
        rfs.append([fact("fct_revenues", metric, p.label(), vals[0], cur_code, change=yoy_chg, **kw),
                    fact("fct_revenues", metric, py.label(), vals[1], cur_code, **kw),
                    fact("fct_revenues", metric, pq.label(), qv, cur_code, **kw)])
    caption = pick(rng, [f"{doc.co(name, poss=True)} earnings summary {unit_text}",
                         f"{CO[name]['aliases'][0]} {lab(p)} results (consolidated) {unit_text}",
                         f"Key figures {unit_text}"])
    notes = ["*Consolidated basis. TTP: turned to profit, TTL: turned to loss."] if "TT" in str(rows) else []
    table_block(doc, caption, header, rows, notes, rfs)


def chip_vendor_table(doc, y):
    """Gartner-style annual ranking: revenue (Million USD) and market share."""
    rng = doc.rng
    vend = []
    for name, lo, hi in V.CHIP_VENDORS:
        cur = round(rng.uniform(lo, hi))
        prev = round(cur / rng.uniform(0.75, 1.9))
        vend.append([name, cur, prev])
    vend.sort(key=lambda r: -r[1])
    top = vend[:10]
    total_cur = round(sum(r[1] for r in top) / rng.uniform(0.55, 0.62))
    total_prev = round(sum(r[2] for r in top) / rng.uniform(0.5, 0.58))
    prev_rank = {r[0]: i + 1 for i, r in enumerate(sorted(vend, key=lambda r: -r[2]))}
    header = [f"{y} Rank", f"{y - 1} Rank", "Supplier", f"{y} Revenue", f"{y} Market Share (%)", f"{y - 1} Revenue",
              f"{y}-{y - 1} Growth Rate (%)"]
    rows, rfs = [], []
    p, py = Per("Y", y), Per("Y", y - 1)
    for i, (name, cur, prev) in enumerate(top):
        share = f"{cur / total_cur * 100:.1f}"
        growth = f"{(cur / prev - 1) * 100:.1f}"
        alias = pick(rng, CO[name]["aliases"]) if name in CO else name
        cells = [str(i + 1), str(prev_rank[name]), alias, f"{cur:,}", share + "%", f"{prev:,}", growth + "%"]
        rows.append(cells)
        rfs.append([fact("fct_revenues", "revenue", p.label(), cur * 1e6, "USD", change=Decimal(growth), company=name),
                    fact("fct_revenues", "revenue", py.label(), prev * 1e6, "USD", company=name),
                    share_fact(doc, "semiconductors", p, name, Decimal(share), False, "revenue", rank=i + 1)])
    oth_c, oth_p = total_cur - sum(r[1] for r in top), total_prev - sum(r[2] for r in top)
    rows.append(["Others", f"{oth_c:,}", f"{oth_c / total_cur * 100:.1f}%", f"{oth_p:,}",
                 f"{(oth_c / oth_p - 1) * 100:.1f}%"])
    rows.append(["Total", f"{total_cur:,}", "100.0%", f"{total_prev:,}", f"{(total_cur / total_prev - 1) * 100:.1f}%"])
    rfs += [[], []]
    src = pick(rng, ["Gartner", "Omdia", "TechInsights"])
    caption = f"Table 1. Top 10 Global Semiconductor Suppliers by Revenue {y - 1}-{y} (Unit: Million USD)"
    doc.basis_stated[("semiconductors", p.label())] = "revenue"
    table_block(doc, caption, header, rows, [f"*Source: {src} ({pick(rng, V.MONTHS)} {y + 1})"], rfs)
    return top, total_cur, src


def foundry_table(doc, p):
    """TrendForce-style quarterly foundry ranking with revenue (Million USD) and shares."""
    rng = doc.rng
    pq = p.prev_quarter()
    sh = doc.shares("foundry", p)
    shq = doc.shares_prev("foundry", p, pq)
    total = rng.uniform(28000, 48000) * (1 + (p.y - 2019) * 0.05)
    totq = total / rng.uniform(0.95, 1.12)
    lab = lambda q: f"{q.a}Q{q.y % 100:02d}"
    header = ["Rank", "Company", f"{lab(p)} Revenue", f"{lab(pq)} Revenue", "QoQ (%)", f"{lab(p)} Market Share",
              f"{lab(pq)} Market Share"]
    rows, rfs = [], []
    for i, (name, s) in enumerate(sh.items()):
        rev, revq = round(total * s / 100), round(totq * shq[name] / 100)
        alias = pick(rng, (CO[name]["aliases"] if name in CO else V.SHARE_ONLY.get(name, [name])))
        cells = [str(i + 1), alias, f"{rev:,}", f"{revq:,}", f"{(rev / revq - 1) * 100:.1f}%", f"{s:.1f}%",
                 f"{shq[name]:.1f}%"]
        rows.append(cells)
        seg = name == "Samsung Electronics"  # foundry division only: not the company's revenue
        rfs.append([fact("fct_revenues", "revenue", p.label(), rev * 1e6, "USD", company=name, optional=seg),
                    fact("fct_revenues", "revenue", pq.label(), revq * 1e6, "USD", company=name, optional=seg),
                    share_fact(doc, "foundry", p, name, Decimal(f"{s:.1f}"), False, "revenue", rank=i + 1),
                    share_fact(doc, "foundry", pq, name, Decimal(f"{shq[name]:.1f}"), False, "revenue")])
    doc.basis_stated[("foundry", p.label())] = "revenue"
    doc.basis_stated[("foundry", pq.label())] = "revenue"
    caption = f"Top {len(rows)} Foundries by Revenue, {lab(p)} (Unit: Million USD)"
    table_block(doc, caption, header, rows, ["Source: TrendForce"], rfs)


def battery_table(doc, p):
    """SNE-style EV battery installations (GWh, not money) with shares for two periods."""
    rng = doc.rng
    py = p.shift(-1)
    sh = doc.shares("ev batteries", p)
    shy = doc.shares_prev("ev batteries", p, py)
    total = rng.uniform(250, 900) * p.months() / 12
    totp = total / rng.uniform(1.1, 1.4)
    lp = p.label() if p.kind == "Y" else (f"{V.MONTHS_SHORT[p.a - 1]}-{V.MONTHS_SHORT[p.b - 1]} {p.y}"
                                          if p.kind == "R" else p.short() + f" {p.y}")
    lpy = str(py.y) if p.kind == "Y" else lp.replace(str(p.y), str(py.y))
    header = ["Rank", "Company", lp, lpy, "Growth", f"{lp} Share", f"{lpy} Share"]
    rows, rfs = [], []
    for i, (name, s) in enumerate(sh.items()):
        g, gp = total * s / 100, totp * shy[name] / 100
        alias = CO[name]["aliases"][0] if name in CO else V.SHARE_ONLY[name][0]
        cells = [str(i + 1), alias, f"{g:.1f}", f"{gp:.1f}", f"{(g / gp - 1) * 100:.1f}%", f"{s:.1f}%",
                 f"{shy[name]:.1f}%"]
        rows.append(cells)
        rfs.append([share_fact(doc, "ev batteries", p, name, Decimal(f"{s:.1f}"), False, "installations", rank=i + 1),
                    share_fact(doc, "ev batteries", py, name, Decimal(f"{shy[name]:.1f}"), False, "installations")])
    oth = 100 - sum(sh.values())
    rows.append(["", "Others", f"{total * oth / 100:.1f}", "", "", f"{oth:.1f}%", ""])
    rfs.append([])
    doc.basis_stated[("ev batteries", p.label())] = "installations"
    doc.basis_stated[("ev batteries", py.label())] = "installations"
    caption = f"Global EV Battery Installations by Company ({lp}) (Unit: GWh)"
    table_block(doc, caption, header, rows, ["Source: SNE Research"], rfs)


def export_item_table(doc, p_month, items):
    """Export table by item: month value, YoY, and January-to-month cumulative value, YoY."""
    rng = doc.rng
    y, m = p_month.y, p_month.a
    cum = Per("R", y, 1, b=m) if m > 1 else None
    mab = V.MONTHS_SHORT[m - 1]
    header = ["Item", f"{mab} {y}", "YoY(%)"] + ([f"Jan-{mab} {y}", "YoY(%)"] if cum else [])
    rows, rfs = [], []
    for label in items:
        cur, prev = doc.export_pair("KR", "WORLD", label, p_month)
        mv = f"{cur / 1e6:.0f}"
        cells = [next(x for x in V.PRODUCTS if x["label"] == label)["nouns"][0].capitalize() if rng.random() < 0.5
                 else label.capitalize(), with_commas(mv), f"{(cur / prev - 1) * 100:.1f}"]
        fs = [fact("fct_exports", "export_value", p_month.label(), int(mv) * 1e6, "USD",
                   change=Decimal(cells[2]), exporter="KR", destination="WORLD", product=label)]
        if cum:
            cc, cp = doc.export_pair("KR", "WORLD", label, cum)
            cv = f"{cc / 1e6:.0f}"
            cells += [with_commas(cv), f"{(cc / cp - 1) * 100:.1f}"]
            fs.append(fact("fct_exports", "export_value", cum.label(), int(cv) * 1e6, "USD",
                           change=Decimal(cells[4]), exporter="KR", destination="WORLD", product=label))
        rows.append(cells)
        rfs.append(fs)
    caption = pick(rng, ["Major export items (Unit: USD million, %)", "Exports by item (Unit: million dollars)",
                         "Table. Exports of major items (Unit: USD million)"])
    table_block(doc, caption, header, rows, ["Source: " + pick(rng, ["MOTIE", "Korea Customs Service", "KITA"])], rfs)


# --- noise and fillers ---------------------------------------------------------------------------

KR_LISTED = [c["name"] for c in V.COMPANIES if c["cur"] == "KRW" and c["name"] != "SK On"]
BATTERY_COS = [c["name"] for c in V.COMPANIES if c["sector"] == "battery"]
MEMORY_COS = ["Samsung Electronics", "SK hynix", "Micron Technology"]
CHIP_COS = [c["name"] for c in V.COMPANIES if c["sector"] in ("memory", "foundry", "fabless", "equipment")]


def _ctx_company(doc, cos):
    return pick(doc.rng, cos) if cos else pick(doc.rng, V.COMPANIES)["name"]


def _sector(name):
    return CO[name]["sector"] if name in CO else V.SHARE_ONLY_SECTOR.get(name, "memory")


def _tech(rng, name):
    return pick(rng, V.TECHS_BY_SECTOR[_sector(name)])


_SLOT_RE = re.compile(r"\{(\w+)\}")
_SLOTS = {}


def slots_of(tmpl):
    """Slot names in order of appearance (a tuple, not a set: set order varies between
    processes with string hash randomisation, which would change the random draws)."""
    v = _SLOTS.get(tmpl)
    if v is None:
        v = _SLOTS[tmpl] = tuple(dict.fromkeys(_SLOT_RE.findall(tmpl)))
    return v


def _money_txt(doc, lo, hi, cur="USD"):
    return doc.money(doc.rng.uniform(lo, hi), cur, precise=False, special=False)[0]


def _inv(ctx):
    doc, rng, cname, c, y = ctx
    return doc.money((c["qrev"][1] if c else 5e9) * rng.uniform(0.05, 1.5), c["cur"] if c else "USD",
                     precise=False, special=False)[0]


# slot name -> maker(ctx), ctx = (doc, rng, company name, company record, year)
NOISE_SLOTS = dict(
    agency=lambda x: pick(x[1], V.AGENCIES), purpose=lambda x: pick(x[1], T.PURPOSES),
    fyear=lambda x: x[4] + x[1].randint(1, 8), sector_firms=lambda x: pick(x[1], T.SECTOR_FIRMS),
    place=lambda x: pick(x[1], V.PLACES), tech=lambda x: _tech(x[1], x[2]), n=lambda x: x[1].randint(10, 990),
    n3=lambda x: f"{x[1].randint(0, 999):03d}", n_small=lambda x: x[1].randint(3, 40),
    org=lambda x: pick(x[1], V.SURVEY_ORGS), pct=lambda x: x[0].pct(f"{x[1].uniform(5, 80):.1f}"),
    pct_small=lambda x: x[0].pct(f"{x[1].uniform(0.5, 20):.1f}"),
    margin_pct=lambda x: x[0].pct(f"{x[1].uniform(1, 45):.1f}"), cath_pct=lambda x: x[0].pct(str(x[1].randint(35, 45))),
    exp_pct=lambda x: x[0].pct(f"{x[1].uniform(15, 24):.1f}"), credit_pct=lambda x: x[0].pct(str(x[1].randint(15, 50))),
    survey_topic=lambda x: pick(x[1], T.SURVEY_TOPICS), survey_topic2=lambda x: pick(x[1], T.SURVEY_TOPICS2),
    survey_opinion=lambda x: pick(x[1], T.SURVEY_OPINIONS),
    rose=lambda x: pick(x[1], ("rose", "fell", "climbed", "dropped")), price=lambda x: f"{x[1].uniform(0.8, 4.5):.2f}",
    lith=lambda x: x[1].randint(70, 600), past_some=lambda x: pick(x[1], T.PAST_SOME),
    future_some=lambda x: pick(x[1], T.FUTURE_SOME), weekday=lambda x: pick(x[1], V.WEEKDAYS),
    customer=lambda x: pick(x[1], V.CUSTOMERS_BY_SECTOR[_sector(x[2])]), mkt_word=lambda x: pick(x[1], T.MKT_WORDS),
    src=lambda x: pick(x[1], T.NOISE_SOURCES), krw=lambda x: _money_txt(x[0], 5e10, 3e13, "KRW"),
    usd=lambda x: _money_txt(x[0], 5e8, 8e10), usd_small=lambda x: _money_txt(x[0], 1e8, 7e9), inv=_inv,
)


def noise_sentence(doc, kind=None, cos=None):
    """A sentence with numbers that are not facts (budgets, surveys, prices, orders, market sizes...)."""
    rng = doc.rng
    kind = kind or pick(rng, list(T.NOISE))
    opts = [t for t in T.NOISE[kind] if t not in doc.used_noise]
    if not opts:
        opts = [t for k in T.NOISE for t in T.NOISE[k] if t not in doc.used_noise]
        if not opts:
            return filler(doc, cos)
    tmpl = pick(rng, opts)
    doc.used_noise.add(tmpl)
    cname = _ctx_company(doc, cos)
    ctx = (doc, rng, cname, CO.get(cname), doc.date.year if doc.date else 2024)
    need = slots_of(tmpl)
    sl = {k: NOISE_SLOTS[k](ctx) for k in need if k in NOISE_SLOTS}
    if "facility" in need or "a_facility" in need:
        fac = pick(rng, V.FACILITIES_BY_SECTOR[_sector(cname)])
        sl["facility"], sl["a_facility"] = fac, ("an " if fac[0] in "aeiouAEIOU" else "a ") + fac
    if "co" in need or "co_s" in need:
        sl["co"], sl["co_s"] = doc.co(cname, first_full=False), doc.co(cname, poss=True)
    for slot, pool in (("kco", KR_LISTED), ("bco", BATTERY_COS), ("mco", MEMORY_COS), ("chipco", CHIP_COS)):
        if slot in need or slot + "_s" in need:
            ctx = [n for n in (cos or []) if n in pool]
            n = pick(rng, ctx if ctx and rng.random() < 0.8 else pool)
            sl[slot], sl[slot + "_s"] = doc.co(n, first_full=False), doc.co(n, poss=True)
            if slot == "kco" and "mcap" in need:
                sl["mcap"] = doc.money(CO[n]["qrev"][1] * 4 * rng.uniform(0.3, 3), "KRW", precise=False,
                                       special=False)[0]
    return render(tmpl, sl)


def trade_noise(doc, months=None):
    """Imports, balances, daily averages, export shares: numbers around exports that are not export facts."""
    rng = doc.rng
    opts = [t for t in T.TRADE_NOISE if t not in doc.used_noise]
    if not opts:
        return filler(doc, kind="trade")
    tmpl = pick(rng, opts)
    doc.used_noise.add(tmpl)
    months = months or doc.trade_months
    m = lambda lo, hi: doc.money(rng.uniform(lo, hi) * months, "USD", precise=False, special=False)[0]
    pr = pick(rng, V.PRODUCTS)
    sl = dict(rose=pick(rng, ("rose", "fell", "increased", "declined")), pct_small=doc.pct(f"{rng.uniform(0.5, 25):.1f}"),
              Noun=cap(pr["nouns"][0]), ordinal=pick(rng, V.ORDINALS[1:]), wd=rng.randint(19, 24),
              wd2=rng.randint(19, 24),
              exp_pct=doc.pct(f"{rng.uniform(15, 24) if pr['label'] == 'semiconductors' else rng.uniform(1, 9):.1f}"))
    if "{imp}" in tmpl:
        sl["imp"], sl["bal"] = m(4e10, 6.5e10), m(3e8, 9e9)
    if "{daily}" in tmpl:
        sl["daily"] = doc.money(rng.uniform(1.8e9, 3.1e9), "USD", precise=False, special=False)[0]
    if "{energy}" in tmpl:
        sl["energy"] = m(8e9, 1.8e10)
    return render(tmpl, sl)


FILLER_SLOTS = dict(
    tech=_tech, customer=lambda r, c: pick(r, V.CUSTOMERS_BY_SECTOR[_sector(c)]),
    official=lambda r, c: pick(r, V.OFFICIALS), place=lambda r, c: pick(r, V.PLACES),
    risk=lambda r, c: pick(r, T.RISKS), city=lambda r, c: pick(r, T.CITIES), sector=lambda r, c: T.SECTORS[_sector(c)],
)


def filler(doc, cos=None, kind=None):
    """A sentence without figures: company colour, market commentary or trade-policy boilerplate."""
    rng = doc.rng
    if kind is None:
        kind = "company" if cos and rng.random() < 0.6 else "general"
    pool = {"company": T.FILLER_COMPANY, "general": T.FILLER_GENERAL, "trade": T.FILLER_TRADE}[kind]
    for _ in range(4):
        i = int(rng.random() * len(pool))
        if (kind, i) not in doc.used_fillers:
            break
    doc.used_fillers.add((kind, i))
    tmpl = pool[i]
    cname = _ctx_company(doc, cos)
    need = slots_of(tmpl)
    sl = {k: FILLER_SLOTS[k](rng, cname) for k in need if k in FILLER_SLOTS}
    if "lq" in need:
        sl["lq"], sl["rq"] = ("\u201c", "\u201d") if rng.random() < 0.6 else ('"', '"')
    if "{co}" in tmpl:
        sl["co"] = doc.co(cname, first_full=False)
    if "{co2}" in tmpl:
        sec = CO[cname]["sector"] if cname in CO else "memory"
        rivals = [c["name"] for c in V.COMPANIES if c["sector"] == sec and c["name"] != cname] or ["SK hynix"]
        sl["co2"] = doc.co(pick(rng, rivals))
    return render(tmpl, sl)


_POOLS = {}
POOL_SIZE = 40
SECTOR_NAMES = sorted({c["sector"] for c in V.COMPANIES})


def pool(seed, kind, sector, pct_word, months):
    """Pre-rendered padding sentences of one kind: built once per process from an RNG that
    depends only on (seed, key), so documents still depend only on (seed, index)."""
    # only the dimensions that change the sentences: fewer pools to build
    if kind in ("trade_filler", "trade_noise"):
        sector = ""
    if kind in ("filler", "trade_filler"):
        pct_word = False
    if kind != "trade_noise":
        months = 1.0
    key = (seed, kind, sector, pct_word, months)
    out = _POOLS.get(key)
    if out is None:
        rng = random.Random(f"newsfacts-bench-pool:{seed}:{kind}:{sector}:{pct_word}:{months}")
        scratch = Doc("", rng, dt.date(2024, 6, 30), "cp949", "txt", "pool")  # cp949: no symbols it lacks
        scratch.pct_word, scratch.trade_months = pct_word, months
        cos = [c["name"] for c in V.COMPANIES if c["sector"] == sector] or None
        out = []
        for _ in range(POOL_SIZE):
            scratch.used_noise.clear()
            scratch.used_fillers.clear()
            if kind == "filler":
                out.append(filler(scratch, cos))
            elif kind == "trade_filler":
                out.append(filler(scratch, cos, "trade"))
            elif kind == "trade_noise":
                out.append(trade_noise(scratch))
            else:
                out.append(noise_sentence(scratch, None if kind == "any" else kind, cos))
        _POOLS[key] = out
    return out


def pad(doc, target, cos=None, noise_kinds=None, trade=False):
    """Append filler/noise paragraphs (sentences without facts) until the document reaches
    about `target` characters."""
    rng = doc.rng
    sector = _sector(cos[0]) if cos else pick(rng, SECTOR_NAMES)
    months = round(doc.trade_months, 2)
    guard = 0
    while doc.size() < target and guard < 40:
        guard += 1
        sents = []
        for _ in range(rng.randint(2, 5)):
            r = rng.random()
            if r < 0.55:
                kind = "trade_filler" if trade and rng.random() < 0.5 else "filler"
            elif trade and r < 0.75:
                kind = "trade_noise"
            else:
                kind = pick(rng, noise_kinds) if noise_kinds else "any"
            options = pool(doc.seed, kind, sector, doc.pct_word, months)
            for _ in range(3):
                i = int(rng.random() * len(options))
                if (kind, i) not in doc.used_pool:
                    break
            doc.used_pool.add((kind, i))
            sents.append(options[i])
        doc.para(sents, pad=True)


# --- document styles ------------------------------------------------------------------------------

def rand_month(rng, lo=(2019, 2), hi=(2026, 10)):
    a, b = lo[0] * 12 + lo[1] - 1, hi[0] * 12 + hi[1] - 1
    k = rng.randint(a, b)
    return k // 12, k % 12 + 1


def after(rng, d, lo, hi):
    out = d + dt.timedelta(days=rng.randint(lo, hi))
    return min(out, LAST_DATE)


def yonhap_dateline(doc, city="SEOUL"):
    D = doc.date
    if doc.undated:
        return ""
    return f"{city}, {V.MONTHS[D.month - 1]} {D.day} (Yonhap) -- "


def style_exports_wire(doc, target):
    rng = doc.rng
    y, m = rand_month(rng)
    pm = Per("M", y, m)
    d0 = month_end(y, m) + dt.timedelta(days=1)
    doc.date = after(rng, d0, 0, 2) if rng.random() < 0.8 else after(rng, d0, 3, 20)
    D = doc.date
    srcs = V.KR_TRADE_SOURCES["MOTIE"]
    wire = rng.random() < 0.6
    ph = phrase(doc, pm)
    lead = export_stmt(doc, pm, ph, form=wpick(rng, [("chg", 6), ("both", 1), ("prev", 1)]), srcs=srcs,
                       prefix=yonhap_dateline(doc) if wire else "")
    doc.para([lead, trade_noise(doc) if rng.random() < 0.7 else filler(doc, kind="trade")])
    # products
    prods = rng.sample([p["label"] for p in V.PRODUCTS], rng.randint(2, 4))
    sents = []
    for pr in prods:
        form = wpick(rng, [("chg", 6), ("prev", 1), ("record", 1)])
        sents.append(export_stmt(doc, pm, phrase(doc, pm), form=form, product=pr))
        if rng.random() < 0.25:
            sents.append(trade_noise(doc))
    doc.para(sents)
    # destinations
    dests = rng.sample([d[0] for d in V.DESTINATIONS], rng.randint(1, 4))
    doc.para([export_stmt(doc, pm, phrase(doc, pm), form=wpick(rng, [("chg", 5), ("prev", 1), ("plain", 1)]), dest=d,
                          qual=wpick(rng, [("exact", 1), ("approx", 2), ("at_least", 1), ("at_most", 1)]))
              for d in dests])
    if rng.random() < 0.3:
        doc.para([export_stmt(doc, pm, phrase(doc, pm), product="semiconductors", dest=pick(rng, ["CN", "US", "VN"])),
                  filler(doc, kind="trade")])
    # cumulative / quarter / half / year
    extra = []
    if 1 < m < 12 and rng.random() < 0.6:
        cum = Per("R", y, 1, b=m)
        extra.append(export_stmt(doc, cum, phrase(doc, cum), form=wpick(rng, [("chg", 3), ("prev", 1)]), srcs=srcs))
    if m % 3 == 0 and rng.random() < 0.5:
        q = Per("Q", y, m // 3)
        extra.append(export_stmt(doc, q, phrase(doc, q), form="chg"))
    if m == 12 and rng.random() < 0.8:
        yy = Per("Y", y)
        extra.append(export_stmt(doc, yy, phrase(doc, yy), form=wpick(rng, [("chg", 3), ("both", 1)]), srcs=srcs))
    elif m == 6 and rng.random() < 0.5:
        h = Per("H", y, 1)
        extra.append(export_stmt(doc, h, phrase(doc, h), form="chg"))
    doc.para(extra)
    pad(doc, target, noise_kinds=["subsidy", "budget", "price"], trade=True)
    if wire:
        doc.block(("raw", "(END)"))
    cur, prev = doc.export_pair("KR", "WORLD", None, pm)
    g = (cur / prev - 1) * 100
    doc.title = pick(rng, T.TITLE_EXPORTS).format(
        up_short="up" if g > 0 else "down", pct_num=f"{abs(g):.1f}", month=V.MONTHS[m - 1],
        reason=pick(rng, T.REASONS), rise_short="rise" if g > 0 else "fall", count=pick(rng, V.ORDINALS[1:]),
        tech_short=pick(rng, T.TECH_SHORT), val_short=doc.money(cur, "USD", precise=True, special=False)[0],
        chip_move="surge" if g > 0 else "slow")
    doc.date_style = "wire" if wire else None


def style_exports_early(doc, target):
    rng = doc.rng
    y, m = rand_month(rng)
    days = 20 if rng.random() < 0.7 else 10
    p = Per("D", y, 1, b=days, m=m, m2=m)
    doc.trade_months = p.months()
    doc.date = min(dt.date(y, m, days + 1) + dt.timedelta(days=rng.randint(0, 1)), LAST_DATE)
    D = doc.date
    srcs = V.KR_TRADE_SOURCES["KCS"]
    wire = rng.random() < 0.6
    doc.para([export_stmt(doc, p, phrase(doc, p), form="chg", srcs=srcs, prefix=yonhap_dateline(doc) if wire else ""),
              trade_noise(doc)])
    sents = [export_stmt(doc, p, phrase(doc, p), product=pr, form="chg")
             for pr in ["semiconductors"] + rng.sample(["automobiles", "petroleum products", "ships", "displays",
                                                        "wireless communication devices"], rng.randint(0, 2))]
    doc.para(sents)
    doc.para([export_stmt(doc, p, phrase(doc, p), dest=d, form="chg")
              for d in rng.sample(["CN", "US", "VN", "EU", "JP"], rng.randint(1, 3))])
    if m > 1 and rng.random() < 0.35:
        cum = Per("D", y, 1, b=days, m=1, m2=m)
        doc.para([export_stmt(doc, cum, phrase(doc, cum), form="chg"), trade_noise(doc)])
    pad(doc, target, trade=True, noise_kinds=["price", "subsidy"])
    if wire:
        doc.block(("raw", "(END)"))
    cur, prev = doc.export_pair("KR", "WORLD", None, p)
    g = (cur / prev - 1) * 100
    doc.title = pick(rng, T.TITLE_EARLY).format(up_short="up" if g > 0 else "down", pct_num=f"{abs(g):.1f}",
                                                days=days, month=V.MONTHS[m - 1], rise_short="rise" if g > 0 else "fall")
    doc.date_style = "wire" if wire else None


def pick_company(rng, korean_bias=0.7, sector=None):
    pool = V.COMPANIES if not sector else [c for c in V.COMPANIES if c["sector"] == sector]
    if rng.random() < korean_bias:
        kp = [c for c in pool if c["cur"] == "KRW"]
        if kp:
            return pick(rng, kp)["name"]
    return pick(rng, pool)["name"]


def earnings_section(doc, name, q, D, prefix="", big=True):
    """Sentences and paragraphs about one company's quarter q."""
    rng = doc.rng
    c = CO[name]
    ph = phrase(doc, q)
    korean = c["cur"] == "KRW"
    paras = []
    guidance = name in ("Samsung Electronics", "LG Electronics") and D and (D - q.end()).days <= 10
    first = []
    if guidance:
        first.append(guidance_stmt(doc, name, "operating_profit", q, ph, prefix))
        first.append(guidance_stmt(doc, name, "revenue", q, phrase(doc, q)))
    else:
        order = ["operating_profit", "revenue", "net_profit"] if (korean and rng.random() < 0.6) else \
            ["revenue", "operating_profit", "net_profit"]
        if not big:
            order = order[:rng.randint(1, 3)]
        chain_ok = True
        for i, met in enumerate(order):
            pre = prefix if i == 0 else ""
            if i > 0 and chain_ok and rng.random() < 0.35:
                form = wpick(rng, [("chain_chg", 3), ("chain_plain", 1)])
                s = earn_stmt(doc, name, met, q, ph, form, chain=True)
            else:
                form = wpick(rng, [("chg", 6), ("both", 1.5), ("prev", 1.5), ("qoq", 0.7 if met == "revenue" else 0),
                                   ("plain", 0.5)])
                s = earn_stmt(doc, name, met, q, phrase(doc, q) if i else ph, form, pre,
                              cons=(met == "operating_profit" and korean and rng.random() < 0.3),
                              conv=(i == 0 and c["cur"] != "USD" and rng.random() < 0.2))
            first.append(s)
            if met == "net_profit" and rng.random() < 0.3:
                break
    paras.append(first)
    if big and not guidance:
        if q.a == 4 and rng.random() < 0.7:
            yp = Per("Y", q.y)
            ys = [earn_stmt(doc, name, met, yp, phrase(doc, yp), wpick(rng, [("chg", 3), ("prev", 1)]))
                  for met in rng.sample(["revenue", "operating_profit", "net_profit"], rng.randint(1, 3))]
            paras.append(ys)
        elif q.a == 2 and rng.random() < 0.4:
            hp = Per("H", q.y, 1)
            paras.append([earn_stmt(doc, name, "revenue", hp, phrase(doc, hp), "chg"),
                          earn_stmt(doc, name, "operating_profit", hp, phrase(doc, hp), "plain")])
        if name in T.DIVISIONS and rng.random() < 0.5:
            div, biz = pick(rng, T.DIVISIONS[name])
            amt = doc.amount(name, "operating_profit", q) * rng.uniform(0.2, 0.7)
            if amt > 0:
                vt, v = doc.money(amt, c["cur"])
                ph2 = phrase(doc, q)
                paras.append([doc.say(pick(rng, T.SEGMENT), dict(division=div, biz=biz, val=vt, in_per=ph2.in_per),
                                      [fact("fct_revenues", "operating_profit", q.label(), v, c["cur"],
                                            nd=ph2.needs_date, optional=True, company=name)]),
                              filler(doc, [name])])
        if rng.random() < 0.22:
            paras.append([forecast_stmt(doc, name, "operating_profit", q.next_quarter()), filler(doc, [name])])
    return paras


def style_earnings(doc, target):
    rng = doc.rng
    name = pick_company(rng, 0.72)
    y = rng.randint(2019, 2026)
    qa = rng.randint(1, 4) if y < 2026 else rng.randint(1, 3)
    q = Per("Q", y, qa)
    guidance = name in ("Samsung Electronics", "LG Electronics") and rng.random() < 0.4
    doc.date = after(rng, q.end(), 5, 8) if guidance else after(rng, q.end(), 18, 50)
    D = doc.date
    wire = rng.random() < 0.45
    paras = earnings_section(doc, name, q, D, prefix=yonhap_dateline(doc) if wire else "")
    paras[0].append(filler(doc, [name]))
    for pa in paras:
        doc.para(pa)
    if rng.random() < 0.3 and not guidance:
        earnings_table(doc, name, q)
    if rng.random() < 0.25 and not guidance:
        rival = pick_company(rng, 0.5, CO[name]["sector"])
        if rival != name:
            rq = q.prev_quarter() if rng.random() < 0.25 else q
            doc.para([earn_stmt(doc, rival, "revenue", rq, phrase(doc, rq), wpick(rng, [("chg", 3), ("plain", 1)]),
                                qual=wpick(rng, [("exact", 2), ("approx", 1), ("at_least", 1)])),
                      earn_stmt(doc, rival, "operating_profit", rq, phrase(doc, rq), wpick(rng, [("chg", 3), ("prev", 1)]))])
    pad(doc, target, cos=[name], noise_kinds=["investment", "market_cap", "margin", "contract", "cost", "capacity"])
    cur, prev = doc.pair(name, "operating_profit", q, q.shift(-1))
    g = (cur / prev - 1) * 100 if cur > 0 and prev > 0 else None
    tmpl = pick(rng, T.TITLE_EARNINGS) if g is not None else pick(rng, [T.TITLE_EARNINGS[0], T.TITLE_EARNINGS[3]])
    doc.title = tmpl.format(
        co=CO[name]["aliases"][0], per_short=q.short(), op_move=("jumps" if g > 0 else "falls") if g is not None
        else ("stays in the red" if cur < 0 and prev < 0 else "swings to loss" if cur < 0 else "returns to black"),
        met="operating profit", rise_short="rises" if (g or 0) > 0 else "falls",
        pct_num=f"{abs(g):.0f}" if g is not None else "sharply", reason_short=pick(rng, T.TECH_SHORT) + " demand",
        profit_word="profit" if cur > 0 else "loss", val_short="up" if (g or 0) > 0 else "down")
    doc.date_style = "wire" if wire else None


def style_trade_release(doc, target):
    rng = doc.rng
    y, m = rand_month(rng)
    pm = Per("M", y, m)
    doc.date = after(rng, month_end(y, m), 1, 15)
    D = doc.date
    org = pick(rng, ["MOTIE", "KCS", "KITA"])
    srcs = V.KR_TRADE_SOURCES[org]
    doc.para([export_stmt(doc, pm, phrase(doc, pm), form="chg", srcs=srcs), trade_noise(doc), trade_noise(doc)])
    items = rng.sample([p["label"] for p in V.PRODUCTS], rng.randint(4, 8))
    head = f"{V.MONTHS[m - 1]} {y}"
    if rng.random() < 0.5:
        doc.block(("h", pick(rng, [f"Exports by major item ({head})", f"[Exports by item, {head}]",
                                           f"Major export items - {head}"])))
        doc.block(("ul", [export_bullet(doc, pm, product=it) for it in items]))
        if rng.random() < 0.6:
            doc.block(("h", f"Exports by destination ({head})"))
            doc.block(("ul", [export_bullet(doc, pm, dest=d)
                                      for d in rng.sample([d[0] for d in V.DESTINATIONS], rng.randint(3, 6))]))
    else:
        export_item_table(doc, pm, items)
        doc.para([export_stmt(doc, pm, phrase(doc, pm), dest=d, form="chg")
                  for d in rng.sample([d[0] for d in V.DESTINATIONS], rng.randint(2, 4))])
    pad(doc, target, trade=True, noise_kinds=["subsidy", "price", "budget"])
    cur, prev = doc.export_pair("KR", "WORLD", items[0], pm)
    pr = next(x for x in V.PRODUCTS if x["label"] == items[0])
    doc.title = pick(rng, T.TITLE_TRADE).format(src_short=org, goods_cap=cap(pr["adjs"][0]), goods=pr["adjs"][0],
                                                rise_short="rise" if cur > prev else "fall", per_short=head, dest_to="")


def style_kita_analysis(doc, target):
    """KITA-style analysis of one product to one destination over January-to-month (like shared sample 000)."""
    rng = doc.rng
    y, m = rand_month(rng, (2019, 3), (2026, 10))
    m = m if 2 <= m <= 11 else rng.randint(2, 11)
    prod = pick(rng, ["cathode materials", "secondary batteries", "semiconductors", "electric vehicles", "automobiles",
                      "ships", "displays"])
    dest = pick(rng, ["US", "US", "CN", "EU", "VN", "JP"])
    cum = Per("R", y, 1, b=m)
    doc.date = after(rng, month_end(y, m), 3, 25)
    D = doc.date
    srcs = V.KR_TRADE_SOURCES["KITA"]
    pr = next(x for x in V.PRODUCTS if x["label"] == prod)
    lead_f = filler(doc, kind="trade")
    doc.para([lead_f])
    doc.para([export_stmt(doc, cum, phrase(doc, cum), form=wpick(rng, [("both", 3), ("chg", 1), ("prev", 1)]),
                          dest=dest, product=prod, srcs=srcs), noise_sentence(doc, "cost")])
    hist, seen = [], set()
    for k in range(rng.randint(1, 3)):
        hm = Per("M", y - rng.randint(0, 2), rng.randint(1, 12))
        if hm.end() >= D or hm.label() in seen:
            continue
        seen.add(hm.label())
        form = wpick(rng, [("at_least", 2), ("record", 1), ("plain", 1)])
        hist.append(export_stmt(doc, hm, phrase(doc, hm, absolute=rng.random() < 0.6), form=form, dest=dest,
                                product=prod, qual="approx" if form == "plain" and rng.random() < 0.5 else "exact"))
    doc.para(hist)
    doc.para([noise_sentence(doc, "subsidy"), filler(doc, kind="trade")])
    pad(doc, target, noise_kinds=["subsidy", "investment", "cost", "capacity"])
    doc.title = None if rng.random() < 0.6 else f"Korea's {pr['adjs'][0]} exports to {next(d for d in V.DESTINATIONS if d[0] == dest)[1][0]} surge"
    doc.date_style = "dateline_prefix" if rng.random() < 0.6 else None


def share_period(rng, market):
    y = rng.randint(2019, 2026)
    r = rng.random()
    if market in ("ev batteries", "ess batteries") and r < 0.4:
        b = rng.randint(2, 11)
        return Per("R", y, 1, b=b)
    if r < 0.7:
        return Per("Q", y, rng.randint(1, 4) if y < 2026 else rng.randint(1, 3))
    return Per("Y", y if y < 2026 else 2025)


def style_market_share(doc, target):
    rng = doc.rng
    market = wpick(rng, [(m["label"], 3 if m["label"] in ("dram", "foundry", "ev batteries", "hbm") else 1)
                         for m in V.MARKETS])
    p = share_period(rng, market)
    doc.date = after(rng, p.end(), 8, 75)
    D = doc.date
    m = MKT[market]
    basis = m["bases"][0] if rng.random() < 0.6 else pick(rng, m["bases"])
    doc.memo[("basis", market)] = basis
    ph = phrase(doc, p)
    wire = rng.random() < 0.35
    sents = share_block(doc, market, p, ph, basis, n_sent=rng.randint(2, 4), prefix=yonhap_dateline(doc) if wire else "")
    doc.para(sents[:2])
    if sents[2:]:
        doc.para(sents[2:] + [filler(doc, list(doc.shares(market, p))[:3])])
    if market == "ev batteries" and rng.random() < 0.6:
        doc.para([group_share_stmt(doc, p, phrase(doc, p)), filler(doc, ["LG Energy Solution", "SK On", "Samsung SDI"])])
    if rng.random() < 0.5:
        if market == "foundry" and p.kind == "Q":
            foundry_table(doc, p)
        elif market == "ev batteries":
            battery_table(doc, p)
    if rng.random() < 0.25:
        other = pick(rng, [x["label"] for x in V.MARKETS if x["label"] != market])
        p2 = share_period(rng, other)
        if D is None or p2.end() < D:
            doc.para(share_block(doc, other, p2, phrase(doc, p2), pick(rng, MKT[other]["bases"]), n_sent=1))
    if rng.random() < 0.15:
        leader = list(doc.shares(market, p))[0]
        other = "ess batteries" if market != "ess batteries" else "ev batteries"
        py = Per("Y", D.year - 1) if D else Per("Y", p.y)
        if other != market:
            v = doc.shares(other, py)
            name = list(v)[0]
            t, val = doc.share_text(round(v[name]))
            ph2 = phrase(doc, py)
            doc.para([doc.say(pick(rng, T.SHARE_APPROX),
                              dict(co=doc.co(name), qual=pick(rng, V.QUALIFIER_WORDS["approx"]), sh=t, in_per=ph2.in_per,
                                   **mkt_slots(doc, other, "unknown")),
                              [share_fact(doc, other, py, name, val, ph2.needs_date, None, qual="approx")])])
    pad(doc, target, cos=list(doc.shares(market, p))[:3], noise_kinds=["market_size", "price", "capacity", "cost"])
    lead = list(doc.shares(market, p))[0]
    t, _ = doc.share_text(doc.shares(market, p)[lead], pct_sign=True)
    doc.title = pick(rng, T.TITLE_SHARES).format(co=CO[lead]["aliases"][0] if lead in CO else lead,
                                                 mkt_short=pick(rng, m["text"]).replace("global ", ""),
                                                 share_move="gains ground", per_short=p.short(), sh=t)
    doc.date_style = "wire" if wire else None


def style_semis_table(doc, target):
    rng = doc.rng
    y = rng.randint(2019, 2025)
    doc.date = after(rng, dt.date(y + 1, 1, 1), 10, 120)
    D = doc.date
    doc.para([filler(doc)])
    top, total, src = chip_vendor_table(doc, y)
    # a sentence restating the leader (a repeat: same statement values, one gold row each)
    p = Per("Y", y)
    ph = phrase(doc, p)
    lead = top[0]
    t, _ = doc.money(lead[1] * 1e6, "USD")
    doc.block(("p", [render("According to {src}, {co} ranked first among global semiconductor suppliers "
                                       "{in_per} with revenue of {val}.",
                                       dict(src=src, co=doc.co(lead[0]), in_per=ph.in_per, val=t))]), at=0)
    tv, _ = doc.money(total * 1e6, "USD", precise=False, special=False)
    doc.para([f"Global semiconductor revenue totaled {tv} {ph.in_per}, according to {src}." if rng.random() < 0.5
              else noise_sentence(doc, "market_size")])
    if rng.random() < 0.5:
        tw = CO["TSMC"]
        amt = doc.revenue("TSMC", p)
        vt, v = doc.money(amt, "TWD")
        conv, cv = doc.conversion(amt, "TWD")
        cs, chg = chg_slots(doc, rng.uniform(0.05, 0.4))
        ph2 = phrase(doc, p)
        doc.para([doc.say("TSMC had previously reported its annual net revenue {for_per} totaled {val} {conv}, "
                          "{a_chg} from the previous year.",
                          dict(for_per=ph2.for_per, val=vt, conv=conv, **cs),
                          [fact("fct_revenues", "revenue", p.label(), v, "TWD", nd=ph2.needs_date, change=chg,
                                company="TSMC"),
                           fact("fct_revenues", "revenue", p.label(), cv, "USD", nd=ph2.needs_date, change=chg,
                                qual="approx", optional=True, company="TSMC")])])
    pad(doc, target, cos=[r[0] for r in top[:4]], noise_kinds=["market_size", "price"])
    doc.title = f"{CO[lead[0]]['aliases'][0]} tops global semiconductor market in {y}"


def latest_quarter(D, lag_days=20):
    """The latest quarter whose results are out `lag_days` after it ended."""
    ref = D - dt.timedelta(days=lag_days)
    q = Per("Q", ref.year, (ref.month - 1) // 3 + 1)
    return q.prev_quarter() if q.end() >= ref else q


def recent_share_period(rng, market, D):
    r = rng.random()
    if market in ("ev batteries", "ess batteries") and r < 0.35 and D.month >= 3:
        return Per("R", D.year, 1, b=D.month - 1)
    if r < 0.75 or D.month < 2:
        q = latest_quarter(D, 15)
        return q if rng.random() < 0.8 else q.prev_quarter()
    return Per("Y", D.year - 1)


def newsletter_item(doc, D, kind, section):
    """One numbered item: (headline, bullets, sentences)."""
    rng = doc.rng
    sectors, markets, products = V.NEWSLETTER_SECTIONS[section]
    markets = [m for m in markets if m not in doc.items_used]
    products = [p for p in products if p not in doc.items_used] or \
        [p["label"] for p in V.PRODUCTS if p["label"] not in doc.items_used]
    if kind == "share" and not markets:
        kind = "exports"
    if kind == "earnings":
        pool = [c["name"] for c in V.COMPANIES if c["sector"] in sectors and c["name"] not in doc.items_used]
        pool = pool or [c["name"] for c in V.COMPANIES if c["name"] not in doc.items_used]
        kp = [n for n in pool if n in KR_LISTED]
        name = pick(rng, kp) if kp and rng.random() < 0.8 else pick(rng, pool)
        doc.items_used.add(name)
        q = latest_quarter(D)
        if rng.random() < 0.2:
            q = q.prev_quarter()
        bullets = []
        if rng.random() < 0.6:  # summary bullet: the statement with its change; the body repeats the figure
            cur, prev = doc.pair(name, "revenue", q, q.shift(-1))
            cs, chg = chg_slots(doc, cur / prev - 1)
            vt, v = doc.money(cur, CO[name]["cur"], special=False)
            verb = "soars" if chg > 20 else "rises" if chg > 0 else "falls"
            line = f"Revenue {verb} {cs['pct_num']}% YoY to {vt}"
            bullets.append(doc.add(line, [fact("fct_revenues", "revenue", q.label(), v, CO[name]["cur"], nd=True,
                                               change=chg, company=name)]))
        paras = earnings_section(doc, name, q, D, big=rng.random() < 0.4)
        sents = [s for pa in paras for s in pa]
        head = f"{CO[name]['aliases'][0]} {pick(rng, ['Posts', 'Reports', 'Announces'])} {q.short()} Results"
        return head, bullets, sents + [filler(doc, [name])]
    if kind == "share":
        market = pick(rng, markets)
        doc.items_used.add(market)
        p = recent_share_period(rng, market, D)
        sents = share_block(doc, market, p, phrase(doc, p), pick(rng, MKT[market]["bases"]), n_sent=rng.randint(1, 3))
        if market == "ev batteries" and rng.random() < 0.5:
            sents.append(group_share_stmt(doc, p, phrase(doc, p)))
        lead = list(doc.shares(market, p))[0]
        mk = pick(rng, MKT[market]["text"]).replace("global ", "")
        head = f"{CO[lead]['aliases'][0] if lead in CO else lead} Leads Global {mk} Market"
        return head, [], sents + [filler(doc, [lead] if lead in CO else None)]
    if kind == "exports":
        pm = Per("M", D.year, D.month - 1) if D.month > 1 else Per("M", D.year - 1, 12)
        prod = pick(rng, products)
        doc.items_used.add(prod)
        sents = [export_stmt(doc, pm, phrase(doc, pm), product=prod, form="chg",
                             srcs=V.KR_TRADE_SOURCES[pick(rng, ["MOTIE", "KITA"])]),
                 export_stmt(doc, pm, phrase(doc, pm), product=prod, dest=pick(rng, ["CN", "US", "EU", "VN"]),
                             form=wpick(rng, [("chg", 3), ("prev", 1)])),
                 trade_noise(doc), filler(doc, kind="trade")]
        pr = next(x for x in V.PRODUCTS if x["label"] == prod)
        return f"{cap(pr['adjs'][0])} Exports {pick(rng, ['Rebound', 'Slow', 'Hit Record'])}", [], sents
    # noise item: budgets, surveys, investments, orders, market sizes, capacity (no facts)
    pool = [c["name"] for c in V.COMPANIES if c["sector"] in sectors]
    kinds = [k for k in T.NEWSLETTER_NOISE_HEADS if ("noise", k) not in doc.items_used] or list(T.NEWSLETTER_NOISE_HEADS)
    nk = pick(rng, kinds)
    doc.items_used.add(("noise", nk))
    cos = [pick(rng, pool)]
    bullets = [noise_sentence(doc, nk, cos) for _ in range(rng.randint(0, 2))]
    sents = [noise_sentence(doc, nk, cos) for _ in range(rng.randint(1, 3))] + \
            [filler(doc, cos) for _ in range(rng.randint(2, 4))]
    head = pick(rng, T.NEWSLETTER_NOISE_HEADS[nk]).format(co=CO[cos[0]]["aliases"][0])
    return head, bullets, sents


def style_newsletter(doc, target):
    rng = doc.rng
    y, m = rand_month(rng, (2020, 1), (2026, 10))
    doc.date = D = dt.date(y, m, rng.randint(1, 28))
    names = list(V.NEWSLETTER_SECTIONS)
    sections = rng.sample(names, rng.randint(2, 4))
    for si, sec in enumerate(sections):
        doc.block(("h", f"{V.ROMAN[si]}. {sec}"))
        for k in range(rng.randint(1, 3)):
            kind = wpick(rng, [("earnings", 3), ("share", 3), ("exports", 2 if sec == "POLICY AND TRADE" else 1),
                               ("noise", 4)])
            head, bullets, sents = newsletter_item(doc, D, kind, sec)
            doc.block(("h", f"{k + 1}. {head}"))
            if bullets:
                doc.block(("ul", bullets))
            doc.para(sents)
            if doc.size() > target:
                break
        if doc.size() > target:
            break
    pad(doc, target)
    doc.title = f"{pick(rng, V.NEWSLETTER_NAMES)} No. {rng.randint(1, 60)} of AI, Semiconductors, Batteries and Electric vehicles"
    doc.date_style = "newsletter"


def style_brief(doc, target):
    rng = doc.rng
    kind = pick(rng, ["earnings", "share", "exports", "exports_other"])
    if kind == "earnings":
        name = pick_company(rng, 0.6)
        q = Per("Q", rng.randint(2019, 2025), rng.randint(1, 4))
        doc.date = after(rng, q.end(), 20, 45)
        D = doc.date
        doc.para([earn_stmt(doc, name, pick(rng, ["revenue", "operating_profit", "net_profit"]), q, phrase(doc, q),
                            wpick(rng, [("chg", 3), ("prev", 1), ("plain", 1.5)]),
                            qual=wpick(rng, [("exact", 2), ("approx", 1), ("at_least", 1), ("at_most", 0.5)]))])
        doc.title = f"{CO[name]['aliases'][0]} {q.short()} results"
    elif kind == "share":
        market = pick(rng, [m["label"] for m in V.MARKETS])
        p = share_period(rng, market)
        doc.date = after(rng, p.end(), 10, 60)
        D = doc.date
        doc.para(share_block(doc, market, p, phrase(doc, p), pick(rng, MKT[market]["bases"]), n_sent=1))
        doc.title = f"Global {pick(rng, MKT[market]['text']).replace('global ', '')} market share"
    else:
        y, m = rand_month(rng)
        pm = Per("M", y, m)
        doc.date = after(rng, month_end(y, m), 1, 10)
        D = doc.date
        if kind == "exports_other":
            o = pick(rng, V.OTHER_EXPORTERS)
            doc.para([export_stmt(doc, pm, phrase(doc, pm), exporter=o[0], srcs=o[4], form="chg")])
            doc.title = f"{o[1][0].split(chr(39))[0]} exports in {V.MONTHS[m - 1]}"
        else:
            doc.para([export_stmt(doc, pm, phrase(doc, pm), product=pick(rng, [p["label"] for p in V.PRODUCTS]),
                                  form="chg", srcs=V.KR_TRADE_SOURCES["MOTIE"])])
            doc.title = f"Exports data for {V.MONTHS[m - 1]}"
    if rng.random() < 0.6:
        doc.para([filler(doc)])
    pad(doc, target)


STYLE_FUNCS = {"exports_wire": style_exports_wire, "exports_early": style_exports_early, "earnings": style_earnings,
               "trade_release": style_trade_release, "market_share": style_market_share,
               "newsletter": style_newsletter, "brief": style_brief, "semis_table": style_semis_table,
               "kita_analysis": style_kita_analysis}


# --- rendering ------------------------------------------------------------------------------------

def date_text(rng, D, kind):
    mon_ap = V.MONTHS_AP[D.month - 1]
    if kind == "published":
        t = f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}"
        d = f"{V.MONTHS_ABBR[D.month - 1]} {D.day}, {D.year}"
        s = f"Published : {d} - {t}"
        return s + (f"    Updated : {d} - {t}" if rng.random() < 0.4 else "")
    if kind == "posted":
        return pick(rng, [f"Posted on {V.MONTHS[D.month - 1]} {D.day}, {D.year}", f"{mon_ap} {D.day}, {D.year}",
                          f"Posted : {D.isoformat()} {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}"])
    return f"{D.isoformat()} {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d} KST"


def render_table_txt(rng, t):
    lines = [t["caption"]]
    style = rng.random()
    rows = [t["header"]] + t["rows"]
    if style < 0.55:
        lines += [_WS.sub(" ", " ".join(r)).strip() for r in rows]
    elif style < 0.9:
        widths = [max(len(r[i]) if i < len(r) else 0 for r in rows) for i in range(max(len(r) for r in rows))]
        lines += ["  ".join(c.ljust(widths[i]) for i, c in enumerate(r)).rstrip() for r in rows]
    else:
        lines += ["\t".join(r) for r in rows]
    lines += t["notes"]
    return "\n".join(lines)


def render_txt(doc):
    rng = doc.rng
    ds = doc.date_style
    D = None if doc.undated else doc.date
    body = []
    for b in doc.blocks:
        if b[0] == "p":
            body.append(" ".join(b[1]))
        elif b[0] == "h":
            body.append(b[1])
        elif b[0] == "ul":
            body.append("\n".join("- " + x for x in b[1]))
        elif b[0] == "table":
            body.append(render_table_txt(rng, b[1]))
        else:
            body.append(b[1])
    sep = "\n\n" if rng.random() < 0.7 else "\n"
    if ds == "newsletter":
        sp = "\u3000"
        author = pick(rng, V.KOREAN_AUTHORS) if doc.cp949 else pick(rng, ["KH", "KITA", "KIAT", "Editorial team"])
        head = [sp, "", "HOME > Resources > Newsletters", "", sp, "", "Title", "", doc.title, "", "Author" + sp, "",
                author, ""]
        if D:
            head += ["Post Date" + sp, "", D.isoformat(), ""]
        head += ["Read", "", str(rng.randint(3, 400)), "", "Attach File", "", "-"]
        return "\n".join(head) + "\n" + "\n\n".join(body) + "\n"
    kind = None
    if D:
        kind = "dateline" if ds == "dateline_prefix" else "published" if ds == "wire" else \
            wpick(rng, [("published", 3), ("posted", 2), ("kst", 1), ("dateline", 2)])
    if kind == "dateline":  # ' date YYYY-MM-DD ' glued to the first line, as in the shared sample
        text = f" date {D.isoformat()} " + (doc.title + sep if doc.title else "") + sep.join(body)
    else:
        out = ([doc.title] if doc.title else []) + ([date_text(rng, D, kind)] if kind else []) + [""]
        text = "\n".join(out) + "\n" + sep.join(body)
    if doc.cp949:  # CP949 files always carry Hangul, so the encoding matters
        text += f"\n\n{pick(rng, V.REPORTER_KR)} 기자 ({pick(rng, ['econ', 'tech', 'biz'])}@{pick(rng, ['news', 'daily'])}.co.kr)"
    elif rng.random() < 0.4:
        text += f"\n\nBy {pick(rng, V.REPORTERS)} ({doc.outlet})"
    return text + "\n"


def render_html(doc):
    rng = doc.rng
    e = lambda s: html.escape(s, quote=False)
    D = None if doc.undated else doc.date
    charset = "euc-kr" if doc.enc == "cp949" else "utf-8"
    parts = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", f"<meta charset=\"{charset}\">",
             f"<title>{e(doc.title or 'News')} | {e(doc.outlet)}</title>"]
    if D and rng.random() < 0.6:
        parts.append(f"<meta property=\"article:published_time\" content=\"{D.isoformat()}T{rng.randint(6, 22):02d}:"
                     f"{rng.randint(0, 59):02d}:00+09:00\">")
    parts += ["</head>", "<body>", "<header><nav><ul>"]
    parts += [f"<li><a href=\"/{n.lower()}\">{n}</a></li>" for n in T.HTML_NAV[:rng.randint(4, len(T.HTML_NAV))]]
    parts += ["</ul></nav></header>", "<main>", "<article>"]
    if doc.title:
        parts.append(f"<h1>{e(doc.title)}</h1>")
    if D:
        parts.append(f"<p class=\"date\">{e(date_text(rng, D, 'published' if rng.random() < 0.6 else 'posted'))}</p>")
    for b in doc.blocks:
        if b[0] == "p":
            parts.append("<p>" + e(" ".join(b[1])) + "</p>")
        elif b[0] == "h":
            parts.append(f"<h2>{e(b[1])}</h2>")
        elif b[0] == "ul":
            parts.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + "</ul>")
        elif b[0] == "table":
            t = b[1]
            rows = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in t["rows"])
            head = "<tr>" + "".join(f"<th>{e(c)}</th>" for c in t["header"]) + "</tr>"
            parts.append(f"<table><caption>{e(t['caption'])}</caption><thead>{head}</thead><tbody>{rows}</tbody></table>")
            parts += [f"<p class=\"note\">{e(n)}</p>" for n in t["notes"]]
        else:
            parts.append(f"<p>{e(b[1])}</p>")
    parts += ["</article>", "<aside><h3>Related articles</h3><ul>"]
    parts += [f"<li><a href=\"/news/{rng.randint(10000, 99999)}\">{e(t)}</a></li>" for t in rng.sample(T.HTML_RELATED, 3)]
    parts += ["</ul></aside>", "</main>",
              f"<footer><p>{e(pick(rng, T.FOOTER_LINES).format(outlet=doc.outlet))}</p>"
              + (f"<p>{pick(rng, V.REPORTER_KR)} 기자</p>" if doc.cp949 else "") + "</footer>", "</body>", "</html>"]
    return "\n".join(parts) + "\n"


def render_md(doc):
    rng = doc.rng
    D = None if doc.undated else doc.date
    out = []
    if D and rng.random() < 0.5:
        out += ["---", f"title: \"{doc.title or 'News'}\"", f"date: {D.isoformat()}", f"source: {doc.outlet}", "---", ""]
        if doc.title:
            out += [f"# {doc.title}", ""]
    else:
        if doc.title:
            out += [f"# {doc.title}", ""]
        if D:
            out += [f"*{date_text(rng, D, 'posted')}*", ""]
    for b in doc.blocks:
        if b[0] == "p":
            out += [" ".join(b[1]), ""]
        elif b[0] == "h":
            out += [f"## {b[1]}", ""]
        elif b[0] == "ul":
            out += ["- " + x for x in b[1]] + [""]
        elif b[0] == "table":
            t = b[1]
            out += [f"**{t['caption']}**", "", "| " + " | ".join(t["header"]) + " |",
                    "|" + "---|" * len(t["header"])]
            out += ["| " + " | ".join(r) + " |" for r in t["rows"]]
            out += [""] + t["notes"] + [""]
        else:
            out += [b[1], ""]
    return "\n".join(out)


_CP949_OK = {}


def cp949_safe(s):
    """Replace characters CP949 cannot encode (same mapping for text and evidence)."""
    try:
        s.encode("cp949")
        return s
    except UnicodeEncodeError:
        return s.encode("cp949", errors="replace").decode("cp949")


MIN_BYTES, MAX_BYTES = 300, 8192


def encode_doc(doc, crlf):
    if doc.ext == "html":
        text = render_html(doc)
    elif doc.ext == "md":
        text = render_md(doc)
    else:
        text = render_txt(doc)
    if doc.cp949:
        text = cp949_safe(text)
    if crlf:
        text = text.replace("\n", "\r\n")
    if doc.enc == "utf-8":
        return text.encode("utf-8")
    if doc.enc == "utf-8-sig":
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    if doc.enc == "cp949":
        return text.encode("cp949")
    # CP949 bytes mis-decoded as Latin-1, saved as UTF-8: the "\u00a1\u00b0...\u00a1\u00b1" mojibake
    return text.encode("cp949").decode("latin-1").encode("utf-8")


# --- one document -----------------------------------------------------------------------------------

def make_doc(seed, i):
    rng = random.Random(f"newsfacts-bench:{seed}:{i}")
    style = wpick(rng, list(STYLES.items()))
    ext = wpick(rng, [("txt", 78), ("html", 14), ("md", 8)])
    if style == "newsletter":
        ext = "txt" if rng.random() < 0.85 else ext
    if ext == "md":
        enc = wpick(rng, [("utf-8", 9), ("utf-8-sig", 1)])
    elif ext == "html":
        enc = wpick(rng, [("utf-8", 8), ("cp949", 2)])
    elif style == "newsletter":
        enc = wpick(rng, [("utf-8", 4), ("mojibake", 4), ("cp949", 1), ("utf-8-sig", 1)])
    else:
        enc = wpick(rng, [("utf-8", 68), ("utf-8-sig", 12), ("cp949", 14), ("mojibake", 4)])
    name = f"bench_{i:06d}.{ext}"
    doc = Doc(name, rng, None, enc, ext, style)
    doc.seed = seed
    doc.undated = rng.random() < 0.03  # the date is used to write the story, then not printed
    if style == "brief":
        target = rng.randint(300, 900)
    elif style == "newsletter":
        target = rng.randint(3500, 7600)
    else:
        target = int(min(7500, max(900, rng.lognormvariate(math.log(2500), 0.42))))
    STYLE_FUNCS[style](doc, target)
    crlf = ext == "txt" and rng.random() < 0.08
    for _ in range(12):  # keep every file within 300 B .. 8 KiB
        data = encode_doc(doc, crlf)
        if len(data) < MIN_BYTES:
            pad(doc, doc.size() + MIN_BYTES - len(data) + 60)
            continue
        if len(data) > MAX_BYTES:
            drop = [k for k, b in enumerate(doc.blocks) if b[0] == "p" and len(b) > 2 and b[2]]
            if drop:
                b = doc.blocks.pop(drop[-1])
                doc._size -= block_size(b)
                continue
        break
    facts = doc.facts
    if doc.cp949:
        for f in facts:
            f["evidence"] = cp949_safe(f["evidence"])
    for f in facts:
        if f["table"] == "fct_market_shares" and f["basis"] is None:
            f["basis"] = doc.basis_stated.get((f["market"], f["period"]), "unknown")
    gold = [{k: f.get(k) for k in GOLD_KEYS} for f in facts]
    return name, data, gold, dict(style=style, enc=enc, ext=ext, dated=not doc.undated)


# --- CLI -----------------------------------------------------------------------------------------------

def _write_range(args):
    """Worker: generate and write documents lo..hi-1; returns their gold and metadata."""
    seed, lo, hi, docs_dir = args
    out = []
    for i in range(lo, hi):
        name, data, gold, meta = make_doc(seed, i)
        with open(os.path.join(docs_dir, name), "wb") as fh:
            fh.write(data)
        out.append((name, gold, meta, len(data)))
    return out


def available_cores():
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def write_docs(out, seed, start, count, jobs=None):
    """Write documents start..start+count-1 under out/docs (in parallel when jobs > 1; the
    files do not depend on jobs). Returns [(name, gold)] in document order and stats."""
    docs_dir = out / "docs"
    docs_dir.mkdir(parents=True, exist_ok=True)
    jobs = max(1, jobs or available_cores())
    step = 250
    chunks = [(seed, lo, min(lo + step, start + count), str(docs_dir)) for lo in range(start, start + count, step)]
    if jobs > 1 and len(chunks) > 1:
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
        with multiprocessing.get_context(method).Pool(min(jobs, len(chunks))) as pool:
            results = list(pool.imap(_write_range, chunks))
    else:
        results = [_write_range(c) for c in chunks]
    golds, stats = [], {"style": {}, "enc": {}, "ext": {}, "undated": 0, "bytes": 0, "facts": 0}
    for res in results:
        for name, gold, meta, nbytes in res:
            golds.append((name, gold))
            for k in ("style", "enc", "ext"):
                stats[k][meta[k]] = stats[k].get(meta[k], 0) + 1
            stats["undated"] += not meta["dated"]
            stats["bytes"] += nbytes
            stats["facts"] += len(gold)
    return golds, stats


_DOC_RE = re.compile(r'\{"doc": "([^"]+)"')


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True, help="output folder (documents go to OUT/docs)")
    ap.add_argument("-n", type=int, default=10000, help="number of documents (full run)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--only-new", type=int, metavar="K", help="write K more documents, numbered from --start")
    ap.add_argument("--start", type=int, help="first number for --only-new (default: after the last existing one)")
    ap.add_argument("-j", "--jobs", type=int, default=0, help="worker processes (default: all available cores)")
    ap.add_argument("-q", "--quiet", action="store_true")
    a = ap.parse_args(argv)
    out = Path(a.out)
    t0 = time.perf_counter()
    docs_dir = out / "docs"
    gold_path = out / "gold.jsonl"
    if a.only_new is None:
        if docs_dir.is_dir():
            for f in docs_dir.iterdir():
                if f.name.startswith("bench_"):
                    f.unlink()
        start, count = 0, a.n
        golds, stats = write_docs(out, a.seed, start, count, a.jobs)
        with open(gold_path, "w", encoding="utf-8") as fh:
            for _, gold in golds:
                for g in gold:
                    fh.write(json.dumps(g, ensure_ascii=False) + "\n")
    else:
        existing = sorted(int(m[1]) for f in (os.listdir(docs_dir) if docs_dir.is_dir() else [])
                          if (m := re.match(r"bench_(\d+)\.", f)))
        start = a.start if a.start is not None else (existing[-1] + 1 if existing else 0)
        count = a.only_new
        golds, stats = write_docs(out, a.seed, start, count, a.jobs)
        new_names = {n for n, _ in golds}
        stems = {n.rsplit(".", 1)[0] for n in new_names}
        kept = []
        if gold_path.exists():
            with open(gold_path, encoding="utf-8") as fh:
                # lines start with {"doc": "NAME" (GOLD_KEYS order): no need to parse 40 MB of JSON
                kept = [l for l in fh if l.strip() and _DOC_RE.match(l)[1].rsplit(".", 1)[0] not in stems]
        with open(gold_path, "w", encoding="utf-8") as fh:
            fh.writelines(kept)
            for _, gold in golds:
                for g in gold:
                    fh.write(json.dumps(g, ensure_ascii=False) + "\n")
    elapsed = time.perf_counter() - t0
    manifest_path = out / "manifest.json"
    manifest = {}
    if a.only_new is not None and manifest_path.exists():
        manifest = json.loads(manifest_path.read_text())
    runs = manifest.get("runs", [])
    runs.append(dict(seed=a.seed, start=start, count=count, seconds=round(elapsed, 3), **stats))
    n_docs = len([f for f in os.listdir(docs_dir) if f.startswith("bench_")])
    manifest = dict(generator="bench/generate_corpus.py", seed=a.seed, documents=n_docs, docs_dir="docs",
                    gold="gold.jsonl", runs=runs)
    manifest_path.write_text(json.dumps(manifest, indent=2) + "\n")
    if not a.quiet:
        print(f"wrote {count} documents ({stats['bytes'] / 1e6:.1f} MB, {stats['facts']} gold facts) "
              f"to {docs_dir} in {elapsed:.2f}s; gold: {gold_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
