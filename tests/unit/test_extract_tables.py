"""Ranking tables: header-driven columns, units from the caption, consistency checks."""
import datetime as dt

from newsfacts.extract import extract_document
from newsfacts.reading import read_text

GARTNER = """ date 2025-05-02
Table 1. Top 10 Global Semiconductor Suppliers by Revenue 2023-2024 (Unit: Million USD)
2024 Rank 2023 Rank Supplier 2024 Revenue 2024 Market Share (%) 2023 Revenue 2024-2023 Growth Rate (%)
1 3 Nvidia 76,692 11.7% 34,846 120.1%
2 2 Samsung Electronics 65,697 10.0% 40,868 60.8%
9 8 Apple 20,51 3.1% 18,052 13.6%
Others 270,536 41.2% 269,031 0.6%
Total 655,882 100.0% 542,054 21.0%
*Source: Gartner (April 2025)
"""

TRENDFORCE = """ date 2025-03-10
Table: Top 10 Foundries by Revenue, 4Q24 (Unit: Million USD)
Ranking\tCompany\tRevenue 4Q24\tRevenue 3Q24\tQoQ\tMarket Share 4Q24\tMarket Share 3Q24
1\tTSMC\t26,854\t23,527\t14.1%\t67.1%\t64.7%
2\tSamsung\t3,260\t3,357\t-2.9%\t8.1%\t9.1%
Top 10 Total\t38,486\t34,845\t10.4%\t96.2%\t96.5%
"""


def test_gartner_table_rows_become_revenue_and_share_facts():
    out = extract_document(read_text(GARTNER))
    nv = [f for f in out if f.company == "Nvidia"]
    rev24 = next(f for f in nv if f.table == "fct_revenues" and f.period.start.year == 2024)
    assert (rev24.value, rev24.currency, rev24.change_pct, rev24.source_org) == (76_692e6, "USD", 120.1, "Gartner")
    rev23 = next(f for f in nv if f.table == "fct_revenues" and f.period.start.year == 2023)
    assert rev23.value == 34_846e6 and rev23.change_pct is None
    share = next(f for f in nv if f.table == "fct_market_shares")
    assert (share.value, share.market, share.basis, share.rank) == (11.7, "semiconductors", "revenue", 1)
    assert not [f for f in out if f.company in ("Others", "Total")]


def test_row_that_does_not_add_up_is_flagged_not_loaded():
    out = extract_document(read_text(GARTNER))
    apple = {(f.table, f.period.start.year): f for f in out if f.company == "Apple"}
    assert apple[("fct_revenues", 2024)].flag and "20,51" in apple[("fct_revenues", 2024)].flag
    assert apple[("fct_revenues", 2023)].flag is None and apple[("fct_revenues", 2023)].value == 18_052e6
    assert apple[("fct_market_shares", 2024)].flag is None


def test_tab_separated_quarter_columns_and_qoq_growth():
    out = [f for f in extract_document(read_text(TRENDFORCE)) if f.flag is None]
    tsmc = {(f.table, f.period.start.month): f for f in out if f.company == "TSMC"}
    assert tsmc[("fct_revenues", 10)].value == 26_854e6
    assert tsmc[("fct_revenues", 10)].change_pct is None  # QoQ is not a year-on-year change
    assert tsmc[("fct_revenues", 7)].value == 23_527e6
    assert tsmc[("fct_market_shares", 10)].value == 67.1 and tsmc[("fct_market_shares", 10)].market == "foundry"
    assert any(f.company == "Samsung Electronics" and f.value == 3_260e6 for f in out)


def test_statement_tables_with_turnaround_cells_and_margin_rows():
    out = [f for f in extract_document(read_text(""" date 2024-10-24
SK hynix reports third-quarter results
SK hynix said its third-quarter operating profit hit a record.
(Unit: KRW billion)
\t3Q24\t2Q24\t3Q23\tQoQ\tYoY
Revenue\t17,573\t16,423\t9,066\t7%\t94%
Operating profit\t7,030\t5,469\t-1,792\t29%\tTurnaround
Operating margin\t40%\t33%\t-20%\t7%p\t60%p
""")) if f.flag is None]
    op = {f.period.start: f.value for f in out if f.metric == "operating_profit"}
    assert op[dt.date(2024, 7, 1)] == 7_030e9 and op[dt.date(2023, 7, 1)] == -1_792e9
    assert {f.company for f in out} == {"SK hynix"}
    assert not [f for f in out if "margin" in (f.company or "").lower()]


KCS = """ date 2024-09-11
< Summary > (Unit: US$ million, %)
Category | 2023.9.1~9.10 | 2024.9.1~9.10 | Change | YoY (%)
Exports | 16,050 | 16,404 | 354 | 2.2
Imports | 19,745 | 19,120 | -625 | -3.2
Working days | 7.0 | 6.5 | -0.5 | -
"""


def test_customs_table_dotted_periods_and_change_columns():
    out = [f for f in extract_document(read_text(KCS)) if f.flag is None]
    assert sorted((f.value, f.period.start.isoformat(), f.period.end.isoformat()) for f in out) == [
        (16.05e9, "2023-09-01", "2023-09-10"), (16.404e9, "2024-09-01", "2024-09-10")]
    assert all(f.table == "fct_exports" for f in out)  # 'Working days' is not a company
    assert next(f for f in out if f.value == 16.404e9).change_pct == 2.2  # 'YoY (%)', not the 'Change' amount


def test_month_rows_are_the_company_in_focus_and_segment_rows_are_not_companies():
    text = (" date 2025-10-10\nTSMC said September revenue rose 31.4% from a year earlier.\n\n"
            "Monthly revenue, 2025 (NT$ billion)\nMonth | Revenue | MoM (%) | YoY (%)\n"
            "July | 323.17 | 22.5 | 25.8\nAugust | 335.77 | 3.9 | 33.8\n\n"
            "Kakao's revenue by segment (Unit: KRW billion)\n\nSegment | 3Q24 | 2Q24 | 3Q23 | YoY\n"
            "Talk Biz | 526.1 | 520.3 | 491.7 | 7%\nContent | 961.8 | 1,035.3 | 1,093.4 | -12%\n")
    out = [f for f in extract_document(read_text(text)) if f.evidence.startswith("Table row")]
    assert {(f.company, f.period.start, f.value, f.currency, f.change_pct) for f in out} == {
        ("TSMC", dt.date(2025, 7, 1), 323.17e9, "TWD", 25.8), ("TSMC", dt.date(2025, 8, 1), 335.77e9, "TWD", 33.8)}


def test_broker_columns_actual_consensus_and_forecast():
    text = (" date 2025-10-30\nSamsung Electro-Mechanics (009150 KS)\n3Q25 review\n\nTable 1. Quarterly results (KRW bn)\n\n"
            "                    3Q24       2Q25      3Q25A      QoQ       YoY      Cons.      4Q25F\n"
            "Revenue          2,548.0    2,784.5    2,889.0      3.8%     13.4%    2,846.0    2,803.4\n"
            "Net profit (controlling)  180.2      213.0      260.3     22.2%     44.5%      237.0      215.3\n")
    out = [f for f in extract_document(read_text(text)) if f.flag is None]
    assert {(f.metric, f.period.start, f.value, f.change_pct) for f in out} == {
        ("revenue", dt.date(2024, 7, 1), 2548.0e9, None), ("revenue", dt.date(2025, 4, 1), 2784.5e9, None),
        ("revenue", dt.date(2025, 7, 1), 2889.0e9, 13.4), ("net_profit", dt.date(2024, 7, 1), 180.2e9, None),
        ("net_profit", dt.date(2025, 4, 1), 213.0e9, None), ("net_profit", dt.date(2025, 7, 1), 260.3e9, 44.5)}


def test_caption_months_apply_to_year_columns_and_growth_checks_compare_one_metric():
    text = (" date 2025-11-04\n[Table] Non-China EV battery installation by maker, Jan~Sep (Unit: GWh)\n\n"
            "Rank  Company              2024.1~9   2025.1~9   Growth    2024 M/S   2025 M/S\n"
            "1     CATL                     79.6       98.5    23.7%      29.1%      30.1%\n"
            "2     LG Energy Solution       64.9       71.0     9.4%      23.7%      21.7%\n\n"
            "| Company | Revenue 2Q25 | YoY | Operating profit 2Q25 | Operating profit 2Q24 |\n|---|---:|---:|---:|---:|\n"
            "| EcoPro BM | 838.5 | -18.9% | 21.0 | 5.4 |\n| SKC | 457.3 | 8.7% | (70.3) | (38.5) |\n"
            "(Unit: KRW billion)\n")
    out = extract_document(read_text(text))
    catl = {(f.period.start, f.period.end, f.value, f.market) for f in out if f.company == "CATL"}
    assert catl == {(dt.date(2024, 1, 1), dt.date(2024, 9, 30), 29.1, "ev batteries (excluding china)"),
                    (dt.date(2025, 1, 1), dt.date(2025, 9, 30), 30.1, "ev batteries (excluding china)")}
    assert not [f for f in out if f.company in ("EcoPro BM", "SKC") and f.flag]


def test_a_foreign_customs_table_of_commodities_with_month_count_columns():
    text = (" date 2025-07-14\nIn the first 6 months of 2025, Viet Nam's total export turnover of goods reached US$219.83 "
            "billion, up 14.4% over the same period in 2024.\n\nTable 1. Main export commodities to the Republic of "
            "Korea, first 6 months (Unit: US$ million)\n\n| No. | Commodity | 6M/2025 | 6M/2024 | Change (%) |\n"
            "|---|---|---|---|---|\n| 1 | Phones and components | 2,104 | 1,981 | 6.2 |\n| 2 | Seafood | 412 | 389 | 5.9 |\n"
            "| | Other commodities | 5,303 | 5,125 | 3.5 |\n| | Total | 12,940 | 12,185 | 6.2 |\n\n"
            "Table 2. Main import commodities from the Republic of Korea (Unit: US$ million)\n\n"
            "| No. | Commodity | 6M/2025 | 6M/2024 | Change (%) |\n|---|---|---|---|---|\n| 1 | Fabrics | 1,044 | 1,013 | 3.1 |\n"
            "| 2 | Plastics | 1,201 | 1,152 | 4.3 |\n")
    out = [f for f in extract_document(read_text(text)) if f.flag is None]
    assert {f.table for f in out} == {"fct_exports"}
    assert {(f.exporter, f.destination, f.product, f.period.end, f.value, f.change_pct) for f in out} == {
        ("VN", "WORLD", None, dt.date(2025, 6, 30), 219.83e9, 14.4),
        ("VN", "KR", "phones and components", dt.date(2025, 6, 30), 2104e6, 6.2),
        ("VN", "KR", "phones and components", dt.date(2024, 6, 30), 1981e6, None),
        ("VN", "KR", "seafood", dt.date(2025, 6, 30), 412e6, 5.9), ("VN", "KR", "seafood", dt.date(2024, 6, 30), 389e6, None),
        ("VN", "KR", None, dt.date(2025, 6, 30), 12940e6, 6.2), ("VN", "KR", None, dt.date(2024, 6, 30), 12185e6, None)}


def test_a_statement_table_with_the_unit_in_its_corner_cell():
    out = extract_document(read_text(""" date 2024-01-26
LG Energy Solution Announces 2023 Fourth Quarter and Annual Results
Consolidated Income Statement Summary
(Unit: KRW billion)\t4Q22\t3Q23\t4Q23\tQoQ\tYoY
Revenue\t8,537.5\t8,223.5\t8,001.4\t-2.7%\t-6.3%
Operating Profit\t723.7\t731.2\t338.2\t-53.7%\t-53.3%
"""))
    got = {(f.metric, f.period.start.isoformat(), f.value, f.change_pct) for f in out if f.flag is None}
    assert ("revenue", "2022-10-01", 8537.5e9, None) in got
    assert ("operating_profit", "2023-10-01", 338.2e9, -53.3) in got
    assert len(got) == 6


def test_a_segment_tables_total_row_is_the_companys_figure():
    out = extract_document(read_text(""" date 2024-07-31
Samsung Electronics today reported financial results for the second quarter ended June 30, 2024.

Summary of Second Quarter 2024 Results
(Unit: KRW trillion)

Revenue
                          2Q24     1Q24     2Q23
DX                        42.07    47.29    40.21
DS                        28.56    23.14    14.73
Total                     74.07    71.92    60.01

Operating Profit
                          2Q24     1Q24     2Q23
DX                         2.72     4.07     3.83
DS                         6.45     1.91    -4.36
Total                     10.44     6.61     0.67
"""))
    got = {(f.company, f.metric, f.period.start.isoformat(), f.value) for f in out if f.flag is None}
    assert ("Samsung Electronics", "revenue", "2024-01-01", 71.92e12) in got
    assert ("Samsung Electronics", "operating_profit", "2023-04-01", 0.67e12) in got
    assert not [f for f in out if f.flag is None and f.value in (42.07e12, 6.45e12)]  # segments are not the company


def test_a_named_first_header_cell_heads_the_labels():
    from newsfacts.extract.tables import parse_header
    cols = parse_header("Business\t4Q22\t2022", dt.date(2023, 1, 26))
    assert [c.kind for c in cols] == ["name", "money", "money"]
