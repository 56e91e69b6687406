"""Fact extraction from prose: what is a fact, with which period, entity, change and qualifier."""
import datetime as dt

import pytest

from newsfacts.extract import extract_document
from newsfacts.reading import read_text


def facts(text: str, table: str | None = None, flagged: bool = False):
    out = extract_document(read_text(text))
    return [f for f in out if (table is None or f.table == table) and (flagged or f.flag is None)]


def one(fs, **attrs):
    hits = [f for f in fs if all(getattr(f, k) == v for k, v in attrs.items())]
    assert len(hits) == 1, (attrs, [(f.table, f.company, f.product, f.destination, f.value, f.period) for f in fs])
    return hits[0]


def period(f):
    return (f.period.start.isoformat(), f.period.end.isoformat())


TRADE = """ date 2024-04-01
SEOUL, April 1 (Yonhap) -- South Korea's exports rose 3.1 percent on-year in March to $56.56 billion, data showed Monday.
Imports fell 12.3 percent to $52.28 billion, resulting in a trade surplus of $4.28 billion, according to the Ministry of Trade, Industry and Energy.
Semiconductor exports jumped 35.7 percent to $11.7 billion, the highest since June 2022. Outbound shipments of automobiles dipped 3.2 percent to $6.1 billion.
Exports to China, Korea's biggest trading partner, fell 0.3 percent to $10.5 billion, while exports to the United States gained 10.6 percent to $10.2 billion.
Average daily exports came to $2.5 billion. Exports to ASEAN rose 5 percent to $9.8 billion.
"""


def test_trade_release():
    fs = facts(TRADE)
    assert all(f.table == "fct_exports" for f in fs)
    total = one(fs, value=56.56e9)
    assert (total.exporter, total.destination, total.product, total.change_pct) == ("KR", "WORLD", None, 3.1)
    assert period(total) == ("2024-03-01", "2024-03-31")
    chips = one(fs, product="semiconductors")
    assert period(chips) == ("2024-03-01", "2024-03-31")  # not "since June 2022"
    assert one(fs, product="automobiles").change_pct == -3.2
    assert one(fs, destination="CN").value == 10.5e9
    assert one(fs, destination="US").value == 10.2e9
    # imports, the trade surplus, daily averages and unrepresentable regions are not facts
    assert {f.value for f in fs} == {56.56e9, 11.7e9, 6.1e9, 10.5e9, 10.2e9}
    assert total.source_org == "Ministry of Trade" or total.source_org is None


EARNINGS = """Published : Jan. 31, 2024 - 15:02
Samsung Electronics Co. said Wednesday its operating profit for the fourth quarter fell 34.4 percent from a year earlier to 2.82 trillion won ($2.1 billion), missing the market consensus of 3.7 trillion won.
Revenue declined 3.8 percent to 67.78 trillion won. Net profit plunged 73.4 percent to 6.34 trillion won.
For the whole of 2023, the company posted an operating profit of 6.57 trillion won, down 84.9 percent from 43.38 trillion won a year earlier, while annual sales came to 258.94 trillion won.
SK hynix, meanwhile, swung to an operating profit of 346 billion won in the fourth quarter, compared with a loss of 1.9 trillion won a year ago.
"""


def test_earnings_release():
    fs = facts(EARNINGS, "fct_revenues")
    op = one(fs, value=2.82e12)
    assert (op.company, op.metric, op.change_pct, op.currency) == ("Samsung Electronics", "operating_profit", -34.4, "KRW")
    assert period(op) == ("2023-10-01", "2023-12-31")
    assert not [f for f in fs if f.currency == "USD"]  # the conversion in parentheses is the same fact
    consensus = one(facts(EARNINGS, "fct_revenues", flagged=True), value=3.7e12)
    assert consensus.qualifier == "forecast" and "consensus" in consensus.flag  # an estimate, not a reported figure
    assert one(fs, metric="revenue", value=67.78e12).change_pct == -3.8
    assert one(fs, metric="net_profit").value == 6.34e12
    prior = one(fs, value=43.38e12)
    assert period(prior) == ("2022-01-01", "2022-12-31") and prior.change_pct is None
    assert period(one(fs, value=258.94e12)) == ("2023-01-01", "2023-12-31")
    hynix_prior = one(fs, company="SK hynix", value=-1.9e12)
    assert period(hynix_prior) == ("2022-10-01", "2022-12-31")


def test_losses_are_negative_and_quarter_comparisons_shift_a_quarter():
    fs = facts(""" date 2024-01-31
SK On logged an operating loss of 218 billion won in the October-December period, narrowing from a loss of 375 billion won in the previous quarter, SK Innovation said.
""", "fct_revenues")
    assert one(fs, value=-218e9).company == "SK On"
    assert period(one(fs, value=-218e9)) == ("2023-10-01", "2023-12-31")
    assert period(one(fs, value=-375e9)) == ("2023-07-01", "2023-09-30")


def test_division_figures_are_kept_out_of_the_company_rows():
    out = extract_document(read_text(""" date 2024-07-31
Samsung Electronics' operating profit rose to 10.44 trillion won in the second quarter. Its chip division posted an operating profit of 6.45 trillion won.
"""))
    division = one(out, value=6.45e12)
    assert division.flag and "division" in division.flag
    assert one(out, value=10.44e12).flag is None


SHARES = """ date 2024-06-05
According to SNE Research, CATL's EV battery installations from January to April totaled 79.4 GWh, giving it a 37.1% market share, up 1.8 percentage points from a year earlier.
BYD came second with 15.8%, followed by LG Energy Solution (13.2%), SK On (4.8%) and Samsung SDI (3.8%).
The combined market share of the three Korean battery makers fell 2.6 percentage points on-year to 21.8 percent.
TSMC's share of the foundry market rose to 61.7 percent in the first quarter from 61.2 percent in the previous quarter, while Samsung Electronics' share fell to 11 percent.
In a survey of 1,050 adults, 64% said they trust AI more. The operating margin reached 42.2%, close to TSMC (48.5%).
"""


def test_market_shares_lists_groups_and_comparisons():
    fs = facts(SHARES, "fct_market_shares")
    catl = one(fs, company="CATL")
    assert (catl.value, catl.market, catl.change_pp) == (37.1, "ev batteries", 1.8)
    assert period(catl) == ("2024-01-01", "2024-04-30")
    for company, value in [("BYD", 15.8), ("LG Energy Solution", 13.2), ("SK On", 4.8), ("Samsung SDI", 3.8)]:
        f = one(fs, company=company, market="ev batteries")
        assert f.value == value and period(f) == period(catl)
    group = one(fs, company="Korean battery makers (combined)")
    assert (group.value, group.market) == (21.8, "ev batteries")
    assert period(one(fs, company="TSMC", value=61.7)) == ("2024-01-01", "2024-03-31")
    assert period(one(fs, company="TSMC", value=61.2)) == ("2023-10-01", "2023-12-31")
    assert one(fs, company="Samsung Electronics").value == 11
    assert not [f for f in fs if f.value in (64, 42.2, 48.5)]  # surveys and margins are not shares


def test_spelled_out_broadcast_copy():
    fs = facts(""" date 2023-11-01
Outbound shipments in October reached 55-point-one-nine billion U.S. dollars, up five-point-one percent from a year earlier.
Chip exports came to nine-point-35 billion dollars, down three-point-one percent, while car exports jumped nearly 20 percent to six-point-two billion dollars.
Exports to China fell nine-point-five percent to eleven-point-zero-eight billion dollars.
""")
    assert one(fs, product="semiconductors").value == pytest.approx(9.35e9)
    assert one(fs, product="semiconductors").change_pct == -3.1
    assert one(fs, product="automobiles").value == pytest.approx(6.2e9)
    assert one(fs, destination="CN").value == pytest.approx(11.08e9)


def test_undated_document_keeps_relative_facts_out_of_the_marts():
    doc = read_text("SK hynix said its revenue last year rose 102 percent to 66.19 trillion won. In 2023 revenue was 32.77 trillion won.")
    out = extract_document(doc)
    assert doc.published_on is None
    relative = one(out, value=66.19e12)
    assert relative.flag and relative.period is None
    explicit = one(out, value=32.77e12)
    assert explicit.flag is None and explicit.period.start == dt.date(2023, 1, 1)


def test_budgets_investments_contracts_and_market_sizes_are_not_facts():
    fs = facts(""" date 2025-05-02
The government allocated a supplementary budget of 1.8 trillion won to secure 10,000 GPUs this year.
The supply contract is reportedly valued at approximately 4 trillion won.
The dry electrode market is projected to grow from 1.7054 trillion won in 2024 to 3.5535 trillion won in 2033.
Nanointech invested approximately 10 billion won in the project, which accounts for 16% of the company's revenue of 61.2 billion won last year.
""")
    (f,) = fs
    assert (f.company, f.metric, f.value) == ("Nanointech", "revenue", 61.2e9)
    assert period(f) == ("2024-01-01", "2024-12-31")


def test_unknown_companies_by_their_role():
    fs = facts(""" date 2025-05-10
LX Semicon (LX세미콘) posted turnover of 679 billion won in the first quarter of 2025, up 27.1% on-year.
OmniVision's share of the global CMOS image sensor market climbed to 11.8 percent last year.
""")
    rev = one(fs, table="fct_revenues")
    assert (rev.company, rev.metric, rev.value, rev.change_pct) == ("LX Semicon", "revenue", 679e9, 27.1)
    assert one(fs, table="fct_market_shares").company == "OmniVision"


def test_spans_ended_with_a_month_and_conversions_do_not_cut_the_sentence():
    fs = facts(""" date 2024-07-05
Operating profit was 10.4 trillion won ($7.5 billion) in the three months ended June, Samsung Electronics said.
For the fiscal year ended March 2024, Kioxia booked revenue of 1.0766 trillion yen.
""", "fct_revenues")
    assert period(one(fs, value=10.4e12)) == ("2024-04-01", "2024-06-30")
    assert period(one(fs, company="Kioxia")) == ("2023-04-01", "2024-03-31")
    assert not [f for f in fs if f.currency == "USD"]


def test_bullet_lists_passive_exports_and_signed_changes():
    fs = facts(""" date 2024-09-08
Korea's exports in August rose 11.4% from a year earlier to $57.9 billion, the trade ministry said.
Exports by major item (August 2024)
- Computer products - $2.74 billion (+19.3% YoY)
- Auto parts: $1.76 billion (-3.0%)
- Exports to Hong Kong: $3.12 billion, up 5.5% on-year
$1.09 billion worth of automobiles were shipped to Vietnam in August, down 12.4% on-year.
""", "fct_exports")
    assert one(fs, product="computers").change_pct == 19.3
    parts = one(fs, product="auto parts")
    assert parts.value == 1.76e9 and parts.change_pct == -3.0  # the dash of the list is not a minus sign
    assert one(fs, destination="HK").value == 3.12e9
    vn = one(fs, destination="VN")
    assert (vn.product, vn.value, vn.change_pct) == ("automobiles", 1.09e9, -12.4)
    assert all(period(f) == ("2024-08-01", "2024-08-31") for f in fs)


def test_forecasts_and_asides_stay_out_of_the_focus():
    out = extract_document(read_text(""" date 2024-02-20
Samsung accounted for 30.1% of global TV revenue in 2023, according to Omdia.
In the fourth quarter alone, Samsung's revenue share rose to 35.7%.
LG Electronics was No. 2 with 16.5% of revenue.
Omdia expects Samsung's share to reach 32% in 2024.
"""))
    shares = {f.value: f for f in out if f.table == "fct_market_shares"}
    assert period(shares[30.1]) == ("2023-01-01", "2023-12-31")
    assert period(shares[35.7]) == ("2023-10-01", "2023-12-31")
    assert period(shares[16.5]) == ("2023-01-01", "2023-12-31")  # back to the story's period
    assert shares[32].flag and shares[32].qualifier == "forecast"


def test_a_company_preliminary_figure_is_an_estimate_not_a_forecast():
    text = (" date 2025-10-14\nSamsung Electronics said operating profit for July-September was likely 12.1 trillion won, "
            "it said in a preliminary earnings filing.\nAnalysts had expected operating profit of 10.1 trillion won for "
            "the quarter.\n")
    fs = facts(text, "fct_revenues", flagged=True)
    assert one(fs, value=12.1e12).qualifier == "estimate" and one(fs, value=12.1e12).flag is None
    assert one(fs, value=10.1e12).flag is not None  # the analysts' number stays out


def test_fy_names_take_the_fiscal_year_the_article_states():
    text = (" date 2024-11-27\nLG Electronics India's revenue rose to Rs 21,352 crore in the financial year ended March "
            "2024.\nIts net profit was Rs 1,511 crore in FY24, up from Rs 1,345 crore in FY23.\n")
    fs = facts(text, "fct_revenues")
    assert {f.company for f in fs} == {"LG Electronics India"}
    assert period(one(fs, value=1.511e10)) == ("2023-04-01", "2024-03-31")
    assert period(one(fs, value=1.345e10)) == ("2022-04-01", "2023-03-31")


def test_a_cumulative_span_does_not_replace_the_headline_period():
    text = (" date 2025-04-15\nICT exports rise for 17th straight month in March\n\nICT exports in March rose 9.6% to "
            "US$ 20.83 billion.\nICT exports in the first quarter totaled US$ 56.3 billion, up 8.0% year-on-year.\n"
            "Semiconductor exports rose 12.3% to US$ 13.12 billion.\n")
    chips = one(facts(text, "fct_exports"), product="semiconductors")
    assert period(chips) == ("2025-03-01", "2025-03-31")


def test_a_signed_change_in_brackets_is_not_a_value():
    text = (" date 2024-09-11\nExports for September 1-10, 2024 amounted to US$ 16.4 billion, up 2.2% (+US$ 0.35 billion) "
            "from the same period last year.\n")
    (f,) = facts(text, "fct_exports")
    assert (f.value, f.change_pct) == (16.4e9, 2.2)


def test_a_foreign_exporter_stays_in_focus():
    text = (" date 2025-08-19\nMalaysia's exports to South Korea rose 3.9 per cent to RM33.05 billion in January-July.\n"
            "In July alone, exports to South Korea rose 9.1 per cent to RM4.8 billion.\n")
    fs = facts(text, "fct_exports")
    assert {(f.exporter, f.destination, f.currency) for f in fs} == {("MY", "KR", "MYR")}


def test_a_period_label_inside_brackets_dates_the_figure_after_it():
    text = (" date 2025-11-03\nSamsung SDI: 3Q25 revenue KRW3.07tn (-22.1% YoY; 3Q24: KRW3.94tn), below consensus.\n"
            "Ranking, 1Q25 NAND Flash brand revenue (US$ million / market share):\n"
            "1. Samsung — 5,200 / 31.9% (4Q24: 6,720 / 33.9%)\n2. SK hynix — 3,340 / 20.5% (4Q24: 4,210 / 21.2%)\n")
    revs = facts(text, "fct_revenues")
    assert period(one(revs, value=3.94e12)) == ("2024-07-01", "2024-09-30")
    assert period(one(revs, value=3.07e12)) == ("2025-07-01", "2025-09-30")
    shares = facts(text, "fct_market_shares")
    assert period(one(shares, company="Samsung Electronics", value=31.9)) == ("2025-01-01", "2025-03-31")
    assert period(one(shares, company="Samsung Electronics", value=33.9)) == ("2024-10-01", "2024-12-31")
    assert period(one(shares, company="SK hynix", value=21.2)) == ("2024-10-01", "2024-12-31")
    assert not [f for f in facts(text) if "—" in (f.company or "")]


def test_group_members_in_brackets_and_non_operating_losses():
    text = (" date 2025-02-18\nThe combined share of the global ESS battery market held by the three Korean battery makers "
            "(LG Energy Solution, Samsung SDI, SK On) fell to 8.1% in 2024 from 14.0% in 2023.\n"
            "L&F posted an operating loss of KRW 210 billion in the fourth quarter of 2024. Inventory valuation losses in "
            "the quarter amounted to KRW 236.0 billion, and it booked foreign exchange losses of KRW 12 billion.\n")
    shares = facts(text, "fct_market_shares")
    assert {(f.company, f.value) for f in shares} == {("Korean battery makers (combined)", 8.1),
                                                      ("Korean battery makers (combined)", 14.0)}
    assert [f.value for f in facts(text, "fct_revenues")] == [-210e9]


def test_year_to_date_runs_to_the_headline_period_and_broker_shorthand():
    text = (" date 2025-10-21\nExports for the first 20 days of October rose 6.6 percent to $36.4 billion. Exports in the "
            "year to date reached $523.6 billion, up 2.1 percent from the same period of 2024.\n")
    assert period(one(facts(text, "fct_exports"), value=523.6e9)) == ("2025-01-01", "2025-10-20")
    brief = (" date 2025-11-03\nKorea October exports. Semis US$15.73bn (+25.4% YoY), a record for the month. Exports to "
             "US US$8.75bn (-16.2% YoY) on tariffs; China US$11.07bn (+0.8% YoY).\n")
    fs = facts(brief, "fct_exports")
    assert one(fs, product="semiconductors").value == 15.73e9
    assert (one(fs, destination="CN").value, one(fs, destination="CN").change_pct) == (11.07e9, 0.8)


def test_fiscal_ranges_printed_losses_broker_estimates_and_segment_labels():
    text = (" date 2025-11-03\nInfineon: for fiscal 2024 (October 2023–September 2024), revenue fell 8% to €14.96 billion.\n"
            "Samsung SDI posted an operating loss of KRW591.3bn in 3Q25. Loss widened from -KRW397.8bn in 2Q25.\n"
            "SK hynix: following 3Q25 results (OP KRW11.38tn), we raise 4Q25F OP to KRW15.2tn.\n"
            "Samsung Electro-Mechanics posted revenue of KRW 2.5 trillion in the third quarter.\n"
            "Component Solution (MLCC): Revenue was KRW 1,227.1 billion, up 13% year-on-year.\n"
            "On a standalone basis, Samsung Electro-Mechanics' revenue rose 3.8% to KRW 1.9 trillion.\n")
    fs = facts(text, "fct_revenues")
    assert period(one(fs, company="Infineon")) == ("2023-10-01", "2024-09-30")
    assert period(one(fs, value=-397.8e9)) == ("2025-04-01", "2025-06-30")
    assert {f.value for f in fs if f.company == "SK hynix"} == {11.38e12}
    assert {f.value for f in fs if f.company == "Samsung Electro-Mechanics"} == {2.5e12}


def test_fiscal_years_and_quarters_of_companies_whose_year_does_not_end_in_december():
    text = (" date 2025-09-24\nMicron Technology reported record results. For the full fiscal 2025, revenue hit a record "
            "$37.38 billion, up 49 percent on fiscal 2024's $25.11 billion. In the fiscal fourth quarter, revenue rose 46% "
            "to $11.32 billion.\nQualcomm posted revenue of $10.37 billion for its fiscal third quarter, up 10% "
            "year-over-year.\n")
    fs = facts(text, "fct_revenues")
    assert period(one(fs, value=37.38e9)) == ("2024-09-01", "2025-08-31")
    assert period(one(fs, value=25.11e9)) == ("2023-09-01", "2024-08-31")
    assert period(one(fs, value=11.32e9)) == ("2025-06-01", "2025-08-31")
    assert period(one(fs, company="Qualcomm")) == ("2025-04-01", "2025-06-30")


def test_undated_and_present_tense_shares_and_us_dollar_is_not_a_destination():
    text = ("Market position\nAccording to SNE Research, the three Korean companies held a combined 23.1% of global EV "
            "battery usage in 2023, down from 25.5% in 2022.\nIn the first half of this year, the Korean trio's share "
            "slipped to 17.4%.\nCurrently, Korean firms hold about 70% of global battery cell capacity.\n"
            "Last year, battery exports fell 19.9% to US$7.90 billion, and in the first quarter of 2024 they declined "
            "again, to US$1.81 billion.\n")
    shares = facts(text, "fct_market_shares")
    assert {(f.value, f.period.start.year) for f in shares} == {(23.1, 2023), (25.5, 2022)}
    assert {f.destination for f in facts(text, "fct_exports", flagged=True)} == {"WORLD"}


def test_asides_cut_offs_latest_quarters_product_lines_and_cost_shares():
    text = (" date 2025-11-21\nSamsung Electronics, which re-entered the OLED TV market in 2022, took 27.9 percent of "
            "OLED TV shipments in 2024. Samsung's Neo QLED accounted for 40% of its TV revenue. Cathode's share of cell "
            "cost is now about 40%.\nExports rose. Year to date, Korea's exports reached $614.2 billion as of Nov. 20, "
            "up 1.9 percent from the same period of 2024.\nIn the most recent quarter, Micron posted revenue of $11.3 "
            "billion. HBM revenue approached $2 billion in the quarter.\n")
    assert [(f.value, f.period.start.year) for f in facts(text, "fct_market_shares")] == [(27.9, 2024)]
    assert period(one(facts(text, "fct_exports"), value=614.2e9)) == ("2025-01-01", "2025-11-20")
    (rev,) = facts(text, "fct_revenues")
    assert (rev.value, period(rev)) == (11.3e9, ("2025-07-01", "2025-09-30"))


def test_market_aggregates_are_no_company_revenue_and_a_qualifying_market_word_is_not_the_market():
    text = (" date 2025-11-13\nBOE took second place with 17.5% of smartphone OLED shipments in the third quarter. "
            "Revenue of the smartphone OLED market amounted to US$10.2 billion in the quarter.\nSamsung led the TV "
            "market. Global TV shipments rose 1.3% to 208.8 million units in 2024, while revenue reached US$104.5 billion.\n")
    assert facts(text, "fct_revenues") == []
    assert one(facts(text, "fct_market_shares"), company="BOE").market == "smartphone oled"


def test_a_sentence_opening_with_a_market_names_the_market_of_its_shares():
    text = (" date 2025-08-14\nSK hynix extended its lead in the global DRAM market in the second quarter, taking a "
            "38.7% share by revenue, according to Counterpoint Research. In HBM, SK hynix's share stood at 62%, "
            "followed by Micron (21%) and Samsung (17%).\n")
    fs = facts(text, "fct_market_shares")
    assert {(f.company, f.market) for f in fs if f.value != 38.7} == {
        ("SK hynix", "hbm"), ("Micron Technology", "hbm"), ("Samsung Electronics", "hbm")}


def test_adjusted_profits_stay_out_and_a_figure_before_from_is_the_new_value():
    text = (" date 2025-07-25\nLG Energy Solution said its second-quarter operating profit jumped 152 percent on-year "
            "to 492.2 billion won. Excluding the Advanced Manufacturing Production Credit of 490.8 billion won, "
            "operating profit stood at 1.4 billion won. The battery maker swung to a net profit of 303.9 billion won "
            "from a net loss a year ago.\n")
    fs = facts(text, "fct_revenues")
    assert {(f.metric, f.value, period(f)) for f in fs} == {
        ("operating_profit", 492.2e9, ("2025-04-01", "2025-06-30")), ("net_profit", 303.9e9, ("2025-04-01", "2025-06-30"))}


def test_likely_rose_is_a_preliminary_estimate_of_the_quarter_just_ended():
    text = (" date 2025-01-09\nSamsung Electronics Co. said Wednesday its fourth-quarter operating profit likely rose "
            "130 percent from a year earlier to 6.5 trillion won, missing market expectations.\n")
    (f,) = facts(text, "fct_revenues")
    assert (period(f), f.qualifier) == (("2024-10-01", "2024-12-31"), "estimate")


def test_a_long_trade_story_keeps_its_month_through_asides_and_clause_subjects():
    text = (" date 2024-04-01\nExports rose 3.1% year-on-year to US$56.56 billion last month.\n"
            "For the January-March quarter as a whole, semiconductor exports reached US$31.70 billion, up 52.3% from "
            "a year earlier.\nDisplay exports increased 18.9% to US$1.62 billion on the back of OLED panel demand for "
            "new smartphones, and wireless communication devices gained 13.0% to US$1.31 billion.\n"
            "Ship exports rose 8.4% to US$2.17 billion as yards delivered LNG carriers ordered during the 2021-2022 boom.\n"
            "Exports to the Association of Southeast Asian Nations rose 3.5% to US$9.03 billion.\n")
    fs = facts(text, "fct_exports")
    assert period(one(fs, product="semiconductors")) == ("2024-01-01", "2024-03-31")
    for product in ("displays", "wireless communication devices", "ships"):
        assert period(one(fs, product=product)) == ("2024-03-01", "2024-03-31"), product
    assert not [f for f in fs if f.value == 9.03e9]


def test_web_copy_corrections_prices_milestones_and_past_by_years():
    text = (" date 2025-11-07\nNaver's third-quarter revenue rose 15.6% to 3.1381 trillion won, its first quarter above "
            "3 trillion won.\nAn earlier version of our 12:02 post gave Naver's third-quarter operating profit as 507.6 "
            "billion won.\nNaver shares ended down 2.1% at 251,500 won.\nThe IRA offers $35 per kilowatt-hour for cells.\n"
            "By 2024, CATL's share of the EV battery market had risen to 37.9%.\n")
    assert [f.value for f in facts(text, "fct_revenues")] == [3.1381e12]
    (share,) = facts(text, "fct_market_shares")
    assert period(share) == ("2024-01-01", "2024-12-31")


def test_a_dash_list_of_shares_under_a_key_that_puts_year_ago_shares_in_brackets():
    text = (" date 2025-10-18\nThe global smartphone market grew in the third quarter, Omdia said.\n"
            "Here's how the top five looked in Q3 2025, with their share a year earlier in brackets:\n\n"
            "- Samsung – 61.4 million units – 19% (Q3 2024: 18%)\n- Apple – 58.6 million units – 18% (16%)\n")
    fs = facts(text, "fct_market_shares")
    assert {(f.company, f.value, f.period.start.year) for f in fs} == {
        ("Samsung Electronics", 19.0, 2025), ("Samsung Electronics", 18.0, 2024), ("Apple", 18.0, 2025), ("Apple", 16.0, 2024)}


def test_rankings_in_one_sentence_revisions_and_fiscal_years_that_ended_in_a_month():
    text = (" date 2025-11-20\nIn NAND flash, Samsung held 32.3% of revenue in the third quarter, followed by SK Group "
            "(SK hynix and Solidigm) at 19.6%, Kioxia (14.8%), Micron (13.3%) and SanDisk (12.1%).\n"
            "Exports rose 3% in October to $60 billion. Semiconductor exports were revised up to $15.82bn from "
            "$15.73bn.\nIn the fiscal year that ended in March, Kioxia posted revenue of ¥1.7065 trillion.\n")
    shares = facts(text, "fct_market_shares")
    assert [(f.company, f.value) for f in shares][:2] == [("Samsung Electronics", 32.3), ("SK Group", 19.6)]
    chips = facts(text, "fct_exports")
    assert [(f.value, f.qualifier) for f in chips if f.product] == [(15.82e9, "exact")]
    assert period(one(facts(text, "fct_revenues"), company="Kioxia")) == ("2024-04-01", "2025-03-31")


def test_dollars_first_won_in_brackets_keeps_the_reported_currency_for_results_not_for_exports():
    text = (" date 2025-04-30\nSamsung Electronics said its operating profit for the January-March quarter rose 1.2% to "
            "$4.7 billion (6.69 trillion won).\nExports rose 3.7% to $58.2 billion (84 trillion won) in April.\n")
    assert [(f.value, f.currency) for f in facts(text, "fct_revenues")] == [(6.69e12, "KRW")]
    assert [(f.value, f.currency) for f in facts(text, "fct_exports")] == [(58.2e9, "USD")]


def test_a_second_amount_in_a_comparison_sentence_and_explicit_years_before_anaphors():
    text = (" date 2025-10-31\nSamsung's third-quarter operating profit rose to 12.2 trillion won. A year earlier, "
            "operating profit had been 9.18 trillion won on revenue of 79.1 trillion won. For context, the company's "
            "full-year 2024 revenue was 300.9 trillion won and operating profit 32.7 trillion won.\n")
    fs = facts(text, "fct_revenues")
    assert period(one(fs, value=79.1e12)) == ("2024-07-01", "2024-09-30")
    assert period(one(fs, value=32.7e12)) == ("2024-01-01", "2024-12-31")


def test_a_look_back_at_the_year_earlier_figure_does_not_move_the_focus():
    text = (" date 2025-11-17\nFinal customs data showed October exports rose 3.9% to $59.73bn. In October 2024, exports "
            "had been $57.5bn.\nSemiconductor exports were revised up to $15.82bn from $15.73bn.\n")
    chips = one(facts(text, "fct_exports"), product="semiconductors")
    assert (chips.value, period(chips)) == (15.82e9, ("2025-10-01", "2025-10-31"))


def test_earlier_shares_stated_after_the_sentence_that_gave_the_new_ones():
    text = (" date 2025-11-20\nTSMC's share of the foundry market rose to 71.0% in the third quarter, while Samsung's fell "
            "to 6.8%, TrendForce said. Samsung's share was down from 7.3% in the second quarter, while TSMC's rose from "
            "70.2%.\n")
    fs = facts(text, "fct_market_shares")
    assert period(one(fs, value=70.2)) == ("2025-04-01", "2025-06-30")
    assert one(fs, value=7.3).company == "Samsung Electronics"


def test_reporting_time_and_explicit_forecast_labels():
    text = (" date 2025-11-17\nExports rose 3% in October to $59.7bn, according to preliminary data.\n\n"
            "Forecast: exports to cross $700bn\n\nSK Hynix reported late last month that its operating profit for the "
            "July-September quarter hit a record 11.38 trillion won on revenue of 24.45 trillion won.\n")
    assert [f.value for f in facts(text, "fct_exports")] == [59.7e9]
    assert {period(f) for f in facts(text, "fct_revenues")} == {("2025-07-01", "2025-09-30")}


def test_a_share_goal_is_not_a_share():
    text = (" date 2025-11-20\nSamsung's foundry share was 6.8% in the third quarter. Its official goal, restated at an "
            "investor forum in June, is to win 20% of the foundry market by 2030.\n")
    assert [f.value for f in facts(text, "fct_market_shares")] == [6.8]


def test_a_figure_less_sentence_about_past_peaks_does_not_move_the_year_in_focus():
    text = (" date 2025-01-23\nSK hynix said its operating profit for 2024 rose to a record 23.47 trillion won. Annual "
            "revenue more than doubled to 66.19 trillion won from 32.77 trillion won in 2023, SK hynix said. Both revenue and operating profit were the highest in the company's history, surpassing the "
            "previous peaks set in 2022 and 2018, respectively. Full-year net profit came to 19.8 trillion won.\n")
    assert period(one(facts(text, "fct_revenues"), value=19.8e12)) == ("2024-01-01", "2024-12-31")


def test_relative_clauses_and_earlier_this_month_do_not_hide_the_fact():
    text = (" date 2025-11-15\nICT exports fell in October. Exports of computers and peripherals, which include "
            "solid-state drives, rose 9.8 percent to $1.27 billion.\nHon Hai posted second-quarter revenue of NT$1.64 "
            "trillion. Earlier this month, Hon Hai reported October revenue of NT$623.9 billion, up 20.2 percent "
            "year-on-year.\n")
    assert one(facts(text, "fct_exports"), value=1.27e9).product == "computers and peripherals"
    assert period(one(facts(text, "fct_revenues"), value=623.9e9)) == ("2025-10-01", "2025-10-31")


def test_the_period_a_cue_carries_and_a_product_measured_otherwise_than_by_exports():
    text = (" date 2025-10-10\nTSMC's third-quarter revenue rose. With August revenue of NT$335.77 billion and July revenue "
            "of NT$323.17 billion, third-quarter revenue is on track.\nChip exports rose 5% to $15 billion in September. "
            "Semiconductor production reached 168 trillion won in 2023.\n")
    revs = facts(text, "fct_revenues")
    assert period(one(revs, value=335.77e9)) == ("2025-08-01", "2025-08-31")
    assert period(one(revs, value=323.17e9)) == ("2025-07-01", "2025-07-31")
    assert [f.value for f in facts(text, "fct_exports")] == [15e9]


def test_a_comparison_sentence_names_its_companies_after_the_figures_and_leaves_the_story_period():
    fs = facts(""" date 2025-11-28
SK hynix led the DRAM market with 35.4% of revenue in the third quarter, followed by Samsung (33.9%) and Micron (22.6%). That compares with 38.7% for SK hynix and 32.7% for Samsung in the second quarter. A year ago, Samsung commanded 41.1% of the DRAM market. Together, the two Korean makers controlled 69.3% of global DRAM revenue in the quarter.
""", "fct_market_shares")
    assert period(one(fs, value=38.7, company="SK hynix")) == ("2025-04-01", "2025-06-30")
    assert period(one(fs, value=32.7, company="Samsung Electronics")) == ("2025-04-01", "2025-06-30")
    assert period(one(fs, value=41.1)) == ("2024-07-01", "2024-09-30")  # a year before the story's quarter
    assert period(one(fs, value=69.3)) == ("2025-07-01", "2025-09-30")  # 'the quarter' is still the third


@pytest.mark.parametrize("sentence", [
    "Samsung Electronics booked consolidated revenue of 86.1 trillion won and operating profit of 12.2 trillion won in the third quarter.",
    "Samsung Electronics booked revenue of 86.1 trillion won ($60 billion), operating profit of 12.2 trillion won and net profit of 8 trillion won, respectively, in the third quarter.",
])
def test_a_period_after_amounts_joined_by_and_dates_all_of_them(sentence):
    fs = facts(" date 2025-11-24\nFor context, the company's full-year 2024 revenue was 300.9 trillion won.\n" + sentence + "\n")
    assert period(one(fs, value=86.1e12)) == ("2025-07-01", "2025-09-30")
    assert period(one(fs, value=12.2e12)) == ("2025-07-01", "2025-09-30")


def test_a_period_after_a_compared_amount_is_not_shared():
    fs = facts(" date 2025-11-24\nSamsung's third-quarter revenue was 86.1 trillion won, compared with 79.1 trillion won in the same period of 2024.\n")
    assert period(one(fs, value=86.1e12)) == ("2025-07-01", "2025-09-30")


def test_a_pronoun_takes_the_previous_sentences_figure_to_the_period_it_states():
    fs = facts(""" date 2025-12-01
South Korea's exports of secondary batteries fell to $8.5 billion in 2024, down 13.6% from 2023. In 2022, the peak year, they had reached $9.98 billion. It was $7 billion.
""")
    f = one(fs, value=9.98e9)
    assert (f.table, f.product, f.destination, period(f)) == ("fct_exports", "secondary batteries", "WORLD", ("2022-01-01", "2022-12-31"))
    assert not [f for f in fs if f.value == 7e9]  # no period of its own: not the previous figure's period again


def test_an_elided_possessive_names_the_company_of_its_clause():
    fs = facts(" date 2025-11-28\nSK hynix's revenue rose 13.5% to 24.4 trillion won in the third quarter, while Samsung's fell 3% to 86 trillion won.\n")
    assert (one(fs, value=24.4e12).company, one(fs, value=24.4e12).change_pct) == ("SK hynix", 13.5)
    assert (one(fs, value=86e12).company, one(fs, value=86e12).change_pct) == ("Samsung Electronics", -3.0)
    fs = facts(" date 2025-11-28\nSK hynix's DRAM revenue rose 13.5% QoQ to $14.65 billion in the third quarter, while Samsung's jumped 30.4% to $14.03 billion.\n",
               flagged=True)
    assert one(fs, value=14.03e9).company == "Samsung Electronics"
    assert all(f.flag for f in fs)  # DRAM revenue is a product line's, for both


def test_a_bare_earlier_share_takes_the_look_back_the_sentence_already_stated():
    fs = facts(" date 2025-09-09\nSamsung Display's share of smartphone OLED panel shipments fell to 41.0% in the first half of 2025 "
               "from 50.2% a year earlier, according to Omdia, while BOE's rose to 17.5% from 15.1%.\n", "fct_market_shares")
    boe = one(fs, value=15.1)
    assert (boe.company, period(boe)) == ("BOE", ("2024-01-01", "2024-06-30"))


@pytest.mark.parametrize("sentence", [
    "South Korea exported electric vehicles worth 1.12 billion US dollars in November, down 8.4 per cent year on year.",
    "South Korea exported 1.12 billion US dollars worth of electric vehicles in November.",
    "Battery exports fell. South Korea exported $1.12 billion of electric vehicles in November.",
])
def test_exported_goods_worth_an_amount(sentence):
    f = one(facts(" date 2025-12-04\n" + sentence + "\n"), value=1.12e9)
    assert (f.table, f.product, period(f)) == ("fct_exports", "electric vehicles", ("2025-11-01", "2025-11-30"))


def test_a_deal_worth_an_amount_is_still_not_a_fact():
    assert not facts(" date 2025-12-04\nHyundai signed a deal with Uber worth $3 billion in November.\n")


def test_that_compared_with_an_amount_is_the_previous_figure_in_the_earlier_period():
    fs = facts(""" date 2025-11-13
Kioxia's revenue for the July-September quarter fell 7.1% from a year earlier to ¥448.3 billion, the company said. That compared with ¥482.4 billion in the same period last year, when NAND prices were rebounding.
""")
    f = one(fs, value=482.4e9)
    assert (f.company, f.metric, f.currency, period(f)) == ("Kioxia", "revenue", "JPY", ("2024-07-01", "2024-09-30"))


def test_a_subtitle_about_another_period_does_not_move_the_results_period():
    fs = facts(""" date 2024-07-31
Samsung Electronics Announces Second Quarter 2024 Results
Audio  Share  Print
Strong demand for AI servers drove memory sales up, with HBM and server DRAM and SSD sales growing sharply
Mobile sales eased following the first-quarter flagship launch, while foldables are set to lead growth in the second half
Samsung Electronics today reported financial results for the second quarter ended June 30, 2024.
The Company posted KRW 74.07 trillion in consolidated revenue and KRW 10.44 trillion in operating profit.
Net profit came to KRW 9.84 trillion.
""")
    assert {period(f) for f in fs} == {("2024-04-01", "2024-06-30")}


def test_a_period_stated_before_any_figure_is_the_results_period():
    fs = facts(""" date 2024-10-24
South Korea's SK Hynix on Thursday reported record quarterly revenue and operating profit.
Here's how SK Hynix did in the third quarter compared with LSEG SmartEstimates:
Revenue: 17.57 trillion Korean won (about $12.7 billion) vs. 18.1 trillion won
Net profit came in at 5.75 trillion won, versus a loss of 2.18 trillion won in the third quarter of 2023.
""")
    assert period(one(fs, value=17.57e12)) == ("2024-07-01", "2024-09-30")
    assert period(one(fs, value=5.75e12)) == ("2024-07-01", "2024-09-30")
    assert not [f for f in fs if f.value == 18.1e12]  # the analysts' estimate


def test_the_first_results_set_the_focus_even_beside_a_previous_record():
    fs = facts(""" date 2025-01-23
SK hynix posted record annual earnings last year.
The chipmaker said Thursday its operating profit for 2024 reached 23.4673 trillion won, surpassing the previous annual record set in 2018. Annual revenue soared 102 percent to 66.193 trillion won, also a record.
Net profit came to 19.7969 trillion won, turning around from a net loss of 9.1375 trillion won in 2023, when the company suffered an operating loss of 7.7303 trillion won.
""")
    assert period(one(fs, value=66.193e12)) == ("2024-01-01", "2024-12-31")
    loss = one(fs, value=-9.1375e12)
    assert (loss.metric, period(loss)) == ("net_profit", ("2023-01-01", "2023-12-31"))


def test_a_month_in_a_story_about_the_years_trade_is_a_detail():
    fs = facts(""" date 2022-01-03
South Korea's annual exports hit an all-time high last year. Exports jumped 25.8 percent on-year to $644.4 billion.
Chip exports reached a record $128 billion last year.
In December, chip exports jumped 35.4 percent to $12.65 billion.
Petrochemical exports rose 54.9 percent to $55.1 billion.
""")
    assert period(one(fs, value=12.65e9)) == ("2021-12-01", "2021-12-31")
    assert period(one(fs, value=55.1e9)) == ("2021-01-01", "2021-12-31")


def test_a_quarter_in_a_story_about_the_years_results_stays_in_focus():
    fs = facts(""" date 2024-01-25
Kia posted record annual revenue of KRW 99.8 trillion for 2023.
In the fourth quarter, Kia's revenue increased 5.5% year-on-year to KRW 24.3301 trillion. Operating profit decreased 8.2% to KRW 2.4851 trillion.
""")
    assert period(one(fs, value=2.4851e12)) == ("2023-10-01", "2023-12-31")


def test_compared_with_the_previous_quarter_leads_the_values_after_from():
    fs = facts(""" date 2022-07-08
LG Energy Solution said its second-quarter operating profit was 195.6 billion won. Compared with the previous quarter, operating profit fell 24.5 percent from 258.9 billion won, while sales rose 17.9 percent from 4.34 trillion won.
""")
    op, sales = one(fs, value=258.9e9), one(fs, value=4.34e12)
    assert (op.metric, period(op), op.change_pct) == ("operating_profit", ("2022-01-01", "2022-03-31"), None)
    assert (sales.metric, period(sales)) == ("revenue", ("2022-01-01", "2022-03-31"))
    assert period(one(fs, value=195.6e9)) == ("2022-04-01", "2022-06-30")


def test_a_leading_a_year_earlier_shifts_a_yearless_quarter():
    fs = facts(" date 2023-04-07\nSamsung Electronics estimated its first-quarter revenue at 63 trillion won. "
               "A year earlier, the company had posted a record first-quarter revenue of 77.78 trillion won.\n")
    assert period(one(fs, value=77.78e12)) == ("2022-01-01", "2022-03-31")


def test_results_with_a_since_clause_a_year_earlier_and_the_previous_quarter():
    fs = facts(""" date 2022-10-12
LG Energy Solution posted an operating profit of 521.9 billion won in the third quarter. Its sales jumped 90.2 percent on-year to 7.65 trillion won, the highest quarterly figure since the battery maker was spun off from LG Chem in December 2020. A year earlier, the company posted 429.5 billion won in operating profit on sales of 4.02 trillion won.
Compared with the previous quarter, when it earned 195.6 billion won on 5.07 trillion won in sales, operating profit rose 167 percent.
For the January-September period, the company's cumulative sales stood at 17.06 trillion won, already exceeding last year's annual sales.
""")
    assert period(one(fs, value=7.65e12)) == ("2022-07-01", "2022-09-30")
    assert period(one(fs, value=4.02e12)) == ("2021-07-01", "2021-09-30")
    assert {period(one(fs, value=v)) for v in (195.6e9, 5.07e12)} == {("2022-04-01", "2022-06-30")}
    assert period(one(fs, value=17.06e12)) == ("2022-01-01", "2022-09-30")


def test_a_comparison_list_of_metrics_stays_in_the_earlier_period():
    fs = facts(" date 2025-07-25\nKia posted second-quarter revenue of KRW 29.3 trillion. In the same period a year earlier, Kia had posted "
               "revenue of KRW 27.5679 trillion, operating profit of KRW 3.6437 trillion and net profit of KRW 2.7924 trillion.\n")
    for v in (27.5679e12, 3.6437e12, 2.7924e12):
        assert period(one(fs, value=v)) == ("2024-04-01", "2024-06-30")


def test_an_unresolvable_stated_period_is_not_replaced_by_the_focus():
    fs = facts("Samsung SDI\nIn 2023, revenue rose 12.8% to KRW 22.71 trillion.\nIn the first quarter of this year, the company "
               "posted an operating loss of KRW 434.1 billion, its first quarterly loss in years, on revenue of KRW 3.18 trillion.\n")
    assert period(one(fs, value=22.71e12)) == ("2023-01-01", "2023-12-31")
    assert not [f for f in fs if f.value in (3.18e12, -434.1e9)]


def test_thresholds_passed_and_differences_are_not_values():
    fs = facts(" date 2023-01-26\nLG Innotek posted operating profit of KRW 1.2718 trillion in 2022, up 0.6% year-on-year, surpassing "
               "KRW 1 trillion for the first time. Operating profit rose by KRW 3.83 trillion from the previous quarter.\n"
               "Exports to the United States jumped 14.5 percent to $109.8 billion last year, topping $100 billion for the first time.\n")
    assert sorted(f.value for f in fs) == [109.8e9, 1.2718e12]
    alone = facts(" date 2023-01-26\nSouth Korea's exports to the U.S. topped $100 billion last year, the trade ministry said.\n")
    assert [(f.value, f.qualifier) for f in alone] == [(100e9, "at_least")]


def test_a_record_passed_does_not_date_the_figure():
    fs = facts(" date 2021-10-26\nSK hynix posted third-quarter sales of 11.8 trillion won. For the first nine months of the year, "
               "the company's sales totaled 30.97 trillion won, already surpassing its full-year sales for 2019.\n")
    assert period(one(fs, value=30.97e12)) == ("2021-01-01", "2021-09-30")


def test_a_group_stated_by_its_members():
    fs = facts(" date 2024-01-15\nThe combined share of LG Energy Solution, SK On and Samsung SDI in the global EV battery market was "
               "23.7% in January-November 2023. CATL held the top spot with 36.6%.\nSamsung Electronics and SK hynix together held "
               "70.2% of the DRAM market in 2023.\n", "fct_market_shares")
    assert one(fs, value=23.7).company == "Korean battery makers (combined)"
    assert one(fs, value=36.6).company == "CATL"
    assert one(fs, value=70.2).company == "Korean chipmakers (combined)"


def test_an_estimate_of_a_past_share_is_not_a_forecast():
    fs = facts(" date 2024-04-26\nTrendForce estimates that SK Hynix held about 53% of the HBM market last year, with Samsung "
               "Electronics at 38%. TrendForce estimates that SK Hynix will hold 52% of the HBM market next year.\n",
               "fct_market_shares", flagged=True)
    assert (one(fs, value=53.0).flag, one(fs, value=53.0).qualifier) == (None, "approx")
    assert one(fs, value=52.0).qualifier == "forecast"


def test_a_companys_own_estimate_beside_an_aside_about_its_results():
    fs = facts(""" date 2021-10-26
SK hynix posted third-quarter sales of 11.8 trillion won. It had a 28.2 percent share of the global DRAM market in the second quarter.
Samsung Electronics, which will announce detailed third-quarter results on Thursday, estimated earlier this month its operating profit for the quarter at 15.8 trillion won on sales of 73 trillion won.
""")
    for v in (15.8e12, 73e12):
        f = one(fs, value=v)
        assert (f.company, f.qualifier, f.flag, period(f)) == ("Samsung Electronics", "estimate", None, ("2021-07-01", "2021-09-30"))


def test_an_opening_phrase_before_a_respectively_list_is_not_an_apposition():
    fs = facts(" date 2024-04-18\nHBM market shares have shifted. In 2022, the shares of SK Hynix, Samsung and Micron were "
               "50%, 40% and 10%, respectively.\n", "fct_market_shares")
    assert [(f.company, f.value) for f in fs] == [("SK hynix", 50.0), ("Samsung Electronics", 40.0), ("Micron Technology", 10.0)]


def test_versus_a_peers_share_is_the_same_period():
    fs = facts(" date 2024-04-30\nSamsung remained the leader of the DRAM market. It held 45.5% of the market by revenue in the "
               "fourth quarter of last year, versus 31.8% for SK Hynix and 19.2% for Micron, according to TrendForce.\n",
               "fct_market_shares")
    assert {(f.company, f.value, period(f)) for f in fs} == {
        (c, v, ("2023-10-01", "2023-12-31")) for c, v in
        (("Samsung Electronics", 45.5), ("SK hynix", 31.8), ("Micron Technology", 19.2))}


def test_a_country_where_shipments_fell_is_their_destination():
    fs = facts(" date 2025-01-14\nSecondary battery exports came to $7.61 billion in 2024. The decline was cushioned by the US, "
               "where shipments fell 12.4% to $3.12 billion, as Korean cellmakers supplied Tesla.\n")
    f = one(fs, value=3.12e9)
    assert (f.destination, f.product, f.change_pct) == ("US", "secondary batteries", -12.4)


def test_two_comparison_values_in_one_sentence_are_shifted_once():
    fs = facts(""" date 2024-10-24
Here's how SK Hynix did in the third quarter compared with LSEG SmartEstimates:
Revenue: 17.57 trillion Korean won (about $12.7 billion) vs. 18.1 trillion won
Revenue surged 94% from 9.07 trillion won in the same period a year earlier, while the operating profit compared with an operating loss of 1.79 trillion won a year ago.
""")
    assert period(one(fs, value=9.07e12)) == ("2023-07-01", "2023-09-30")
    loss = one(fs, value=-1.79e12)
    assert (loss.metric, period(loss)) == ("operating_profit", ("2023-07-01", "2023-09-30"))


def test_a_conversion_does_not_hide_the_metric_after_the_amount():
    fs = facts(" date 2022-01-27\nSamsung Electronics on Thursday reported all-time high annual sales for 2021. The world's largest "
               "memory chipmaker posted 279.6 trillion won ($232 billion) in consolidated sales last year, up 18.07 percent.\n")
    f = one(fs, value=279.6e12)
    assert (f.metric, f.value, f.change_pct) == ("revenue", 279600000000000.0, 18.07)  # no float noise either


def test_a_nonfact_word_in_the_next_clause_does_not_hide_an_amount():
    fs = facts(" date 2024-04-18\nHanmi Semiconductor's revenue last year fell 51.5% to 159 billion won from 327.6 billion won "
               "in 2022 as orders dried up.\n")
    assert period(one(fs, value=327.6e9)) == ("2022-01-01", "2022-12-31")
    assert not facts(" date 2024-04-18\nHanmi Semiconductor won 327.6 billion won in new orders from SK hynix in 2023.\n")


def test_effects_adjusted_figures_and_a_long_comparison_statement():
    fs = facts(" date 2025-07-24\nLG Display posted an operating loss of KRW 116 billion in the second quarter, as the appreciation "
               "of the won reduced operating profit by about KRW 100 billion compared with the previous quarter.\n", flagged=True)
    assert [f.value for f in fs] == [-116e9]
    fs = facts(" date 2025-10-21\nCATL's third-quarter revenue rose 12.9% to RMB 104.19 billion. Net profit after deducting "
               "non-recurring gains and losses was RMB 17.33 billion. In the same period last year, CATL posted revenue of RMB "
               "92.28 billion and net profit attributable to shareholders of RMB 13.14 billion.\n", flagged=True)
    assert not [f for f in fs if abs(f.value) == 17.33e9 and f.flag is None]  # 'gains and losses' is no loss
    assert period(one(fs, value=13.14e9)) == ("2024-07-01", "2024-09-30")


def test_stock_moves_and_ranges_are_not_shares():
    fs = facts(" date 2025-07-07\nLG Energy Solution estimated its second-quarter operating profit at 492.2 billion won. "
               "Shares of LG Energy Solution rose as much as 4.1% in Seoul on Monday. Samsung's share of the foundry market "
               "has hovered between 17% and 18% over the past year.\n", "fct_market_shares", flagged=True)
    assert fs == []


def test_a_clause_before_a_colon_is_no_label_and_a_share_threshold_is_no_share():
    fs = facts("LG Display Brief. It was a dramatic reversal: in 2021, LG Display's operating profit reached 2.23 trillion "
               "won on revenue of 29.88 trillion won.\n")
    assert {(f.metric, f.value) for f in fs} == {("operating_profit", 2.23e12), ("revenue", 29.88e12)}
    fs = facts(" date 2025-11-28\nSK hynix led the DRAM market with 35.4% of revenue in the third quarter. China's CXMT "
               "crossed the 5% line for the first time, according to TrendForce.\n", "fct_market_shares", flagged=True)
    assert [f.value for f in fs] == [35.4]


def test_a_country_that_took_korean_goods():
    fs = facts(" date 2024-04-01\nKorea's exports rose 3.1% in March. Vietnam, home to the biggest Samsung Electronics "
               "smartphone factories, took US$5.02 billion of Korean goods, up 2.1% on-year.\n")
    f = one(fs, value=5.02e9)
    assert (f.table, f.destination, f.product, f.change_pct) == ("fct_exports", "VN", None, 2.1)


def test_guidance_and_its_tolerance():
    fs = facts(" date 2025-11-24\nMicron's fiscal fourth quarter (June-August) revenue was $11.32 billion, and management "
               "guided to $12.5 billion, plus or minus $300 million, for the November quarter.\n", flagged=True)
    assert [f.value for f in fs if f.flag is None] == [11.32e9]
    assert not [f for f in fs if f.value == 300e6]


def test_a_quarters_share_in_a_story_about_the_year_is_a_detail():
    fs = facts(""" date 2025-02-18
Samsung accounted for 28.3 percent of global TV sales in 2024, according to Omdia. Samsung's share rose to 29.9 percent in the fourth quarter.
LG Electronics led the OLED TV market with a 52.4 percent share by shipments.
""", "fct_market_shares")
    assert period(one(fs, value=29.9)) == ("2024-10-01", "2024-12-31")
    assert period(one(fs, value=52.4)) == ("2024-01-01", "2024-12-31")


def test_a_list_of_described_companies_a_month_alone_and_a_multiple_of_an_earlier_figure():
    fs = facts(" date 2022-08-10\nTSMC led the foundry market with 53.4% in the second quarter. Taiwan's UMC, US-based "
               "GlobalFoundries and China's SMIC took the third through fifth places with 6.9%, 5.9% and 5.6%, respectively.\n",
               "fct_market_shares")
    assert [(f.company, f.value) for f in fs][1:] == [("UMC", 6.9), ("GlobalFoundries", 5.9), ("SMIC", 5.6)]
    fs = facts(" date 2022-08-10\nKorea's EV exports rose 40% in the first seven months. July alone was a record month: "
               "EV exports hit $902 million, up from $465 million in July 2021.\n")
    assert period(one(fs, value=902e6)) == ("2022-07-01", "2022-07-31")
    fs = facts(" date 2021-10-27\nLG Innotek posted third-quarter operating profit of 200 billion won. Net profit reached "
               "165.2 billion won, more than double what it earned in the third quarter of last year.\n")
    assert period(one(fs, value=165.2e9)) == ("2021-07-01", "2021-09-30")


def test_an_apposition_and_an_unknown_market_for():
    fs = facts(" date 2022-10-26\nSouth Korea's Kia Corp reported a rise in third-quarter operating profit. The automaker, "
               "an affiliate of Hyundai Motor Co, said its operating profit for the July-September quarter rose 14.3% from a "
               "year earlier to 1.52 trillion won.\n")
    assert one(fs, value=1.52e12).company == "Kia"
    fs = facts(" date 2024-04-18\nSK hynix led the DRAM market with a 40% share in 2023. Hanmi is estimated to hold about 65% "
               "of the global market for TC bonders used in HBM production. In 2021, CATL held 32.6% of the global market "
               "for EV batteries.\n", "fct_market_shares")
    assert not [f for f in fs if f.value == 65.0]
    assert one(fs, value=32.6).market == "ev batteries"


def test_a_country_labels_its_bracketed_amount():
    fs = facts(" date 2022-07-28\nKorea's exports rose in the first half. Shipments to Australia rose to $3.3 billion, making it "
               "the largest buyer for the first time, followed by Singapore ($3.1 billion) and China ($2.9 billion).\n")
    assert [(f.destination, f.value) for f in fs] == [("AU", 3.3e9), ("SG", 3.1e9), ("CN", 2.9e9)]


def test_market_and_industry_revenue_is_no_companys():
    fs = facts(" date 2024-04-18\nSK hynix dominates HBM. TrendForce estimated that HBM revenue will reach US$16.9 billion "
               "this year from US$4.35 billion last year. Its NAND revenue rose 14.8 percent to $6.7 billion in 2023.\n",
               flagged=True)
    assert [(f.company, f.value) for f in fs] == [("SK hynix", 6.7e9)]  # the pronoun's product line, flagged as such
    fs = facts(" date 2022-03-21\nTSMC Dips to 52% as Samsung Foundry Regains Ground; Industry Revenue Tops $100 Billion "
               "for the First Time. TSMC's revenue rose 24.9% to $56.8 billion in 2021. It was the first time since 2009 "
               "that Samsung's quarterly operating profit fell below 1 trillion won.\n", "fct_revenues")
    assert [f.value for f in fs] == [56.8e9]


def test_a_pluperfect_look_back_and_over_the_period():
    fs = facts(""" date 2021-10-27
LG Innotek posted third-quarter operating profit of 200 billion won. In the April-June period, LG Innotek had earned 96.9 billion won.
For the first nine months of the year, LG Innotek's revenue reached 8.53 trillion won. Its operating profit over the period stood at 699.3 billion won.
Net profit for the quarter was 165.2 billion won.
""")
    assert period(one(fs, value=699.3e9)) == ("2021-01-01", "2021-09-30")
    assert period(one(fs, value=165.2e9)) == ("2021-07-01", "2021-09-30")


def test_respectively_lists_of_destinations_amounts_and_changes_and_asides():
    fs = facts(" date 2021-12-01\nKorea's ICT exports rose in November. Exports to Vietnam and the United States came to $3.02 "
               "billion and $2.71 billion, respectively, up 18.5 percent and 30.1 percent. Exports to Hong Kong, a transit hub "
               "for chips bound for mainland China, rose 20.9 percent to $31.26 billion.\n")
    assert [(f.destination, f.value, f.change_pct) for f in fs] == [
        ("VN", 3.02e9, 18.5), ("US", 2.71e9, 30.1), ("HK", 31.26e9, 20.9)]
    fs = facts(" date 2024-01-20\nKorea's exports to Vietnam fell last year. Exports to the Southeast Asian country fell "
               "11.6 percent to $53.48 billion in 2023 as demand slumped.\n")
    assert one(fs, value=53.48e9).destination == "VN"


def test_a_threshold_then_the_value_and_a_same_quarter_of_a_year_and_a_buyer_at_an_amount():
    fs = facts(" date 2022-08-10\nEV exports rose. Shipments of electric vehicles to the European Union totaled $2.41 billion in "
               "the first seven months, while EV exports to the United States topped $1 billion for the first time over a "
               "January-July period, coming in at $1.36 billion.\n")
    assert sorted(f.value for f in fs) == [1.36e9, 2.41e9]
    fs = facts(" date 2023-02-10\nHanmi posted fourth-quarter operating profit of 5.7 billion won, down sharply from 41.8 "
               "billion won in the same quarter of 2021.\n")
    assert period(one(fs, value=41.8e9)) == ("2021-10-01", "2021-12-31")
    fs = facts(" date 2022-07-28\nKorea's exports rose in the first half. Shipments to Australia rose to $3.3 billion, making it the largest "
               "buyer, followed by Singapore at $3.1 billion.\n")
    assert one(fs, value=3.1e9).destination == "SG"
