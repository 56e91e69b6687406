#!/usr/bin/env python3
"""Write the corpus documents that must not be plain UTF-8 (run from anywhere; idempotent).

h3_38_edaily_battery_exports_2024_cp949.txt — a Korean outlet's English article with Hangul glosses and
  Korean-style amounts ("98억4천만달러"), saved as CP949 bytes (the legacy Korean Windows code page).
h3_39_ir_semco_3q24_bom.txt — an IR release saved as UTF-8 with a byte-order mark (EF BB BF), the way
  Windows tools (Notepad, Excel "CSV UTF-8") often save text.
"""
from pathlib import Path

DOCS = Path(__file__).resolve().parent / "docs"

EDAILY = """[이차전지] 작년 배터리 수출 20% 급감...양극재는 반토막 | Korea's battery exports plunged 20% last year; cathode exports halved

입력 2025.01.15 11:20 | 수정 2025.01.15 14:02
이데일리 김경민 기자 (Kim Kyung-min, Edaily reporter)

South Korea's exports of secondary batteries (이차전지) fell sharply last year as electric vehicle demand slowed and Korean battery makers shifted production to their plants in the United States and Europe.

According to the Korea International Trade Association (KITA, 한국무역협회) on the 15th, secondary battery exports in 2024 totaled US$ 9.84 billion (98억4천만달러), down 20.3% from US$ 12.35 billion in 2023.

Exports to the United States, the largest destination, fell 11.8% to US$ 4.47 billion (44억7천만달러), while exports to Germany dropped 31.2% to US$ 1.05 billion. In December alone, battery exports were US$ 720 million (7억2천만달러), down 25.4% from a year earlier, the ninth consecutive monthly decline.

Exports of cathode materials (양극재), which had been the fastest-growing item in 2022 and 2023, plunged 54.8% to US$ 6.1 billion (61억달러) last year as lithium prices fell and Korean cathode makers' customers began sourcing from plants in North America.

Meanwhile, imports of lithium hydroxide (수산화리튬) from China fell 60% to US$ 2.2 billion, reflecting both lower prices and reduced production.

The decline in exports reflects a structural change rather than weaker competitiveness, industry officials said. LG Energy Solution, Samsung SDI and SK On now produce more than half of their batteries outside Korea, and the U.S. Inflation Reduction Act gives tax credits only to batteries made in North America.

However, Korean battery makers are losing ground to Chinese rivals. The combined share of the three Korean companies in the global EV battery market (글로벌 전기차 배터리 시장 점유율) fell to 18.4% last year, according to SNE Research (SNE리서치).

"Battery exports are likely to recover modestly this year as new EV models are launched, but prices of lithium and nickel remain a burden," said a KITA researcher. KITA expects battery exports to grow about 10% this year.

The won-dollar exchange rate, which rose above 1,470 won (원/달러 환율 1,470원) at the end of last year, may also help exporters' profitability.

김경민 기자 kkm@example-edaily.co.kr
<저작권자 ⓒ 이데일리 무단전재 및 재배포 금지>
"""

SEMCO = """Samsung Electro-Mechanics — Press Release
2024/10/30

Samsung Electro-Mechanics Announces Third Quarter 2024 Earnings
Revenue up 11% year-on-year on AI server and automotive MLCCs

Samsung Electro-Mechanics today announced consolidated revenue of KRW 2.5175 trillion and operating profit of KRW 150.1 billion for the third quarter of 2024. Revenue rose 11% from a year earlier, while operating profit fell 18%, as the company booked one-off costs related to its new glass substrate and FC-BGA lines. Net profit was KRW 116.9 billion.

Cumulative revenue for January through September reached KRW 7.7702 trillion, the highest ever for the first three quarters.

[Table] 3Q24 Consolidated Results (Unit: KRW billion)
Category | 3Q24 | 2Q24 | 3Q23 | QoQ | YoY
Revenue | 2,517.5 | 2,578.6 | 2,259.5 | -2% | 11%
Operating profit | 150.1 | 208.0 | 183.3 | -28% | -18%
Net profit | 116.9 | 145.8 | 134.8 | -20% | -13%

Results by division

Component Solution (MLCC): Revenue was KRW 1,227.1 billion, up 13% year-on-year, driven by high-capacity MLCCs for AI servers and power-train MLCCs for electric vehicles. The company estimates its share of the automotive MLCC market at about 20% this year.

Optical Solution (camera modules): Revenue was KRW 827.6 billion, down 4% quarter-on-quarter, as demand for smartphone camera modules weakened.

Package Solution (substrates): Revenue was KRW 462.8 billion, up 30% year-on-year, thanks to higher sales of FC-BGA substrates for servers and AI accelerators.

Outlook

For the fourth quarter, the company expects demand for IT products to remain weak but sales of industrial and automotive MLCCs to grow. It will begin supplying glass substrate samples to customers in 2025 and plans to mass-produce silicon capacitors for AI accelerators.

The company will hold an earnings conference call at 10:00 a.m. on October 30. The board also approved an investment of KRW 500 billion in its Busan MLCC plant.

Contact: IR Group, Samsung Electro-Mechanics (ir@semco.example)
"""

FILES = {
    "h3_38_edaily_battery_exports_2024_cp949.txt": (EDAILY, "cp949"),
    "h3_39_ir_semco_3q24_bom.txt": (SEMCO, "utf-8-sig"),
}


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    for name, (text, encoding) in FILES.items():
        (DOCS / name).write_bytes(text.encode(encoding))
        print("wrote", name, encoding)


if __name__ == "__main__":
    main()
