#!/usr/bin/env python3
"""Write the held-out corpus documents that must be stored as non-UTF-8 bytes.

h31_etnews_cp949.txt is an English digest from a Korean outlet saved in the
legacy Korean code page (CP949 / EUC-KR superset), with Hangul names, the
full-width won sign and curly quotes. Run from anywhere:

    python tests/corpus_holdout/make_binary_docs.py
"""
from pathlib import Path

DOCS = Path(__file__).resolve().parent / "docs"

H31 = """[전자신문 English] Samsung Electronics returns to chip profit in first quarter
ETNews | 입력 2024.04.30 09:12 | 기자 김민수

Samsung Electronics (삼성전자) reported first-quarter revenue of ￦71.92 trillion on April 30, up 12.8 percent from a year earlier. Operating profit jumped 932.8 percent to ￦6.61 trillion, and net profit came to ￦6.75 trillion.

The DS (Device Solutions, 반도체) division returned to profit for the first time in five quarters, posting an operating profit of ￦1.91 trillion as memory prices rose and inventory valuation losses reversed.

SK hynix (SK하이닉스) had reported on April 25 revenue of ￦12.4296 trillion and operating profit of ￦2.886 trillion for the January-March quarter, the second-highest first-quarter revenue in its history. Its revenue rose 144.3 percent on-year.

“The memory market has clearly entered a recovery phase,” said a Samsung executive during the conference call. Samsung said it would raise HBM supply more than threefold this year and expects DRAM contract prices to rise another 13 to 18 percent in the second quarter.

Samsung’s facility investment in the first quarter was ￦11.3 trillion, of which ￦9.7 trillion went to semiconductors. The company’s foundry order backlog for AI chips has doubled since last year, an official said, without giving figures.

㈜전자신문 | 무단전재 및 재배포 금지
"""


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "h31_etnews_cp949.txt").write_bytes(H31.encode("cp949"))


if __name__ == "__main__":
    main()
