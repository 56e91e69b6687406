#!/usr/bin/env python3
"""Build gold.jsonl for the held-out corpus from the hand-labelled facts below.

Each fact names its document, its key attributes, its period (resolved by hand
against the article's date), its value and its evidence: either the opening
words of its sentence (expanded to the full sentence from the document) or
('row', CELL) for the table row having that cell. Run:

    python tests/corpus_holdout/build_gold.py && python tests/corpus_holdout/validate.py
"""
from __future__ import annotations

import json
from decimal import Decimal

from corpus_lib import HERE, row, sentence

G: list[dict] = []
MULT = {"T": Decimal(10) ** 12, "B": Decimal(10) ** 9, "M": Decimal(10) ** 6, "": Decimal(1)}


def money(v: str) -> float:
    v = v.replace(",", "")
    suf = v[-1] if v[-1] in "TBM" else ""
    return float(Decimal(v[: len(v) - len(suf)]) * MULT[suf])


def evidence(doc, ev):
    if isinstance(ev, tuple):
        return row(doc, ev[1])
    return sentence(doc, ev)


def add(doc, table, metric, period, value, unit, ev, chg=None, q="exact", opt=False, **keys):
    rec = dict(doc=doc, table=table, metric=metric, company=None, exporter=None, destination=None,
               product=None, market=None, basis=None, rank=None, period=period, value=value, unit=unit,
               change_pct=chg, qualifier=q, optional=opt, evidence=evidence(doc, ev))
    rec.update(keys)
    G.append(rec)


def R(doc, company, metric, period, value, ev, unit="KRW", chg=None, q="exact", opt=False):
    add(doc, "fct_revenues", metric, period, money(value), unit, ev, chg, q, opt, company=company)


def X(doc, dest, product, period, value, ev, unit="USD", chg=None, q="exact", opt=False, exporter="KR"):
    add(doc, "fct_exports", "export_value", period, money(value), unit, ev, chg, q, opt,
        exporter=exporter, destination=dest, product=product)


def S(doc, company, market, basis, period, value, ev, rank=None, q="exact", opt=False):
    add(doc, "fct_market_shares", "market_share", period, float(value), "%", ev, None, q, opt,
        company=company, market=market, basis=basis, rank=rank)


REV, OP, NP = "revenue", "operating_profit", "net_profit"

# h01 Samsung Newsroom release with a space-aligned table (2024-01-31)
d = "h01_samsung_newsroom_4q23.txt"; c = "Samsung Electronics"
R(d, c, REV, "2023-Q4", "67.78T", "The Company posted KRW 67.78", chg=-3.8)
R(d, c, OP, "2023-Q4", "2.82T", "The Company posted KRW 67.78", chg=-34.6)
R(d, c, REV, "2023", "258.94T", "For the full year, the Company posted")
R(d, c, OP, "2023", "6.57T", "For the full year, the Company posted")
R(d, c, NP, "2023-Q4", "6.34T", "Net profit for the quarter came to")
R(d, c, REV, "2023-Q3", "67.40T", ("row", "Sales"))
R(d, c, REV, "2022-Q4", "70.46T", ("row", "Sales"))
R(d, c, REV, "2022", "302.23T", ("row", "Sales"))
R(d, c, OP, "2023-Q3", "2.43T", ("row", "Operating Profit"))
R(d, c, OP, "2022-Q4", "4.31T", ("row", "Operating Profit"))
R(d, c, OP, "2022", "43.38T", ("row", "Operating Profit"))
R(d, c, NP, "2023-Q3", "5.84T", ("row", "Net Profit"))
R(d, c, NP, "2022-Q4", "23.84T", ("row", "Net Profit"))
R(d, c, NP, "2023", "15.49T", ("row", "Net Profit"))
R(d, c, NP, "2022", "55.65T", ("row", "Net Profit"))
R(d, c, REV, "2023-Q4", "21.69T", "The DS Division posted", opt=True)        # segment
R(d, c, OP, "2023-Q4", "-2.18T", "The DS Division posted", opt=True)        # segment
R(d, c, REV, "2023-Q4", "25.04T", "The MX and Networks Businesses", opt=True)
R(d, c, OP, "2023-Q4", "2.73T", "The MX and Networks Businesses", opt=True)

# h02 SK hynix IR release with a tab-separated table (2024-10-24)
d = "h02_skhynix_3q24_ir.txt"; c = "SK hynix"
R(d, c, REV, "2024-Q3", "17.5731T", "SK hynix Inc. (or", chg=94)
R(d, c, OP, "2024-Q3", "7.03T", "SK hynix Inc. (or")
R(d, c, NP, "2024-Q3", "5.7534T", "SK hynix Inc. (or")
R(d, c, REV, "2024-Q2", "16.4233T", "Quarterly revenue set a new record")
R(d, c, OP, "2018-Q3", "6.4724T", "Operating profit also exceeded the previous record")
R(d, c, REV, "2023-Q3", "9066B", ("row", "Revenue"))
R(d, c, OP, "2024-Q2", "5469B", ("row", "Operating profit"))
R(d, c, OP, "2023-Q3", "-1792B", ("row", "Operating profit"))
R(d, c, NP, "2024-Q2", "4120B", ("row", "Net profit"))
R(d, c, NP, "2023-Q3", "-2185B", ("row", "Net profit"))

# h03 LG Energy Solution newsroom page, HTML table (2024-10-30)
d = "h03_lges_3q24_newsroom.html"; c = "LG Energy Solution"
R(d, c, REV, "2024-Q3", "6.8778T", "LG Energy Solution (LGES; KRX", chg=-16.4)
R(d, c, OP, "2024-Q3", "448.3B", "LG Energy Solution (LGES; KRX", chg=-38.7)
R(d, c, OP, "2024-Q3", "-17.7B", "Excluding the credits", q="estimate", opt=True)  # counterfactual ex-AMPC
R(d, c, REV, "2024-Q2", "6161.9B", ("row", "Revenue"))
R(d, c, REV, "2023-Q3", "8223.5B", ("row", "Revenue"))
R(d, c, OP, "2024-Q2", "195.3B", ("row", "Operating profit"))
R(d, c, OP, "2023-Q3", "731.2B", ("row", "Operating profit"))
R(d, c, NP, "2024-Q3", "241.3B", ("row", "Net profit"), chg=-60.9)
R(d, c, NP, "2024-Q2", "26.6B", ("row", "Net profit"))
R(d, c, NP, "2023-Q3", "617.7B", ("row", "Net profit"))

# h04 Samsung SDI markdown IR release, negatives in parentheses (2025-02-11)
d = "h04_samsungsdi_4q24_ir.md"; c = "Samsung SDI"
for metric, key, vals in [
    (REV, "Revenue", ["3845.8B", "3954.4B", "5429.5B", "16592.2B", "22708.3B"]),
    (OP, "Operating profit", ["-257.2B", "121.2B", "294.7B", "363.3B", "1633.4B"]),
    (NP, "Net profit", ["-131.7B", "169.2B", "336.1B", "578.8B", "2067.5B"]),
]:
    for per, v in zip(["2024-Q4", "2024-Q3", "2023-Q4", "2024", "2023"], vals):
        chg = {("revenue", "2024-Q4"): -29.2, ("revenue", "2024"): -26.9}.get((metric, per))
        R(d, c, metric, per, v, ("row", key), chg=chg)
R(d, c, REV, "2024-Q4", "3585.2B", ("row", "Battery"), opt=True)
R(d, c, OP, "2024-Q4", "-431.4B", ("row", "Battery"), opt=True)
R(d, c, REV, "2024-Q4", "260.6B", ("row", "Electronic materials"), opt=True)
R(d, c, OP, "2024-Q4", "174.2B", ("row", "Electronic materials"), opt=True)

# h05 Yonhap, dateline "SEOUL, Nov. 1 (Yonhap)"; year from "in 2024" -> last month = 2024-10
d = "h05_yonhap_oct_exports.txt"
X(d, "WORLD", None, "2024-10", "57.52B", "Outbound shipments climbed", chg=4.6)
X(d, "WORLD", "semiconductors", "2024-10", "12.5B", "Exports of semiconductors, the country", chg=40.3)
X(d, "WORLD", "automobiles", "2024-10", "5.5B", "Car exports, however", chg=-5.1)
X(d, "WORLD", "petrochemicals", "2024-10", "3.9B", "Outbound shipments of petrochemicals", chg=0.3)
X(d, "WORLD", "ships", "2024-10", "2.37B", "Outbound shipments of petrochemicals")
X(d, "CN", None, "2024-10", "11.6B", "By destination, exports to China", chg=2.7)
X(d, "US", None, "2024-10", "10.5B", "By destination, exports to China", chg=3.1)
X(d, "ASEAN", None, "2024-10", "10.1B", "Exports to the 10-member ASEAN", chg=2.1, opt=True)  # no code
X(d, "WORLD", None, "2022", "683.6B", "The ministry said the country is on track")
X(d, "WORLD", None, "2024", "700B", "The ministry said the country is on track", q="forecast", opt=True)

# h06 Yonhap, dateline "SEOUL, Oct. 5 (Yonhap)"; year from "first nine months of 2023"
d = "h06_yonhap_battery_exports.txt"; p = "secondary batteries"
X(d, "WORLD", p, "2023-09", "812M", "Outbound shipments of secondary batteries", chg=-12.4)
X(d, "WORLD", p, "2023-Q3", "2.61B", "In the July-September period", chg=-9.8)
X(d, "US", p, "2023-09", "287M", "Shipments to the United States, the largest", chg=-21.6)
X(d, "DE", p, "2023-09", "96M", "Exports to Germany came to")
X(d, "HU", p, "2023-09", "41M", "Exports to Germany came to", chg=-38)
X(d, "US", "cathode materials", "2023-01..2023-09", "1.92B", "Exports of cathodes to the U.S.", chg=96.4)

# h07 KOTRA market news (2024-03-12)
d = "h07_kotra_india_mexico.txt"
X(d, "IN", None, "2023", "17.85B", "Korea's exports to India amounted", chg=-5.6)
X(d, "IN", "steel", "2023", "2.74B", "The decline was led by steel", chg=-11.2)
X(d, "IN", "semiconductors", "2023", "1.21B", "Semiconductor shipments to India", chg=31.5)
S(d, "Samsung Electronics", "india smartphones", "shipments", "2023-Q4", 18.4, "Samsung led the country", rank=1)
X(d, "MX", None, "2023", "14.13B", "Korea's exports to Mexico reached", chg=7.7)
X(d, "MX", None, "2022", "13.12B", "In 2022, exports to Mexico")
X(d, "MX", "auto parts", "2023", "2.05B", "Auto parts exports to Mexico")

# h08 Nikkei Asia (2024-11-14); Kioxia's fiscal year ends in March
d = "h08_nikkei_kioxia.txt"; c = "Kioxia"
R(d, c, NP, "2024-Q3", "206.3B", "Kioxia Holdings, the Japanese", unit="JPY")
R(d, c, NP, "2024-Q3", "1.33B", "Kioxia Holdings, the Japanese", unit="USD", q="approx", opt=True)
R(d, c, NP, "2023-Q3", "-103.3B", "Kioxia Holdings, the Japanese", unit="JPY")
R(d, c, REV, "2024-Q3", "482.4B", "Revenue jumped 78%", unit="JPY", chg=78)
R(d, c, REV, "2023-04..2024-03", "1.0766T", "For the fiscal year ended March 2024", unit="JPY")
R(d, c, NP, "2023-04..2024-03", "-243.7B", "For the fiscal year ended March 2024", unit="JPY")
R(d, "SK hynix", OP, "2024-Q3", "7.03T", "Kioxia's South Korean rival")
S(d, "Samsung Electronics", "nand", "revenue", "2024-Q3", 35.2, "Samsung Electronics led the NAND", rank=1)
S(d, "SK Group (SK hynix and Solidigm)", "nand", "revenue", "2024-Q3", 20.6, "SK Group, which includes", rank=2)
S(d, "Kioxia", "nand", "revenue", "2024-Q3", 15.1, "SK Group, which includes", rank=3)

# h09 Bloomberg-style (2024-07-05), preliminary figures
d = "h09_bloomberg_samsung_prelim.txt"; c = "Samsung Electronics"
R(d, c, OP, "2024-Q2", "10.4T", "Operating profit was 10.4 trillion won")
R(d, c, OP, "2024-Q2", "7.5B", "Operating profit was 10.4 trillion won", unit="USD", q="approx", opt=True)
R(d, c, OP, "2024-Q2", "8.8T", "That compares with the average estimate", q="forecast", opt=True)
R(d, c, REV, "2024-Q2", "74T", "Sales rose 23% to 74", chg=23)
R(d, c, OP, "2023-Q2", "670B", "Operating income was 670 billion won")
R(d, c, OP, "2024-Q2", "6.5T", "Analysts including those at Macquarie", q="estimate", opt=True)

# h10 CNBC (2025-01-23)
d = "h10_cnbc_skhynix_4q24.txt"; c = "SK hynix"
R(d, c, REV, "2024-Q4", "19.77T", "SK Hynix's fourth-quarter revenue jumped", chg=75)
R(d, c, REV, "2024-Q4", "13.8B", "SK Hynix's fourth-quarter revenue jumped", unit="USD", q="approx", opt=True)
R(d, c, OP, "2024-Q4", "8.08T", "Operating profit came in at 8.08")
R(d, c, OP, "2023-Q4", "346B", "Operating profit came in at 8.08")
R(d, c, REV, "2024-Q4", "20.2T", "Revenue: 19.77 trillion won vs.", q="forecast", opt=True)
R(d, c, OP, "2024-Q4", "8.2T", "Operating profit: 8.08 trillion won vs.", q="forecast", opt=True)
R(d, c, NP, "2024-Q4", "8.01T", "Net profit for the December quarter")
R(d, c, NP, "2023-Q4", "-1.38T", "Net profit for the December quarter")
R(d, c, REV, "2024", "66.19T", "For the full year, SK Hynix raked in", chg=102)
R(d, c, OP, "2024", "23.47T", "For the full year, SK Hynix raked in")
R(d, c, OP, "2023", "-7.73T", "For the full year, SK Hynix raked in")

# h11 DigiTimes / TrendForce ranking (2024-12-09)
d = "h11_digitimes_foundry_3q24.txt"
S(d, "TSMC", "foundry", "revenue", "2024-Q3", 64.9, "TSMC's share of the global foundry", rank=1)
S(d, "TSMC", "foundry", "revenue", "2024-Q2", 62.3, "TSMC's share of the global foundry")
S(d, "Samsung Electronics", "foundry", "revenue", "2024-Q3", 9.3, "Samsung Foundry's share slipped", rank=2)
S(d, "Samsung Electronics", "foundry", "revenue", "2024-Q2", 11.5, "Samsung Foundry's share slipped")
S(d, "SMIC", "foundry", "revenue", "2024-Q3", 6.0, "The rankings for 3Q24 were", rank=3)
S(d, "UMC", "foundry", "revenue", "2024-Q3", 5.2, "The rankings for 3Q24 were", rank=4)
S(d, "GlobalFoundries", "foundry", "revenue", "2024-Q3", 5.0, "The rankings for 3Q24 were", rank=5)
for comp, q3, q2 in [("TSMC", "23527M", "20819M"), ("SMIC", "2171M", "1901M"),
                     ("UMC", "1873M", "1756M"), ("GlobalFoundries", "1739M", "1632M")]:
    R(d, comp, REV, "2024-Q3", q3, ("row", comp), unit="USD")
    R(d, comp, REV, "2024-Q2", q2, ("row", comp), unit="USD")
R(d, "Samsung Electronics", REV, "2024-Q3", "3357M", ("row", "Samsung Foundry"), unit="USD", opt=True)  # division
R(d, "Samsung Electronics", REV, "2024-Q2", "3833M", ("row", "Samsung Foundry"), unit="USD", opt=True)
R(d, "TSMC", REV, "2024-Q3", "759.69B", "TSMC separately reported", unit="TWD", chg=39)

# h12 Electrek (2024-10-31)
d = "h12_electrek_hyundai_q3.txt"
R(d, "Hyundai Motor", REV, "2024-Q3", "42.93T", "Hyundai booked revenue", chg=4.7)
R(d, "Hyundai Motor", REV, "2024-Q3", "31.2B", "Hyundai booked revenue", unit="USD", q="approx", opt=True)
R(d, "Hyundai Motor", OP, "2024-Q3", "3.58T", "Operating profit fell 6.5% y/y", chg=-6.5)
R(d, "Hyundai Motor", OP, "2024-Q3", "2.6B", "Operating profit fell 6.5% y/y", unit="USD", q="approx", opt=True)
R(d, "Hyundai Motor", NP, "2024-Q3", "3.06T", "Operating profit fell 6.5% y/y")
R(d, "Kia", REV, "2024-Q3", "26.52T", "Sister company Kia")
R(d, "Kia", OP, "2024-Q3", "2.87T", "Sister company Kia")
S(d, "Tesla", "us evs", "shipments", "2024-Q3", 48.9, "According to Cox Automotive", rank=1)
S(d, "General Motors", "us evs", "shipments", "2024-Q3", 12.0, "General Motors was No. 2", rank=2)
S(d, "Hyundai Motor Group", "us evs", "shipments", "2024-Q3", 9.3, "General Motors was No. 2")

# h13 Financial Times style (2024-11-06), "per cent", "Won6.9tn"
d = "h13_ft_battery_share.txt"; m = "ev batteries"; p9 = "2024-01..2024-09"
S(d, "CATL", m, "installations", p9, 37.1, "CATL commanded", rank=1)
S(d, "BYD", m, "installations", p9, 16.7, "CATL commanded", rank=2)
S(d, "LG Energy Solution", m, "installations", p9, 10.6, "LG Energy Solution came third", rank=3)
S(d, "SK On", m, "installations", p9, 4.8, "LG Energy Solution came third")
S(d, "Samsung SDI", m, "installations", p9, 3.3, "LG Energy Solution came third")
S(d, "Korean battery makers (combined)", m, "installations", p9, 18.7, "The Korean trio")
S(d, "Korean battery makers (combined)", m, "installations", "2023-01..2023-09", 23.5, "The Korean trio")
X(d, "EU", "batteries", p9, "4.2B", "Korea's battery exports to the EU", chg=-27)
X(d, "US", "batteries", "2024-09", "850M", "Korea's battery exports to the EU")
R(d, "Umicore", REV, "2024-H1", "1.8B", "Belgium's Umicore, which supplies", unit="EUR")
R(d, "Northvolt", NP, "2023", "-1.2B", "Belgium's Umicore, which supplies", unit="USD")
R(d, "LG Energy Solution", REV, "2024-Q3", "6.9T", "LGES, which counts Tesla", chg=-16)
R(d, "LG Energy Solution", REV, "2024-Q3", "5B", "LGES, which counts Tesla", unit="USD", q="approx", opt=True)
R(d, "LG Energy Solution", OP, "2024-Q3", "448B", "Operating profit dropped 39 per cent", chg=-39)
R(d, "SK On", OP, "2024-Q3", "-125B", "SK On, the battery unit")
R(d, "SK On", OP, "2024-Q2", "-460B", "SK On, the battery unit")

# h14 Chosun Ilbo English (2025-01-24)
d = "h14_chosun_lgdisplay.txt"; c = "LG Display"; m = "small and medium oled panels"
R(d, c, OP, "2024", "-560.6B", "LG Display narrowed its operating loss")
R(d, c, OP, "2023", "-2.51T", "LG Display narrowed its operating loss")
R(d, c, REV, "2024", "26.62T", "According to the company's regulatory filing", chg=24.8)
R(d, c, OP, "2024-Q4", "80.5B", "In the fourth quarter alone")
R(d, c, REV, "2024-Q4", "7.8T", "In the fourth quarter alone")
R(d, c, NP, "2024", "-2.56T", "However, LG Display remained in the red")
S(d, "Samsung Display", m, "revenue", "2024-Q3", 41.2, "According to market researcher Omdia", rank=1)
S(d, "BOE", m, "revenue", "2024-Q3", 17.8, "According to market researcher Omdia", rank=2)
S(d, "LG Display", m, "revenue", "2024-Q3", 12.6, "According to market researcher Omdia", rank=3)

# h15 Hankyoreh (2023-04-28)
d = "h15_hankyoreh_samsung_1q23.txt"; c = "Samsung Electronics"
R(d, c, OP, "2023-Q1", "640.2B", "Samsung Electronics' operating profit for the first quarter", chg=-95.5)
R(d, c, OP, "2009-Q1", "590B", "It was the first time since")
R(d, c, OP, "2022-Q1", "14.12T", "A year earlier, the company had earned")
R(d, c, REV, "2023-Q1", "63.75T", "Revenue fell 18% to", chg=-18)
R(d, c, NP, "2023-Q1", "1.57T", "Revenue fell 18% to", chg=-86.1)
R(d, c, OP, "2023-Q1", "-4.58T", "The Device Solutions (DS) division", opt=True)

# h16 Korea Times (2024-07-01); last month = 2024-06
d = "h16_koreatimes_h1_exports.txt"
X(d, "WORLD", None, "2024-H1", "334.8B", "Korea's exports in the first half", chg=9.1)
X(d, "WORLD", "semiconductors", "2024-H1", "66.9B", "Chip exports surged 52.4", chg=52.4)
X(d, "WORLD", None, "2024-06", "57.0B", "Exports last month rose", chg=5.1)
X(d, "WORLD", "semiconductors", "2024-06", "13.4B", "Chip exports in June jumped", chg=50.9)
X(d, "WORLD", "automobiles", "2024-06", "6.2B", "Automobile exports fell", chg=-0.2)
X(d, "WORLD", "petrochemicals", "2024-06", "4.1B", "Automobile exports fell", chg=6.0)
X(d, "US", None, "2024-H1", "63.2B", "By destination, shipments to the U.S.")
X(d, "CN", None, "2024-H1", "63.3B", "By destination, shipments to the U.S.")
X(d, "CN", None, "2024-06", "11.4B", "In June, exports to China rose", chg=1.1)
X(d, "US", None, "2024-06", "10.9B", "In June, exports to China rose", chg=-0.7)
# "in the year to June": January-June or the twelve months to June -> both readings optional
X(d, "WORLD", "bio-health products", "2024-01..2024-06", "7.9B", "Bio-health exports rose", chg=12.3, opt=True)
X(d, "WORLD", "bio-health products", "2023-07..2024-06", "7.9B", "Bio-health exports rose", chg=12.3, opt=True)
X(d, "WORLD", None, "2024", "700B", "\"We expect exports to keep growing", q="forecast", opt=True)  # target

# h17 Asia Times (2024-03-25); Micron's fiscal Q2 = Dec-Feb
d = "h17_asiatimes_hbm.txt"
R(d, "SK hynix", OP, "2023", "-7.73T", "SK Hynix booked an operating loss")
R(d, "SK hynix", REV, "2023", "32.77T", "SK Hynix booked an operating loss", chg=-26.6)
S(d, "SK hynix", "hbm", "unknown", "2023", 53, "According to Taiwanese market tracker", rank=1)
S(d, "Samsung Electronics", "hbm", "unknown", "2023", 38, "According to Taiwanese market tracker", rank=2)
S(d, "Micron Technology", "hbm", "unknown", "2023", 9, "According to Taiwanese market tracker", rank=3)
R(d, "Micron Technology", REV, "2023-12..2024-02", "5.82B", "Micron reported last week", unit="USD", chg=58)
R(d, "Micron Technology", NP, "2023-12..2024-02", "793M", "Net income was $793 million", unit="USD")
R(d, "Micron Technology", NP, "2022-12..2023-02", "-2.31B", "Net income was $793 million", unit="USD")

# h18 Business Post (2024-11-01)
d = "h18_businesspost_skon.txt"
R(d, "SK On", REV, "2024-Q3", "1.4308T", "According to SK Innovation's earnings release", chg=-64.8)
R(d, "SK On", OP, "2024-Q3", "-124.5B", "According to SK Innovation's earnings release")
R(d, "SK On", OP, "2024-Q2", "-460.2B", "The loss narrowed from")
R(d, "SK On", OP, "2024-01..2024-09", "-916.2B", "In the first nine months of the year")
R(d, "SK Innovation", OP, "2024-Q3", "-423.3B", "Parent SK Innovation swung")
R(d, "SK Innovation", OP, "2023-Q3", "1.6T", "Parent SK Innovation swung")
R(d, "SK Innovation", REV, "2024-Q3", "18293.6B", "Parent SK Innovation swung")
R(d, "SK Innovation", NP, "2024-Q3", "-651.3B", "It also swung to a net loss")

# h19 Pulse by Maeil Business (2024-02-06); "fiscal 2023" of a calendar-year firm = 2023
d = "h19_maeil_cathode.txt"
R(d, "EcoPro BM", OP, "2023", "155.9B", "EcoPro BM Co., Korea's largest", chg=-58.3)
R(d, "EcoPro BM", REV, "2023", "6.9T", "EcoPro BM Co., Korea's largest", chg=29.9)
R(d, "EcoPro BM", OP, "2023-Q4", "-36.0B", "The company chalked up")
R(d, "EcoPro BM", REV, "2023-Q4", "1.08T", "The company chalked up")
R(d, "POSCO Future M", REV, "2023", "4.76T", "POSCO Future M Co. booked", chg=43.5)
R(d, "POSCO Future M", OP, "2023", "35.9B", "POSCO Future M Co. booked", chg=-79.5)
X(d, "WORLD", "cathode materials", "2024-01", "612M", "Exports of cathode materials in January", chg=-54.1)
R(d, "EcoPro BM", OP, "2024", "260B", "Securities firms on average expect", q="forecast", opt=True)

# h20 Seoul Economic Daily (2024-12-02); last month = 2024-11
d = "h20_sedaily_ship_exports.txt"
X(d, "WORLD", "ships", "2024-11", "2.55B", "Korea's ship exports jumped", chg=37.9)
X(d, "WORLD", "ships", "2024-01..2024-11", "22.8B", "In the January-November period, ship exports", chg=55.4)
X(d, "WORLD", None, "2024-11", "56.35B", "Overall exports in November", chg=1.4)
X(d, "WORLD", "semiconductors", "2024-11", "12.5B", "Overall exports in November", chg=30.8)
c = "HD Korea Shipbuilding & Offshore Engineering"
R(d, c, REV, "2024-01..2024-09", "18.66T", "HD Korea Shipbuilding & Offshore Engineering raked in")
R(d, c, OP, "2024-01..2024-09", "938.1B", "HD Korea Shipbuilding & Offshore Engineering raked in")
R(d, "Hanwha Ocean", OP, "2024-Q3", "25.6B", "Hanwha Ocean swung")
R(d, "Hanwha Ocean", OP, "2024-Q2", "-96.5B", "Hanwha Ocean swung")
R(d, "Hanwha Ocean", REV, "2024-Q3", "2.74T", "Hanwha Ocean swung")

# h21 Canalys press release with a space-aligned table (2024-10-16)
d = "h21_canalys_smartphones_q3.txt"
for rank, (comp, s24, s23) in enumerate([("Samsung", 19, 20), ("Apple", 18, 17), ("Xiaomi", 14, 14),
                                          ("Transsion", 9, 10), ("vivo", 9, 8)], 1):
    name = "Samsung Electronics" if comp == "Samsung" else comp
    S(d, name, "smartphones", "shipments", "2024-Q3", s24, ("row", comp), rank=rank)
    S(d, name, "smartphones", "shipments", "2023-Q3", s23, ("row", comp))

# h22 Omdia bullet press release (2024-02-20)
d = "h22_omdia_tv_2023.txt"
S(d, "Samsung Electronics", "tvs", "revenue", "2023", 30.1, "Samsung accounted for 30.1%", rank=1)
S(d, "Samsung Electronics", "tvs", "revenue", "2023-Q4", 35.7, "In the fourth quarter alone, Samsung")
S(d, "LG Electronics", "tvs", "revenue", "2023", 16.5, "LG Electronics was No. 2", rank=2)
S(d, "Samsung Electronics", "tvs", "shipments", "2023", 18.5, "By unit shipments, Samsung")
S(d, "Samsung Electronics", "premium tvs", "revenue", "2023", 60.5, "In the premium segment")
S(d, "LG Electronics", "oled tvs", "shipments", "2023", 53.5, "LG Electronics remained the leader", rank=1)
S(d, "Sony", "oled tvs", "shipments", "2023", 17.8, "LG Electronics remained the leader", rank=2)

# h23 DSCC note - no date anywhere; periods are absolute or relative to Q1 2024
d = "h23_dscc_foldables.txt"; m = "foldable oled panels"
S(d, "BOE", m, "shipments", "2024-Q1", 40, "In Q1 2024, BOE led", rank=1)
S(d, "BOE", m, "shipments", "2023-Q4", 19, "BOE's share was 19%")
S(d, "Samsung Display", m, "shipments", "2024-Q1", 36, "Samsung Display was No. 2", rank=2)
S(d, "Samsung Display", m, "shipments", "2023-Q1", 75, "Samsung Display was No. 2")
S(d, "Visionox", m, "shipments", "2024-Q1", 12, "Visionox ranked third", rank=3)
S(d, "CSOT", m, "shipments", "2024-Q1", 9, "Visionox ranked third")
S(d, "Samsung Display", m, "revenue", "2024-Q1", 43, "By revenue, Samsung Display still led", rank=1)
S(d, "Samsung Display", m, "shipments", "2024-Q3", 70, "We expect Samsung Display to regain", q="forecast", opt=True)

# h24 UBI Research note (2024-09-10)
d = "h24_ubi_it_oled.txt"; m = "it oled panels"
S(d, "Samsung Display", m, "shipments", "2024-H1", 47.6, "In the first half of 2024, Samsung Display", rank=1)
S(d, "LG Display", m, "shipments", "2024-H1", 30.2, "LG Display took a 30.2", rank=2)
S(d, "BOE", m, "shipments", "2024-H1", 15.1, "LG Display took a 30.2", rank=3)
S(d, "LG Display", m, "revenue", "2024-H1", 38.4, "By revenue, however, LG Display")
S(d, "Samsung Display", m, "shipments", "2023", 58.3, "Samsung Display's share was 58.3%")
S(d, "Samsung Display", m, "shipments", "2024", 52, "UBI Research expects", q="forecast", opt=True)

# h25 KDB report - no date anywhere; "January of this year" is unresolvable and left out
d = "h25_kdb_chip_exports.txt"; p = "semiconductors"
X(d, "WORLD", p, "2023", "98.6B", "Korea's semiconductor exports totaled", chg=-23.7)
X(d, "WORLD", p, "2022", "129.2B", "Korea's semiconductor exports totaled")
X(d, "WORLD", "memory chips", "2023", "52.1B", "Memory chip exports fell", chg=-33.7)
X(d, "WORLD", "system semiconductors", "2023", "39.8B", "Memory chip exports fell", chg=-11.8)
X(d, "WORLD", None, "2023", "632.2B", "Semiconductors accounted for 15.6%")
for dest, key, v23, v22, chg in [("CN", "China", "36.6B", "50.5B", -27.5), ("HK", "Hong Kong", "18.9B", "26.2B", -27.9),
                                 ("VN", "Vietnam", "12.8B", "16.5B", -22.4), ("TW", "Taiwan", "11.2B", "10.9B", 2.8),
                                 ("US", "United States", "5.1B", "5.5B", -7.3)]:
    X(d, dest, p, "2023", v23, ("row", key), chg=chg)
    X(d, dest, p, "2022", v22, ("row", key))
X(d, "ASEAN", p, "2023", "6.9B", ("row", "ASEAN (ex-Vietnam)"), chg=-15.9, opt=True)
X(d, "ASEAN", p, "2022", "8.2B", ("row", "ASEAN (ex-Vietnam)"), opt=True)
X(d, "WORLD", p, "2024", "120B", "We expect semiconductor exports to rebound", q="forecast", opt=True)

# h26 Kiwoom analyst note (2024-09-13); estimates are forecasts
d = "h26_kiwoom_semco_note.txt"; c = "Samsung Electro-Mechanics"
R(d, c, REV, "2024-Q2", "2.57T", "2Q24 review:", chg=7)
R(d, c, OP, "2024-Q2", "213B", "2Q24 review:", chg=3)
R(d, c, REV, "2023", "8.91T", "FY2023 revenue was")
R(d, c, OP, "2023", "639B", "FY2023 revenue was")
R(d, c, REV, "2022", "9425B", ("row", "Revenue"))
R(d, c, OP, "2022", "1183B", ("row", "OP"))
R(d, c, REV, "2024-Q3", "2.62T", "We estimate 3Q24 revenue", chg=8, q="forecast", opt=True)
R(d, c, OP, "2024-Q3", "187B", "We estimate 3Q24 revenue", chg=11, q="forecast", opt=True)
R(d, c, OP, "2024-Q3", "199B", "We estimate 3Q24 revenue", q="forecast", opt=True)
R(d, c, REV, "2024-Q2", "1.17T", "The component solutions division", chg=14, opt=True)
R(d, c, REV, "2024", "10305B", ("row", "Revenue"), q="forecast", opt=True)
R(d, c, REV, "2025", "11420B", ("row", "Revenue"), q="forecast", opt=True)
R(d, c, OP, "2024", "780B", ("row", "OP"), q="forecast", opt=True)
R(d, c, OP, "2025", "985B", ("row", "OP"), q="forecast", opt=True)

# h27 podcast transcript (recorded 2024-10-25)
d = "h27_podcast_chiptalk.txt"
R(d, "SK hynix", REV, "2024-Q3", "17.6T", "17.6 trillion won in revenue", q="approx")
R(d, "SK hynix", OP, "2024-Q3", "7.03T", "7.03 trillion won.")
R(d, "SK hynix", OP, "2023-Q3", "-1.8T", "They lost about 1.8", q="approx")
R(d, "Samsung Electronics", OP, "2024-Q3", "9.1T", "Whereas Samsung put out", q="approx")
R(d, "Samsung Electronics", OP, "2024-Q3", "3.9T", "Analysts think DS made", q="estimate", opt=True)
S(d, "SK hynix", "dram", "revenue", "2024-Q2", 38, "So Counterpoint had hynix")
S(d, "Samsung Electronics", "dram", "revenue", "2024-Q2", 43, "So Counterpoint had hynix")

# h28 bullet-point morning brief (2024-07-25)
d = "h28_morning_brief.txt"
R(d, "SK hynix", REV, "2024-Q2", "16.42T", "SK hynix (000660 KS)", chg=125)
R(d, "SK hynix", OP, "2024-Q2", "5.47T", "SK hynix (000660 KS)")
R(d, "SK hynix", OP, "2023-Q2", "-2.88T", "SK hynix (000660 KS)")
R(d, "SK hynix", NP, "2024-Q2", "4.12T", "SK hynix (000660 KS)")
R(d, "Hyundai Motor", REV, "2024-Q2", "45.02T", "Hyundai Motor (005380 KS)", chg=7.2)
R(d, "Hyundai Motor", OP, "2024-Q2", "4.28T", "Hyundai Motor (005380 KS)", chg=-0.8)
R(d, "LG Energy Solution", REV, "2024-Q2", "6.16T", "LG Energy Solution (373220 KS)", chg=-29.9)
R(d, "LG Energy Solution", OP, "2024-Q2", "195.3B", "LG Energy Solution (373220 KS)", chg=-57.6)
R(d, "LG Energy Solution", OP, "2024-Q2", "-252.5B", "Ex-AMPC, OP was a loss", q="estimate", opt=True)
R(d, "POSCO Future M", REV, "2024-Q2", "1.18T", "POSCO Future M (003670 KS)", chg=-26.3)
R(d, "POSCO Future M", OP, "2024-Q2", "3.7B", "POSCO Future M (003670 KS)", chg=-93.0)
R(d, "Kia", OP, "2024-Q2", "3.6T", "Kia (000270 KS) reports Friday", q="forecast", opt=True)
X(d, "WORLD", None, "2024-07-01..2024-07-20", "34.6B", "Exports for 1-20 July", chg=13.9)
X(d, "WORLD", "semiconductors", "2024-07-01..2024-07-20", "7.8B", "Exports for 1-20 July", chg=33.4)

# h29 Korea Herald Q&A interview (2024-11-20)
d = "h29_koreaherald_qa_kita.txt"; p = "semiconductors"; p10 = "2024-01..2024-10"
X(d, "WORLD", p, p10, "117.9B", "Total semiconductor exports were", chg=49.4)
X(d, "TW", p, p10, "18.3B", "In the first ten months, semiconductor exports to Taiwan", chg=79.2)
X(d, "CN", p, p10, "54B", "China, including Hong Kong", q="approx", opt=True)  # China + Hong Kong combined
X(d, "VN", p, p10, "14.6B", "Chip shipments to Vietnam", chg=21)
X(d, "US", p, p10, "8.9B", "Exports to the U.S. more than doubled", chg=125.6)
X(d, "WORLD", "computers", p10, "11.7B", "Computer exports, which are mostly")
X(d, "WORLD", p, "2025", "160B", "We expect semiconductor exports to top", q="forecast", opt=True)

# h30 BusinessKorea HTML page with navigation and footer (2024-10-15)
d = "h30_businesskorea_ict_exports.html"; p = "ict products"
X(d, "WORLD", p, "2024-09", "22.0B", "South Korea's exports of information", chg=12.6)
X(d, "WORLD", "semiconductors", "2024-09", "13.6B", "Semiconductor exports jumped 37.1", chg=37.1)
X(d, "WORLD", "computers and peripherals", "2024-09", "1.4B", "Exports of computers and peripherals", chg=105.7)
X(d, "WORLD", "displays", "2024-09", "1.8B", "Display exports rose 8.4", chg=8.4)
X(d, "WORLD", "wireless communication devices", "2024-09", "1.2B", "Display exports rose 8.4", chg=-2.3)
X(d, "CN", p, "2024-09", "9.2B", "By destination, ICT exports to China", chg=16.7, opt=True)  # incl. Hong Kong
X(d, "VN", p, "2024-09", "3.0B", "Exports to Vietnam increased", chg=3.9)
X(d, "US", p, "2024-09", "2.4B", "Exports to Vietnam increased", chg=10.9)

# h31 ETNews digest stored in CP949 bytes (2024-04-30)
d = "h31_etnews_cp949.txt"
R(d, "Samsung Electronics", REV, "2024-Q1", "71.92T", "Samsung Electronics (", chg=12.8)
R(d, "Samsung Electronics", OP, "2024-Q1", "6.61T", "Operating profit jumped 932.8", chg=932.8)
R(d, "Samsung Electronics", NP, "2024-Q1", "6.75T", "Operating profit jumped 932.8")
R(d, "Samsung Electronics", OP, "2024-Q1", "1.91T", "The DS (Device Solutions", opt=True)
R(d, "SK hynix", REV, "2024-Q1", "12.4296T", "SK hynix (SK", chg=144.3)
R(d, "SK hynix", OP, "2024-Q1", "2.886T", "SK hynix (SK")

# h32 explainer - no date anywhere; "Last year" revenue is unresolvable and left out
d = "h32_explainer_memory.txt"
R(d, "SK hynix", REV, "2022", "44.6T", "In 2022, SK hynix posted")
R(d, "SK hynix", OP, "2022", "7.0T", "In 2022, SK hynix posted")
R(d, "SK hynix", OP, "2023", "-7.7T", "In 2022, SK hynix posted")
S(d, "Samsung Electronics", "dram", "revenue", "2022", 43, "In 2022, Samsung held about", rank=1, q="approx")
S(d, "SK hynix", "dram", "revenue", "2022", 28, "In 2022, Samsung held about", q="approx")

# h33-h40: no facts (market-size forecasts, capex and subsidies, prices, BOM cost shares,
# capacity and utilisation, stock moves, surveys and headcounts, imports/balances/orders)

if __name__ == "__main__":
    with open(HERE / "gold.jsonl", "w", encoding="utf-8") as f:
        for g in G:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    scored = sum(not g["optional"] for g in G)
    print(f"{len(G)} gold rows, {scored} scored, {len(G) - scored} optional")
