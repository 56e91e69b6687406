#!/usr/bin/env python3
"""Write the corpus documents whose bytes matter (encodings, BOM, mojibake).

    python tests/corpus/make_binary_docs.py

The resulting files are committed too; re-running this script must reproduce
them byte for byte. Texts are kept here rather than in docs/ because editors
and git tooling would silently re-encode them.

  c03_kcs_march_1-10_bom.txt      UTF-8 with a byte-order mark
  c28_newsletter_mojibake.txt     UTF-8 file whose text shows CP949 bytes read
                                  as Latin-1 (the newsletter sample's disease)
  c30_cp949_chip_exports.txt      raw CP949 (EUC-KR superset) bytes
  c31_latin1_hyundai_q2.txt       raw Latin-1 bytes (accented names)
"""
from __future__ import annotations

import pathlib
import re

DOCS = pathlib.Path(__file__).resolve().parent / "docs"

# ---------------------------------------------------------------- UTF-8 + BOM
KCS_BOM = """\
KOREA CUSTOMS SERVICE
Press Release   |   Release date: 2023.03.11 (Sat) 09:00   |   Customs Information & Statistics Division

Exports and Imports during the First 10 Days of March (Preliminary)

□ Exports for March 1-10 amounted to US$15.8 billion, down 16.1% from the same period of the previous year, while imports came to US$20.8 billion, down 2.3%.
  ○ The trade balance recorded a deficit of US$5.0 billion.
  ○ There were 7.5 working days, the same as a year earlier, so daily average exports also fell 16.1%.

□ By item, exports of semiconductors (-41.5%) and petroleum products (-12.2%) decreased, while passenger cars (+64.4%) increased.

  Table 1. Exports by major item                (Unit: US$ million, %)

  Item                    Mar. 1-10    Share    YoY change
  Semiconductors              2,302     14.6        -41.5
  Passenger cars              1,566      9.9        +64.4
  Petroleum products          1,241      7.9        -12.2

  * Share = share of total exports in the period

□ By country, exports to China (-36.2%) and Vietnam (-24.8%) decreased, while exports to the United States (+1.8%) and the EU (+12.0%) increased.

  Table 2. Exports by major country             (Unit: US$ million, %)

  Country                 Mar. 1-10    YoY change
  China                       3,128        -36.2
  United States               2,456         +1.8
  EU                          1,712        +12.0
  Vietnam                     1,385        -24.8

□ Imports: crude oil (+9.4%), gas (+21.5%) and coal (+28.7%) increased, while semiconductors (-5.6%) and semiconductor manufacturing equipment (-20.1%) decreased.

※ The above figures are preliminary and may differ from the confirmed statistics.
Contact: Customs Information & Statistics Division, +82-42-481-xxxx
"""

# ------------------------------------------------- CP949-as-Latin-1 mojibake
NEWSLETTER = """\
\u3000

HOME > Resources > Newsletters

\u3000

Title

Korean Industrial Insight No. 4 of AI, Semiconductors, Batteries and Electric vehicles

Author\u3000

KH

Post Date\u3000

2024-06-14

Read

41

Attach File

-
?. AI INDUSTRY TRENDS

1. Government to Pour KRW 940 Billion into AI Chip Commercialization by 2027

- \u201cK-Cloud\u201d project to build data centers running on domestic NPUs
- 73.2% of SMEs say they lack AI talent
The Ministry of Science and ICT (MSIT) announced on the 10th that it will invest KRW 940 billion by 2027 to commercialize domestic AI semiconductors, including neural processing units (NPUs) and processing-in-memory (PIM) chips. Of the total, KRW 120 billion will be spent this year on building a pilot data center that runs entirely on Korean chips.
The Minister said, \u201cWe will make Korea one of the top three AI powers,\u201d adding that the government will expand the \u2018AI Semiconductor Flagship Project\u2019 to the private sector.
Meanwhile, according to a survey of 500 small and medium-sized enterprises by the Korea Federation of SMEs, 73.2% said they lack personnel capable of using AI, and only 12.5% have actually adopted AI tools in their work\u2026 The most frequently cited obstacle was cost (41.0%).

?. SEMICONDUCTOR INDUSTRY TRENDS

1. Samsung\u2019s Foundry Share Slips to 11% in Q1\u2026 TSMC Widens Gap

- TSMC\u2019s share rises to 61.7% on AI accelerator orders
According to market research firm TrendForce on the 10th, TSMC\u2019s foundry revenue in the first quarter of this year was US$18.85 billion, down 4.1% from the previous quarter, and its market share rose to 61.7%.
Samsung Electronics\u2019 foundry revenue fell 7.2% to US$3.36 billion, and its market share decreased to 11.0% from 11.3% in the previous quarter.
The gap between the two companies widened to 50.7 percentage points. TrendForce explained, \u201cSamsung lost some orders for smartphone chips during the off-season, while TSMC benefited from AI-related demand.\u201d

2. SK Hynix Posts Q1 Operating Profit of KRW 2.886 Trillion\u2026 Turnaround on HBM

SK hynix announced that it recorded revenue of KRW 12.4296 trillion and an operating profit of KRW 2.886 trillion in Q1 2024.
Revenue rose 144.3% year-on-year, and operating profit turned positive from an operating loss of KRW 3.4023 trillion in the same period last year.
The operating margin reached 23%, and the company said sales of HBM3E, which began mass production in March, will expand rapidly.

?. BATTERY INDUSTRY TREND

1. LG Energy Solution\u2019s Q1 Operating Profit Falls 75%

LG Energy Solution\u2019s operating profit in Q1 was KRW 157.3 billion, down 75.2% from the same period last year.
Revenue fell 29.9% to KRW 6.1287 trillion as EV customers in North America and Europe adjusted inventories.
Excluding the Advanced Manufacturing Production Credit (AMPC) of KRW 188.9 billion, it recorded an operating loss of KRW 31.6 billion.
The company said it would flexibly adjust its capital expenditure, which is expected to fall by more than 20% this year.

?. ELECTRIC VEHICLE INDUSTRY TRENDS

1. EV Subsidies Extended to Second Half\u2026 \u2018Chasm\u2019 Continues

The Ministry of Environment said the national subsidy of up to KRW 6.5 million per electric passenger car will remain in place through the second half. Domestic EV sales in January-May fell 16.6% to 46,000 units, and the share of EVs in new car sales dropped to 7.9%.
Hyundai Motor plans to launch the \u2018Casper Electric\u2019 in July at a price in the KRW 20 million range after subsidies.
\u3000

Prev\u3000

Korean Industrial Insight No. 3 of AI, Semiconductors, Batteries and Electric vehicles

Next\u3000

No Data ...
\u3000 \u3000 \u3000 \u3000 \u3000 \u3000
\u3000
"""

# ------------------------------------------------------------------- CP949
CP949_TEXT = """\
한국경제 | 산업 > 반도체
[산업] 대만行 반도체 수출 급증

Chip exports to Taiwan surge as HBM supply chain redraws Korea\u2019s trade map

입력 2023.11.15 09:41  |  수정 2023.11.15 10:20
Reporter Kim Min-su

Korea\u2019s semiconductor exports to Taiwan have surged this year as memory chipmakers ship more high bandwidth memory (HBM) for packaging at TSMC\u2019s plants, even as overall chip exports remain in a deep slump.

According to the Korea International Trade Association (KITA) on Wednesday, semiconductor exports to Taiwan from January to October totaled $10.7 billion, up 43.9% from the same period last year. Taiwan thus overtook Vietnam, where chip exports fell 23.4% to $9.6 billion during the same period, to become the third-largest destination for Korean chips after China and Hong Kong.

Korea\u2019s total semiconductor exports in the January-October period fell 25.1% to $80.0 billion. Shipments to China, still the largest destination, shrank 28.5% to $29.8 billion as Chinese smartphone and PC makers cut orders.

Taiwan\u2019s share of Korea\u2019s chip exports rose to 13.4% from 6.9% a year earlier.

\u201cHBM made by SK hynix and Samsung is sent to Taiwan, where it is combined with Nvidia\u2019s GPUs using TSMC\u2019s CoWoS packaging, and the finished products are then exported to the U.S.,\u201d a KITA researcher said. \u201cThe statistics show that the AI supply chain is reshaping Korea\u2019s trade geography.\u201d

※ 반도체 수출 통계는 한국무역협회(KITA) 잠정치 기준.
ⓒ 한국경제신문 · 무단전재 및 재배포 금지
"""

# ------------------------------------------------------------------ Latin-1
LATIN1_TEXT = """\
AUTOMOTIVE BUSINESS EUROPE -- Industry / Earnings

Hyundai posts record Q2 revenue as hybrids offset EV slowdown

25 July 2024, 09:12 CET
By Stefan Kr\u00fcger

FRANKFURT/SEOUL -- Hyundai Motor on Thursday reported record quarterly revenue of 45.02 trillion won ($32.5 billion) for April-June, up 7.2% from a year earlier, as strong hybrid sales in the United States and a weaker won offset slowing demand for electric vehicles.

Operating profit rose 0.9% to 4.28 trillion won, compared with 4.24 trillion won a year earlier, slightly below the 4.31 trillion won expected by analysts in an LSEG poll. Net profit increased 4.5% to 3.26 trillion won.

"We remain committed to electrification, but we will be flexible in how we get there," said Jos\u00e9 Mart\u00ednez, who heads product planning at Hyundai Motor Europe. The company has cut its investment in a dedicated EV platform and is adding hybrid production to its new Georgia plant.

In Europe, where the company competes head-on with Volkswagen, Renault and Stellantis, Hyundai's sales slipped 5.9% in the first half as demand for the Ioniq 5 and Kona Electric cooled after Germany ended its EV purchase premium.

"Hyundai has been the most agile of the Asian players -- its hybrid line-up is exactly what the American market wants right now," said J\u00fcrgen M\u00fcller, an analyst at a Z\u00fcrich-based private bank. He cautioned that a stronger won and tariffs on Korean cars could squeeze margins next year.

Hyundai kept its full-year guidance for revenue growth of 4.0-5.0% and an operating margin of 8.0-9.0%.

The company also announced an interim dividend of 2,000 won per share and said it would retire treasury shares worth 319.2 billion won.

(c) Automotive Business Europe. Reproduction prohibited.
"""


def mojibake(text: str) -> str:
    """Each non-ASCII run as its CP949 bytes read back as Latin-1."""
    return re.sub(r"[^\x00-\x7f]+", lambda m: m.group(0).encode("cp949").decode("latin-1"), text)


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "c03_kcs_march_1-10_bom.txt").write_bytes(b"\xef\xbb\xbf" + KCS_BOM.encode("utf-8"))
    (DOCS / "c28_newsletter_mojibake.txt").write_bytes(mojibake(NEWSLETTER).encode("utf-8"))
    (DOCS / "c30_cp949_chip_exports.txt").write_bytes(CP949_TEXT.encode("cp949"))
    (DOCS / "c31_latin1_hyundai_q2.txt").write_bytes(LATIN1_TEXT.encode("latin-1"))


if __name__ == "__main__":
    main()
