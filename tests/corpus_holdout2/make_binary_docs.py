#!/usr/bin/env python3
"""Write the corpus documents that must not be plain UTF-8 (run from anywhere; idempotent).

h2_33_etoday_skon_fy23.txt — a Korean outlet's English article with Hangul glosses, saved as
CP949 bytes (the legacy Korean Windows code page), the way some Korean sites serve text.
"""
from pathlib import Path

DOCS = Path(__file__).resolve().parent / "docs"

SKON = """[Battery] SK온, 4분기 적자 축소 | SK On narrows fourth-quarter loss, eyes breakeven this year

입력 2024.02.02 16:05 | 수정 2024.02.02 17:20
박민지 기자 (Park Min-ji, Reporter)

SK On, the battery unit of SK Innovation (SK이노베이션), narrowed its losses in the fourth quarter as sales to Hyundai Motor and Ford grew and it booked more U.S. production tax credits.

SK On said on Feb. 2 that its operating loss in the October-December quarter of last year came to 18.7 billion won (영업손실 187억원), narrowing from a loss of 76.0 billion won a year earlier.

SK On's annual revenue for 2023 reached 12.9 trillion won (매출 12조9천억원), up 69.6 percent from 7.6 trillion won in 2022.

Its operating loss for the year narrowed to 581.8 billion won from 1.07 trillion won in 2022, although the company has yet to post an annual profit since it was spun off from SK Innovation in October 2021.

The results include 61.7 billion won in advanced manufacturing production credits (AMPC) under the U.S. Inflation Reduction Act in the fourth quarter and 161.7 billion won for the full year.

Parent SK Innovation posted revenue of 77.3 trillion won for 2023 and an operating profit of 1.9 trillion won, down 51.5 percent from the previous year, as refining margins weakened.

SK On aims to break even in 2024, but market conditions are difficult. "We expect EV demand to slow in the first half of this year," an SK On official said during a conference call. "We will cut capital expenditure and focus on improving profitability."

The company's global production capacity stands at 152 gigawatt hours (GWh) per year, and it plans to expand to more than 300 GWh by 2030 through BlueOval SK, its joint venture with Ford in Kentucky and Tennessee, and a joint venture plant with Hyundai Motor Group in Georgia. SK On's order backlog is estimated at more than 400 trillion won.

SK Innovation said it would pay a year-end dividend of 0 won per share, skipping dividends for a second year to fund investment in the battery business.

SK On employs about 3,700 people in Korea.

박민지 기자 pmj@example-etoday.co.kr
<저작권자 ⓒ 무단전재 및 재배포 금지>
"""

FILES = {"h2_33_etoday_skon_fy23.txt": SKON}


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    for name, text in FILES.items():
        (DOCS / name).write_bytes(text.encode("cp949"))
        print("wrote", name)


if __name__ == "__main__":
    main()
